import { useI18n } from '../i18n/index.tsx';
import { betterEnd, classRanges, NO_DATA_COLOUR, type ClassBreaks, type Direction } from './class-breaks.ts';

/**
 * The key of a choropleth: each class as a swatch with its range (lowest first), the better end named in words when
 * the desired direction is known, then "no data" and, when the map has derived values, the hatching that marks them.
 */
export function MapLegend({ classes, direction, derived, unit }: {
  classes: ClassBreaks | null;
  direction: Direction | null;
  derived: boolean;
  unit: string;
}) {
  const { t, formatShort } = useI18n();
  const better = betterEnd(direction);
  const ranges = classes ? classRanges(classes) : [];
  return (
    <div className="map-legend">
      <p className="map-legend__title">{t('maps.legendTitle', { unit })}</p>
      <p className="map-legend__method muted">{t('maps.legendMethod')}</p>
      <ul className="map-legend__classes">
        {ranges.map(([from, to], i) => (
          <li key={i}>
            <span className="map-legend__swatch" style={{ background: classes!.colours[i] }} aria-hidden="true" />
            <span>{t('maps.range', { from: formatShort(from), to: formatShort(to) })}</span>
            {better === 'low' && i === 0 && <strong className="map-legend__better">{t('maps.better')}</strong>}
            {better === 'high' && i === ranges.length - 1 && <strong className="map-legend__better">{t('maps.better')}</strong>}
          </li>
        ))}
        <li>
          <span className="map-legend__swatch" style={{ background: NO_DATA_COLOUR }} aria-hidden="true" />
          <span>{t('maps.noData')}</span>
        </li>
        {derived && (
          <li>
            <span className="map-legend__swatch map-legend__swatch--derived" aria-hidden="true" />
            <span>{t('maps.derivedKey')}</span>
          </li>
        )}
      </ul>
      {better && <p className="map-legend__direction muted">{t(better === 'high' ? 'maps.higherBetter' : 'maps.lowerBetter')}</p>}
    </div>
  );
}
