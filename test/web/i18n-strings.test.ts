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

test('French and Spanish translate every English UI string', () => {
  const english = [...keysOf(strings('en'))].filter((key) => !key.startsWith('languages.'));
  for (const lang of ['fr', 'es']) {
    const translated = keysOf(strings(lang));
    assert.deepEqual(english.filter((key) => !translated.has(key)), [], lang);
  }
});

test('Bengali and Arabic translate the whole page chrome (site, status, home, goal), leaving only SDMX metadata names and rare units to English', () => {
  const chrome = [...keysOf(strings('en'))].filter((key) => /^(site|status|home|goal)\./.test(key));
  for (const lang of ['bn', 'ar']) {
    const translated = keysOf(strings(lang));
    assert.deepEqual(chrome.filter((key) => !translated.has(key)), [], lang);
  }
});

test('no translation has a key English lacks, so nothing is translated in vain', () => {
  const english = keysOf(strings('en'));
  for (const lang of ['fr', 'es', 'bn', 'ar']) {
    const extra = [...keysOf(strings(lang))].filter((key) => !english.has(key) );
    assert.deepEqual(extra, [], lang);
  }
});
