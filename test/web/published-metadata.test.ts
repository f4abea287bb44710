import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computationUnits, isUntranslatedKey, publishedFields, publishedValue } from '../../web/src/indicator/published-metadata.ts';

/** Metadata of 3.2.1 as an Open SDG repository holds it: configuration and published fields side by side. */
const openSdg321 = {
  indicator_name: 'global_indicators.3-2-1-title',
  indicator_sort_order: '03-02-01',
  csv_size: '2.1 KB',
  data_non_statistical: false,
  graph_type: 'line',
  graph_title: 'global_indicators.3-2-1-title',
  data_show_map: false,
  reporting_status: 'complete',
  published: true,
  national_indicator_description: 'Under-five mortality rate (per 1,000 live births)',
  computation_calculations: 'Deaths under age five divided by live births, per 1,000.',
  un_custodian_agency: 'UNICEF',
  data_footnote: 'Estimates of the UN Inter-agency Group for Child Mortality Estimation.',
  source_organisation_1: 'BBS',
  STAT_CONC_DEF: '<p>The probability of dying before age five.</p>',
  page_content: '',
};

test('publishedFields keeps what is published for readers and drops configuration, source fields and empty texts', () => {
  assert.deepEqual(publishedFields(openSdg321).map(([key]) => key), [
    'national_indicator_description', 'computation_calculations', 'un_custodian_agency', 'data_footnote', 'STAT_CONC_DEF',
  ]);
});

test('publishedValue drops untranslated keys and bare flags, also inside lists and records', () => {
  assert.equal(publishedValue('global_indicators.3-2-1-title'), undefined);
  assert.equal(publishedValue(false), undefined);
  assert.deepEqual(publishedValue(['global_goals.3-short', 'WHO']), ['WHO']);
  assert.deepEqual(publishedValue({ tier: 1, note: 'global_targets.3-2-title' }), { tier: 1 });
  assert.equal(publishedValue([' ', null]), undefined);
});

test('isUntranslatedKey recognises translation keys but not short texts with dots, such as a web address', () => {
  assert.ok(isUntranslatedKey('global_indicators.3-2-1-title'));
  assert.ok(isUntranslatedKey('metadata_fields.national_indicator_description'));
  for (const text of ['who.int', 'e.g.', 'WHO, UNICEF.', 'Rate per 1,000 live births']) assert.ok(!isUntranslatedKey(text), text);
});

test('computationUnits splits a list of unit codes on its commas, but never a unit written in words', () => {
  assert.deepEqual(computationUnits('NUMBER, PER_1000_LIVE_BIRTHS'), ['NUMBER', 'PER_1000_LIVE_BIRTHS']);
  assert.deepEqual(computationUnits('Rate per 1,000 live births'), ['Rate per 1,000 live births']);
  assert.deepEqual(computationUnits('PERCENT'), ['PERCENT']);
});
