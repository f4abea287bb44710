import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Store } from '../../store/index.ts';
import { ExportError } from './cell-texts.ts';
import { dataFileText } from './data-file.ts';
import { fileStem, metadataFiles, type RepositoryFile } from './metadata-files.ts';
import { configDataText } from './repository-config.ts';
import {
  exportedIndicatorIds, indicatorMetadataByLanguage, indicatorObservations, indicatorSeries, readExportContext, unexportable,
} from './store-reads.ts';

/** Options of {@link exportOpenSdg}. */
export interface OpenSdgExportOptions {
  /** Called after each indicator. */
  onProgress?: (progress: { indicatorsDone: number; indicatorsTotal: number; observations: number }) => void;
}

/** What an export wrote. */
export interface OpenSdgExportReport {
  /** Languages of the metadata, the default first (config_data.yml `languages`). */
  languages: string[];
  /** Indicators written (with a data file, metadata files or both). */
  indicators: number;
  /** `data/*.csv` files written. */
  dataFiles: number;
  /** `indicator-config/` and `meta/` files written. */
  metadataFiles: number;
  /** Observations written, one CSV row each (an observation of a series linked to two indicators counts twice). */
  observations: number;
  /** What the files cannot carry so that it reads back the same, each naming the indicator; empty for Open SDG data. */
  notes: string[];
}

/**
 * Writes the store's published data and indicator metadata to `folder` as an Open SDG data repository that the
 * Open SDG importer (importOpenSdg) reads back identically and Open SDG's site builder (sdg-build) builds from:
 * - `data/indicator_<g-t-i>.csv` (`archived-<g-t-i>.csv` for archived indicators): the observations of every series
 *   linked to the indicator, Year first, Value last, blank totals (see dataFileText);
 * - `indicator-config/<g-t-i>.yml`, `meta/<g-t-i>.yml`, `meta/<lang>/<g-t-i>.yml`: configuration and metadata per
 *   language (see metadataFiles);
 * - `config_data.yml`: languages and column options (see configDataText).
 *
 * Reading the export back into a store set up for the same country gives the same observations (series, area,
 * period, breakdown, unit, unit multiplier, attributes, value), series names and links, breakdowns, GeoCode areas,
 * indicator settings and metadata in every language, when the store's data came from Open SDG repositories. Other
 * data is written as near as the format allows, and what cannot be carried is listed in `notes`.
 * The files are built in memory (about the size of the data, 21 MB for the UK) and written only when all are built.
 * @throws Error when `folder` exists and is not empty, or the store has no country; ExportError for a stored value
 *   with no Open SDG text that reads back (the message names it), before anything is written.
 * @example await exportOpenSdg(store, '/tmp/sdg-data-uk') // a store set up from the UK's repository
 *   // { languages: ['en'], indicators: 277, dataFiles: 194, metadataFiles: 552, observations: 161711, notes: [] }
 */
export async function exportOpenSdg(store: Store, folder: string, options: OpenSdgExportOptions = {}): Promise<OpenSdgExportReport> {
  await assertEmptyFolder(folder);
  const context = await readExportContext(store.db);
  const { withData, withMetadata } = await exportedIndicatorIds(store.db);
  const ids = [...new Set([...withData, ...withMetadata])].sort(compare);
  const files: RepositoryFile[] = [];
  const report: OpenSdgExportReport = { languages: context.languages, indicators: ids.length, dataFiles: 0, metadataFiles: 0, observations: 0, notes: [] };
  const nationalAttributes = new Set<string>();
  const sdmxAttributes = new Set<string>();
  const dimensionHeaders = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (withData.has(id)) {
      const data = dataFileText(id, await indicatorObservations(store.db, id), await indicatorSeries(store.db, id), context);
      files.push({ path: `data/${dataFileName(id)}`, text: data.text });
      report.dataFiles++;
      report.observations += data.rows;
      report.notes.push(...data.notes);
      for (const a of data.columns.attributes) (a.national ? nationalAttributes : sdmxAttributes).add(a.header);
      for (const d of data.columns.dimensions) dimensionHeaders.add(d.header);
    }
    if (withMetadata.has(id)) {
      const meta = metadataFiles(id, await indicatorMetadataByLanguage(store.db, id), context.languages);
      files.push(...meta);
      report.metadataFiles += meta.length;
    }
    options.onProgress?.({ indicatorsDone: i + 1, indicatorsTotal: ids.length, observations: report.observations });
  }
  const left = await unexportable(store.db);
  if (left.unlinkedObservations > 0) report.notes.push(`observations of series linked to no indicator are not written: ${left.unlinkedObservations}`);
  if (left.settingsOnly.length > 0) {
    report.notes.push(`indicators ${left.settingsOnly.join(', ')} have settings but no metadata; their settings are not written`);
  }
  for (const name of nationalAttributes) {
    if (dimensionHeaders.has(name)) throw new ExportError(`"${name}" is an attribute in some files and a breakdown in others`);
  }
  for (const lang of context.languages.slice(1)) {
    if (!/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(lang)) report.notes.push(`metadata in "${lang}" is written to meta/${lang}/, which Open SDG does not read`);
  }
  files.push({ path: 'config_data.yml', text: configDataText(context.languages, [...nationalAttributes].sort(compare), [...sdmxAttributes].sort(compare)) });
  for (const file of files) {
    const path = join(folder, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text, 'utf8');
  }
  return report;
}

/**
 * The data file name of an indicator, as the importer's layout reads it back.
 * @example dataFileName('1.2.1') // 'indicator_1-2-1.csv'
 * @example dataFileName('archived-1.a.1') // 'archived-1-a-1.csv'
 */
export function dataFileName(indicatorId: string): string {
  return indicatorId.startsWith('archived-') ? `${fileStem(indicatorId)}.csv` : `indicator_${fileStem(indicatorId)}.csv`;
}

async function assertEmptyFolder(folder: string): Promise<void> {
  const entries = await readdir(folder).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [] as string[];
    throw new Error(`${folder}: cannot read the folder (${e.message})`);
  });
  if (entries.length > 0) throw new Error(`${folder} is not empty: export into a new or empty folder`);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
