import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csvText } from '../../export/csv/index.ts';
import { listInnovationCases, recordAudit } from '../../store/index.ts';
import { requireUser, signedInAs } from '../auth/session-hook.ts';
import { ApiError } from '../errors.ts';
import { innovationEvent } from './access.ts';
import { exchangeDigest, exportCatalogue, importCatalogue, shapeProblems } from './exchange.ts';
import { errors, exchangeSchema, exportQuery, importQuery, importResponse } from './schema.ts';

/** Thrown inside a dry run's transaction so that nothing it wrote stays. */
class DryRunDone extends Error {}

/**
 * `GET /innovations/export?format=json|csv` (anyone; published cases) and `POST /innovations/import` (admin; a JSON
 * file in the export's shape; `?dryRun=true` answers the plan and its digest, `?confirm=<digest>` writes it, all or
 * nothing; problems answer 422 VALIDATION_FAILED with details [{record, field, reason}]).
 */
export const innovationExchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;

  app.get('/innovations/export', {
    schema: {
      tags: ['innovations'], summary: 'The published catalogue: JSON (the import shape) or CSV (one row per case)',
      querystring: exportQuery, response: { 200: exchangeSchema, ...errors },
    },
  }, async (request, reply) => {
    if (request.query.format === 'json') return exportCatalogue(db);
    const { cases } = await listInnovationCases(db, { limit: 1_000_000 });
    const rows = [['id', 'title', 'country', 'countries', 'stage', 'types', 'goals', 'targets', 'strongest_evidence', 'replications', 'tcv_figures', 'origin_url', 'updated_at'],
      ...cases.map((c) => [c.id, c.title, c.countryIso3 ?? '', c.countries.join(' '), c.stage ?? '', c.types.join(' '), c.goals.join(' '),
        c.targets.join(' '), c.strongestEvidence ?? '', c.replicationCount, c.measurementCount, c.originUrl ?? '', c.updatedAt])];
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="innovations.csv"').send(csvText(rows) as never);
  });

  app.post('/innovations/import', {
    preValidation: signedInAs('admin'),
    bodyLimit: 50 * 1024 * 1024,
    schema: {
      tags: ['innovations'], summary: 'Import cases in the export\'s JSON shape, all or nothing (admin): dry run first, then confirm with its digest',
      querystring: importQuery, body: z.record(z.string(), z.unknown()), response: { 200: importResponse, ...errors },
    },
  }, async (request) => {
    const admin = requireUser(request, 'admin');
    const { dryRun, confirm } = request.query;
    const digest = exchangeDigest(request.body);
    if (!dryRun && confirm === undefined) throw new ApiError('BAD_PARAMETER', 'parameter dryRun: run a dry run first (dryRun=true), then confirm with its digest');
    if (!dryRun && confirm !== digest) throw new ApiError('CONFLICT', 'parameter confirm: the digest does not match this file; run the dry run again', { digest });
    const parsed = exchangeSchema.safeParse(request.body);
    if (!parsed.success) {
      const problems = shapeProblems(request.body, parsed.error.issues);
      throw new ApiError('VALIDATION_FAILED', `the file has ${problems.length} problem${problems.length > 1 ? 's' : ''}; nothing was imported`, problems);
    }
    let plan: Awaited<ReturnType<typeof importCatalogue>> | undefined;
    try {
      await db.transaction().execute(async (trx) => {
        plan = await importCatalogue(trx, parsed.data, new Date().toISOString());
        if (plan.problems.length) {
          throw new ApiError('VALIDATION_FAILED', `the file has ${plan.problems.length} problem${plan.problems.length > 1 ? 's' : ''}; nothing was imported`, plan.problems);
        }
        if (dryRun) throw new DryRunDone();
        await recordAudit(trx, plan.changes.map((c) => innovationEvent(admin.id, 'innovation.import', 'innovation', c.id, c.before, c.after, `import ${digest}`)));
      });
    } catch (e) {
      if (!(e instanceof DryRunDone)) throw e;
    }
    const { problems: _p, changes: _c, ...done } = plan!;
    return { data: { dryRun, digest, ...done } };
  });
};
