import type { DraftChange, TimePeriod } from '../../domain/index.ts';
import { ApiError } from '../../api/errors.ts';
import { parseTimePeriod, TimePeriodError } from '../../ingest/time-period.ts';
import { draftChangesByKey, observationKey, publishedByKeys, type Db, type User } from '../../store/index.ts';
import { saveDraftChanges, type SaveResult } from './save-changes.ts';

/**
 * One value as the data-entry grid sends it: the observation key, the new value (`null` removes the published value)
 * and the revision of the key's draft change the user saw (0 = none). Omitted `unitMult`, `attributes` and
 * `warningComment` keep those of the draft change, else of the published value.
 * Example: `{ series: 'SH_DYN_MORT', area: '050', timePeriod: '2022', dimensions: { SEX: 'F' }, unit: 'PER_1000_LIVE_BIRTHS',
 * value: 24.1, baseRevision: 0 }`.
 */
export interface ChangeEntry {
  series: string;
  area: string;
  timePeriod: string;
  dimensions?: Record<string, string>;
  unit: string;
  unitMult?: number | null;
  value: number | null;
  attributes?: Record<string, string>;
  warningComment?: string | null;
  baseRevision: number;
}

/**
 * Saves grid entries into a submission's draft, all or nothing (see saveDraftChanges), inside the caller's transaction.
 * @throws ApiError BAD_PARAMETER naming the entry whose time period cannot be read; those of saveDraftChanges.
 */
export async function saveChangeEntries(trx: Db, input: { submissionId: number; user: User; entries: ChangeEntry[] }): Promise<SaveResult> {
  const periods = input.entries.map((e, i) => readPeriod(e.timePeriod, i));
  const parts = input.entries.map((e, i) => ({ ...e, dimensions: e.dimensions ?? {}, timePeriod: periods[i]!.label }));
  const [drafts, published] = await Promise.all([draftChangesByKey(trx, input.submissionId, parts), publishedByKeys(trx, parts)]);
  const baseRevisions = new Map<string, number>();
  const changes = input.entries.map((e, i): DraftChange => {
    const key = observationKey(parts[i]!);
    baseRevisions.set(key, e.baseRevision);
    const before = drafts.get(key) ?? published.get(key);
    return {
      op: e.value === null ? 'delete' : 'upsert',
      observation: {
        series: e.series, area: e.area, period: periods[i]!, dimensions: e.dimensions ?? {}, unit: e.unit,
        value: e.value ?? Number.NaN,
        unitMult: e.unitMult !== undefined ? e.unitMult : before?.unitMult ?? null,
        attributes: e.attributes ?? before?.attributes ?? {},
      },
      warningComment: e.warningComment !== undefined ? e.warningComment : drafts.get(key)?.warningComment ?? null,
    };
  });
  return saveDraftChanges(trx, { submission: input.submissionId, user: input.user, changes, baseRevisions });
}

/** A period label as written by the grid (canonical, SDMX notation) or as a person types it (`2024 Q1`). */
function readPeriod(text: string, index: number): TimePeriod {
  try {
    return parseTimePeriod(text, 'sdmx');
  } catch {
    try {
      return parseTimePeriod(text, 'open-sdg');
    } catch (error) {
      if (error instanceof TimePeriodError) throw new ApiError('BAD_PARAMETER', `parameter changes.${index}.timePeriod: ${error.message}`);
      throw error;
    }
  }
}
