import assert from 'node:assert/strict';
import { it } from 'node:test';
import { printReport } from '../../src/cli/print-report.ts';

it('printReport shows the first three distinct places of a kind of reject, not one series line three times', (t) => {
  const written: string[] = [];
  t.mock.method(process.stderr, 'write', (chunk: string) => { written.push(chunk); return true; });
  const reject = (line: number) => ({ file: 'data.xml', line, column: 'UNIT_MEASURE', reason: "UNIT_MEASURE code 'IX' is outside the content constraint" });
  printReport('SDMX import', { rowsRead: 6, rowsStored: 1, rowsRejected: 5, rejects: [reject(288), reject(288), reject(288), reject(290), reject(301)] });
  assert.deepEqual(written.join('').split('\n'), [
    'SDMX import: 6 rows read, 1 stored, 5 rejected',
    "  5 × UNIT_MEASURE code 'IX' is outside the content constraint",
    "      data.xml:288 [UNIT_MEASURE] UNIT_MEASURE code 'IX' is outside the content constraint",
    "      data.xml:290 [UNIT_MEASURE] UNIT_MEASURE code 'IX' is outside the content constraint",
    "      data.xml:301 [UNIT_MEASURE] UNIT_MEASURE code 'IX' is outside the content constraint",
    '',
  ]);
});
