import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Observation } from '../../src/domain/index.ts';
import { ImportError } from '../../src/ingest/reject-report.ts';
import { readUnsdSdgDatabase, unsdBreakdown } from '../../src/ingest/unsd-sdg-database/index.ts';

const FIXTURE = new URL('../fixtures/unsd/unsd-sdg-bgd-excerpt.csv', import.meta.url).pathname;
/** Bangladesh only, as the bundle's area tree would resolve it. */
const resolveArea = (text: string): string | null => (['50', '050', 'BGD'].includes(text) ? '050' : null);

async function read(file = FIXTURE): Promise<{ observations: Observation[]; batches: number } & Awaited<ReturnType<typeof readUnsdSdgDatabase>>> {
  const observations: Observation[] = [];
  let batches = 0;
  const result = await readUnsdSdgDatabase(file, { resolveArea, onBatch: async (b) => { observations.push(...b); batches++; } });
  return { ...result, observations, batches };
}

describe('readUnsdSdgDatabase on an excerpt of the Bangladesh extract', async () => {
  const { observations, series, dimensions, report, batches } = await read();
  const find = (code: string, dims: Record<string, string>): Observation | undefined =>
    observations.find((o) => o.series === code && JSON.stringify(o.dimensions) === JSON.stringify(dims));

  it('stores every row with a number and a known area, and rejects the rest naming line, column and value', () => {
    assert.deepEqual([report.rowsRead, report.rowsStored, report.rowsRejected], [11, 8, 3]);
    assert.deepEqual(report.rejects, [
      { file: FIXTURE, line: 7, column: 'value', reason: '"N" is not a number' },
      { file: FIXTURE, line: 8, column: 'value', reason: '"<5" is a bound (below 5), not a value' },
      { file: FIXTURE, line: 12, column: 'geo_area_m49', reason: '"356" (India) is not a known reference area' },
    ]);
    assert.equal(observations.length, 8);
    assert.equal(batches, 1);
  });

  it('reads under-five mortality 2021 as 27.3 for both sexes under five, in Bangladesh, with its unit and nature', () => {
    assert.deepEqual(find('SH_DYN_MORT', { AGE: 'Y0T4', SEX: '_T' }), {
      series: 'SH_DYN_MORT', area: '050', period: { kind: 'year', label: '2021', start: '2021-01-01', end: '2021-12-31' },
      dimensions: { AGE: 'Y0T4', SEX: '_T' }, value: 27.3, unit: 'PER_1000_LIVE_BIRTHS', unitMult: null, attributes: { NATURE: 'E' },
    });
    assert.equal(find('SH_DYN_MORT', { AGE: 'Y0T4', SEX: 'F' })?.value, 25.2);
    assert.equal(find('SH_DYN_MORT', { AGE: 'Y0T4', SEX: 'M' })?.value, 29.2);
  });

  it('links a series of a repeated indicator to every code it is listed under', () => {
    assert.deepEqual(series.find((s) => s.code === 'VC_DSR_AFFCT')?.indicators, [
      { indicatorId: '1.5.1', relation: 'measures' }, { indicatorId: '11.5.1', relation: 'measures' }, { indicatorId: '13.1.1', relation: 'measures' },
    ]);
    assert.deepEqual(series.find((s) => s.code === 'EN_MAT_DOMCMPC')?.indicators.map((l) => l.indicatorId), ['12.2.2', '8.4.2']);
  });

  it('names a series by its UNSD description and unit, and declares only series with a stored row', () => {
    assert.deepEqual(series.find((s) => s.code === 'SH_DYN_MORT'), {
      code: 'SH_DYN_MORT', name: 'Under-five mortality rate, by sex (deaths per 1,000 live births)', unit: 'PER_1000_LIVE_BIRTHS',
      indicators: [{ indicatorId: '3.2.1', relation: 'measures' }],
    });
    assert.deepEqual(series.map((s) => s.code).sort(), ['DC_ODA_POVLG', 'EN_MAT_DOMCMPC', 'SH_DYN_MORT', 'SI_COV_LMKT', 'SI_POV_EMP1', 'VC_DSR_AFFCT']);
  });

  it('maps the bare age 15 to Y_GE15, q1 to Q1, observation status e to E, and keeps no breakdown as no dimensions', () => {
    assert.deepEqual(observations.find((o) => o.series === 'SI_POV_EMP1')?.dimensions, { AGE: 'Y_GE15', SEX: '_T' });
    assert.deepEqual(observations.find((o) => o.series === 'SI_POV_EMP1')?.attributes, { NATURE: 'M', OBS_STATUS: 'E' });
    assert.deepEqual(observations.find((o) => o.series === 'SI_COV_LMKT')?.dimensions, { INCOME_WEALTH_QUANTILE: 'Q1' });
    assert.deepEqual(observations.find((o) => o.series === 'DC_ODA_POVLG')?.dimensions, {});
  });

  it('declares SDMX dimensions by their SDMX names and keeps UNSD keys without an SDMX counterpart as national ones', () => {
    assert.deepEqual(dimensions, [
      { id: 'AGE', name: 'Age', isSdmx: true },
      { id: 'INCOME_WEALTH_QUANTILE', name: 'Income or wealth quantile', isSdmx: true },
      { id: 'PRODUCT', name: 'Product', isSdmx: true },
      { id: 'SEX', name: 'Sex', isSdmx: true },
    ]);
    assert.deepEqual(unsdBreakdown('type_of_skill=email;sex=female'), { dimensions: { type_of_skill: 'email', SEX: 'F' }, attributes: {} });
  });
});

