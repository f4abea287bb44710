import type { InnovationCase } from '../../src/domain/index.ts';
import { loadInnovationSeed } from '../../src/ingest/innovations/index.ts';
import {
  saveCooperationRequest, saveInnovationCase, saveReplication, upsertInnovationOrganisations, type Store,
} from '../../src/store/index.ts';
import { OTHER_ORG, RESPONSIBLE_ORG, seedWorkflowData } from '../support/workflow-seed.ts';

/**
 * What the innovation API tests share: network organisations linked to the workflow seed's national organisations
 * (HSD for the `provider` caller, MOE for `other-provider`), and cases made through the store.
 */

/** The network organisation of HSD (the provider's) and of MOE (the other provider's). */
export const HSD_NETWORK_ORG = 'net-hsd';
export const MOE_NETWORK_ORG = 'net-moe';
const NOW = '2026-11-29T10:00:00.000Z';

/** A case with empty defaults and overrides, published, country BGD. */
export function innovationCase(id: string, overrides: Partial<InnovationCase> = {}): InnovationCase {
  return {
    id, title: id, summary: null, problem: null, solution: null, countryIso3: 'BGD', countries: [], administrativeLevel: null, startDate: null,
    types: ['process'], tags: [], goals: [], targets: [], stage: null, stageHistory: [], organisations: [],
    coverage: { unitsLive: null, unitsEligible: null, asOf: null }, institutionalisation: { legalBasis: null, budgetLine: null, mandatoryFrom: null },
    transferability: { prerequisites: null, openSourceLicence: null }, evidence: [], contacts: [], contentLicence: null, website: null,
    status: 'published', seedKey: null, origin: null, ...overrides,
  };
}

/** Links the network organisations to HSD and MOE (the workflow seed must be in the store). */
export async function linkNetworkOrganisations(store: Store): Promise<void> {
  await store.db.transaction().execute((trx) => upsertInnovationOrganisations(trx, [
    { id: HSD_NETWORK_ORG, name: 'Health Services Division (network)', countryIso3: 'BGD', website: null, localOrganisationId: RESPONSIBLE_ORG },
    { id: MOE_NETWORK_ORG, name: 'Ministry of Education (network)', countryIso3: 'BGD', website: null, localOrganisationId: OTHER_ORG },
  ]));
}

/** Stores a case (published unless overridden) led by the provider's network organisation; returns its id. */
export async function providerCase(store: Store, id: string, overrides: Partial<InnovationCase> = {}): Promise<string> {
  await linkNetworkOrganisations(store);
  await store.db.transaction().execute((trx) => saveInnovationCase(trx,
    innovationCase(id, { organisations: [{ organisationId: HSD_NETWORK_ORG, role: 'lead' }], ...overrides }), NOW));
  return id;
}

/** A replication of a provider case; returns its id. */
export async function providerReplication(store: Store, id: string): Promise<string> {
  const caseId = await providerCase(store, `${id}-case`);
  await store.db.transaction().execute((trx) => saveReplication(trx, {
    id, caseId, providerOrganisationId: HSD_NETWORK_ORG, adopterOrganisationId: null, adopterCountryIso3: 'NPL', channel: 'South-South exchange',
    stage: 'interest', stageHistory: [{ stage: 'interest', date: '2026-01-01', note: null }], adaptations: null, funding: null, origin: null,
  }, NOW));
  return id;
}

/** An open cooperation request for target 16.9; returns its id. */
export async function cooperationRequest(store: Store, id: string): Promise<string> {
  await store.db.transaction().execute((trx) => saveCooperationRequest(trx, {
    id, countryIso3: 'NPL', organisationId: null, title: 'Births go unregistered', problem: 'Few births are registered in rural districts',
    context: null, targets: ['16.9'], tags: ['civil registration'], status: 'open', createdAt: NOW, origin: null,
  }));
  return id;
}

/**
 * The innovation tests' store: the workflow seed (framework, HSD and MOE, 3.2.1), the shipped innovation seed (30
 * cases), the network organisations, a published MOE case serving target 4.1 with one public and one private contact,
 * and a published case read from another installation (origin https://sdg.example.rw).
 */
export async function seedInnovationApi(store: Store): Promise<void> {
  await seedWorkflowData(store);
  await loadInnovationSeed(store);
  await linkNetworkOrganisations(store);
  await store.db.transaction().execute(async (trx) => {
    await saveInnovationCase(trx, innovationCase('bgd-school-feeding', {
      title: 'School feeding registers', targets: ['4.1'], organisations: [{ organisationId: MOE_NETWORK_ORG, role: 'lead' }],
      contacts: [
        { name: 'Programme office', roleTitle: 'office', email: null, consentPublic: true },
        { name: 'A. Officer', roleTitle: 'officer', email: 'officer@example.org', consentPublic: false },
      ],
    }), NOW);
    await saveInnovationCase(trx, innovationCase('rwa-irembo', {
      title: 'Irembo e-services', countryIso3: 'RWA', types: ['technology'], targets: ['3.2'],
      origin: { instanceUrl: 'https://sdg.example.rw', remoteId: 'irembo', remoteUpdatedAt: '2026-10-01T00:00:00.000Z' },
    }), NOW);
  });
}
