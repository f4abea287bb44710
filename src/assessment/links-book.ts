/**
 * The interlinkages of the stored data: the national series of every indicator (its headline key at the country,
 * the first with a desired direction: see src/analysis/interlinkages/link-series.ts) paired with every other, and
 * the same across areas for one year. Results are kept per progress book (a new book is built whenever the data,
 * targets or settings change, see progressBookFor) and per option set, so each server answers current data.
 */
import {
  GoalMatrix, areaSeries, isLinked, linkPairs, nationalSeries, type ChosenSeries, type GoalCell, type KeyInput, type LinkPair,
  type SeriesChoice,
} from '../analysis/interlinkages/index.ts';
import { progressBookFor } from './book-for.ts';
import { compareCodes, keysInScope, type ProgressBook } from './progress-book.ts';
import type { Db } from '../store/index.ts';

/** Every classified pair, the goals matrix, the series used and what was left out. */
export interface LinksResult {
  minShared: number;
  difference: boolean;
  series: ChosenSeries[];
  withoutDirection: string[];
  pairs: LinkPair[];
  /** Pairs not classified: too few shared keys, or one side constant. */
  skipped: { tooFewPoints: number; constantSeries: number };
  matrix: GoalCell[];
}

const kept = new WeakMap<ProgressBook, Map<string, LinksResult>>();

/** The national interlinkages (cached per data version and options). */
export async function nationalLinksFor(db: Db, options: { minShared: number; difference: boolean }): Promise<LinksResult> {
  const book = await progressBookFor(db);
  return remembered(book, `n|${options.minShared}|${options.difference}`, () => linksOf(nationalChoice(book), options));
}

/** The interlinkages across `areas` (codes) in `year`, areas as observations (cached like {@link nationalLinksFor}). */
export async function areaLinksFor(db: Db, areas: readonly string[], year: number, minShared: number): Promise<LinksResult> {
  const book = await progressBookFor(db);
  return remembered(book, `a|${year}|${minShared}|${areas.join(',')}`, () => {
    const byArea = new Map(areas.map((area) => [area, keyInputs(keysInScope(book, { area }))]));
    return linksOf(sortedChoice(areaSeries(byArea, year, goalsOf(book))), { minShared, difference: false });
  });
}

/** Per area code, the years in which its headline keys hold data, with how many indicators (for choosing a year). */
export async function areaYears(db: Db, areas: readonly string[]): Promise<Map<number, Set<string>>> {
  const book = await progressBookFor(db);
  const years = new Map<number, Set<string>>();
  for (const area of areas) {
    for (const list of keysInScope(book, { area }).values()) {
      for (const key of list) for (const p of key.points) (years.get(p.year) ?? years.set(p.year, new Set()).get(p.year)!).add(area);
    }
  }
  return years;
}

/** Classifies every pair of `choice`, streaming: only the classified pairs and goal counters are kept. */
export function linksOf(choice: SeriesChoice, options: { minShared: number; difference: boolean }): LinksResult {
  const matrix = new GoalMatrix();
  const pairs: LinkPair[] = [];
  const skipped = { tooFewPoints: 0, constantSeries: 0 };
  const goals = new Map(choice.series.map((s) => [s.indicator, s.goals]));
  for (const pair of linkPairs(choice.series, { minShared: options.minShared, difference: options.difference })) {
    if (!isLinked(pair)) {
      if (pair.reason === 'too_few_points') skipped.tooFewPoints++;
      else skipped.constantSeries++;
      continue;
    }
    pairs.push(pair);
    matrix.add(pair, goals.get(pair.a)!, goals.get(pair.b)!);
  }
  return { ...options, series: choice.series, withoutDirection: choice.withoutDirection, pairs, skipped, matrix: matrix.cells() };
}

/** The national series of the book, indicators in code order. */
export function nationalChoice(book: ProgressBook): SeriesChoice {
  return sortedChoice(nationalSeries(keyInputs(keysInScope(book)), goalsOf(book)));
}

function keyInputs(keys: ReturnType<typeof keysInScope>): Map<string, KeyInput[]> {
  return new Map([...keys].map(([indicator, list]) => [indicator, list.map((k) => ({
    series: k.series, unit: k.unit, points: k.points, target: k.target ? { direction: k.target.direction } : null,
  }))]));
}

function goalsOf(book: ProgressBook): (indicator: string) => string[] {
  return (indicator) => book.framework.get(indicator)?.goals ?? [indicator.split('.')[0]!];
}

function sortedChoice(choice: SeriesChoice): SeriesChoice {
  return {
    series: [...choice.series].sort((a, b) => compareCodes(a.indicator, b.indicator)),
    withoutDirection: [...choice.withoutDirection].sort(compareCodes),
  };
}

function remembered(book: ProgressBook, key: string, compute: () => LinksResult): LinksResult {
  let map = kept.get(book);
  if (!map) kept.set(book, (map = new Map()));
  let result = map.get(key);
  if (!result) {
    if (map.size >= 16) map.delete(map.keys().next().value as string);
    map.set(key, (result = compute()));
  }
  return result;
}
