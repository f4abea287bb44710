export { readAreaCodesCsv, type AreaCodesResult, type CountryCodes } from './area-codes-csv.ts';
