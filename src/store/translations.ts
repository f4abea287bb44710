import type { Db } from './database.ts';
import { activeFrameworkId, frameworkLanguages } from './framework.ts';
import { allSettings } from './settings.ts';

/**
 * Translations kept in the database: the status of each title text in `labels` (`official` | `unofficial` |
 * `national`), the national office's UI strings (`ui_translations`) and the languages added in the administration
 * (`languages`). See migration 0007-translations.
 */

/** Where a title's text comes from: the framework's published translation, the product's own, or the national office. */
export type TitleStatus = 'official' | 'unofficial' | 'national';
export type ContentEntity = 'goal' | 'target' | 'indicator';
export type ContentField = 'title' | 'short';

/** A language added in the administration: `{ code: 'sw', name: 'Kiswahili', dir: 'ltr' }`. */
export interface AddedLanguage {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

/** One title text of an entity in a language, with its status. */
export interface ContentText {
  entity: ContentEntity;
  code: string;
  field: ContentField;
  text: string;
  status: TitleStatus;
}

/**
 * Adds the missing titles of `titles` to `labels` of `scope` with status `unofficial`, and rewrites those already
 * stored as unofficial whose text changed; official and national texts are left alone.
 * @returns how many rows were added or changed.
 */
export async function saveUnofficialLabels(trx: Db, scope: string, titles: readonly { entity: string; code: string; lang: string; field: string; text: string }[]): Promise<number> {
  if (titles.length === 0) return 0;
  const langs = [...new Set(titles.map((t) => t.lang))];
  const existing = await trx.selectFrom('labels').select(['entity', 'entity_id', 'lang', 'field', 'text', 'status'])
    .where('scope', '=', scope).where('lang', 'in', langs).where('entity', 'in', ['goal', 'target', 'indicator']).execute();
  const byKey = new Map(existing.map((r) => [`${r.entity}|${r.entity_id}|${r.lang}|${r.field}`, r]));
  let changed = 0;
  for (const t of titles) {
    const row = byKey.get(`${t.entity}|${t.code}|${t.lang}|${t.field}`);
    if (!row) {
      await trx.insertInto('labels').values({ scope, entity: t.entity, entity_id: t.code, lang: t.lang, field: t.field, text: t.text, status: 'unofficial' }).execute();
      changed++;
    } else if (row.status === 'unofficial' && row.text !== t.text) {
      await trx.updateTable('labels').set({ text: t.text }).where('scope', '=', scope).where('entity', '=', t.entity)
        .where('entity_id', '=', t.code).where('lang', '=', t.lang).where('field', '=', t.field).execute();
      changed++;
    }
  }
  return changed;
}

/**
 * The goal, target and indicator titles of `scope` in `lang` with their status, in no particular order.
 * @example (await contentTexts(db, 'un-gif-2025', 'bn', 'goal'))[0] // { entity: 'goal', code: '1', field: 'title', text: 'সর্বত্র…', status: 'unofficial' }
 */
export async function contentTexts(db: Db, scope: string, lang: string, entity?: ContentEntity): Promise<ContentText[]> {
  const rows = await db.selectFrom('labels').select(['entity', 'entity_id', 'field', 'text', 'status'])
    .where('scope', '=', scope).where('lang', '=', lang).where('entity', 'in', entity ? [entity] : ['goal', 'target', 'indicator'])
    .execute();
  return rows.map((r) => ({
    entity: r.entity as ContentEntity, code: r.entity_id, field: r.field as ContentField, text: r.text, status: r.status as TitleStatus,
  }));
}

/**
 * Sets one title text as the national office's (`status = national`), replacing whatever text was there.
 * @returns the text and status it replaced, or null when there was none.
 */
export async function setNationalTitle(
  trx: Db, scope: string, entity: ContentEntity, code: string, lang: string, field: ContentField, text: string,
): Promise<{ text: string; status: TitleStatus } | null> {
  const old = await labelRow(trx, scope, entity, code, lang, field).select(['text', 'status']).executeTakeFirst();
  if (old) await trx.updateTable('labels').set({ text, status: 'national' })
    .where('scope', '=', scope).where('entity', '=', entity).where('entity_id', '=', code).where('lang', '=', lang).where('field', '=', field).execute();
  else await trx.insertInto('labels').values({ scope, entity, entity_id: code, lang, field, text, status: 'national' }).execute();
  return old ? { text: old.text, status: old.status as TitleStatus } : null;
}

/** The national office's UI strings of `lang`, flat and dotted: `{ 'home.title': '…' }`. */
export async function uiTranslations(db: Db, lang: string): Promise<Record<string, string>> {
  const rows = await db.selectFrom('ui_translations').select(['key', 'text']).where('lang', '=', lang).orderBy('key').execute();
  return Object.fromEntries(rows.map((r) => [r.key, r.text]));
}

/**
 * Sets (a text) or removes (null) UI strings of `lang`.
 * @returns the texts they had before, null where there was none, for the audit trail.
 */
export async function setUiTranslations(
  trx: Db, lang: string, changes: Record<string, string | null>, userId: number | null, at: string,
): Promise<Record<string, string | null>> {
  const keys = Object.keys(changes);
  const before = keys.length === 0 ? [] : await trx.selectFrom('ui_translations').select(['key', 'text'])
    .where('lang', '=', lang).where('key', 'in', keys).execute();
  const old: Record<string, string | null> = Object.fromEntries(keys.map((k) => [k, before.find((r) => r.key === k)?.text ?? null]));
  for (const [key, text] of Object.entries(changes)) {
    if (text === null) {
      await trx.deleteFrom('ui_translations').where('lang', '=', lang).where('key', '=', key).execute();
    } else if (old[key] === null) {
      await trx.insertInto('ui_translations').values({ lang, key, text, updated_at: at, updated_by: userId }).execute();
    } else {
      await trx.updateTable('ui_translations').set({ text, updated_at: at, updated_by: userId }).where('lang', '=', lang).where('key', '=', key).execute();
    }
  }
  return old;
}

/** The languages added in the administration, in the order they were added. */
export async function addedLanguages(db: Db): Promise<AddedLanguage[]> {
  const rows = await db.selectFrom('languages').select(['code', 'name', 'dir']).orderBy('created_at').orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, name: r.name, dir: r.dir === 'rtl' ? 'rtl' : 'ltr' }));
}

/**
 * Every language the site offers, as GET /site lists them plus English: the country's, the active framework's
 * titles' and those added in the administration. `['en', 'bn', 'ar', …]`.
 */
export async function siteLanguages(db: Db): Promise<string[]> {
  const settings = await allSettings(db);
  const national = settings.languages ? (JSON.parse(settings.languages) as string[]) : [];
  const framework = await activeFrameworkId(db);
  return [...new Set(['en', ...national, ...(framework ? await frameworkLanguages(db, framework) : []), ...(await addedLanguages(db)).map((l) => l.code)])];
}

/** Adds a language; false when one with that code was added before. */
export async function addLanguage(trx: Db, language: AddedLanguage, userId: number | null, at: string): Promise<boolean> {
  const found = await trx.selectFrom('languages').select('code').where('code', '=', language.code).executeTakeFirst();
  if (found) return false;
  await trx.insertInto('languages').values({ ...language, created_at: at, created_by: userId }).execute();
  return true;
}

function labelRow(trx: Db, scope: string, entity: string, code: string, lang: string, field: string) {
  return trx.selectFrom('labels').where('scope', '=', scope).where('entity', '=', entity).where('entity_id', '=', code)
    .where('lang', '=', lang).where('field', '=', field);
}
