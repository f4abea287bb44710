import {
  organisationName, type ResponsibilityCounts, type StoredOrganisation,
} from '../../store/index.ts';
import type { OrganisationNode } from './schema.ts';

/** An organisation's public fields, `name` in `lang` (its default name when it has none in that language). */
export function presentOrganisation(o: StoredOrganisation, lang?: string): {
  id: string; parent: string | null; name: string; names: Record<string, string>; kind: StoredOrganisation['kind'];
} {
  return { id: o.id, parent: o.parent, name: organisationName(o, lang), names: o.names, kind: o.kind };
}

/**
 * The organisations as a tree in stored order: roots first, each with its children and its responsibility counts.
 * @example organisationTree([{ id: 'SID', parent: null, … }, { id: 'BBS', parent: 'SID', … }], counts, 'bn')
 *   // [{ id: 'SID', name: 'পরিসংখ্যান ও তথ্য ব্যবস্থাপনা বিভাগ', …, children: [{ id: 'BBS', …, children: [] }] }]
 */
export function organisationTree(orgs: StoredOrganisation[], counts: Map<string, ResponsibilityCounts>, lang: string): OrganisationNode[] {
  const ids = new Set(orgs.map((o) => o.id));
  const children = new Map<string | null, StoredOrganisation[]>();
  for (const o of orgs) {
    const parent = o.parent !== null && ids.has(o.parent) ? o.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), o]);
  }
  const build = (parent: string | null): OrganisationNode[] => (children.get(parent) ?? []).map((o) => ({
    ...presentOrganisation(o, lang),
    responsibilities: counts.get(o.id) ?? { lead: 0, coLead: 0, associate: 0 },
    children: build(o.id),
  }));
  return build(null);
}
