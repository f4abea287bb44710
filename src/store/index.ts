export * from './database.ts';
export * from './dimension-key.ts';
export * from './observations.ts';
export * from './schema.ts';
export * from './series.ts';
export * from './sources.ts';
