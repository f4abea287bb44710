import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeFrameworkId, type Db, listListingRows, replaceNationalIndicators, setSettings, type NationalIndicatorRow } from '../../store/index.ts';
import { readCsvText } from '../organisations-csv/index.ts';
import type { ImportReport, Reject } from '../reject-report.ts';
import type { CountryPack } from './pack-schema.ts';

/**
 * How a national indicator relates to the global framework:
 * - `proxy`: a national measure standing in for `global_indicator`;
 * - `national`: the country's own, listed beside `global_indicator` (an indicator or a target code);
 * - `replaces`: reported nationally instead of `global_indicator`.
 */
export type NationalRelation = 'proxy' | 'national' | 'replaces';
const RELATIONS: readonly NationalRelation[] = ['proxy', 'national', 'replaces'];

/** Columns every national indicator file has; titles come from `title_<lang>` columns. */
export const NATIONAL_INDICATOR_COLUMNS = ['code', 'relation', 'global_indicator', 'unit'] as const;

/** Setting holding each national indicator's relation, global indicator and unit, as a JSON array. */
export const NATIONAL_INDICATORS_SETTING = 'national_indicators';

/** What loading the national indicator file did; all or nothing: `written` is false when any row was rejected. */
export interface NationalIndicatorReport extends ImportReport {
  file: string;
  written: boolean;
}

/**
 * Loads the pack's national indicators (`code,relation,global_indicator,unit,title_<lang>…`) into the active framework
 * version: each becomes an indicator of kind `proxy` (relation `proxy`) or `national` (`national`, `replaces`), listed
 * under the target of its global indicator (or the target `global_indicator` names), with its titles; relation,
 * global indicator and unit go to the setting `national_indicators`. The file replaces every national indicator
 * loaded before. A row is rejected, with its line and column, when its code is blank, malformed, repeated or already a
 * framework code, its relation unknown, its global indicator missing or not in the framework, or it has no title in
 * the default language; any reject leaves the file unloaded (reported, never fatal). Call inside the pack's
 * transaction, before its sources, so their series can link to these codes.
 * @example await loadNationalIndicators(trx, 'datasets/countries/xyz', pack)
 *   // { file: 'national-indicators.csv', rowsRead: 2, rowsStored: 2, rowsRejected: 0, rejects: [], written: true }
 */
export async function loadNationalIndicators(trx: Db, folder: string, pack: CountryPack): Promise<NationalIndicatorReport | null> {
  if (!pack.nationalIndicators) return null;
  const file = pack.nationalIndicators.file;
  const report: NationalIndicatorReport = { file, rowsRead: 0, rowsStored: 0, rowsRejected: 0, rejects: [], written: false };
  const frameworkId = await activeFrameworkId(trx);
  if (frameworkId === null) return { ...report, rejects: [{ file, line: 0, column: '', reason: 'no indicator framework is loaded: run `sdg-tracker init` first' }] };
  const csv = readCsvText(readFileSync(join(folder, file), 'utf8'), file, [...NATIONAL_INDICATOR_COLUMNS, `title_${pack.defaultLanguage}`]);
  if (csv.problem) return { ...report, rejects: [csv.problem] };

  const listings = await listListingRows(trx, frameworkId);
  const targetOf = new Map(listings.map((l) => [l.code, l.target_code]));
  const targets = new Set(listings.map((l) => l.target_code));
  const globalCodes = new Set([...listings.map((l) => l.code), ...listings.map((l) => l.indicator_id)]);
  const seen = new Set<string>();
  const rows: NationalIndicatorRow[] = [];
  const details: { code: string; relation: NationalRelation; globalIndicator: string; unit: string | null }[] = [];
  for (const { line, record } of csv.rows) {
    report.rowsRead++;
    const rejects: Reject[] = [];
    const reject = (column: string, reason: string): void => { rejects.push({ file, line, column, reason }); };
    const code = (record.code ?? '').trim();
    const relation = (record.relation ?? '').trim() as NationalRelation;
    const global = (record.global_indicator ?? '').trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(code)) reject('code', code === '' ? 'code is empty' : `"${code}" is not a code (letters, digits, dots, hyphens, underscores)`);
    else if (globalCodes.has(code)) reject('code', `"${code}" is already an indicator of the framework`);
    else if (seen.has(code)) reject('code', `"${code}" appears twice`);
    if (!RELATIONS.includes(relation)) reject('relation', `"${relation}" is not one of ${RELATIONS.join(', ')}`);
    const target = targetOf.get(global) ?? (relation === 'national' && targets.has(global) ? global : undefined);
    if (global === '') reject('global_indicator', 'names no global indicator (a national one may name a target instead)');
    else if (target === undefined) reject('global_indicator', `"${global}" is not ${relation === 'national' ? 'an indicator or a target' : 'an indicator'} of the framework`);
    const titles: Record<string, string> = {};
    for (const [column, value] of Object.entries(record)) {
      const lang = /^title_(.+)$/.exec(column)?.[1];
      if (lang && value.trim() !== '') titles[lang] = value.trim();
    }
    if (!titles[pack.defaultLanguage]) reject(`title_${pack.defaultLanguage}`, `indicator ${code} has no title in "${pack.defaultLanguage}"`);
    seen.add(code);
    if (rejects.length > 0) {
      report.rejects.push(...rejects);
      continue;
    }
    rows.push({ code, kind: relation === 'proxy' ? 'proxy' : 'national', targetCode: target!, titles });
    details.push({ code, relation, globalIndicator: global, unit: (record.unit ?? '').trim() || null });
  }
  if (report.rejects.length > 0) return { ...report, rowsRejected: report.rowsRead };
  await replaceNationalIndicators(trx, frameworkId, rows);
  await setSettings(trx, { [NATIONAL_INDICATORS_SETTING]: JSON.stringify(details) });
  return { ...report, rowsStored: rows.length, written: true };
}
