import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ImportContext } from '../../ingest/organisations-csv/index.ts';
import type { Reject } from '../../ingest/reject-report.ts';
import type { Db } from '../../store/index.ts';
import { requireUser } from '../auth/session-hook.ts';
import { ApiError } from '../errors.ts';
import type { csvImportBody, csvImportQuery } from './schema.ts';

/** Rolls a dry run's transaction back once its report is made. */
const ROLLBACK = Symbol('dry run');

/** Lets a plugin take `text/csv` (and `text/plain`) bodies as one string, for the CSV import routes. */
export function acceptCsvBodies(app: FastifyInstance): void {
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
}

/** A request to a CSV import route: the body (see csvOf) and `?dryRun=`, `?illustrative=`. */
export interface CsvImportRequest extends FastifyRequest {
  body: z.infer<typeof csvImportBody>;
  query: z.infer<typeof csvImportQuery>;
}

/** The report every CSV import makes (see runCsvImport). */
type ImportReport = { file: string; rejects: Reject[]; rowsRead: number; written: boolean };

/**
 * Answers a CSV import route (admin): reads the body (see csvOf; `defaultFile` names a bare `text/csv` body) and runs
 * `load` over its text at this moment, by the admin, in one transaction (see runCsvImport; `?dryRun=true` writes
 * nothing). `illustrative` is the body's flag, else `?illustrative=true`.
 * @throws ApiError UNAUTHENTICATED, FORBIDDEN for anyone but an admin; VALIDATION_FAILED as runCsvImport.
 */
export async function answerCsvImport<R extends ImportReport>(
  db: Db, request: CsvImportRequest, defaultFile: string,
  load: (trx: Db, text: string, context: ImportContext & { illustrative: boolean }) => Promise<R>,
): Promise<{ data: R }> {
  const admin = requireUser(request, 'admin');
  const { text, file, illustrative } = csvOf(request.body, defaultFile);
  const context = { file, userId: admin.id, at: new Date().toISOString(), illustrative: illustrative ?? request.query.illustrative === 'true' };
  return { data: await runCsvImport(db, request.query.dryRun === 'true', (trx) => load(trx, text, context)) };
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
export async function runCsvImport<R extends ImportReport>(
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
