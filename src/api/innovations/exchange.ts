import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  getInnovationCase, InnovationCaseError, listInnovationOrganisations, listReplications, listTcvMeasurements, pruneReplications,
  replaceTcvMeasurements, saveInnovationCase, saveReplication, upsertInnovationOrganisations, type Db,
} from '../../store/index.ts';
import type { exchangeSchema } from './schema.ts';

/**
 * The catalogue's exchange file: `{ organisations, cases: [case + tcv + replications] }` with published cases only,
 * public contacts only and no update times, so an export imported elsewhere and exported again gives the same file.
 */
export type Exchange = z.infer<typeof exchangeSchema>;
type ExchangeCase = Exchange['cases'][number];

/** A problem of an import file: the record (case, organisation or replication id, or its position) and the field. */
export interface ImportProblem {
  record: string;
  field: string;
  reason: string;
}

/** The published catalogue in the exchange shape, cases by id. */
export async function exportCatalogue(db: Db): Promise<Exchange> {
  const ids = (await db.selectFrom('innovation_cases').select('id').where('status', '=', 'published').orderBy('id').execute()).map((r) => r.id);
  const cases: ExchangeCase[] = [];
  for (const id of ids) cases.push((await exportCase(db, id))!);
  return { organisations: await listInnovationOrganisations(db), cases };
}

async function exportCase(db: Db, id: string): Promise<ExchangeCase | null> {
  const c = await getInnovationCase(db, id);
  if (!c) return null;
  const tcv = (await listTcvMeasurements(db, id)).map(({ id: _id, caseId: _c, strength: _s, ...m }) => m);
  const replications = (await listReplications(db, { caseId: id })).map(({ caseId: _c, ...r }) => r);
  return { ...c, tcv, replications };
}

/** The SHA-256 (hex) of an import body: a dry run answers it, the confirming request names it. */
export function exchangeDigest(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/** Zod's problems of an import body named by record (`case dpg-x-road`, `cases[3]`) and field (`tcv.0.valueText`). */
export function shapeProblems(body: unknown, issues: readonly z.core.$ZodIssue[]): ImportProblem[] {
  const b = body as { cases?: { id?: unknown }[]; organisations?: { id?: unknown }[] } | null;
  return issues.map((i) => {
    const [list, index, ...field] = i.path.map(String);
    const item = list === 'cases' ? b?.cases?.[Number(index)] : list === 'organisations' ? b?.organisations?.[Number(index)] : undefined;
    const record = typeof item?.id === 'string' ? `${list === 'cases' ? 'case' : 'organisation'} ${item.id}` : index !== undefined ? `${list}[${index}]` : (list ?? 'file');
    return { record, field: field.join('.') || (index === undefined ? '' : 'record'), reason: i.message };
  });
}

/**
 * Writes an exchange file into the store in `trx`: organisations upserted, each case replaced whole with its TCV figures
 * and replications (those it no longer lists are removed). Answers which cases were added, changed or unchanged, and
 * every problem found (the caller rolls back when there are any). Contacts kept by this installation without public
 * consent are replaced by the file's.
 */
export async function importCatalogue(trx: Db, file: Exchange, at: string): Promise<{
  added: string[]; changed: string[]; unchanged: string[]; problems: ImportProblem[];
  /** Each added or changed case, before (null when added) and after, in the exchange shape: for the audit trail. */
  changes: { id: string; before: ExchangeCase | null; after: ExchangeCase | null }[];
}> {
  const out = {
    added: [] as string[], changed: [] as string[], unchanged: [] as string[], problems: [] as ImportProblem[],
    changes: [] as { id: string; before: ExchangeCase | null; after: ExchangeCase | null }[],
  };
  const seen = new Set<string>();
  for (const c of file.cases) {
    if (seen.has(c.id)) out.problems.push({ record: `case ${c.id}`, field: 'id', reason: 'the file lists this case twice' });
    seen.add(c.id);
  }
  const orgIds = new Set([...file.organisations.map((o) => o.id), ...(await listInnovationOrganisations(trx)).map((o) => o.id)]);
  for (const c of file.cases) {
    for (const o of c.organisations) if (!orgIds.has(o.organisationId)) out.problems.push({ record: `case ${c.id}`, field: 'organisations', reason: `"${o.organisationId}" is not an organisation of the network or the file` });
    for (const r of c.replications) {
      for (const o of [r.providerOrganisationId, r.adopterOrganisationId]) {
        if (o && !orgIds.has(o)) out.problems.push({ record: `replication ${r.id}`, field: 'organisations', reason: `"${o}" is not an organisation of the network or the file` });
      }
    }
    for (const m of c.tcv) {
      if (m.evidenceId && !c.evidence.some((e) => e.id === m.evidenceId)) out.problems.push({ record: `case ${c.id}`, field: `tcv.${m.measureKey}.evidenceId`, reason: `"${m.evidenceId}" is not an evidence item of the case` });
    }
  }
  const locals = new Set((await trx.selectFrom('organisations').select('id').execute()).map((o) => o.id));
  for (const o of file.organisations) {
    if (o.localOrganisationId && !locals.has(o.localOrganisationId)) out.problems.push({ record: `organisation ${o.id}`, field: 'localOrganisationId', reason: `"${o.localOrganisationId}" is not an organisation of this installation` });
  }
  if (out.problems.length) return out;
  await upsertInnovationOrganisations(trx, file.organisations);
  for (const { tcv, replications, ...c } of file.cases) {
    const before = await exportCase(trx, c.id);
    try {
      await saveInnovationCase(trx, c, at);
    } catch (e) {
      if (!(e instanceof InnovationCaseError)) throw e;
      out.problems.push({ record: `case ${c.id}`, field: e.field, reason: e.message });
      continue;
    }
    await replaceTcvMeasurements(trx, c.id, tcv.map((m) => ({ ...m, caseId: c.id })));
    await pruneReplications(trx, c.id, replications.map((r) => r.id));
    for (const r of replications) await saveReplication(trx, { ...r, caseId: c.id }, at);
    const after = await exportCase(trx, c.id);
    if (before && JSON.stringify(before) === JSON.stringify(after)) {
      out.unchanged.push(c.id);
      continue;
    }
    (before ? out.changed : out.added).push(c.id);
    out.changes.push({ id: c.id, before, after });
  }
  return out;
}
