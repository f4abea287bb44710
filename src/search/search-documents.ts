/**
 * The texts the search reads, per language, from the store: goals, targets and indicators of the active framework
 * with their codes, titles and short titles (table `labels`), each indicator's metadata fields as published (table
 * `indicator_metadata`) and the names of its series (table `series` in English, `labels` entity `series` otherwise).
 * Only texts written in that language are read: English is a language of its own, searched after the reader's.
 */
import { publishedMetadata } from '../api/indicators/metadata-fields.ts';
import { activeFrameworkId, type Db } from '../store/index.ts';

/** What the search finds. */
export type SearchEntityType = 'goal' | 'target' | 'indicator';
export const SEARCH_ENTITY_TYPES: readonly SearchEntityType[] = ['goal', 'target', 'indicator'];

/** One goal, target or indicator in one language, as the index reads it. */
export interface SearchDocument {
  /** `goal:3`, `target:3.2`, `indicator:3.2.1` (an indicator by its id, the code of its first listing). */
  id: string;
  type: SearchEntityType;
  /** The code shown: `3`, `3.2`, `3.2.1`. */
  code: string;
  /** Every code it is listed under, space-separated (`1.5.1 11.5.1 13.1.1`). */
  codes: string;
  /** The goal it belongs to, for links (`3`). */
  goal: string;
  title: string;
  short: string;
  /** Names of the indicator's series, one per line. */
  series: string;
  /** Metadata fields as published, HTML tags taken out: `{ definition: '…', source_organisation_1: '…' }`. */
  metadata: Record<string, string>;
}

/**
 * Every goal, target and indicator of the active framework that has a text in `lang`; an empty list without a
 * framework. Titles, metadata and series names in other languages are not read.
 * @example (await readSearchDocuments(db, 'fr')).find((d) => d.id === 'goal:1')?.title // 'Éliminer la pauvreté sous toutes ses formes et partout dans le monde'
 */
export async function readSearchDocuments(db: Db, lang: string): Promise<SearchDocument[]> {
  const framework = await activeFrameworkId(db);
  if (!framework) return [];
  const [targets, listings, labels, metadata, seriesLinks, seriesNames] = await Promise.all([
    db.selectFrom('targets').select(['code', 'goal_code']).where('framework_id', '=', framework).orderBy('sort_order').execute(),
    db.selectFrom('indicator_listings').innerJoin('targets', (j) => j.onRef('targets.code', '=', 'indicator_listings.target_code')
      .onRef('targets.framework_id', '=', 'indicator_listings.framework_id'))
      .select(['indicator_listings.code', 'indicator_listings.indicator_id', 'targets.goal_code'])
      .where('indicator_listings.framework_id', '=', framework).orderBy('indicator_listings.sort_order').execute(),
    db.selectFrom('labels').select(['entity', 'entity_id', 'field', 'text'])
      .where('scope', '=', framework).where('lang', '=', lang).where('entity', 'in', ['goal', 'target', 'indicator']).execute(),
    db.selectFrom('indicator_metadata').select(['indicator_id', 'content']).where('lang', '=', lang).execute(),
    db.selectFrom('series_indicators').select(['series_code', 'indicator_id']).execute(),
    lang === 'en'
      ? db.selectFrom('series').select(['code', 'name']).execute()
      : db.selectFrom('labels').select(['entity_id as code', 'text as name']).where('entity', '=', 'series').where('lang', '=', lang).execute(),
  ]);
  const docs = new Map<string, SearchDocument>();
  const doc = (type: SearchEntityType, code: string, goal: string): SearchDocument => {
    const id = `${type}:${code}`;
    let d = docs.get(id);
    if (!d) docs.set(id, (d = { id, type, code, codes: code, goal, title: '', short: '', series: '', metadata: {} }));
    return d;
  };
  const goalOfTarget = new Map(targets.map((t) => [t.code, t.goal_code]));
  const listingsOf = new Map<string, { code: string; goal: string }[]>();
  for (const l of listings) listingsOf.set(l.indicator_id, [...(listingsOf.get(l.indicator_id) ?? []), { code: l.code, goal: l.goal_code }]);
  const indicatorDoc = (id: string): SearchDocument | undefined => {
    const all = listingsOf.get(id);
    if (!all) return undefined;
    const d = doc('indicator', all[0]!.code, all[0]!.goal);
    d.codes = all.map((l) => l.code).join(' ');
    return d;
  };

  for (const label of labels) {
    const d = label.entity === 'goal' ? doc('goal', label.entity_id, label.entity_id)
      : label.entity === 'target' ? doc('target', label.entity_id, goalOfTarget.get(label.entity_id) ?? '')
        : indicatorDoc(label.entity_id);
    if (!d) continue;
    if (label.field === 'title') d.title = label.text;
    if (label.field === 'short') d.short = label.text;
  }
  for (const row of metadata) {
    const d = indicatorDoc(row.indicator_id);
    if (d) d.metadata = metadataTexts(JSON.parse(row.content) as Record<string, unknown>);
  }
  const nameOf = new Map(seriesNames.map((s) => [s.code, s.name]));
  for (const link of seriesLinks) {
    const name = nameOf.get(link.series_code);
    const d = name ? indicatorDoc(link.indicator_id) : undefined;
    if (d && name && !d.series.split('\n').includes(name)) d.series = d.series ? `${d.series}\n${name}` : name;
  }
  return [...docs.values()];
}

/** The published metadata fields that hold text, as plain text (tags and entities of Markdown-rendered HTML out). */
function metadataTexts(fields: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(publishedMetadata(fields))) {
    if (typeof value !== 'string') continue;
    const text = value.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&[a-z]+;|&#\d+;/g, ' ')
      .replace(/\s+/g, ' ').trim();
    if (text && !/^https?:\/\/\S+$/.test(text)) out[key] = text;
  }
  return out;
}
