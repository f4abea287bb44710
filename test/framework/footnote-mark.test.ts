import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFrameworkCsv, withoutFootnoteMark } from '../../src/ingest/framework/un-framework-csv.ts';

describe('withoutFootnoteMark', () => {
  it('drops the footnote number run into the last word, and keeps numbers that stand as words or belong to a formula', () => {
    assert.equal(withoutFootnoteMark('Take urgent action to combat climate change and its impacts3'),
      'Take urgent action to combat climate change and its impacts');
    assert.equal(withoutFootnoteMark('Fixed Internet broadband subscriptions per 100 inhabitants, by speed4'), 'Fixed Internet broadband subscriptions per 100 inhabitants, by speed');
    assert.equal(withoutFootnoteMark('Reduce emissions by 2030'), 'Reduce emissions by 2030');
    assert.equal(withoutFootnoteMark('Annual mean levels of fine particulate matter (e.g. PM2.5)'), 'Annual mean levels of fine particulate matter (e.g. PM2.5)');
    assert.equal(withoutFootnoteMark('Emissions of CO2'), 'Emissions of CO2');
  });

  it('the shipped framework has no title ending in a footnote number: goal 13, target 14.6 and indicator 17.6.1 read clean', () => {
    const framework = readFrameworkCsv('datasets/framework/un-gif-2025.csv');
    const title = (items: readonly { code?: string; id?: string; titles: Partial<Record<string, { title: string }>> }[], code: string) =>
      items.find((i) => (i.code ?? i.id) === code)?.titles.en?.title;
    assert.equal(title(framework.goals, '13'), 'Take urgent action to combat climate change and its impacts');
    assert.match(title(framework.targets, '14.6') ?? '', /negotiation$/);
    assert.match(title(framework.indicators, '17.6.1') ?? '', /by speed$/);
  });
});
