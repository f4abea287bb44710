import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  activeFrameworkId, addedLanguages, addLanguage, contentTexts, listGoalRows, listListingRows, listTargetRows, recordAudit,
  setNationalTitle, setUiTranslations, siteLanguages, uiTranslations, type ContentEntity, type Db, type TitleStatus,
} from '../../store/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { ApiError, badParameter } from '../errors.ts';
import {
  contentBody, contentQuery, notModified, contentResponse, contentUpdateResponse, langParams, languageBody, languageResponse,
  translationErrorResponses, uiBody, uiResponse,
} from './schema.ts';
import { keyProblem } from './bundled-keys.ts';
import { nestKeys } from './nest-keys.ts';

/** Languages written right to left (base subtag). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'dv', 'yi', 'ckb', 'sd', 'ug']);

/**
 * Translations the national office keeps in the database:
 * - `GET /translations/{lang}` (public): its UI strings over the site's bundled ones, nested, with an ETag;
 * - `GET /translations/{lang}/content` (public): goal, target and indicator titles beside English, with each text's
 *   status (`official`, `unofficial`, `national`);
 * - `PUT /translations/{lang}/ui`, `PUT /translations/{lang}/content`, `POST /languages` (admin; audited
 *   `translation.ui.update`, `translation.content.update`, `language.create`).
 */
export const translationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.get('/translations/:lang', {
    schema: {
      tags: ['translations'], summary: "A language's UI strings as set by the national office (over the site's own strings)",
      params: langParams, response: { 200: uiResponse, 304: notModified, ...translationErrorResponses },
    },
  }, async (request, reply) => {
    const { lang } = request.params;
    const body = { data: nestKeys(await uiTranslations(db, lang)), meta: { lang, dir: await directionOf(db, lang) } };
    const tag = `"${createHash('sha1').update(JSON.stringify(body)).digest('base64url')}"`;
    // Edits show on the next page load: caches keep the answer but ask again each time (304 when unchanged).
    reply.header('etag', tag).header('cache-control', 'no-cache').header('content-language', lang);
    const sent = request.headers['if-none-match'];
    if (sent && sent.split(',').some((t) => t.trim().replace(/^W\//, '') === tag)) return reply.code(304).send(null);
    return body;
  });

  app.get('/translations/:lang/content', {
    schema: {
      tags: ['translations'], summary: 'Goal, target and indicator titles in a language beside English, each with its status',
      params: langParams, querystring: contentQuery, response: { 200: contentResponse, ...translationErrorResponses },
    },
  }, async (request) => {
    const scope = await frameworkOf(db);
    const { entity } = request.query;
    const english = await contentTexts(db, scope, 'en', entity);
    const local = new Map((await contentTexts(db, scope, request.params.lang, entity)).map((t) => [`${t.entity}|${t.code}|${t.field}`, t]));
    const order = await entityOrder(db, scope);
    const rows: { entity: ContentEntity; code: string; field: 'title' | 'short'; english: string | null; text: string | null; status: TitleStatus | null }[] = english.map((e) => {
      const own = local.get(`${e.entity}|${e.code}|${e.field}`);
      return { entity: e.entity, code: e.code, field: e.field, english: e.text, text: own?.text ?? null, status: own?.status ?? null };
    });
    // Texts that exist only in the language (no English beside them) are listed too.
    for (const t of local.values()) {
      if (!english.some((e) => e.entity === t.entity && e.code === t.code && e.field === t.field)) {
        rows.push({ entity: t.entity, code: t.code, field: t.field, english: null, text: t.text, status: t.status });
      }
    }
    rows.sort((a, b) => (order.get(`${a.entity}|${a.code}`) ?? 1e9) - (order.get(`${b.entity}|${b.code}`) ?? 1e9) || a.field.localeCompare(b.field));
    return { data: rows };
  });

  app.put('/translations/:lang/ui', {
    preValidation: signedInAs('admin'),
    schema: {
      tags: ['translations'], summary: 'Set or remove (null) UI strings of a language (admin)',
      params: langParams, body: uiBody, response: { 200: uiResponse, ...translationErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request, 'admin');
    const { lang } = request.params;
    await knownLanguage(db, lang);
    // A text only for a string the site shows; removing (null) stays open to any key, so an old text can go.
    const problems = Object.entries(request.body).flatMap(([key, text]) => {
      const problem = text === null ? null : keyProblem(key);
      return problem ? [`parameter ${key}: ${problem}`] : [];
    });
    if (problems.length) throw new ApiError('BAD_PARAMETER', problems.join('; '));
    const at = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      const old = await setUiTranslations(trx, lang, request.body, user.id, at);
      await recordAudit(trx, [{
        at, userId: user.id, action: 'translation.ui.update', entity: 'ui_translation', entityId: lang, oldValue: old, newValue: request.body,
      }]);
    });
    return { data: nestKeys(await uiTranslations(db, lang)), meta: { lang, dir: await directionOf(db, lang) } };
  });

  app.put('/translations/:lang/content', {
    preValidation: signedInAs('admin'),
    schema: {
      tags: ['translations'], summary: "Set a goal, target or indicator title or short title in a language as the national office's text (admin)",
      params: langParams, body: contentBody, response: { 200: contentUpdateResponse, ...translationErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request, 'admin');
    const { lang } = request.params;
    const { entity, field, text } = request.body;
    await knownLanguage(db, lang);
    const scope = await frameworkOf(db);
    const code = await entityCode(db, scope, entity, request.body.code);
    const at = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      const old = await setNationalTitle(trx, scope, entity, code, lang, field, text);
      await recordAudit(trx, [{
        at, userId: user.id, action: 'translation.content.update', entity: 'label', entityId: `${lang}:${entity}:${code}:${field}`,
        oldValue: old, newValue: { text, status: 'national' },
      }]);
    });
    const english = (await contentTexts(db, scope, 'en', entity)).find((t) => t.code === code && t.field === field)?.text ?? null;
    return { data: { entity, code, field, lang, english, text, status: 'national' as const } };
  });

  app.post('/languages', {
    preValidation: signedInAs('admin'),
    schema: {
      tags: ['translations'], summary: 'Add a language to the site (admin); it starts with the English texts',
      body: languageBody, response: { 201: languageResponse, ...translationErrorResponses },
    },
  }, async (request, reply) => {
    const user = requireUser(request, 'admin');
    const language = request.body;
    if ((await siteLanguages(db)).includes(language.code)) throw new ApiError('CONFLICT', `the site has the language ${language.code} already`);
    const at = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      if (!(await addLanguage(trx, language, user.id, at))) throw new ApiError('CONFLICT', `the site has the language ${language.code} already`);
      await recordAudit(trx, [{ at, userId: user.id, action: 'language.create', entity: 'language', entityId: language.code, newValue: language }]);
    });
    return reply.code(201).send({ data: language });
  });
};

