/**
 * The one normal form every indexed and every typed word is brought to before they are compared, whatever the script:
 * Unicode NFKC (full-width and compatibility forms become plain ones), every decimal digit written as an ASCII digit
 * (Bengali `৩.২.১`, Devanagari `३`, Arabic-Indic `٣` → `3.2.1`), case folded, and then per script:
 * - Latin: diacritics folded (`pauvreté` → `pauvrete`, `Éducation` → `education`);
 * - Cyrillic: `ё` read as `е`, as Russian readers type it;
 * - Arabic: short vowels and other tashkeel (U+064B–U+065F, superscript alef U+0670) and tatweel removed, the alef
 *   forms `أ إ آ ٱ` unified to `ا`;
 * - Bengali, Devanagari and every other script: combining marks kept (they are letters there: `দারিদ্র্য` keeps its
 *   virama and vowel signs) and the text left in NFC.
 */

/** Scripts the search treats differently. `number` is a run of digits, dots and Latin letters such as `3.2.1`. */
export type SearchScript = 'latin' | 'cyrillic' | 'arabic' | 'bengali' | 'devanagari' | 'han' | 'number' | 'other';

/** Zero of each decimal digit block whose digits are turned into ASCII (Arabic-Indic, Extended, Devanagari, Bengali). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6];
const LOCAL_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/gu;
/** Text that is plain ASCII has only its case to fold. */
const ASCII = /^[\x00-\x7f]*$/;
const LATIN_MARKS = /(\p{Script=Latin})(\p{M}+)/gu;
const TASHKEEL = /[\u064b-\u065f\u0670\u0640]/gu;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/gu;

/**
 * `text` in the search's normal form (see the module comment).
 * @example normaliseText('Pauvreté') // 'pauvrete'
 * @example normaliseText('الفَقْر') // 'الفقر'
 * @example normaliseText('৩.২.১') // '3.2.1'
 * @example normaliseText('দারিদ্র্য') // 'দারিদ্র্য' (unchanged: its marks are kept)
 */
export function normaliseText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = text.normalize('NFKC').replace(LOCAL_DIGIT, asciiDigit).toLowerCase();
  if (/\p{Script=Latin}/u.test(out)) out = out.normalize('NFD').replace(LATIN_MARKS, '$1').normalize('NFC');
  if (/\p{Script=Arabic}/u.test(out)) out = out.replace(TASHKEEL, '').replace(ALEF_FORMS, '\u0627');
  if (/\u0451/u.test(out)) out = out.replaceAll('\u0451', '\u0435');
  return out;
}

/**
 * The script a normalised word is written in, from its first letter; a word of digits (and dots, and the letters of
 * a code such as `1.a.2`) is a `number`.
 * @example scriptOf('pauvrete') // 'latin'   scriptOf('贫困') // 'han'   scriptOf('3.2.1') // 'number'
 */
export function scriptOf(word: string): SearchScript {
  if (/^[0-9][0-9.a-z]*$/.test(word)) return 'number';
  const letter = word.match(/\p{L}/u)?.[0] ?? '';
  if (/\p{Script=Latin}/u.test(letter)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(letter)) return 'cyrillic';
  if (/\p{Script=Arabic}/u.test(letter)) return 'arabic';
  if (/\p{Script=Bengali}/u.test(letter)) return 'bengali';
  if (/\p{Script=Devanagari}/u.test(letter)) return 'devanagari';
  if (/\p{Script=Han}/u.test(letter)) return 'han';
  return 'other';
}

function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
  return String(code - zero);
}
