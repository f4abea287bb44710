import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SeriesInfo } from '../../web/src/api/types.ts';
import { headlineSeries } from '../../web/src/indicator/headline-series.ts';

function series(code: string, observationCount = 66): SeriesInfo {
  return { code, name: code, relation: 'measures', units: [], areas: [], dimensions: [], observationCount };
}

/** The series of 3.2.1 in the Bangladesh data, in the API's (alphabetical) order. */
const under5 = [series('SH_DYN_IMRT'), series('SH_DYN_IMRTN'), series('SH_DYN_MORT'), series('SH_DYN_MORTN')];

test('headlineSeries opens on the API’s headlineSeries when that series has observations', () => {
  assert.equal(headlineSeries({ series: under5, headlineSeries: 'SH_DYN_MORT' })?.code, 'SH_DYN_MORT');
});

test('headlineSeries falls back to the first series with observations, then to the first series', () => {
  const empty = under5.map((s) => (s.code === 'SH_DYN_IMRT' || s.code === 'SH_DYN_MORT' ? { ...s, observationCount: 0 } : s));
  assert.equal(headlineSeries({ series: empty, headlineSeries: 'SH_DYN_MORT' })?.code, 'SH_DYN_IMRTN');
  assert.equal(headlineSeries({ series: under5.map((s) => ({ ...s, observationCount: 0 })), headlineSeries: null })?.code, 'SH_DYN_IMRT');
});
