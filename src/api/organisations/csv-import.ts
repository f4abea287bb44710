import type { FastifyInstance } from 'fastify';
import type { Reject } from '../../ingest/reject-report.ts';
import type { Db } from '../../store/index.ts';
import { ApiError } from '../errors.ts';

/** Rolls a dry run's transaction back once its report is made. */
const ROLLBACK = Symbol('dry run');

/** Lets a plugin take `text/csv` (and `text/plain`) bodies as one string, for the CSV import routes. */
export function acceptCsvBodies(app: FastifyInstance): void {
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
}

/** The CSV text, file name and flags of an import body: a `text/csv` string or JSON `{ csv, file?, illustrative? }`. */
export function csvOf(body: string | { csv: string; file?: string | undefined; illustrative?: boolean | undefined }, defaultFile: string): {
  text: string; file: string; illustrative: boolean | undefined;
} {
  return typeof body === 'string'
    ? { text: body, file: defaultFile, illustrative: undefined }
    : { text: body.csv, file: body.file ?? defaultFile, illustrative: body.illustrative };
}

/**
 * Runs an import in one transaction and answers its report; with `dryRun` the transaction is rolled back after the
 * report is made, so nothing is written.
 * @throws ApiError VALIDATION_FAILED (422) when the report has rejects, `details` = the rejects (file, line, column,
 *   reason); nothing was written.
 */
export async function runCsvImport<R extends { file: string; rejects: Reject[]; rowsRead: number; written: boolean }>(
  db: Db, dryRun: boolean, work: (trx: Db) => Promise<R>,
): Promise<R> {
  let report: R | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      report = await work(trx);
      if (dryRun || report.rejects.length > 0) throw ROLLBACK;
    });
  } catch (e) {
    if (e !== ROLLBACK) throw e;
  }
  const r = report!;
  if (r.rejects.length > 0) {
    const rows = new Set(r.rejects.filter((x) => x.line > 0).map((x) => x.line)).size;
    const what = rows > 0 ? `${rows} of ${r.rowsRead} rows of ${r.file} are not valid` : `${r.file} cannot be read`;
    throw new ApiError('VALIDATION_FAILED', `${what}: nothing was imported (${r.rejects[0]!.reason}${r.rejects.length > 1 ? ', …' : ''})`, r.rejects);
  }
  return dryRun ? { ...r, written: false } : r;
}
