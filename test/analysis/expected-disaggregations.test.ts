import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { expectedDimensionIds, expectedDisaggregations } from '../../src/analysis/expected-disaggregations.ts';

/** English titles of the UN global indicator framework after the 2025 review, by indicator code. */
const TITLES = new Map((parse(readFileSync(new URL('../../datasets/framework/un-gif-2025.csv', import.meta.url)), { columns: true }) as
  { level: string; id: string; title_en: string }[]).filter((r) => r.level === 'indicator').map((r) => [r.id, r.title_en]));

function title(code: string): string {
  const t = TITLES.get(code);
  assert.ok(t, `no title for ${code}`);
  return t;
}

describe('expectedDisaggregations on the official indicator titles', () => {
  it('1.1.1 asks for sex, age, employment status (no SDMX dimension) and geographic location (URBANISATION)', () => {
    assert.deepEqual(expectedDisaggregations(title('1.1.1')), [
      { term: 'sex', dimension: 'SEX' },
      { term: 'age', dimension: 'AGE' },
      { term: 'employment status', dimension: null },
      { term: 'geographic location', dimension: 'URBANISATION' },
    ]);
  });

  it('8.5.1 maps occupation and persons with disabilities to OCCUPATION and DISABILITY_STATUS', () => {
    assert.deepEqual(expectedDimensionIds(title('8.5.1')), ['SEX', 'AGE', 'OCCUPATION', 'DISABILITY_STATUS']);
  });

  it('1.3.1 stops at "distinguishing children, …": only SEX', () => {
    assert.deepEqual(expectedDisaggregations(title('1.3.1')), [{ term: 'sex', dimension: 'SEX' }]);
  });

  it('5.2.1 reads the clause after an earlier "by a current or former intimate partner": form of violence and AGE', () => {
    assert.deepEqual(expectedDisaggregations(title('5.2.1')), [{ term: 'form of violence', dimension: null }, { term: 'age', dimension: 'AGE' }]);
  });

  it('5.4.1 "by sex, age and location" gives URBANISATION for location', () => {
    assert.deepEqual(expectedDimensionIds(title('5.4.1')), ['SEX', 'AGE', 'URBANISATION']);
  });

  it('5.a.1 reads both parts split by ";": SEX and type of tenure', () => {
    assert.deepEqual(expectedDisaggregations(title('5.a.1')).map((d) => d.term), ['sex', 'type of tenure']);
  });

  it('11.7.2 drops the trailing "in the previous 12 months"', () => {
    assert.deepEqual(expectedDisaggregations(title('11.7.2')).map((d) => d.term), ['sex', 'age', 'disability status', 'place of occurrence']);
  });

  it('finds nothing in titles whose "by" is an agent or a year: 3.1.2 (by skilled health personnel), 5.5.1, 1.5.1', () => {
    for (const code of ['3.1.2', '5.5.1', '1.5.1', '3.4.1']) assert.deepEqual(expectedDisaggregations(title(code)), [], code);
  });

  it('over the whole framework, SEX is expected by 28 listings and DISABILITY_STATUS by 8', () => {
    // Counted by hand from the titles listing "by sex": 1.1.1, 1.2.1, 1.3.1, 1.4.2, 2.3.2, 3.3.1, 4.1.1, 4.2.1, 4.2.2,
    // 4.3.1, 5.4.1, 5.a.1, 5.b.1, 8.3.1, 8.5.1, 8.5.2, 8.7.1, 8.8.1, 8.8.2, 10.2.1, 11.2.1, 11.7.1, 11.7.2, 16.1.1,
    // 16.1.2, 16.2.2, 16.7.1, 16.7.2 (28; none of them is repeated under another target); disability: 8.5.1, 8.5.2,
    // 10.2.1, 11.2.1, 11.7.1, 11.7.2, 16.7.1, 16.7.2 (8).
    const ids = [...TITLES].map(([code, t]) => [code, expectedDimensionIds(t)] as const);
    assert.equal(ids.filter(([, d]) => d.includes('DISABILITY_STATUS')).length, 8);
    assert.equal(ids.filter(([, d]) => d.includes('SEX')).length, 28);
  });
});
