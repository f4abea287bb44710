import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { saveTarget, type NationalTarget, type TargetInput } from '../../api/progress-targets.ts';
import type { Area, IndicatorDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormDialog } from './dialog.tsx';

/** A milestone row as typed: year and value as text, so a half-typed number stays in the field. */
interface MilestoneDraft {
  key: number;
  year: string;
  value: string;
}

/**
 * Add a national target to an indicator or edit one: its scope (series, unit, area, one code per dimension; blank for
 * every; a unit is required when the indicator's data come in several), the direction (required, no default),
 * baseline, milestones, target and natural limit. Areas are offered once each with their level ("Dhaka (division)",
 * "Dhaka (district)"). The server checks the years, the way from the baseline, the natural limit and the codes; each
 * field it refuses is marked and listed once, and focus moves to the first of them. Editing keeps the scope, since
 * the scope names the target.
 */
export function TargetDialog({ indicator, areas, target, onClose, onSaved }: {
  indicator: IndicatorDetail;
  areas: Area[];
  target?: NationalTarget;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, formatCode, unitName } = useI18n();
  const [series, setSeries] = useState(target?.series ?? '');
  const [unit, setUnit] = useState(target?.unit ?? '');
  const [area, setArea] = useState(target?.area ?? '');
  const [dimensions, setDimensions] = useState<Record<string, string>>(target?.dimensions ?? {});
  const [direction, setDirection] = useState<'increase' | 'decrease' | ''>(target?.direction ?? '');
  const [baseline, setBaseline] = useState({ year: text(target?.baseline?.year), value: text(target?.baseline?.value) });
  const [goal, setGoal] = useState({ year: target ? text(target.target?.year) : '2030', value: text(target?.target?.value) });
  const [limit, setLimit] = useState(text(target?.limit));
  const [milestones, setMilestones] = useState<MilestoneDraft[]>(() => {
    const given = Object.entries(target?.milestones ?? {}).map(([year, value], key) => ({ key, year, value: String(value) }));
    return given.length > 0 || target ? given : [{ key: 0, year: '2020', value: '' }, { key: 1, year: '2025', value: '' }];
  });
  const [problems, setProblems] = useState<{ field: string; reason: string }[]>([]);

  // Focus the first field the server refused, in the order the form shows them.
  useEffect(() => {
    if (problems.length === 0) return;
    document.getElementById('target-limit')?.closest('form')
      ?.querySelector<HTMLElement>('input[aria-invalid="true"], select[aria-invalid="true"]')?.focus();
  }, [problems]);

  const chosenSeries = indicator.series.filter((s) => !series || s.code === series);
  const units = [...new Set(chosenSeries.flatMap((s) => s.units))];
  const dimensionChoices = [...new Map(chosenSeries.flatMap((s) => s.dimensions).map((d) => [d.id, d])).values()];
  const unitRequired = units.length > 1;
  const areaChoices = [...new Map(areas.map((a) => [a.code, a])).values()];
  const invalid = (field: string) => problems.some((p) => p.field === field || p.field.startsWith(`${field}.`));
  const fieldLabel = (field: string) => {
    const milestone = /^milestones\.(\d+)$/.exec(field);
    if (milestone) return t('targets.dialog.milestoneYear', { year: milestone[1] });
    const dimension = /^dimensions\.(.+)$/.exec(field);
    if (dimension) return dimensionChoices.find((d) => d.id === dimension[1])?.name ?? dimension[1]!;
    return t(`targets.fields.${field.replace('.', '_')}`, { defaultValue: field });
  };

  const save = async () => {
    setProblems([]);
    const input: TargetInput = {
      ...(series ? { series } : {}), ...(unit ? { unit } : {}), ...(area ? { area } : {}),
      dimensions: Object.fromEntries(Object.entries(dimensions).filter(([, c]) => c !== '')),
      direction: direction as 'increase' | 'decrease',
      milestones: Object.fromEntries(milestones.filter((m) => m.year.trim() !== '' && m.value.trim() !== '').map((m) => [m.year.trim(), Number(m.value)])),
    };
    if (baseline.year !== '' || baseline.value !== '') input.baseline = { year: Number(baseline.year), value: Number(baseline.value) };
    if (goal.year !== '' || goal.value !== '') input.target = { year: Number(goal.year), value: Number(goal.value) };
    if (limit !== '') input.limit = Number(limit);
    try {
      await saveTarget(indicator.id, input);
    } catch (e) {
      // The refused fields are listed once, above the form; only other failures go to the dialog's error line.
      if (e instanceof ApiError && e.code === 'VALIDATION_FAILED' && Array.isArray(e.details) && e.details.length > 0) {
        setProblems(e.details as { field: string; reason: string }[]);
        return;
      }
      throw e;
    }
    onSaved();
  };

  const code = formatCode(indicator.code);
  return (
    <FormDialog title={target ? t('targets.dialog.editTitle', { code }) : t('targets.dialog.newTitle', { code })} wide onClose={onClose}
      submitLabel={target ? t('targets.dialog.save') : t('targets.add')} onSubmit={save}
      lead={problems.length > 0 && (
        <ul className="form-error target-problems" aria-label={t('targets.dialog.problems')}>
          {problems.map((p, i) => <li key={i}><strong>{fieldLabel(p.field)}</strong>: <span lang="en">{p.reason}</span></li>)}
        </ul>
      )}>
      <fieldset className="field picker" disabled={Boolean(target)}>
        <legend>{t('targets.dialog.scope')}</legend>
        <p className="field__hint">{t(target ? 'targets.dialog.scopeFixed' : 'targets.dialog.scopeHint')}</p>
        <div className="admin-form__grid">
          <div className="field">
            <label htmlFor="target-series">{t('targets.fields.series')}</label>
            <select id="target-series" value={series} aria-invalid={invalid('series')} onChange={(e) => { setSeries(e.target.value); setUnit(''); setDimensions({}); }}>
              <option value="">{t('targets.allSeries')}</option>
              {indicator.series.map((s) => <option key={s.code} value={s.code}>{s.name} ({s.code})</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="target-unit">{t('targets.fields.unit')}</label>
            <select id="target-unit" value={unit} required={unitRequired} aria-invalid={invalid('unit')}
              aria-describedby={unitRequired ? 'target-unit-hint' : undefined} onChange={(e) => setUnit(e.target.value)}>
              <option value="">{unitRequired ? t('targetChecks.chooseUnit') : t('targets.allUnits')}</option>
              {units.map((u) => <option key={u} value={u}>{unitName(u, indicator.codeNames?.UNIT_MEASURE?.[u])}</option>)}
              {unit && !units.includes(unit) && <option value={unit}>{unit}</option>}
            </select>
            {unitRequired && <p id="target-unit-hint" className="field__hint">{t('targetChecks.unitHint')}</p>}
          </div>
          <div className="field">
            <label htmlFor="target-area">{t('targets.fields.area')}</label>
            <select id="target-area" value={area} aria-invalid={invalid('area')} onChange={(e) => setArea(e.target.value)}>
              <option value="">{t('targets.allAreas')}</option>
              {areaChoices.map((a) => (
                <option key={a.code} value={a.code}>
                  {t('targetChecks.areaOption', { name: a.name, level: t(`targetChecks.areaLevels.${a.level}`, { defaultValue: a.level }) })}
                </option>
              ))}
              {area && !areaChoices.some((a) => a.code === area) && <option value={area}>{area}</option>}
            </select>
          </div>
          {dimensionChoices.map((d) => (
            <div className="field" key={d.id}>
              <label htmlFor={`target-dim-${d.id}`}>{d.name}</label>
              <select id={`target-dim-${d.id}`} value={dimensions[d.id] ?? ''} aria-invalid={invalid(`dimensions.${d.id}`)} onChange={(e) => setDimensions({ ...dimensions, [d.id]: e.target.value })}>
                <option value="">{t('targets.allCodes')}</option>
                {d.codes.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="field field--radios">
        <legend>{t('targets.fields.direction')}</legend>
        {(['increase', 'decrease'] as const).map((d) => (
          <label key={d} className="radio">
            <input type="radio" name="target-direction" value={d} required checked={direction === d} onChange={() => setDirection(d)} />
            <span>{t(`targets.directions.${d}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="admin-form__grid">
        <YearValue id="target-baseline" legend={t('targets.fields.baseline')} pair={baseline} onChange={setBaseline}
          invalid={{ year: invalid('baseline.year'), value: invalid('baseline.value') }} />
        <YearValue id="target-goal" legend={t('targets.fields.target')} pair={goal} onChange={setGoal}
          invalid={{ year: invalid('target.year'), value: invalid('target.value') }} />
      </div>
      <fieldset className="field picker">
        <legend>{t('targets.fields.milestones')}</legend>
        <p className="field__hint">{t('targets.dialog.milestonesHint')}</p>
        {milestones.map((m, i) => (
          <div className="target-milestone" key={m.key}>
            <YearValue id={`target-milestone-${m.key}`} legend={t('targets.dialog.milestone', { n: i + 1 })} pair={m}
              invalid={{ year: invalid(`milestones.${m.year}`), value: invalid(`milestones.${m.year}`) }}
              onChange={(pair) => setMilestones(milestones.map((x) => (x.key === m.key ? { ...x, ...pair } : x)))} />
            <button type="button" className="link-button link-button--danger" onClick={() => setMilestones(milestones.filter((x) => x.key !== m.key))}>
              {t('targets.dialog.removeMilestone')}<span className="visually-hidden"> {t('targets.dialog.milestone', { n: i + 1 })}</span>
            </button>
          </div>
        ))}
        <button type="button" className="button button--secondary" onClick={() => setMilestones([...milestones, { key: Math.max(0, ...milestones.map((x) => x.key + 1)), year: '', value: '' }])}>
          {t('targets.dialog.addMilestone')}
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor="target-limit">{t('targets.fields.limit')}</label>
        <input id="target-limit" type="number" step="any" inputMode="decimal" value={limit} aria-invalid={invalid('limit')}
          aria-describedby="target-limit-hint" onChange={(e) => setLimit(e.target.value)} />
        <p id="target-limit-hint" className="field__hint">{t('targets.dialog.limitHint')}</p>
      </div>
    </FormDialog>
  );
}

/** A year and a value side by side, in a group named by `legend`; each marked when the server refused it. */
function YearValue({ id, legend, pair, onChange, invalid }: {
  id: string;
  legend: string;
  pair: { year: string; value: string };
  onChange(pair: { year: string; value: string }): void;
  invalid: { year: boolean; value: boolean };
}) {
  const { t } = useI18n();
  return (
    <fieldset className="target-pair" aria-invalid={invalid.year || invalid.value}>
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('targets.fields.year')}</label>
        <input id={`${id}-year`} type="number" min={2000} max={2100} step={1} value={pair.year} aria-invalid={invalid.year}
          onChange={(e) => onChange({ ...pair, year: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-value`}>{t('targets.fields.value')}</label>
        <input id={`${id}-value`} type="number" step="any" inputMode="decimal" value={pair.value} aria-invalid={invalid.value}
          onChange={(e) => onChange({ ...pair, value: e.target.value })} />
      </div>
    </fieldset>
  );
}

function text(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
