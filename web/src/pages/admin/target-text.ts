import type { NationalTarget } from '../../api/progress-targets.ts';
import { useI18n } from '../../i18n/index.tsx';

/** Names for the codes of a scope, where the page knows them; codes show as they are otherwise. */
export interface ScopeNames {
  series?(code: string): string;
  unit?(code: string): string;
  area?(code: string): string;
  code?(dimension: string, code: string): string;
}

/**
 * Words for a national target in the page language: `scopeText` its series, unit, area and disaggregation
 * ("Under-five mortality rate · Female", or "Every series, unit and area"), `pathText` its way from the baseline
 * through the milestones to the target ("2015: 34 → 2020: 30 → 2030: 25"), `targetText` the direction and the path.
 */
export function useTargetText(names: ScopeNames = {}) {
  const { t, formatNumber, localDigits } = useI18n();
  const scopeText = (target: Pick<NationalTarget, 'series' | 'unit' | 'area' | 'dimensions'>): string => {
    const parts = [
      target.series ? (names.series?.(target.series) ?? target.series) : null,
      target.unit ? (names.unit?.(target.unit) ?? target.unit) : null,
      target.area ? (names.area?.(target.area) ?? target.area) : null,
      ...Object.entries(target.dimensions).map(([id, code]) => names.code?.(id, code) ?? `${id}=${code}`),
    ].filter((p): p is string => Boolean(p));
    return parts.length > 0 ? parts.join(' · ') : t('targets.everyScope');
  };
  const point = (year: number | string, value: number) => `${localDigits(year)}: ${formatNumber(value)}`;
  const pathText = (target: NationalTarget): string => {
    const steps = [
      target.baseline ? point(target.baseline.year, target.baseline.value) : null,
      ...Object.entries(target.milestones).map(([year, value]) => point(year, value)),
      target.target ? point(target.target.year, target.target.value) : null,
    ].filter((p): p is string => p !== null);
    return steps.join(' → ');
  };
  const targetText = (target: NationalTarget): string => {
    const path = pathText(target);
    const limit = target.limit === null ? '' : `${t('targets.fields.limit')}: ${formatNumber(target.limit)}`;
    return [t(`targets.directions.${target.direction}`), path, limit].filter(Boolean).join(' · ');
  };
  return { scopeText, pathText, targetText };
}
