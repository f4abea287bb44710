import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Observation } from '../../src/domain/index.ts';
import { numericValue } from '../../src/ingest/numeric-value.ts';
import { readTidyCsv, sdgReferences, type TidyCsvOptions } from '../../src/ingest/tidy-csv/index.ts';

const CENSUS = new URL('../fixtures/census/bbs-census-2022-dhaka-excerpt.csv', import.meta.url).pathname;
const WDI = new URL('../../datasets/countries/bgd/indicators/wdi/wdi-bgd-se-prm-cmpt-zs.csv', import.meta.url).pathname;
const resolveArea = (text: string): string | null => ({ 'BD-13': 'BD-13', BGD: '050' } as Record<string, string>)[text] ?? null;
/** The census columns as the Bangladesh manifest declares them. */
const CENSUS_OPTIONS = {
  columns: {
    series: 'indicator_code', seriesName: 'label', unit: 'unit', area: 'ref_area', period: 'year', value: 'value',
    indicator: 'sdg_ref', dimensions: ['sex', 'location', 'age'], attributes: { source_column: 'SOURCE_DETAIL' },
  },
  relation: 'proxy',
  codes: { sex: { hijra: '_O' } },
} satisfies Partial<TidyCsvOptions>;

async function read(file: string, options: Partial<TidyCsvOptions> = CENSUS_OPTIONS) {
  const observations: Observation[] = [];
  const result = await readTidyCsv(file, { ...CENSUS_OPTIONS, ...options, resolveArea, onBatch: async (b) => { observations.push(...b); } });
  return { ...result, observations };
}

describe('readTidyCsv on Dhaka district rows of the 2022 census', async () => {
  const { observations, series, dimensions, report } = await read(CENSUS);
  const value = (code: string, dims: Record<string, string>): number | undefined =>
    observations.find((o) => o.series === code && JSON.stringify(o.dimensions) === JSON.stringify(dims))?.value;

  it('stores all 13 rows as district observations of 2022', () => {
    assert.deepEqual(report, { rowsRead: 13, rowsStored: 13, rowsRejected: 0, rejects: [] });
    assert.ok(observations.every((o) => o.area === 'BD-13' && o.period.label === '2022'));
  });

  it('maps sex, location and age to SEX, URBANISATION and AGE codes, blanks and "all" to _T', () => {
    assert.equal(value('INTERNET_15PLUS', { SEX: 'F', URBANISATION: '_T', AGE: 'Y_GE15' }), 52.1);
    assert.equal(value('INTERNET_15PLUS', { SEX: '_T', URBANISATION: 'R', AGE: 'Y_GE15' }), 50.35);
    assert.equal(value('NEET_15_24', { SEX: '_T', URBANISATION: '_T', AGE: 'Y15T24' }), 25.44);
    assert.equal(value('LITERACY_7PLUS', { SEX: '_T', URBANISATION: '_T', AGE: 'Y_GE7' }), 84.88);
    assert.equal(value('HH_COOK_CLEAN_DERIVED', { SEX: '_T', URBANISATION: '_T', AGE: '_T' }), 86.48);
    assert.equal(value('HH_TOTAL', { SEX: '_T', URBANISATION: '_T', AGE: '_T' }), 4035241);
    assert.deepEqual(dimensions.map((d) => d.id), ['AGE', 'SEX', 'URBANISATION']);
  });

  it('maps hijra to the SDMX "other" sex _O through the codes option', () => {
    assert.equal(value('POP_SEX', { SEX: '_O', URBANISATION: '_T', AGE: '_T' }), 677);
  });

  it('links a series to the indicator its SDG reference names, as a proxy, and leaves targets and blanks unlinked', () => {
    const links = Object.fromEntries(series.map((s) => [s.code, s.indicators]));
    assert.deepEqual(links.INTERNET_15PLUS, [{ indicatorId: '17.8.1', relation: 'proxy' }]);
    assert.deepEqual(links.NEET_15_24, [{ indicatorId: '8.6.1', relation: 'proxy' }]);
    assert.deepEqual(links.HH_COOK_CLEAN_DERIVED, [{ indicatorId: '7.1.2', relation: 'proxy' }]);
    assert.deepEqual(links.LITERACY_7PLUS, []);
    assert.deepEqual(links.HH_TOTAL, []);
  });

  it('names series by the label column, keeps the unit as written and the workbook column as SOURCE_DETAIL', () => {
    assert.deepEqual(series.find((s) => s.code === 'INTERNET_15PLUS'), {
      code: 'INTERNET_15PLUS', name: 'Population aged 15+ using the internet', unit: 'percent', indicators: [{ indicatorId: '17.8.1', relation: 'proxy' }],
    });
    assert.deepEqual(observations.find((o) => o.series === 'POP_TOTAL')?.attributes, { SOURCE_DETAIL: 'Population_Total' });
  });
});

