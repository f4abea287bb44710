import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Observation } from '../../src/domain/index.ts';
import { matchKey, parseUpload, type ParsedUpload, type UploadContext, type UploadSource } from '../../src/ingest/upload/index.ts';
import { BGD_CONTEXT, GBR_CONTEXT, bytesSource, fixtureSource, fixtureText, workbookFromCsv } from './upload-fixtures.ts';

/** The observations of a parse in a fixed order (by series, area, period, unit, breakdown). */
function sorted(parsed: ParsedUpload): Observation[] {
  return parsed.observations.map((o) => o.observation).sort((a, b) => matchKey(a).localeCompare(matchKey(b)));
}

async function parseAll(context: UploadContext, sources: Record<string, () => Promise<UploadSource> | UploadSource>): Promise<Map<string, ParsedUpload>> {
  const out = new Map<string, ParsedUpload>();
  for (const [name, source] of Object.entries(sources)) out.set(name, await parseUpload(await source(), context));
  return out;
}

describe('parseUpload: one contract for every format', () => {
  it('Bangladesh 3.2.1 as template CSV, Open SDG CSV, XLSX and SDMX-CSV 1.0 gives the same nine observations', async () => {
    const parsed = await parseAll(BGD_CONTEXT, {
      'template-csv': () => fixtureSource('bgd-3-2-1-template.csv'),
      'opensdg-csv': () => fixtureSource('bgd-3-2-1-opensdg.csv'),
      xlsx: async () => bytesSource(await workbookFromCsv(fixtureText('bgd-3-2-1-template.csv')), 'bgd-3-2-1.xlsx'),
      'sdmx-csv': () => fixtureSource('bgd-3-2-1.sdmx.csv'),
    });
    const expected = sorted(parsed.get('template-csv')!);
    assert.equal(expected.length, 9);
    assert.deepEqual(expected.find((o) => o.period.label === '2021' && o.dimensions.SEX === 'F'), {
      series: 'SH_DYN_MORT', area: '050', period: { kind: 'year', label: '2021', start: '2021-01-01', end: '2021-12-31' },
      dimensions: { SEX: 'F', AGE: 'Y0T4' }, value: 25.2, unit: 'PER_1000_LIVE_BIRTHS', unitMult: null, attributes: { NATURE: 'E' },
    });
    for (const [format, result] of parsed) {
      assert.deepEqual({ format: result.format, rowsRead: result.rowsRead, issues: result.issues }, { format, rowsRead: 9, issues: [] }, format);
      assert.deepEqual(sorted(result), expected, format);
    }
    assert.equal(parsed.get('xlsx')!.sheet, 'data');
  });

  it('the United Kingdom 3.2.1 excerpt as Open SDG CSV, template CSV, XLSX and SDMX-CSV 2.0 gives the same six observations', async () => {
    const parsed = await parseAll(GBR_CONTEXT, {
      'opensdg-csv': () => fixtureSource('gbr-3-2-1-opensdg.csv'),
      'template-csv': () => fixtureSource('gbr-3-2-1-template.csv'),
      xlsx: async () => bytesSource(await workbookFromCsv(fixtureText('gbr-3-2-1-opensdg.csv'), ['read me']), 'gbr-3-2-1.xlsx'),
      'sdmx-csv': () => fixtureSource('gbr-3-2-1.sdmx.csv'),
    });
    const expected = sorted(parsed.get('opensdg-csv')!);
    assert.deepEqual(expected[0], {
      series: '3.2.1', area: 'E92000001', period: { kind: 'year', label: '2000', start: '2000-01-01', end: '2000-12-31' },
      dimensions: { Country: 'England', SEX: '_T' }, value: 6.49, unit: 'Rate per 1,000 live births', unitMult: 0, attributes: { OBS_STATUS: 'A' },
    });
    for (const [format, result] of parsed) {
      assert.deepEqual({ format: result.format, rowsRead: result.rowsRead, issues: result.issues }, { format, rowsRead: 6, issues: [] }, format);
      assert.deepEqual(sorted(result), expected, format);
    }
  });
});
