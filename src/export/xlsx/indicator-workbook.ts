import ExcelJS from 'exceljs';
import type { ObservationTable } from './observation-table.ts';

/** The names of the download workbook's sheets. */
export const DATA_SHEET_NAME = 'data';
export const METADATA_SHEET_NAME = 'metadata';

/** What the metadata sheet says about the indicator and where its data comes from. */
export interface WorkbookAbout {
  indicator: { code: string; title: string; goal: string; target: string };
  /** The selection as query parameters, e.g. `{ series: 'SH_DYN_MORT', SEX: 'F' }`; empty for the whole indicator. */
  selection: Record<string, string>;
  /** Published metadata fields (field → text, or a list of texts). */
  metadata: Record<string, unknown>;
  sources: { title: string; licence: string | null; url: string | null }[];
  generatedAt: string;
}

/**
 * An indicator's observations as an XLSX workbook: a `data` sheet with the table (header row bold and frozen; codes
 * and periods as text so `050` and `2014/15` stay as written, OBS_VALUE and UNIT_MULT as numbers) and a `metadata`
 * sheet of `field, value` rows: indicator, goal, target, the selection, when it was made, every source with its
 * licence and address, then the indicator's metadata fields. Cells hold values, never formulas.
 * @example const bytes = await indicatorWorkbook(observationTable('3.2.1', rows), about) // a Buffer starting with PK
 */
export async function indicatorWorkbook(table: ObservationTable, about: WorkbookAbout): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SDG Tracker';
  workbook.created = new Date(about.generatedAt);
  const numeric = new Set(['OBS_VALUE', 'UNIT_MULT']);
  const data = workbook.addWorksheet(DATA_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = table.header.map((name) => ({
    header: name, key: name, width: Math.max(12, name.length + 2), style: numeric.has(name) ? {} : { numFmt: '@' },
  }));
  data.getRow(1).font = { bold: true };
  for (const row of table.rows) data.addRow(row.map((cell) => cell ?? undefined));

  const meta = workbook.addWorksheet(METADATA_SHEET_NAME);
  meta.columns = [{ header: 'field', key: 'field', width: 28 }, { header: 'value', key: 'value', width: 100, style: { alignment: { wrapText: true } } }];
  meta.getRow(1).font = { bold: true };
  const { indicator } = about;
  meta.addRow(['indicator', `${indicator.code} ${indicator.title}`]);
  meta.addRow(['goal', indicator.goal]);
  meta.addRow(['target', indicator.target]);
  const selection = Object.entries(about.selection).map(([k, v]) => `${k}=${v}`).join('&');
  meta.addRow(['selection', selection === '' ? 'all published data of the indicator' : selection]);
  meta.addRow(['generated', about.generatedAt]);
  about.sources.forEach((s, i) => {
    meta.addRow([`source ${i + 1}`, s.title]);
    meta.addRow([`source ${i + 1} licence`, s.licence ?? 'not stated']);
    if (s.url) meta.addRow([`source ${i + 1} address`, s.url]);
  });
  for (const [field, value] of Object.entries(about.metadata)) {
    meta.addRow([field, Array.isArray(value) ? value.map(String).join('\n') : typeof value === 'object' ? JSON.stringify(value) : String(value)]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
