/**
 * UN Global SDG Indicators Database extracts in the layout of Open Numbers' export of the UNSD SDG API (one row per
 * observation, breakdowns as `key=value;…`), for any country or region. See readUnsdSdgDatabase.
 */
export { UNSD_COLUMNS, readUnsdSdgDatabase } from './read-unsd-sdg-database.ts';
export { unsdBreakdown, type UnsdBreakdown } from './unsd-dimensions.ts';
