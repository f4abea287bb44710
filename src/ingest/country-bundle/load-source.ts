import { join } from 'node:path';
import type { Observation } from '../../domain/index.ts';
import {
  type Db, type Store, activeFrameworkId, deleteSourceObservations, insertObservations, listIndicatorRows, listListingRows, setSourceCount,
  upsertDimensions, upsertSeries, upsertSource,
} from '../../store/index.ts';
import type { ImportReport } from '../reject-report.ts';
import { type ReadOptions, type ReadResult, readTidyCsv } from '../tidy-csv/index.ts';
import { readUnsdSdgDatabase } from '../unsd-sdg-database/index.ts';
import { type PackSource, type CountryPack } from './pack-schema.ts';
import { bundleSourceKey } from './source-key.ts';
import { loadWholeSource } from './whole-source.ts';

/** What one source of a bundle gave: which source, and its rows read, stored and rejected (with the rejects). */
export interface SourceReport {
  /** Manifest id, e.g. `unsd-sdg-database`. */
  id: string;
  /** Data source key, e.g. `bundle:bgd:unsd-sdg-database`. */
  key: string;
  kind: PackSource['kind'];
  /** Path inside the bundle folder. */
  file: string;
  title: string;
  report: ImportReport;
}

/** What the stored observations of one series look like, for indicator settings and metadata. */
export interface SeriesStats {
  observations: number;
  /** Unit → number of observations. */
  units: Map<string, number>;
  /** NATURE codes met. */
  natures: Set<string>;
  areas: Set<string>;
  /** Earliest period label by start date, e.g. `1990`. */
  earliest: { start: string; label: string } | null;
}

/** A loaded source: its report, store id, series (with links) and per-series stats. */
export interface LoadedSource {
  source: PackSource;
  /** Whether the source wrote its own indicator settings and metadata (Open SDG), so the pack leaves them alone. */
  ownSettings: boolean;
  sourceId: number;
  report: SourceReport;
  result: ReadResult;
  stats: Map<string, SeriesStats>;
}

/** Everything a source is loaded with; `trx` is the bundle's one transaction. */
export interface SourceLoadContext {
  store: Store;
  trx: Db;
  folder: string;
  pack: CountryPack;
  /** The country's area code (M49), for readers that put rows without an area on the country. */
  countryArea: string;
  resolveArea: (text: string) => string | null;
  importedAt: string;
  /** Called after each stored batch with the number of observations in it. */
  onStored: (count: number) => void;
}

/**
 * Loads one bundle source inside the bundle's transaction: records the source (key `bundle:<iso3>:<id>`), removes
 * what it held before, streams the file through the reader of its kind into observations, then declares its series
 * (with indicator links) and dimensions and records its observation count. Running it twice stores the same rows.
 * @throws ImportError when the file cannot be read at all; database errors propagate (the transaction rolls back).
 */
export async function loadSource(ctx: SourceLoadContext, source: PackSource): Promise<LoadedSource> {
  if (source.kind === 'opensdg' || source.kind === 'sdmx') return loadWholeSource(ctx, source);
  const key = bundleSourceKey(ctx.pack, source);
  const sourceId = await upsertSource(ctx.trx, {
    key, kind: source.kind, title: source.title, licence: source.licence, url: source.url,
  }, ctx.importedAt);
  await deleteSourceObservations(ctx.trx, sourceId);

  const stats = new Map<string, SeriesStats>();
  const options: ReadOptions = {
    resolveArea: ctx.resolveArea,
    displayName: source.file,
    onBatch: async (observations) => {
      if (source.nature) for (const o of observations) o.attributes.NATURE ??= source.nature;
      await insertObservations(ctx.store, ctx.trx, sourceId, observations);
      for (const o of observations) addStats(stats, o);
      ctx.onStored(observations.length);
    },
  };
  const result = await read(join(ctx.folder, source.file), source, options);
  await dropUnknownLinks(ctx.trx, source, result);
  await upsertSeries(ctx.trx, result.series);
  await upsertDimensions(ctx.trx, result.dimensions);
  await setSourceCount(ctx.trx, sourceId, result.report.rowsStored);
  return {
    source, sourceId, result, stats, ownSettings: false,
    report: { id: source.id, key, kind: source.kind, file: source.file, title: source.title, report: result.report },
  };
}

/** Picks the reader of a source's kind. */
function read(path: string, source: PackSource & { kind: 'unsd-sdg-database' | 'tidy-csv' }, options: ReadOptions): Promise<ReadResult> {
  switch (source.kind) {
    case 'unsd-sdg-database':
      return readUnsdSdgDatabase(path, options);
    case 'tidy-csv': {
      return readTidyCsv(path, {
        ...options,
        columns: source.columns,
        indicators: (source.indicators ?? []).map((l) => ({ indicatorId: l.id, relation: l.relation })),
        ...(source.relation ? { relation: source.relation } : {}),
        ...(source.codes ? { codes: source.codes } : {}),
      });
    }
    default: {
      const unknown: never = source;
      throw new Error(`source kind "${String((unknown as PackSource).kind)}" is not read row by row`);
    }
  }
}

/** Adds one observation to the per-series figures. */
function addStats(stats: Map<string, SeriesStats>, o: Observation): void {
  let s = stats.get(o.series);
  if (!s) {
    s = { observations: 0, units: new Map(), natures: new Set(), areas: new Set(), earliest: null };
    stats.set(o.series, s);
  }
  s.observations++;
  s.units.set(o.unit, (s.units.get(o.unit) ?? 0) + 1);
  if (o.attributes.NATURE) s.natures.add(o.attributes.NATURE);
  s.areas.add(o.area);
  if (!s.earliest || o.period.start < s.earliest.start) s.earliest = { start: o.period.start, label: o.period.label };
}

/**
 * Takes off a series' links to indicator codes the framework does not have (neither an indicator nor one of its
 * listings, e.g. a mistyped `99.9.9` in a tidy CSV's indicator column, or a national code not in the pack's national
 * indicators) and names each in the source's report: the series' rows are stored, but no indicator shows them.
 */
async function dropUnknownLinks(trx: Db, source: PackSource, result: ReadResult): Promise<void> {
  const frameworkId = await activeFrameworkId(trx);
  if (!frameworkId) return;
  const known = new Set([
    ...(await listIndicatorRows(trx, frameworkId)).map((i) => i.id),
    ...(await listListingRows(trx, frameworkId)).map((l) => l.code),
  ]);
  const column = source.kind === 'tidy-csv' ? source.columns.indicator ?? '' : 'indicator';
  for (const series of result.series) {
    const unknown = series.indicators.filter((l) => !known.has(l.indicatorId));
    if (unknown.length === 0) continue;
    series.indicators = series.indicators.filter((l) => known.has(l.indicatorId));
    for (const link of unknown) {
      result.report.rejects.push({
        file: source.file, line: 0, column,
        reason: `"${link.indicatorId}" is not an indicator of the framework: series ${series.code} is stored without a link to it`,
      });
    }
  }
}
