/**
 * The one check of an observation's codes against what its indicator already holds, shared by the data-entry grid
 * (saveDraftChanges) and uploads (parseUpload): known breakdowns and codes, one of the series' units, a unit
 * multiplier that is a power of ten, known attributes with OBS_STATUS and NATURE from their code lists, and a warning
 * for a period of a kind the series does not have. Pure: the store loads the code book (loadCodeBook in workflow).
 */
export { checkObservationCodes, periodKindProblem, singleUnit, type CodeProblem } from './check-codes.ts';
export {
  CODED_ATTRIBUTES, OBSERVATION_ATTRIBUTES, codeBook, isObservationAttribute, isSdmxDimension, type CodeBook, type SeriesCodes,
} from './code-book.ts';
