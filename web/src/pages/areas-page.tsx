import { useState } from 'react';
import { AppLink } from '../components/app-link.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { useCountryName } from '../components/site-context.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { levelWords } from '../maps/level-words.ts';
import { getAreaLevels, getPockets, levelsBelowCountry, type AreaLevel, type Pockets } from '../maps/map-api.ts';
import '../maps/maps.css';

/**
 * "Where are the gaps" (`/areas`): for every indicator with area data, the areas left behind — behind the national
 * value in the desired direction, or off track while the nation is on track — each indicator linking to its map tab
 * with the same series and unit. Indicators with the largest share of pocket areas come first. The levels offered are
 * those of the stored area tree below the country, finest first (districts, then divisions or provinces).
 */
export function AreasPage() {
  const i18n = useI18n();
  const { t, lang, formatNumber, formatShort, formatCode, localDigits, unitName } = i18n;
  const derivedWords = (method: string | undefined) => t(method === 'sum' ? 'maps.derivedFrom.sum' : 'maps.derivedFrom.population_weighted');
  const country = useCountryName();
  const stored = useApi((signal) => getAreaLevels({ signal }), []);
  const offered = levelsBelowCountry(stored.data, false).reverse();
  const [chosen, setLevel] = useState<AreaLevel | null>(null);
  const level = chosen ?? offered[0] ?? null;
  const answer = useApi((signal) => (level === null ? Promise.resolve(undefined) : getPockets(level, { lang, signal })), [level, lang]);
  useDocumentTitle(t('maps.gaps.title'), t('site.name'));
  const indicators = answer.data ? ordered(answer.data) : [];

  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t('maps.gaps.title')}</h1>
          <p className="hero__intro">{t('maps.gaps.intro', { country: country || '—' })}</p>
        </div>
      </section>
      <div className="container section">
        <div className="gaps-page__controls">
          <label>
            {t('maps.level')}{' '}
            <select value={level ?? ''} onChange={(e) => setLevel(e.target.value)}>
              {offered.map((l) => <option key={l} value={l}>{levelWords(t, l).label}</option>)}
            </select>
          </label>
        </div>
        {stored.error && <ErrorMessage error={stored.error} retry={stored.reload} />}
        {answer.error && <ErrorMessage error={answer.error} retry={answer.reload} />}
        {stored.data && level === null && <p className="notice" role="status">{t('maps.noAreaLevels')}</p>}
        {!answer.data && !answer.error && !stored.error && (level !== null || !stored.data) && <Loading />}
        {answer.data && (
          <>
            <p role="status">{t('maps.gaps.summary', {
              indicators: formatNumber(indicators.filter((i) => i.pockets.length > 0).length), total: formatNumber(indicators.length),
            })}</p>
            <ul className="gaps-list">
              {indicators.map((entry) => (
                <li key={`${entry.indicator}-${entry.series}-${entry.unit}`} data-indicator={entry.indicator}>
                  <h2>
                    <AppLink to={`/indicators/${entry.indicator}?${new URLSearchParams({ series: entry.series, unit: entry.unit, view: 'map' }).toString()}`}>
                      {formatCode(entry.indicator)} {entry.title}
                    </AppLink>
                  </h2>
                  <p className="gaps-list__series">{t('maps.gaps.series', { series: entry.series_name, unit: unitName(entry.unit) })}</p>
                  <p className="muted">
                    {t('maps.gaps.count', { n: formatNumber(entry.pockets.length), total: formatNumber(entry.areas_with_data) })}
                    {nationalOf(entry) && ` · ${t('maps.gaps.national', { value: formatShort(nationalOf(entry)!.value), year: localDigits(nationalOf(entry)!.year) })}`}
                    {nationalOf(entry)?.derived && ` (${derivedWords(nationalOf(entry)!.method)})`}
                    {entry.direction && ` · ${t(entry.direction === 'increase' ? 'maps.gaps.higherBetter' : 'maps.gaps.lowerBetter')}`}
                  </p>
                  {groupsOf(entry).map((group) => (
                    <div key={group.reason} className="gaps-list__group">
                      <h3>{t(`maps.pocketReasons.${group.reason}`)}</h3>
                      <ul className="gaps-list__areas">
                        {group.pockets.map((p) => (
                          <li key={p.area}>
                            <strong>{p.name}</strong>{' '}
                            {p.year === nationalOf(entry)?.year ? formatShort(p.value) : t('maps.gaps.value', { value: formatShort(p.value), year: localDigits(p.year) })}
                            {p.derived && <span className="map-table__derived" title={derivedWords(p.method)}> {t('maps.derivedMark')}</span>}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}

/** Indicators by their share of pocket areas, largest first, then by code. */
function ordered(data: Pockets): Pockets['indicators'] {
  const share = (i: Pockets['indicators'][number]) => (i.areas_with_data > 0 ? i.pockets.length / i.areas_with_data : 0);
  return [...data.indicators].sort((a, b) => share(b) - share(a) || a.indicator.localeCompare(b.indicator, 'en', { numeric: true }));
}

type PocketEntry = Pockets['indicators'][number];

/** The national value most pockets of an indicator are compared with (that of their most common year), and whether and how it was derived from the areas. */
function nationalOf(entry: PocketEntry): { value: number; year: number; derived: boolean; method?: string | undefined } | null {
  const counts = new Map<number, number>();
  for (const p of entry.pockets) if (p.national !== null) counts.set(p.year, (counts.get(p.year) ?? 0) + 1);
  const year = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  const value = entry.pockets.find((p) => p.year === year)?.national;
  const held = entry.national.find((n) => n.year === year);
  return year === undefined || value === undefined || value === null ? null : { value, year, derived: held?.derived === true, method: held?.method };
}

/** An indicator's pockets grouped by their first reason, each group furthest behind the nation first. */
function groupsOf(entry: PocketEntry): { reason: string; pockets: PocketEntry['pockets'] }[] {
  const behind = (p: PocketEntry['pockets'][number]) =>
    p.national === null ? 0 : entry.direction === 'decrease' ? p.national - p.value : p.value - p.national;
  const groups = new Map<string, PocketEntry['pockets']>();
  for (const pocket of entry.pockets) {
    const reason = pocket.reasons[0] ?? 'behind_national';
    groups.set(reason, [...(groups.get(reason) ?? []), pocket]);
  }
  return [...groups].map(([reason, pockets]) => ({ reason, pockets: [...pockets].sort((a, b) => behind(a) - behind(b)) }));
}
