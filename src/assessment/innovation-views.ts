/**
 * Innovation cases as the API shows them: the stored case joined with its TCV figures (each baseline → post pair with
 * its computed reduction and the evidence strength beside every figure), its replications, its organisations' names,
 * and cooperation-request matching over the published catalogue. Reductions come from the pure methods of
 * src/analysis/innovations (reductionOf on the stored normalised ranges; a2i TCV rule: saving = baseline − post,
 * percentage over the baseline).
 */
import {
  matchCases, rangeOf, reductionOf, scaleRange, type CaseMatch, type MatchCaseInput, type Reduction,
} from '../analysis/innovations/index.ts';
import type { CooperationRequest, InnovationCase, InnovationType } from '../domain/index.ts';
import {
  getInnovationCase, listInnovationCases, listInnovationOrganisations, listReplications, listTcvMeasurements,
  type Db, type StoredTcvMeasurement,
} from '../store/index.ts';

/** One TCV figure as shown: wording, normalised range and the strength of its evidence (null when it names none). */
export type TcvFigureView = Omit<StoredTcvMeasurement, 'id' | 'caseId'>;

/**
 * One measured burden of a service: its baseline and post figures and, when both have a normalised range in the same
 * unit and an evidence strength, the reduction (absolute and %, low/high/mid). Time is reduced in hours, with the same
 * reduction in days beside it. `note` says why there is no reduction.
 */
export interface TcvPairView {
  measureKey: string;
  service: string;
  dimension: string;
  component: string | null;
  baseline: TcvFigureView | null;
  post: TcvFigureView | null;
  reduction: Reduction | null;
  reductionDays: Reduction | null;
  /** The reduction as the source published it (verbatim), for comparison. */
  publishedReduction: string | null;
  note: string;
}

/** A case, whole, as the public sees it: organisations with names and roles, TCV with reductions, replications. */
export interface InnovationCaseView extends Omit<InnovationCase, 'organisations'> {
  organisations: { organisationId: string; name: string; countryIso3: string | null; role: string }[];
  tcv: TcvPairView[];
  replications: Awaited<ReturnType<typeof listReplications>>;
}

/**
 * The baseline → post pairs of a case's TCV figures, in measure-key order, each with its reduction.
 * @example tcvPairs([{ measureKey: 'land-records-cost', phase: 'baseline', valueLow: 1045, valueUnit: 'BDT', strength: 'independent', … },
 *   { …, phase: 'post', valueLow: 80 }])[0].reduction // absolute 965 BDT, percent 92.34…, strength independent
 */
export function tcvPairs(measurements: readonly StoredTcvMeasurement[]): TcvPairView[] {
  const keys = [...new Set(measurements.map((m) => m.measureKey))];
  return keys.map((key) => {
    const of = (phase: 'baseline' | 'post') => measurements.find((m) => m.measureKey === key && m.phase === phase) ?? null;
    const b = of('baseline');
    const p = of('post');
    const first = (b ?? p)!;
    const view = (m: StoredTcvMeasurement | null): TcvFigureView | null => {
      if (!m) return null;
      const { id: _id, caseId: _case, ...rest } = m;
      return rest;
    };
    const pair: TcvPairView = {
      measureKey: key, service: first.service, dimension: first.dimension, component: first.component,
      baseline: view(b), post: view(p), reduction: null, reductionDays: null,
      publishedReduction: p?.publishedReductionText ?? b?.publishedReductionText ?? null, note: '',
    };
    pair.note = whyNoReduction(b, p);
    if (pair.note || !b || !p) return pair;
    const before = { value: rangeOf(b.valueLow!, b.valueHigh ?? b.valueLow!), strength: b.strength! };
    const after = { value: rangeOf(p.valueLow!, p.valueHigh ?? p.valueLow!), strength: p.strength! };
    pair.reduction = reductionOf(b.valueUnit!, before, after);
    if (b.valueUnit === 'hours') {
      pair.reductionDays = reductionOf('days', { ...before, value: scaleRange(before.value, 1 / 24) }, { ...after, value: scaleRange(after.value, 1 / 24) });
    }
    return pair;
  });
}

