import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { csvRecords } from '../../src/ingest/tidy-csv/csv-records.ts';

const work = mkdtempSync(join(tmpdir(), 'sdg-csv-records-'));
after(() => rmSync(work, { recursive: true, force: true }));

it('csvRecords numbers each record by its first line, also after quoted cells that span CRLF and LF line breaks', async () => {
  const path = join(work, 'crlf.csv');
  writeFileSync(path, 'a,b\r\n1,"x\r\ny"\r\n2,z\r\n3,"p\nq"\r\n4,w\r\n');
  const lines: [number, string][] = [];
  for await (const r of csvRecords(path)) lines.push([r.line, r.record.a!]);
  assert.deepEqual(lines, [[2, '1'], [4, '2'], [5, '3'], [7, '4']]);
});
