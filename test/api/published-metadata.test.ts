import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildApp } from '../../src/api/app.ts';
import { codeNames, publishedMetadata } from '../../src/api/indicators/metadata-fields.ts';
import { freshStore } from '../support/stores.ts';

describe('publishedMetadata', () => {
  it('keeps what readers need and drops Open SDG configuration and untranslated keys (front matter of the UK 3.2.1)', () => {
    const front = {
      indicator_name: 'global_indicators.3-2-1-title', target_name: 'global_targets.3-2-title', indicator_number: '3.2.1',
      csv_size: '25.752 kB', national_indicator_description: 'Number of deaths before the age of 5 …',
      computation_units: 'Rate per 1,000 live births', reporting_status: 'complete', data_non_statistical: false,
      data_footnote: 'England and Wales dissagregated by Sex is not reported from 2018 onwards.', graph_type: 'line',
      graph_title: 'Under-five mortality rate', data_show_map: false, data_keywords: null, indicator_sort_order: '03-02-01',
      source_organisation_1: 'Office for National Statistics (ONS)',
    };
    assert.deepEqual(publishedMetadata(front), {
      national_indicator_description: 'Number of deaths before the age of 5 …',
      computation_units: 'Rate per 1,000 live births',
      data_footnote: 'England and Wales dissagregated by Sex is not reported from 2018 onwards.',
      source_organisation_1: 'Office for National Statistics (ONS)',
    });
  });

  it('codeNames keeps every status and nature name, and only the named units the indicator uses', () => {
    const names = new Map([['OBS_STATUS:A', 'Normal value'], ['NATURE:E', 'Estimated'], ['UNIT_MEASURE:PERCENT', 'Percent'], ['UNIT_MEASURE:NUMBER', 'Number'], ['SEX:F', 'Female']]);
    assert.deepEqual(codeNames(names, ['PERCENT', 'LTPUREAL']), {
      UNIT_MEASURE: { PERCENT: 'Percent' }, OBS_STATUS: { A: 'Normal value' }, NATURE: { E: 'Estimated' }, UNIT_MULT: {},
    });
  });
});

describe('buildApp serving the public site', () => {
  it('answers its pages with 200 and any other path with the site and a 404 status', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'sdg-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html><body>site</body></html>');
    const { store, dispose } = await freshStore('sqlite');
    const app = await buildApp({ store, config: { logLevel: 'silent', webRoot } });
    try {
      const status = async (url: string): Promise<number> => (await app.inject(url)).statusCode;
      assert.deepEqual(
        { home: await status('/'), goal: await status('/goals/17'), indicator: await status('/indicators/3.2.1?SEX=F') },
        { home: 200, goal: 200, indicator: 200 },
      );
      assert.deepEqual(
        { goal18: await status('/goals/18'), other: await status('/no/such/page'), api: await status('/api/v1/nothing') },
        { goal18: 404, other: 404, api: 404 },
      );
      assert.match((await app.inject('/goals/18')).body, /site/);
    } finally {
      await app.close();
      await dispose();
    }
  });
});
