import type { IndicatorDetail, Observation, SeriesInfo } from '../api/types.ts';
import type { ChartLabels } from '../charts/chart-option.ts';
import type { I18nValue } from '../i18n/index.tsx';
import { orderAreas } from '../indicator/area-order.ts';
import { categoryName } from '../indicator/category-name.ts';
import { varyingDimensions } from '../indicator/lines.ts';
import { AREA, COMPARE, type Selection } from '../indicator/selection.ts';

/**
 * The words of an embedded chart and its table in the reader's language, as the indicator page words them: the
 * graph title (else the series' name), the unit, category and area names, values and periods in the page's digits.
 */
export function embedLabels(indicator: IndicatorDetail, series: SeriesInfo, selection: Selection, i18n: I18nValue): ChartLabels {
  const { t, formatShort, localDigits, unitName } = i18n;
  const dimension = (id: string) => series.dimensions.find((d) => d.id === id);
  const areaOrder = orderAreas(series.areas, i18n.lang).map((a) => a.code);
  return {
    title: indicator.graphTitle || series.name || indicator.title,
    unit: unitName(selection.unit, selection.unit ? indicator.codeNames?.UNIT_MEASURE?.[selection.unit] : null),
    colour: indicator.goal.colour,
    total: t('indicator.total'),
    codeName: (id, code) =>
      id === AREA ? (series.areas.find((a) => a.code === code)?.name ?? code) : categoryName(dimension(id), code, t('indicator.total')),
    categoryOrder: (id) => (id === AREA ? areaOrder : (dimension(id)?.codes.map((c) => c.code) ?? [])),
    formatValue: formatShort,
    formatPeriod: localDigits,
    describe: (s) => t('indicator.chartSummary', {
      kind: t(s.kind === 'bar' ? 'indicator.barChart' : 'indicator.lineChart'),
      title: s.title, unit: s.unit, from: s.from, to: s.to,
      lines: s.lines.map((l) => t('indicator.chartLine', l)).join('; ') + (s.more > 0 ? `; ${t('indicator.chartMore', { n: i18n.formatNumber(s.more) })}` : ''),
    }),
  };
}

/** The chart's subject with its unit unless the title names it: `Under-five mortality rate, deaths per 1,000 live births`. */
export function subjectOf(labels: ChartLabels): string {
  return labels.unit && !labels.title.toLowerCase().includes(labels.unit.toLowerCase()) ? `${labels.title}, ${labels.unit}` : labels.title;
}

/** What the lines are, for the table's heading: `Area`, `Sex`, `Area, Sex`, or the period heading. */
export function categoryLabel(selection: Selection, series: SeriesInfo, i18n: I18nValue): string {
  const compared = Object.entries(selection.dimensions).filter(([, code]) => code === COMPARE)
    .map(([id]) => series.dimensions.find((d) => d.id === id)?.name ?? id);
  if (selection.area === COMPARE) compared.unshift(i18n.t('indicator.area'));
  return compared.join(', ') || i18n.t('indicator.year');
}

/** The source of a series as the metadata's `data_series` names it, else every source of the indicator. */
export function sourcesOf(indicator: IndicatorDetail, series: string): string {
  const rows = indicator.metadata?.data_series;
  const row = Array.isArray(rows) ? (rows as { code?: unknown; source?: unknown }[]).find((r) => r.code === series) : undefined;
  if (typeof row?.source === 'string' && row.source.trim()) return row.source.trim();
  return indicator.sources.map((s) => s.title).join('; ');
}

/** What the selection shows in words, e.g. `Bangladesh, Female`; totals and compared dimensions go unsaid. */
export function shownOf(rows: readonly Observation[], selection: Selection, labels: ChartLabels, series: SeriesInfo, i18n: I18nValue): string {
  const area = selection.area === COMPARE ? i18n.t('indicator.allAreas')
    : selection.area ? (series.areas.find((a) => a.code === selection.area)?.name ?? selection.area) : null;
  const chosen = Object.entries(varyingDimensions(rows, selection))
    .filter(([, code]) => code !== '_T' && code !== COMPARE)
    .map(([id, code]) => labels.codeName(id, code));
  return [area, ...chosen].filter((p): p is string => Boolean(p)).join(', ');
}
