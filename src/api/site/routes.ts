import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BRANDING_SETTINGS } from '../../ingest/country-bundle/index.ts';
import { activeFrameworkId, addedLanguages, allSettings, frameworkLanguages, getSetting } from '../../store/index.ts';
import { errorResponses, langQuery } from '../common-schema.ts';
import { notFound } from '../errors.ts';
import { siteResponse } from './schema.ts';

/**
 * `GET /site`: which country this tracker is for, the languages it is published in, and its logo and colours.
 * `GET /site/logo`: the logo image of the country pack (SVG or PNG), with an ETag; 404 when the pack gives none.
 */
export const siteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/site', {
    schema: { tags: ['site'], summary: 'Country, languages and framework of this installation', querystring: langQuery, response: { 200: siteResponse, ...errorResponses } },
  }, async () => {
    const db = app.store.db;
    const settings = await allSettings(db);
    const framework = await activeFrameworkId(db);
    // The country's own languages first, then every language the framework titles are published in.
    const national = settings.languages ? (JSON.parse(settings.languages) as string[]) : [];
    // …and those added in the administration, named as they were added.
    const added = new Map((await addedLanguages(db)).map((l) => [l.code, l.name]));
    const languages = [...new Set([...national, ...(framework ? await frameworkLanguages(db, framework) : ['en']), ...added.keys()])];
    return {
      data: {
        country: {
          code: settings.country ?? null,
          name: settings.country_name ?? null,
          names: settings.country_names ? (JSON.parse(settings.country_names) as Record<string, string>) : {},
        },
        languages: languages.map((code) => ({ code, name: added.get(code) ?? nativeName(code) })),
        defaultLanguage: settings.default_language ?? 'en',
        framework,
        branding: {
          logo: settings[BRANDING_SETTINGS.logo] ? `/api/v1/site/logo?v=${settings[BRANDING_SETTINGS.logoDigest] ?? ''}` : null,
          colours: brandColours(settings),
        },
      },
    };
  });

  app.get('/site/logo', {
    schema: { tags: ['site'], summary: 'The logo of this installation (SVG or PNG)' },
  }, async (request, reply) => {
    const db = app.store.db;
    const [logo, type, digest] = await Promise.all([
      getSetting(db, BRANDING_SETTINGS.logo), getSetting(db, BRANDING_SETTINGS.logoType), getSetting(db, BRANDING_SETTINGS.logoDigest),
    ]);
    if (!logo || !type) throw notFound('logo', 'site');
    const etag = `"${digest ?? ''}"`;
    // The image is a drawing: it may run nothing, load nothing and be read as nothing else.
    reply.header('ETag', etag).header('Cache-Control', 'public, max-age=86400').header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type(type).send(Buffer.from(logo, 'base64'));
  });
};

/** The pack's two colours, or null when it gave none. */
function brandColours(settings: Record<string, string>): { primary: string; accent: string } | null {
  const primary = settings[BRANDING_SETTINGS.primary];
  const accent = settings[BRANDING_SETTINGS.accent];
  return primary && accent ? { primary, accent } : null;
}

/** `fr` → `français`, `zh-Hans` → `中文（简体）`; the code itself when the runtime has no name for it. */
function nativeName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

