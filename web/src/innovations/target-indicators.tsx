import { lazy, Suspense, useId, useMemo } from 'react';
import { getAllObservations, getGoal, getIndicator } from '../api/client.ts';
import type { Observation } from '../api/types.ts';
import { AppLink } from '../components/app-link.tsx';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useApi } from '../hooks/use-api.ts';
import { useI18n } from '../i18n/index.tsx';
import { headlineSeries } from '../indicator/headline-series.ts';
import type { InnovationCase } from './innovations-api.ts';
import { decimalYear, stageMarksOption, type StageMark, type YearValue } from './stage-marks-option.ts';

const InnovationChart = lazy(() => import('./tcv-chart.tsx').then((m) => ({ default: m.InnovationChart })));

/** Indicators drawn on a case page at most. */
const MAX_INDICATORS = 6;

/** The indicators of the case's targets that have data, with their codes and titles. */
async function indicatorsOf(targets: string[], lang: string, signal: AbortSignal) {
  const goals = [...new Set(targets.map((t) => t.split('.')[0]!))];
  const details = await Promise.all(goals.map((g) => getGoal(g, { lang, signal }).catch(() => null)));
  const found = details.flatMap((g) => g?.targets.filter((t) => targets.includes(t.code)).flatMap((t) => t.indicators) ?? []);
  return found.filter((i) => i.latest).slice(0, MAX_INDICATORS);
}

/**
 * "The indicators of its targets": each indicator of the case's SDG targets that has data, its headline series drawn
 * with the case's stage dates as vertical lines (what the data did before and after), and the values as a table.
 */
export function TargetIndicators({ item }: { item: InnovationCase }) {
  const { t, lang } = useI18n();
  const id = useId();
  const list = useApi((signal) => (item.targets.length ? indicatorsOf(item.targets, lang, signal) : Promise.resolve([])), [item.targets.join(), lang]);
  const marks: StageMark[] = useMemo(() => {
    const steps = item.stageHistory.flatMap((s) => {
      const at = decimalYear(s.date);
      return at === null ? [] : [{ at, label: t(`innovations.stages.${s.stage}`), date: s.date! }];
    });
    const start = decimalYear(item.startDate);
    return steps.length || start === null ? steps : [{ at: start, label: t('innovations.started'), date: item.startDate! }];
  }, [item, t]);
  if (!item.targets.length) return null;
  return (
    <section className="section" aria-labelledby={`${id}-h`} data-testid="target-indicators">
      <h2 id={`${id}-h`}>{t('innovations.indicatorsTitle')}</h2>
      <p className="muted">{t('innovations.indicatorsIntro')}</p>
      {list.data?.length === 0 && <p>{t('innovations.noIndicatorData')}</p>}
      {list.data?.map((i) => <IndicatorMarks key={i.code} code={i.code} title={i.title} marks={marks} />)}
    </section>
  );
}

/** The national totals of one series (every breakdown `_T` or none) in its most frequent area and first unit, by year. */
function totals(observations: Observation[]): Observation[] {
  const total = observations.filter((o) => Object.values(o.dimensions).every((v) => v === '_T'));
  const counts = new Map<string, number>();
  for (const o of total) counts.set(o.area, (counts.get(o.area) ?? 0) + 1);
  const area = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const unit = total.find((o) => o.area === area)?.unit;
  return total.filter((o) => o.area === area && o.unit === unit).sort((a, b) => (a.periodStart ?? a.timePeriod).localeCompare(b.periodStart ?? b.timePeriod));
}

function IndicatorMarks({ code, title, marks }: { code: string; title: string; marks: StageMark[] }) {
  const { t, lang, formatShort, formatCode, localDigits, unitName } = useI18n();
  const data = useApi(async (signal) => {
    const indicator = await getIndicator(code, { lang, signal });
    const series = headlineSeries(indicator);
    if (!series) return null;
    return { series, rows: totals(await getAllObservations(code, { series: series.code }, { lang, signal })) };
  }, [code, lang]);
  const points: YearValue[] = (data.data?.rows ?? []).map((o) => ({ year: decimalYear(o.periodStart ?? o.timePeriod)!, label: o.timePeriod, value: o.value }));
  const description = t('innovations.indicatorChartLabel', { code: formatCode(code), title });
  const option = useMemo(() => stageMarksOption(points, marks, {
    description, name: data.data?.series.name ?? code, format: formatShort, year: (v) => localDigits(v),
  }), [data.data, marks, description, formatShort, localDigits]);
  if (!data.data || points.length === 0) return null;
  const unit = unitName(data.data.rows[0]?.unit);
  return (
    <div className="innov-indicator" data-indicator={code}>
      <h3><AppLink to={`/indicators/${code}`}>{formatCode(code)}</AppLink> {title}</h3>
      <p className="muted">{data.data.series.name} ({unit})</p>
      <div className="innov-chart-pair">
        <Suspense fallback={<div className="innov-chart innov-chart--small" />}><InnovationChart option={option} className="innov-chart innov-chart--small" /></Suspense>
        <ScrollRegion label={description}>
          <table className="data-table">
            <caption className="visually-hidden">{description}</caption>
            <thead><tr><th scope="col">{t('innovations.year')}</th><th scope="col" className="numeric">{unit}</th></tr></thead>
            <tbody>
              {data.data.rows.map((o) => <tr key={o.timePeriod}><td>{localDigits(o.timePeriod)}</td><td className="numeric">{formatShort(o.value)}</td></tr>)}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
      {marks.length > 0 && (
        <p className="innov-marks">{t('innovations.marked')} {marks.map((m) => `${m.label} ${localDigits(m.date)}`).join(' · ')}</p>
      )}
    </div>
  );
}
