import { join } from 'node:path';
import type { Observation } from '../../domain/index.ts';
import { type Db, type Store, insertMissingAreas, insertObservations, upsertDimensions, upsertSeries } from '../../store/index.ts';
import type { ImportReport } from '../reject-report.ts';
import { SDMX_DIMENSION_NAMES, type SdmxDimensionId } from '../sdmx-dimensions.ts';
import { geoCodeReferenceAreas } from './areas.ts';
import { planColumns } from './column-plan.ts';
import { MalformedCsvError, csvRows } from './csv-rows.ts';
import type { DuplicateIndex } from './duplicate-index.ts';
import type { PeriodReader } from './period-reader.ts';
import { reasons } from './reject-reasons.ts';
import type { DataFile } from './repository-layout.ts';
import { RowMapper } from './row-mapper.ts';

/** Observations per insertObservations call: large enough to amortise each call, small enough to keep memory flat. */
const BATCH = 500;

/** Everything one data file is imported with; `seen` sets are shared by all files of the run. */
export interface DataFileRun {
  store: Store;
  trx: Db;
  sourceId: number;
  folder: string;
  countryArea: string;
  /** The area stored before the run that a GeoCode names (areaResolver). */
  knownArea: (geoCode: string) => string | undefined;
  attributeColumns: ReadonlySet<string>;
  periods: PeriodReader;
  duplicates: DuplicateIndex;
  report: ImportReport;
  seenAreas: Set<string>;
  seenDimensions: Set<string>;
  /** Called after each stored batch with the rows read so far in the whole run. */
  onRows: () => void;
}

/**
 * Streams one indicator file into the open transaction: each row becomes an observation, a repeat (the same
 * observation already read from another indicator's file: only the link is added) or a reject, observations
 * are inserted in batches as they come, then the file's series (linked to the indicator as `measures`), new GeoCode
 * areas and breakdown IDs are declared. A file the CSV parser gives up on keeps the rows before the failing line and
 * adds a `malformed CSV` reject at that line.
 */
export async function importDataFile(run: DataFileRun, file: DataFile, defaultSeriesName: string): Promise<void> {
  const { report } = run;
  let mapper: RowMapper | null = null;
  let valueColumnMissing = '';
  let batch: Observation[] = [];
  try {
    for (const rows of csvRows(join(run.folder, file.path), file.path)) {
      for (const { line, cells } of rows) {
        if (!mapper && !valueColumnMissing) {
          const plan = planColumns(cells, run.attributeColumns);
          if (plan.year < 0 || plan.value < 0) valueColumnMissing = reasons.missingColumn(plan.year < 0 ? 'Year' : 'Value', cells);
          else mapper = new RowMapper(plan, {
            indicatorId: file.indicatorId, countryArea: run.countryArea, knownArea: run.knownArea, defaultSeriesName, periods: run.periods,
          });
          continue;
        }
        report.rowsRead++;
        const result = mapper ? mapper.map(cells) : { column: '', reason: valueColumnMissing };
        if ('reason' in result) {
          reject(report, file.path, line, result.column, result.reason);
          continue;
        }
        const seen = run.duplicates.check(result.key, file.path, line, result.sharedSeries, result.observation);
        if (seen.kind === 'repeat') {
          report.rowsRepeated = (report.rowsRepeated ?? 0) + 1;
          continue;
        }
        if (seen.kind === 'duplicate') {
          reject(report, file.path, line, '', reasons.duplicate(seen.line, seen.file === file.path ? undefined : seen.file, seen.difference));
          continue;
        }
        batch.push(result.observation);
        report.rowsStored++;
      }
      if (batch.length >= BATCH) {
        await insertObservations(run.store, run.trx, run.sourceId, batch);
        batch = [];
        run.onRows();
      }
    }
  } catch (e) {
    if (!(e instanceof MalformedCsvError)) throw e;
    report.rejects.push({ file: file.path, line: e.line, column: '', reason: reasons.malformedCsv(e.message) });
  }
  run.duplicates.endFile();
  await insertObservations(run.store, run.trx, run.sourceId, batch);
  if (!mapper && !valueColumnMissing) report.rejects.push({ file: file.path, line: 0, column: '', reason: reasons.emptyFile() });
  if (mapper) await declareFileContents(run, file.indicatorId, mapper);
  run.onRows();
}

function reject(report: ImportReport, file: string, line: number, column: string, reason: string): void {
  report.rowsRejected++;
  report.rejects.push({ file, line, column, reason });
}

async function declareFileContents(run: DataFileRun, indicatorId: string, mapper: RowMapper): Promise<void> {
  await upsertSeries(run.trx, [...mapper.series].map(([code, s]) => ({
    code,
    name: s.name,
    unit: s.units.size === 1 ? [...s.units][0] || null : null,
    indicators: [{ indicatorId, relation: 'measures' as const }],
  })));
  const areas = mapper.areas().filter((a) => !run.seenAreas.has(a.code));
  for (const a of areas) run.seenAreas.add(a.code);
  await insertMissingAreas(run.trx, geoCodeReferenceAreas(run.countryArea, areas));
  const dimensions = [...mapper.dimensions].filter(([id]) => !run.seenDimensions.has(id));
  for (const [id] of dimensions) run.seenDimensions.add(id);
  await upsertDimensions(run.trx, dimensions.map(([id, sdmx]) => ({
    id, name: sdmx ? SDMX_DIMENSION_NAMES[id as SdmxDimensionId] : id, isSdmx: sdmx,
  })));
}
