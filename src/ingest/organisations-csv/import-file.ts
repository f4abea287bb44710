import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Store } from '../../store/index.ts';
import { ImportError } from '../reject-report.ts';
import { importOrganisations, type OrganisationImportReport } from './import-organisations.ts';
import { importResponsibilities, type ResponsibilityImportReport } from './import-responsibilities.ts';

/**
 * Imports an organisation CSV file in one transaction of its own (see importOrganisations); rejects name the file by
 * its base name. @throws ImportError when the file does not exist.
 * @example (await importOrganisationsFile(store, 'datasets/countries/bgd/organisations.csv')).written // true
 */
export async function importOrganisationsFile(store: Store, path: string, userId: number | null = null): Promise<OrganisationImportReport> {
  const text = readText(path);
  return store.db.transaction().execute((trx) =>
    importOrganisations(trx, text, { file: basename(path), userId, at: new Date().toISOString() }));
}

/**
 * Imports a responsibility CSV file as the whole mapping in one transaction of its own (see importResponsibilities).
 * @throws ImportError when the file does not exist.
 */
export async function importResponsibilitiesFile(
  store: Store, path: string, options: { illustrative: boolean; userId?: number | null },
): Promise<ResponsibilityImportReport> {
  const text = readText(path);
  return store.db.transaction().execute((trx) => importResponsibilities(trx, text, {
    file: basename(path), userId: options.userId ?? null, at: new Date().toISOString(), illustrative: options.illustrative,
  }));
}

function readText(path: string): string {
  if (!existsSync(path)) throw new ImportError(path, 'file does not exist');
  return readFileSync(path, 'utf8');
}
