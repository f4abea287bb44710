import { apiGet, apiSend, type CallOptions } from '../api/client.ts';

/** Where a title's text comes from: the framework's translation, the product's own (unofficial), the national office. */
export type TitleStatus = 'official' | 'unofficial' | 'national';
export type ContentEntity = 'goal' | 'target' | 'indicator';

/** One title (or short title) of a goal, target or indicator in a language, English beside it. */
export interface ContentRow {
  entity: ContentEntity;
  code: string;
  field: 'title' | 'short';
  english: string | null;
  text: string | null;
  status: TitleStatus | null;
}

/** `GET /translations/{lang}/content?entity=`: every title in the language with its status. @throws ApiError. */
export function getContentTexts(lang: string, entity: ContentEntity | undefined, options: CallOptions = {}): Promise<ContentRow[]> {
  return apiGet<ContentRow[]>(`/translations/${encodeURIComponent(lang)}/content`, entity ? { entity } : {}, { signal: options.signal });
}

/** `GET /translations/{lang}`: the national office's UI strings, nested, fetched fresh. @throws ApiError. */
export function getUiOverrides(lang: string, options: CallOptions = {}): Promise<Record<string, unknown>> {
  return apiGet<Record<string, unknown>>(`/translations/${encodeURIComponent(lang)}`, {}, { signal: options.signal });
}

/** `PUT /translations/{lang}/ui` (admin): key → text, null removes. @throws ApiError. */
export function saveUiStrings(lang: string, changes: Record<string, string | null>): Promise<Record<string, unknown>> {
  return apiSend('PUT', `/translations/${encodeURIComponent(lang)}/ui`, changes);
}

/** `PUT /translations/{lang}/content` (admin): one title as the national office's text. @throws ApiError. */
export function saveContentText(lang: string, row: { entity: ContentEntity; code: string; field: 'title' | 'short'; text: string }): Promise<ContentRow> {
  return apiSend('PUT', `/translations/${encodeURIComponent(lang)}/content`, row);
}

/** `POST /languages` (admin). @throws ApiError (CONFLICT when the site has it already). */
export function addLanguage(language: { code: string; name: string; dir: 'ltr' | 'rtl' }): Promise<{ code: string; name: string; dir: 'ltr' | 'rtl' }> {
  return apiSend('POST', '/languages', language);
}