/** @throws ApiError NOT_FOUND when the site does not offer `lang` (add it first with POST /languages). */
async function knownLanguage(db: Db, lang: string): Promise<void> {
  if (!(await siteLanguages(db)).includes(lang)) throw new ApiError('NOT_FOUND', `no language "${lang}" (add it first with POST /api/v1/languages)`);
}

/** `rtl` for a language added as right to left or written so (Arabic, Hebrew, Persian, Urdu, …), else `ltr`. */
async function directionOf(db: Db, lang: string): Promise<'ltr' | 'rtl'> {
  const added = (await addedLanguages(db)).find((l) => l.code === lang);
  if (added) return added.dir;
  return RTL.has(lang.split('-')[0]!) ? 'rtl' : 'ltr';
}

async function frameworkOf(db: Db): Promise<string> {
  const scope = await activeFrameworkId(db);
  if (!scope) throw new ApiError('NOT_INITIALISED', 'the database has no framework yet: run `sdg-tracker init`');
  return scope;
}

/** Position of each entity in framework order, keyed `entity|code`. */
async function entityOrder(db: Db, scope: string): Promise<Map<string, number>> {
  const order = new Map<string, number>();
  let i = 0;
  for (const g of await listGoalRows(db, scope)) order.set(`goal|${g.code}`, i++);
  for (const t of await listTargetRows(db, scope)) order.set(`target|${t.code}`, i++);
  for (const l of await listListingRows(db, scope)) if (!order.has(`indicator|${l.indicator_id}`)) order.set(`indicator|${l.indicator_id}`, i++);
  return order;
}

/**
 * The code an entity's titles are stored under: goals and targets as given, an indicator by its id (a repeated
 * indicator's listing `11.5.1` → `1.5.1`).
 * @throws ApiError BAD_PARAMETER when the framework has no such goal, target or indicator.
 */
async function entityCode(db: Db, scope: string, entity: ContentEntity, code: string): Promise<string> {
  if (entity === 'goal' && (await listGoalRows(db, scope)).some((g) => g.code === code)) return code;
  if (entity === 'target' && (await listTargetRows(db, scope)).some((t) => t.code === code)) return code;
  if (entity === 'indicator') {
    const listing = (await listListingRows(db, scope)).find((l) => l.code === code || l.indicator_id === code);
    if (listing) return listing.indicator_id;
  }
  throw badParameter('code', `the framework has no ${entity} "${code}"`);
}
