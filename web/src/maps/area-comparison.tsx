import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/index.tsx';
import { ClassBadge } from '../progress/class-badge.tsx';
import { className } from '../progress/progress-words.ts';
import type { AreaComparison, AreasComparison } from './map-api.ts';
import { toGo } from './to-target.ts';

/**
 * Each area against the nation and against its target: its latest value and year, the national value of that year,
 * the difference (area − nation, signed), the target applied to the area, what is still to go to it in the desired
 * direction, and its progress class (icon and words). A national value worked out from the areas says so, and how.
 * Pocket areas come first, marked by the word "Pocket" and a heavier rule, never by colour alone, with why.
 */
export function AreaComparisonTable({ comparison, caption }: { comparison: AreasComparison; caption: string }) {
  const i18n = useI18n();
  const { t, formatShort, localDigits } = i18n;
  const rows = orderRows(comparison.areas, comparison.direction);
  const derivedOf = (year: number) => comparison.national.find((n) => n.year === year && n.derived);
  const pockets = rows.filter((r) => r.pocket).length;
  const signed = (value: number) => (value > 0 ? `+${formatShort(value)}` : value < 0 ? `−${formatShort(-value)}` : formatShort(0));
  return (
    <>
      <p className="area-comparison__summary">
        {t('maps.pocketCount', { n: i18n.formatNumber(pockets), total: i18n.formatNumber(rows.length) })}
      </p>
      {comparison.national_status && (
        <p className="area-comparison__nation">
          {t('maps.nationStatus')}{' '}
          <ClassBadge method={comparison.method} status={comparison.national_status} name={className(i18n, comparison.national_status)} />
        </p>
      )}
      <p className="map-caption" aria-hidden="true">{caption}</p>
      <ScrollRegion label={caption}>
        <table className="data-table area-comparison">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('maps.area')}</th>
              <th scope="col">{t('maps.year')}</th>
              <th scope="col">{t('maps.value')}</th>
              <th scope="col">{t('maps.national')}</th>
              <th scope="col">{t('maps.difference')}</th>
              <th scope="col">{t('maps.target')}</th>
              <th scope="col">{t('maps.toTarget')}</th>
              <th scope="col">{t('maps.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.area} data-area={row.area} className={row.pocket ? 'area-comparison__pocket' : undefined}>
                <th scope="row">
                  {row.name}
                  {row.derived && <span className="map-table__derived"> {t('maps.derivedMark')}</span>}
                  {row.pocket && (
                    <span className="pocket-badge" title={row.pocket_reasons.map((r) => t(`maps.pocketReasons.${r}`)).join('; ')}>
                      <span aria-hidden="true">▲ </span>{t('maps.pocket')}
                    </span>
                  )}
                  {row.pocket && <span className="area-comparison__why muted">{row.pocket_reasons.map((r) => t(`maps.pocketReasons.${r}`)).join('; ')}</span>}
                </th>
                <td>{localDigits(row.year)}</td>
                <td>{formatShort(row.value)}</td>
                <td>{row.national === null ? '–' : formatShort(row.national)}{derivedOf(row.year) && (
                  <span className="map-table__derived"> ({t(derivedOf(row.year)!.method === 'sum' ? 'maps.derivedFrom.sum' : 'maps.derivedFrom.population_weighted')})</span>
                )}</td>
                <td>{row.difference === null ? '–' : signed(row.difference)}</td>
                <td>{row.target?.target ? t('maps.targetBy', { value: formatShort(row.target.target.value), year: localDigits(row.target.target.year) }) : '–'}</td>
                <td>{toGo(row) === null ? '–' : toGo(row)! <= 0 ? t('maps.targetMet') : formatShort(toGo(row)!)}</td>
                <td>{row.progress
                  ? <ClassBadge method={comparison.method} status={row.progress.status} name={className(i18n, row.progress.status)} />
                  : <span className="muted">{t('maps.noStatus')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** Pockets first; then the areas furthest behind the nation in the desired direction (by name without one). */
function orderRows(areas: readonly AreaComparison[], direction: 'increase' | 'decrease' | null): AreaComparison[] {
  const behind = (a: AreaComparison) => (a.difference === null || direction === null ? 0 : direction === 'increase' ? a.difference : -a.difference);
  return [...areas].sort((a, b) => Number(b.pocket) - Number(a.pocket) || behind(a) - behind(b) || a.name.localeCompare(b.name));
}

