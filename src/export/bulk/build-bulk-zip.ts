import archiver from 'archiver';
import { getSetting, indicatorsWithData, listSources, publishedDataVersion, selectObservations, type Db, type ObservationRecord } from '../../store/index.ts';
import { csvText } from '../csv/index.ts';
import { datedSdmxObservations, SDG_DATAFLOW, SDG_DSD, sdmxCsv } from '../sdmx/index.ts';
import { downloadFileName, observationTable } from '../xlsx/index.ts';

/** The bulk zip's name and the SDMX-CSV file inside it. */
export const BULK_ZIP_NAME = 'all.zip';
export const BULK_SDMX_CSV = 'sdg-data.sdmx.csv';

/** A built bulk download: the zip, its files with their sizes, the data version it holds. */
export interface BuiltBulkZip {
  version: string;
  content: Buffer;
  files: { name: string; bytes: number }[];
  builtAt: string;
  buildMs: number;
  observations: number;
  sdmxRows: number;
}

/**
 * Builds the zip of all published data: `README.txt` (country, data version, what each file holds, every source with
 * its licence), one CSV per indicator with published data (`indicators/indicator_3-2-1.csv`, the same table as the
 * indicator's CSV download) and one SDMX-CSV 1.0 file of every observation under the SDG DSD (`sdg-data.sdmx.csv`;
 * an observation whose series serves several indicators is one row). Entries are dated `builtAt`.
 * The version is read before the data; when publication happens while building, the zip is stored under the older
 * version and the next request, seeing a newer one, builds again.
 * @example const zip = await buildBulkZip(db, new Date().toISOString()) // zip.files[0].name === 'README.txt'
 */
export async function buildBulkZip(db: Db, builtAt: string): Promise<BuiltBulkZip> {
  const started = performance.now();
  const version = await publishedDataVersion(db);
  const [indicatorIds, sources, countryName] = await Promise.all([indicatorsWithData(db), listSources(db), getSetting(db, 'country_name')]);
  const entries: { name: string; text: string }[] = [];
  const unique = new Map<string, ObservationRecord>();
  let observations = 0;
  for (const id of indicatorIds) {
    const rows = await selectObservations(db, { indicatorId: id });
    if (rows.length === 0) continue;
    const table = observationTable(id, rows);
    entries.push({ name: `indicators/${downloadFileName(id, undefined, 'csv')}`, text: csvText([table.header, ...table.rows]) });
    for (const r of rows) {
      const key = `${r.series}|${r.area}|${JSON.stringify(r.dimensions)}|${r.unit}|${r.timePeriod}`;
      if (!unique.has(key)) unique.set(key, r);
    }
  }
  observations = unique.size;
  const sdmx = datedSdmxObservations([...unique.values()]);
  entries.push({ name: BULK_SDMX_CSV, text: sdmxCsv(sdmx, '1.0') });
  const readme = readmeText({ countryName, version, builtAt, indicatorCount: entries.length - 1, observations, sources });
  const all = [{ name: 'README.txt', text: readme }, ...entries];
  const content = await zipOf(all, new Date(builtAt));
  return {
    version, content, builtAt, observations, sdmxRows: sdmx.length,
    files: all.map((e) => ({ name: e.name, bytes: Buffer.byteLength(e.text) })),
    buildMs: Math.round(performance.now() - started),
  };
}

function readmeText(o: {
  countryName: string | null; version: string; builtAt: string; indicatorCount: number; observations: number;
  sources: { title: string; licence: string | null; url: string | null }[];
}): string {
  const lines = [
    `SDG Tracker: all published SDG indicator data${o.countryName ? ` of ${o.countryName}` : ''}`,
    '',
    `Data version: ${o.version}`,
    `Built: ${o.builtAt}`,
    `Indicators with data: ${o.indicatorCount}; distinct observations: ${o.observations}`,
    '',
    'Files',
    '- indicators/indicator_<code>.csv: one file per indicator, the same table as the indicator page\'s CSV download:',
    '  INDICATOR, SERIES, REF_AREA, TIME_PERIOD, one column per disaggregation (SDMX codes, _T = total), OBS_VALUE,',
    '  UNIT_MEASURE, UNIT_MULT, OBS_STATUS, NATURE, COMMENT_OBS and any other attribute. Time periods as published:',
    '  2015 (year), 2014/15 (fiscal year), 2024-Q1, 2010-2015 (range).',
    `- ${BULK_SDMX_CSV}: every observation as SDMX-CSV 1.0 under the SDG Data Structure Definition ${SDG_DSD.ref},`,
    `  dataflow ${SDG_DATAFLOW.ref}: the 15 dimensions in DSD order (_T where a breakdown does not apply),`,
    '  TIME_PERIOD in SDMX form (a fiscal year 2014/15 is the reporting year 2014-A1, its label kept in TIME_DETAIL;',
    '  a range 2010-2015 is the time range 2010-01-01/P6Y), OBS_VALUE and the 16 DSD attributes.',
    '',
    'Cells a spreadsheet would run as a formula (starting with =, +, -, @) begin with an apostrophe.',
    '',
    'Sources and licences',
    ...o.sources.map((s) => `- ${s.title}: ${s.licence ?? 'licence not stated'}${s.url ? ` (${s.url})` : ''}`),
    '',
  ];
  return lines.join('\r\n');
}

function zipOf(entries: { name: string; text: string }[], date: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const archive = archiver('zip', { zlib: { level: 9 } });
    const chunks: Buffer[] = [];
    archive.on('data', (c: Buffer) => chunks.push(c));
    archive.on('error', reject);
    archive.on('end', () => resolve(Buffer.concat(chunks)));
    for (const e of entries) archive.append(e.text, { name: e.name, date });
    void archive.finalize();
  });
}
