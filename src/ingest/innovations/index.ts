/**
 * The innovation examples the product ships, read into cases, TCV figures and replications (see
 * datasets/innovations/SOURCE.md) and loaded all or nothing by loadInnovationSeed.
 */
export { BUNDLED_INNOVATIONS_DIR, innovationSeedSummary, loadInnovationSeed, type InnovationSeedReport } from './load-innovation-seed.ts';
export { readTcvExamples, A2I, type TcvSeed } from './read-tcv-examples.ts';
export { readDpgRegistry, DEPLOYMENT_STAGE, type DpgSeed, type UnmatchedCountry } from './read-dpg-registry.ts';
export { countryNameReader } from './country-names.ts';
export { normaliseTcvValue, tcvDimensionOf } from './tcv-values.ts';
export { readCaseTargets, withCaseTargets, type CaseTargets } from './read-case-targets.ts';
