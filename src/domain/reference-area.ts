/**
 * A reference area in the national tree: a country (by M49 code, with ISO alpha-3), its first and second
 * administrative levels (ISO 3166-2 or national codes). Example: `{ code: 'BD-C', parent: 'BD', level: 'division',
 * names: { en: 'Dhaka', bn: 'ঢাকা' } }`.
 */
export interface ReferenceArea {
  code: string;
  parent: string | null;
  /** `country`, then national level names (`division`, `district`, `province`, `region`, …). */
  level: string;
  names: Record<string, string>;
  m49: string | null;
  iso3: string | null;
  /** Other national codes, e.g. `{ pcode: 'BD30' }`. */
  codes: Record<string, string>;
}
