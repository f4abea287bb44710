import { useState } from 'react';
import { AppLink } from '../components/app-link.tsx';
import { ErrorMessage, Loading } from '../components/page-state.tsx';
import { useCountryName } from '../components/site-context.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/index.tsx';
import { getPockets, type AreaLevel, type Pockets } from '../maps/map-api.ts';
import '../maps/maps.css';

/**
 * "Where are the gaps" (`/areas`): for every indicator with area data, the areas left behind — behind the national
 * value in the desired direction, or off track while the nation is on track — each indicator linking to its map tab
 * with the same series and unit. Indicators with the largest share of pocket areas come first.
 */
export function AreasPage() {
  const i18n = useI18n();
  const { t, lang, formatNumber, formatShort, formatCode, localDigits } = i18n;
  const country = useCountryName();
  const [level, setLevel] = useState<AreaLevel>('district');
  const answer = useApi((signal) => getPockets(level, { lang, signal }), [level, lang]);
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
            <select value={level} onChange={(e) => setLevel(e.target.value as AreaLevel)}>
              <option value="district">{t('maps.levelNames.district')}</option>
              <option value="division">{t('maps.levelNames.division')}</option>
            </select>
          </label>
        </div>
        {answer.error && <ErrorMessage error={answer.error} retry={answer.reload} />}
        {!answer.data && !answer.error && <Loading />}
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
                  <p className="muted">
                    {t('maps.gaps.count', { n: formatNumber(entry.pockets.length), total: formatNumber(entry.areas_with_data) })}
                    {entry.direction && ` · ${t(entry.direction === 'increase' ? 'maps.higherBetter' : 'maps.lowerBetter')}`}
                  </p>
                  {entry.pockets.length > 0 && (
                    <ul className="gaps-list__areas">
                      {entry.pockets.map((p) => (
                        <li key={p.area}>
                          <strong>{p.name}</strong>{' '}
                          {t('maps.gaps.value', {
                            value: formatShort(p.value), year: localDigits(p.year),
                            national: p.national === null ? '–' : formatShort(p.national),
                          })}
                          <span className="muted"> — {p.reasons.map((r) => t(`maps.pocketReasons.${r}`)).join('; ')}</span>
                        </li>
                      ))}
                    </ul>
                  )}
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
