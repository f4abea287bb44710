import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 levels A and AA, as axe-core tags its rules. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** One rule broken on a page: axe-core's rule id, its impact, and the CSS selectors of the offending nodes. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** One entry per offending node: its selector and axe's summary of what fails there. */
  nodes: { target: string; summary: string }[];
}

let source: string | undefined;

/** axe-core 4.11.1's browser bundle (node_modules/axe-core/axe.min.js), read once. */
function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/**
 * Runs axe-core on the page as it is now, with only the WCAG 2.1 A and AA rules (Deque, axe-core API,
 * "options.runOnly"), and returns the rules broken. The bundle is injected as an inline script when the page
 * lacks it. `exclude` lists selectors left out of the check; every caller states in its test why.
 * @example await axeViolations(page) // [] on a page that passes
 */
export async function axeViolations(page: Page, exclude: readonly string[] = []): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource() });
  return page.evaluate(async ({ tags, exclude }) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: RawViolation[] }> } }).axe;
    interface RawViolation { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }
    const context = exclude.length ? { include: [['html']], exclude: exclude.map((s) => [s]) } : document;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim() })),
    }));
  }, { tags: [...WCAG_21_AA_TAGS], exclude: [...exclude] });
}

/** The violations as readable lines, for an assertion message: `color-contrast (serious) .goal-tile: Fix …`. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}) ${n.target}: ${n.summary}`))
    .join('\n');
}
