import { basename, resolve } from 'node:path';
import {
  activeFrameworkId, areaResolver, deleteSourceObservations, listAreas, listIndicatorRows, listListingRows, seriesIndicatorLinks,
  setSourceCount, toObservationRow, upsertSource, type Db, type Store,
} from '../../store/index.ts';
import { type ImportReport, ImportError, emptyReport } from '../reject-report.ts';
import { type ArtefactRef, type Dsd, codelistOf, readDsd, readGlobalDsd } from '../sdmx-dsd/index.ts';
import { declareContents, type SeenContents } from './declare-contents.ts';
import { heldCodes } from './held-codes.ts';
import { ObservationChecker, type VouchedCode } from './observation-checker.ts';
import { reasons } from './reject-reasons.ts';
import { sdmxRecords } from './sdmx-records.ts';

/** Observations per INSERT: 16 parameters each, well under SQLite's and PostgreSQL's limits. */
const BATCH = 500;

/** Options of {@link importSdmx} and {@link loadSdmx}. */
export interface SdmxImportOptions {
  /** The DSD the data follow (an SDMX-ML 2.1 Structure message); default the global SDG DSD 1.14 shipped in datasets/framework/sdmx/. */
  dsd?: string;
  /** When set (an area code or alias, e.g. `646` or `RW`), REF_AREA must be this country or an area under it. */
  countryArea?: string;
  /** Check everything and report, write nothing. */
  dryRun?: boolean;
  /** Data source key; importing the same key again replaces that source. Default `sdmx:<file name>`. */
  sourceKey?: string;
  /** Called after each stored batch with the observations read so far. */
  onProgress?: (progress: SdmxProgress) => void;
}

/** Where an import is: the file and the observations read so far. */
export interface SdmxProgress {
  file: string;
  rowsRead: number;
}

/**
 * Imports one SDMX data file (SDMX-ML 2.1 GenericData or StructureSpecificData, SDMX-CSV 1.0 or 2.0; see
 * sdmxRecords) as one data source in its own transaction, all or nothing: see {@link loadSdmx} for what is checked
 * and stored. A dry run reads and checks everything and writes nothing.
 * @throws ImportError when a file cannot be read at all (no such file, not XML, no DataStructure, no framework
 *   stored); database errors abort the transaction and leave the store as it was.
 * @example await importSdmx(store, 'rwanda_2025_RWA-SDG_Data.xml', { dsd: 'rwanda_NISR-SDGs_SDG_DSD_1.3.xml' })
 *   // { rowsRead: 2330, rowsStored: …, rowsRejected: …, rejects: [{ file: 'rwanda_2025_RWA-SDG_Data.xml', line: 412,
 *   //   column: 'UNIT_MEASURE', reason: "UNIT_MEASURE code 'NUMBER' is outside the content constraint of series … (allowed: …)" }, …] }
 */
export async function importSdmx(store: Store, file: string, options: SdmxImportOptions = {}): Promise<ImportReport> {
  return store.db.transaction().execute((trx) => loadSdmx(trx, file, options));
}

