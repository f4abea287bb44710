import { useState, type ReactNode } from 'react';
import type { IndicatorDetail } from '../api/types.ts';
import { useI18n } from '../i18n/index.tsx';
import { computationUnits, publishedFields, SOURCE_KEY } from '../indicator/published-metadata.ts';
import { SafeHtml } from './safe-html.tsx';
import { ScrollRegion } from './scroll-region.tsx';
import { Tabs } from './tabs.tsx';

/**
 * The indicator's metadata and sources in tabs, as Open SDG shows them under the chart. Only fields published for
 * readers are shown (see `published-metadata.ts`). Values may be HTML (sanitised by {@link SafeHtml}), lists or
 * plain values; keys are named in the reader's language when known (`STAT_CONC_DEF` → Definition), otherwise made
 * readable; unit codes are named as everywhere else on the site.
 */
export function MetadataPanel({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useI18n();
  const [tab, setTab] = useState('metadata');
  return (
    <section className="section metadata" aria-labelledby="metadata-heading">
      <h2 id="metadata-heading" className="visually-hidden">{t('indicator.metadata')}</h2>
      <Tabs label={t('indicator.metadata')} selected={tab} onSelect={setTab} className="tabs--metadata" tabs={[
        { id: 'metadata', label: t('indicator.metadata'), panel: <MetadataList indicator={indicator} /> },
        { id: 'sources', label: t('indicator.sources'), panel: <SourceList indicator={indicator} /> },
      ]} />
    </section>
  );
}

/** Whether the indicator has anything to show under Metadata or Sources. */
export function hasPublishedMetadata(indicator: IndicatorDetail): boolean {
  return Boolean(indicator.computationUnits || indicator.nationalGeographicalCoverage) || indicator.sources.length > 0
    || publishedFields(indicator.metadata ?? {}).length > 0 || sourceDetails(indicator.metadata ?? {}).length > 0;
}

function MetadataList({ indicator }: { indicator: IndicatorDetail }) {
  const { t, unitName, codeLabel } = useI18n();
  const unitNames = indicator.codeNames?.UNIT_MEASURE ?? {};
  const entries: [string, ReactNode][] = [];
  if (indicator.computationUnits) {
    entries.push(['computation_units', computationUnits(indicator.computationUnits).map((u) => unitName(u, unitNames[u])).join(', ')]);
  }
  if (indicator.nationalGeographicalCoverage) entries.push(['national_geographical_coverage', indicator.nationalGeographicalCoverage]);
  for (const [key, value] of publishedFields(indicator.metadata ?? {})) {
    if (entries.some(([k]) => k === key)) continue;
    if (key === 'data_series' && Array.isArray(value)) entries.push([key, <SeriesTable rows={value as SeriesRow[]} unitNames={unitNames} />]);
    else if (key === 'data_nature' && Array.isArray(value)) {
      entries.push([key, value.map((n) => codeLabel('NATURE', String(n), indicator.codeNames?.NATURE?.[String(n)])).join('; ')]);
    } else entries.push([key, <MetadataValue value={value} />]);
  }
  if (entries.length === 0) return <p>{t('indicator.metadataEmpty')}</p>;
  return (
    <dl className="metadata-list">
      {entries.map(([key, value]) => (
        <div key={key} className="metadata-list__item">
          <dt>{t(`metadataKeys.${key}`, { defaultValue: readableKey(key) })}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface SeriesRow {
  code?: string;
  description?: string;
  unit?: string;
  relation?: string;
}

/**
 * The series measuring the indicator, as a table: code, name, unit, whether it measures or stands in for it. On a
 * narrow screen the table scrolls sideways in a labelled region that the keyboard can reach.
 */
function SeriesTable({ rows, unitNames }: { rows: SeriesRow[]; unitNames: Record<string, string> }) {
  const { t, unitName } = useI18n();
  return (
    <ScrollRegion label={t('metadataKeys.data_series')}>
      <table className="data-table data-table--compact">
        <thead>
          <tr>
            <th scope="col">{t('indicator.seriesCode')}</th>
            <th scope="col">{t('indicator.seriesName')}</th>
            <th scope="col">{t('indicator.unit')}</th>
            <th scope="col">{t('indicator.seriesRelation')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.code ?? i}>
              <td><code>{row.code}</code></td>
              <td>{row.description}</td>
              <td>{unitName(row.unit, row.unit ? unitNames[row.unit] : null)}</td>
              <td>{row.relation ? t(`indicator.relation_${row.relation}`, { defaultValue: row.relation }) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function MetadataValue({ value }: { value: unknown }) {
  if (typeof value === 'string') {
    if (/^https?:\/\/\S+$/.test(value.trim())) return <a href={value.trim()} rel="noopener noreferrer">{value.trim()}</a>;
    return <SafeHtml html={value} />;
  }
  if (Array.isArray(value)) return <ul>{value.map((v, i) => <li key={i}><MetadataValue value={v} /></li>)}</ul>;
  if (value && typeof value === 'object') {
    return (
      <dl className="metadata-list metadata-list--nested">
        {Object.entries(value).map(([k, v]) => (
          <div key={k}><dt>{readableKey(k)}</dt><dd><MetadataValue value={v} /></dd></div>
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}

/** The sources, each with what the metadata say about it (organisation, earliest data, coverage, notes). */
function SourceList({ indicator }: { indicator: IndicatorDetail }) {
  const { t, localDigits } = useI18n();
  const details = sourceDetails(indicator.metadata ?? {});
  if (indicator.sources.length === 0 && details.length === 0) return <p>{t('indicator.noSources')}</p>;
  const fields: [string, string][] = [
    ['organisation', 'indicator.sourceOrganisation'],
    ['earliest_available', 'indicator.sourceEarliest'],
    ['geographical_coverage', 'indicator.sourceCoverage'],
    ['other_info', 'indicator.sourceNotes'],
  ];
  return (
    <ul className="source-list">
      {indicator.sources.map((source, i) => {
        const detail = details.find((d) => d.url_text === source.title || (source.url && d.url === source.url));
        return (
          <li key={`${source.title}-${i}`}>
            <p className="source-list__title">
              {source.url ? <a href={source.url} rel="noopener noreferrer">{source.title}</a> : source.title}
            </p>
            {source.licence && <p className="muted">{t('indicator.licence', { licence: source.licence })}</p>}
            {detail && (
              <dl className="source-list__facts">
                {fields.filter(([field]) => detail[field]).map(([field, label]) => (
                  <div key={field}>
                    <dt>{t(label)}</dt>
                    <dd>{field === 'earliest_available' ? localDigits(detail[field]!) : detail[field]}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** `source_organisation_1`, `source_url_1`, … grouped by their number: `[{ organisation: '…', url: '…' }]`. */
function sourceDetails(metadata: Record<string, unknown>): Record<string, string>[] {
  const byNumber = new Map<string, Record<string, string>>();
  for (const [key, value] of Object.entries(metadata)) {
    const match = SOURCE_KEY.exec(key);
    if (!match || value === null || value === undefined || typeof value === 'object') continue;
    const entry = byNumber.get(match[2]!) ?? {};
    entry[match[1]!] = String(value);
    byNumber.set(match[2]!, entry);
  }
  return [...byNumber.values()].filter((entry) => entry.active !== 'false');
}

/** `national_geographical_coverage` → `National geographical coverage`; `DATA_COMP` → `Data comp`. */
function readableKey(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replaceAll(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
