/**
 * Organisation and responsibility CSV files: the organisation tree (`id,parent_id,name,kind[,name_<lang>…]`) and
 * who answers for each indicator (`indicator,organisation,role`). Each file is read whole, checked row by row against
 * the store (parse → map → report), and written all or nothing with audit events.
 */
export { readCsvText, type CsvText, type CsvTextRow } from './csv-text.ts';
export { importOrganisationsFile, importResponsibilitiesFile } from './import-file.ts';
export { importOrganisations, organisationValue, type ImportContext, type OrganisationImportReport } from './import-organisations.ts';
export { frameworkIndicatorOf, importResponsibilities, type ResponsibilityImportReport } from './import-responsibilities.ts';
export { cycleThrough, ORGANISATION_ID, organisationKind, parentsFirst, responsibilityRole } from './organisation-tree.ts';
export { ORGANISATION_COLUMNS, readOrganisations, type OrganisationRows } from './read-organisations.ts';
export { readResponsibilities, RESPONSIBILITY_COLUMNS, type ResponsibilityContext, type ResponsibilityRows } from './read-responsibilities.ts';
