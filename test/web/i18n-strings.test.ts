import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const WEB = new URL('../../web/src/', import.meta.url).pathname;
const strings = (lang: string) => JSON.parse(readFileSync(join(WEB, 'i18n', `${lang}.json`), 'utf8')) as Record<string, unknown>;

/** Every `a.b.c` key of a strings file whose value is text. */
function keysOf(value: Record<string, unknown>, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, inner] of Object.entries(value)) {
    if (inner && typeof inner === 'object') for (const k of keysOf(inner as Record<string, unknown>, `${prefix}${key}.`)) keys.add(k);
    else keys.add(`${prefix}${key}`);
  }
  return keys;
}

/** Keys the site's code asks for literally: `t('indicator.chart')`. */
function keysUsed(): Set<string> {
  const used = new Set<string>();
  for (const file of readdirSync(WEB, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file)) continue;
    for (const match of readFileSync(join(WEB, file), 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z_.]+)'/g)) used.add(match[1]!);
  }
  return used;
}

test('every UI string the site asks for exists in English', () => {
  const english = keysOf(strings('en'));
  const used = keysUsed();
  assert.ok(used.size > 40, `found ${used.size} keys in the code`);
  assert.deepEqual([...used].filter((key) => !english.has(key)), []);
});

/** Every language the site ships strings for (web/src/i18n/<lang>.json besides English). */
const TRANSLATIONS = readdirSync(join(WEB, 'i18n')).filter((f) => f.endsWith('.json') && f !== 'en.json').map((f) => f.replace(/\.json$/, '')).sort();

test('the site ships strings for Arabic, Bengali, Chinese, French, Nepali, Russian and Spanish', () => {
  assert.deepEqual(TRANSLATIONS, ['ar', 'bn', 'es', 'fr', 'ne', 'ru', 'zh-Hans']);
});

test('every translation has every English UI string (language names aside: each language is named in itself)', () => {
  const english = [...keysOf(strings('en'))].filter((key) => !key.startsWith('languages.'));
  for (const lang of TRANSLATIONS) {
    const translated = keysOf(strings(lang));
    assert.deepEqual(english.filter((key) => !translated.has(key)), [], lang);
  }
});

test('every translation keeps the placeholders of the English string, so no value goes missing from a sentence', () => {
  const english = strings('en');
  for (const lang of TRANSLATIONS) {
    const translated = strings(lang);
    for (const key of keysOf(translated)) {
      const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(placeholders(valueAt(translated, key)), placeholders(valueAt(english, key)), `${lang} ${key}`);
    }
  }
});

test('no translation has a key English lacks, so nothing is translated in vain', () => {
  const english = keysOf(strings('en'));
  for (const lang of TRANSLATIONS) {
    const extra = [...keysOf(strings(lang))].filter((key) => !english.has(key));
    assert.deepEqual(extra, [], lang);
  }
});

test('strings files write numbers in ASCII digits; the site shows them in the page language’s digits, as it does every number', () => {
  for (const lang of ['en', ...TRANSLATIONS]) {
    const native = [...keysOf(strings(lang))].filter((key) => /(?![0-9])\p{Nd}/u.test(String(valueAt(strings(lang), key))));
    assert.deepEqual(native, [], lang);
  }
});

function valueAt(value: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((inner, part) => (inner as Record<string, unknown> | undefined)?.[part], value);
}