/**
 * Loads one SDMX data file into the caller's open transaction (country packs call it with theirs). Every
 * observation is checked (see ObservationChecker): codes against the DSD's code list of their dimension or attribute
 * and against the series' content constraint, national codes of SERIES, REF_AREA and CUST_BREAKDOWN taken when the
 * store vouches for them, and a code of any other component outside its list or the series' content constraint taken
 * when the store's published observations of that same series carry it (see ObservationChecker; what the store
 * holds is read once, see heldCodes); the series must link (CL_SERIES `Indicator` annotations, or the stored links of a
 * national series) to at least one indicator of the stored framework; REF_AREA must name a stored reference area (any
 * alias, see areaResolver); and an observation may not repeat an earlier one's series, area, period, breakdown and
 * unit. Each problem becomes a reject with the file, the line of the Obs element (of the Series element for series-level values) or CSV record,
 * the component ID as column, and a reason naming the code and the list; `rowsRead = rowsStored + rowsRejected`.
 * DSD notes (a referenced code list taken from the global DSD) are rejects at line 0 of the DSD file, and a data file
 * whose header names a DSD of another agency or id (national data checked against the global DSD) gets one at its
 * line 0; neither counts a row. Codes taken on the store's word are named in one note per component at line 0 of the
 * data file, each code with its series and how many stored observations carry it (`1330 observations carry PRODUCT
 * codes outside CL_PRODUCT (IAEG-SDGs 1.0) or their series' content constraint that the store already holds for their
 * series: 'agr' (TM_TAX_DMFN 14, …), 'alp' (EN_MAT_DOMCMPC 20, …), …`); they count no row either, so
 * `rowsRead = rowsStored + rowsRejected` still holds.
 *
 * Unless `dryRun`, it records the source (kind `sdmx`), moves what the source held before to the published history,
 * stores the good observations (breakdowns by SDMX ID with `_T` totals; UNIT_MEASURE and UNIT_MULT in their fields;
 * OBS_STATUS, NATURE, COMMENT_OBS, SOURCE_DETAIL … as attributes), then declares the series met (name from the DSD's
 * CL_SERIES, linked as `measures` to every indicator of the series), the breakdown dimensions (concept names) and
 * the code names of the codes used.
 * @throws ImportError as {@link importSdmx}.
 */
export async function loadSdmx(trx: Db, file: string, options: SdmxImportOptions = {}): Promise<ImportReport> {
  const label = basename(file);
  const dsd: Dsd = options.dsd ? await readDsd(options.dsd, { label: basename(options.dsd) }) : await readGlobalDsd();
  const report = emptyReport();
  for (const note of dsd.notes) report.rejects.push({ file: dsd.file, line: 0, column: note.slice(0, note.indexOf(':')), reason: note.slice(note.indexOf(':') + 2) });
  const frameworkId = await activeFrameworkId(trx);
  if (!frameworkId) throw new ImportError(label, 'no framework is stored: run `sdg-tracker init` first');
  const checker = new ObservationChecker({ dsd, frameworkId, ...(await lookups(trx, frameworkId, options.countryArea, label)) });

  const now = new Date().toISOString();
  let sourceId = 0;
  if (!options.dryRun) {
    const key = options.sourceKey ?? `sdmx:${basename(resolve(file))}`;
    sourceId = await upsertSource(trx, { key, kind: 'sdmx', title: `SDMX data ${label} (${dsd.ref.agency}:${dsd.ref.id}(${dsd.ref.version}))` }, now);
    await deleteSourceObservations(trx, sourceId);
  }
  const seen: SeenContents = { series: new Map(), codes: new Map() };
  const vouched: VouchedCount = new Map();
  const keys = new Map<string, number>();
  let batch: ReturnType<typeof toObservationRow>[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length > 0 && !options.dryRun) await trx.insertInto('observations').values(batch.map((r) => ({ ...r, valid_from: now }))).execute();
    batch = [];
    options.onProgress?.({ file: label, rowsRead: report.rowsRead });
  };
  const coded = new Set([...dsd.dimensions, ...dsd.attributes].filter((c) => c.codelist !== null).map((c) => c.id));
  const onStructure = (ref: ArtefactRef): void => {
    if (ref.agency !== dsd.ref.agency || ref.id !== dsd.ref.id) report.rejects.push({ file: label, line: 0, column: '', reason: reasons.otherDsd(ref, dsd.ref) });
  };
  for await (const records of sdmxRecords(file, label, (id) => coded.has(id), onStructure)) {
    for (const record of records) {
      report.rowsRead++;
      if ('problem' in record) {
        reject(report, label, [{ line: record.line, column: '', reason: record.problem }]);
        continue;
      }
      const result = checker.check(record);
      if ('problems' in result) {
        reject(report, label, result.problems);
        continue;
      }
      const o = result.observation;
      const key = `${o.series}\u001f${o.area}\u001f${o.period.label}\u001f${o.unit}\u001f${Object.keys(o.dimensions).sort().map((d) => `${d}=${o.dimensions[d]}`).join('|')}`;
      const earlier = keys.get(key);
      if (earlier !== undefined) {
        reject(report, label, [{ line: record.line, column: '', reason: reasons.duplicate(earlier) }]);
        continue;
      }
      keys.set(key, record.line);
      noteContents(seen, o, result.indicators);
      countVouched(vouched, o.series, result.vouched);
      batch.push(toObservationRow(o, sourceId));
      report.rowsStored++;
      if (batch.length >= BATCH) await flush();
    }
  }
  await flush();
  for (const [id, codes] of [...vouched].sort(([a], [b]) => a.localeCompare(b))) {
    const component = [...dsd.dimensions, ...dsd.attributes].find((c) => c.id === id);
    const list = component ? codelistOf(dsd, component)?.ref ?? null : null;
    report.rejects.push({ file: label, line: 0, column: id, reason: reasons.vouched(id, list, codes) });
  }
  if (!options.dryRun) {
    await declareContents(trx, dsd, seen);
    await setSourceCount(trx, sourceId, report.rowsStored);
  }
  return report;
}

