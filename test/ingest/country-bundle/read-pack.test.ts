import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BUNDLED_COUNTRY_DIR, contrastWithWhite, PackError, readCountryPack, type PackProblem } from '../../../src/ingest/country-bundle/index.ts';

const RWANDA = new URL('../../../datasets/countries/rwa/', import.meta.url).pathname;

/** The problems readCountryPack throws for a folder, or [] when it reads. */
function problemsOf(folder: string): PackProblem[] {
  try {
    readCountryPack(folder);
    return [];
  } catch (e) {
    if (e instanceof PackError) return e.problems;
    throw e;
  }
}

describe('readCountryPack on the shipped packs', () => {
  it('reads Bangladesh: codes, languages, branding, three sources and every file named', () => {
    const pack = readCountryPack(BUNDLED_COUNTRY_DIR);
    assert.deepEqual(pack.country, { m49: '050', iso3: 'BGD', iso2: 'BD', names: { en: 'Bangladesh', bn: 'বাংলাদেশ' } });
    assert.deepEqual([pack.languages, pack.defaultLanguage], [['en', 'bn'], 'en']);
    assert.deepEqual(pack.branding, { logo: 'branding/logo.svg', colours: { primary: '#006A4E', accent: '#F42A41' } });
    assert.deepEqual(pack.sources.map((s) => `${s.id} ${s.kind}`), ['unsd-sdg-database unsd-sdg-database', 'bbs-census-2022 tidy-csv', 'wdi-primary-completion tidy-csv']);
    assert.deepEqual(pack.areas.levels, ['country', 'division', 'district']);
    assert.equal(pack.responsibilities?.illustrative, true);
  });

  it('reads Rwanda: M49 646, English and French, provinces outlined on "id", one sdmx source with its DSD', () => {
    const pack = readCountryPack(RWANDA);
    assert.deepEqual([pack.country.m49, pack.country.iso3, pack.country.iso2], ['646', 'RWA', 'RW']);
    assert.deepEqual(pack.languages, ['en', 'fr']);
    assert.deepEqual([pack.areas.levels, pack.areas.boundaries, pack.areas.featureKey], [['country', 'province', 'district'], { province: 'areas/rw-provinces.geojson' }, 'id']);
    const source = pack.sources[0]!;
    assert.equal(source.kind, 'sdmx');
    assert.equal(source.kind === 'sdmx' ? source.dsd : null, 'sdmx/rwanda_NISR-SDGs_SDG_DSD_1.3.xml');
  });

  it('contrastWithWhite gives WCAG ratios: white 1, black 21, the Bangladesh green 6.62', () => {
    // #006A4E: R 0 → 0; G 0x6A = 106/255 = 0.4157 → ((0.4157+0.055)/1.055)^2.4 = 0.1441; B 0x4E = 78/255 = 0.3059 → 0.0612
    // L = 0.7152 × 0.1441 + 0.0722 × 0.0612 = 0.1075; (1.05) / (0.1075 + 0.05) = 6.67 (6.62 with unrounded channels)
    assert.equal(contrastWithWhite('#FFFFFF'), 1);
    assert.equal(Math.round(contrastWithWhite('#000000')), 21);
    assert.equal(contrastWithWhite('#006A4E').toFixed(2), '6.62');
  });
});

