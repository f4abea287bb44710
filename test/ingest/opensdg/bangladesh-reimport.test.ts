import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { initBundledCountry, initOpenSdgCountry } from '../../../src/cli/init.ts';
import { prepareStore } from '../../../src/cli/prepare-store.ts';
import { exportOpenSdg, type OpenSdgExportReport } from '../../../src/export/opensdg/index.ts';
import type { ImportReport } from '../../../src/ingest/reject-report.ts';
import { countObservations, type Db, type Store } from '../../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';

/** Series ↔ indicator links of series that have observations, as `series indicator` lines. */
async function links(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('series_indicators').select(['series_code', 'indicator_id'])
    .where((eb) => eb.exists(eb.selectFrom('observations').select('id').whereRef('observations.series_code', '=', 'series_indicators.series_code')))
    .execute();
  return rows.map((r) => `${r.series_code} ${r.indicator_id}`).sort();
}

for (const dialect of STORE_DIALECTS) {
  describe(`The bundled Bangladesh data exported to Open SDG and imported again on ${dialect}`, { ...dialectOptions(dialect), timeout: 180_000 }, () => {
    let dir: string;
    let first: { store: Store; dispose: () => Promise<void> };
    let second: { store: Store; dispose: () => Promise<void> };
    let exported: OpenSdgExportReport;
    let reimported: ImportReport;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'opensdg-bgd-'));
      first = await freshStore(dialect);
      await prepareStore(first.store);
      await initBundledCountry(first.store, 'none');
      exported = await exportOpenSdg(first.store, join(dir, 'BGD'));
      second = await freshStore(dialect);
      reimported = await initOpenSdgCountry(second.store, 'BGD', join(dir, 'BGD'), 'none');
    });
    after(async () => {
      await first?.dispose();
      await second?.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    it('importOpenSdg reads the 14,640 exported rows: 13,048 stored, 1,592 repeats of series under other indicators, nothing rejected', async () => {
      assert.equal(exported.observations, 14640);
      // 14,640 rows = 13,048 observations + 1,592 second or third copies of a series written under each of its indicators.
      assert.deepEqual(
        { read: reimported.rowsRead, stored: reimported.rowsStored, repeated: reimported.rowsRepeated, rejected: reimported.rowsRejected, rejects: reimported.rejects },
        { read: 14640, stored: 13048, repeated: 1592, rejected: 0, rejects: [] },
      );
      assert.equal(await countObservations(second.store.db), 13048);
    });

    it('importOpenSdg links every series to each indicator it was linked to before the export', async () => {
      const before1 = await links(first.store.db);
      assert.equal(before1.length, 497);
      assert.deepEqual(await links(second.store.db), before1);
    });
  });
}
