import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeOrder } from '../../../src/export/opensdg/attribute-order.ts';
import { attributeText, codeText, ExportError, periodText, unitMultText, valueText } from '../../../src/export/opensdg/cell-texts.ts';
import { headerRow, planFileColumns } from '../../../src/export/opensdg/file-columns.ts';
import { metadataFiles, yamlText } from '../../../src/export/opensdg/metadata-files.ts';
import { dimensionCode } from '../../../src/ingest/sdmx-dimensions.ts';
import { parseTimePeriod } from '../../../src/ingest/time-period.ts';

describe('periodText', () => {
  it('periodText keeps every label that reads back as its own period', () => {
    for (const [label, kind] of [['2015', 'year'], ['2014/15', 'fiscal-year'], ['2024-Q1', 'quarter'], ['2020-05', 'month'],
      ['2010-2015', 'range'], ['2002/03-2007/08', 'range'], ['2023-05-17/2023-06-11', 'date-range']] as const) {
      assert.equal(periodText(label, kind), label);
    }
  });

  it('periodText writes the month 2005-07, which Open SDG reads as the range 2005-2007, as July 2005', () => {
    assert.equal(parseTimePeriod('2005-07').kind, 'range');
    assert.equal(periodText('2005-07', 'month'), 'July 2005');
    assert.deepEqual(parseTimePeriod('July 2005'), { kind: 'month', label: '2005-07', start: '2005-07-01', end: '2005-07-31' });
  });

  it('periodText throws an ExportError naming a label that no text reads back', () => {
    assert.throws(() => periodText('2015', 'month'), (e: Error) => e instanceof ExportError && e.message.includes('"2015" (month)'));
  });
});

describe('codeText and valueText', () => {
  it('codeText writes the total as a blank cell and common SDMX codes as labels the importer maps back', () => {
    assert.equal(codeText('SEX', '_T'), '');
    assert.equal(codeText('SEX', 'F'), 'Female');
    assert.equal(codeText('AGE', 'Y25T34'), '25 to 34');
    assert.equal(codeText('AGE', 'Y_GE65'), '65 and over');
    assert.equal(codeText('URBANISATION', 'R'), 'Rural');
    for (const [id, code] of [['SEX', 'F'], ['AGE', 'Y25T34'], ['AGE', 'Y_GE65'], ['URBANISATION', 'R']] as const) {
      assert.equal(dimensionCode(id, codeText(id, code)), code);
    }
  });

  it('codeText prefers a stored code name, falls back to the code when the name would map elsewhere, keeps national codes', () => {
    assert.equal(codeText('SEX', 'F', 'Females'), 'Females');
    assert.equal(codeText('AGE', 'Y15T24', 'Youth'), '15 to 24');
    assert.equal(codeText('AGE', 'Y16T17'), 'Y16T17');
    assert.equal(codeText('Country of birth', 'Non-UK born'), 'Non-UK born');
  });

  it('codeText throws for a stored code the importer would read as another', () => {
    assert.throws(() => codeText('SEX', 'Total'), /"Total" would be read back as "_T"/);
  });

  it('unitMultText and attributeText write the words Open SDG repositories use where the importer maps them back', () => {
    assert.deepEqual([0, 3, 4, 6, -2].map(unitMultText), ['Units', 'Thousands', '4', 'Millions', '-2']);
    assert.equal(attributeText('OBS_STATUS', 'A'), 'Normal value');
    assert.equal(attributeText('OBS_STATUS', 'Undefined'), 'Undefined');
    assert.equal(attributeText('NATURE', 'C'), 'Country data');
    assert.equal(attributeText('COMMENT_OBS', 'E'), 'E');
    assert.throws(() => attributeText('OBS_STATUS', 'estimate'), /"estimate" would be read back as "E"/);
  });

  it('valueText writes the shortest exact decimal, keeping -0 and exponents', () => {
    assert.deepEqual([0.1, 19, 1e-7, 1e21, -0, -2.5].map(valueText), ['0.1', '19', '1e-7', '1e+21', '-0', '-2.5']);
    assert.throws(() => valueText(Number.POSITIVE_INFINITY), ExportError);
  });
});

