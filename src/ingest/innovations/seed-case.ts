import type { InnovationCase } from '../../domain/index.ts';

/** A published case with only an id and a title: every other field empty or unknown. */
export function emptyCase(id: string, title: string): InnovationCase {
  return {
    id, title, summary: null, problem: null, solution: null, countryIso3: null, countries: [], administrativeLevel: null, startDate: null,
    types: [], tags: [], goals: [], targets: [], stage: null, stageHistory: [], organisations: [],
    coverage: { unitsLive: null, unitsEligible: null, asOf: null },
    institutionalisation: { legalBasis: null, budgetLine: null, mandatoryFrom: null },
    transferability: { prerequisites: null, openSourceLicence: null },
    evidence: [], contacts: [], contentLicence: null, website: null, status: 'published', seedKey: null, origin: null,
  };
}

/**
 * A lower-case id part from a name: letters and digits of the Latin alphabet (accents dropped) joined by `-`, at most
 * 60 characters. @example slug('e-Mutation (land ownership mutation)') // 'e-mutation-land-ownership-mutation'
 */
export function slug(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}
