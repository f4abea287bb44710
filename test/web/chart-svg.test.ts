import assert from 'node:assert/strict';
import { test } from 'node:test';
import { observationsFileName } from '../../web/src/api/client.ts';
import { chartSvgDocument, wrapText } from '../../web/src/charts/chart-svg.ts';

const chart = '<svg width="600" height="400" xmlns="http://www.w3.org/2000/svg" version="1.1"><path d="M0 0L600 400"/></svg>';

test('chartSvgDocument puts the chart on a white page under its title and selection, above its source and address', () => {
  const svg = chartSvgDocument({
    chart, width: 600, height: 400, title: 'Under-five mortality rate, by sex (deaths per 1,000 live births)',
    selection: 'Bangladesh, Female', source: 'Source: UN Global SDG Indicators Database & BBS',
    address: 'https://sdg.example.org/indicators/3.2.1?SEX=F',
  });
  assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="600" height="\d+"/);
  assert.match(svg, /<rect width="100%" height="100%" fill="#ffffff"\/>/);
  const top = (text: string) => Number(new RegExp(`y="([\\d.]+)"[^>]*>${text}`).exec(svg)?.[1]);
  const chartTop = Number(/<svg x="0" y="([\d.]+)"/.exec(svg)?.[1]);
  const tops = [top('Under-five mortality rate, by sex'), top('Bangladesh, Female')];
  const bottoms = [top('Source: UN Global SDG Indicators Database &amp; BBS'), top('https://sdg.example.org/indicators/3.2.1\\?SEX=F')];
  assert.ok([...tops, chartTop, ...bottoms].every(Number.isFinite), `every part is placed: ${[...tops, chartTop, ...bottoms]}`);
  assert.ok(tops.every((y) => y < chartTop) && bottoms.every((y) => y > chartTop + 400), 'title and selection above, source and address below');
  const height = Number(/height="(\d+)"/.exec(svg)![1]);
  assert.ok(height >= bottoms[1]! && height > 400 + 24 + 20 + 16, `room for the text around the chart (${height})`);
});

test('chartSvgDocument aligns right-to-left text to the right edge', () => {
  const svg = chartSvgDocument({ chart, width: 600, height: 400, title: 'معدل وفيات الأطفال', selection: '', source: 'المصدر', dir: 'rtl', lang: 'ar' });
  assert.match(svg, /<text x="584" y="\d+(\.\d+)?" direction="rtl"/);
  assert.match(svg, /xml:lang="ar"/);
});

test('wrapText breaks between words, and inside a word only when it is too long alone (Chinese has no spaces)', () => {
  assert.deepEqual(wrapText('Under-five mortality rate, by sex', 140, 14), ['Under-five', 'mortality rate,', 'by sex']);
  const chinese = wrapText('五岁以下儿童死亡率按性别分列每千例活产', 100, 20);
  assert.ok(chinese.length > 1 && chinese.every((line) => line.length <= 5), chinese.join('|'));
});

test('observationsFileName names files as the open API names its CSV downloads', () => {
  assert.equal(observationsFileName('3.2.1'), 'indicator_3-2-1.csv');
  assert.equal(observationsFileName('3.2.1', 'SH_DYN_MORT'), 'indicator_3-2-1_SH_DYN_MORT.csv');
  assert.equal(observationsFileName('5.b.1', 'IT_MOB_OWN', 'svg'), 'indicator_5-b-1_IT_MOB_OWN.svg');
});
