import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cycleThrough, parentsFirst, readOrganisations, readResponsibilities, type ResponsibilityContext,
} from '../../src/ingest/organisations-csv/index.ts';

const HEADER = 'id,parent_id,name,kind,name_bn';

/** Listing codes of a few real indicators; 11.5.1 and 13.1.1 repeat 1.5.1. */
const LISTINGS = new Map([['1.5.1', '1.5.1'], ['11.5.1', '1.5.1'], ['13.1.1', '1.5.1'], ['3.2.1', '3.2.1'], ['4.1.2', '4.1.2']]);
const CONTEXT: ResponsibilityContext = {
  indicatorOf: (code) => LISTINGS.get(code),
  organisations: new Set(['HSD', 'DGHS', 'BBS', 'MODMR', 'MOPME']),
};

describe('readOrganisations', () => {
  it('reads the tree with Bengali names, parents after their children allowed, kinds in any case', () => {
    const { organisations, languages, report } = readOrganisations([
      HEADER,
      'BBS,SID,Bangladesh Bureau of Statistics,Statistics office,বাংলাদেশ পরিসংখ্যান ব্যুরো',
      'SID,,Statistics and Informatics Division,division,পরিসংখ্যান ও তথ্য ব্যবস্থাপনা বিভাগ',
      '"SDGA",PMO,"SDG Affairs, Prime Minister\'s Office",sdg-office,',
    ].join('\n'), 'organisations.csv', [{ id: 'PMO', parent: null }]);
    assert.deepEqual(report, { rowsRead: 3, rowsStored: 3, rowsRejected: 0, rejects: [] });
    assert.deepEqual(languages, ['bn']);
    assert.deepEqual(organisations, [
      { id: 'BBS', parent: 'SID', name: 'Bangladesh Bureau of Statistics', kind: 'statistics_office', names: { bn: 'বাংলাদেশ পরিসংখ্যান ব্যুরো' }, sortOrder: 0 },
      { id: 'SID', parent: null, name: 'Statistics and Informatics Division', kind: 'division', names: { bn: 'পরিসংখ্যান ও তথ্য ব্যবস্থাপনা বিভাগ' }, sortOrder: 1 },
      { id: 'SDGA', parent: 'PMO', name: "SDG Affairs, Prime Minister's Office", kind: 'sdg_office', names: {}, sortOrder: 2 },
    ]);
  });

  it('rejects an unknown kind, an unknown parent, a duplicate id and a blank name, each with file, line, column and reason', () => {
    const { organisations, report } = readOrganisations([
      HEADER,
      'SID,,Statistics and Informatics Division,division,',
      'BBS,SID,Bangladesh Bureau of Statistics,bureau,',
      'HSD,MOHFW,Health Services Division,division,',
      '',
      'SID,,Statistics Division,division,',
      'DGHS,HSD,,agency,স্বাস্থ্য অধিদপ্তর',
    ].join('\r\n'), 'organisations.csv', []);
    assert.deepEqual(report.rejects, [
      { file: 'organisations.csv', line: 3, column: 'kind', reason: '"bureau" is not a kind (ministry, division, agency, statistics_office, sdg_office, other)' },
      { file: 'organisations.csv', line: 4, column: 'parent_id', reason: 'parent "MOHFW" of HSD is neither in the file nor a stored organisation' },
      { file: 'organisations.csv', line: 6, column: 'id', reason: 'organisation id "SID" appears twice (first on line 2)' },
      { file: 'organisations.csv', line: 7, column: 'name', reason: 'DGHS has no name' },
    ]);
    assert.deepEqual([report.rowsRead, report.rowsStored, report.rowsRejected], [5, 1, 4]);
    assert.deepEqual(organisations.map((o) => o.id), ['SID']);
  });

  it('rejects every row of a cycle, through the file and the stored tree, naming the cycle', () => {
    const { report } = readOrganisations([HEADER, 'A,B,Alpha,agency,', 'B,C,Beta,agency,', 'D,D,Delta,agency,'].join('\n'),
      'o.csv', [{ id: 'C', parent: 'A' }]);
    assert.deepEqual(report.rejects, [
      { file: 'o.csv', line: 2, column: 'parent_id', reason: 'parent "B" of A makes a cycle: A → B → C → A' },
      { file: 'o.csv', line: 3, column: 'parent_id', reason: 'parent "C" of B makes a cycle: B → C → A → B' },
      { file: 'o.csv', line: 4, column: 'parent_id', reason: 'parent "D" of D makes a cycle: D → D' },
    ]);
  });

  it('reports a missing column on line 1 and a row with too many fields', () => {
    assert.deepEqual(readOrganisations('id,name,kind\nBBS,Bureau,agency\n', 'o.csv', []).report.rejects, [
      { file: 'o.csv', line: 1, column: 'parent_id', reason: 'missing column "parent_id" (header: id,name,kind)' },
    ]);
    assert.deepEqual(readOrganisations('id,parent_id,name,kind\nBBS,,Bureau,agency,extra\n', 'o.csv', []).report.rejects, [
      { file: 'o.csv', line: 2, column: '', reason: 'the row has 5 fields, the header has 4' },
    ]);
  });
});

