/**
 * The words of the public-service innovation network: an innovation case (a government's solution to a service
 * problem, with its evidence and the SDG targets it serves), its Time-Cost-Visits (TCV) measurements before and after,
 * its replications in other countries, and cooperation requests from countries that want a solution.
 * Countries are ISO 3166-1 alpha-3 codes (`BGD`), targets official framework codes (`16.9`), dates ISO 8601.
 */

/**
 * Where a case stands: `idea`, `pilot`, `scaling` (beyond the pilot area), `national` (nation-wide roll-out),
 * `institutionalised` (in law, budget or mandatory), `replicated_abroad` (adopted by another country), or
 * `discontinued`.
 */
export type InnovationStage = 'idea' | 'pilot' | 'scaling' | 'national' | 'institutionalised' | 'replicated_abroad' | 'discontinued';
export const INNOVATION_STAGES: readonly InnovationStage[] = [
  'idea', 'pilot', 'scaling', 'national', 'institutionalised', 'replicated_abroad', 'discontinued',
];

/** What kind of change a case is: `service`, `process`, `policy`, `organisational`, `technology`, `partnership`. */
export type InnovationType = 'service' | 'process' | 'policy' | 'organisational' | 'technology' | 'partnership';
export const INNOVATION_TYPES: readonly InnovationType[] = ['service', 'process', 'policy', 'organisational', 'technology', 'partnership'];

/**
 * How far a figure can be trusted, weakest first: `self_reported` (the programme about itself, an anecdote),
 * `official_claim` (a minister, ministry, regulation or press release), `independent` (a study or evaluation by
 * others), `peer_reviewed` (a peer-reviewed publication). Filters read "at least" along this order.
 */
export type EvidenceStrength = 'self_reported' | 'official_claim' | 'independent' | 'peer_reviewed';
export const EVIDENCE_STRENGTHS: readonly EvidenceStrength[] = ['self_reported', 'official_claim', 'independent', 'peer_reviewed'];

/**
 * What an organisation does for a case: `lead` (runs it), `partner`, and the digital public goods registry's words
 * `owner`, `maintainer`, `funder`, `implementer`.
 */
export type CaseOrganisationRole = 'lead' | 'partner' | 'owner' | 'maintainer' | 'funder' | 'implementer';
export const CASE_ORGANISATION_ROLES: readonly CaseOrganisationRole[] = ['lead', 'partner', 'owner', 'maintainer', 'funder', 'implementer'];

/** The citizen's burden a TCV figure measures: `time`, `cost`, `visits`, or `other` (distance, documents …). */
export type TcvDimension = 'time' | 'cost' | 'visits' | 'other';
export const TCV_DIMENSIONS: readonly TcvDimension[] = ['time', 'cost', 'visits', 'other'];

/** The part of a cost: `fees`, `travel`, `opportunity` (income lost), `intermediaries` (agents, bribes); null = the whole cost. */
export type CostComponent = 'fees' | 'travel' | 'opportunity' | 'intermediaries';
export const COST_COMPONENTS: readonly CostComponent[] = ['fees', 'travel', 'opportunity', 'intermediaries'];

/** When a TCV figure was taken: `baseline` (before the innovation) or `post` (after). */
export type TcvPhase = 'baseline' | 'post';

/**
 * Where a replication stands: `interest` → `matched` → `agreement` → `adapting` → `pilot` → `scaled` →
 * `institutionalised`, or `dropped`.
 */
export type ReplicationStage = 'interest' | 'matched' | 'agreement' | 'adapting' | 'pilot' | 'scaled' | 'institutionalised' | 'dropped';
export const REPLICATION_STAGES: readonly ReplicationStage[] = [
  'interest', 'matched', 'agreement', 'adapting', 'pilot', 'scaled', 'institutionalised', 'dropped',
];

/** Where a case, replication or request came from: null for this installation's own, else the publishing instance. */
export interface FederationOrigin {
  /** Base URL of the instance that publishes it, e.g. `https://sdg.example.rw`. */
  instanceUrl: string;
  /** Its id there. */
  remoteId: string;
  /** Its update time there (ISO 8601 UTC). */
  remoteUpdatedAt: string;
}

/** One dated step of a stage history; `date` is null when the source gives none. */
export interface StageStep<S extends string> {
  stage: S;
  date: string | null;
  note: string | null;
}

/** An organisation of the network (not the national organisation tree): `{ id: 'a2i', name: 'Aspire to Innovate (a2i)', countryIso3: 'BGD' }`. */
export interface InnovationOrganisation {
  id: string;
  name: string;
  countryIso3: string | null;
  website: string | null;
  /** The national organisation it is, when it is one of this installation's organisations (for edit rights). */
  localOrganisationId: string | null;
}

