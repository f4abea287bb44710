/**
 * Suggests innovation cases for a cooperation request: each case gets a score from the weight table
 * ({@link MATCH_WEIGHTS}, see match-weights.ts for the table and its sources) and the list of reasons that make it
 * up, so a reader can check every point. Cases are ranked by score, ties by stage maturity (replicated abroad first)
 * and then by title. A case with no relevance (no shared target, goal, tag or word) is left out unless asked for, and
 * then ranks below every relevant case whatever its stage and evidence.
 */
import { normaliseText } from '../../search/normalise.ts';
import { strengthRank, type EvidenceStrength } from './evidence-strength.ts';
import { contentWords, normaliseTag } from './match-text.ts';
import { MATCH_WEIGHTS, stageRank, type InnovationStage, type InnovationType } from './match-weights.ts';

/** What a country or organisation asks for, as the store gives it. */
export interface CooperationRequestInput {
  /** Official SDG target codes, e.g. ['16.9']. */
  targets: readonly string[];
  tags: readonly string[];
  /** The problem in the requester's words. */
  context: string;
  /** Wanted kinds of innovation; empty for any. */
  types: readonly InnovationType[];
  /** The requesting country (ISO 3166 alpha-3): a case from it is marked, not scored. */
  country?: string | null;
}

/** An innovation case as matching reads it, as the store gives it. */
export interface MatchCaseInput {
  id: string;
  title: string;
  summary?: string | null;
  problem: string;
  solution: string;
  /** ISO 3166 alpha-3. */
  country: string;
  /** Official SDG target codes the case serves. */
  targets: readonly string[];
  tags: readonly string[];
  types: readonly InnovationType[];
  /** The current stage. */
  stage: InnovationStage;
  /** The strongest strength among the case's evidence items (see strongestStrength), null when it has none. */
  evidenceStrength: EvidenceStrength | null;
}

/** What a reason counts: `same_target`, `same_goal`, `shared_tag`, `shared_words`, `type_match`, `stage`, `evidence`, `same_country` (0 points). */
export type MatchReasonKind = 'same_target' | 'same_goal' | 'shared_tag' | 'shared_words' | 'type_match' | 'stage' | 'evidence' | 'same_country';

/** One reason with the points it adds and what it is about (a target code, a goal, a tag, words, a type, a stage…). */
export interface MatchReason {
  kind: MatchReasonKind;
  points: number;
  detail: string;
}

/** One suggested case: its score, the part of it that is relevance, and every reason. */
export interface CaseMatch<C extends MatchCaseInput = MatchCaseInput> {
  case: C;
  score: number;
  /** Points from targets, goals, tags and words; 0 means the case does not answer the request. */
  relevance: number;
  reasons: MatchReason[];
}

/**
 * The cases ranked for the request. Unrelated cases (relevance 0) are left out unless `includeUnrelated`.
 * @throws Error naming the value when a case has an unknown stage or evidence strength.
 * @example matchCases({ targets: ['16.9'], tags: ['civil registration'], context: '', types: [] }, [birthRegistration])
 *   // [{ score: 10 + 4 + stage + evidence, reasons: [same_target 16.9, shared_tag civil registration, …] }]
 */
export function matchCases<C extends MatchCaseInput>(
  request: CooperationRequestInput, cases: readonly C[], options: { includeUnrelated?: boolean } = {},
): CaseMatch<C>[] {
  const wanted = prepare(request);
  return cases
    .map((c) => scoreCase(wanted, c))
    .filter((m) => options.includeUnrelated || m.relevance > 0)
    .sort((a, b) => Number(b.relevance > 0) - Number(a.relevance > 0)
      || b.score - a.score
      || stageRank(b.case.stage) - stageRank(a.case.stage)
      || a.case.title.localeCompare(b.case.title, 'en')
      || (a.case.id < b.case.id ? -1 : a.case.id > b.case.id ? 1 : 0));
}

interface PreparedRequest {
  targets: Set<string>;
  goals: Set<string>;
  tags: Set<string>;
  words: Set<string>;
  types: Set<InnovationType>;
  country: string | null;
}

function prepare(request: CooperationRequestInput): PreparedRequest {
  const targets = new Set(request.targets.map(targetCode));
  return {
    targets,
    goals: new Set([...targets].map(goalOf)),
    tags: new Set(request.tags.map(normaliseTag).filter(Boolean)),
    words: contentWords(request.context),
    types: new Set(request.types),
    country: request.country ? request.country.trim().toUpperCase() : null,
  };
}

function scoreCase<C extends MatchCaseInput>(req: PreparedRequest, c: C): CaseMatch<C> {
  const W = MATCH_WEIGHTS;
  const reasons: MatchReason[] = [];
  const caseTargets = [...new Set(c.targets.map(targetCode))].sort(compareCodes);
  const sameTargets = caseTargets.filter((t) => req.targets.has(t));
  for (const t of sameTargets) reasons.push({ kind: 'same_target', points: W.sameTarget, detail: t });
  const coveredGoals = new Set(sameTargets.map(goalOf));
  const goals = [...new Set(caseTargets.map(goalOf))].filter((g) => req.goals.has(g) && !coveredGoals.has(g));
  for (const g of goals.sort(compareCodes)) reasons.push({ kind: 'same_goal', points: W.sameGoal, detail: `goal ${g}` });
  const tags = [...new Set(c.tags.map(normaliseTag))].filter((t) => req.tags.has(t)).sort();
  for (const t of tags) reasons.push({ kind: 'shared_tag', points: W.sharedTag, detail: t });
  const caseWords = contentWords([c.title, c.summary ?? '', c.problem, c.solution].join('\n'));
  const words = [...req.words].filter((w) => caseWords.has(w)).sort();
  if (words.length > 0) {
    const points = Math.min(words.length, W.sharedWordsMax) * W.sharedWord;
    reasons.push({ kind: 'shared_words', points, detail: words.join(', ') });
  }
  const relevance = reasons.reduce((s, r) => s + r.points, 0);
  for (const t of c.types.filter((t) => req.types.has(t))) reasons.push({ kind: 'type_match', points: W.typeMatch, detail: t });
  stageRank(c.stage); // fails on an unknown stage, naming it
  reasons.push({ kind: 'stage', points: W.stage[c.stage], detail: c.stage });
  if (c.evidenceStrength) strengthRank(c.evidenceStrength); // fails on an unknown strength, naming it
  reasons.push({ kind: 'evidence', points: c.evidenceStrength ? W.evidence[c.evidenceStrength] : 0, detail: c.evidenceStrength ?? 'none' });
  if (req.country && c.country.trim().toUpperCase() === req.country) {
    reasons.push({ kind: 'same_country', points: 0, detail: `already in ${req.country}` });
  }
  return { case: c, score: reasons.reduce((s, r) => s + r.points, 0), relevance, reasons };
}

/** A target code in one form: trimmed, lower case, digits in ASCII ('৫.এ' stays as written apart from digits). */
function targetCode(code: string): string {
  return normaliseText(code.trim());
}

function goalOf(target: string): string {
  return target.split('.')[0]!;
}

function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