function whyNoReduction(b: StoredTcvMeasurement | null, p: StoredTcvMeasurement | null): string {
  if (!b || !p) return `not compared: no ${b ? 'post' : 'baseline'} figure`;
  if (b.valueLow === null || p.valueLow === null) return 'not compared: a figure has no normalised value (see its wording)';
  if (b.valueUnit !== p.valueUnit) return `not compared: the figures are in different units (${b.valueUnit}, ${p.valueUnit}); amounts are never converted`;
  if (!b.strength || !p.strength) return 'not compared: a figure names no evidence, so its strength is unknown';
  return '';
}

/**
 * A case with everything public about it, or null for an unknown id. Contacts without public consent are left out
 * unless `contacts: 'all'`.
 */
export async function innovationCaseView(db: Db, id: string, options: { contacts?: 'public' | 'all' } = {}): Promise<InnovationCaseView | null> {
  const c = await getInnovationCase(db, id, options);
  if (!c) return null;
  const [orgs, tcv, replications] = await Promise.all([listInnovationOrganisations(db), listTcvMeasurements(db, id), listReplications(db, { caseId: id })]);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return {
    ...c,
    organisations: c.organisations.map((o) => ({
      organisationId: o.organisationId, name: byId.get(o.organisationId)?.name ?? o.organisationId,
      countryIso3: byId.get(o.organisationId)?.countryIso3 ?? null, role: o.role,
    })),
    tcv: tcvPairs(tcv),
    replications,
  };
}

/** A suggested case for a request: its id, title, country, stage, score and every reason. */
export interface SuggestionView {
  caseId: string;
  title: string;
  countryIso3: string | null;
  stage: string | null;
  score: number;
  relevance: number;
  reasons: { kind: string; points: number; detail: string }[];
}

/**
 * The published cases ranked for a cooperation request by matchCases (targets, goals through targets, tags, words of
 * the problem and context, wanted types, stage, strongest evidence). A case with no stage is scored as `idea` (0
 * points) and its stage reason says `unknown`.
 */
export async function suggestCases(db: Db, request: CooperationRequest, types: readonly InnovationType[] = [], limit = 10): Promise<SuggestionView[]> {
  const { cases: summaries } = await listInnovationCases(db, { limit: 100_000 });
  const full = (await Promise.all(summaries.map((s) => getInnovationCase(db, s.id)))).filter((c): c is InnovationCase => c !== null);
  const strongest = new Map(summaries.map((s) => [s.id, s.strongestEvidence]));
  const inputs: (MatchCaseInput & { stageKnown: boolean; countryIso3: string | null })[] = full.map((c) => ({
    id: c.id, title: c.title, summary: c.summary, problem: c.problem ?? '', solution: c.solution ?? '',
    country: c.countryIso3 ?? c.countries[0] ?? '', countryIso3: c.countryIso3, targets: c.targets, tags: c.tags, types: c.types,
    stage: c.stage ?? 'idea', stageKnown: c.stage !== null, evidenceStrength: strongest.get(c.id) ?? null,
  }));
  const matches: CaseMatch<(typeof inputs)[number]>[] = matchCases(
    { targets: request.targets, tags: request.tags, context: [request.title, request.problem, request.context ?? ''].join('\n'), types, country: request.countryIso3 },
    inputs,
  );
  return matches.slice(0, limit).map((m) => ({
    caseId: m.case.id, title: m.case.title, countryIso3: m.case.countryIso3, stage: m.case.stageKnown ? m.case.stage : null,
    score: m.score, relevance: m.relevance,
    reasons: m.reasons.map((r) => (r.kind === 'stage' && !m.case.stageKnown ? { ...r, detail: 'unknown' } : r)),
  }));
}
