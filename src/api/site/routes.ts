import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { activeFrameworkId, addedLanguages, allSettings, frameworkLanguages } from '../../store/index.ts';
import { errorResponses, langQuery } from '../common-schema.ts';
import { siteResponse } from './schema.ts';

/** `GET /site`: which country this tracker is for and the languages it is published in. */
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
      },
    };
  });
};

/** `fr` → `français`, `zh-Hans` → `中文（简体）`; the code itself when the runtime has no name for it. */
function nativeName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

