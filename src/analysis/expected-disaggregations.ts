/**
 * The disaggregations an indicator's official title asks for ("…, by sex, age and persons with disabilities"), as
 * the SDMX dimension IDs of the SDG Data Structure Definition 1.14 where one exists. Pure: reads the English title
 * of the UN global indicator framework (A/RES/71/313 annex), whose "by …" clauses name the breakdowns the
 * IAEG-SDGs expect (see also the fundamental principle of "data disaggregation by income, sex, age, race, ethnicity,
 * migratory status, disability and geographic location", target 17.18).
 *
 * Rules, in order:
 * 1. Parenthesised text is dropped ("geographic location (urban/rural)" → "geographic location").
 * 2. A clause starts at "by" and runs to the next ";" or the end. It counts when "by" follows a comma or "and", or
 *    when its first item is a known breakdown ("by sex and age"); "by 2030", "by skilled health personnel" do not.
 * 3. A clause splits on commas, "and" and a repeated "by". An item that starts a qualifier ("distinguishing …",
 *    "in the previous 12 months", "during …") ends the clause.
 * 4. Each item maps to a dimension by the table {@link TERMS}; items with no SDMX breakdown dimension in the DSD
 *    ("employment status", "migrant status", "type of tenure") are kept with `dimension: null`.
 */

/** One breakdown the title asks for: its words, and the SDMX dimension ID that holds it (null when none does). */
export interface ExpectedDisaggregation {
  term: string;
  dimension: string | null;
}

/** Title words → SDG DSD 1.14 dimension ID. Matched whole, after lower-casing and trimming. */
const TERMS: Readonly<Record<string, string>> = {
  sex: 'SEX',
  age: 'AGE',
  'age group': 'AGE',
  location: 'URBANISATION',
  'geographic location': 'URBANISATION',
  'urban/rural': 'URBANISATION',
  'rural/urban': 'URBANISATION',
  income: 'INCOME_WEALTH_QUANTILE',
  wealth: 'INCOME_WEALTH_QUANTILE',
  'wealth quintile': 'INCOME_WEALTH_QUANTILE',
  'income quintile': 'INCOME_WEALTH_QUANTILE',
  disability: 'DISABILITY_STATUS',
  'disability status': 'DISABILITY_STATUS',
  'persons with disabilities': 'DISABILITY_STATUS',
  'education level': 'EDUCATION_LEV',
  'level of education': 'EDUCATION_LEV',
  occupation: 'OCCUPATION',
  'economic activity': 'ACTIVITY',
};

/** Words that begin a qualifier, not a breakdown: the clause ends there. */
const STOP = /^(distinguishing|including|in |during|as |per |compared|which|that|who|where|when)/;

/**
 * The breakdowns a title asks for, in title order, each once.
 * @example expectedDisaggregations('Proportion of the population living below the international poverty line by sex, age, employment status and geographic location (urban/rural)')
 * // [{ term: 'sex', dimension: 'SEX' }, { term: 'age', dimension: 'AGE' }, { term: 'employment status', dimension: null },
 * //  { term: 'geographic location', dimension: 'URBANISATION' }]
 */
export function expectedDisaggregations(title: string): ExpectedDisaggregation[] {
  const text = title.toLowerCase().replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ');
  const out: ExpectedDisaggregation[] = [];
  const seen = new Set<string>();
  for (const part of text.split(';')) {
    const re = /(^|,\s*|\band\s+|\s)by\s+(?=([^;]*))/g;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const afterComma = /[,]\s*$|and\s+$/.test(m[1] ?? '');
      const items = splitItems(m[2] ?? '');
      if (items.length === 0 || /^\d/.test(items[0]!)) continue;
      if (!afterComma && !(items[0]! in TERMS)) continue;
      for (const term of items) {
        if (seen.has(term)) continue;
        seen.add(term);
        out.push({ term, dimension: TERMS[term] ?? null });
      }
      break; // the clause ran to the end of this part
    }
  }
  return out;
}

/**
 * The SDMX dimension IDs a title asks for, each once.
 * @example expectedDimensionIds('Unemployment rate, by sex, age and persons with disabilities') // ['SEX', 'AGE', 'DISABILITY_STATUS']
 */
export function expectedDimensionIds(title: string): string[] {
  return [...new Set(expectedDisaggregations(title).flatMap((d) => (d.dimension ? [d.dimension] : [])))];
}

/** "sex, age and by type" → ["sex", "age", "type"], up to the first qualifier. */
function splitItems(clause: string): string[] {
  const items: string[] = [];
  for (const raw of clause.split(/,|\band\b/)) {
    const item = raw.trim().replace(/^by\s+/, '').replace(/^(the|a|an)\s+/, '').replace(/[."]+$/, '').trim();
    if (!item) continue;
    if (STOP.test(item)) break;
    items.push(item);
  }
  return items;
}
