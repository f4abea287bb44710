import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../store/index.ts';
import {
  importOrganisations, importResponsibilities, type OrganisationImportReport, type ResponsibilityImportReport,
} from '../organisations-csv/index.ts';
import { importTargets, type TargetImportReport } from '../targets-csv/index.ts';
import type { CountryPack } from './pack-schema.ts';

/** What a pack's organisation, responsibility and target files did; null for a file the pack does not name. */
export interface GovernanceReport {
  organisations: OrganisationImportReport | null;
  responsibilities: ResponsibilityImportReport | null;
  targets: TargetImportReport | null;
}

/**
 * Loads the pack's organisation tree, then its responsibility mapping (status `illustrative` when the pack says so),
 * then its national progress targets (importTargets, audited), each all or nothing within the pack's transaction: a
 * bad row leaves that file unloaded and reported, never fails the pack. Responsibilities and targets need the
 * framework; without one they are reported, not loaded.
 */
export async function loadGovernance(trx: Db, folder: string, pack: CountryPack, at: string): Promise<GovernanceReport> {
  const read = (file: string): string => readFileSync(join(folder, file), 'utf8');
  const organisations = pack.organisations
    ? await importOrganisations(trx, read(pack.organisations.file), { file: pack.organisations.file, userId: null, at })
    : null;
  const responsibilities = pack.responsibilities
    ? await importResponsibilities(trx, read(pack.responsibilities.file),
      { file: pack.responsibilities.file, userId: null, at, illustrative: pack.responsibilities.illustrative })
    : null;
  const targets = pack.targets ? await importTargets(trx, read(pack.targets.file), { file: pack.targets.file, userId: null, at }) : null;
  return { organisations, responsibilities, targets };
}
