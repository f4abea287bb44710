import { useI18n } from '../i18n/index.tsx';
import { OVERLAY_COLOURS } from '../charts/progress-option.ts';
import { ClassBadge } from './class-badge.tsx';
import { className, metText, methodName, targetName } from './progress-words.ts';
import type { ChartProgress } from './use-chart-progress.ts';

/**
 * One line above an indicator chart: the shown series' class by the national method, its target and when the
 * current pace meets it, e.g. `Progress (Open SDG): [↗ Substantial progress] Global target (≤ 25 per 1,000): 25 by
 * 2030 · met in 2023 at the current pace`. Nothing while the chart compares lines or the key is not assessed.
 */
export function ProgressStatusLine({ progress }: { progress: ChartProgress }) {
  const i18n = useI18n();
  const { key, methods } = progress;
  if (!key || !methods) return null;
  const method = methods.default;
  const result = key.results[method];
  const target = key.target?.target;
  const info = methods.methods.find((m) => m.id === method);
  return (
    <p className="progress-line" data-progress-status={result?.status ?? 'not_available'}>
      <span>{i18n.t('progress.indicator.statusBy', { method: methodName(i18n, method, info?.name) })}</span>
      <ClassBadge method={method} status={result?.status ?? 'not_available'} name={className(i18n, result?.status ?? 'not_available')} />
      {key.target && target && (
        <span className="progress-line__text">
          {i18n.t('progress.indicator.targetBy', { target: targetName(i18n, key.target), value: i18n.formatShort(target.value), year: i18n.localDigits(target.year) })}
          {' · '}{metText(i18n, key.projections.cagr)}
        </span>
      )}
    </p>
  );
}

/** Check boxes that show or hide the two projections on the chart (both shown at first). */
export function ProjectionToggles({ progress }: { progress: ChartProgress }) {
  const { t } = useI18n();
  const { key, projections, setProjections } = progress;
  if (!key || (key.projections.cagr.points.length === 0 && key.projections.linear.points.length === 0)) return null;
  return (
    <fieldset className="projection-toggles">
      <legend>{t('progress.indicator.projections')}</legend>
      {(['cagr', 'linear'] as const).filter((m) => key.projections[m].points.length > 0).map((m) => (
        <label key={m}>
          <input type="checkbox" checked={projections[m]} onChange={(e) => setProjections({ ...projections, [m]: e.target.checked })} />
          <span className={`projection-toggles__swatch projection-toggles__swatch--${m}`} style={{ borderColor: OVERLAY_COLOURS[m] }} aria-hidden="true" />
          {t(`progress.indicator.projection_${m}`)}
        </label>
      ))}
    </fieldset>
  );
}
