/**
 * A Data Structure Definition (SDMX 2.1) as the SDMX importer checks data against it: components, code lists with
 * names per language, concepts, series content constraints and the series ↔ indicator links of CL_SERIES.
 */

/** A maintainable artefact's identity, e.g. `{ agency: 'IAEG-SDGs', id: 'CL_SEX', version: '1.1' }`. */
export interface ArtefactRef {
  agency: string;
  id: string;
  version: string;
}

/** One code: `{ id: 'F', names: { en: 'Female' }, parent: null }`. */
export interface Code {
  id: string;
  /** Name per language (`xml:lang`). */
  names: Record<string, string>;
  parent: string | null;
}

/** A code list and where its codes were read: in the DSD file itself, or the global DSD shipped with the product. */
export interface Codelist {
  ref: ArtefactRef;
  names: Record<string, string>;
  codes: Map<string, Code>;
  origin: 'dsd' | 'global';
}

/**
 * A component of the DSD:
 * - `dimension`: part of the series key (FREQ … PRODUCT, with SERIES and REF_AREA);
 * - `time`: the time dimension (TIME_PERIOD);
 * - `attribute`: attached to observations (`observation`), to series keys (`series`) or to the data set (`dataset`);
 * - `measure`: the primary measure (OBS_VALUE).
 */
export interface Component {
  id: string;
  kind: 'dimension' | 'time' | 'attribute' | 'measure';
  /** The concept it takes its meaning from, e.g. `ILOSTAT:CS_DEFAULT(1.0).SEX`. */
  concept: string;
  /** The code list its values come from, or null for free text (COMMENT_OBS, TIME_DETAIL). */
  codelist: ArtefactRef | null;
  attachment: 'observation' | 'series' | 'dataset';
  mandatory: boolean;
}

/**
 * What a series may carry: allowed codes per component (dimension or attribute ID); a component not listed is not
 * constrained. Example: `{ series: 'SI_POV_DAY1', allowed: Map { 'UNIT_MEASURE' => Set { 'PT' }, 'PRODUCT' => Set { '_T' } } }`.
 */
export interface SeriesConstraint {
  series: string;
  allowed: Map<string, Set<string>>;
}

/** Where a DSD's series constraints came from: its own ContentConstraints, the global constraints file, or nowhere. */
export type ConstraintOrigin = 'dsd' | 'global-csv' | 'none';

/** A DSD read from an SDMX-ML 2.1 Structure message (see readDsd). */
export interface Dsd {
  /** The file it was read from, as given. */
  file: string;
  ref: ArtefactRef;
  names: Record<string, string>;
  /** Dimensions in key order, then the time dimension. */
  dimensions: Component[];
  attributes: Component[];
  /** Code lists by artefactKey (`IAEG-SDGs:CL_SEX(1.1)`). */
  codelists: Map<string, Codelist>;
  /** Concept names by concept ID (`SEX` → `{ en: 'Sex' }`). */
  concepts: Map<string, Record<string, string>>;
  constraints: Map<string, SeriesConstraint>;
  constraintOrigin: ConstraintOrigin;
  /** Series code → indicator codes as CL_SERIES annotates them (`VC_DSR_MISS` → `['1.5.1', '11.5.1', '13.1.1']`). */
  seriesIndicators: Map<string, string[]>;
  /** What was substituted while reading, one sentence each (a referenced code list taken from the global DSD). */
  notes: string[];
}

/**
 * The key of an artefact: `AGENCY:ID(VERSION)`.
 * @example artefactKey({ agency: 'IAEG-SDGs', id: 'CL_SEX', version: '1.1' }) // 'IAEG-SDGs:CL_SEX(1.1)'
 */
export function artefactKey(ref: ArtefactRef): string {
  return `${ref.agency}:${ref.id}(${ref.version})`;
}

/**
 * How reasons name a code list: `CL_SEX (IAEG-SDGs 1.14)`.
 * @example codelistLabel({ agency: 'IAEG-SDGs', id: 'CL_SEX', version: '1.14' }) // 'CL_SEX (IAEG-SDGs 1.14)'
 */
export function codelistLabel(ref: ArtefactRef): string {
  return `${ref.id} (${ref.agency} ${ref.version})`;
}

/** The code list a component takes its codes from, or undefined for a free-text component. */
export function codelistOf(dsd: Dsd, component: Component): Codelist | undefined {
  return component.codelist ? dsd.codelists.get(artefactKey(component.codelist)) : undefined;
}

/** The English (else first) name of a names object, or the fallback. */
export function nameOf(names: Record<string, string>, fallback: string): string {
  return names.en ?? Object.values(names)[0] ?? fallback;
}
