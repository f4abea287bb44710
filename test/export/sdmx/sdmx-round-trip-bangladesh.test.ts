import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { prepareStore } from '../../../src/cli/prepare-store.ts';
import { sdmxObservation } from '../../../src/export/sdmx/index.ts';
import { BUNDLED_COUNTRY_DIR, loadCountryBundle } from '../../../src/ingest/country-bundle/index.ts';
import { importSdmx } from '../../../src/ingest/sdmx/index.ts';
import { decodeDimensions, type Store } from '../../../src/store/index.ts';
import { apiSuite } from '../../support/api-suite.ts';
import { seedBangladesh } from '../../support/country-seed.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';
import { readSdmxCsv, type SdmxRow } from './sdmx-read-back.ts';

const work = mkdtempSync(join(tmpdir(), 'sdg-sdmx-round-trip-bgd-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The bundled Bangladesh installation: the framework, then the country pack with its UN database extract and census data. */
async function seedBundledBangladesh(store: Store): Promise<void> {
  await prepareStore(store);
  await loadCountryBundle(store, BUNDLED_COUNTRY_DIR);
}

/** An observation in the terms compared: every stored field, breakdowns without `_T` totals. */
interface Compared {
  series: string; area: string; label: string; kind: string; start: string; end: string; dimensions: Record<string, string>;
  value: number; unit: string; unitMult: number | null; obsStatus: string | null; nature: string | null; comment: string | null;
  attributes: Record<string, string>;
}

/**
 * The observations of one source (or of every source) keyed by series, area, period, breakdown and unit; with `asSdmx`
 * each in the form SDMX gives it back (see the suite's note), so an original and its re-import share a key.
 */
async function storedBy(store: Store, options: { sourceKey?: string; asSdmx?: boolean } = {}): Promise<Map<string, Compared>> {
  let q = store.db.selectFrom('observations').innerJoin('data_sources', 'data_sources.id', 'observations.source_id')
    .select(['series_code', 'area_code', 'time_period', 'period_kind', 'period_start', 'period_end', 'dimensions', 'value', 'unit', 'unit_mult', 'obs_status', 'nature', 'comment', 'attributes']);
  if (options.sourceKey !== undefined) q = q.where('data_sources.key', '=', options.sourceKey);
  const out = new Map<string, Compared>();
  for (const r of await q.execute()) {
    const dimensions = Object.fromEntries(Object.entries(decodeDimensions(r.dimensions)).filter(([, code]) => code !== '_T'));
    let o: Compared = {
      series: r.series_code, area: r.area_code, label: r.time_period, kind: r.period_kind, start: r.period_start, end: r.period_end, dimensions,
      value: Number(r.value), unit: r.unit, unitMult: r.unit_mult, obsStatus: r.obs_status, nature: r.nature, comment: r.comment,
      attributes: r.attributes ? JSON.parse(r.attributes) : {},
    };
    if (options.asSdmx) o = asSdmx(o);
    const key = [o.series, o.area, o.label, JSON.stringify(Object.entries(dimensions).sort()), o.unit].join('|');
    assert.ok(!out.has(key), `one stored observation for ${key}`);
    out.set(key, o);
  }
  return out;
}

/**
 * An original as the SDG DSD gives it back (see sdmxObservation): UNIT_MEASURE in CL_UNIT_MEASURE's code with the
 * scale in UNIT_MULT (`PERCENT` → `PT`, `CON_USD_M` → `CON_USD` and 6), OBS_STATUS and UNIT_MULT mandatory (none → `A`
 * and 0), NATURE `NOTSPEC` → `_X`. Every other field, attributes included, as stored.
 */
function asSdmx(o: Compared): Compared {
  const written = sdmxObservation({
    series: o.series, area: o.area, timePeriod: o.label, periodKind: o.kind, periodStart: o.start, periodEnd: o.end, dimensions: o.dimensions,
    value: o.value, unit: o.unit, unitMult: o.unitMult, obsStatus: o.obsStatus, nature: o.nature, comment: o.comment, attributes: o.attributes,
  }).attributes;
  return { ...o, unit: written.UNIT_MEASURE!, unitMult: Number(written.UNIT_MULT), obsStatus: written.OBS_STATUS!, nature: written.NATURE ?? null };
}

/** Writes SDMX-CSV rows with the header of the first. */
function writeSdmxCsv(file: string, rows: SdmxRow[]): void {
  const header = Object.keys(rows[0]!);
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  writeFileSync(file, [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h]!)).join(','))].join('\n'));
}

