import { useId } from 'react';
import type { IndicatorDetail, Observation, SeriesInfo } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { orderAreas } from '../indicator/area-order.ts';
import { categoryName } from '../indicator/category-name.ts';
import { COMPARE, dimensionChoices, poolOf, withDimension, type Selection } from '../indicator/selection.ts';

/**
 * The selectors of an indicator page, top to bottom: series, unit of measure and area (each only when there is a
 * choice), then one per disaggregation dimension. A child dimension's selector appears, indented under its
 * parent, once the parent is set to a category; every selector offers only categories that have data given the
 * choices above it, plus "compare all categories", which draws one line per category. Areas are listed country
 * first, then by level and name (see `orderAreas`).
 */
export function IndicatorFilters({ indicator, series, observations, selection, onChange }: {
  indicator: IndicatorDetail;
  series: SeriesInfo;
  observations: readonly Observation[];
  selection: Selection;
  onChange: (selection: Selection) => void;
}) {
  const { t, lang, unitName } = useI18n();
  const ofSeries = observations.filter((o) => o.series === series.code);
  const units = distinct(ofSeries.map((o) => o.unit), series.units);
  const areas = distinct(ofSeries.filter((o) => selection.unit === null || o.unit === selection.unit).map((o) => o.area),
    orderAreas(series.areas, lang).map((a) => a.code));
  const pool = poolOf(observations, selection);
  const choices = dimensionChoices(pool, selection, series);
  const dimension = (id: string) => series.dimensions.find((d) => d.id === id);
  const codeName = (id: string, code: string) => categoryName(dimension(id), code, t('indicator.total'));

  return (
    <form className="filters" aria-labelledby="filters-heading" onSubmit={(e) => e.preventDefault()}>
      <h2 id="filters-heading" className="filters__heading">{t('indicator.filters')}</h2>
      {indicator.series.filter((s) => s.observationCount > 0).length > 1 && (
        <fieldset className="field field--radios">
          <legend>{t('indicator.series')}</legend>
          {indicator.series.filter((s) => s.observationCount > 0).map((s) => (
            <label key={s.code} className="radio">
              <input type="radio" name="series" value={s.code} checked={s.code === selection.series}
                onChange={() => onChange({ series: s.code, unit: null, area: null, dimensions: {} })} />
              <span>
                {s.name}
                {s.relation === 'proxy' && <>{' '}<span className="tag">{t('indicator.proxy')}</span></>}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {units.length > 1 && (
        <Select label={t('indicator.unit')} value={selection.unit ?? ''}
          options={units.map((u) => ({ value: u, label: unitName(u, indicator.codeNames?.UNIT_MEASURE?.[u]) }))}
          onChange={(unit) => onChange({ ...selection, unit })} />
      )}
      {areas.length > 1 && (
        <Select label={t('indicator.area')} value={selection.area ?? ''}
          options={[
            ...areas.map((code) => ({ value: code, label: series.areas.find((a) => a.code === code)?.name ?? code })),
            { value: COMPARE, label: t('indicator.compareAreas') },
          ]}
          onChange={(area) => onChange({ ...selection, area })} />
      )}
      {choices.filter((c) => c.visible).map((choice) => (
        <Select key={choice.id} label={dimension(choice.id)?.name ?? choice.id} value={selection.dimensions[choice.id] ?? '_T'}
          child={choice.parent !== null}
          name={choice.id}
          options={[
            ...choice.codes.map((code) => ({ value: code, label: codeName(choice.id, code) })),
            ...(choice.codes.length > 1 ? [{ value: COMPARE, label: t('indicator.compare') }] : []),
          ]}
          onChange={(code) => onChange(withDimension(selection, choice.id, code))} />
      ))}
      {choices.some((c) => c.parent !== null) && <p className="filters__hint">{t('indicator.filtersHint')}</p>}
    </form>
  );
}

function Select({ label, value, options, onChange, child = false, name }: {
  label: string;
  value: string;
  options: { value: string; label: string; disabled?: boolean }[];
  onChange: (value: string) => void;
  child?: boolean;
  name?: string;
}) {
  const id = useId();
  return (
    <div className={`field${child ? ' field--child' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** Distinct values, in `order` first, then the rest alphabetically. */
function distinct(values: readonly string[], order: readonly string[]): string[] {
  const set = new Set(values);
  return [...order.filter((v) => set.has(v)), ...[...set].filter((v) => !order.includes(v)).sort()];
}
