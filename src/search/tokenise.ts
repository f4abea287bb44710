/**
 * Splits text into search words for every script the tracker is published in, with `Intl.Segmenter` at word
 * granularity (Unicode UAX #29 word boundaries, and ICU's dictionary for Chinese: `消除一切形式的贫困` →
 * `消除 一切 形式 的 贫困`). Node 20 ships full ICU (20.20: ICU 78.2) and Chromium its own; both were checked to split
 * Bengali (`দারিদ্র্যের অবসান সর্বত্র` → three words, virama and vowel signs kept), Chinese (as above), Arabic with
 * tashkeel and codes in Bengali digits (`৩.২.১` one word) identically (Node 20.20 and Chromium 156).
 * Codes of goals, targets and indicators (`3.2.1`, `1.a.2`, `৩.২.১`) stay one word, which a segmenter would split
 * at the letter.
 */
import { normaliseText, scriptOf } from './normalise.ts';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
/** A code of a target or indicator: one or two digits, then one or two parts of digits or a letter. */
const CODE = /(?<![\p{L}\p{N}.])\d{1,2}(?:\.[0-9a-z]{1,2}){1,2}(?![\p{L}\p{N}]|\.[\p{L}\p{N}])/gu;
/** The Arabic definite article, alone or after the conjunctions and prepositions written onto it (و ب ك ف ل). */
const ARABIC_ARTICLE = /^(?:[وبكف]?ال|لل)(?=\p{L}{3})/u;

/**
 * The normalised words of `text` (see normaliseText), codes kept whole and the Arabic article taken off
 * (`الفقر` and `فقر` are one word to the search).
 * @example tokenise('Indicator 3.2.1: Under-5 mortality') // ['indicator', '3.2.1', 'under', '5', 'mortality']
 * @example tokenise('消除贫困') // ['消除', '贫困']
 * @example tokenise('القضاء على الفَقْر') // ['قضاء', 'على', 'فقر']
 */
export function tokenise(text: string): string[] {
  const normal = normaliseText(text);
  const words: string[] = [];
  let last = 0;
  for (const code of normal.matchAll(CODE)) {
    segmentInto(normal.slice(last, code.index), words);
    words.push(code[0]);
    last = code.index + code[0].length;
  }
  segmentInto(normal.slice(last), words);
  return words;
}

/**
 * One normalised word as the index keeps it: the Arabic article taken off, everything else as it is.
 * @example searchTerm('والتعليم') // 'تعليم'
 */
export function searchTerm(word: string): string {
  return scriptOf(word) === 'arabic' ? word.replace(ARABIC_ARTICLE, '') : word;
}

function segmentInto(text: string, words: string[]): void {
  if (!text) return;
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) words.push(searchTerm(s.segment));
  }
}
