import type { ComponentFigure } from '../api/scorecard.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * A share 0…1 as a bar with its percentage; `figure` adds "numerator of denominator" as the bar's title and for
 * screen readers. A null share reads "not measured", never as 0.
 */
export function ShareBar({ value, figure, label, strong = false }: { value: number | null; figure?: ComponentFigure; label: string; strong?: boolean }) {
  const { t, localDigits } = useI18n();
  if (value === null) {
    return <span className="share-bar share-bar--none muted">{t('scorecard.notMeasured')}</span>;
  }
  const percent = t('scorecard.percent', { value: localDigits(Math.round(value * 100)) });
  const basis = figure ? t('scorecard.basis', { numerator: localDigits(roundTo(figure.numerator)), denominator: localDigits(roundTo(figure.denominator)) }) : '';
  return (
    <span className={`share-bar${strong ? ' share-bar--strong' : ''}`} title={basis || undefined}>
      <span className="share-bar__track" aria-hidden="true">
        <span className="share-bar__fill" style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }} />
      </span>
      <span className="share-bar__value">{percent}</span>
      <span className="visually-hidden">{`${label}${basis ? `, ${basis}` : ''}`}</span>
    </span>
  );
}

/** A figure's numerator or denominator as words show it: whole numbers as they are, others to two decimals. */
function roundTo(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
