import type { IndicatorDetail, SeriesInfo } from '../api/types.ts';

/** Number words that titles spell out where series names use digits, or the other way round ("under-5" / "under-five"). */
const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
};

/**
 * The series an indicator page opens on: the API's `headlineSeries` when it has observations; otherwise, among the
 * series with observations, the one whose name shares the most
 * words with the indicator's title (measured series before proxies, then the one with more observations, then
 * the API's order). For 3.2.1 "Under‑5 mortality rate" that is SH_DYN_MORT ("Under-five mortality rate, by sex"),
 * not SH_DYN_IMRT ("Infant mortality rate").
 * @example headlineSeries(indicator)?.code // 'SH_DYN_MORT'
 */
export function headlineSeries(indicator: Pick<IndicatorDetail, 'title' | 'series' | 'headlineSeries'>): SeriesInfo | undefined {
  const chosen = indicator.series.find((s) => s.code === indicator.headlineSeries && s.observationCount > 0);
  if (chosen) return chosen;
  const title = words(indicator.title);
  let best: { series: SeriesInfo; score: number[] } | undefined;
  indicator.series.forEach((series, index) => {
    if (series.observationCount === 0) return;
    const name = words(series.name);
    const shared = [...title].filter((w) => name.has(w)).length;
    const score = [shared, series.relation === 'proxy' ? 0 : 1, series.observationCount, -index];
    if (!best || compare(score, best.score) > 0) best = { series, score };
  });
  return best?.series ?? indicator.series[0];
}

/** Lower-case words of a title, hyphens and non-breaking hyphens as spaces, number words as digits. */
function words(text: string): Set<string> {
  const tokens = text.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return new Set(tokens.map((t) => NUMBER_WORDS[t] ?? t));
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
