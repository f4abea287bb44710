import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadTemplate, templateCsv, templateFileName, templateWorkbook, type IndicatorTemplate } from '../../export/template/index.ts';
import type { Db } from '../../store/index.ts';
import { submissionForUpload, uploadToDraft } from '../../workflow/uploads/index.ts';
import { requireUser } from '../auth/session-hook.ts';
import { listingOf } from '../catalogue.ts';
import { ApiError, badParameter } from '../errors.ts';
import { indicatorParams } from '../indicators/schema.ts';
import { presentUpload } from './presenter.ts';
import { submissionParams, uploadErrorResponses, uploadQuery, uploadResponse } from './schema.ts';

/** The largest file an upload takes, in bytes (50 MiB). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Uploads and their templates:
 * - `GET /indicators/{code}/template.csv` and `…/template.xlsx` (signed in): the indicator's upload template filled
 *   with its published values and the open draft;
 * - `POST /submissions/{id}/uploads?mode=merge|replace[&dryRun=true]` (merge by default; provider of a responsible organisation, admin;
 *   draft or returned submissions): multipart/form-data with one file (CSV template, CSV in Open SDG layout, XLSX
 *   template, SDMX-CSV; at most 50 MiB). Without `confirm` it answers the plan and writes nothing; with
 *   `confirm=<digest>` it plans again and writes the draft when the plan has no error and the same digest (422
 *   VALIDATION_FAILED with every issue as details, 409 CONFLICT when the plan changed).
 */
export const uploadRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.store.db;
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 11 } });

  app.get('/indicators/:code/template.csv', {
    schema: {
      tags: ['uploads'], summary: "An indicator's upload template as CSV, filled with its published values and the open draft (signed in)",
      description: 'Columns TIME_PERIOD, SERIES, UNIT_MEASURE, UNIT_MULT, REF_AREA, one per dimension, OBS_VALUE, OBS_STATUS, NATURE, '
        + 'SOURCE_DETAIL, COMMENT_OBS and any further attribute the data carries; UTF-8 with a byte order mark.',
      params: indicatorParams, response: uploadErrorResponses,
    },
  }, async (request, reply) => {
    requireUser(request);
    const template = await templateOf(db, request.params.code);
    return reply.header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${templateFileName(template.indicator.code, 'csv')}"`)
      .send(templateCsv(template.table) as never);
  });

  app.get('/indicators/:code/template.xlsx', {
    schema: {
      tags: ['uploads'], summary: "An indicator's upload template as an XLSX workbook: data, codes and read me sheets (signed in)",
      params: indicatorParams, response: uploadErrorResponses,
    },
  }, async (request, reply) => {
    requireUser(request);
    const template = await templateOf(db, request.params.code);
    const bytes = await templateWorkbook(template, new Date().toISOString());
    return reply.header('content-type', XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${templateFileName(template.indicator.code, 'xlsx')}"`)
      .send(bytes as never);
  });

  app.post('/submissions/:id/uploads', {
    schema: {
      tags: ['uploads'], summary: "Upload a file into a submission's draft: a dry run, or the confirm of one",
      description: 'multipart/form-data with one file part. The answer lists what the file adds, changes (before → after) and '
        + 'deletes, how many values stay unchanged, every issue with file, sheet, row, column and reason, and the digest to confirm.',
      params: submissionParams, querystring: uploadQuery, response: { 200: uploadResponse, ...uploadErrorResponses },
    },
  }, async (request) => {
    const user = requireUser(request);
    const { mode, dryRun, confirm } = request.query;
    if (confirm !== undefined && dryRun === 'true') throw badParameter('dryRun', 'a dry run writes nothing: leave out dryRun to confirm');
    if (confirm === undefined && dryRun === 'false') throw badParameter('confirm', 'writing the draft needs confirm=<digest> from a dry run');
    const submission = await submissionForUpload(db, user, request.params.id);
    if (!request.isMultipart()) throw badParameter('file', 'send the file as multipart/form-data');
    const part = await request.file();
    if (!part) throw badParameter('file', 'the request holds no file');
    const fileName = part.filename || part.fieldname || 'upload';
    const outcome = await uploadToDraft(db, {
      user, submission, source: { stream: part.file, fileName }, request: { mode, confirm: confirm ?? null },
      beforePlan: () => {
        if (part.file.truncated) {
          throw new ApiError('VALIDATION_FAILED', `${fileName} is larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB an upload takes`, [
            { severity: 'error', file: fileName, sheet: null, row: 0, column: '', reason: `file too large: over ${MAX_UPLOAD_BYTES} bytes` },
          ]);
        }
      },
      onProgress: (rowsRead) => request.log.debug({ submission: submission.id, rowsRead }, 'upload rows read'),
    });
    return { data: presentUpload(outcome) };
  });
};

async function templateOf(db: Db, code: string): Promise<IndicatorTemplate> {
  const listing = await listingOf(db, code);
  return loadTemplate(db, { id: listing.id, code: listing.code, title: listing.title });
}
