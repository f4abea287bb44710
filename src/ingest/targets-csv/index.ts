/**
 * National progress target CSV files (`indicator,series,unit,area,dimensions,direction,baseline_year,baseline_value,
 * milestone_<year>…,target_year,target_value,limit`): read whole, checked row by row against the framework, written
 * all or nothing with an audit event.
 */
export { importTargets, importTargetsFile, type TargetImportReport } from './import-targets.ts';
export { readTargets, TARGET_COLUMNS, type TargetRow, type TargetRows } from './read-targets.ts';
export {
  columnOf, FIRST_TARGET_YEAR, LAST_TARGET_YEAR, targetNumberProblems, targetScopeProblems, type FieldProblem, type TargetFields,
} from './target-checks.ts';
