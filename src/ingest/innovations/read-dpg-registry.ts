import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseOrganisationRole, InnovationCase, InnovationOrganisation, Replication } from '../../domain/index.ts';
import { countryNameReader } from './country-names.ts';
import { emptyCase, slug } from './seed-case.ts';

/** The registry snapshot the files were copied from (datasets/innovations/SOURCE.md). */
const REGISTRY = 'https://github.com/DPGAlliance/publicgoods-candidates/blob/a1d99f08b175143bb562f7377beefb1de41a6186';

/**
 * The stage a deployment country is given. The screening's `deploymentCountries` say only that the solution is in use
 * there, not how far it spread nor since when: `pilot` is the furthest stage that claim supports, with the date unknown.
 */
export const DEPLOYMENT_STAGE = 'pilot';

/** The registry's organisation roles kept; `contact_name` and `contact_email` are never read. */
const ROLES: readonly CaseOrganisationRole[] = ['owner', 'maintainer', 'funder', 'implementer'];

/** A country name the M49 table and its aliases do not know, where it was found. */
export interface UnmatchedCountry { solution: string; list: 'development' | 'deployment'; name: string }

/** What the registry gives: one case per solution, its organisations and one replication per deployment country. */
export interface DpgSeed {
  cases: InnovationCase[];
  organisations: InnovationOrganisation[];
  replications: Replication[];
  unmatched: UnmatchedCountry[];
  /** Solutions whose deployment list is empty or blank. */
  withoutDeployments: string[];
  solutionsRead: number;
}

/**
 * Reads `nominees/<slug>.json` and `screening/<slug>.json` of each solution under `folder`. A case (id `dpg-<slug>`)
 * takes the name, description, website, licences (as open-source licence), `SDGs` as goals (targets unknown: none),
 * type `technology`, the sectors as tags, the development countries as its countries (its home country when there is
 * one), the registry's organisations with their roles (name and website only) and one self-reported evidence item; its
 * stage is `replicated_abroad` when a deployment country is not a development country, else unknown. Each distinct
 * deployment country becomes a replication (id `dpg-<slug>-<iso3>`) from the first owner (else maintainer), channel `open source`, at
 * DEPLOYMENT_STAGE with no date. Country names are read by countryNameReader; the ones it does not know are returned.
 */
export function readDpgRegistry(folder: string, countryIso3 = countryNameReader()): DpgSeed {
  const slugs = readdirSync(join(folder, 'nominees')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  const organisations = new Map<string, InnovationOrganisation>();
  const out: DpgSeed = { cases: [], organisations: [], replications: [], unmatched: [], withoutDeployments: [], solutionsRead: slugs.length };
  for (const name of slugs) {
    const nominee = JSON.parse(readFileSync(join(folder, 'nominees', `${name}.json`), 'utf8')) as Nominee;
    const screening = JSON.parse(readFileSync(join(folder, 'screening', `${name}.json`), 'utf8')) as Screening;
    const codes = (list: 'development' | 'deployment', names: string[] | undefined): string[] => {
      const found: string[] = [];
      for (const n of (names ?? []).map((x) => x.trim()).filter(Boolean)) {
        const iso3 = countryIso3(n);
        if (iso3 === null) out.unmatched.push({ solution: name, list, name: n });
        else if (!found.includes(iso3)) found.push(iso3);
      }
      return found;
    };
    const development = codes('development', screening.locations?.developmentCountries);
    const deployment = codes('deployment', screening.locations?.deploymentCountries);
    if (!deployment.length) out.withoutDeployments.push(name);
    const caseId = `dpg-${name}`;
    const roles: InnovationCase['organisations'] = [];
    for (const o of nominee.organizations ?? []) {
      const role = ROLES.find((r) => r === o.org_type);
      if (!role || !o.name?.trim()) continue;
      const id = slug(o.name);
      if (!organisations.has(id)) organisations.set(id, { id, name: o.name.trim(), countryIso3: null, website: o.website?.trim() || null, localOrganisationId: null });
      roles.push({ organisationId: id, role });
    }
    const abroad = deployment.some((c) => !development.includes(c));
    const goals = [...new Set((nominee.SDGs ?? []).map((s) => String(s.SDGNumber)))];
    out.cases.push({
      ...emptyCase(caseId, nominee.name),
      summary: nominee.description?.trim() || null, countryIso3: development.length === 1 ? development[0] ?? null : null, countries: development,
      types: ['technology'], tags: (nominee.sectors ?? []).map((s) => s.trim()).filter(Boolean), goals,
      stage: abroad ? 'replicated_abroad' : null,
      stageHistory: abroad ? [{ stage: 'replicated_abroad', date: null, note: 'deployment countries of the DPG registry screening; date unknown' }] : [],
      organisations: roles, website: nominee.website?.trim() || null,
      transferability: { prerequisites: null, openSourceLicence: (nominee.license ?? []).map((l) => l.spdx).filter(Boolean).join(', ') || null },
      evidence: [{
        id: `dpg-${name}`, kind: 'digital public goods registry entry', metric: null, before: null, after: null, unit: null, period: null,
        sampleSize: null, strength: 'self_reported', sourceTitle: `Digital Public Goods registry: ${nominee.name} (${nominee.stage ?? 'nominee'})`,
        sourceUrl: `${REGISTRY}/nominees/${name}.json`, sourceLicence: 'Unlicense', notes: null,
      }],
      contentLicence: 'Unlicense', seedKey: 'seed:dpg',
    });
    const provider = (roles.find((r) => r.role === 'owner') ?? roles.find((r) => r.role === 'maintainer'))?.organisationId ?? null;
    for (const iso3 of deployment) {
      out.replications.push({
        id: `${caseId}-${iso3.toLowerCase()}`, caseId, providerOrganisationId: provider, adopterOrganisationId: null, adopterCountryIso3: iso3,
        channel: 'open source', stage: DEPLOYMENT_STAGE,
        stageHistory: [{ stage: DEPLOYMENT_STAGE, date: null, note: 'listed as a deployment country in the DPG registry screening; scale and date unknown' }],
        adaptations: null, funding: null, origin: null,
      });
    }
  }
  out.organisations = [...organisations.values()];
  return out;
}

interface Nominee {
  name: string;
  description?: string;
  website?: string;
  license?: { spdx: string }[];
  SDGs?: { SDGNumber: number | string }[];
  sectors?: string[];
  organizations?: { name?: string; website?: string; org_type?: string }[];
  stage?: string;
}

interface Screening { locations?: { developmentCountries?: string[]; deploymentCountries?: string[] } }
