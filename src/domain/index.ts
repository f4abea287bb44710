export * from './framework.ts';
export * from './observation.ts';
export * from './reference-area.ts';
export * from './reporting-status.ts';
export * from './series.ts';
export * from './time-period.ts';
export * from './indicator-settings.ts';
export * from './workflow.ts';
