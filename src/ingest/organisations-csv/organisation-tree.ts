import {
  ORGANISATION_KINDS, RESPONSIBILITY_ROLES, type OrganisationKind, type ResponsibilityRole,
} from '../../domain/index.ts';

/**
 * The rules an organisation tree and a responsibility keep, shared by the CSV readers and the API's single writes:
 * id shape, kind and role words, and cycles.
 */

/** An organisation id: a short code of letters, digits, `_`, `-` or `.`, starting with a letter or digit (`BBS`, `MOHFW`). */
export const ORGANISATION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

/**
 * The kind a cell names, case and separators ignored (`Statistics office`, `statistics-office` → `statistics_office`),
 * or null when it names none of ORGANISATION_KINDS.
 * @example organisationKind('SDG office') // 'sdg_office'
 */
export function organisationKind(text: string): OrganisationKind | null {
  const word = text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (ORGANISATION_KINDS as readonly string[]).includes(word) ? word as OrganisationKind : null;
}

/**
 * The role a cell names, case and separators ignored (`co-lead`, `Co lead` → `co_lead`), or null when it names none of
 * RESPONSIBILITY_ROLES.
 * @example responsibilityRole('co-lead') // 'co_lead'
 */
export function responsibilityRole(text: string): ResponsibilityRole | null {
  const word = text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (RESPONSIBILITY_ROLES as readonly string[]).includes(word) ? word as ResponsibilityRole : null;
}

/**
 * The cycle through `start` when following parents from it comes back to it, as the path `[start, …, start]`;
 * null when the walk ends at a root (or enters a cycle that does not pass through `start`).
 * @example cycleThrough(new Map([['A', 'B'], ['B', 'A']]), 'A') // ['A', 'B', 'A']
 */
export function cycleThrough(parentOf: ReadonlyMap<string, string | null>, start: string): string[] | null {
  const path = [start];
  const seen = new Set(path);
  for (let at = parentOf.get(start) ?? null; at !== null; at = parentOf.get(at) ?? null) {
    path.push(at);
    if (at === start) return path;
    if (seen.has(at)) return null;
    seen.add(at);
  }
  return null;
}

/**
 * Orders organisations so each comes after its parent when the parent is among them (stable otherwise), for writes
 * under a foreign key on the parent. Assumes no cycles.
 * @example parentsFirst([{ id: 'BBS', parent: 'SID' }, { id: 'SID', parent: null }]).map((o) => o.id) // ['SID', 'BBS']
 */
export function parentsFirst<T extends { id: string; parent: string | null }>(orgs: readonly T[]): T[] {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const out: T[] = [];
  const placed = new Set<string>();
  const place = (o: T): void => {
    if (placed.has(o.id)) return;
    placed.add(o.id);
    const parent = o.parent === null ? undefined : byId.get(o.parent);
    if (parent) place(parent);
    out.push(o);
  };
  for (const o of orgs) place(o);
  return out;
}
