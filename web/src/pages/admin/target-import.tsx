import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { importTargets, type NationalTarget, type TargetImport as ImportAnswer } from '../../api/progress-targets.ts';
import { FormError } from '../../components/form-error.tsx';
import { RecordTable } from '../../components/record-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useTargetText } from './target-text.ts';

/** One problem of a refused file: line (0 = the whole file), column, reason. */
interface FileProblem {
  line: number;
  column: string;
  reason: string;
}

type Outcome =
  | { kind: 'preview'; answer: ImportAnswer }
  | { kind: 'done'; answer: ImportAnswer }
  | { kind: 'refused'; problems: FileProblem[] };

/**
 * Loads a national target CSV in two steps: "Check the file" asks the server what each row would do (a dry run that
 * writes nothing) and shows it, row by row, with the target stored now beside the new one; "Import" then writes the
 * same file, all or nothing. A refused file lists each problem by line and column.
 */
export function TargetImport({ onImported }: { onImported(): void }) {
  const { t, formatNumber } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const headingId = useId();
  const fileId = useId();

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await importTargets(file, dryRun);
      setOutcome({ kind: dryRun ? 'preview' : 'done', answer });
      if (!dryRun) onImported();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VALIDATION_FAILED' && Array.isArray(e.details)) {
        setOutcome({ kind: 'refused', problems: e.details as FileProblem[] });
      } else {
        setOutcome(null);
        setError(e);
      }
    } finally {
      setBusy(false);
    }
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };
  const writes = outcome?.kind === 'preview' ? outcome.answer.added + outcome.answer.changed : 0;

  return (
    <section className="panel csv-import" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('targets.import.heading')}</h2>
      <p>{t('targets.import.intro')}</p>
      <form onSubmit={check}>
        <div className="field">
          <label htmlFor={fileId}>{t('targets.import.file')}</label>
          <input id={fileId} ref={fileInput} type="file" accept=".csv,text/csv" required aria-describedby={`${fileId}-hint`}
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setOutcome(null); setError(null); }} />
          <p id={`${fileId}-hint`} className="field__hint">
            {t('targets.import.columns', { columns: 'indicator, series, unit, area, dimensions, direction, baseline_year, baseline_value, milestone_2020, milestone_2025, target_year, target_value, limit' })}
          </p>
        </div>
        <div className="admin-form__buttons">
          <button type="submit" className="button button--secondary" disabled={busy || !file}>{t('targets.import.check')}</button>
          {outcome?.kind === 'preview' && (
            <button type="button" className="button" disabled={busy || writes === 0} onClick={() => void send(false)}>
              {t('targets.import.confirm', { n: formatNumber(writes) })}
            </button>
          )}
        </div>
      </form>
      <FormError error={error} />
      <div aria-live="polite">
        {outcome?.kind === 'refused' && <Problems problems={outcome.problems} file={file?.name ?? ''} />}
        {(outcome?.kind === 'preview' || outcome?.kind === 'done') && <Changes answer={outcome.answer} written={outcome.kind === 'done'} />}
      </div>
    </section>
  );
}

function Changes({ answer, written }: { answer: ImportAnswer; written: boolean }) {
  const { t, formatNumber, formatCode } = useI18n();
  const { scopeText, targetText } = useTargetText();
  const counts = { added: answer.added, changed: answer.changed, unchanged: answer.unchanged };
  const summary = written ? t('targets.import.done', { file: answer.file })
    : answer.added + answer.changed === 0 ? t('targets.import.nothing', { file: answer.file }) : t('targets.import.checked', { file: answer.file });
  const show = (target: NationalTarget | null) => (target ? targetText(target) : '–');
  return (
    <div className="import-report" role="status">
      <p className="import-report__summary">{summary}</p>
      <ul className="import-report__counts" aria-label={t('targets.import.summary')}>
        {(Object.keys(counts) as (keyof typeof counts)[]).map((k) => <li key={k} data-count={k}>{t(`targets.import.counts.${k}`)}: {formatNumber(counts[k])}</li>)}
      </ul>
      <RecordTable className="admin-table" caption={t('targets.import.preview')} columns={[
        { label: t('targets.import.line'), numeric: true }, { label: t('targets.fields.indicator') }, { label: t('targets.fields.scope') },
        { label: t('targets.import.action') }, { label: t('targets.import.before') }, { label: t('targets.import.after') },
      ]}>
        {answer.targets.map((row) => (
          <tr key={row.line} data-action={row.action}>
            <td className="numeric">{formatNumber(row.line)}</td>
            <td>{formatCode(row.indicator)}</td>
            <td>{scopeText(row.after)}</td>
            <td>{row.action === 'unchanged' ? t('targets.import.actions.unchanged') : <strong>{t(`targets.import.actions.${row.action}`)}</strong>}</td>
            <td>{row.action === 'add' ? '–' : show(row.before)}</td>
            <td>{show(row.after)}</td>
          </tr>
        ))}
      </RecordTable>
    </div>
  );
}

function Problems({ problems, file }: { problems: FileProblem[]; file: string }) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="import-report import-report--problems" role="alert">
      <p className="import-report__summary">{t('targets.import.refused', { file, n: formatNumber(problems.length) })}</p>
      <RecordTable className="admin-table" caption={t('targets.import.problems')} columns={[
        { label: t('targets.import.line'), numeric: true }, { label: t('targets.import.column') }, { label: t('targets.import.reason') },
      ]}>
        {problems.map((p, i) => (
          <tr key={i}>
            <td className="numeric">{p.line > 0 ? formatNumber(p.line) : '–'}</td>
            <td>{p.column ? <code>{p.column}</code> : '–'}</td>
            <td lang="en">{p.reason}</td>
          </tr>
        ))}
      </RecordTable>
    </div>
  );
}
