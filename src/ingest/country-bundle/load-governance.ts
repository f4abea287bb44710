import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../store/index.ts';
import {
  importOrganisations, importResponsibilities, type OrganisationImportReport, type ResponsibilityImportReport,
} from '../organisations-csv/index.ts';
import type { CountryManifest } from './manifest.ts';

/** What a bundle's organisation and responsibility files did; null for a file the manifest does not name. */
export interface GovernanceReport {
  organisations: OrganisationImportReport | null;
  responsibilities: ResponsibilityImportReport | null;
}

/**
 * Loads the manifest's organisation tree, then its responsibility mapping (status `illustrative` when the manifest
 * says so), each all or nothing within the bundle's transaction: a bad row leaves that file unloaded and reported,
 * never fails the bundle. Responsibilities need the framework; without one they are reported, not loaded.
 */
export async function loadGovernance(trx: Db, folder: string, manifest: CountryManifest, at: string): Promise<GovernanceReport> {
  const organisations = manifest.organisations
    ? await importOrganisations(trx, readFileSync(join(folder, manifest.organisations.file), 'utf8'),
      { file: manifest.organisations.file, userId: null, at })
    : null;
  const responsibilities = manifest.responsibilities
    ? await importResponsibilities(trx, readFileSync(join(folder, manifest.responsibilities.file), 'utf8'),
      { file: manifest.responsibilities.file, userId: null, at, illustrative: manifest.responsibilities.illustrative })
    : null;
  return { organisations, responsibilities };
}