for (const dialect of STORE_DIALECTS) {
  /**
   * All published data of the bundled Bangladesh installation (UN SDG Global Database extract and 2022 census
   * district data) exported as SDMX-CSV 1.0 and read back with importSdmx into a second installation seeded the same
   * way. The UN extract itself breaks DSD 1.14 in places (lower-case PRODUCT codes, units outside a series' content
   * constraint); the second store vouches for those codes because its published observations of the same series
   * carry them. An observation comes back in the form SDMX gives it (see asSdmx), breakdowns with `_T` set aside.
   */
  describe(`SDMX-CSV export of the bundled Bangladesh data read back by importSdmx on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, seedBundledBangladesh);
    let target: Awaited<ReturnType<typeof freshStore>>;
    let exported: SdmxRow[];
    before(async () => {
      target = await freshStore(dialect);
      await seedBundledBangladesh(target.store);
    });
    after(async () => target?.dispose());

    it('GET /data?format=sdmx-csv imports back with all 13,048 rows stored, none rejected, each observation equal to its original', async () => {
      const started = performance.now();
      const text = (await api.app.inject('/api/v1/data?format=sdmx-csv')).body;
      exported = readSdmxCsv(text);
      const file = join(work, `bgd-${dialect}.sdmx.csv`);
      writeFileSync(file, text);
      const report = await importSdmx(target.store, file, { sourceKey: 'round-trip' });
      const elapsed = performance.now() - started;

      assert.equal(exported.length, 13048);
      assert.deepEqual([report.rowsRead, report.rowsStored, report.rowsRejected], [13048, 13048, 0]);
      assert.ok(report.rejects.every((r) => r.line === 0), 'only notes');
      const notes = Object.fromEntries(report.rejects.map((r) => [r.column, Number(r.reason.split(' ')[0])]));
      // Observations stored on the store's word, by component (a row may count under two components).
      assert.deepEqual(notes, { ACTIVITY: 128, AGE: 42, COMPOSITE_BREAKDOWN: 215, PRODUCT: 1330, UNIT_MEASURE: 808 });
      const product = report.rejects.find((r) => r.column === 'PRODUCT')!.reason;
      assert.match(product, /outside CL_PRODUCT \(IAEG-SDGs 1\.0\) or their series' content constraint/);
      assert.match(product, /'alp' \(EN_MAT_DOMCMPC 20, EN_MAT_DOMCMPG 19, EN_MAT_DOMCMPT 20, TM_TAX_DMFN 14, TM_TAX_DPRF 14, TM_TAX_WMFN 5, TM_TAX_WMPS 5, TM_TRF_ZERO 9\)/);

      // GET /data gives the data of indicators: the census context series (POP_TOTAL, …) link to none and stay out.
      const linked = new Set((await api.store.db.selectFrom('series_indicators').select('series_code').execute()).map((r) => r.series_code));
      const all = await storedBy(api.store, { asSdmx: true });
      const original = new Map([...all].filter(([, o]) => linked.has(o.series)));
      const back = await storedBy(target.store, { sourceKey: 'round-trip' });
      assert.deepEqual([all.size, original.size], [14520, 13048]);
      assert.deepEqual(new Set(exported.map((r) => r.SERIES)), new Set([...original.values()].map((o) => o.series)));
      assert.equal(back.size, 13048);
      for (const [key, o] of original) assert.deepEqual(back.get(key), o, key);
      const raw = [...(await storedBy(api.store)).values()].filter((o) => linked.has(o.series));
      const changed: Record<string, number> = {};
      for (const o of raw) {
        const s = asSdmx(o);
        for (const f of Object.keys(o) as (keyof Compared)[]) if (JSON.stringify(o[f]) !== JSON.stringify(s[f])) changed[f] = (changed[f] ?? 0) + 1;
      }
      // The fields SDMX writes in its own form, and how many originals it changes: the UN extract gives no UNIT_MULT
      // (→ 0), units such as PERCENT (→ PT) and no OBS_STATUS for most rows (→ A); three NATURE NOTSPEC (→ _X).
      assert.deepEqual(changed, { unit: 10802, unitMult: 13048, obsStatus: 9296, nature: 3 });
      const vouched = Object.entries(notes).map(([id, n]) => `${id} ${n}`).join(', ');
      process.stdout.write(`# Bangladesh SDMX-CSV 1.0 on ${dialect}: ${exported.length} rows exported, ${report.rowsStored} re-imported, 0 rejected; vouched: ${vouched}; ${elapsed.toFixed(0)} ms\n`);
    });

    it('importSdmx rejects a PRODUCT code the store holds for other series but not for the series of the row', async () => {
      // `bim` is held for EN_MAT_DOMCMPC and its siblings, never for TM_TRF_ZERO; the 9 `alp` rows of TM_TRF_ZERO take it.
      const changed = exported.map((r) => (r.SERIES === 'TM_TRF_ZERO' && r.PRODUCT === 'alp' ? { ...r, PRODUCT: 'bim' } : r));
      const lines = changed.flatMap((r, i) => (r.PRODUCT === 'bim' && r.SERIES === 'TM_TRF_ZERO' ? [i + 2] : []));
      const file = join(work, `bgd-${dialect}-bim.sdmx.csv`);
      writeSdmxCsv(file, changed);
      const report = await importSdmx(target.store, file, { dryRun: true });
      assert.deepEqual([report.rowsRead, report.rowsStored, report.rowsRejected], [13048, 13039, 9]);
      const rejects = report.rejects.filter((r) => r.line > 0);
      assert.deepEqual([...new Set(rejects.map((r) => r.line))], lines);
      assert.ok(rejects.every((r) => r.column === 'PRODUCT'));
      assert.ok(rejects.some((r) => r.reason === "PRODUCT code 'bim' is not in CL_PRODUCT (IAEG-SDGs 1.0)"));
    });

    it('importSdmx into a store that holds no observations rejects the UN extract\'s lower-case PRODUCT codes by their code list', async () => {
      const empty = await freshStore(dialect);
      try {
        await seedBangladesh(empty.store, 'test:empty', [], []);
        const rows = exported.filter((r) => r.SERIES === 'TM_TRF_ZERO');
        const file = join(work, `bgd-${dialect}-tariffs.sdmx.csv`);
        writeSdmxCsv(file, rows);
        const report = await importSdmx(empty.store, file, { dryRun: true });
        const lowerCase = rows.filter((r) => /^[a-z]+$/.test(r.PRODUCT!)).length;
        assert.ok(lowerCase > 0);
        assert.equal(report.rowsRejected, lowerCase);
        assert.ok(report.rejects.every((r) => r.line > 0), 'no code taken on the store\'s word');
        const codeList = report.rejects.filter((r) => r.column === 'PRODUCT' && / is not in CL_PRODUCT \(IAEG-SDGs 1\.0\)$/.test(r.reason));
        assert.equal(new Set(codeList.map((r) => r.line)).size, lowerCase);
      } finally {
        await empty.dispose();
      }
    });
  });
}
