import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import './translations.css';
import { getContentTexts, type ContentEntity, type ContentRow } from './api.ts';

/** Title statuses by language and entity, asked for once per page load. */
const cache = new Map<string, Promise<ContentRow[]>>();

function statusesOf(lang: string, entity: ContentEntity): Promise<ContentRow[]> {
  const key = `${lang}|${entity}`;
  let rows = cache.get(key);
  if (!rows) {
    rows = getContentTexts(lang, entity).catch(() => []);
    cache.set(key, rows);
  }
  return rows;
}

/**
 * A small note, "Unofficial translation", shown where a title on the page is one the product translated itself
 * (status `unofficial`, e.g. the Bangla goal titles); nothing in English or when every title shown is official or
 * set by the national office. `codes` are the entities whose titles the page shows; `wide` words it for a list.
 */
export function UnofficialNote({ entity, codes, wide = false }: { entity: ContentEntity; codes: readonly string[]; wide?: boolean }) {
  const { t, lang } = useI18n();
  const [unofficial, setUnofficial] = useState(false);
  const wanted = codes.join(',');
  useEffect(() => {
    if (lang === 'en') {
      setUnofficial(false);
      return;
    }
    let live = true;
    const shown = new Set(wanted.split(','));
    void statusesOf(lang, entity).then((rows) => {
      if (live) setUnofficial(rows.some((r) => shown.has(r.code) && r.status === 'unofficial'));
    });
    return () => { live = false; };
  }, [lang, entity, wanted]);
  if (!unofficial) return null;
  return <p className="unofficial-note">{t(wide ? 'translations.unofficialTitles' : 'translations.unofficial')}</p>;
}
