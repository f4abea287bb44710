import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Observation } from '../../src/domain/index.ts';
import { BUNDLED_FRAMEWORK_DIR, readSdmxCodes } from '../../src/ingest/framework/index.ts';
import { codeBook, type CodeBook, type SeriesCodes } from '../../src/ingest/observation-codes/index.ts';
import type { UploadContext, UploadSource } from '../../src/ingest/upload/index.ts';
import { areaResolver } from '../../src/store/index.ts';

/** Where the upload fixtures live. */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'upload');

/** A fixture file as an upload source. */
export function fixtureSource(name: string): UploadSource {
  return { stream: createReadStream(join(FIXTURES, name)), fileName: name };
}

/** Bytes as an upload source, e.g. a workbook written in the test. */
export function bytesSource(bytes: Buffer | string, fileName: string): UploadSource {
  return { stream: Readable.from([Buffer.from(bytes)]), fileName };
}

/**
 * A workbook whose `data` sheet holds a CSV's rows as a spreadsheet program keeps them once typed: numbers as numbers,
 * the rest as text; `extraSheets` come first, so the data sheet is not the first one.
 */
export async function workbookFromCsv(csvText: string, extraSheets: string[] = []): Promise<Buffer> {
  const rows = parse(csvText, { relax_column_count: true }) as string[][];
  const workbook = new ExcelJS.Workbook();
  for (const name of extraSheets) workbook.addWorksheet(name).addRow(['not data']);
  const sheet = workbook.addWorksheet('data');
  for (const row of rows) sheet.addRow(row.map((c) => (/^-?\d+(\.\d+)?$/.test(c) && !/^0\d/.test(c) ? Number(c) : c)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The text of a fixture. */
export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The SDMX code lists of the bundled framework, by concept, as the framework load stores them. */
export const codeLists = new Map<string, Set<string>>();
for (const c of readSdmxCodes(join(BUNDLED_FRAMEWORK_DIR, 'sdmx-codelists.csv'))) {
  if (!codeLists.has(c.concept)) codeLists.set(c.concept, new Set());
  codeLists.get(c.concept)!.add(c.code);
}

/** Bangladesh's 3.2.1 as stored after `init`: two series by age and sex, the country under M49 050. */
export const BGD_CONTEXT: UploadContext = {
  indicatorId: '3.2.1',
  countryArea: '050',
  resolveArea: areaResolver([
    { code: '050', m49: '050', iso3: 'BGD', codes: { iso2: 'BD' } },
    { code: 'BD-13', m49: null, iso3: null, codes: { pcode: 'BD3026' } },
  ]),
  series: new Map([
    ['SH_DYN_MORT', new Map([['AGE', new Set(['Y0T4'])], ['SEX', new Set(['_T', 'F', 'M'])]])],
    ['SH_DYN_MORTN', new Map([['AGE', new Set(['Y0T4'])], ['SEX', new Set(['_T', 'F', 'M'])]])],
  ]),
  seriesIndicators: new Map([['SH_DYN_MORT', ['3.2.1']], ['SH_DYN_MORTN', ['3.2.1']], ['SH_DYN_IMRT', ['3.2.1']], ['SI_POV_DAY1', ['1.1.1']]]),
  codeLists,
};

/** The United Kingdom's 3.2.1 as an Open SDG import stores it: the default series, GeoCode areas, a Country breakdown. */
export const GBR_CONTEXT: UploadContext = {
  indicatorId: '3.2.1',
  countryArea: '826',
  resolveArea: areaResolver([
    { code: '826', m49: '826', iso3: 'GBR', codes: { iso2: 'GB' } },
    { code: 'E92000001', m49: null, iso3: null, codes: { geocode: 'E92000001' } },
    { code: 'K04000001', m49: null, iso3: null, codes: { geocode: 'K04000001' } },
  ]),
  series: new Map([['3.2.1', new Map([['Country', new Set(['England', 'England and Wales', 'Scotland', 'Wales'])], ['SEX', new Set(['_T', 'F', 'M'])]])]]),
  seriesIndicators: new Map([['3.2.1', ['3.2.1']]]),
  codeLists,
};

/**
 * The code book loadCodeBook would read for an indicator whose published data are `observations`: each series'
 * dimensions and codes, units, kinds of period and attributes (values of OBS_STATUS, NATURE and UNIT_MULT).
 */
export function codesOf(indicatorId: string, observations: Observation[]): CodeBook {
  const series = new Map<string, SeriesCodes>();
  const add = <T>(map: Map<string, Set<T>>, id: string, value: T | null): void => {
    const set = map.get(id) ?? new Set<T>();
    if (value !== null) set.add(value);
    map.set(id, set);
  };
  for (const o of observations) {
    let s = series.get(o.series);
    if (!s) series.set(o.series, (s = { dimensions: new Map(), units: new Set(), periodKinds: new Set(), attributes: new Map() }));
    for (const [id, code] of Object.entries(o.dimensions)) add(s.dimensions, id, code);
    s.units.add(o.unit);
    s.periodKinds.add(o.period.kind);
    for (const [id, value] of Object.entries(o.attributes)) add(s.attributes, id, ['OBS_STATUS', 'NATURE', 'UNIT_MULT'].includes(id) ? value : null);
  }
  return codeBook({ indicatorId, series, codeLists });
}
