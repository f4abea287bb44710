import type { Framework, IndicatorKind } from '../domain/index.ts';
import type { Db } from './database.ts';

/** A goal, target or indicator title in the asked language, English when that language has none. */
export interface LocalisedTitle {
  title: string;
  short?: string;
}

/**
 * Stores a framework version in one go (replacing an earlier copy of the same version) and makes it the active one.
 * Titles go to `labels` with scope = version id. Call inside a transaction.
 */
export async function saveFramework(trx: Db, framework: Framework): Promise<void> {
  const id = framework.version.id;
  await trx.deleteFrom('labels').where('scope', '=', id).execute();
  await trx.deleteFrom('framework_versions').where('id', '=', id).execute();
  await trx.updateTable('framework_versions').set({ is_active: 0 }).execute();
  await trx.insertInto('framework_versions')
    .values({ id, title: framework.version.title, adopted: framework.version.adopted, is_active: 1 }).execute();

  const labels: { scope: string; entity: string; entity_id: string; lang: string; field: string; text: string }[] = [];
  const addTitles = (entity: string, code: string, titles: Framework['goals'][number]['titles']): void => {
    for (const [lang, t] of Object.entries(titles)) {
      labels.push({ scope: id, entity, entity_id: code, lang, field: 'title', text: t.title });
      if (t.short) labels.push({ scope: id, entity, entity_id: code, lang, field: 'short', text: t.short });
    }
  };

  await insertChunked(trx, 'goals', framework.goals.map((g, i) => {
    addTitles('goal', g.code, g.titles);
    return { framework_id: id, code: g.code, sort_order: i, colour: g.colour };
  }));
  await insertChunked(trx, 'targets', framework.targets.map((t, i) => {
    addTitles('target', t.code, t.titles);
    return { framework_id: id, code: t.code, goal_code: t.goalCode, sort_order: i };
  }));
  let listingOrder = 0;
  const listings: { framework_id: string; code: string; target_code: string; indicator_id: string; sort_order: number }[] = [];
  await insertChunked(trx, 'indicators', framework.indicators.map((ind, i) => {
    addTitles('indicator', ind.id, ind.titles);
    for (const l of ind.listings) {
      listings.push({ framework_id: id, code: l.code, target_code: l.targetCode, indicator_id: ind.id, sort_order: listingOrder++ });
    }
    return { framework_id: id, id: ind.id, unsd_code: ind.unsdCode, kind: ind.kind, sort_order: i };
  }));
  // Listings sort in the framework's own order: goal, then target, then indicator position in the CSV.
  listings.sort((a, b) => compareCodes(a.code, b.code));
  listings.forEach((l, i) => { l.sort_order = i; });
  await insertChunked(trx, 'indicator_listings', listings);
  await insertChunked(trx, 'labels', labels);
}

/** The active framework version id, or null on an empty database. */
export async function activeFrameworkId(db: Db): Promise<string | null> {
  const row = await db.selectFrom('framework_versions').select('id').where('is_active', '=', 1).executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Titles of every entity of a kind in `lang`, falling back to English per entity.
 * @returns map code → { title, short? }
 */
export async function titlesOf(db: Db, frameworkId: string, entity: 'goal' | 'target' | 'indicator', lang: string): Promise<Map<string, LocalisedTitle>> {
  const rows = await db.selectFrom('labels').select(['entity_id', 'lang', 'field', 'text'])
    .where('scope', '=', frameworkId).where('entity', '=', entity).where('lang', 'in', [...new Set([lang, 'en'])])
    .execute();
  const out = new Map<string, LocalisedTitle>();
  // English first, then the asked language overwrites what it has.
  rows.sort((a, b) => (a.lang === lang ? 1 : 0) - (b.lang === lang ? 1 : 0));
  for (const r of rows) {
    const t = out.get(r.entity_id) ?? { title: '' };
    if (r.field === 'title') t.title = r.text;
    if (r.field === 'short') t.short = r.text;
    out.set(r.entity_id, t);
  }
  return out;
}

/** Goals of a framework in order. */
export async function listGoalRows(db: Db, frameworkId: string): Promise<{ code: string; colour: string }[]> {
  return db.selectFrom('goals').select(['code', 'colour']).where('framework_id', '=', frameworkId).orderBy('sort_order').execute();
}

/** Targets of a framework in order, optionally of one goal. */
export async function listTargetRows(db: Db, frameworkId: string, goal?: string): Promise<{ code: string; goal_code: string }[]> {
  let q = db.selectFrom('targets').select(['code', 'goal_code']).where('framework_id', '=', frameworkId);
  if (goal !== undefined) q = q.where('goal_code', '=', goal);
  return q.orderBy('sort_order').execute();
}

/** Every listing (code under a target) with its unique indicator, in framework order. */
export async function listListingRows(db: Db, frameworkId: string): Promise<{ code: string; target_code: string; indicator_id: string }[]> {
  return db.selectFrom('indicator_listings').select(['code', 'target_code', 'indicator_id'])
    .where('framework_id', '=', frameworkId).orderBy('sort_order').execute();
}

/** Unique indicators in framework order. */
export async function listIndicatorRows(db: Db, frameworkId: string): Promise<{ id: string; unsd_code: string | null; kind: IndicatorKind }[]> {
  const rows = await db.selectFrom('indicators').select(['id', 'unsd_code', 'kind'])
    .where('framework_id', '=', frameworkId).orderBy('sort_order').execute();
  return rows.map((r) => ({ ...r, kind: r.kind as IndicatorKind }));
}

/** Languages the framework's titles exist in, English first: `['en', 'ar', 'es', …]`. */
export async function frameworkLanguages(db: Db, frameworkId: string): Promise<string[]> {
  const rows = await db.selectFrom('labels').select('lang').distinct().where('scope', '=', frameworkId).execute();
  return rows.map((r) => r.lang).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

/** Framework counts, e.g. `{ goals: 17, targets: 169, indicators: 235, listings: 251 }`. */
export async function frameworkCounts(db: Db, frameworkId: string): Promise<{ goals: number; targets: number; indicators: number; listings: number }> {
  const count = async (table: 'goals' | 'targets' | 'indicators' | 'indicator_listings'): Promise<number> => {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'))
      .where('framework_id', '=', frameworkId).executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return { goals: await count('goals'), targets: await count('targets'), indicators: await count('indicators'), listings: await count('indicator_listings') };
}

/**
 * Orders SDG codes the way the framework does: numeric parts numerically, letters after numbers
 * (`1.5` < `1.a`), e.g. `['1.10.1', '1.2.1']` sorts as `['1.2.1', '1.10.1']`.
 */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

async function insertChunked<T extends 'goals' | 'targets' | 'indicators' | 'indicator_listings' | 'labels'>(
  trx: Db, table: T, rows: object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    // Each caller passes rows of its table; the generic table name loses that link for the type checker.
    await trx.insertInto(table).values(rows.slice(i, i + 200) as never).execute();
  }
}
