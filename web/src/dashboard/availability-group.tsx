import { useMemo } from 'react';
import { IndicatorChart } from '../charts/indicator-chart.tsx';
import { availabilityOption, type AvailabilityRow } from '../charts/availability-option.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/index.tsx';

/**
 * One way of grouping the indicators (by goal, tier or lead organisation): a bar chart of those with and without
 * data, and beside it the table of the same counts and the share with data.
 */
export function AvailabilityGroup({ id, heading, column, rows, narrow }: {
  id: string;
  heading: string;
  /** Heading of the group column, e.g. `Goal`. */
  column: string;
  rows: (AvailabilityRow & { key: string })[];
  narrow: boolean;
}) {
  const { t, formatNumber, lang } = useI18n();
  const percent = useMemo(() => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }), [lang]);
  const option = useMemo(() => availabilityOption(rows, {
    withData: t('availability.withData'),
    withoutData: t('availability.withoutData'),
    bar: (label, withData, total) => t('availability.bar', { label, withData: formatNumber(withData), total: formatNumber(total) }),
    description: t('availability.chartDescription', { heading }),
    axis: t('availability.axis'),
    labelWidth: narrow ? 96 : 250,
  }), [rows, lang, narrow, heading]);
  const caption = t('availability.tableCaption', { heading });
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <div className="dashboard-goals">
        <div className="dashboard-goals__chart"><IndicatorChart option={option} visible /></div>
        <ScrollRegion label={caption}>
          <table className="data-table" data-testid={`${id}-table`}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{column}</th>
                <th scope="col" className="numeric">{t('availability.withData')}</th>
                <th scope="col" className="numeric">{t('availability.total')}</th>
                <th scope="col" className="numeric">{t('availability.share')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td className="numeric">{formatNumber(r.withData)}</td>
                  <td className="numeric">{formatNumber(r.total)}</td>
                  <td className="numeric">{r.total ? percent.format(r.withData / r.total) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    </section>
  );
}
