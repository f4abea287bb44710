import type { ReportingStatus } from './reporting-status.ts';

/**
 * What the national platform publishes about an indicator besides its data (Open SDG indicator configuration).
 * Example: `{ reportingStatus: 'complete', graphType: 'line', dataNonStatistical: false,
 * nationalGeographicalCoverage: 'Bangladesh', computationUnits: 'PER_1000_LIVE_BIRTHS' }`.
 */
export interface IndicatorSettings {
  reportingStatus: ReportingStatus;
  /** Open SDG `graph_type`: `line`, `bar`, `binary`, … */
  graphType: string | null;
  dataNonStatistical: boolean;
  nationalGeographicalCoverage: string | null;
  computationUnits: string | null;
}
