import {
  CASE_ORGANISATION_ROLES, EVIDENCE_STRENGTHS, INNOVATION_STAGES, INNOVATION_TYPES,
  type CaseOrganisationRole, type EvidenceStrength, type InnovationCase, type InnovationStage, type InnovationType,
} from '../domain/index.ts';
import type { Db } from './database.ts';
import { activeFrameworkId, listGoalRows, listTargetRows } from './framework.ts';
import type { InnovationCaseRow } from './innovations-rows.ts';

/** A case that cannot be stored: `field` names what is wrong and `values` the offending values. */
export class InnovationCaseError extends Error {
  readonly code = 'INVALID_INNOVATION_CASE';
  constructor(readonly caseId: string, readonly field: string, readonly values: string[], message: string) {
    super(`innovation case ${caseId}: ${message}`);
  }
}

/** The child tables of a case, emptied and written again on every save. */
const CASE_CHILD_TABLES = [
  'innovation_case_countries', 'innovation_case_organisations', 'innovation_case_types', 'innovation_case_tags',
  'innovation_case_goals', 'innovation_case_targets', 'innovation_case_stages', 'innovation_contacts',
] as const;

/**
 * Stores a whole case (inserted, or replacing the one with its id; its TCV measurements and replications stay),
 * keeping `created_at` of an existing case and setting `updated_at` to `at`. The goals of its targets are added to its
 * goals. Its organisations must exist (upsertInnovationOrganisations).
 * @throws InnovationCaseError naming every target code (`field: 'targets'`) or goal code the active framework lacks,
 * or an unknown stage, type, role or evidence strength, before anything is written.
 * @example await saveInnovationCase(trx, { ...caseOf('bgd-e-mutation'), targets: ['16.6', '99.9'] }, now)
 * // throws "innovation case bgd-e-mutation: target 99.9 is not in the framework"
 */
export async function saveInnovationCase(trx: Db, c: InnovationCase, at: string): Promise<void> {
  const targetGoals = await checkCase(trx, c);
  const existing = await trx.selectFrom('innovation_cases').select('created_at').where('id', '=', c.id).executeTakeFirst();
  const row: InnovationCaseRow = {
    id: c.id, title: c.title, summary: c.summary, problem: c.problem, solution: c.solution, country_iso3: c.countryIso3,
    administrative_level: c.administrativeLevel, start_date: c.startDate, stage: c.stage,
    coverage_units_live: c.coverage.unitsLive, coverage_units_eligible: c.coverage.unitsEligible, coverage_as_of: c.coverage.asOf,
    legal_basis: c.institutionalisation.legalBasis, budget_line: c.institutionalisation.budgetLine,
    mandatory_from: c.institutionalisation.mandatoryFrom, prerequisites: c.transferability.prerequisites,
    open_source_licence: c.transferability.openSourceLicence, content_licence: c.contentLicence, website: c.website,
    status: c.status, seed_key: c.seedKey, origin_url: c.origin?.instanceUrl ?? null, origin_id: c.origin?.remoteId ?? null,
    origin_updated_at: c.origin?.remoteUpdatedAt ?? null, created_at: existing?.created_at ?? at, updated_at: at,
  };
  if (existing) {
    await trx.updateTable('innovation_cases').set(row).where('id', '=', c.id).execute();
    for (const table of CASE_CHILD_TABLES) await trx.deleteFrom(table).where('case_id', '=', c.id).execute();
  } else {
    await trx.insertInto('innovation_cases').values(row).execute();
  }
  const id = c.id;
  const countries = unique([...(c.countryIso3 ? [c.countryIso3] : []), ...c.countries]);
  if (countries.length) await trx.insertInto('innovation_case_countries').values(countries.map((iso3) => ({ case_id: id, iso3 }))).execute();
  const orgs = uniqueBy(c.organisations, (o) => `${o.organisationId}|${o.role}`);
  if (orgs.length) {
    await trx.insertInto('innovation_case_organisations')
      .values(orgs.map((o) => ({ case_id: id, organisation_id: o.organisationId, role: o.role }))).execute();
  }
  const types = unique(c.types);
  if (types.length) await trx.insertInto('innovation_case_types').values(types.map((type) => ({ case_id: id, type }))).execute();
  const tags = unique(c.tags.map((t) => t.trim()).filter(Boolean));
  if (tags.length) await trx.insertInto('innovation_case_tags').values(tags.map((tag) => ({ case_id: id, tag }))).execute();
  const goals = unique([...c.goals, ...targetGoals.values()]);
  if (goals.length) await trx.insertInto('innovation_case_goals').values(goals.map((goal_code) => ({ case_id: id, goal_code }))).execute();
  const targets = unique(c.targets);
  if (targets.length) {
    await trx.insertInto('innovation_case_targets')
      .values(targets.map((t) => ({ case_id: id, target_code: t, goal_code: targetGoals.get(t) ?? '' }))).execute();
  }
  if (c.stageHistory.length) {
    await trx.insertInto('innovation_case_stages')
      .values(c.stageHistory.map((s, position) => ({ case_id: id, position, stage: s.stage, date: s.date, note: s.note }))).execute();
  }
  if (c.contacts.length) {
    await trx.insertInto('innovation_contacts').values(c.contacts.map((p) => ({
      case_id: id, name: p.name, role_title: p.roleTitle, email: p.email, consent_public: p.consentPublic ? 1 : 0,
    }))).execute();
  }
  await trx.deleteFrom('innovation_evidence').where('case_id', '=', id)
    .where('id', 'not in', c.evidence.length ? c.evidence.map((e) => e.id) : ['']).execute();
  for (const [position, e] of c.evidence.entries()) {
    const evidence = {
      case_id: id, position, kind: e.kind, metric: e.metric, before_text: e.before, after_text: e.after, unit: e.unit,
      period: e.period, sample_size: e.sampleSize, strength: e.strength, source_title: e.sourceTitle, source_url: e.sourceUrl,
      source_licence: e.sourceLicence, notes: e.notes,
    };
    const done = await trx.updateTable('innovation_evidence').set(evidence).where('id', '=', e.id).where('case_id', '=', id).executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) await trx.insertInto('innovation_evidence').values({ id: e.id, ...evidence }).execute();
  }
}

