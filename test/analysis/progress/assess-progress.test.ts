import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assessOpenSdg, assessProgress, escapAnticipatedProgress, escapCurrentStatus, eurostat, PROGRESS_METHODS, type ProgressInput,
  type ProgressMethod, unsdProgressChart,
} from '../../../src/analysis/progress/index.ts';

/** A poverty-like rate falling from 20 (2015) to 15 (2022) against a 2030 target of 10. */
const FALLING: ProgressInput = {
  series: [{ year: 2015, value: 20 }, { year: 2022, value: 15 }], direction: 'decrease', target: { value: 10, year: 2030 },
};

describe('assessProgress', () => {
  it('picks each method by name and answers what the method itself answers', () => {
    const direct: Record<ProgressMethod, unknown> = {
      opensdg: assessOpenSdg(FALLING), unsd: unsdProgressChart(FALLING), eurostat: eurostat(FALLING),
      'escap-csi': escapCurrentStatus(FALLING), 'escap-ap': escapAnticipatedProgress(FALLING),
    };
    for (const method of PROGRESS_METHODS) assert.deepEqual(assessProgress(method, FALLING), direct[method], method);
  });

  it('unsd on 20 → 15 (2015–2022) against 10 in 2030 is fair progress: ratio 0.889', () => {
    // actual CAGR (15/20)^(1/7) − 1 = −0.04026; required (10/20)^(1/15) − 1 = −0.04516; ratio 0.8915 ∈ [0.5, 0.95)
    const result = assessProgress('unsd', FALLING);
    assert.equal(result.status, 'fair_progress');
    assert.ok(Math.abs((result.ratio ?? Number.NaN) - 0.8915) < 1e-3, `ratio ${result.ratio}`);
  });

  it('an unknown method name fails with the value it got', () => {
    assert.throws(() => assessProgress('trend' as ProgressMethod, FALLING), /unknown progress method "trend"/);
  });
});
