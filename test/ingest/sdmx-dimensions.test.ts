import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeCode, columnRole, dimensionCode, unitMultiplier } from '../../src/ingest/sdmx-dimensions.ts';

describe('columnRole', () => {
  it('columnRole maps Open SDG headers to SDMX dimensions case-insensitively', () => {
    const expected: [string, string][] = [
      ['Sex', 'SEX'], ['Age', 'AGE'], ['Age group', 'AGE'], ['Location', 'URBANISATION'], ['Urban or rural', 'URBANISATION'],
      ['Urban or Rural', 'URBANISATION'], ['Disability status', 'DISABILITY_STATUS'], ['Quintile', 'INCOME_WEALTH_QUANTILE'],
      ['Wealth quintile', 'INCOME_WEALTH_QUANTILE'], ['Income quintile', 'INCOME_WEALTH_QUANTILE'], ['Education level', 'EDUCATION_LEV'],
      ['Activity', 'ACTIVITY'], ['Occupation', 'OCCUPATION'], ['Type of product', 'PRODUCT'],
    ];
    for (const [header, id] of expected) assert.deepEqual(columnRole(header), { kind: 'dimension', id, sdmx: true }, header);
  });

  it('columnRole takes SDMX-coded headers as they are and the UN SDG Database extract keys by their SDMX IDs', () => {
    const expected: [string, string][] = [
      ['SEX', 'SEX'], ['AGE', 'AGE'], ['URBANISATION', 'URBANISATION'], ['EDUCATION_LEV', 'EDUCATION_LEV'],
      ['COMPOSITE_BREAKDOWN', 'COMPOSITE_BREAKDOWN'], ['REPORTING_TYPE', 'REPORTING_TYPE'],
      ['sex', 'SEX'], ['age', 'AGE'], ['location', 'URBANISATION'], ['quantile', 'INCOME_WEALTH_QUANTILE'],
      ['education_level', 'EDUCATION_LEV'], ['disability_status', 'DISABILITY_STATUS'], ['activity', 'ACTIVITY'],
      ['type_of_occupation', 'OCCUPATION'], ['type_of_product', 'PRODUCT'], ['freq', 'FREQ'], ['custom_breakdown', 'CUST_BREAKDOWN'],
    ];
    for (const [header, id] of expected) assert.deepEqual(columnRole(header), { kind: 'dimension', id, sdmx: true }, header);
  });

  it('columnRole recognises the period, value, area and series columns and the attributes', () => {
    assert.deepEqual(columnRole('Year'), { kind: 'time-period' });
    assert.deepEqual(columnRole('TIME_PERIOD'), { kind: 'time-period' });
    assert.deepEqual(columnRole('Value'), { kind: 'value' });
    assert.deepEqual(columnRole('OBS_VALUE'), { kind: 'value' });
    assert.deepEqual(columnRole('GeoCode'), { kind: 'reference-area' });
    assert.deepEqual(columnRole('Series'), { kind: 'series' });
    assert.deepEqual(columnRole('SERIES'), { kind: 'series' });
    const attributes: [string, string][] = [
      ['Units', 'UNIT_MEASURE'], ['Unit measure', 'UNIT_MEASURE'], ['UNIT_MEASURE', 'UNIT_MEASURE'], ['Unit multiplier', 'UNIT_MULT'],
      ['Observation status', 'OBS_STATUS'], ['COMMENT_OBS', 'COMMENT_OBS'], ['COMMENT_OBS_1', 'COMMENT_OBS'], ['Nature', 'NATURE'],
      ['SOURCE_DETAIL', 'SOURCE_DETAIL'],
    ];
    for (const [header, id] of attributes) assert.deepEqual(columnRole(header), { kind: 'attribute', id }, header);
  });

  it('columnRole keeps every other header as a national dimension named as given, Source included', () => {
    assert.deepEqual(columnRole('Country of birth'), { kind: 'dimension', id: 'Country of birth', sdmx: false });
    assert.deepEqual(columnRole(' Local authority '), { kind: 'dimension', id: 'Local authority', sdmx: false });
    assert.deepEqual(columnRole('Source'), { kind: 'dimension', id: 'Source', sdmx: false });
    assert.deepEqual(columnRole('Gender'), { kind: 'dimension', id: 'Gender', sdmx: false });
  });
});