/**
 * A piece of evidence: what was measured (`metric`, `before`, `after` as worded by the source, `unit`, `period`,
 * `sampleSize`), how strong it is, and where it comes from (title, URL, licence). `kind` keeps the source's own words,
 * e.g. `ex-ante estimate (cost-benefit study)`.
 */
export interface EvidenceItem {
  id: string;
  kind: string;
  metric: string | null;
  before: string | null;
  after: string | null;
  unit: string | null;
  period: string | null;
  sampleSize: number | null;
  strength: EvidenceStrength;
  sourceTitle: string | null;
  sourceUrl: string | null;
  sourceLicence: string | null;
  notes: string | null;
}

/** A person to write to about a case; shown to the public only with `consentPublic`. */
export interface CaseContact {
  name: string;
  roleTitle: string | null;
  email: string | null;
  consentPublic: boolean;
}

/** An innovation case, whole. Example id: `bgd-tcv-e-mutation-land-ownership-mutation`. */
export interface InnovationCase {
  id: string;
  title: string;
  summary: string | null;
  problem: string | null;
  solution: string | null;
  /** The home country; null when the case belongs to several (then see `countries`). */
  countryIso3: string | null;
  /** Every country the case comes from (development countries of a digital public good). */
  countries: string[];
  administrativeLevel: string | null;
  startDate: string | null;
  types: InnovationType[];
  tags: string[];
  /** SDG goal codes served ('16'); the goals of `targets` are always among them. */
  goals: string[];
  /** Official target codes served ('16.9'), checked against the framework. */
  targets: string[];
  stage: InnovationStage | null;
  stageHistory: StageStep<InnovationStage>[];
  organisations: { organisationId: string; role: CaseOrganisationRole }[];
  coverage: { unitsLive: number | null; unitsEligible: number | null; asOf: string | null };
  institutionalisation: { legalBasis: string | null; budgetLine: string | null; mandatoryFrom: string | null };
  transferability: { prerequisites: string | null; openSourceLicence: string | null };
  evidence: EvidenceItem[];
  contacts: CaseContact[];
  contentLicence: string | null;
  website: string | null;
  /** `published` (public), `draft` or `withdrawn`. */
  status: 'published' | 'draft' | 'withdrawn';
  /** Which loader wrote it (`seed:tcv`, `seed:dpg`), null when entered by hand. */
  seedKey: string | null;
  origin: FederationOrigin | null;
}

/**
 * One TCV figure of a service: the source's wording (`valueText`, `unitText`) and a normalised range
 * (`valueLow`..`valueHigh`, equal for a single number) in `valueUnit` (`hours` for time, the ISO 4217 currency for
 * cost, `visits`), null where the wording follows no simple rule. `measureKey` pairs a baseline with its post figure.
 */
export interface TcvMeasurement {
  caseId: string;
  measureKey: string;
  service: string;
  dimension: TcvDimension;
  component: CostComponent | null;
  phase: TcvPhase;
  metricText: string;
  valueText: string;
  unitText: string | null;
  valueLow: number | null;
  valueHigh: number | null;
  valueUnit: string | null;
  currency: string | null;
  scope: string | null;
  referenceYear: number | null;
  /** The reduction as the source published it, verbatim (`50-67`, `99.4`); on the post figure only. */
  publishedReductionText: string | null;
  evidenceId: string | null;
}

/** A case taken up in another country: provider organisation → adopter organisation and country. */
export interface Replication {
  id: string;
  caseId: string;
  providerOrganisationId: string | null;
  adopterOrganisationId: string | null;
  adopterCountryIso3: string;
  channel: string;
  stage: ReplicationStage;
  stageHistory: StageStep<ReplicationStage>[];
  adaptations: string | null;
  funding: string | null;
  origin: FederationOrigin | null;
}

/** A country or organisation asking for a solution: the problem, the targets and tags it concerns, its context. */
export interface CooperationRequest {
  id: string;
  countryIso3: string;
  organisationId: string | null;
  title: string;
  problem: string;
  context: string | null;
  targets: string[];
  tags: string[];
  status: 'open' | 'closed';
  createdAt: string;
  origin: FederationOrigin | null;
}

/** A provider's answer to a request, optionally pointing at one of its cases. */
export interface CooperationAnswer {
  id: number;
  requestId: string;
  caseId: string | null;
  organisationId: string | null;
  text: string;
  createdAt: string;
  createdBy: number | null;
}
