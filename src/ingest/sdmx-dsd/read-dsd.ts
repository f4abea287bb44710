import { fileURLToPath } from 'node:url';
import { ImportError } from '../reject-report.ts';
import { readConstraintsCsv } from './constraints-csv.ts';
import { type Component, type Dsd, artefactKey, codelistLabel } from './dsd-model.ts';
import { parseStructure } from './structure-parser.ts';

/** The global SDG DSD and its series constraints, shipped in `datasets/framework/sdmx/` (see SOURCE.md there). */
export const GLOBAL_DSD_FILE = fileURLToPath(new URL('../../../datasets/framework/sdmx/IAEG-SDGs_SDG_DSD_1.14.xml', import.meta.url));
export const GLOBAL_CONSTRAINTS_FILE = fileURLToPath(new URL('../../../datasets/framework/sdmx/sdg_global_content_constraints.csv', import.meta.url));

let globalDsd: Promise<Dsd> | null = null;

/**
 * The global SDG DSD `IAEG-SDGs:SDG(1.14)` with the shipped series constraints, read once per process.
 * @example (await readGlobalDsd()).codelists.get('IAEG-SDGs:CL_SERIES(1.14)')?.codes.size // 783
 */
export function readGlobalDsd(): Promise<Dsd> {
  globalDsd ??= readDsd(GLOBAL_DSD_FILE, { label: 'IAEG-SDGs_SDG_DSD_1.14.xml', global: null });
  return globalDsd;
}

/** Options of {@link readDsd}. */
export interface ReadDsdOptions {
  /** How the file is named in notes and errors (default: the path). */
  label?: string;
  /** The DSD that lends code lists, constraints and series ↔ indicator links the file lacks; null for none. Default: the global DSD. */
  global?: Dsd | null;
}

/**
 * Reads the first DataStructure of an SDMX-ML 2.1 Structure message with everything data are checked against:
 * - components in order, each with its concept and code list (the component's LocalRepresentation, else its
 *   concept's CoreRepresentation);
 * - code lists with code names per language; a list a component references but the file does not include is taken
 *   from the global DSD by its ID (noted in `notes`: "CL_SEX (IAEG-SDGs 1.1) is referenced but not included; codes
 *   are checked against CL_SEX (IAEG-SDGs 1.14) of the global DSD"), and one the global DSD lacks too leaves that
 *   component unchecked (noted too);
 * - series content constraints from the file's ContentConstraints, else the global constraints file (`global-csv`);
 * - series ↔ indicator links from the `Indicator` annotations of CL_SERIES codes; a series of the file without
 *   annotations takes the global DSD's links.
 * National variants such as Rwanda's `NISR-SDGs:SDG(1.3)` (own CL_REF_AREA, CL_SERIES, CL_AGE …) read the same way.
 * @throws ImportError when the file cannot be read, is not XML, or holds no DataStructure.
 * @example (await readDsd('rwanda_NISR-SDGs_SDG_DSD_1.3.xml')).dimensions.map((d) => d.id).slice(0, 4)
 *   // ['FREQ', 'REPORTING_TYPE', 'SERIES', 'REF_AREA']
 */
export async function readDsd(path: string, options: ReadDsdOptions = {}): Promise<Dsd> {
  const label = options.label ?? path;
  const parsed = await parseStructure(path, label);
  if (!parsed.dsd) throw new ImportError(label, 'no DataStructure in this SDMX-ML Structure message');
  const global = options.global === undefined ? await readGlobalDsd() : options.global;
  const notes: string[] = [];
  const codelists = parsed.codelists;
  const components = parsed.components.map((c): Component => {
    const concept = parsed.concepts.get(c.id);
    return c.codelist || !concept?.codelist ? c : { ...c, codelist: concept.codelist };
  });
  for (const c of components) {
    if (!c.codelist || codelists.has(artefactKey(c.codelist))) continue;
    const lent = global ? [...global.codelists.values()].find((l) => l.ref.id === c.codelist!.id) : undefined;
    if (lent) {
      codelists.set(artefactKey(c.codelist), { ...lent, origin: 'global' });
      notes.push(`${c.id}: ${codelistLabel(c.codelist)} is referenced but not included; codes are checked against ${codelistLabel(lent.ref)} of the global DSD`);
    } else {
      notes.push(`${c.id}: ${codelistLabel(c.codelist)} is referenced but not included, and the global DSD has no ${c.codelist.id}; its codes are not checked`);
    }
  }
  let constraints = parsed.constraints;
  let constraintOrigin: Dsd['constraintOrigin'] = constraints ? 'dsd' : 'none';
  if (!constraints && global) ({ constraints, constraintOrigin } = { constraints: global.constraints, constraintOrigin: 'global-csv' });
  if (!constraints && options.global === null) {
    constraints = readConstraintsCsv(GLOBAL_CONSTRAINTS_FILE);
    constraintOrigin = 'global-csv';
  }
  const seriesIndicators = parsed.seriesIndicators;
  const seriesList = components.find((c) => c.id === 'SERIES')?.codelist;
  for (const code of seriesList ? codelists.get(artefactKey(seriesList))?.codes.keys() ?? [] : []) {
    const links = global?.seriesIndicators.get(code);
    if (!seriesIndicators.has(code) && links) seriesIndicators.set(code, links);
  }
  return {
    file: label, ref: parsed.dsd.ref, names: parsed.dsd.names,
    dimensions: components.filter((c) => c.kind === 'dimension' || c.kind === 'time'),
    attributes: components.filter((c) => c.kind === 'attribute'),
    codelists, concepts: new Map([...parsed.concepts].map(([id, c]) => [id, c.names])),
    constraints: constraints ?? new Map(), constraintOrigin, seriesIndicators, notes,
  };
}
