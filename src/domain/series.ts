/**
 * A series: what is actually measured (SDMX `SERIES`, e.g. `SH_DYN_MORT`, under-five mortality rate).
 * Many-to-many with indicators; `relation` says whether the series measures the indicator or stands in for it.
 */
export interface Series {
  code: string;
  name: string;
  /** Default unit of measure, e.g. `PER_1000_LIVE_BIRTHS`. */
  unit: string | null;
  indicators: { indicatorId: string; relation: SeriesRelation }[];
}

/** `measures`: the series is (part of) the indicator; `proxy`: a national approximation of it. */
export type SeriesRelation = 'measures' | 'proxy';