describe('readUnsdSdgDatabase on broken rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdg-unsd-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const lines = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');

  it('rejects a row repeating an earlier observation, naming the first line', async () => {
    const file = join(dir, 'repeat.csv');
    writeFileSync(file, [...lines.slice(0, 3), lines[1]!].join('\n'));
    const { report } = await read(file);
    assert.deepEqual(report.rejects, [{ file, line: 4, column: '', reason: 'repeats the observation of line 2 (same series, area, period, breakdown and unit)' }]);
  });

  it('rejects a year that is not a period and a dimensions cell that is not key=value', async () => {
    const file = join(dir, 'bad-cells.csv');
    writeFileSync(file, [lines[0]!, lines[1]!.replace(',2021,', ',2021a,'), lines[2]!.replace('age=lt5y;sex=female', 'age=lt5y;female')].join('\n'));
    const { report } = await read(file);
    assert.deepEqual(report.rejects.map((r) => [r.line, r.column]), [[2, 'year'], [3, 'dimensions']]);
    assert.match(report.rejects[0]!.reason, /"2021a" is not a time period/);
    assert.equal(report.rejects[1]!.reason, '"female" is not key=value');
  });

  it('throws ImportError naming a missing column', async () => {
    const file = join(dir, 'no-units.csv');
    writeFileSync(file, lines.map((l) => l.replace(',PER_1000_LIVE_BIRTHS,', ',')).slice(0, 2).join('\n').replace(',units,', ','));
    await assert.rejects(read(file), (e: unknown) => e instanceof ImportError && /missing column "units"/.test(e.message));
  });
});

describe('unsdBreakdown', () => {
  it('reads key=value pairs into SDMX codes, leaves out an unspecified frequency and keeps a blank cell as no breakdown', () => {
    assert.deepEqual(unsdBreakdown('age=lt5y;sex=female'), { dimensions: { AGE: 'Y0T4', SEX: 'F' }, attributes: {} });
    assert.deepEqual(unsdBreakdown('age=15_24;location=urban;quantile=q5'), { dimensions: { AGE: 'Y15T24', URBANISATION: 'U', INCOME_WEALTH_QUANTILE: 'Q5' }, attributes: {} });
    assert.deepEqual(unsdBreakdown('age=lt1m;sex=notspec'), { dimensions: { AGE: 'M0', SEX: '_T' }, attributes: {} });
    assert.deepEqual(unsdBreakdown('age=15;freq=notspec;location=allarea;sex=female'), { dimensions: { AGE: 'Y_GE15', URBANISATION: '_T', SEX: 'F' }, attributes: {} });
    assert.deepEqual(unsdBreakdown(''), { dimensions: {}, attributes: {} });
  });

  it('says which pair is not key=value', () => {
    assert.deepEqual(unsdBreakdown('sex=female;=x'), { reason: '"=x" is not key=value' });
  });
});
