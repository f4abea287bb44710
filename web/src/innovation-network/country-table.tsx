import { useState } from 'react';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/index.tsx';
import type { CountryRow } from './network-model.ts';

type Key = 'name' | 'adopted' | 'provided';

/** Countries of the network, sortable by name, innovations adopted or innovations provided (most first by default). */
export function CountryTable({ rows, name, caption }: { rows: CountryRow[]; name: (iso3: string) => string; caption: string }) {
  const { t, lang, formatNumber } = useI18n();
  const [sort, setSort] = useState<{ key: Key; up: boolean }>({ key: 'adopted', up: false });
  const collator = new Intl.Collator(lang);
  const sorted = [...rows].sort((a, b) => {
    const d = sort.key === 'name' ? collator.compare(name(a.iso3), name(b.iso3)) : a[sort.key] - b[sort.key];
    return (sort.up ? d : -d) || collator.compare(name(a.iso3), name(b.iso3));
  });
  const head = (key: Key, label: string, numeric: boolean) => (
    <th scope="col" className={numeric ? 'numeric' : undefined}
      aria-sort={sort.key === key ? (sort.up ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="innet__sort" onClick={() => setSort({ key, up: sort.key === key ? !sort.up : key === 'name' })}>
        {label} <span aria-hidden="true">{sort.key === key ? (sort.up ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
  return (
    <ScrollRegion label={caption}>
      <table className="data-table innet__table" data-testid="innet-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head('name', t('innovationNetwork.country'), false)}
            {head('adopted', t('innovationNetwork.adopted'), true)}
            {head('provided', t('innovationNetwork.provided'), true)}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.iso3} data-country={r.iso3}>
              <th scope="row">{name(r.iso3)}</th>
              <td className="numeric">{formatNumber(r.adopted)}</td>
              <td className="numeric">{formatNumber(r.provided)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
