import { sql } from 'kysely';
import {
  EVIDENCE_STRENGTHS, type EvidenceStrength, type InnovationStage, type InnovationType,
} from '../domain/index.ts';
import type { Db } from './database.ts';

/**
 * What the catalogue asks for; every field narrows the list (AND):
 * - `country`: ISO alpha-3 of a country the case comes from (its home or development countries);
 * - `adopterCountry`: ISO alpha-3 of a country that replicated it;
 * - `goal` ('16') and `target` ('16.9'): served by the case (a goal also matches through the case's targets);
 * - `stage`, `type`: the current stage, one of the case's types;
 * - `evidence`: the case has at least one evidence item at least this strong (order of EVIDENCE_STRENGTHS);
 * - `text`: words found, ignoring case, in the title, summary, problem, solution or a tag;
 * - `status`: `published` unless given (`all` for every status).
 */
export interface InnovationFilter {
  country?: string;
  adopterCountry?: string;
  goal?: string;
  target?: string;
  stage?: InnovationStage;
  type?: InnovationType;
  evidence?: EvidenceStrength;
  text?: string;
  status?: 'published' | 'draft' | 'withdrawn' | 'all';
  limit?: number;
  offset?: number;
}

/** One line of the catalogue: what a list shows of a case. */
export interface InnovationSummary {
  id: string;
  title: string;
  summary: string | null;
  countryIso3: string | null;
  countries: string[];
  stage: InnovationStage | null;
  types: InnovationType[];
  goals: string[];
  targets: string[];
  /** The strongest evidence the case holds, null without evidence. */
  strongestEvidence: EvidenceStrength | null;
  replicationCount: number;
  measurementCount: number;
  /** The publishing instance for a case read from another installation, null for this one's own. */
  originUrl: string | null;
  /** Its id at the publishing instance, null for this installation's own. */
  originId: string | null;
  updatedAt: string;
}

/**
 * The cases a filter selects, ordered by title (ignoring case) then id, with the total before paging (limit 50 unless given).
 * @example await listInnovationCases(db, { goal: '16', evidence: 'official_claim' })
 * // { total: 3, cases: [{ id: 'bgd-tcv-…', strongestEvidence: 'independent', … }, …] }
 */
export async function listInnovationCases(db: Db, filter: InnovationFilter = {}): Promise<{ total: number; cases: InnovationSummary[] }> {
  const base = filtered(db, filter);
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base.selectAll('c').orderBy(sql`lower(${sql.ref('c.title')})`).orderBy('c.id')
    .limit(filter.limit ?? 50).offset(filter.offset ?? 0).execute();
  if (!rows.length) return { total, cases: [] };
  const ids = rows.map((r) => r.id);
  const [countries, types, goals, targets, evidence, replications, measurements] = await Promise.all([
    db.selectFrom('innovation_case_countries').select(['case_id', 'iso3 as v']).where('case_id', 'in', ids).orderBy('iso3').execute(),
    db.selectFrom('innovation_case_types').select(['case_id', 'type as v']).where('case_id', 'in', ids).orderBy('type').execute(),
    db.selectFrom('innovation_case_goals').select(['case_id', 'goal_code as v']).where('case_id', 'in', ids).execute(),
    db.selectFrom('innovation_case_targets').select(['case_id', 'target_code as v']).where('case_id', 'in', ids).execute(),
    db.selectFrom('innovation_evidence').select(['case_id', 'strength as v']).where('case_id', 'in', ids).execute(),
    countBy(db, 'innovation_replications', ids),
    countBy(db, 'innovation_tcv_measurements', ids),
  ]);
  const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return {
    total,
    cases: rows.map((r) => ({
      id: r.id, title: r.title, summary: r.summary, countryIso3: r.country_iso3, countries: of(countries, r.id),
      stage: r.stage as InnovationStage | null, types: of(types, r.id) as InnovationType[],
      goals: of(goals, r.id).sort(byCode), targets: of(targets, r.id).sort(byCode),
      strongestEvidence: strongest(of(evidence, r.id) as EvidenceStrength[]),
      replicationCount: replications.get(r.id) ?? 0, measurementCount: measurements.get(r.id) ?? 0,
      originUrl: r.origin_url, originId: r.origin_id, updatedAt: r.updated_at,
    })),
  };
}

