import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveParentValues, nearestYearValue, parentIndex } from '../../src/analysis/area-aggregation.ts';
import { pocketReasons, type PocketInput } from '../../src/analysis/area-pockets.ts';

const children = new Map([['BD-B', ['BD-01', 'BD-02']], ['BD-C', ['BD-13', 'BD-26', 'BD-29']]]);
const population = new Map([
  ['BD-01', [{ year: 2011, value: 200 }, { year: 2022, value: 300 }]],
  ['BD-02', [{ year: 2022, value: 100 }]],
  ['BD-13', [{ year: 2022, value: 1000 }]],
  ['BD-26', [{ year: 2022, value: 500 }]],
  ['BD-29', [{ year: 2022, value: 500 }]],
]);

describe('deriveParentValues', () => {
  it('weights two district rates by population: (10·300 + 40·100) / 400 = 17.5', () => {
    const out = deriveParentValues({
      values: [{ area: 'BD-01', year: 2022, value: 10 }, { area: 'BD-02', year: 2022, value: 40 }],
      childrenOf: new Map([['BD-B', ['BD-01', 'BD-02']]]), method: 'population_weighted', population,
    });
    assert.deepEqual(out, [{ area: 'BD-B', year: 2022, value: 17.5, derived: true, method: 'population_weighted' }]);
  });

  it('takes the population of the nearest year: 2013 uses BD-01 2011 (200), BD-02 2022 (100): (10·200 + 40·100) / 300 = 20', () => {
    const out = deriveParentValues({
      values: [{ area: 'BD-01', year: 2013, value: 10 }, { area: 'BD-02', year: 2013, value: 40 }],
      childrenOf: new Map([['BD-B', ['BD-01', 'BD-02']]]), method: 'population_weighted', population,
    });
    assert.equal(out[0]?.value, 20);
  });

  it('sums counts of every child: 120 + 30 + 50 = 200 persons', () => {
    const out = deriveParentValues({
      values: [{ area: 'BD-13', year: 2022, value: 120 }, { area: 'BD-26', year: 2022, value: 30 }, { area: 'BD-29', year: 2022, value: 50 }],
      childrenOf: children, method: 'sum',
    });
    assert.deepEqual(out, [{ area: 'BD-C', year: 2022, value: 200, derived: true, method: 'sum' }]);
  });

  it('gives no value for a parent missing one child in that year, and keeps the years where all children have one', () => {
    const out = deriveParentValues({
      values: [
        { area: 'BD-01', year: 2021, value: 5 }, { area: 'BD-01', year: 2022, value: 7 },
        { area: 'BD-02', year: 2022, value: 3 },
        { area: 'BD-13', year: 2022, value: 1 }, { area: 'BD-26', year: 2022, value: 2 },
      ],
      childrenOf: children, method: 'sum',
    });
    // BD-B 2021: BD-02 missing; BD-B 2022: 7 + 3 = 10; BD-C 2022: BD-29 missing.
    assert.deepEqual(out, [{ area: 'BD-B', year: 2022, value: 10, derived: true, method: 'sum' }]);
  });

  it('gives no weighted value when a child has no population', () => {
    const out = deriveParentValues({
      values: [{ area: 'BD-01', year: 2022, value: 10 }, { area: 'BD-02', year: 2022, value: 40 }],
      childrenOf: new Map([['BD-B', ['BD-01', 'BD-02']]]), method: 'population_weighted',
      population: new Map([['BD-01', [{ year: 2022, value: 300 }]]]),
    });
    assert.deepEqual(out, []);
  });
});

describe('nearestYearValue and parentIndex', () => {
  it('nearestYearValue picks the closest year and the later one on a tie', () => {
    const points = [{ year: 2011, value: 5 }, { year: 2021, value: 7 }];
    assert.equal(nearestYearValue(points, 2015), 5); // 4 years against 6
    assert.equal(nearestYearValue(points, 2016), 7); // 5 and 5: the later
    assert.equal(nearestYearValue([], 2016), null);
  });

  it('parentIndex maps each child to its parent', () => {
    assert.equal(parentIndex(children).get('BD-26'), 'BD-C');
  });
});

describe('pocketReasons', () => {
  const base: PocketInput = { value: 60, national: 70, direction: 'increase', status: null, nationalStatus: null, offTrack: ['limited_progress', 'deterioration'] };

  it('an area below the nation where the aim is to increase is behind', () => {
    assert.deepEqual(pocketReasons(base), ['behind_national']);
  });
  it('an area above the nation where the aim is to decrease is behind; below it is not', () => {
    assert.deepEqual(pocketReasons({ ...base, direction: 'decrease', value: 80 }), ['behind_national']);
    assert.deepEqual(pocketReasons({ ...base, direction: 'decrease', value: 60 }), []);
  });
  it('equal to the nation, or without a direction or national value, is not behind', () => {
    assert.deepEqual(pocketReasons({ ...base, value: 70 }), []);
    assert.deepEqual(pocketReasons({ ...base, direction: null }), []);
    assert.deepEqual(pocketReasons({ ...base, national: null }), []);
  });
  it('off track while the nation is on track is a pocket even when ahead of the nation', () => {
    assert.deepEqual(pocketReasons({ ...base, value: 90, status: 'deterioration', nationalStatus: 'on_track' }), ['off_track_nation_on_track']);
  });
  it('off track while the nation is off track too or not assessed is no pocket by progress', () => {
    assert.deepEqual(pocketReasons({ ...base, value: 90, status: 'deterioration', nationalStatus: 'limited_progress' }), []);
    assert.deepEqual(pocketReasons({ ...base, value: 90, status: 'deterioration', nationalStatus: 'not_available' }), []);
  });
  it('both reasons at once', () => {
    assert.deepEqual(pocketReasons({ ...base, status: 'limited_progress', nationalStatus: 'on_track' }), ['behind_national', 'off_track_nation_on_track']);
  });
});
