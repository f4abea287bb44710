import { useMemo, useState } from 'react';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/index.tsx';
import { colourOf, type ClassBreaks } from './class-breaks.ts';

/** A row of the map's table: one area in the year shown. */
export interface MapRow {
  code: string;
  name: string;
  value: number | null;
  derived: boolean;
}

type SortKey = 'name' | 'value';
interface Sort { key: SortKey; descending: boolean }

/**
 * The map's values as a table (the map's text alternative): area, value with its class swatch, and a mark on derived
 * values. Sorted by name at first; the column headers are buttons that sort by name or value, again to reverse,
 * with `aria-sort` on the sorted column. Areas without a value go last in every order. Each area name is a button:
 * while it has focus the map outlines the area and shows its tooltip (`onFocusArea`).
 */
export function MapTable({ rows, classes, caption, onFocusArea }: {
  rows: readonly MapRow[];
  classes: ClassBreaks | null;
  caption: string;
  onFocusArea: (code: string | null) => void;
}) {
  const i18n = useI18n();
  const { t, formatShort } = i18n;
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false });
  const sorted = useMemo(() => sortRows(rows, sort, i18n.lang), [rows, sort, i18n.lang]);
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="map-table__sort"
          onClick={() => setSort({ key, descending: active ? !sort.descending : key === 'value' })}>
          {label}<span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  // the caption is said above the frame, so it stays whole when the table scrolls sideways on a phone
  return (
    <>
    <p className="map-caption" aria-hidden="true">{caption}</p>
    <ScrollRegion label={caption}>
      <table className="data-table map-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead><tr>{header('name', t('maps.area'))}{header('value', t('maps.value'))}</tr></thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.code} data-area={row.code}>
              <th scope="row">
                <button type="button" className="map-table__area" onFocus={() => onFocusArea(row.code)} onBlur={() => onFocusArea(null)}
                  onMouseEnter={() => onFocusArea(row.code)} onMouseLeave={() => onFocusArea(null)}>{row.name}</button>
              </th>
              <td className="map-table__value">
                <span className="map-legend__swatch" style={{ background: colourOf(row.value, classes) }} aria-hidden="true" />
                {row.value === null ? '–' : formatShort(row.value)}
                {row.derived && <span className="map-table__derived"> {t('maps.derivedMark')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
    </>
  );
}

function sortRows(rows: readonly MapRow[], sort: Sort, lang: string): MapRow[] {
  const byName = (a: MapRow, b: MapRow) => a.name.localeCompare(b.name, lang);
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return sign * byName(a, b);
    if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || byName(a, b);
    return sign * (a.value - b.value) || byName(a, b);
  });
}
