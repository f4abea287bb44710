import type { OrganisationInput } from '../../store/index.ts';
import { emptyReport, type ImportReport, type Reject } from '../reject-report.ts';
import { readCsvText } from './csv-text.ts';
import { cycleThrough, ORGANISATION_ID, organisationKind } from './organisation-tree.ts';
import { ORGANISATION_KINDS } from '../../domain/index.ts';

/** Columns every organisation file has; `name_<lang>` columns (`name_bn`) add names in other languages. */
export const ORGANISATION_COLUMNS = ['id', 'parent_id', 'name', 'kind'] as const;

/** The organisations a file gives, in file order, with the languages of its `name_<lang>` columns. */
export interface OrganisationRows {
  /** Every good row, `sortOrder` = its position among the file's rows. */
  organisations: OrganisationInput[];
  /** Languages of the `name_<lang>` columns, e.g. `['bn']`. */
  languages: string[];
  report: ImportReport;
}

/**
 * Reads an organisation CSV (`id,parent_id,name,kind[,name_<lang>…]`) against the organisations already stored.
 * A row is rejected, one reject per problem with its line and column, when: its field count differs from the header's;
 * `id` is blank, not a short code, or repeats an earlier row's; `name` is blank; `kind` is not an OrganisationKind
 * (case and separators ignored); `parent_id` names an organisation neither in the file nor stored; or following parents
 * from it comes back to it (a cycle, through the file and the stored tree together). Parents may come after their
 * children in the file.
 * @example readOrganisations('id,parent_id,name,kind\nSID,,Statistics and Informatics Division,division\nBBS,SID,Bangladesh Bureau of Statistics,statistics_office\n', 'organisations.csv', [])
 *   // organisations: [{ id: 'SID', parent: null, …, sortOrder: 0 }, { id: 'BBS', parent: 'SID', …, sortOrder: 1 }], report.rowsRejected: 0
 * @example readOrganisations('id,parent_id,name,kind\nA,B,Alpha,agency\nB,A,Beta,agency\n', 'o.csv', []).report.rejects[0]
 *   // { file: 'o.csv', line: 2, column: 'parent_id', reason: 'parent "B" of A makes a cycle: A → B → A' }
 */
export function readOrganisations(text: string, file: string, stored: readonly { id: string; parent: string | null }[]): OrganisationRows {
  const report = emptyReport();
  const csv = readCsvText(text, file, ORGANISATION_COLUMNS);
  if (csv.problem) {
    report.rejects.push(csv.problem);
    return { organisations: [], languages: [], report };
  }
  const languages = csv.header.flatMap((h) => /^name_(.+)$/.exec(h)?.[1] ?? []);
  const inFile = new Map<string, number>();
  for (const { record, line } of csv.rows) {
    const id = (record.id ?? '').trim();
    if (id !== '' && !inFile.has(id)) inFile.set(id, line);
  }
  const storedIds = new Set(stored.map((o) => o.id));
  const bad = new Set<number>();
  const reject = (line: number, column: string, reason: string): void => {
    bad.add(line);
    report.rejects.push({ file, line, column, reason } satisfies Reject);
  };

  const organisations: (OrganisationInput & { line: number })[] = [];
  csv.rows.forEach(({ line, record, fields }, index) => {
    report.rowsRead++;
    if (fields !== csv.header.length) {
      reject(line, '', `the row has ${fields} fields, the header has ${csv.header.length}`);
      return;
    }
    const id = (record.id ?? '').trim();
    const parentText = (record.parent_id ?? '').trim();
    const name = (record.name ?? '').trim();
    const kindText = (record.kind ?? '').trim();
    const kind = organisationKind(kindText);
    const label = id === '' ? `the organisation on line ${line}` : id;
    if (id === '') reject(line, 'id', 'organisation id is empty');
    else if (!ORGANISATION_ID.test(id)) reject(line, 'id', `"${id}" is not an organisation id (letters, digits, _, - or ., up to 40)`);
    else if (inFile.get(id) !== line) reject(line, 'id', `organisation id "${id}" appears twice (first on line ${inFile.get(id)})`);
    if (name === '') reject(line, 'name', `${label} has no name`);
    if (kind === null) {
      reject(line, 'kind', kindText === '' ? `${label} has no kind` : `"${kindText}" is not a kind (${ORGANISATION_KINDS.join(', ')})`);
    }
    if (parentText !== '' && !inFile.has(parentText) && !storedIds.has(parentText)) {
      reject(line, 'parent_id', `parent "${parentText}" of ${label} is neither in the file nor a stored organisation`);
    }
    if (bad.has(line)) return;
    const names = Object.fromEntries(languages.map((lang) => [lang, (record[`name_${lang}`] ?? '').trim()]).filter(([, t]) => t !== ''));
    organisations.push({ id, parent: parentText === '' ? null : parentText, name, kind: kind!, names, sortOrder: index, line });
  });

  const parentOf = new Map<string, string | null>(stored.map((o) => [o.id, o.parent]));
  for (const o of organisations) parentOf.set(o.id, o.parent);
  for (const o of organisations) {
    const cycle = cycleThrough(parentOf, o.id);
    if (cycle) reject(o.line, 'parent_id', `parent "${o.parent}" of ${o.id} makes a cycle: ${cycle.join(' → ')}`);
  }
  report.rejects.sort((a, b) => a.line - b.line);
  report.rowsRejected = bad.size;
  report.rowsStored = report.rowsRead - bad.size;
  return { organisations: organisations.filter((o) => !bad.has(o.line)).map(({ line: _, ...o }) => o), languages, report };
}
