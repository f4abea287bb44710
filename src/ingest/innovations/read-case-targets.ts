import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { InnovationCase } from '../../domain/index.ts';

/** The SDG targets and tags of one seed case, from `case-targets.csv`. */
export interface CaseTargets {
  targets: string[];
  tags: string[];
}

/**
 * Reads `case-targets.csv` (columns case, targets, tags, reason; targets and tags `;`-separated, targets may be empty),
 * the table compiled for this product that gives each seed case the targets and tags its sources do not give (see
 * datasets/innovations/SOURCE.md). Every seed case must have exactly one row and every row must name a seed case.
 * Whether a target is in the framework is checked when the case is saved.
 * @throws Error naming the file and line of a row that names no seed case, repeats a case, lacks a reason or holds a
 * target that is not written like an official code; or naming the seed cases that have no row.
 */
export function readCaseTargets(file: string, caseIds: readonly string[]): Map<string, CaseTargets> {
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const known = new Set(caseIds);
  const out = new Map<string, CaseTargets>();
  const list = (text: string | undefined) => [...new Set((text ?? '').split(';').map((s) => s.trim()).filter(Boolean))];
  for (const [i, row] of rows.entries()) {
    const line = i + 2;
    const id = (row.case ?? '').trim();
    if (!known.has(id)) throw new Error(`${file}:${line} [case] "${id}" is not a seed case`);
    if (out.has(id)) throw new Error(`${file}:${line} [case] "${id}" has a row already`);
    if (!(row.reason ?? '').trim()) throw new Error(`${file}:${line} [reason] is empty`);
    const targets = list(row.targets);
    const bad = targets.find((t) => !/^\d{1,2}\.(\d{1,2}|[a-z])$/.test(t));
    if (bad) throw new Error(`${file}:${line} [targets] "${bad}" is not an SDG target code`);
    out.set(id, { targets, tags: list(row.tags) });
  }
  const missing = caseIds.filter((id) => !out.has(id));
  if (missing.length) throw new Error(`${file}: no row for seed case ${missing.join(', ')}`);
  return out;
}

/** The case with the table's targets added to its own and the table's tags after its own (no tag twice, whatever its case). */
export function withCaseTargets(c: InnovationCase, extra: CaseTargets | undefined): InnovationCase {
  if (!extra) return c;
  const tags = [...c.tags];
  for (const t of extra.tags) if (!tags.some((x) => x.toLowerCase() === t.toLowerCase())) tags.push(t);
  return { ...c, targets: [...new Set([...c.targets, ...extra.targets])], tags };
}
