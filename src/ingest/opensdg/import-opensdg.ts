import { basename, resolve } from 'node:path';
import {
  areaResolver, deleteSourceObservations, deleteSourceSettings, listAreas, setSourceCount, type Store, upsertSource,
  writeIndicatorSettings,
} from '../../store/index.ts';
import { type ImportReport, emptyReport } from '../reject-report.ts';
import { type DataFileRun, importDataFile } from './data-file-import.ts';
import { DuplicateIndex } from './duplicate-index.ts';
import { type IndicatorMetadata, readIndicatorMetadata } from './indicator-metadata.ts';
import { PeriodReader } from './period-reader.ts';
import { reasons } from './reject-reasons.ts';
import { readLayout } from './repository-layout.ts';
import { Translations } from './translations.ts';

/** Indicators whose metadata is read and written together: bounds memory, amortises statements. */
const METADATA_BATCH = 50;

/** Options of {@link importOpenSdg}. */
export interface OpenSdgImportOptions {
  /** Data source key; importing the same key again replaces that source. Default `opensdg:<folder name>`. */
  sourceKey?: string;
  /** Reference area of rows without a GeoCode, and parent of GeoCode areas: the country's M49 code, e.g. `826`. */
  countryArea: string;
  /** Called after each stored batch and each file. */
  onProgress?: (progress: OpenSdgProgress) => void;
}

/** Where an import is: the file being read, files finished out of all data files, data rows read so far. */
export interface OpenSdgProgress {
  file: string;
  filesDone: number;
  filesTotal: number;
  rowsRead: number;
}

/**
 * Imports an Open SDG data repository (legacy or modern layout, see RepositoryLayout) as one data source, all or
 * nothing: in one transaction it records the source, removes what the source held before (observations, indicator
 * settings and metadata), stores every indicator's settings and per-language metadata, then streams every
 * `data/indicator_*.csv` (and `data/archived-*.csv`) row into observations. Running it again on the same folder
 * leaves the same observations, series, settings and metadata.
 *
 * Rows follow the Open SDG data format: `Year` (see parseTimePeriod), breakdown columns (blank = total `_T`, names
 * and codes via sdmx-dimensions.ts), `GeoCode` (area; blank = `countryArea`), `Series`, `Units`, attributes, `Value`.
 * A row without a value (Open SDG's "no data" rows) is rejected as `blank value`, like any row that cannot be stored.
 * A row of a series serving several indicators that repeats, value for value, its row in an earlier indicator's file
 * links the series to this indicator and counts in `rowsRepeated`, so `rowsRead = rowsStored + rowsRejected +
 * rowsRepeated`; with another value it is a `duplicate` reject naming both values. `rejects` also lists whole files
 * that could not be read (line 0 or the line a parser stopped at), which are not rows. A bad row or file never aborts
 * the run.
 *
 * @throws ImportError when the folder cannot be read or is not an Open SDG repository; database errors abort the
 *   transaction and leave the store as it was.
 * @example await importOpenSdg(store, '/data/sdg-data-uk', { countryArea: '826' })
 *   // { rowsRead: 164948, rowsStored: 161711, rowsRejected: 3237, rowsRepeated: 0, rejects: [
 *   //   { file: 'data/indicator_5-5-1.csv', line: 17, column: 'Year', reason: 'not a time period: "1974a"' }, …] }
 */
export async function importOpenSdg(store: Store, folder: string, options: OpenSdgImportOptions): Promise<ImportReport> {
  const layout = await readLayout(folder);
  const report: ImportReport = { ...emptyReport(), rowsRepeated: 0 };
  const translations = await Translations.read(folder, layout.languages, report.rejects);
  const name = basename(resolve(folder));
  const source = { key: options.sourceKey ?? `opensdg:${name}`, kind: 'opensdg', title: `Open SDG data repository ${name}` };
  const filesTotal = layout.dataFiles.length;
  let filesDone = 0;
  let current = '';
  const progress = (): void => options.onProgress?.({ file: current, filesDone, filesTotal, rowsRead: report.rowsRead });

  await store.db.transaction().execute(async (trx) => {
    const sourceId = await upsertSource(trx, source, new Date().toISOString());
    await deleteSourceObservations(trx, sourceId);
    await deleteSourceSettings(trx, [sourceId]);
    const seriesNames = new Map<string, string>();
    const indicators = [...layout.indicators];
    for (let i = 0; i < indicators.length; i += METADATA_BATCH) {
      const batch = indicators.slice(i, i + METADATA_BATCH).map(([indicatorId, files]) =>
        [indicatorId, readIndicatorMetadata(folder, files, layout.languages, translations, report.rejects)] as [string, IndicatorMetadata]);
      await writeIndicatorSettings(trx, batch.map(([indicatorId, m]) => ({ indicatorId, sourceId, settings: m.settings, metadata: m.fields })));
      for (const [indicatorId, metadata] of batch) if (metadata.settings.name) seriesNames.set(indicatorId, metadata.settings.name);
    }
    const run: DataFileRun = {
      store, trx, sourceId, folder, countryArea: options.countryArea, knownArea: areaResolver(await listAreas(trx)),
      attributeColumns: layout.attributeColumns,
      periods: new PeriodReader(), duplicates: new DuplicateIndex(), report, seenAreas: new Set(), seenDimensions: new Set(),
      onRows: progress,
    };
    for (const file of layout.dataFiles) {
      current = file.path;
      await importDataFile(run, file, seriesNames.get(file.indicatorId) ?? `Indicator ${file.indicatorId}`);
      filesDone++;
      progress();
    }
    for (const path of layout.otherDataFiles) report.rejects.push({ file: path, line: 0, column: '', reason: reasons.notAnIndicatorFile() });
    await setSourceCount(trx, sourceId, report.rowsStored);
  });
  return report;
}
