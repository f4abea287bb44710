import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseUpload, type UploadContext } from '../../src/ingest/upload/index.ts';
import { observation, year } from '../support/builders.ts';
import { BGD_CONTEXT, bytesSource, codesOf, fixtureText } from './upload-fixtures.ts';
import { U5MR, U5_DEATHS } from '../api/uploads-support.ts';

const TEMPLATE = fixtureText('bgd-3-2-1-template.csv');
const HEADER = TEMPLATE.split('\n')[0]!.trim();

/** Bangladesh's 3.2.1 with its code book: both series by age and sex in years, NATURE E. */
const PUBLISHED: UploadContext = {
  ...BGD_CONTEXT,
  codes: codesOf('3.2.1', [
    ...U5MR.map(([y, sex, value]) => observation({ period: year(y), dimensions: { AGE: 'Y0T4', SEX: sex }, value, attributes: { NATURE: 'E' } })),
    ...U5_DEATHS.map(([y, sex, value]) => observation({ series: 'SH_DYN_MORTN', unit: 'NUMBER', period: year(y), dimensions: { AGE: 'Y0T4', SEX: sex }, value })),
  ]),
};

async function issues(text: string, context: UploadContext = PUBLISHED): Promise<[string, number, string, string][]> {
  const parsed = await parseUpload(bytesSource(text, 'u5mr.csv'), context);
  return parsed.issues.map((i) => [i.severity, i.row, i.column, i.reason]);
}

describe('parseUpload checks codes, units, attributes and kinds of period against the indicator (checkObservationCodes)', () => {
  it('refuses OBS_STATUS ZZ, NATURE Q, UNIT_MULT abc and UNIT_MEASURE KG, each on its row and column', async () => {
    const text = `${HEADER}\n`
      + '2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,26.1,ZZ,E,,\n'
      + '2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,F,Y0T4,24.9,,Q,,\n'
      + '2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,abc,050,M,Y0T4,27.2,,E,,\n'
      + '2023,SH_DYN_MORT,KG,,050,_T,Y0T4,25.0,,E,,\n';
    assert.deepEqual(await issues(text), [
      ['error', 2, 'OBS_STATUS', 'unknown code: "ZZ" is not a code of OBS_STATUS (CL_OBS_STATUS: A, B, D, E, F, G, H, I, J, K, L, M, … 8 more)'],
      ['error', 3, 'NATURE', 'unknown code: "Q" is not a code of NATURE (CL_NATURE: C, CA, E, G, M, N, _X)'],
      ['error', 4, 'UNIT_MULT', 'not a unit multiplier: "abc" (UNIT_MULT is an integer power of ten from -15 to 15: 0 = units, 3 = thousands, 6 = millions)'],
      ['error', 5, 'UNIT_MEASURE', 'unknown unit: "KG" is not a unit of series SH_DYN_MORT (units: PER_1000_LIVE_BIRTHS)'],
    ]);
  });

  it('without a code book (a context of breakdowns only) still refuses the codes and the UNIT_MULT text', async () => {
    const text = `${HEADER}\n2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,abc,050,_T,Y0T4,26.1,ZZ,Q,,\n`;
    assert.deepEqual((await issues(text, BGD_CONTEXT)).map(([, row, column]) => [row, column]), [[2, 'UNIT_MULT'], [2, 'OBS_STATUS'], [2, 'NATURE']]);
  });

  it('an Open SDG file without a Units column gives its rows the series\' one unit, so they match the published ones', async () => {
    const parsed = await parseUpload(bytesSource('Year,Age,Sex,Value\n2021,Under 5,,27.3\n2021,Under 5,Female,25.2\n', 'u5.csv'), {
      ...PUBLISHED, series: new Map([...PUBLISHED.series].filter(([code]) => code === 'SH_DYN_MORT')),
      codes: codesOf('3.2.1', U5MR.map(([y, sex, value]) => observation({ period: year(y), dimensions: { AGE: 'Y0T4', SEX: sex }, value }))),
    });
    assert.deepEqual(parsed.issues, []);
    assert.deepEqual(parsed.observations.map((o) => o.observation.unit), ['PER_1000_LIVE_BIRTHS', 'PER_1000_LIVE_BIRTHS']);
  });

  it('a blank unit for a series of several units is refused rather than stored beside them', async () => {
    const codes = codesOf('3.2.1', [observation({ unit: 'PER_1000_LIVE_BIRTHS' }), observation({ unit: 'PER_100_LIVE_BIRTHS' })]);
    assert.deepEqual(await issues(`${HEADER}\n2022,SH_DYN_MORT,,,050,_T,Y0T4,26.1,,,,\n`, { ...PUBLISHED, codes }), [
      ['error', 2, 'UNIT_MEASURE', 'blank unit: name the unit of series SH_DYN_MORT (units: PER_1000_LIVE_BIRTHS, PER_100_LIVE_BIRTHS)'],
    ]);
  });

  it('warns of 2014/15, 2024-Q1, 2024-05 and 2010-2015 in a series of years, on the period column, and keeps the rows', async () => {
    const rows = ['2014/15', '2024-Q1', '2024-05', '2010-2015'].map((p, i) => `${p},SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,${30 + i},,E,,`);
    const parsed = await parseUpload(bytesSource(`${HEADER}\n${rows.join('\n')}\n`, 'u5mr.csv'), PUBLISHED);
    assert.deepEqual(parsed.issues.map((i) => [i.severity, i.row, i.column, i.reason.split(',')[0]]), [
      ['warning', 2, 'TIME_PERIOD', 'period kind: 2014/15 is a fiscal year'],
      ['warning', 3, 'TIME_PERIOD', 'period kind: 2024-Q1 is a quarter'],
      ['warning', 4, 'TIME_PERIOD', 'period kind: 2024-05 is a month'],
      ['warning', 5, 'TIME_PERIOD', 'period kind: 2010-2015 is a range of years'],
    ]);
    assert.equal(parsed.observations.length, 4);
  });

  it('an invented breakdown column is an unknown dimension; left blank it is no breakdown', async () => {
    const header = `${HEADER.replace(',OBS_VALUE', ',FOO,OBS_VALUE')}`;
    const problems = await issues(`${header}\n2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,_T,Y0T4,BAR,26.1,,E,,\n2022,SH_DYN_MORT,PER_1000_LIVE_BIRTHS,,050,F,Y0T4,,24.9,,E,,\n`);
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0]!.slice(0, 3), ['error', 2, 'FOO']);
    assert.match(problems[0]![3], /^unknown dimension: indicator 3\.2\.1 has no breakdown "FOO" \(value "BAR"; breakdowns: AGE, SEX, or one of/);
  });
});
