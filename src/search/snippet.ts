/**
 * The piece of a matched field a result shows: about 160 characters around the first matched word, with the places
 * of the matched words so a page can mark them.
 */
import { normaliseText } from './normalise.ts';
import { searchTerm } from './tokenise.ts';

/** Characters kept before the first match, and in all. */
const BEFORE = 60;
const LENGTH = 160;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** A cut of a field's text; `highlights` are `[start, end)` UTF-16 offsets into `text`. */
export interface Snippet {
  field: string;
  text: string;
  highlights: [number, number][];
}

/**
 * The snippet of `text` (the field `field`) around the words of the index `terms` (normalised, as in
 * MiniSearch's match information). Without a match in the text, its beginning.
 * @example makeSnippet('title', 'Éliminer la pauvreté', ['pauvrete']) // { field: 'title', text: 'Éliminer la pauvreté', highlights: [[12, 20]] }
 */
export function makeSnippet(field: string, text: string, terms: string[]): Snippet {
  const wanted = new Set(terms);
  const words: [number, number][] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    const normal = searchTerm(normaliseText(s.segment));
    if (wanted.has(normal)) words.push([s.index, s.index + s.segment.length]);
  }
  if (text.length <= LENGTH) return { field, text, highlights: words };
  let start = words.length ? Math.max(0, words[0]![0] - BEFORE) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < words[0]![0]) start = space + 1;
  }
  let end = Math.min(text.length, start + LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + LENGTH / 2) end = space;
  }
  const lead = start > 0 ? '… ' : '';
  const shift = lead.length - start;
  return {
    field,
    text: `${lead}${text.slice(start, end)}${end < text.length ? ' …' : ''}`,
    highlights: words.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a + shift, b + shift]),
  };
}

