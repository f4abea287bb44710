import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Observation, SeriesInfo } from '../../web/src/api/types.ts';
import { dimensionParents, orderByTree } from '../../web/src/indicator/dimension-tree.ts';
import { linesOf } from '../../web/src/indicator/lines.ts';
import { selectionFromParams, selectionToParams } from '../../web/src/indicator/selection-params.ts';
import {
  COMPARE,
  defaultSelection,
  dimensionChoices,
  poolOf,
  repairSelection,
  withDimension,
} from '../../web/src/indicator/selection.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const mortality = JSON.parse(fixture('sh-dyn-mort-bgd.json')) as Observation[];
const mortalitySeries: SeriesInfo = {
  code: 'SH_DYN_MORT',
  name: 'Under-five mortality rate, by sex',
  relation: 'measures',
  units: ['PER_1000_LIVE_BIRTHS'],
  areas: [{ code: 'BD', name: 'Bangladesh', level: 'country' }],
  dimensions: [
    { id: 'AGE', name: 'Age', codes: [{ code: 'Y0T4', name: 'Under 5 years' }] },
    { id: 'SEX', name: 'Sex', codes: [{ code: '_T', name: 'Both sexes' }, { code: 'F', name: 'Female' }, { code: 'M', name: 'Male' }] },
  ],
  observationCount: mortality.length,
};

/** Canada's Open SDG file for 10.c.1 as observations: blank cells are totals, every other column a dimension. */
function remittanceCosts(): Observation[] {
  const rows = parse(fixture('can-10-c-1.csv'), { columns: true }) as Record<string, string>[];
  return rows.map((row) => {
    const dimensions: Record<string, string> = {};
    for (const [column, cell] of Object.entries(row)) if (column !== 'Year' && column !== 'Value' && cell) dimensions[column] = cell;
    return { series: '10.c.1', area: 'CA', timePeriod: row.Year!, dimensions, value: Number(row.Value), unit: 'PERCENT' };
  });
}

test('dimensionParents makes columns filled only where another is filled its children (Canada 10.c.1)', () => {
  const parents = dimensionParents(remittanceCosts(), ['Amount last sent', 'Method', 'Destination region']);
  assert.deepEqual(Object.fromEntries(parents), {
    'Amount last sent': 'Method',
    Method: null,
    'Destination region': 'Method',
  });
  assert.deepEqual(orderByTree(['Amount last sent', 'Method', 'Destination region'], parents), [
    'Method',
    'Amount last sent',
    'Destination region',
  ]);
});

test('dimensionParents leaves independent and never-total dimensions without parents (under-five mortality by sex)', () => {
  assert.deepEqual(Object.fromEntries(dimensionParents(mortality, ['AGE', 'SEX'])), { AGE: null, SEX: null });
});

test('dimensionChoices hides a child until its parent is set, then offers only categories with data', () => {
  const observations = remittanceCosts();
  const start = defaultSelection({ ...mortalitySeries, code: '10.c.1', units: ['PERCENT'], areas: [], dimensions: [] }, observations);
  assert.deepEqual(start.dimensions, { 'Amount last sent': '_T', Method: '_T', 'Destination region': '_T' });
  const pool = poolOf(observations, start);
  const choices = dimensionChoices(pool, start);
  assert.deepEqual(choices.filter((c) => !c.visible).map((c) => c.id), ['Amount last sent', 'Destination region']);
  assert.deepEqual(choices[0]!.codes, ['_T', 'All methods', 'Electronic methods', 'Non-electronic methods']);

  const electronic = repairSelection(observations, withDimension(start, 'Method', 'Electronic methods'));
  const region = dimensionChoices(pool, electronic).find((c) => c.id === 'Destination region')!;
  assert.equal(region.visible, true);
  assert.ok(region.codes.includes('Southern Asia'));
  assert.equal(electronic.dimensions['Destination region'], 'All regions', 'no electronic-methods row is total over regions');
});

test('repairSelection resets a child to the total when its parent goes back to the total', () => {
  const observations = remittanceCosts();
  const start = defaultSelection({ ...mortalitySeries, code: '10.c.1', units: ['PERCENT'], areas: [], dimensions: [] }, observations);
  const chosen = repairSelection(observations, {
    ...start,
    dimensions: { Method: 'Electronic methods', 'Destination region': 'Southern Asia', 'Amount last sent': '_T' },
  });
  assert.deepEqual(linesOf(observations, chosen).map((l) => l.points.map((p) => p.value)), [[3]]);
  const back = repairSelection(observations, withDimension(chosen, 'Method', '_T'));
  assert.equal(back.dimensions['Destination region'], '_T');
  assert.deepEqual(linesOf(observations, back).map((l) => l.points.map((p) => p.value)), [[5.5]]);
});

test('defaultSelection of under-five mortality picks the unit, the country and both sexes', () => {
  assert.deepEqual(defaultSelection(mortalitySeries, mortality), {
    series: 'SH_DYN_MORT',
    unit: 'PER_1000_LIVE_BIRTHS',
    area: 'BD',
    dimensions: { AGE: 'Y0T4', SEX: '_T' },
  });
});

test('linesOf compares the sexes as one line each, in code-list order, with 2021 values 27.3, 25.2 and 29.2', () => {
  const selection = withDimension(defaultSelection(mortalitySeries, mortality), 'SEX', COMPARE);
  const lines = linesOf(mortality, selection, () => ['_T', 'F', 'M']);
  assert.deepEqual(
    lines.map((l) => [l.key, l.points.at(-1)?.timePeriod, l.points.at(-1)?.value]),
    [['SEX=_T', '2021', 27.3], ['SEX=F', '2021', 25.2], ['SEX=M', '2021', 29.2]],
  );
});

test('selectionToParams writes only what differs from the opening view, and selectionFromParams reads it back', () => {
  const defaults = defaultSelection(mortalitySeries, mortality);
  const female = withDimension(defaults, 'SEX', 'F');
  assert.deepEqual(selectionToParams(defaults, defaults, 'SH_DYN_MORT'), {});
  assert.deepEqual(selectionToParams(female, defaults, 'SH_DYN_MORT'), { SEX: 'F' });
  assert.deepEqual(selectionToParams(female, defaults, 'SH_DYN_IMRT'), { series: 'SH_DYN_MORT', SEX: 'F' });
  const asked = selectionFromParams(new URLSearchParams('series=SH_DYN_MORT&SEX=*&lang=bn&view=table'));
  assert.deepEqual(asked, { series: 'SH_DYN_MORT', unit: null, area: null, dimensions: { SEX: '*' } });
  assert.deepEqual(repairSelection(mortality, { ...asked, series: 'SH_DYN_MORT' }, mortalitySeries).dimensions, { AGE: 'Y0T4', SEX: '*' });
});

test('defaultSelection compares every area when a series has no country-level data (census districts)', () => {
  const { areas, observations } = JSON.parse(fixture('fin-account-dhaka-districts.json')) as { areas: SeriesInfo['areas']; observations: Observation[] };
  const census: SeriesInfo = { ...mortalitySeries, code: 'FIN_ACCOUNT_15PLUS', units: ['percent'], areas, dimensions: [] };
  const start = defaultSelection(census, observations);
  assert.equal(start.area, COMPARE);
  assert.deepEqual(start.dimensions, { AGE: 'Y_GE15', SEX: '_T', URBANISATION: '_T' });
  assert.equal(linesOf(observations, start).length, 13);
});
