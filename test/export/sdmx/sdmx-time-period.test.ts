import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sdmxObservation, sdmxTimePeriod } from '../../../src/export/sdmx/index.ts';
import type { ObservationRecord } from '../../../src/store/index.ts';

describe('sdmxTimePeriod', () => {
  it('writes years, quarters and months as SDMX Gregorian and reporting periods with their FREQ', () => {
    assert.deepEqual(sdmxTimePeriod({ kind: 'year', label: '2015', start: '2015-01-01', end: '2015-12-31' }), { period: '2015', freq: 'A' });
    assert.deepEqual(sdmxTimePeriod({ kind: 'quarter', label: '2024-Q1', start: '2024-01-01', end: '2024-03-31' }), { period: '2024-Q1', freq: 'Q' });
    assert.deepEqual(sdmxTimePeriod({ kind: 'month', label: '2020-05', start: '2020-05-01', end: '2020-05-31' }), { period: '2020-05', freq: 'M' });
  });

  it('writes the fiscal year 2014/15 as the reporting year 2014-A1, the year it starts in', () => {
    assert.deepEqual(sdmxTimePeriod({ kind: 'fiscal-year', label: '2014/15', start: '2014-01-01', end: '2015-12-31' }), { period: '2014-A1', freq: 'A' });
  });

  it('writes ranges as time ranges: whole years as PnY (2010–2015 is six), dated ranges as PnD counting both ends', () => {
    assert.deepEqual(sdmxTimePeriod({ kind: 'range', label: '2010-2015', start: '2010-01-01', end: '2015-12-31' }), { period: '2010-01-01/P6Y', freq: 'A' });
    // 15 May to 14 June: 17 days of May (15…31) + 14 of June = 31.
    assert.deepEqual(sdmxTimePeriod({ kind: 'date-range', label: '2020-05-15/2020-06-14', start: '2020-05-15', end: '2020-06-14' }), { period: '2020-05-15/P31D', freq: 'A' });
  });
});

/** A stored observation with defaults (SH_DYN_MORT, Bangladesh 050, 2021) and overrides. */
function record(overrides: Partial<ObservationRecord> = {}): ObservationRecord {
  return {
    series: 'SH_DYN_MORT', area: '050', timePeriod: '2021', periodKind: 'year', periodStart: '2021-01-01', periodEnd: '2021-12-31',
    dimensions: {}, value: 27.3, unit: 'PER_1000_LIVE_BIRTHS', unitMult: null, obsStatus: null, nature: null, comment: null, attributes: {},
    ...overrides,
  };
}

describe('sdmxObservation', () => {
  it('fills the 15 dimensions of the SDG DSD: _T for every breakdown not given, REF_AREA as CL_AREA writes M49 (50)', () => {
    const o = sdmxObservation(record({ dimensions: { SEX: 'F', AGE: 'Y0T4' } }));
    assert.deepEqual(o.key, {
      FREQ: 'A', REPORTING_TYPE: 'N', SERIES: 'SH_DYN_MORT', REF_AREA: '50', SEX: 'F', AGE: 'Y0T4', URBANISATION: '_T',
      INCOME_WEALTH_QUANTILE: '_T', EDUCATION_LEV: '_T', OCCUPATION: '_T', CUST_BREAKDOWN: '_T', COMPOSITE_BREAKDOWN: '_T',
      DISABILITY_STATUS: '_T', ACTIVITY: '_T', PRODUCT: '_T',
    });
    assert.deepEqual(o.attributes, { OBS_STATUS: 'A', UNIT_MULT: '0', UNIT_MEASURE: 'PER_1000_LIVE_BIRTHS' });
  });

  it('keeps a fiscal year\'s label in TIME_DETAIL, maps PERCENT to PT and NOTSPEC nature to _X, keeps district codes', () => {
    const o = sdmxObservation(record({
      area: 'BD-13', timePeriod: '2014/15', periodKind: 'fiscal-year', periodStart: '2014-01-01', periodEnd: '2015-12-31', unit: 'PERCENT',
      nature: 'NOTSPEC', obsStatus: 'E', unitMult: 3, comment: 'Survey', attributes: { SOURCE_DETAIL: 'HIES 2016' },
    }));
    assert.equal(o.key.REF_AREA, 'BD-13');
    assert.equal(o.timePeriod, '2014-A1');
    assert.deepEqual(o.attributes, {
      SOURCE_DETAIL: 'HIES 2016', OBS_STATUS: 'E', UNIT_MULT: '3', UNIT_MEASURE: 'PT', NATURE: '_X', COMMENT_OBS: 'Survey', TIME_DETAIL: '2014/15',
    });
  });

  it('writes a scaled unit as its DSD code with the scale in UNIT_MULT: NUM_TH is NUMBER × 10^3, CON_USD_M is CON_USD × 10^6', () => {
    assert.deepEqual([sdmxObservation(record({ unit: 'NUM_TH' })).attributes.UNIT_MEASURE, sdmxObservation(record({ unit: 'NUM_TH' })).attributes.UNIT_MULT], ['NUMBER', '3']);
    const usd = sdmxObservation(record({ unit: 'CON_USD_M', unitMult: 0 })).attributes;
    assert.deepEqual([usd.UNIT_MEASURE, usd.UNIT_MULT], ['CON_USD', '6']);
  });

  it('puts breakdowns outside the DSD into one CUST_BREAKDOWN code with its label in CUST_BREAKDOWN_LB', () => {
    const o = sdmxObservation(record({ dimensions: { SEX: '_T', type_of_skill: 'email', land_cover: 'tree covered' } }));
    assert.equal(o.key.CUST_BREAKDOWN, 'LAND_COVER_TREE_COVERED__TYPE_OF_SKILL_EMAIL');
    assert.equal(o.attributes.CUST_BREAKDOWN_LB, 'land_cover: tree covered; type_of_skill: email');
  });
});
