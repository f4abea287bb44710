import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { strengthRank, strongestStrength, weakestStrength } from '../../../src/analysis/innovations/index.ts';

describe('evidence strength', () => {
  it('strengthRank orders self_reported < official_claim < independent < peer_reviewed and names an unknown value', () => {
    assert.deepEqual((['self_reported', 'official_claim', 'independent', 'peer_reviewed'] as const).map(strengthRank), [0, 1, 2, 3]);
    assert.throws(() => strengthRank('anecdote' as never), /unknown evidence strength "anecdote"/);
  });
  it('weakestStrength of equal strengths gives that strength with no note, and refuses an empty list', () => {
    assert.deepEqual(weakestStrength([['independent', 'baseline'], ['independent', 'post']]), { strength: 'independent', note: '' });
    assert.throws(() => weakestStrength([]), /at least one/);
  });
  it('strongestStrength gives a case its best evidence, null for none', () => {
    assert.equal(strongestStrength(['official_claim', 'independent', 'self_reported']), 'independent');
    assert.equal(strongestStrength([]), null);
  });
});
