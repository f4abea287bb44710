import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PackError, readCountryPack, type PackProblem } from '../../../src/ingest/country-bundle/index.ts';

const RWANDA = new URL('../../../datasets/countries/rwa/', import.meta.url).pathname;

describe('readCountryPack tells a value of the wrong type from a missing one', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pack-types-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** The problems of a copy of the Rwanda pack (data files stubbed) whose pack.yaml has `from` replaced by `to`. */
  const problemsWith = (name: string, from: string, to: string): PackProblem[] => {
    const folder = join(dir, name);
    cpSync(RWANDA, folder, { recursive: true, filter: (src) => !src.includes('/sdmx/') || src.endsWith('/sdmx') });
    for (const f of ['rwanda_2025_RWA-SDG_Data.xml', 'rwanda_NISR-SDGs_SDG_DSD_1.3.xml']) writeFileSync(join(folder, 'sdmx', f), '<x/>');
    const text = readFileSync(join(RWANDA, 'pack.yaml'), 'utf8');
    assert.ok(text.includes(from));
    writeFileSync(join(folder, 'pack.yaml'), text.replace(from, to));
    try {
      readCountryPack(folder);
      return [];
    } catch (e) {
      if (e instanceof PackError) return e.problems;
      throw e;
    }
  };

  it('an unquoted M49 code (a YAML number) is named as such, not as "required"', () => {
    assert.deepEqual(problemsWith('m49', 'm49: "646"', 'm49: 646'), [
      { file: 'pack.yaml', path: 'country.m49', line: 5, reason: 'text expected, found 646: write it in quotes ("646")' },
    ]);
  });

  it('a list where a mapping belongs names what it found', () => {
    assert.deepEqual(problemsWith('names', '  names:\n    en: Rwanda\n    fr: Rwanda', '  names: [Rwanda]'), [
      { file: 'pack.yaml', path: 'country.names', line: 8, reason: 'a mapping (key: value) expected, found a list' },
    ]);
  });
});
