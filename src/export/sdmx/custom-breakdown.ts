/**
 * Breakdowns outside the SDG DSD (a national `religion=Hindu`, the UN database's `type_of_skill=email`) in the DSD's
 * own place for them: one CUST_BREAKDOWN code and its CUST_BREAKDOWN_LB label. CL_CUST_BREAKDOWN is one of the lists
 * national data extends with its own codes (with CL_SERIES and CL_AREA), and the label spells the code out, so a
 * reader can tell the product's extension codes from mistakes and get the breakdown back (readCustomBreakdown).
 */

/**
 * The CUST_BREAKDOWN code and CUST_BREAKDOWN_LB label of breakdowns outside the DSD, sorted by ID: each `ID_CODE` upper
 * case with every run of other characters than `A-Z 0-9 _ @ $ -` as `_`, joined by `__`; the label `ID: code`, joined
 * by `; `.
 * @example customBreakdown({ type_of_skill: 'email' }) // { code: 'TYPE_OF_SKILL_EMAIL', label: 'type_of_skill: email' }
 */
export function customBreakdown(breakdowns: Record<string, string>): { code: string; label: string } {
  const pairs = Object.entries(breakdowns).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    code: pairs.map(([id, code]) => `${id}_${code}`.toUpperCase().replace(/[^A-Z0-9_@$-]+/g, '_')).join('__'),
    label: pairs.map(([id, code]) => `${id}: ${code}`).join('; '),
  };
}

/**
 * The breakdowns a CUST_BREAKDOWN_LB label names when they spell the given CUST_BREAKDOWN code exactly as
 * customBreakdown does, else null (a code of CL_CUST_BREAKDOWN, a label written by hand, or one that does not match).
 * @example readCustomBreakdown('TYPE_OF_SKILL_EMAIL', 'type_of_skill: email') // { type_of_skill: 'email' }
 * @example readCustomBreakdown('TYPE_OF_SKILL_EMAIL', 'Skill: e-mail') // null
 */
export function readCustomBreakdown(code: string, label: string): Record<string, string> | null {
  const breakdowns: Record<string, string> = {};
  for (const part of label.split('; ')) {
    const colon = part.indexOf(': ');
    if (colon <= 0 || part.slice(0, colon) in breakdowns) return null;
    breakdowns[part.slice(0, colon)] = part.slice(colon + 2);
  }
  return customBreakdown(breakdowns).code === code ? breakdowns : null;
}
