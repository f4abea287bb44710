import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { BUNDLED_FRAMEWORK_DIR } from '../../ingest/framework/index.ts';

let cached: Map<string, Map<string, string>> | undefined;

/**
 * The SDG DSD 1.14 code lists shipped in datasets/framework/sdmx-codelists.csv (`AGENCY,CODELIST,VERSION,CODE,NAME,
 * PARENT`): code list id → code → English name, read once per process.
 * @example sdgCodelists().get('CL_SEX')?.get('F') // 'Female'
 */
export function sdgCodelists(): Map<string, Map<string, string>> {
  if (cached) return cached;
  const rows = parse(readFileSync(join(BUNDLED_FRAMEWORK_DIR, 'sdmx-codelists.csv')), { columns: true, skip_empty_lines: true }) as
    { CODELIST: string; CODE: string; NAME: string }[];
  const lists = new Map<string, Map<string, string>>();
  for (const r of rows) {
    let list = lists.get(r.CODELIST);
    if (!list) lists.set(r.CODELIST, (list = new Map()));
    list.set(r.CODE, r.NAME);
  }
  cached = lists;
  return lists;
}