describe('dimensionCode', () => {
  it('dimensionCode gives the total _T for a blank cell, in SDMX and national dimensions alike', () => {
    assert.equal(dimensionCode('SEX', ''), '_T');
    assert.equal(dimensionCode('Country of birth', '  '), '_T');
  });

  it('dimensionCode maps SEX texts of Open SDG files and UN extract codes to CL_SEX', () => {
    const expected: [string, string][] = [
      ['Female', 'F'], ['female', 'F'], ['Females', 'F'], ['Male', 'M'], ['Males', 'M'], ['male', 'M'],
      ['Both sexes', '_T'], ['bothsex', '_T'], ['Total', '_T'], ['All', '_T'], ['notspec', '_T'], ['Unknown', '_U'],
    ];
    for (const [text, code] of expected) assert.equal(dimensionCode('SEX', text), code, text);
    assert.equal(dimensionCode('SEX', 'Gender unclassified'), 'Gender unclassified');
  });

  it('dimensionCode maps URBANISATION texts and codes to CL_URBANISATION', () => {
    const expected: [string, string][] = [
      ['Urban', 'U'], ['urban', 'U'], ['Rural', 'R'], ['allarea', '_T'], ['Total, location', '_T'], ['city', 'CITY'], ['tsub', 'TSUB'],
    ];
    for (const [text, code] of expected) assert.equal(dimensionCode('URBANISATION', text), code, text);
    assert.equal(dimensionCode('URBANISATION', 'Unable to categorise'), 'Unable to categorise');
  });

  it('dimensionCode maps AGE forms to CL_AGE codes only when the code list has them', () => {
    const expected: [string, string][] = [
      ['25 to 34', 'Y25T34'], ['15 to 24 years', 'Y15T24'], ['65 years and over', 'Y_GE65'], ['Under 18 years', 'Y0T17'],
      ['15_24', 'Y15T24'], ['lt5y', 'Y0T4'], ['lt1y', 'Y0'], ['lt1m', 'M0'], ['m12t23', 'M12T23'], ['15 and under', 'Y0T15'], ['allage', '_T'], ['notspec', '_T'],
    ];
    for (const [text, code] of expected) assert.equal(dimensionCode('AGE', text), code, text);
    for (const text of ['16 to 17', '13 and under', '2', 'Working age']) assert.equal(dimensionCode('AGE', text), text, text);
  });

  it('dimensionCode maps quantiles, education, disability, activity and occupation where the correspondence is certain', () => {
    assert.equal(dimensionCode('INCOME_WEALTH_QUANTILE', 'q1'), 'Q1');
    assert.equal(dimensionCode('INCOME_WEALTH_QUANTILE', 'Lowest quintile'), 'Q1');
    assert.equal(dimensionCode('INCOME_WEALTH_QUANTILE', '5th quintile (highest)'), 'Q5');
    assert.equal(dimensionCode('INCOME_WEALTH_QUANTILE', 't'), '_T');
    assert.equal(dimensionCode('EDUCATION_LEV', 'lowsec'), 'ISCED11_2');
    assert.equal(dimensionCode('DISABILITY_STATUS', 'pwd'), 'PWD');
    assert.equal(dimensionCode('DISABILITY_STATUS', 'Has a disability'), 'PD');
    assert.equal(dimensionCode('ACTIVITY', 'ISIC4_C'), 'ISIC4_C');
    assert.equal(dimensionCode('ACTIVITY', 'isic4_c10t32x19'), 'ISIC4_C10T32X19');
    assert.equal(dimensionCode('ACTIVITY', 'Construction'), 'ISIC4_F');
    assert.equal(dimensionCode('OCCUPATION', 'isco08_2'), 'ISCO08_2');
    assert.equal(dimensionCode('OCCUPATION', 'Medical doctors'), 'ISCO08_221');
    assert.equal(dimensionCode('OCCUPATION', 'Managers, directors and senior officials'), 'Managers, directors and senior officials');
    assert.equal(dimensionCode('FREQ', 'Annual'), 'A');
    assert.equal(dimensionCode('REPORTING_TYPE', 'National'), 'N');
  });

  it('dimensionCode keeps national dimension values exactly as given (trimmed)', () => {
    assert.equal(dimensionCode('Country of birth', ' UK '), 'UK');
    assert.equal(dimensionCode('Region', 'Total'), 'Total');
  });
});

describe('unitMultiplier and attributeCode', () => {
  it('unitMultiplier reads Open SDG texts and integers as powers of ten and null otherwise', () => {
    const expected: [string, number | null][] = [
      ['Units', 0], ['Unit', 0], ['Thousands', 3], ['Millions', 6], ['Billions', 9], ['6', 6], ['-3', -3], ['', null],
      ['Percentage (%)', null], ['16', null],
    ];
    for (const [text, n] of expected) assert.equal(unitMultiplier(text), n, text);
  });

  it('attributeCode maps OBS_STATUS texts (GBR and CAN spellings) and codes to CL_OBS_STATUS, keeping unknown texts', () => {
    const expected: [string, string][] = [
      ['Normal value', 'A'], ['Normal Value', 'A'], ['Estimated value', 'E'], ['estimate', 'E'], ['Provisional value', 'P'],
      ['Provisional', 'P'], ['Forecast value', 'F'], ['Imputed', 'I'], ['Missing value', 'O'], ['Missing data', 'O'],
      ['Missing value; suppressed', 'Q'], ['Missing value; data exist but were not collected', 'L'], ['Time series break', 'B'],
      ['Definition differs', 'D'], ['Low reliability', 'U'], ['a', 'A'], ['e', 'E'], ['Undefined', 'Undefined'],
    ];
    for (const [text, code] of expected) assert.equal(attributeCode('OBS_STATUS', text), code, text);
  });

  it('attributeCode maps NATURE names to CL_NATURE and keeps other attributes as given', () => {
    assert.equal(attributeCode('NATURE', 'Estimated'), 'E');
    assert.equal(attributeCode('NATURE', 'CA'), 'CA');
    assert.equal(attributeCode('COMMENT_OBS', ' Use with caution '), 'Use with caution');
  });
});
