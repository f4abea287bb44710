import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapAnticipatedProgress, projectProgress } from '../../../src/analysis/progress/index.ts';

describe('projections of series that never went below zero', () => {
  it('projectProgress linear stops at zero: 12 → 6 → 0.5 over 2015–2021 falls about 1.9 a year, which would go negative by 2022', () => {
    // Least squares through (2015, 12), (2018, 6), (2021, 0.5): slope −11.5/6 = −1.9167, line at 2030 = 6.1667 − 1.9167·12 = −16.83 → 0.
    const p = projectProgress('linear', { series: [{ year: 2015, value: 12 }, { year: 2018, value: 6 }, { year: 2021, value: 0.5 }], direction: 'decrease', target: { value: 0, year: 2030 } });
    assert.ok(p.points.every((x) => x.value >= 0));
    assert.equal(p.points.at(-1)!.value, 0);
  });

  it('projectProgress linear keeps negative values for a series that has them (a balance)', () => {
    const p = projectProgress('linear', { series: [{ year: 2015, value: 2 }, { year: 2020, value: -3 }], direction: 'increase', target: { value: 5, year: 2030 } });
    // Slope −1 a year: −13 in 2030.
    assert.equal(p.points.at(-1)!.value, -13);
  });

  it('escapAnticipatedProgress projects 12.8 → 2.7 (2015 → 2022) no lower than 0 and calls a zero target met on this trend', () => {
    // Two points: the line through them gives 12.8 − 10.1·15/7 = −8.84 in 2030 → 0; ratio (0 − 12.8)/(0 − 12.8) = 1 → maintain.
    const r = escapAnticipatedProgress({ series: [{ year: 2015, value: 12.8 }, { year: 2022, value: 2.7 }], direction: 'decrease', target: { value: 0, year: 2030 } });
    assert.equal(r.projected, 0);
    assert.equal(r.ratio, 1);
    assert.equal(r.status, 'maintain_progress');
  });
});
