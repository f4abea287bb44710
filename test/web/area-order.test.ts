import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Area } from '../../web/src/api/types.ts';
import { orderAreas } from '../../web/src/indicator/area-order.ts';

const { areas: districts } = JSON.parse(readFileSync(new URL('./fixtures/fin-account-dhaka-districts.json', import.meta.url), 'utf8')) as { areas: Area[] };
const country: Area = { code: '050', name: 'Bangladesh', level: 'country' };
const divisions: Area[] = [
  { code: 'BD-C', name: 'Dhaka', level: 'division' },
  { code: 'BD-A', name: 'Barishal', level: 'division' },
];

test('orderAreas lists the country first, then the broader level (fewer areas), each by name rather than by ISO code', () => {
  const ordered = orderAreas([...districts, ...divisions, country], 'en');
  assert.deepEqual(ordered.slice(0, 3).map((a) => a.name), ['Bangladesh', 'Barishal', 'Dhaka']);
  const names = ordered.slice(3).map((a) => a.name);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en')));
  assert.equal(names[0], 'Dhaka');
  assert.equal(names.at(-1), 'Tangail');
  assert.notDeepEqual(ordered.slice(3).map((a) => a.code), [...districts].map((a) => a.code).sort());
});

test('orderAreas keeps a list of one level as one alphabetical list and leaves its input untouched', () => {
  const before = districts.map((a) => a.code);
  const ordered = orderAreas(districts, 'en');
  assert.equal(ordered.length, districts.length);
  assert.deepEqual(districts.map((a) => a.code), before);
});
