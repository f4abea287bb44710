import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SeriesInfo } from '../../web/src/api/types.ts';
import { headlineSeries } from '../../web/src/indicator/headline-series.ts';

function series(code: string, name: string, observationCount = 66, relation: SeriesInfo['relation'] = 'measures'): SeriesInfo {
  return { code, name, relation, units: [], areas: [], dimensions: [], observationCount };
}

/** The series of 3.2.1 in the Bangladesh data, in the API's (alphabetical) order. */
const under5 = [
  series('SH_DYN_IMRT', 'Infant mortality rate (deaths per 1,000 live births)'),
  series('SH_DYN_IMRTN', 'Infant deaths (number)'),
  series('SH_DYN_MORT', 'Under-five mortality rate, by sex (deaths per 1,000 live births)'),
  series('SH_DYN_MORTN', 'Under-five deaths (number)'),
];

test('headlineSeries opens 3.2.1 "Under‑5 mortality rate" on the under-five rate, not the first (infant) series', () => {
  assert.equal(headlineSeries({ title: 'Under‑5 mortality rate', series: under5 })?.code, 'SH_DYN_MORT');
});

test('headlineSeries follows the API’s headlineSeries when that series has observations', () => {
  assert.equal(headlineSeries({ title: 'Taux de mortalité des moins de 5 ans', series: under5, headlineSeries: 'SH_DYN_MORT' })?.code, 'SH_DYN_MORT');
  const empty = under5.map((s) => (s.code === 'SH_DYN_MORT' ? { ...s, observationCount: 0 } : s));
  assert.notEqual(headlineSeries({ title: 'Under‑5 mortality rate', series: empty, headlineSeries: 'SH_DYN_MORT' })?.code, 'SH_DYN_MORT');
});

test('headlineSeries prefers a series that measures the indicator over a proxy with the same words', () => {
  const both = [series('PROXY', 'Primary completion rate', 12, 'proxy'), series('MEASURE', 'Primary completion rate', 12)];
  assert.equal(headlineSeries({ title: 'Completion rate (primary)', series: both })?.code, 'MEASURE');
});
