/**
 * A global target rule as readers see it: the rule list's markdown emphasis markers left out, and a note in
 * brackets begun in lower case, as it continues the sentence.
 * @example ruleText('3% (*See exceptions*)') // '3% (see exceptions)'
 * ruleText('(a) Increase (*Country-dependent target*); (b) Decrease') // '(a) Increase (country-dependent target); (b) Decrease'
 * ruleText('≤ 25 per 1,000') // '≤ 25 per 1,000'
 */
export function ruleText(rule: string): string {
  return rule
    .replace(/\(\s*(\*{1,2}|_{1,2})([^*_()]+?)\1\s*\)/g, (_, _marker: string, note: string) => `(${note.charAt(0).toLowerCase()}${note.slice(1)})`)
    .replace(/(\*{1,2}|(?<![\p{L}\p{N}])_{1,2})([^*_]+?)\1/gu, '$2');
}
