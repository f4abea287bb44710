import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUNDLED_FRAMEWORK_DIR } from '../../src/ingest/framework/index.ts';
import { normaliseTier, readIndicatorTiers } from '../../src/ingest/framework/indicator-tiers.ts';

describe('normaliseTier', () => {
  it('reads the English, French and numeric spellings of Open SDG metadata as I, II, III', () => {
    assert.equal(normaliseTier('Tier I'), 'I');
    assert.equal(normaliseTier('Tier I '), 'I');
    assert.equal(normaliseTier('Niveau II'), 'II');
    assert.equal(normaliseTier('2.0'), 'II');
    assert.equal(normaliseTier('3'), 'III');
    assert.equal(normaliseTier('Tier III'), 'III');
  });

  it('keeps every tier of a mixed classification, in order, and ignores the parts named in brackets', () => {
    assert.equal(normaliseTier('Tier I (a) / Tier II (b, c)'), 'I/II');
    assert.equal(normaliseTier('Niveau I/II selon l’indice'), 'I/II');
    assert.equal(normaliseTier('(a) Tier I; and (b) Tier II'), 'I/II');
    assert.equal(normaliseTier('Tier I/III'), 'I/III');
  });

  it('answers null for blank text', () => {
    assert.equal(normaliseTier('   '), null);
    assert.equal(normaliseTier(''), null);
  });
});

describe('readIndicatorTiers on the shipped indicator-tiers.csv', () => {
  it('reads 249 listings, 1.1.1 tier I and 1.2.2 tier II', () => {
    const tiers = readIndicatorTiers(`${BUNDLED_FRAMEWORK_DIR}indicator-tiers.csv`);
    assert.equal(tiers.length, 249);
    assert.deepEqual(tiers.find((t) => t.indicatorId === '1.1.1'), { indicatorId: '1.1.1', tier: 'I', source: 'opensdg-can@f89e601 (2026-03-10)' });
    assert.equal(tiers.find((t) => t.indicatorId === '1.2.2')?.tier, 'II');
  });
});