describe('readCountryPack names every problem of a broken pack by file, key path, line and reason', () => {
  let dir: string;
  const pack = (): string => readFileSync(join(RWANDA, 'pack.yaml'), 'utf8');
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pack-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of the Rwanda pack (without its large data files) whose pack.yaml is `text`. */
  const variant = (name: string, text: string, extra: (folder: string) => void = () => undefined): string => {
    const folder = join(dir, name);
    cpSync(RWANDA, folder, { recursive: true, filter: (src) => !src.includes('/sdmx/') || src.endsWith('/sdmx') });
    for (const f of ['rwanda_2025_RWA-SDG_Data.xml', 'rwanda_NISR-SDGs_SDG_DSD_1.3.xml']) writeFileSync(join(folder, 'sdmx', f), '<x/>');
    writeFileSync(join(folder, 'pack.yaml'), text);
    extra(folder);
    return folder;
  };

  it('a missing settings file: pack.yaml, whole file', () => {
    const folder = variant('none', pack(), (f) => rmSync(join(f, 'pack.yaml')));
    assert.deepEqual(problemsOf(folder), [{ file: 'pack.yaml', path: '', line: 0, reason: 'file does not exist (a country pack needs its settings file)' }]);
  });

  it('a missing file: the key that names it, its line, and the path it names', () => {
    const folder = variant('missing-file', pack().replace('organisations.csv', 'organisation.csv'));
    const line = pack().split('\n').findIndex((l) => l.includes('file: organisations.csv')) + 1;
    assert.deepEqual(problemsOf(folder), [{ file: 'pack.yaml', path: 'organisations.file', line, reason: 'names "organisation.csv", which is not in the pack folder' }]);
  });

  it('a misspelt key and a missing required one: each named with its line', () => {
    const text = pack().replace('defaultLanguage: en', 'defaultLangauge: en');
    const folder = variant('bad-key', text);
    const line = text.split('\n').findIndex((l) => l.startsWith('defaultLangauge')) + 1;
    // A key that is missing has no line of its own: the line of the map that lacks it (the top, `country:`).
    const top = text.split('\n').findIndex((l) => l.startsWith('country:')) + 1;
    assert.deepEqual(problemsOf(folder).map((p) => [p.path, p.line, p.reason]), [
      ['defaultLanguage', top, 'required'],
      ['defaultLangauge', line, 'unknown key (misspelt, or not a pack setting)'],
    ]);
  });

  it('an unknown level, in the boundaries and in a row of the area file: the key and the file line', () => {
    const text = pack().replace('    province: areas/rw-provinces.geojson', '    region: areas/rw-provinces.geojson');
    const folder = variant('bad-level', text, (f) => {
      const csv = readFileSync(join(f, 'areas/rw-areas.csv'), 'utf8').replace('district,11,1,', 'sector,11,1,');
      writeFileSync(join(f, 'areas/rw-areas.csv'), csv);
    });
    const line = text.split('\n').findIndex((l) => l.includes('region:')) + 1;
    assert.deepEqual(problemsOf(folder), [
      { file: 'pack.yaml', path: 'areas.boundaries.region', line, reason: '"region" is not one of areas.levels (country, province, district)' },
      // line 8 of the file: the header, the country, 5 provinces, then Nyarugenge (11)
      { file: 'areas/rw-areas.csv', path: 'level', line: 8, reason: 'unknown level "sector": areas.levels in pack.yaml are country, province, district' },
    ]);
  });

  it('a wrong source kind, a bad colour and a primary colour white text cannot be read on', () => {
    const text = pack().replace('kind: sdmx', 'kind: sdmx-ml').replace('"#FAD201"', 'yellow').replace('"#20603D"', '"#00A1DE"');
    const problems = problemsOf(variant('bad-values', text));
    assert.deepEqual(problems.map((p) => p.path), ['branding.colours.accent', 'sources.0.kind']);
    assert.match(problems[0]!.reason, /#RRGGBB/);
    const contrast = problemsOf(variant('low-contrast', pack().replace('"#20603D"', '"#00A1DE"')));
    assert.deepEqual(contrast.map((p) => p.path), ['branding.colours.primary']);
    assert.match(contrast[0]!.reason, /#00A1DE under white text has a contrast of 2\.\d\d, below 4\.5/);
  });

  it('a logo with a script is refused; the message of the error lists file:line key: reason', () => {
    const folder = variant('script-logo', pack(), (f) => writeFileSync(join(f, 'branding/logo.svg'), '<svg onload="alert(1)"></svg>'));
    assert.throws(() => readCountryPack(folder), (e: Error) => {
      assert.ok(e instanceof PackError);
      assert.match(e.message, /invalid country pack:\npack\.yaml:\d+ branding\.logo: branding\/logo\.svg holds scripts or event handlers/);
      return true;
    });
  });

  it('YAML that does not parse: the line of the fault', () => {
    const problems = problemsOf(variant('bad-yaml', 'country:\n  m49: "646"\n  iso3: [RWA\n'));
    assert.equal(problems[0]?.file, 'pack.yaml');
    assert.ok(problems[0]!.line >= 3, `line ${problems[0]?.line}`);
    assert.match(problems[0]!.reason, /^not valid YAML/);
  });
});