describe('readTidyCsv on other files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdg-tidy-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the WDI primary completion file as a national proxy series for 4.1.2, BGD resolved to the country', async () => {
    const { observations, series, report } = await read(WDI, {
      columns: { series: 'indicator_code', seriesName: 'indicator_name', unit: 'unit', area: 'iso3', period: 'year', value: 'value' },
      indicators: [{ indicatorId: '4.1.2', relation: 'proxy' }], codes: {},
    });
    assert.equal(report.rowsStored, 12);
    assert.deepEqual(series.map((s) => [s.code, s.indicators]), [['SE.PRM.CMPT.ZS', [{ indicatorId: '4.1.2', relation: 'proxy' }]]]);
    assert.deepEqual(observations.find((o) => o.period.label === '2021'), {
      series: 'SE.PRM.CMPT.ZS', area: '050', period: { kind: 'year', label: '2021', start: '2021-01-01', end: '2021-12-31' },
      dimensions: {}, value: 109.86919, unit: 'percent', unitMult: null, attributes: {},
    });
  });

  it('rejects an unknown area, a blank value and a blank series code with line, column and value', async () => {
    const lines = readFileSync(CENSUS, 'utf8').trimEnd().split('\n');
    const file = join(dir, 'bad.csv');
    writeFileSync(file, [lines[0]!, lines[3]!.replace(',BD-13,', ',BD-99,'), lines[4]!.replace(/,52\.1,/, ',,').replace(/,68\.53,/, ',,'),
      lines[5]!.replace(/^INTERNET_15PLUS,/, ','), lines[6]!].join('\n'));
    const { report } = await read(file);
    assert.deepEqual(report.rejects.map((r) => [r.line, r.column, r.reason]), [
      [2, 'ref_area', '"BD-99" is not a known reference area'],
      [3, 'value', 'value is blank'],
      [4, 'indicator_code', 'series code is blank'],
    ]);
    assert.deepEqual([report.rowsRead, report.rowsStored, report.rowsRejected], [4, 1, 3]);
  });
});

describe('sdgReferences', () => {
  it('reads indicator codes with their proxy marks and ignores targets, placeholders and notes', () => {
    assert.deepEqual(sdgReferences('17.8.1 (proxy)', 'measures'), [{ indicatorId: '17.8.1', relation: 'proxy' }]);
    assert.deepEqual(sdgReferences('8.6.1', 'measures'), [{ indicatorId: '8.6.1', relation: 'measures' }]);
    assert.deepEqual(sdgReferences('1.5.4, 13.1.3, 11.b.2', 'measures').map((l) => l.indicatorId), ['1.5.4', '13.1.3', '11.b.2']);
    for (const text of ['4.6 (proxy)', '11.x (context)', '(context for 1.3/4.5/10.2)', '', '10.c (context)']) {
      assert.deepEqual(sdgReferences(text, 'proxy'), [], text);
    }
  });
});

describe('numericValue', () => {
  it('reads decimals and exponents and says why N, <5 and blanks are not values', () => {
    assert.deepEqual(numericValue('27.3'), { value: 27.3 });
    assert.deepEqual(numericValue('-1.5e-3'), { value: -0.0015 });
    assert.deepEqual(numericValue('N'), { reason: '"N" is not a number' });
    assert.deepEqual(numericValue('<5'), { reason: '"<5" is a bound (below 5), not a value' });
    assert.deepEqual(numericValue('>95'), { reason: '">95" is a bound (above 95), not a value' });
    assert.deepEqual(numericValue(' '), { reason: 'value is blank' });
    assert.deepEqual(numericValue('1,200'), { reason: '"1,200" is not a number' });
  });
});
