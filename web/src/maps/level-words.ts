import type { I18nValue } from '../i18n/index.tsx';

/**
 * A level of areas in words, plural: `inText` for sentences (`districts`, `provinces`), `label` for controls
 * (`Districts`, `Provinces`). Levels the strings files name (country, division, district, province, region, state,
 * county, municipality, department, zone) are translated; any other level shows as the store names it, its first
 * letter capitalised for the label.
 * @example levelWords(t, 'province') // { inText: 'provinces', label: 'Provinces' } (en)
 * @example levelWords(t, 'sector') // { inText: 'sector', label: 'Sector' }
 */
export function levelWords(t: I18nValue['t'], level: string): { inText: string; label: string } {
  const plain = level.replace(/[_-]+/g, ' ');
  return {
    inText: t(`maps.levels.${level}`, { defaultValue: plain }),
    label: t(`maps.levelNames.${level}`, { defaultValue: plain.charAt(0).toUpperCase() + plain.slice(1) }),
  };
}
