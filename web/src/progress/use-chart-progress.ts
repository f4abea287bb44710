import type { EChartsOption } from 'echarts';
import { useCallback, useMemo, useState } from 'react';
import { withProgress } from '../charts/progress-option.ts';
import { useApi } from '../hooks/use-api.ts';
import type { I18nValue } from '../i18n/index.tsx';
import { periodsOf, type Line } from '../indicator/lines.ts';
import { keyOverlay, overlayLines, overlaySummary, type ProjectionChoice } from './key-overlay.ts';
import { getIndicatorProgress, getProgressMethods } from './progress-api.ts';
import type { IndicatorProgress, ProgressKey, ProgressMethods } from './progress-types.ts';
import { isShownKey, scopeDimension, shownKey, type ShownKey } from './shown-key.ts';

/** The progress of what an indicator's chart shows, and what the chart, its table and the progress panel draw from it. */
export interface ChartProgress {
  /** The key the chart shows (null when it compares lines). */
  shown: ShownKey | null;
  /** Its assessment, when the progress routes hold it. */
  key: ProgressKey | null;
  /** The indicator's progress over the totals of its series in the shown area (the country by default). */
  indicator: IndicatorProgress | null;
  methods: ProgressMethods | null;
  loading: boolean;
  error: Error | undefined;
  projections: ProjectionChoice;
  setProjections(choice: ProjectionChoice): void;
  /** The chart option with the target, milestones, baseline and chosen projections drawn (unchanged without a key). */
  decorate(option: EChartsOption, periods: readonly string[]): EChartsOption;
  /** The table's lines and names with the overlay's columns added. */
  table(lines: Line[], names: string[]): { lines: Line[]; names: string[] };
}

/**
 * Reads the progress of the one line an indicator chart draws: the indicator in the line's area (country-wide keys),
 * then, when the line is one disaggregation of a series (e.g. `SEX=F`), the scope of that code. Re-reads when the
 * shown key or the language changes.
 */
export function useChartProgress(code: string, lines: Line[], i18n: I18nValue): ChartProgress {
  const { lang } = i18n;
  const shown = useMemo(() => shownKey(lines), [lines]);
  // the shown key's area; while lines are compared, their one area if they share it, else the country (the default)
  const area = shown?.area ?? sharedArea(lines);
  const [projections, setProjections] = useState<ProjectionChoice>({ cagr: true, linear: true });
  const methods = useApi((signal) => getProgressMethods({ lang, signal }), [lang]);
  const wide = useApi((signal) => (lines.length > 0 ? getIndicatorProgress(code, { area }, { lang, signal }) : Promise.resolve(null)),
    [code, area, lang, lines.length > 0]);
  const wideData = wide.data && wide.data.indicator === code && (area === null || wide.data.scope.area === area) ? wide.data : null;
  const direct = shown && wideData ? (wideData.series.find((k) => isShownKey(k, shown)) ?? null) : null;
  const dimension = shown && wideData && !direct ? scopeDimension(shown, wideData.series) : null;
  const narrow = useApi(
    (signal) => (area && dimension ? getIndicatorProgress(code, { area, dimension }, { lang, signal }) : Promise.resolve(null)),
    [code, area, dimension, lang],
  );
  const narrowData = narrow.data && dimension && narrow.data.scope.dimension
    && `${narrow.data.scope.dimension.id}:${narrow.data.scope.dimension.code}` === dimension && narrow.data.indicator === code ? narrow.data : null;
  const key = direct ?? (shown && narrowData ? (narrowData.series.find((k) => isShownKey(k, shown)) ?? null) : null);
  // the indicator as a whole: its result over the totals of its series in the area, whatever breakdown is shown
  const indicator = wideData;

  const overlay = useMemo(() => (key ? keyOverlay(key, projections, i18n) : null), [key, projections, i18n]);
  const decorate = useCallback((option: EChartsOption, periods: readonly string[]) => {
    if (!key || !overlay) return option;
    return withProgress(option, periods, overlay, {
      milestone: i18n.t('progress.indicator.milestone'), baseline: i18n.t('progress.indicator.baseline'),
      formatValue: i18n.formatShort, formatPeriod: i18n.localDigits, summary: overlaySummary(key, i18n),
    });
  }, [key, overlay, i18n]);
  const table = useCallback((tableLines: Line[], names: string[]) => {
    // a one-period chart draws no overlay (see withProgress), and its table keeps to the observations too
    if (!key || !overlay || periodsOf(tableLines).length < 2) return { lines: tableLines, names };
    const extra = overlayLines(overlay, key, i18n, i18n.t('progress.indicator.milestone'), i18n.t('progress.indicator.baseline'));
    return { lines: [...tableLines, ...extra.lines], names: [...names, ...extra.names] };
  }, [key, overlay, i18n]);

  return {
    shown, key, indicator, methods: methods.data ?? null,
    loading: methods.loading || wide.loading || narrow.loading, error: wide.error ?? narrow.error ?? methods.error,
    projections, setProjections, decorate, table,
  };
}

/** The area of every point of `lines` when they share one, else null. */
function sharedArea(lines: readonly Line[]): string | null {
  const areas = new Set(lines.flatMap((l) => l.points.map((p) => p.area)));
  return areas.size === 1 ? [...areas][0]! : null;
}
