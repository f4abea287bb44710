/**
 * Which series is an indicator's headline when it has several (3.2.1 has under-five and infant mortality, rates and
 * counts): the series that measures the indicator rather than a proxy; then the one whose name covers most of the
 * indicator title's words ("Under-5 mortality rate" → "Under-five mortality rate, by sex" before "Infant mortality
 * rate"); then a rate before a count (unit `NUMBER`); then the one with a total (fewest non-total dimensions); then
 * the latest period; then the lowest series code. Pure: no database.
 */
export interface HeadlineCandidate {
  series: string;
  seriesName: string;
  relation: string;
  nonTotal: number;
  periodEnd: string;
  unit: string;
}

/**
 * Picks the headline among candidates (null when there are none).
 * @example pickHeadline('Under-5 mortality rate', [imrt, mort]).series // 'SH_DYN_MORT'
 */
export function pickHeadline<T extends HeadlineCandidate>(indicatorTitle: string, candidates: T[]): T | null {
  const titleWords = words(indicatorTitle);
  const scored = candidates.map((c) => ({ c, coverage: coverage(titleWords, words(c.seriesName)) }));
  scored.sort((a, b) =>
    rank(a.c.relation === 'measures', b.c.relation === 'measures')
    || b.coverage - a.coverage
    || rank(a.c.unit !== 'NUMBER', b.c.unit !== 'NUMBER')
    || a.c.nonTotal - b.c.nonTotal
    || (a.c.periodEnd === b.c.periodEnd ? 0 : a.c.periodEnd > b.c.periodEnd ? -1 : 1)
    || (a.c.series < b.c.series ? -1 : a.c.series > b.c.series ? 1 : 0));
  return scored[0]?.c ?? null;
}

const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', ten: '10' };
const STOP_WORDS = new Set(['a', 'an', 'and', 'by', 'for', 'in', 'of', 'on', 'or', 'per', 'the', 'to', 'with']);

/** Lower-case content words of a title, with number words as digits: "Under-five rate" → {under, 5, rate}. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().normalize('NFKD').split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !STOP_WORDS.has(w)).map((w) => NUMBER_WORDS[w] ?? w));
}

/** Share of the title's words found in the series name, 0–1. */
function coverage(title: Set<string>, name: Set<string>): number {
  if (title.size === 0) return 0;
  let found = 0;
  for (const w of title) if (name.has(w)) found++;
  return found / title.size;
}

function rank(a: boolean, b: boolean): number {
  return a === b ? 0 : a ? -1 : 1;
}