describe('readResponsibilities', () => {
  it('resolves any listing code to its indicator and reads co-lead as co_lead', () => {
    const { items, report } = readResponsibilities(
      'indicator,organisation,role\n3.2.1,HSD,lead\n3.2.1,BBS,co-lead\n13.1.1,MODMR,Lead\n3.2.1,DGHS,associate\n', 'r.csv', CONTEXT);
    assert.deepEqual(report, { rowsRead: 4, rowsStored: 4, rowsRejected: 0, rejects: [] });
    assert.deepEqual(items, [
      { indicatorId: '3.2.1', organisationId: 'HSD', role: 'lead' },
      { indicatorId: '3.2.1', organisationId: 'BBS', role: 'co_lead' },
      { indicatorId: '1.5.1', organisationId: 'MODMR', role: 'lead' },
      { indicatorId: '3.2.1', organisationId: 'DGHS', role: 'associate' },
    ]);
  });

  it('keeps one lead per indicator and rejects unknown indicators, organisations, roles and repeated pairs', () => {
    const { items, report } = readResponsibilities([
      'indicator,organisation,role',
      '1.5.1,MODMR,lead',
      '11.5.1,BBS,lead',
      '99.9.9,HSD,lead',
      '3.2.1,MOHFW,lead',
      '4.1.2,MOPME,owner',
      '13.1.1,MODMR,associate',
    ].join('\n'), 'responsibilities.csv', CONTEXT);
    assert.deepEqual(report.rejects, [
      { file: 'responsibilities.csv', line: 3, column: 'role', reason: 'indicator 1.5.1 already has a lead: MODMR (line 2)' },
      { file: 'responsibilities.csv', line: 4, column: 'indicator', reason: '"99.9.9" is not an indicator of the framework' },
      { file: 'responsibilities.csv', line: 5, column: 'organisation', reason: '"MOHFW" is not a stored organisation' },
      { file: 'responsibilities.csv', line: 6, column: 'role', reason: '"owner" is not a role (lead, co_lead, associate)' },
      { file: 'responsibilities.csv', line: 7, column: 'organisation', reason: 'MODMR already answers for indicator 1.5.1 (line 2)' },
    ]);
    assert.deepEqual([report.rowsRead, report.rowsStored, report.rowsRejected], [6, 1, 5]);
    assert.deepEqual(items, [{ indicatorId: '1.5.1', organisationId: 'MODMR', role: 'lead' }]);
  });
});

describe('organisation tree rules', () => {
  it('cycleThrough finds the cycle through a node and ignores a cycle above it', () => {
    const parents = new Map<string, string | null>([['A', 'B'], ['B', 'A'], ['C', 'A'], ['R', null]]);
    assert.deepEqual(cycleThrough(parents, 'A'), ['A', 'B', 'A']);
    assert.equal(cycleThrough(parents, 'C'), null);
    assert.equal(cycleThrough(parents, 'R'), null);
  });

  it('parentsFirst puts each organisation after its parent', () => {
    const order = parentsFirst([{ id: 'BBS', parent: 'SID' }, { id: 'DGHS', parent: 'HSD' }, { id: 'SID', parent: 'MOP' }, { id: 'HSD', parent: null }, { id: 'MOP', parent: null }]);
    assert.deepEqual(order.map((o) => o.id), ['MOP', 'SID', 'BBS', 'HSD', 'DGHS']);
  });
});
