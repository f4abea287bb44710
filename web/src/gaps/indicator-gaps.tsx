import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useI18n } from '../i18n/index.tsx';
import { gapChartOption } from './gap-chart-option.ts';
import { dimensionName, groupName, pairLabel, trendSentence } from './gap-words.ts';
import { getIndicatorGaps, type IndicatorGaps, type YearGap } from './gaps-api.ts';
import './gaps.css';

/** The charting library loads with the first chart drawn. */
const GapChart = lazy(() => import('./gap-chart.tsx').then((m) => ({ default: m.GapChart })));

type SeriesGaps = IndicatorGaps['series'][number];
type DimensionGaps = SeriesGaps['dimensions'][number];

/**
 * The indicator page's "Groups" section: for a series of the indicator, each breakdown (sex, age, urbanisation,
 * wealth, disability, area) with a pair of groups: a small chart of both over time, the latest gap and parity
 * ratio, the trend in words and, beside it, the same figures as a table. Left out when the data have no pair.
 */
export function IndicatorGaps({ code }: { code: string }) {
  const { t, lang, unitName } = useI18n();
  const gaps = useApi((signal) => getIndicatorGaps(code, { lang, signal }), [code, lang]);
  const [chosen, setChosen] = useState(0);
  const id = useId();
  const series = gaps.data?.series ?? [];
  if (series.length === 0) return null;
  const shown = series[Math.min(chosen, series.length - 1)]!;
  return (
    <section className="section gaps" aria-labelledby={`${id}-heading`} data-testid="indicator-gaps">
      <h2 id={`${id}-heading`}>{t('gaps.sectionTitle')}</h2>
      <p className="muted">{t('gaps.sectionIntro')}</p>
      {series.length > 1 && (
        <p className="gaps__control">
          <label htmlFor={`${id}-series`}>{t('gaps.series')}</label>{' '}
          <select id={`${id}-series`} value={Math.min(chosen, series.length - 1)} onChange={(e) => setChosen(Number(e.target.value))}>
            {series.map((s, i) => <option key={`${s.series}-${s.unit}`} value={i}>{`${s.seriesName} (${unitName(s.unit)})`}</option>)}
          </select>
        </p>
      )}
      {shown.dimensions.map((d) => <DimensionBlock key={`${shown.series}-${shown.unit}-${d.id}`} dimension={d} />)}
    </section>
  );
}

/** One breakdown: a choice of pair where it has several, the pair's chart and summary, and its table. */
function DimensionBlock({ dimension }: { dimension: DimensionGaps }) {
  const { t, formatShort, localDigits } = useI18n();
  const [index, setIndex] = useState(0);
  const id = useId();
  const pair = dimension.pairs[Math.min(index, dimension.pairs.length - 1)]!;
  const names = { a: groupName(t, dimension.id, pair.a), b: groupName(t, dimension.id, pair.b) };
  const label = pairLabel(t, pair, dimension.id);
  const option = useMemo(() => gapChartOption(pair.years, names, {
    format: formatShort, year: (y) => localDigits(y), description: t('gaps.chartLabel', { pair: label }),
    gap: t('gaps.gap'), ratio: t('gaps.ratio'),
  }), [pair, formatShort, localDigits, t, label, names.a, names.b]);
  const latest = pair.latest;
  return (
    <div className="gaps__dimension" data-dimension={dimension.id}>
      <h3>{dimensionName(t, dimension.id, dimension.name)}</h3>
      {dimension.pairs.length > 1 && (
        <p className="gaps__control">
          <label htmlFor={`${id}-pair`}>{t('gaps.pair')}</label>{' '}
          <select id={`${id}-pair`} value={Math.min(index, dimension.pairs.length - 1)} onChange={(e) => setIndex(Number(e.target.value))}>
            {dimension.pairs.map((p, i) => <option key={i} value={i}>{pairLabel(t, p, dimension.id)}</option>)}
          </select>
        </p>
      )}
      <p className="gaps__summary">
        <strong>{label}</strong>
        {latest && <>{' '}{t('gaps.latest', {
          year: localDigits(latest.year), gap: formatShort(latest.gap),
          ratio: latest.ratio === null ? t('gaps.noRatio') : formatShort(latest.ratio),
        })}</>}
        {' '}<span className={`gaps__trend gaps__trend--${pair.trend.class}`}>{trendSentence(t, pair, pair.years.length, localDigits)}</span>
      </p>
      <div className="gaps__body">
        {pair.years.length > 1 && (
          <div className="gaps__chart">
            <Suspense fallback={null}><GapChart option={option} /></Suspense>
          </div>
        )}
        <GapTable years={pair.years} names={names} caption={label} />
      </div>
    </div>
  );
}

/** Year, both groups, gap and parity ratio, latest first. */
export function GapTable({ years, names, caption }: { years: readonly YearGap[]; names: { a: string; b: string }; caption: string }) {
  const { t, formatShort, localDigits } = useI18n();
  return (
    <ScrollRegion label={caption}>
      <table className="data-table gaps__table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gaps.year')}</th>
            <th scope="col" className="numeric">{names.a}</th>
            <th scope="col" className="numeric">{names.b}</th>
            <th scope="col" className="numeric">{t('gaps.gap')}</th>
            <th scope="col" className="numeric">{t('gaps.ratio')}</th>
          </tr>
        </thead>
        <tbody>
          {[...years].reverse().map((y) => (
            <tr key={y.year}>
              <th scope="row">{localDigits(y.year)}</th>
              <td className="numeric">{formatShort(y.a)}</td>
              <td className="numeric">{formatShort(y.b)}</td>
              <td className="numeric">{formatShort(y.gap)}</td>
              <td className="numeric">{y.ratio === null ? '–' : formatShort(y.ratio)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
