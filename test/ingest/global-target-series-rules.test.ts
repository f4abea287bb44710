import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseGlobalTargetRule } from '../../src/analysis/progress/index.ts';
import { prepareStore } from '../../src/cli/prepare-store.ts';
import { BUNDLED_FRAMEWORK_DIR, readGlobalTargetRules, readGlobalTargetSeriesRules, SERIES_RULES_SOURCE } from '../../src/ingest/framework/index.ts';
import { getSetting, globalRuleFor, listGlobalTargetRules, setSettings, type Store } from '../../src/store/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

const SHIPPED = join(BUNDLED_FRAMEWORK_DIR, 'global-target-series-rules.csv');

describe('readGlobalTargetSeriesRules on the shipped global-target-series-rules.csv', () => {
  const rules = readGlobalTargetSeriesRules(SHIPPED);

  it('reads 25 series rules, infant mortality SH_DYN_IMRT of 3.2.1 asking to decrease', () => {
    assert.equal(rules.length, 25);
    const infant = rules.find((r) => r.series === 'SH_DYN_IMRT');
    assert.deepEqual({ ...infant, reason: undefined }, { indicatorId: '3.2.1', series: 'SH_DYN_IMRT', rule: 'Decrease', source: SERIES_RULES_SOURCE, reason: undefined });
    assert.match(infant?.reason ?? '', /under-five mortality/);
  });

  it('every rule is read by the rule parser, and belongs to an indicator that has a global rule', () => {
    const indicators = new Set(readGlobalTargetRules(join(BUNDLED_FRAMEWORK_DIR, 'global-targets-opensdg.csv')).map((r) => r.indicatorId));
    for (const r of rules) {
      assert.notEqual(parseGlobalTargetRule(r.rule).kind, 'unrecognised', `${r.indicatorId} ${r.series}: ${r.rule}`);
      assert.ok(indicators.has(r.indicatorId), r.indicatorId);
      assert.match(r.reason ?? '', /^[A-Z].+\.$/, `${r.series}: one sentence`);
    }
  });
});

describe('readGlobalTargetSeriesRules refusals', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'series-rules-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): string => { writeFileSync(join(dir, name), text); return join(dir, name); };

  it('a header without "reason" names the missing column', () => {
    const f = file('no-reason.csv', 'indicator,series,rule\n3.2.1,SH_DYN_IMRT,Decrease\n');
    assert.throws(() => readGlobalTargetSeriesRules(f), { message: `${f}: header must name "indicator", "series", "rule", "reason"; missing reason` });
  });

  it('a blank cell names the line and the column', () => {
    const f = file('blank.csv', 'indicator,series,rule,reason\n3.2.1,SH_DYN_IMRT,Decrease,Why.\n6.3.1,,Increase,Why.\n');
    assert.throws(() => readGlobalTargetSeriesRules(f), { message: `${f}, line 3: series must not be blank` });
  });

  it('a series given twice for one indicator names the second line', () => {
    const f = file('twice.csv', 'indicator,series,rule,reason\n3.2.1,SH_DYN_IMRT,Decrease,Why.\n3.2.1,SH_DYN_IMRT,Increase,Why.\n');
    assert.throws(() => readGlobalTargetSeriesRules(f), { message: `${f}, line 3: series SH_DYN_IMRT of 3.2.1 already has a rule` });
  });
});

for (const dialect of STORE_DIALECTS) {
  describe(`prepareStore loads the global rules on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let dispose: () => Promise<void>;
    before(async () => ({ store, dispose } = await freshStore(dialect)));
    after(async () => dispose?.());

    it('stores the indicator rules and the series rules: 3.2.1 keeps "≤ 25 per 1,000", its infant mortality "Decrease"', async () => {
      await prepareStore(store);
      const rules = await listGlobalTargetRules(store.db);
      // 248 indicators with a rule text + 25 series rules
      assert.equal([...rules.values()].flat().length, 273);
      assert.equal(globalRuleFor(rules.get('3.2.1'), 'SH_DYN_MORT')?.rule, '≤ 25 per 1,000');
      assert.equal(globalRuleFor(rules.get('3.2.1'), 'SH_DYN_IMRT')?.rule, 'Decrease');
    });

    it('reloads the rules when the stored digest is not that of the shipped files', async () => {
      const digest = await getSetting(store.db, 'global_target_rules_digest');
      await store.db.deleteFrom('global_target_rules').where('series_code', '!=', '').execute();
      await prepareStore(store);
      assert.equal([...(await listGlobalTargetRules(store.db)).values()].flat().length, 248, 'same digest: nothing reloaded');
      await setSettings(store.db, { global_target_rules_digest: 'from an earlier release' });
      await prepareStore(store);
      assert.equal([...(await listGlobalTargetRules(store.db)).values()].flat().length, 273);
      assert.equal(await getSetting(store.db, 'global_target_rules_digest'), digest);
    });
  });
}
