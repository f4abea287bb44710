import { useId, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { isPeriod } from './grid-model.ts';
import { parseValue } from './value-text.ts';

/** Adds a time period column to the grid (a year `2022`, a fiscal year `2021/22`, a quarter `2024-Q1` …). */
export function AddPeriod({ periods, onAdd }: { periods: string[]; onAdd: (period: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    // local digits become ASCII ones, as in value cells
    const period = [...text.trim()].map((ch) => (/\p{Nd}/u.test(ch) ? String(parseValue(ch)) : ch)).join('');
    if (!isPeriod(period)) return setProblem(t('work.grid.badPeriod'));
    if (periods.includes(period)) return setProblem(t('work.grid.periodExists'));
    setProblem(null);
    setText('');
    onAdd(period);
  };
  return (
    <form className="work-add-period" onSubmit={(e) => { e.preventDefault(); add(); }}>
      <div className="field">
        <label htmlFor={id}>{t('work.grid.newPeriod')}</label>
        <input id={id} type="text" value={text} placeholder="2022" size={10} aria-describedby={problem ? `${id}-problem` : undefined}
          aria-invalid={problem ? true : undefined} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" className="button work-button-secondary">{t('work.grid.addPeriod')}</button>
      {problem && <p id={`${id}-problem`} className="work-error" role="alert">{problem}</p>}
    </form>
  );
}