/**
 * One case, whole, or null for an unknown id. Contacts without public consent are left out unless `contacts: 'all'`
 * (for the case's own organisation and admins).
 */
export async function getInnovationCase(db: Db, id: string, options: { contacts?: 'public' | 'all' } = {}): Promise<InnovationCase | null> {
  const r = await db.selectFrom('innovation_cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return null;
  const [countries, orgs, types, tags, goals, targets, stages, evidence, contacts] = await Promise.all([
    db.selectFrom('innovation_case_countries').select('iso3').where('case_id', '=', id).orderBy('iso3').execute(),
    db.selectFrom('innovation_case_organisations').select(['organisation_id', 'role']).where('case_id', '=', id)
      .orderBy('role').orderBy('organisation_id').execute(),
    db.selectFrom('innovation_case_types').select('type').where('case_id', '=', id).orderBy('type').execute(),
    db.selectFrom('innovation_case_tags').select('tag').where('case_id', '=', id).orderBy('tag').execute(),
    db.selectFrom('innovation_case_goals').select('goal_code').where('case_id', '=', id).execute(),
    db.selectFrom('innovation_case_targets').select('target_code').where('case_id', '=', id).execute(),
    db.selectFrom('innovation_case_stages').selectAll().where('case_id', '=', id).orderBy('position').execute(),
    db.selectFrom('innovation_evidence').selectAll().where('case_id', '=', id).orderBy('position').execute(),
    db.selectFrom('innovation_contacts').selectAll().where('case_id', '=', id)
      .$if(options.contacts !== 'all', (q) => q.where('consent_public', '=', 1)).orderBy('id').execute(),
  ]);
  return {
    id: r.id, title: r.title, summary: r.summary, problem: r.problem, solution: r.solution, countryIso3: r.country_iso3,
    countries: countries.map((c) => c.iso3), administrativeLevel: r.administrative_level, startDate: r.start_date,
    types: types.map((t) => t.type as InnovationType), tags: tags.map((t) => t.tag),
    goals: goals.map((g) => g.goal_code).sort(byCode), targets: targets.map((t) => t.target_code).sort(byCode),
    stage: r.stage as InnovationStage | null,
    stageHistory: stages.map((s) => ({ stage: s.stage as InnovationStage, date: s.date, note: s.note })),
    organisations: orgs.map((o) => ({ organisationId: o.organisation_id, role: o.role as CaseOrganisationRole })),
    coverage: { unitsLive: r.coverage_units_live, unitsEligible: r.coverage_units_eligible, asOf: r.coverage_as_of },
    institutionalisation: { legalBasis: r.legal_basis, budgetLine: r.budget_line, mandatoryFrom: r.mandatory_from },
    transferability: { prerequisites: r.prerequisites, openSourceLicence: r.open_source_licence },
    evidence: evidence.map((e) => ({
      id: e.id, kind: e.kind, metric: e.metric, before: e.before_text, after: e.after_text, unit: e.unit, period: e.period,
      sampleSize: e.sample_size, strength: e.strength as EvidenceStrength, sourceTitle: e.source_title, sourceUrl: e.source_url,
      sourceLicence: e.source_licence, notes: e.notes,
    })),
    contacts: contacts.map((p) => ({ name: p.name, roleTitle: p.role_title, email: p.email, consentPublic: p.consent_public === 1 })),
    contentLicence: r.content_licence, website: r.website, status: r.status as InnovationCase['status'], seedKey: r.seed_key,
    origin: r.origin_url && r.origin_id && r.origin_updated_at
      ? { instanceUrl: r.origin_url, remoteId: r.origin_id, remoteUpdatedAt: r.origin_updated_at } : null,
  };
}

/** Deletes a case with everything hanging from it (measurements, replications, evidence, stage history). */
export async function deleteInnovationCase(trx: Db, id: string): Promise<boolean> {
  const done = await trx.deleteFrom('innovation_cases').where('id', '=', id).executeTakeFirst();
  return Number(done.numDeletedRows) > 0;
}

/**
 * The target codes among `codes` that the active framework lacks, in the order given (all of them on a database
 * without a framework).
 * @example await unknownTargets(db, ['16.9', '16.99']) // ['16.99']
 */
export async function unknownTargets(db: Db, codes: readonly string[]): Promise<string[]> {
  const known = await frameworkTargets(db);
  return codes.filter((c) => !known.has(c));
}

/** Map target code → goal code of the active framework. */
async function frameworkTargets(db: Db): Promise<Map<string, string>> {
  const framework = await activeFrameworkId(db);
  if (!framework) return new Map();
  return new Map((await listTargetRows(db, framework)).map((t) => [t.code, t.goal_code]));
}

/** Checks a case's closed choices and codes; returns its targets' goals. */
async function checkCase(db: Db, c: InnovationCase): Promise<Map<string, string>> {
  const targets = await frameworkTargets(db);
  const missing = c.targets.filter((t) => !targets.has(t));
  if (missing.length) {
    throw new InnovationCaseError(c.id, 'targets', missing,
      `target${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not in the framework`);
  }
  const framework = await activeFrameworkId(db);
  const goals = new Set(framework ? (await listGoalRows(db, framework)).map((g) => g.code) : []);
  const badGoals = c.goals.filter((g) => !goals.has(g));
  if (badGoals.length) throw new InnovationCaseError(c.id, 'goals', badGoals, `goal ${badGoals.join(', ')} is not in the framework`);
  const bad = (field: string, values: readonly string[], allowed: readonly string[]) => {
    const wrong = values.filter((v) => !allowed.includes(v));
    if (wrong.length) throw new InnovationCaseError(c.id, field, wrong, `${field} ${wrong.join(', ')} is not one of ${allowed.join(', ')}`);
  };
  bad('stage', [...(c.stage ? [c.stage] : []), ...c.stageHistory.map((s) => s.stage)], INNOVATION_STAGES);
  bad('type', c.types, INNOVATION_TYPES);
  bad('role', c.organisations.map((o) => o.role), CASE_ORGANISATION_ROLES);
  bad('strength', c.evidence.map((e) => e.strength), EVIDENCE_STRENGTHS);
  return new Map(c.targets.map((t) => [t, targets.get(t) ?? '']));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: readonly T[], key: (v: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(key(v)) ? false : (seen.add(key(v)), true)));
}

/** Orders dotted codes numerically: 2 before 10, 16.9 before 16.10. */
function byCode(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
