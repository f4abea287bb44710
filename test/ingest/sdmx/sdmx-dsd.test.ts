import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { codelistOf, readDsd, readGlobalDsd } from '../../../src/ingest/sdmx-dsd/index.ts';
import { RWANDA_DSD } from './rwanda-store.ts';

const work = mkdtempSync(join(tmpdir(), 'sdg-sdmx-dsd-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('readGlobalDsd', () => {
  it('readGlobalDsd reads IAEG-SDGs:SDG(1.14): 15 key dimensions then TIME_PERIOD, each with its code list', async () => {
    const dsd = await readGlobalDsd();
    assert.deepEqual(dsd.ref, { agency: 'IAEG-SDGs', id: 'SDG', version: '1.14' });
    assert.deepEqual(dsd.dimensions.map((d) => d.id), ['FREQ', 'REPORTING_TYPE', 'SERIES', 'REF_AREA', 'SEX', 'AGE', 'URBANISATION',
      'INCOME_WEALTH_QUANTILE', 'EDUCATION_LEV', 'OCCUPATION', 'CUST_BREAKDOWN', 'COMPOSITE_BREAKDOWN', 'DISABILITY_STATUS', 'ACTIVITY',
      'PRODUCT', 'TIME_PERIOD']);
    assert.deepEqual(dsd.dimensions.find((d) => d.id === 'REF_AREA')?.codelist, { agency: 'IAEG-SDGs', id: 'CL_AREA', version: '1.14' });
    assert.equal(dsd.attributes.length, 16);
    assert.deepEqual(dsd.attributes.filter((a) => a.mandatory).map((a) => `${a.id}@${a.attachment}`), ['OBS_STATUS@observation', 'UNIT_MULT@observation', 'UNIT_MEASURE@series']);
  });

  it('readGlobalDsd keeps code names per language and concept names: SEX F is Female in CL_SEX 1.1, concept SEX is Sex', async () => {
    const dsd = await readGlobalDsd();
    const sex = codelistOf(dsd, dsd.dimensions.find((d) => d.id === 'SEX')!)!;
    assert.deepEqual(sex.ref, { agency: 'IAEG-SDGs', id: 'CL_SEX', version: '1.1' });
    assert.deepEqual(sex.codes.get('F'), { id: 'F', names: { en: 'Female' }, parent: null });
    assert.deepEqual(dsd.concepts.get('SEX'), { en: 'Sex' });
  });

  it('readGlobalDsd links 770 of the 783 CL_SERIES codes to indicators through their annotations (837 links), VC_DSR_MISS to three', async () => {
    const dsd = await readGlobalDsd();
    assert.equal(dsd.codelists.get('IAEG-SDGs:CL_SERIES(1.14)')?.codes.size, 783);
    assert.equal(dsd.seriesIndicators.size, 770);
    assert.equal([...dsd.seriesIndicators.values()].reduce((n, l) => n + l.length, 0), 837);
    assert.deepEqual(dsd.seriesIndicators.get('VC_DSR_MISS'), ['1.5.1', '11.5.1', '13.1.1']);
  });

  it('readGlobalDsd takes series constraints from the shipped constraints file (665 series): SI_POV_DAY1 in PT, PRODUCT _T only, SEX any', async () => {
    const dsd = await readGlobalDsd();
    assert.equal(dsd.constraintOrigin, 'global-csv');
    assert.equal(dsd.constraints.size, 665);
    const c = dsd.constraints.get('SI_POV_DAY1')!;
    assert.deepEqual([...c.allowed.get('UNIT_MEASURE')!], ['PT']);
    assert.deepEqual([...c.allowed.get('PRODUCT')!], ['_T']);
    assert.equal(c.allowed.has('SEX'), false);
  });
});

describe('readDsd', () => {
  it('readDsd reads the national NISR-SDGs:SDG(1.3): its own CL_REF_AREA (36 codes), CL_SERIES (260, all annotated), no notes', async () => {
    const dsd = await readDsd(RWANDA_DSD, { label: 'rwanda.xml' });
    assert.deepEqual(dsd.ref, { agency: 'NISR-SDGs', id: 'SDG', version: '1.3' });
    assert.equal(dsd.file, 'rwanda.xml');
    assert.equal(codelistOf(dsd, dsd.dimensions[3]!)?.codes.size, 36);
    assert.deepEqual(codelistOf(dsd, dsd.dimensions[3]!)?.codes.get('11')?.names, { en: 'Nyarugenge' });
    assert.equal(dsd.seriesIndicators.size, 260);
    assert.deepEqual(dsd.notes, []);
    assert.equal(dsd.constraintOrigin, 'global-csv');
  });

  it('readDsd takes a referenced code list the file leaves out from the global DSD, and says so', async () => {
    const xml = readFileSync(RWANDA_DSD, 'utf8');
    const start = xml.indexOf('<structure:Codelist id="CL_SEX"');
    const end = xml.indexOf('</structure:Codelist>', start) + '</structure:Codelist>'.length;
    const path = join(work, 'no-sex.xml');
    writeFileSync(path, xml.slice(0, start) + xml.slice(end));
    const dsd = await readDsd(path, { label: 'no-sex.xml' });
    assert.deepEqual(dsd.notes, ['SEX: CL_SEX (IAEG-SDGs 1.1) is referenced but not included; codes are checked against CL_SEX (IAEG-SDGs 1.1) of the global DSD']);
    const sex = codelistOf(dsd, dsd.dimensions.find((d) => d.id === 'SEX')!)!;
    assert.equal(sex.origin, 'global');
    assert.deepEqual([...sex.codes.keys()].sort(), ['F', 'M', '_N', '_O', '_T', '_U', '_X']);
  });

  it('readDsd reads ContentConstraint cube regions by SERIES instead of the global file', async () => {
    const xml = readFileSync(RWANDA_DSD, 'utf8').replace('</structure:DataStructures>', `</structure:DataStructures>
    <structure:Constraints><structure:ContentConstraint id="CC" agencyID="NISR-SDGs" version="1.0" type="Allowed">
      <structure:CubeRegion include="true">
        <common:KeyValue id="SERIES"><common:Value>SI_POV_DAY1</common:Value></common:KeyValue>
        <common:KeyValue id="SEX"><common:Value>_T</common:Value><common:Value>F</common:Value></common:KeyValue>
        <common:Attribute id="UNIT_MEASURE"><common:Value>PT</common:Value></common:Attribute>
      </structure:CubeRegion>
    </structure:ContentConstraint></structure:Constraints>`);
    const path = join(work, 'constrained.xml');
    writeFileSync(path, xml);
    const dsd = await readDsd(path);
    assert.equal(dsd.constraintOrigin, 'dsd');
    assert.deepEqual([...dsd.constraints.keys()], ['SI_POV_DAY1']);
    assert.deepEqual(Object.fromEntries([...dsd.constraints.get('SI_POV_DAY1')!.allowed].map(([k, v]) => [k, [...v]])), { SEX: ['_T', 'F'], UNIT_MEASURE: ['PT'] });
  });

  it('readDsd throws ImportError naming the file for a message without a DataStructure', async () => {
    const path = join(work, 'empty.xml');
    writeFileSync(path, '<mes:Structure xmlns:mes="m"><mes:Structures/></mes:Structure>');
    await assert.rejects(readDsd(path, { label: 'empty.xml' }), /empty.xml: no DataStructure/);
  });
});
