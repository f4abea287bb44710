import type { IndicatorDetail, SeriesInfo } from '../api/types.ts';

/**
 * The series an indicator page opens on: the API's `headlineSeries` (chosen on the server by
 * src/analysis/headline-series.ts: the series that best measures the indicator) when it has observations, else the
 * first series with observations, else the first series.
 * @example headlineSeries(indicator321)?.code // 'SH_DYN_MORT'
 */
export function headlineSeries(indicator: Pick<IndicatorDetail, 'series' | 'headlineSeries'>): SeriesInfo | undefined {
  return indicator.series.find((s) => s.code === indicator.headlineSeries && s.observationCount > 0)
    ?? indicator.series.find((s) => s.observationCount > 0)
    ?? indicator.series[0];
}
