import type { GroupPair } from './gaps-api.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Breakdowns and group codes the site names in every language (`gaps.dimensions.SEX`, `gaps.codes.SEX.F`). */
const OWN_NAMES: Record<string, readonly string[]> = {
  SEX: ['F', 'M'], URBANISATION: ['R', 'U'], INCOME_WEALTH_QUANTILE: ['Q1', 'Q5', 'B40', 'R60'], DISABILITY_STATUS: ['PD', 'PWD'],
  AGE: ['_T'], REF_AREA: [],
};

/** The breakdown's name in the page's language (the API's name for any other). */
export function dimensionName(t: Translate, id: string, apiName: string): string {
  return id in OWN_NAMES ? t(`gaps.dimensions.${id}`) : apiName;
}

/** A group's name in the page's language where the site has one (female, rural, poorest quintile …), else the API's. */
export function groupName(t: Translate, dimension: string, group: { code: string; name: string }): string {
  return OWN_NAMES[dimension]?.includes(group.code) ? t(`gaps.codes.${dimension}.${group.code}`) : group.name;
}

/** "a vs b", with the other breakdowns both groups hold, e.g. "Female vs Male (15 years and over)". */
export function pairLabel(t: Translate, pair: Pick<GroupPair, 'a' | 'b' | 'context'>, dimension: string): string {
  const base = t('gaps.versus', { a: groupName(t, dimension, pair.a), b: groupName(t, dimension, pair.b) });
  return pair.context.length === 0 ? base : `${base} (${pair.context.map((c) => c.name).join(', ')})`;
}

/** The trend in a sentence, with what it rests on. */
export function trendSentence(t: Translate, pair: Pick<GroupPair, 'trend'>, years: number, localDigits: (n: number) => string): string {
  const cls = t(`gaps.trend.${pair.trend.class}`);
  if (pair.trend.basis === 'least_squares') return `${cls} ${t('gaps.basis.least_squares', { count: localDigits(years) })}`;
  if (pair.trend.basis === 'two_years') return `${cls} ${t('gaps.basis.two_years')}`;
  return cls;
}
