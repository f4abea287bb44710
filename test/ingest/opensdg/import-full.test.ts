import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { importOpenSdg } from '../../../src/ingest/opensdg/index.ts';
import type { ImportReport } from '../../../src/ingest/reject-report.ts';
import { countObservations, type Store } from '../../../src/store/index.ts';
import { freshStore, postgresUnavailable, STORE_DIALECTS } from '../../support/stores.ts';
import { storeDigest } from './store-digest.ts';

/** The real repositories, kept beside this repository (`../shared/data/opensdg`). */
const OPENSDG = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'opensdg');

/** Data rows (records after the header) of every indicator CSV, counted with csv-parse rather than the importer's reader. */
function dataRows(folder: string): number {
  const data = join(folder, 'data');
  let rows = 0;
  for (const name of readdirSync(data).filter((n) => /^(indicator_|archived-).+\.csv$/.test(n))) {
    const records = parse(readFileSync(join(data, name)), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
    rows += Math.max(0, records.length - 1);
  }
  return rows;
}

const COUNTRIES = [
  { code: 'GBR', area: '826' },
  { code: 'CAN', area: '124' },
];

for (const dialect of STORE_DIALECTS) {
  for (const { code, area } of COUNTRIES) {
    const folder = join(OPENSDG, code);
    const missing = existsSync(folder) ? null : `${folder} is not there (the real repositories live in ../shared beside the repository)`;
    const skip = missing ?? (dialect === 'postgres' ? (postgresUnavailable() ?? false) : false);

    describe(`importOpenSdg on the whole ${code} repository on ${dialect}`, { skip, timeout: 120_000 }, () => {
      let store: Store;
      let dispose: () => Promise<void>;
      let report: ImportReport;
      before(async () => {
        ({ store, dispose } = await freshStore(dialect));
        report = await importOpenSdg(store, folder, { countryArea: area });
      });
      after(async () => dispose?.());

      it(`importOpenSdg reads every data row of ${code} and stores all but the rejected ones`, async () => {
        assert.equal(report.rowsRead, dataRows(folder));
        assert.equal(report.rowsStored, report.rowsRead - report.rowsRejected - (report.rowsRepeated ?? 0));
        assert.equal(await countObservations(store.db), report.rowsStored);
      });

      it(`importOpenSdg names file, line, column and reason of every ${code} reject, one per rejected row`, () => {
        for (const r of report.rejects) {
          assert.match(r.file, /^(data|meta|indicator-config|translations)\//, JSON.stringify(r));
          assert.ok(Number.isInteger(r.line) && r.line >= 0, JSON.stringify(r));
          assert.equal(typeof r.column, 'string', JSON.stringify(r));
          assert.match(r.reason, /^[a-zA-Z ]+: /, JSON.stringify(r));
        }
        assert.equal(report.rejects.filter((r) => r.line > 0 && r.file.startsWith('data/')).length, report.rowsRejected);
      });

      it(`importOpenSdg rejects in ${code} only blank values, numbers it cannot read, non-periods and true duplicates`, () => {
        const kinds = new Set(report.rejects.map((r) => r.reason.slice(0, r.reason.indexOf(':'))));
        for (const kind of kinds) assert.ok(['blank value', 'not a number', 'not a time period', 'duplicate'].includes(kind), kind);
      });

      it(`importOpenSdg run again on ${code} leaves the database content identical`, async () => {
        const first = await storeDigest(store.db);
        const again = await importOpenSdg(store, folder, { countryArea: area });
        assert.deepEqual(again, report);
        assert.equal(await storeDigest(store.db), first);
      });
    });
  }
}
