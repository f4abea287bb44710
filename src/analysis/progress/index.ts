import { assessOpenSdg } from './open-sdg.ts';
import { escapAnticipatedProgress, escapCurrentStatus } from './escap.ts';
import { eurostat } from './eurostat.ts';
import type { ProgressInput, ProgressResult } from './types.ts';
import { unsdProgressChart } from './unsd-progress-chart.ts';

export * from './types.ts';
export { cagr } from './cagr.ts';
export * from './open-sdg.ts';
export * from './open-sdg-select.ts';
export * from './unsd-progress-chart.ts';
export * from './eurostat.ts';
export * from './escap.ts';
export * from './global-target-rule.ts';
export * from './projection.ts';
export * from './aggregation.ts';

/**
 * A progress method, each in its own file with its source:
 * - `opensdg`: Open SDG / Statistics Canada (Open SDG 2.4 progress methodology), score −5…5;
 * - `unsd`: UNSD SDG Report Progress Chart (ratio of actual to required CAGR);
 * - `eurostat`: Eurostat SDG monitoring (actual / required growth rate);
 * - `escap-csi`: ESCAP Current Status Index (share of required progress achieved since the base year);
 * - `escap-ap`: ESCAP Anticipated Progress (projected target-year value against the target).
 */
export type ProgressMethod = 'opensdg' | 'unsd' | 'eurostat' | 'escap-csi' | 'escap-ap';
export const PROGRESS_METHODS: readonly ProgressMethod[] = ['opensdg', 'unsd', 'eurostat', 'escap-csi', 'escap-ap'];

/**
 * Assesses one series with the named method, at the method's published default thresholds.
 * @throws Error naming the value when `method` is not a ProgressMethod.
 * @example assessProgress('unsd', { series: [{ year: 2015, value: 20 }, { year: 2022, value: 15 }], direction: 'decrease',
 *   target: { value: 10, year: 2030 } }).status // 'fair_progress'
 */
export function assessProgress(method: ProgressMethod, input: ProgressInput): ProgressResult {
  switch (method) {
    case 'opensdg': return assessOpenSdg(input);
    case 'unsd': return unsdProgressChart(input);
    case 'eurostat': return eurostat(input);
    case 'escap-csi': return escapCurrentStatus(input);
    case 'escap-ap': return escapAnticipatedProgress(input);
    default: throw new Error(`unknown progress method "${String(method)}" (expected one of ${PROGRESS_METHODS.join(', ')})`);
  }
}
