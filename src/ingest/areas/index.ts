/**
 * Reference-area code lists (country → first level → second level, names in every language, national codes) read
 * into the area tree. See readAreaCodesCsv; the tree is stored with upsertAreas (store/areas.ts).
 */
export { readAreaCodesCsv, type AreaCodesResult, type CountryCodes } from './area-codes-csv.ts';