/** The strongest of some evidence strengths, null for none. */
export function strongest(strengths: readonly EvidenceStrength[]): EvidenceStrength | null {
  let best = -1;
  for (const s of strengths) best = Math.max(best, EVIDENCE_STRENGTHS.indexOf(s));
  return best < 0 ? null : EVIDENCE_STRENGTHS[best] ?? null;
}

function filtered(db: Db, f: InnovationFilter) {
  let q = db.selectFrom('innovation_cases as c');
  const status = f.status ?? 'published';
  if (status !== 'all') q = q.where('c.status', '=', status);
  if (f.stage) q = q.where('c.stage', '=', f.stage);
  if (f.country) {
    const iso3 = f.country.toUpperCase();
    q = q.where((eb) => eb.or([
      eb('c.country_iso3', '=', iso3),
      eb.exists(eb.selectFrom('innovation_case_countries as x').select('x.case_id').whereRef('x.case_id', '=', 'c.id').where('x.iso3', '=', iso3)),
    ]));
  }
  if (f.adopterCountry) {
    const iso3 = f.adopterCountry.toUpperCase();
    q = q.where((eb) => eb.exists(eb.selectFrom('innovation_replications as r').select('r.id')
      .whereRef('r.case_id', '=', 'c.id').where('r.adopter_country_iso3', '=', iso3)));
  }
  if (f.goal) {
    const goal = f.goal;
    q = q.where((eb) => eb.or([
      eb.exists(eb.selectFrom('innovation_case_goals as g').select('g.case_id').whereRef('g.case_id', '=', 'c.id').where('g.goal_code', '=', goal)),
      eb.exists(eb.selectFrom('innovation_case_targets as t').select('t.case_id').whereRef('t.case_id', '=', 'c.id').where('t.goal_code', '=', goal)),
    ]));
  }
  if (f.target) {
    const target = f.target;
    q = q.where((eb) => eb.exists(eb.selectFrom('innovation_case_targets as t').select('t.case_id')
      .whereRef('t.case_id', '=', 'c.id').where('t.target_code', '=', target)));
  }
  if (f.type) {
    const type = f.type;
    q = q.where((eb) => eb.exists(eb.selectFrom('innovation_case_types as y').select('y.case_id')
      .whereRef('y.case_id', '=', 'c.id').where('y.type', '=', type)));
  }
  if (f.evidence) {
    const atLeast = EVIDENCE_STRENGTHS.slice(Math.max(0, EVIDENCE_STRENGTHS.indexOf(f.evidence)));
    q = q.where((eb) => eb.exists(eb.selectFrom('innovation_evidence as e').select('e.id')
      .whereRef('e.case_id', '=', 'c.id').where('e.strength', 'in', atLeast)));
  }
  const text = f.text?.trim();
  if (text) {
    const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    const like = (column: string) => sql<boolean>`lower(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`;
    q = q.where((eb) => eb.or([
      like('c.title'), like('c.summary'), like('c.problem'), like('c.solution'),
      eb.exists(eb.selectFrom('innovation_case_tags as tg').select('tg.case_id').whereRef('tg.case_id', '=', 'c.id')
        .where(sql<boolean>`lower(${sql.ref('tg.tag')}) like ${pattern} escape '\\'`)),
    ]));
  }
  return q;
}

async function countBy(db: Db, table: 'innovation_replications' | 'innovation_tcv_measurements', ids: string[]): Promise<Map<string, number>> {
  const rows = await db.selectFrom(table).select(['case_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('case_id', 'in', ids).groupBy('case_id').execute();
  return new Map(rows.map((r) => [r.case_id, Number(r.n)]));
}

function of(rows: { case_id: string; v: string }[], id: string): string[] {
  return rows.filter((r) => r.case_id === id).map((r) => r.v);
}
