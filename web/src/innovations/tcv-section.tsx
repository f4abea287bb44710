import { lazy, Suspense, useId, useMemo } from 'react';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { TcvPair } from './innovations-api.ts';
import { StrengthBadge } from './strength-badge.tsx';
import { tcvOption } from './tcv-option.ts';

const InnovationChart = lazy(() => import('./tcv-chart.tsx').then((m) => ({ default: m.InnovationChart })));

type Figure = NonNullable<TcvPair['baseline']>;

/**
 * A case's Time, Cost and Visits before and after: grouped bars (after as a share of before) and beside them a table
 * with every figure as its source words it, the computed reduction and, beside each, the strength of its evidence.
 */
export function TcvSection({ pairs }: { pairs: TcvPair[] }) {
  const { t, formatNumber, localDigits } = useI18n();
  const id = useId();
  const measure = (p: TcvPair) => `${t(`innovations.tcv.${p.dimension}`)}${p.component ? ` (${t(`innovations.tcv.components.${p.component}`)})` : ''}`;
  const figureText = (f: Figure) => `${localDigits(f.valueText)}${f.unitText ? ` ${f.unitText}` : ''}`;
  const strength = (s: string | null) => (s ? t(`innovations.strengths.${s}`) : t('innovations.strengths.unknown'));
  const pct = (v: number) => `${formatNumber(Math.round(v * 10) / 10)} %`;
  const description = t('innovations.tcv.chartLabel');
  const option = useMemo(() => tcvOption(pairs, {
    measure, before: t('innovations.tcv.before'), after: t('innovations.tcv.after'), axis: t('innovations.tcv.axis'),
    figure: (f) => `${figureText(f)} (${strength(f.strength)})`, percent: (v) => pct(v), description,
  }), [pairs, t]);
  const reduction = (p: TcvPair) => {
    const r = p.reduction?.percent;
    if (!r) return '—';
    return r.low === r.high ? pct(r.low) : `${pct(r.low)} – ${pct(r.high)}`;
  };
  const service = pairs[0]?.service;
  return (
    <section className="section" aria-labelledby={`${id}-h`} data-testid="tcv">
      <h2 id={`${id}-h`}>{t('innovations.tcv.title')}</h2>
      <p className="muted">{t('innovations.tcv.intro')}</p>
      <div className="innov-chart-pair innov-chart-pair--stacked">
        <Suspense fallback={<div className="innov-chart" />}><InnovationChart option={option} className="innov-chart" /></Suspense>
        <ScrollRegion label={t('innovations.tcv.tableLabel')}>
          <table className="data-table innov-tcv-table">
            <caption>{service ? `${t('innovations.tcv.tableLabel')}: ${service}` : t('innovations.tcv.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('innovations.tcv.measure')}</th>
                <th scope="col">{t('innovations.tcv.before')}</th>
                <th scope="col">{t('innovations.tcv.after')}</th>
                <th scope="col">{t('innovations.tcv.reduction')}</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr key={p.measureKey} data-measure={p.measureKey}>
                  <th scope="row">{measure(p)}{p.baseline?.scope && <span className="muted"> · {p.baseline.scope}</span>}</th>
                  <td>{p.baseline ? <>{figureText(p.baseline)} <StrengthBadge strength={p.baseline.strength ?? 'unknown'} /></> : '—'}</td>
                  <td>{p.post ? <>{figureText(p.post)} <StrengthBadge strength={p.post.strength ?? 'unknown'} /></> : '—'}</td>
                  <td>
                    {reduction(p)} {p.reduction && <StrengthBadge strength={p.reduction.strength} />}
                    {p.publishedReduction && <div className="muted">{t('innovations.tcv.published', { value: localDigits(p.publishedReduction) })}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </section>
  );
}
