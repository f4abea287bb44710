import type { ImportReport } from '../ingest/reject-report.ts';

/** How many reject examples the summary shows per kind of reason. */
const EXAMPLES_PER_KIND = 3;

/**
 * Prints an import summary to stderr: rows read, stored, rejected, the rows repeated when there are any (see
 * ImportReport.rowsRepeated), then rejects grouped by kind of reason (the reason with quoted values and numbers
 * blanked), each with a count and the first examples at distinct places.
 */
export function printReport(title: string, report: ImportReport): void {
  const out: string[] = [
    `${title}: ${report.rowsRead} rows read, ${report.rowsStored} stored, ${report.rowsRejected} rejected`,
  ];
  if (report.rowsRepeated) {
    const rows = report.rowsRepeated === 1 ? '1 row repeats' : `${report.rowsRepeated} rows repeat`;
    out.push(`  ${rows} a series already read under another indicator: linked, not stored twice`);
  }
  const kinds = new Map<string, typeof report.rejects>();
  for (const r of report.rejects) {
    const kind = reasonKind(r.reason);
    kinds.set(kind, [...(kinds.get(kind) ?? []), r]);
  }
  for (const [kind, rejects] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
    out.push(`  ${rejects.length} × ${kind}`);
    // Observations of one SDMX series share the series' line: show distinct places, not one place three times.
    const seen = new Set<string>();
    const examples = rejects.filter((r) => {
      const place = `${r.file}:${r.line}:${r.column}:${r.reason}`;
      if (seen.has(place)) return false;
      seen.add(place);
      return true;
    });
    for (const r of examples.slice(0, EXAMPLES_PER_KIND)) {
      out.push(`      ${r.file}${r.line > 0 ? `:${r.line}` : ''}${r.column ? ` [${r.column}]` : ''} ${r.reason}`);
    }
  }
  process.stderr.write(`${out.join('\n')}\n`);
}

/** `"2019 Q5" is not a time period` → `"…" is not a time period`. */
export function reasonKind(reason: string): string {
  return reason.replace(/"[^"]*"/g, '"…"').replace(/\b\d+\b/g, 'N');
}
