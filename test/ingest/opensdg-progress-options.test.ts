import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { indicatorsInScope, progressBookFor } from '../../src/assessment/index.ts';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { importOpenSdg } from '../../src/ingest/opensdg/index.ts';
import { importProgressOptions, readProgressOptions } from '../../src/ingest/opensdg-progress-options/index.ts';
import { listAllProgressTargets, listAudit, listProgressTargets, setSettings, type Store } from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const CAN = 'test/fixtures/opensdg-progress-options';
const AT = '2026-11-29T10:00:00.000Z';
const known = (code: string) => code;

/** A throw-away repository holding `files` (path → text). */
function repository(files: Record<string, string>): { folder: string; dispose: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'sdg-options-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return { folder, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

describe('readProgressOptions on Canada\'s configuration', async () => {
  const read = await readProgressOptions(CAN, known);

  it('reads 24 entries of 6 assessed indicators into 23 targets; 10-1-1 (auto_progress_calculation false) is skipped', () => {
    // entries: 1-2-1 1, 1-3-1 7, 1-4-1 3 + 2 + 4 + 1 = 10, 6-3-1 2, 13-1-1 1, 16-3-1 2 + 1 = 3 → 24; 1-4-1 repeats one
    assert.deepEqual([read.entries, read.items.length, read.indicators, read.rejects], [24, 23, 6, []]);
    assert.deepEqual(read.skipped.map((s) => [s.file, s.line, s.column]), [['indicator-config/10-1-1.yml', 1, 'auto_progress_calculation']]);
    assert.deepEqual(new Set(read.items.map((i) => i.indicatorId)), new Set(['1.2.1', '1.3.1', '1.4.1', '6.3.1', '13.1.1', '16.3.1']));
  });

  it('1-2-1 "direction: negative, target: 7.25" is a decrease to 7.25 by 2030 for the whole indicator', () => {
    const { file, key, ...target } = read.items.find((i) => i.indicatorId === '1.2.1')!;
    assert.deepEqual([file, key], ['indicator-config/1-2-1.yml', 'progress_calculation_options[0]']);
    assert.deepEqual(target, { indicatorId: '1.2.1', dimensions: {}, source: 'national', direction: 'decrease', milestones: {}, target: { value: 7.25, year: 2030 } });
  });

  it('series are stored under their codes, disaggregations as the data import maps them, units as named', () => {
    const social = read.items.filter((i) => i.indicatorId === '1.3.1');
    // seriesCode: 1.3.1 + first 8 hex digits of SHA-1("Proportion of population covered by at least one social protection cash benefit")
    assert.deepEqual([social.length, social[0]!.series, social[0]!.limit, social[0]!.direction], [7, '1.3.1-e1711ab4', 100, 'increase']);
    const education = read.items.find((i) => i.key === 'progress_calculation_options[4].group[0]')!;
    assert.deepEqual(education.dimensions, {
      SEX: '_T', 'Proficiency level': 'Proportion of children and young people at the end of lower secondary achieving at least a minimum proficiency level in mathematics',
    });
    const water = read.items.filter((i) => i.indicatorId === '6.3.1').map((i) => [i.unit, i.dimensions.Source, i.target?.value]);
    assert.deepEqual(water, [['Percentage (%)', 'Municipal', 86.235], ['Percentage (%)', 'Industries', 72.43]]);
    assert.deepEqual(read.items.find((i) => i.indicatorId === '13.1.1')!.unit, 'Rate per 100,000 population');
    assert.deepEqual(read.items.filter((i) => i.indicatorId === '16.3.1').map((i) => i.dimensions['Type of victimization']), ['_Physical assault', 'Robbery', 'Sexual assault']);
  });

  it('an entry repeated in a group and each base_year are listed as ignored, with file, line and key', () => {
    assert.deepEqual(read.ignored.map((r) => [r.file, r.line, r.column]), [
      ['indicator-config/1-4-1.yml', 126, 'progress_calculation_options[4].group[1]'],
      ['indicator-config/16-3-1.yml', 46, 'progress_calculation_options[0].group[0].base_year'],
      ['indicator-config/16-3-1.yml', 53, 'progress_calculation_options[0].group[1].base_year'],
      ['indicator-config/16-3-1.yml', 61, 'progress_calculation_options[1].base_year'],
    ]);
  });

  it('rejects each problem naming file, line, key and value; the metadata file\'s options win over the configuration\'s', async () => {
    const repo = repository({
      'indicator-config/3-2-1.yml': 'auto_progress_calculation: true\nprogress_calculation_options:\n- direction: up\n  target: ten\n  targt: 5\n- direction: negative\n  target_year: 2025\n',
      'indicator-config/3-1-1.yml': 'auto_progress_calculation: true\nprogress_calculation_options:\n- direction: positive\n',
      'meta/3-1-1.md': '---\nprogress_calculation_options:\n- direction: negative\n  disaggregation:\n  - field: Value\n    value: x\n---\nPage text\n',
      'indicator-config/3-3-1.yml': 'auto_progress_calculation: true\nprogress_calculation_options:\n- direction: negative\n  target: 1\n- direction: negative\n  target: 2\n',
      'indicator-config/9-9-9.yml': 'auto_progress_calculation: true\nprogress_calculation_options:\n- direction: negative\n',
      'meta/3-4-1.yml': 'title: [unclosed\n',
    });
    try {
      const bad = await readProgressOptions(repo.folder, (c) => (c === '9.9.9' ? undefined : c));
      assert.deepEqual(bad.rejects.map((r) => [r.file, r.line, r.column, r.reason]), [
        ['meta/3-1-1.md', 5, 'progress_calculation_options[0].disaggregation[0]', 'field "Value" is not a breakdown column'],
        ['indicator-config/3-2-1.yml', 5, 'progress_calculation_options[0].targt', 'unknown key (expected series, unit, disaggregation, base_year, target, target_year, direction, limit, group)'],
        ['indicator-config/3-2-1.yml', 3, 'progress_calculation_options[0].direction', '"up" is neither positive nor negative'],
        ['indicator-config/3-2-1.yml', 4, 'progress_calculation_options[0].target', '"ten" is not a number'],
        ['indicator-config/3-2-1.yml', 7, 'progress_calculation_options[1].target_year', 'target year 2025 has no target'],
        ['indicator-config/3-3-1.yml', 5, 'progress_calculation_options[1]', 'the same series, unit and disaggregation as progress_calculation_options[0], with another direction, target or limit'],
        ['meta/3-4-1.yml', 2, '', bad.rejects.at(-2)!.reason],
        ['indicator-config/9-9-9.yml', 2, 'progress_calculation_options', '9.9.9 is not an indicator of the framework'],
      ]);
      assert.match(bad.rejects.at(-2)!.reason, /^invalid YAML: /);
      assert.deepEqual([bad.entries, bad.entriesRejected], [5, 4]);
    } finally {
      repo.dispose();
    }
  });
});

for (const dialect of STORE_DIALECTS) {
  describe(`importProgressOptions on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    const run = (folder: string, dryRun = false) =>
      store.db.transaction().execute((trx) => importProgressOptions(trx, folder, { userId: null, at: AT, dryRun }));
    before(async () => {
      ({ store, dispose } = await freshStore(dialect));
      await prepareStore(store);
    });
    after(async () => dispose?.());

    it('a dry run counts 23 targets that would change and writes nothing', async () => {
      const report = await run(CAN, true);
      assert.deepEqual([report.dryRun, report.written, report.rowsRead, report.rowsStored, report.changed], [true, false, 24, 23, 23]);
      assert.deepEqual(await listAllProgressTargets(store.db), []);
      assert.deepEqual(await listAudit(store.db, { action: 'progress-target.import' }), []);
    });

    it('a folder with a bad entry writes nothing and reports it', async () => {
      const repo = repository({ 'indicator-config/3-2-1.yml': 'auto_progress_calculation: true\nprogress_calculation_options:\n- direction: sideways\n' });
      try {
        const report = await run(repo.folder);
        assert.deepEqual([report.written, report.rowsRead, report.rowsStored, report.rowsRejected], [false, 1, 0, 1]);
        assert.deepEqual(report.rejects, [{ file: 'indicator-config/3-2-1.yml', line: 3, column: 'progress_calculation_options[0].direction', reason: '"sideways" is neither positive nor negative' }]);
        assert.deepEqual(await listAllProgressTargets(store.db), []);
      } finally {
        repo.dispose();
      }
    });

    it('the import stores the 23 targets with one audit event naming the folder', async () => {
      const report = await run(CAN);
      assert.deepEqual([report.written, report.indicators, report.changed, report.unchanged], [true, 6, 23, 0]);
      assert.equal((await listAllProgressTargets(store.db)).length, 23);
      assert.deepEqual((await listProgressTargets(store.db, '1.2.1')).map((t) => [t.source, t.direction, t.target, t.updatedAt]),
        [['national', 'decrease', { year: 2030, value: 7.25 }, AT]]);
      const audit = await listAudit(store.db, { action: 'progress-target.import' });
      assert.deepEqual(audit.map((e) => [e.entity, e.comment]), [['progress_target', 'opensdg:opensdg-progress-options']]);
    });

    it('the same folder again changes nothing and writes no audit event', async () => {
      const report = await run(CAN);
      assert.deepEqual([report.changed, report.unchanged], [0, 23]);
      assert.equal((await listAudit(store.db, { action: 'progress-target.import' })).length, 1);
    });
  });
}

describe('Canada 1-2-1 imported with its options is assessed as Statistics Canada published it', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  let folder: string;
  before(async () => {
    ({ store, dispose } = await freshStore('sqlite'));
    await prepareStore(store);
    folder = mkdtempSync(join(tmpdir(), 'sdg-can-'));
    cpSync(join(CAN, 'indicator-config/1-2-1.yml'), join(folder, 'indicator-config/1-2-1.yml'), { recursive: true });
    cpSync('test/fixtures/opensdg-progress/data/indicator_1-2-1.csv', join(folder, 'data/indicator_1-2-1.csv'), { recursive: true });
    await setSettings(store.db, { country: '124' });
    await importOpenSdg(store, folder, { countryArea: '124' });
    await store.db.transaction().execute((trx) => importProgressOptions(trx, folder, { userId: null, at: AT }));
  });
  after(async () => {
    rmSync(folder, { recursive: true, force: true });
    await dispose?.();
  });

  it('opensdg: 14.5 (2015) → 10.2 (2023) against 7.25 is substantial progress, score 2.5186 (indicator_calculation_components.yml)', async () => {
    // observed −(10.2/14.5)^(1/8) + 1 = 0.043020; required |(7.25/14.5)^(1/15) − 1| = 0.045158; ratio 0.95259
    const [result] = indicatorsInScope(await progressBookFor(store.db), 'opensdg');
    assert.deepEqual([result!.indicator, result!.status, result!.series[0]!.target?.source], ['1.2.1', 'substantial_progress', 'national']);
    assert.ok(Math.abs(result!.score! - 2.5186) < 1e-4, String(result!.score));
    assert.ok(Math.abs(result!.series[0]!.results.opensdg.ratio! - 0.95259) < 1e-5);
  });
});

describe('sdg-tracker import progress-options', () => {
  it('--dry-run --json prints one report object and writes nothing; a bad folder exits 1 naming the file and key', async () => {
    const { spawnSync } = await import('node:child_process');
    const { store, url, dispose } = await freshStore('sqlite');
    await store.close();
    const repo = repository({ 'indicator-config/3-2-1.yml': 'auto_progress_calculation: true\nprogress_calculation_options:\n- target: 3\n' });
    try {
      const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'import', 'progress-options', ...args],
        { encoding: 'utf8', env: { ...process.env, DATABASE_URL: url } });
      const dry = cli(CAN, '--dry-run', '--json');
      assert.equal(dry.status, 0, dry.stderr);
      const report = JSON.parse(dry.stdout) as { dryRun: boolean; written: boolean; rowsRead: number; rowsStored: number; changed: number; skipped: unknown[] };
      assert.deepEqual([report.dryRun, report.written, report.rowsRead, report.rowsStored, report.changed, report.skipped.length], [true, false, 24, 23, 23, 1]);
      const bad = cli(repo.folder);
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /nothing written/);
      assert.match(bad.stderr, /indicator-config\/3-2-1\.yml:3 \[progress_calculation_options\[0\]\.direction\] direction is missing \(positive or negative\)/);
    } finally {
      repo.dispose();
      await dispose().catch(() => undefined);
    }
  });
});
