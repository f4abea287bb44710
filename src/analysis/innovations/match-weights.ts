/**
 * The weight table of cooperation matching: how many points each kind of reason adds to a case's score. Relevance
 * (targets, goals, tags, words) decides whether a case answers the request at all; type, stage and evidence then
 * order the relevant cases, so a mature, well-evidenced solution ranks above an untested one of equal relevance.
 * Source: no published scoring exists for this; the criteria are the ones a catalogue of public-sector innovation
 * cases is searched by (SDG target, tags, innovation type, stage, evidence), the stage scale is this catalogue's
 * (idea → pilot → scaling → national → institutionalised → replicated abroad), and the points are this product's
 * choice, set so that one shared target (10) outweighs the most mature stage with the strongest evidence (5 + 3).
 *
 * | reason          | points                                  | counts                                        |
 * |-----------------|-----------------------------------------|-----------------------------------------------|
 * | same target     | 10 each                                 | request targets the case also serves          |
 * | same goal       | 3 each                                  | goals shared through other targets only       |
 * | shared tag      | 4 each                                  | normalised tags (case, plural, hyphens)       |
 * | shared word     | 1 each, at most 5                       | request context ∩ case title/summary/problem/solution |
 * | type match      | 2 each                                  | wanted innovation types the case has          |
 * | stage           | 0 idea, 1 pilot, 2 scaling, 3 national, 4 institutionalised, 5 replicated abroad, 0 discontinued | the case's current stage |
 * | evidence        | 0 none or self-reported, 1 official claim, 2 independent, 3 peer reviewed | the case's strongest evidence |
 */
import type { EvidenceStrength } from './evidence-strength.ts';

/**
 * Where a case stands: `idea`, `pilot` (tried in a few units), `scaling` (spreading within the country), `national`
 * (available nationwide), `institutionalised` (legal basis, budget line, mandatory), `replicated_abroad` (adopted by
 * another country), `discontinued` (stopped).
 */
export type InnovationStage = 'idea' | 'pilot' | 'scaling' | 'national' | 'institutionalised' | 'replicated_abroad' | 'discontinued';

/** The kind of innovation: a new `service`, a redesigned `process`, a `policy`, an `organisational` change, a `technology`, a `partnership`. */
export type InnovationType = 'service' | 'process' | 'policy' | 'organisational' | 'technology' | 'partnership';

/** The weight table (see the module comment). */
export const MATCH_WEIGHTS = {
  sameTarget: 10,
  sameGoal: 3,
  sharedTag: 4,
  sharedWord: 1,
  sharedWordsMax: 5,
  typeMatch: 2,
  stage: { idea: 0, pilot: 1, scaling: 2, national: 3, institutionalised: 4, replicated_abroad: 5, discontinued: 0 } satisfies Record<InnovationStage, number>,
  evidence: { self_reported: 0, official_claim: 1, independent: 2, peer_reviewed: 3 } satisfies Record<EvidenceStrength, number>,
} as const;

/** Stages from least to most mature, for tie-breaking; discontinued ranks lowest. */
export const STAGE_ORDER: readonly InnovationStage[] = ['discontinued', 'idea', 'pilot', 'scaling', 'national', 'institutionalised', 'replicated_abroad'];

/**
 * The maturity rank of a stage, 0 (discontinued) … 6 (replicated abroad).
 * @throws Error naming the value when it is not an InnovationStage.
 * @example stageRank('pilot') // 2
 */
export function stageRank(stage: InnovationStage): number {
  const rank = STAGE_ORDER.indexOf(stage);
  if (rank < 0) throw new Error(`unknown innovation stage "${String(stage)}" (expected one of ${STAGE_ORDER.join(', ')})`);
  return rank;
}
