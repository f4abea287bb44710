import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { EvidenceItem, EvidenceStrength, InnovationCase, InnovationOrganisation, TcvMeasurement } from '../../domain/index.ts';
import { emptyCase, slug } from './seed-case.ts';
import { normaliseTcvValue, tcvDimensionOf } from './tcv-values.ts';

/** The organisation named as lead where a row's service, source title, URL or notes say `a2i`. */
export const A2I: InnovationOrganisation = {
  id: 'a2i', name: 'a2i (Aspire to Innovate)', countryIso3: 'BGD', website: 'https://a2i.gov.bd/', localOrganisationId: null,
};

/**
 * How strong each kind of evidence in the TCV examples is, by the start of its `evidence_type`: a cost-benefit study
 * by researchers outside the programme is independent; a minister, ministry, press release, regulation, fee schedule
 * or partner's page is an official claim; a programme's own report (even citing its evaluation) or an anecdote on its
 * page is self-reported. Nothing in the file is peer reviewed.
 */
const STRENGTH_BY_KIND: [prefix: string, strength: EvidenceStrength][] = [
  ['ex-ante estimate', 'independent'],
  ['official claim', 'official_claim'],
  ['official fee schedule', 'official_claim'],
  ['regulation', 'official_claim'],
  ['programme report', 'self_reported'],
  ['anecdote', 'self_reported'],
];

/** What the TCV examples give: one case per service, its evidence (one item per row) and its TCV figures. */
export interface TcvSeed {
  cases: InnovationCase[];
  measurements: TcvMeasurement[];
  organisations: InnovationOrganisation[];
  rowsRead: number;
}

/**
 * Reads `tcv-examples.csv` (columns id, service, country, scope, metric, before_value, after_value, unit,
 * reduction_pct, evidence_type, reference_year, source_title, source_url, notes). Rows of one `service` make one case
 * (id `<country>-tcv-<slug of service>`, type `service`, tag `TCV`, stage unknown, no targets: the file names none);
 * each row is an evidence item (id `tcv-<row id>`) and gives a baseline figure for a `before_value` and a post figure
 * for an `after_value` (measure key = row id; the row's `reduction_pct` verbatim on the post figure).
 * @throws Error naming the line and value of an `evidence_type` no rule reads, or a country that is not ISO alpha-3.
 */
export function readTcvExamples(file: string): TcvSeed {
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const cases = new Map<string, InnovationCase>();
  const measurements: TcvMeasurement[] = [];
  for (const [i, row] of rows.entries()) {
    const line = i + 2;
    const cell = (name: string) => (row[name] ?? '').trim() || null;
    const country = cell('country') ?? '';
    if (!/^[A-Z]{3}$/.test(country)) throw new Error(`${file}:${line} [country] "${country}" is not an ISO 3166-1 alpha-3 code`);
    const service = cell('service') ?? '';
    const caseId = `${country.toLowerCase()}-tcv-${slug(service)}`;
    const c = cases.get(caseId) ?? {
      ...emptyCase(caseId, service), countryIso3: country, countries: [country], types: ['service'], tags: ['TCV'], seedKey: 'seed:tcv',
    } satisfies InnovationCase;
    cases.set(caseId, c);
    const mentions = [service, cell('source_title'), cell('source_url'), cell('notes')].join(' ');
    if (/\ba2i\b/i.test(mentions) && !c.organisations.some((o) => o.role === 'lead')) c.organisations.push({ organisationId: A2I.id, role: 'lead' });
    const kind = cell('evidence_type') ?? '';
    const strength = STRENGTH_BY_KIND.find(([prefix]) => kind.toLowerCase().startsWith(prefix))?.[1];
    if (!strength) throw new Error(`${file}:${line} [evidence_type] "${kind}" has no evidence strength rule`);
    const title = cell('source_title');
    const reduction = cell('reduction_pct');
    const evidence: EvidenceItem = {
      id: `tcv-${cell('id')}`, kind, metric: cell('metric'), before: cell('before_value'), after: cell('after_value'), unit: cell('unit'),
      period: /^\d{4}$/.test(cell('reference_year') ?? '') ? cell('reference_year') : null, sampleSize: null, strength,
      sourceTitle: title, sourceUrl: cell('source_url'), sourceLicence: /CC BY 4\.0/.test(title ?? '') ? 'CC-BY-4.0' : null,
      notes: [reduction ? `reduction_pct as published: ${reduction}` : null, cell('notes')].filter(Boolean).join('; ') || null,
    };
    c.evidence.push(evidence);
    const { dimension, component } = tcvDimensionOf(cell('metric') ?? '');
    for (const [phase, column] of [['baseline', 'before_value'], ['post', 'after_value']] as const) {
      const text = cell(column);
      if (text === null) continue;
      const value = normaliseTcvValue(dimension, text, cell('unit'));
      measurements.push({
        caseId, measureKey: cell('id') ?? '', service, dimension, component, phase, metricText: cell('metric') ?? '', valueText: text,
        unitText: cell('unit'), valueLow: value.low, valueHigh: value.high, valueUnit: value.unit, currency: value.currency,
        scope: cell('scope'), referenceYear: evidence.period === null ? null : Number(evidence.period),
        publishedReductionText: phase === 'post' ? reduction : null, evidenceId: evidence.id,
      });
    }
  }
  const organisations = [...cases.values()].some((c) => c.organisations.length) ? [A2I] : [];
  return { cases: [...cases.values()], measurements, organisations, rowsRead: rows.length };
}
