import type { AdminOrganisation } from '../../api/admin.ts';

/** An organisation with the ones below it, each level sorted by name. */
export interface OrganisationNode {
  organisation: AdminOrganisation;
  children: OrganisationNode[];
}

/**
 * The organisations as a tree: roots are those without a parent (or whose parent is not in the list); each level is
 * sorted by name. Each organisation appears once, even when the data hold a cycle (then it is listed at the top).
 * @example organisationTree([{ id: 'BBS', parent: 'SID', … }, { id: 'SID', parent: null, … }])
 * // [{ organisation: SID, children: [{ organisation: BBS, children: [] }] }]
 */
export function organisationTree(organisations: AdminOrganisation[]): OrganisationNode[] {
  const ids = new Set(organisations.map((o) => o.id));
  const byParent = new Map<string | null, AdminOrganisation[]>();
  for (const o of organisations) {
    const parent = o.parent && ids.has(o.parent) && o.parent !== o.id ? o.parent : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), o]);
  }
  const placed = new Set<string>();
  const build = (parent: string | null): OrganisationNode[] => (byParent.get(parent) ?? [])
    .filter((o) => !placed.has(o.id) && placed.add(o.id))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((organisation) => ({ organisation, children: build(organisation.id) }));
  const roots = build(null);
  // organisations caught in a cycle (A under B under A) have no root above them: list them at the top
  for (const o of organisations) {
    if (placed.has(o.id)) continue;
    placed.add(o.id);
    roots.push({ organisation: o, children: build(o.id) });
  }
  return roots;
}

/** The ids of an organisation and everything below it: what may not become its parent. */
export function selfAndDescendants(organisations: AdminOrganisation[], id: string): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const o of organisations) {
      if (o.parent && out.has(o.parent) && !out.has(o.id)) {
        out.add(o.id);
        grew = true;
      }
    }
  }
  return out;
}
