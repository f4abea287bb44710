/**
 * How strong the evidence behind a figure is. Every TCV figure carries one beside it; figures are never averaged
 * across strengths. A figure combined from several (a reduction from a baseline and a post value, a total over cost
 * components) takes the weakest of them and says so.
 */

/**
 * The strength of one piece of evidence, weakest first:
 * - `self_reported`: the innovating team's own statement or anecdote, no method published;
 * - `official_claim`: a government or programme figure (minister's speech, press release, fee schedule, programme
 *   report), method not open to checking;
 * - `independent`: measured or estimated by a party outside the programme (evaluation, cost-benefit study);
 * - `peer_reviewed`: published after peer review.
 */
export type EvidenceStrength = 'self_reported' | 'official_claim' | 'independent' | 'peer_reviewed';

/** The strengths from weakest to strongest. */
export const EVIDENCE_STRENGTHS: readonly EvidenceStrength[] = ['self_reported', 'official_claim', 'independent', 'peer_reviewed'];

/**
 * The rank of a strength, 0 (self_reported) … 3 (peer_reviewed).
 * @throws Error naming the value when it is not an EvidenceStrength.
 * @example strengthRank('independent') // 2
 */
export function strengthRank(strength: EvidenceStrength): number {
  const rank = EVIDENCE_STRENGTHS.indexOf(strength);
  if (rank < 0) throw new Error(`unknown evidence strength "${String(strength)}" (expected one of ${EVIDENCE_STRENGTHS.join(', ')})`);
  return rank;
}

/** A strength given to a combined figure, with the sentence that says how it was chosen. */
export interface CombinedStrength {
  strength: EvidenceStrength;
  /** E.g. "weakest of independent (baseline), self_reported (post)"; "" when every part has the same strength. */
  note: string;
}

/**
 * The weakest of the labelled strengths, with a note naming them all when they differ.
 * @throws Error when `parts` is empty or holds an unknown strength.
 * @example weakestStrength([['independent', 'baseline'], ['official_claim', 'post']])
 *   // { strength: 'official_claim', note: 'weakest of independent (baseline), official_claim (post)' }
 */
export function weakestStrength(parts: readonly (readonly [EvidenceStrength, string])[]): CombinedStrength {
  if (parts.length === 0) throw new Error('weakestStrength needs at least one strength');
  const weakest = parts.reduce((w, p) => (strengthRank(p[0]) < strengthRank(w[0]) ? p : w))[0];
  const same = parts.every((p) => p[0] === weakest);
  return { strength: weakest, note: same ? '' : `weakest of ${parts.map(([s, label]) => `${s} (${label})`).join(', ')}` };
}

/**
 * The strongest of the strengths, null for none: what a case can show at best (its evidence items' strengths).
 * @example strongestStrength(['self_reported', 'independent']) // 'independent'
 */
export function strongestStrength(strengths: readonly EvidenceStrength[]): EvidenceStrength | null {
  let best: EvidenceStrength | null = null;
  for (const s of strengths) if (best === null || strengthRank(s) > strengthRank(best)) best = s;
  return best;
}
