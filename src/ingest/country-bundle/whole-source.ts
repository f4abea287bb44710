import { basename, join } from 'node:path';
import type { Db, Store } from '../../store/index.ts';
import { sourceContents, upsertSource } from '../../store/index.ts';
import { importOpenSdg } from '../opensdg/index.ts';
import type { ImportReport } from '../reject-report.ts';
import { loadSdmx } from '../sdmx/index.ts';
import type { LoadedSource, SeriesStats, SourceLoadContext } from './load-source.ts';
import type { PackSource } from './pack-schema.ts';
import { bundleSourceKey } from './source-key.ts';

/** A source read by an importer that writes to the store itself, rather than row by row through the pack. */
type WholeSource = PackSource & { kind: 'opensdg' | 'sdmx' };

/**
 * Loads an `opensdg` or `sdmx` source inside the pack's transaction through its own importer (importOpenSdg,
 * loadSdmx), under the source key `bundle:<iso3>:<id>` with the pack's title, licence and URL, then reads back what it
 * stored (series, their indicator links, per-series figures) for the pack's indicator settings.
 * @throws ImportError when the importer cannot read the file at all.
 */
export async function loadWholeSource(ctx: SourceLoadContext, source: WholeSource): Promise<LoadedSource> {
  const key = bundleSourceKey(ctx.pack, source);
  const path = join(ctx.folder, source.file);
  let report: ImportReport;
  if (source.kind === 'opensdg') {
    report = await importOpenSdg(withinTransaction(ctx.store, ctx.trx), path, { sourceKey: key, countryArea: ctx.countryArea });
  } else {
    let read = 0;
    report = await loadSdmx(ctx.trx, path, {
      dsd: join(ctx.folder, source.dsd), countryArea: ctx.countryArea, sourceKey: key,
      onProgress: (p) => { ctx.onStored(p.rowsRead - read); read = p.rowsRead; },
    });
  }
  // Rejects name files as the pack does (`sdmx/data.xml`), not by their bare or absolute names.
  const inPack = new Map([source.file, ...(source.kind === 'sdmx' ? [source.dsd] : [])].flatMap((f) => [[basename(f), f], [join(ctx.folder, f), f]]));
  report = { ...report, rejects: report.rejects.map((r) => ({ ...r, file: inPack.get(r.file) ?? r.file })) };
  const sourceId = await upsertSource(ctx.trx, { key, kind: source.kind, title: source.title, licence: source.licence, url: source.url }, ctx.importedAt);
  const { series, stats } = await storedSeries(ctx.trx, sourceId);
  return {
    source, sourceId, stats, ownSettings: source.kind === 'opensdg',
    result: { series, dimensions: [], report },
    report: { id: source.id, key, kind: source.kind, file: source.file, title: source.title, report },
  };
}

/**
 * A store whose `db.transaction().execute(fn)` runs `fn` in the already open transaction, so an importer that opens
 * its own transaction joins the pack's one (all or nothing stays whole).
 */
export function withinTransaction(store: Store, trx: Db): Store {
  const db = new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') return () => ({ execute: <T>(fn: (t: Db) => Promise<T>) => fn(target) });
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ...store, db: db as Store['db'] };
}

/** The series a source stored observations of, with their indicator links and per-series figures. */
async function storedSeries(trx: Db, sourceId: number): Promise<{ series: LoadedSource['result']['series']; stats: Map<string, SeriesStats> }> {
  const { observations, series } = await sourceContents(trx, sourceId);
  const stats = new Map<string, SeriesStats>();
  for (const o of observations) {
    let s = stats.get(o.series);
    if (!s) stats.set(o.series, s = { observations: 0, units: new Map(), natures: new Set(), areas: new Set(), earliest: null });
    s.observations++;
    s.units.set(o.unit, (s.units.get(o.unit) ?? 0) + 1);
    if (o.nature) s.natures.add(o.nature);
    s.areas.add(o.area);
    if (!s.earliest || o.periodStart < s.earliest.start) s.earliest = { start: o.periodStart, label: o.period };
  }
  return { series, stats };
}