describe('planFileColumns and attributeOrder', () => {
  const plan = (dimensionCodes: Record<string, string[]>, attributeIds: string[] = []) => planFileColumns({
    series: null, units: true, geoCode: false, unitMult: false, attributeIds, timeDetailInYear: false,
    dimensionCodes: new Map(Object.entries(dimensionCodes).map(([k, v]) => [k, new Set(v)])),
  });

  it('planFileColumns puts SDMX breakdowns first so a national Age group beside AGE stays national', () => {
    const columns = plan({ 'Age group': ['Young'], AGE: ['Y25T34'], 'Country of birth': ['UK'] }, ['OBS_STATUS', 'Progress']);
    assert.deepEqual(headerRow(columns), ['Year', 'Units', 'Age', 'Age group', 'Country of birth', 'Observation status', 'Progress', 'Value']);
    assert.deepEqual(columns.attributes.map((a) => a.national), [false, true]);
  });

  it('planFileColumns names SEX by its ID when a national breakdown is called Sex', () => {
    assert.deepEqual(plan({ SEX: ['F'], Sex: ['x'] }).dimensions, [{ id: 'SEX', header: 'SEX' }, { id: 'Sex', header: 'Sex' }]);
  });

  it('planFileColumns orders geography columns from the coarsest to the finest (fewest codes first)', () => {
    const columns = plan({ 'Local authority': ['a', 'b', 'c'], Region: ['r1', 'r2'], Country: ['England'], Theme: ['t'] });
    assert.deepEqual(columns.dimensions.map((d) => d.header), ['Theme', 'Country', 'Region', 'Local authority']);
  });

  it('planFileColumns throws for a national Age group without the AGE it stood beside', () => {
    assert.throws(() => plan({ 'Age group': ['Young'] }), /"Age group" would not be read back/);
  });

  it('attributeOrder keeps the order of every row, rows holding subsets', () => {
    assert.deepEqual(attributeOrder([['B'], ['A', 'B'], ['A', 'C']]), ['A', 'B', 'C']);
    assert.deepEqual(attributeOrder([['TIME_DETAIL', 'UNIT_MULT', 'Progress'], ['UNIT_MULT']]), ['TIME_DETAIL', 'UNIT_MULT', 'Progress']);
  });
});

describe('metadataFiles', () => {
  it('metadataFiles puts leading configuration fields in indicator-config/, the rest in meta/, and other languages only where they differ', () => {
    const files = metadataFiles('1.2.1', new Map([
      ['en', { reporting_status: 'complete', graph_type: 'line', source_1: 'ONS', page_content: 'Line one\nline two' }],
      ['fr', { reporting_status: 'complete', graph_type: 'line', source_1: 'StatCan', page_content: 'Line one\nline two', extra: [1, true] }],
    ]), ['en', 'fr']);
    assert.deepEqual(files, [
      { path: 'indicator-config/1-2-1.yml', text: 'reporting_status: complete\ngraph_type: line\n' },
      { path: 'meta/1-2-1.yml', text: 'source_1: ONS\npage_content: |-\n  Line one\n  line two\n' },
      { path: 'meta/fr/1-2-1.yml', text: 'source_1: StatCan\nextra:\n  - 1\n  - true\n' },
    ]);
  });

  it('metadataFiles names archived indicators archived-<g-t-i> and writes an empty field set as {}', () => {
    assert.deepEqual(metadataFiles('archived-1.a.1', new Map([['en', {}]]), ['en']), [{ path: 'meta/archived-1-a-1.yml', text: '{}\n' }]);
  });

  it('yamlText quotes texts YAML would read as other types', () => {
    assert.equal(yamlText({ a: 'true', b: '1.0', c: 'null', d: '' }), 'a: "true"\nb: "1.0"\nc: "null"\nd: ""\n');
  });
});
