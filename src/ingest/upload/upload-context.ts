import { type CodeBook, codeBook } from '../observation-codes/index.ts';

/**
 * What an upload for one indicator is checked against, read from the store before the file is parsed (see
 * loadUploadContext in workflow/uploads). Plain data: the parse itself touches no database.
 */
export interface UploadContext {
  /** The indicator the upload is for, e.g. `3.2.1`. */
  indicatorId: string;
  /** The country's area: rows of an Open SDG file without a GeoCode are about it, e.g. `050`. */
  countryArea: string;
  /** The stored area code a text names under any of its codes (`BGD`, `50`, `BD-13`, P-codes), or undefined. */
  resolveArea: (text: string) => string | undefined;
  /**
   * The indicator's series, each with the breakdown its published and draft observations use: dimension ID → codes.
   * Example: `SH_DYN_MORT` → `{ AGE: {Y0T4}, SEX: {_T, F, M} }`.
   */
  series: Map<string, Map<string, Set<string>>>;
  /** Indicators each series of the database is linked to, for naming the right one: `SI_POV_DAY1` → `['1.1.1']`. */
  seriesIndicators: Map<string, string[]>;
  /** SDMX code lists by concept: `SEX` → `{ _T, F, M, _O, _U }`, `OBS_STATUS`, `NATURE`. National dimensions have none. */
  codeLists: Map<string, Set<string>>;
  /**
   * The indicator's code book (loadCodeBook in workflow/submissions): with it, rows are also checked for the series'
   * units (a blank unit takes the series' only unit), its kinds of period and its attribute values. Without it, rows
   * are checked against `series` and `codeLists` only, and the draft save checks the rest.
   */
  codes?: CodeBook;
}

/**
 * The code book rows of an upload are checked with: the context's own, else one made of its series' breakdowns and
 * code lists (units and kinds of period unknown).
 */
export function uploadCodeBook(context: UploadContext): CodeBook {
  if (context.codes) return context.codes;
  const series = new Map([...context.series].map(([code, dimensions]) => [code, { dimensions }]));
  return codeBook({ indicatorId: context.indicatorId, series, codeLists: context.codeLists });
}
