/**
 * The normal forms tags and free text are compared in when a cooperation request is matched to innovation cases:
 * words as the catalogue search reads them (src/search/tokenise.ts: Unicode word boundaries, case and diacritics
 * folded, digits in any script made ASCII), hyphens and underscores as spaces, and an English plural taken off
 * (`registries` → `registry`, `records` → `record`). Words of fewer than three letters, numbers and common English
 * function words are left out of the free-text comparison.
 */
// The tokeniser file itself, not src/search/index.ts: the index also re-exports the store-bound search, and this
// folder stays free of the database.
import { tokenise } from '../../search/tokenise.ts';

const STOPWORDS = new Set(
  ('the and for are was were has have had not but with from into onto than then that this these those their there ' +
    'they them its our your you who whom which what when where why how all any each per via can could may might ' +
    'must should would will shall been being also more most less very such only other over under out off one two ' +
    'new use used using about after before while within without between through because').split(' '),
);

/**
 * A tag in its comparison form: words normalised and singular, joined by one space.
 * @example normaliseTag('Civil-Registrations') // 'civil registration'
 * @example normaliseTag('land_records') // 'land record'
 */
export function normaliseTag(tag: string): string {
  return tokenise(tag.replace(/[-_‐–]/gu, ' ')).map(singular).join(' ');
}

/**
 * The distinct content words of `text`: normalised, singular, at least three letters, no numbers or stopwords.
 * @example contentWords('Births are not registered in the districts') // Set { 'birth', 'registered', 'district' }
 */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of tokenise(text.replace(/[-_]/gu, ' '))) {
    if (word.length < 3 || /^[0-9.]+$/u.test(word) || STOPWORDS.has(word)) continue;
    out.add(singular(word));
  }
  return out;
}

/**
 * An English word without its plural ending: `-ies` → `-y`, `-sses`/`-shes`/`-ches`/`-xes` → without `-es`, a final
 * `-s` dropped unless the word ends in `ss`, `us` or `is`; words in other scripts and words of three letters or fewer
 * stay as they are.
 * @example singular('registries') // 'registry'
 * @example singular('status') // 'status'
 */
export function singular(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/u.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/u.test(word)) return word.slice(0, -1);
  return word;
}