/** The framework and area lookups the checker needs. */
async function lookups(trx: Db, frameworkId: string, countryArea: string | undefined, label: string) {
  const indicators = new Map<string, string>();
  for (const i of await listIndicatorRows(trx, frameworkId)) indicators.set(i.id, i.id);
  for (const l of await listListingRows(trx, frameworkId)) indicators.set(l.code, l.indicator_id);
  const links = await seriesIndicatorLinks(trx);
  const areas = await listAreas(trx);
  const areaOf = areaResolver(areas);
  let country: { code: string; areas: Set<string> } | undefined;
  if (countryArea !== undefined) {
    const code = areaOf(countryArea);
    if (code === undefined) throw new ImportError(label, `the country area "${countryArea}" is not a stored reference area`);
    const under = new Set([code]);
    for (let grew = true; grew;) {
      grew = false;
      for (const a of areas) if (a.parent !== null && under.has(a.parent) && !under.has(a.code)) { under.add(a.code); grew = true; }
    }
    country = { code, areas: under };
  }
  const held = await heldCodes(trx);
  return { indicatorOf: (c: string) => indicators.get(c), areaOf, storedSeries: (c: string) => links.get(c), held, ...(country ? { country } : {}) };
}

function reject(report: ImportReport, file: string, problems: { line: number; column: string; reason: string }[]): void {
  report.rowsRejected++;
  for (const p of problems) report.rejects.push({ file, ...p });
}

function noteContents(seen: SeenContents, o: { series: string; unit: string; dimensions: Record<string, string> }, indicators: string[]): void {
  let s = seen.series.get(o.series);
  if (!s) seen.series.set(o.series, (s = { units: new Set(), indicators }));
  s.units.add(o.unit);
  for (const [id, code] of Object.entries(o.dimensions)) {
    let codes = seen.codes.get(id);
    if (!codes) seen.codes.set(id, (codes = new Set()));
    codes.add(code);
  }
}

/** Stored observations with codes the store vouched for: component → code → series → observations. */
type VouchedCount = Map<string, Map<string, Map<string, number>>>;

function countVouched(count: VouchedCount, series: string, codes: VouchedCode[]): void {
  for (const { component, code } of codes) {
    let byCode = count.get(component);
    if (!byCode) count.set(component, (byCode = new Map()));
    let bySeries = byCode.get(code);
    if (!bySeries) byCode.set(code, (bySeries = new Map()));
    bySeries.set(series, (bySeries.get(series) ?? 0) + 1);
  }
}
