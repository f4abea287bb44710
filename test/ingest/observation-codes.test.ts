import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnRole } from '../../src/ingest/sdmx-dimensions.ts';
import {
  OBSERVATION_ATTRIBUTES, checkObservationCodes, periodKindProblem, singleUnit,
} from '../../src/ingest/observation-codes/index.ts';
import { parseTimePeriod } from '../../src/ingest/time-period.ts';
import { observation, year } from '../support/builders.ts';
import { codesOf } from './upload-fixtures.ts';

/** Bangladesh's 4.2.2 as published: participation in organised learning by sex, percent, years, NATURE C and E. */
const PUBLISHED = [
  observation({ series: 'SE_PRE_PARTN', unit: 'PERCENT', period: year('2021'), dimensions: { SEX: '_T' }, value: 90.8, attributes: { NATURE: 'C' } }),
  observation({ series: 'SE_PRE_PARTN', unit: 'PERCENT', period: year('2021'), dimensions: { SEX: 'F' }, value: 93.7, attributes: { NATURE: 'C' } }),
  observation({ series: 'SE_PRE_PARTN', unit: 'PERCENT', period: year('2009'), dimensions: { SEX: 'M' }, value: 30.6, attributes: { NATURE: 'E', OBS_STATUS: 'notspec' } }),
];
const BOOK = codesOf('4.2.2', PUBLISHED);
const entry = (overrides: Parameters<typeof observation>[0]) => observation({ series: 'SE_PRE_PARTN', unit: 'PERCENT', dimensions: { SEX: 'F' }, ...overrides });

describe('checkObservationCodes and periodKindProblem', () => {
  it('checkObservationCodes finds nothing wrong with a value like the published ones', () => {
    assert.deepEqual(checkObservationCodes(BOOK, entry({ period: year('2022'), attributes: { NATURE: 'E', COMMENT_OBS: 'MICS 2022' } })), []);
  });

  it('checkObservationCodes names an invented dimension, an unknown unit, OBS_STATUS ZZ and an attribute EVIL, each with what is allowed', () => {
    const problems = checkObservationCodes(BOOK, entry({ dimensions: { SEX: '_T', FOO: 'BAR' }, unit: 'BANANA', attributes: { OBS_STATUS: 'ZZ', EVIL: 'x' } }));
    assert.deepEqual(problems.map((p) => [p.part, p.id, p.value]), [
      ['dimension', 'FOO', 'BAR'], ['unit', 'UNIT_MEASURE', 'BANANA'], ['attribute', 'OBS_STATUS', 'ZZ'], ['attribute', 'EVIL', 'x'],
    ]);
    assert.match(problems[0]!.reason, /^unknown dimension: indicator 4\.2\.2 has no breakdown "FOO" \(value "BAR"; breakdowns: SEX, or one of the SDMX dimensions ACTIVITY, AGE, /);
    assert.equal(problems[1]!.reason, 'unknown unit: "BANANA" is not a unit of series SE_PRE_PARTN (units: PERCENT)');
    assert.equal(problems[2]!.reason, 'unknown code: "ZZ" is not a code of OBS_STATUS (CL_OBS_STATUS: A, B, D, E, F, G, H, I, J, K, L, M, … 8 more)');
    assert.match(problems[3]!.reason, /^unknown attribute: "EVIL" is not an observation attribute \(attributes: OBS_STATUS, NATURE, COMMENT_OBS, SOURCE_DETAIL, UNIT_MULT, TIME_DETAIL, /);
  });

  it('checkObservationCodes refuses NATURE Q, a UNIT_MULT text and a unit multiplier of 20, an unknown SEX code and a blank unit', () => {
    const reasons = (o: Parameters<typeof entry>[0]) => checkObservationCodes(BOOK, entry(o)).map((p) => p.reason);
    assert.deepEqual(reasons({ attributes: { NATURE: 'Q' } }), ['unknown code: "Q" is not a code of NATURE (CL_NATURE: C, CA, E, G, M, N, _X)']);
    assert.deepEqual(reasons({ attributes: { UNIT_MULT: 'abc' } }), [
      'not a unit multiplier: "abc" (UNIT_MULT is an integer power of ten from -15 to 15: 0 = units, 3 = thousands, 6 = millions)',
    ]);
    assert.match(reasons({ unitMult: 20 })[0]!, /^not a unit multiplier: "20" /);
    assert.deepEqual(reasons({ dimensions: { SEX: 'Q' } }), ['unknown code: "Q" is not a code of SEX (codes: F, M, _T, _N, _O, _U, _X)']);
    assert.deepEqual(reasons({ unit: '' }), ['blank unit: name the unit of series SE_PRE_PARTN (units: PERCENT)']);
  });

  it('checkObservationCodes takes a code the published data already has, an SDMX dimension with its code list, and leaves other series alone', () => {
    assert.deepEqual(checkObservationCodes(BOOK, entry({ attributes: { OBS_STATUS: 'notspec' } })), []);
    assert.deepEqual(checkObservationCodes(BOOK, entry({ dimensions: { SEX: 'F', URBANISATION: 'R' } })), []);
    assert.deepEqual(checkObservationCodes(BOOK, entry({ series: 'SH_DYN_MORT', unit: 'KG' })), []);
  });

  it('periodKindProblem warns of a fiscal year, a quarter, a month and a range in a series of years, not of another year', () => {
    const kinds = ['2014/15', '2024-Q1', '2024-05', '2010-2015', '2022'].map((text) => periodKindProblem(BOOK, 'SE_PRE_PARTN', parseTimePeriod(text, 'sdmx')));
    assert.deepEqual(kinds, [
      'period kind: 2014/15 is a fiscal year, but series SE_PRE_PARTN has years only; explain the new kind of period in a comment',
      'period kind: 2024-Q1 is a quarter, but series SE_PRE_PARTN has years only; explain the new kind of period in a comment',
      'period kind: 2024-05 is a month, but series SE_PRE_PARTN has years only; explain the new kind of period in a comment',
      'period kind: 2010-2015 is a range of years, but series SE_PRE_PARTN has years only; explain the new kind of period in a comment',
      null,
    ]);
  });

  it('singleUnit gives the unit of a series with exactly one', () => {
    assert.deepEqual([singleUnit(BOOK, 'SE_PRE_PARTN'), singleUnit(BOOK, 'NOPE')], ['PERCENT', null]);
  });

  it('OBSERVATION_ATTRIBUTES are the attributes columnRole maps, without UNIT_MEASURE', () => {
    for (const id of OBSERVATION_ATTRIBUTES) assert.deepEqual(columnRole(id), { kind: 'attribute', id });
    assert.ok(!(OBSERVATION_ATTRIBUTES as readonly string[]).includes('UNIT_MEASURE'));
  });
});
