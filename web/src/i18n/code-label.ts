import type { CodeConcept } from '../api/types.ts';

/** Where the site's own translations of a concept's codes live in the strings files: `units.PERCENT`, `nature.E`. */
export const CODE_LABEL_GROUPS: Record<CodeConcept, string> = {
  UNIT_MEASURE: 'units',
  NATURE: 'nature',
  OBS_STATUS: 'obsStatus',
  UNIT_MULT: 'multiplier',
};

/** Codes that can be strings-file keys: letters, digits and underscores (a unit written out in words cannot). */
const KEY_LIKE = /^[A-Za-z0-9_]+$/;

/**
 * The words for an SDMX code: the site's translation in the reader's language (or its English one), else the name
 * the API gives from the code list (`apiName`), else the code itself.
 * @param translate looks a strings-file key up, answering undefined when no language has it
 * @example codeLabel(lookup, 'UNIT_MEASURE', 'PER_1000_LIVE_BIRTHS') // 'per 1,000 live births' (site string)
 * codeLabel(lookup, 'UNIT_MEASURE', 'TEU', 'Twenty-foot equivalent units') // 'Twenty-foot equivalent units' (API name)
 * codeLabel(lookup, 'UNIT_MEASURE', 'Rate per 1,000 live births') // 'Rate per 1,000 live births' (already words)
 */
export function codeLabel(
  translate: (key: string) => string | undefined,
  concept: CodeConcept,
  code: string | null | undefined,
  apiName?: string | null,
): string {
  if (!code) return '';
  const own = KEY_LIKE.test(code) ? translate(`${CODE_LABEL_GROUPS[concept]}.${code}`) : undefined;
  return own ?? (apiName?.trim() || code);
}
