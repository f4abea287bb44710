import { apiGet, type CallOptions } from './client.ts';

/**
 * The agency scorecard as the API answers it (`GET /scorecard`, `GET /scorecard/{organisationId}`, decision record 6).
 */

/** A component's share 0…1 with what it rests on; null when it cannot be measured. */
export type ComponentFigure = { value: number; numerator: number; denominator: number } | null;

export type ScorecardComponent = 'completeness' | 'timeliness' | 'quality' | 'progress';
export const SCORECARD_COMPONENTS: readonly ScorecardComponent[] = ['completeness', 'timeliness', 'quality', 'progress'];

export interface RankPoint {
  cycle: number;
  rank: number | null;
  composite: number | null;
}

interface ScorecardMethod {
  weights: Record<ScorecardComponent, number>;
  calendar: { annual: number; quarterly: number; monthly: number };
}

export interface RankingEntry {
  organisation: { id: string; name: string };
  rank: number | null;
  composite: number | null;
  indicatorsLed: number;
  components: Record<ScorecardComponent, ComponentFigure>;
  trend: RankPoint[];
}

export interface Ranking extends ScorecardMethod {
  cycle: number;
  moment: string;
  cycles: number[];
  /** The cycle shown when none is asked: the latest with reported data. */
  defaultCycle: number;
  ranking: RankingEntry[];
}

export interface CardIndicator {
  code: string;
  title: string;
  expectedPeriod: string;
  present: boolean;
  deadline: string;
  lastSubmittedAt: string | null;
  lastSubmissionOnTime: boolean | null;
  status: string;
  score: number | null;
}

export interface OrganisationCard extends ScorecardMethod {
  organisation: { id: string; name: string; kind: string };
  cycle: number;
  moment: string;
  method: string;
  rank: number | null;
  ranked: number;
  composite: number | null;
  components: Record<ScorecardComponent, ComponentFigure>;
  indicators: CardIndicator[];
  history: RankPoint[];
}

/** `GET /scorecard`: the ranking of a cycle (default this year). @throws ApiError. */
export function getRanking(cycle: number | null, options: CallOptions = {}): Promise<Ranking> {
  return apiGet<Ranking>('/scorecard', cycle === null ? {} : { cycle: String(cycle) }, options);
}

/** `GET /scorecard/{organisationId}`: one organisation's card. @throws ApiError (404 for an unknown organisation). */
export function getOrganisationCard(id: string, cycle: number | null, options: CallOptions = {}): Promise<OrganisationCard> {
  return apiGet<OrganisationCard>(`/scorecard/${encodeURIComponent(id)}`, cycle === null ? {} : { cycle: String(cycle) }, options);
}
