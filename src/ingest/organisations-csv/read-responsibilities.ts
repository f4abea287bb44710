import { RESPONSIBILITY_ROLES } from '../../domain/index.ts';
import type { Responsibility } from '../../store/index.ts';
import { emptyReport, type ImportReport, type Reject } from '../reject-report.ts';
import { readCsvText } from './csv-text.ts';
import { responsibilityRole } from './organisation-tree.ts';

/** Columns every responsibility file has. */
export const RESPONSIBILITY_COLUMNS = ['indicator', 'organisation', 'role'] as const;

/** What a responsibility file is checked against. */
export interface ResponsibilityContext {
  /** The unique indicator id of any listing code of the framework (`11.5.1` → `1.5.1`), or undefined. */
  indicatorOf: (code: string) => string | undefined;
  /** Ids of the stored organisations (after the organisation file of the same load, if any). */
  organisations: ReadonlySet<string>;
}

/** The mapping a file gives, in file order, and what was wrong with it. */
export interface ResponsibilityRows {
  items: Responsibility[];
  report: ImportReport;
}

/**
 * Reads a responsibility CSV (`indicator,organisation,role`; role `lead`, `co_lead` or `associate`, `co-lead` and any
 * case accepted). Any listing code of an indicator stands for the indicator (`13.1.1` → `1.5.1`). A row is rejected,
 * one reject per problem with its line and column, when: its field count differs from the header's; the indicator is
 * blank or not in the framework; the organisation is blank or not stored; the role is not one of the three; the
 * organisation already answers for that indicator on an earlier line; or it is a second lead of the indicator.
 * @example readResponsibilities('indicator,organisation,role\n3.2.1,HSD,lead\n3.2.1,BBS,co-lead\n', 'r.csv', context).items
 *   // [{ indicatorId: '3.2.1', organisationId: 'HSD', role: 'lead' }, { indicatorId: '3.2.1', organisationId: 'BBS', role: 'co_lead' }]
 * @example readResponsibilities('indicator,organisation,role\n3.2.1,HSD,lead\n3.2.1,DGHS,lead\n', 'r.csv', context).report.rejects
 *   // [{ file: 'r.csv', line: 3, column: 'role', reason: 'indicator 3.2.1 already has a lead: HSD (line 2)' }]
 */
export function readResponsibilities(text: string, file: string, context: ResponsibilityContext): ResponsibilityRows {
  const report = emptyReport();
  const csv = readCsvText(text, file, RESPONSIBILITY_COLUMNS);
  if (csv.problem) {
    report.rejects.push(csv.problem);
    return { items: [], report };
  }
  const items: Responsibility[] = [];
  const pairs = new Map<string, number>();
  const leads = new Map<string, { organisation: string; line: number }>();
  for (const { line, record, fields } of csv.rows) {
    report.rowsRead++;
    const problems: Reject[] = [];
    const reject = (column: string, reason: string): void => { problems.push({ file, line, column, reason }); };
    if (fields !== csv.header.length) {
      reject('', `the row has ${fields} fields, the header has ${csv.header.length}`);
    } else {
      const code = (record.indicator ?? '').trim();
      const organisation = (record.organisation ?? '').trim();
      const roleText = (record.role ?? '').trim();
      const indicator = code === '' ? undefined : context.indicatorOf(code);
      const role = responsibilityRole(roleText);
      if (code === '') reject('indicator', 'indicator code is empty');
      else if (indicator === undefined) reject('indicator', `"${code}" is not an indicator of the framework`);
      if (organisation === '') reject('organisation', 'organisation is empty');
      else if (!context.organisations.has(organisation)) reject('organisation', `"${organisation}" is not a stored organisation`);
      if (role === null) reject('role', roleText === '' ? 'role is empty' : `"${roleText}" is not a role (${RESPONSIBILITY_ROLES.join(', ')})`);
      if (problems.length === 0) {
        const pair = `${indicator}\u0000${organisation}`;
        const lead = leads.get(indicator!);
        if (pairs.has(pair)) reject('organisation', `${organisation} already answers for indicator ${indicator} (line ${pairs.get(pair)})`);
        else if (role === 'lead' && lead) reject('role', `indicator ${indicator} already has a lead: ${lead.organisation} (line ${lead.line})`);
        else {
          pairs.set(pair, line);
          if (role === 'lead') leads.set(indicator!, { organisation, line });
          items.push({ indicatorId: indicator!, organisationId: organisation, role: role! });
        }
      }
    }
    report.rejects.push(...problems);
    if (problems.length > 0) report.rowsRejected++;
    else report.rowsStored++;
  }
  return { items, report };
}
