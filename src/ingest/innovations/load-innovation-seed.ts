import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  deleteInnovationCase, getSetting, pruneReplications, recordAudit, replaceTcvMeasurements, saveInnovationCase, saveReplication, setSettings,
  upsertInnovationOrganisations, type Store,
} from '../../store/index.ts';
import { readDpgRegistry, type UnmatchedCountry } from './read-dpg-registry.ts';
import { readCaseTargets, withCaseTargets } from './read-case-targets.ts';
import { readTcvExamples } from './read-tcv-examples.ts';

/** The innovation examples the product ships (see its SOURCE.md). */
export const BUNDLED_INNOVATIONS_DIR = fileURLToPath(new URL('../../../datasets/innovations/', import.meta.url));

/** The setting that keeps the digest of the seed files last loaded. */
const DIGEST_SETTING = 'innovations_seed_digest';

/** What a seed load did: `loaded` false when the same files were loaded before (then nothing was written). */
export interface InnovationSeedReport {
  loaded: boolean;
  cases: number;
  measurements: number;
  replications: number;
  organisations: number;
  evidence: number;
  /** Seeded cases of earlier files that the files no longer hold, deleted. */
  casesRemoved: number;
  unmatchedCountries: UnmatchedCountry[];
  solutionsWithoutDeployments: string[];
}

/**
 * Loads the shipped innovation examples (global, not per country): the TCV examples as Bangladesh cases with their
 * evidence and TCV figures, and the digital public goods as cases with their deployment countries as replications;
 * each case then gets the SDG targets and tags of `case-targets.csv` (compiled for this product, see SOURCE.md).
 * Every file is read and checked before the database is touched; then one transaction replaces the seeded cases
 * (`seed_key` `seed:tcv` / `seed:dpg`; cases entered by hand are never touched), writes one audit event
 * `innovations.seed` and keeps the files' digest. Run again on the same files, with the seeded cases still there, it writes nothing.
 * Needs the framework (goals and targets are checked against it): call after prepareStore.
 * @throws Error naming the file and line of a row it cannot read; InnovationCaseError for a goal or target the framework lacks.
 */
export async function loadInnovationSeed(store: Store, folder = BUNDLED_INNOVATIONS_DIR): Promise<InnovationSeedReport> {
  const tcv = readTcvExamples(join(folder, 'tcv-examples.csv'));
  const dpg = readDpgRegistry(join(folder, 'dpg-registry'));
  const read = [...tcv.cases, ...dpg.cases];
  const table = readCaseTargets(join(folder, 'case-targets.csv'), read.map((c) => c.id));
  const cases = read.map((c) => withCaseTargets(c, table.get(c.id)));
  const report: InnovationSeedReport = {
    loaded: false, cases: cases.length, measurements: tcv.measurements.length, replications: dpg.replications.length,
    organisations: tcv.organisations.length + dpg.organisations.length, evidence: cases.reduce((n, c) => n + c.evidence.length, 0),
    casesRemoved: 0, unmatchedCountries: dpg.unmatched, solutionsWithoutDeployments: dpg.withoutDeployments,
  };
  const digest = seedDigest(folder);
  const seeded = await store.db.selectFrom('innovation_cases').select('id').where('seed_key', 'in', ['seed:tcv', 'seed:dpg']).limit(1).execute();
  if (seeded.length && (await getSetting(store.db, DIGEST_SETTING)) === digest) return report;
  const at = new Date().toISOString();
  await store.db.transaction().execute(async (trx) => {
    await upsertInnovationOrganisations(trx, [...tcv.organisations, ...dpg.organisations]);
    const ids = new Set(cases.map((c) => c.id));
    const stale = await trx.selectFrom('innovation_cases').select('id').where('seed_key', 'in', ['seed:tcv', 'seed:dpg']).execute();
    for (const { id } of stale.filter((s) => !ids.has(s.id))) report.casesRemoved += (await deleteInnovationCase(trx, id)) ? 1 : 0;
    for (const c of cases) {
      await saveInnovationCase(trx, c, at);
      await replaceTcvMeasurements(trx, c.id, tcv.measurements.filter((m) => m.caseId === c.id));
      const replications = dpg.replications.filter((r) => r.caseId === c.id);
      await pruneReplications(trx, c.id, replications.map((r) => r.id));
      for (const r of replications) await saveReplication(trx, r, at);
    }
    await recordAudit(trx, [{
      at, userId: null, action: 'innovations.seed', entity: 'innovation_seed', entityId: 'bundled',
      newValue: { cases: report.cases, measurements: report.measurements, replications: report.replications, casesRemoved: report.casesRemoved },
    }]);
    await setSettings(trx, { [DIGEST_SETTING]: digest });
  });
  report.loaded = true;
  return report;
}

/**
 * One line per fact of a seed load, for the CLI.
 * @example innovationSeedSummary(report) // 'Innovation examples: 30 cases, 13 TCV figures, 259 replications …'
 */
export function innovationSeedSummary(r: InnovationSeedReport): string {
  const lines = [
    `Innovation examples (datasets/innovations): ${r.cases} cases, ${r.measurements} TCV figures, ${r.replications} replications, `
    + `${r.evidence} evidence items, ${r.organisations} organisations${r.loaded ? '' : ' (unchanged, not written again)'}`,
  ];
  if (r.casesRemoved) lines.push(`  ${r.casesRemoved} cases of earlier examples removed`);
  for (const u of r.unmatchedCountries) lines.push(`  ${u.solution}: ${u.list} country "${u.name}" matches no country code`);
  if (r.solutionsWithoutDeployments.length) lines.push(`  no deployment country given: ${r.solutionsWithoutDeployments.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** SHA-256 of the seed files (names and bytes) plus the loader's version, so a changed file or rule loads again. */
function seedDigest(folder: string): string {
  const hash = createHash('sha256').update('innovations-seed-2');
  const files = ['tcv-examples.csv', 'case-targets.csv', ...['nominees', 'screening'].flatMap((d) =>
    readdirSync(join(folder, 'dpg-registry', d)).sort().map((f) => join('dpg-registry', d, f)))];
  for (const f of files) hash.update(f).update(readFileSync(join(folder, f)));
  return hash.digest('base64url');
}
