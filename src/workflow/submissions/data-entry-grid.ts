import { ApiError } from '../../api/errors.ts';
import type { Observation } from '../../domain/index.ts';
import { parseTimePeriod } from '../../ingest/time-period.ts';
import {
  encodeDimensions, findOpenSubmission, latestPeriods, listAreas, listDraftChanges, listPeriodLocks, publishedOfSeries,
  seriesFacets, seriesOfIndicator, userNames, type Db, type User,
} from '../../store/index.ts';
import { missingPeriodsSince } from './missing-periods.ts';
import { actorFor } from './permissions.ts';
import { transition } from './state-machine.ts';
import { summarise, type CellValue, type SubmissionSummary } from './submission-view.ts';

/** A published value in the grid. */
export interface GridPublished extends Pick<Observation, 'value' | 'unitMult' | 'attributes'> {
  observationId: number;
  /** When it became public ('' for rows loaded before the published history began). */
  validFrom: string;
}

/** A draft value in the grid: `upsert` proposes `value`, `delete` removes the published one (`value` null). */
export interface GridDraft extends CellValue {
  changeId: number;
  op: 'upsert' | 'delete';
  revision: number;
  warningComment: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

/** One cell: a time period of a row. */
export interface GridCell {
  published: GridPublished | null;
  draft: GridDraft | null;
  /** The period is locked by an approval (no value of it can be changed). */
  locked: boolean;
}

/**
 * One row: an area with one combination of dimension codes; `key` is `<area>|<dimension key>`. Rows come by area
 * (tree order), totals before breakdowns (fewest non-`_T` codes first), then by key.
 */
export interface GridRow {
  key: string;
  area: string;
  areaName: string;
  dimensions: Record<string, string>;
  /** Time period label → cell; periods without any value are left out. */
  cells: Record<string, GridCell>;
}

/** The data-entry grid of one series and unit of an indicator. */
export interface DataEntryGrid {
  /** Every series of the indicator with the units it has data (or draft values) in. */
  series: { code: string; name: string; units: string[] }[];
  /** The series and unit shown (the first series with data and its first unit by default); null without series. */
  selected: { series: string; unit: string } | null;
  /** The indicator's open submission, or null. */
  submission: SubmissionSummary | null;
  /** Whether the user may change values now (their role and organisations, and the open submission's state). */
  canEdit: boolean;
  /** Columns: every period with a value or a draft value, then the periods missing since the latest, by start date. */
  periods: string[];
  rows: GridRow[];
  locks: { timePeriod: string; submissionId: number; lockedAt: string; reason: string }[];
}

/**
 * The data-entry grid of an indicator for one series and unit: published values and the open draft's values side by
 * side, per area × dimension combination and time period, with the locked periods.
 * @throws ApiError BAD_PARAMETER naming a series or unit the indicator does not have.
 */
export async function dataEntryGrid(db: Db, user: User, indicatorId: string, selection: { series?: string; unit?: string; lang?: string }, today: Date = new Date()): Promise<DataEntryGrid> {
  const [series, facets, submission, actor] = await Promise.all([
    seriesOfIndicator(db, indicatorId), seriesFacets(db, indicatorId), findOpenSubmission(db, indicatorId), actorFor(db, user, indicatorId),
  ]);
  const drafts = submission ? await listDraftChanges(db, submission.id) : [];
  const units = new Map(series.map((s) => [s.code, [...new Set([
    ...(facets.get(s.code)?.units ?? []), ...drafts.filter((d) => d.series === s.code).map((d) => d.unit), ...(s.unit ? [s.unit] : []),
  ])]]));
  const seriesList = series.map((s) => ({ code: s.code, name: s.name, units: units.get(s.code) ?? [] }));
  const summary = submission ? (await summarise(db, [{ ...submission, changeCount: drafts.length }]))[0]! : null;
  const canEdit = transition(submission?.state ?? 'draft', 'edit', actor).ok;

  if (selection.series !== undefined && !units.has(selection.series)) {
    throw new ApiError('BAD_PARAMETER', `parameter series: "${selection.series}" is not a series of indicator ${indicatorId} (its series: ${[...units.keys()].join(', ') || 'none'})`);
  }
  const seriesCode = selection.series ?? series.find((s) => facets.has(s.code))?.code ?? series[0]?.code;
  const locks = (await listPeriodLocks(db, [indicatorId])).map((l) => ({
    timePeriod: l.timePeriod, submissionId: l.submissionId, lockedAt: l.lockedAt, reason: `approved in submission ${l.submissionId}`,
  }));
  if (seriesCode === undefined) return { series: seriesList, selected: null, submission: summary, canEdit, periods: [], rows: [], locks };
  const seriesUnits = units.get(seriesCode) ?? [];
  if (selection.unit !== undefined && !seriesUnits.includes(selection.unit)) {
    throw new ApiError('BAD_PARAMETER', `parameter unit: "${selection.unit}" is not a unit of series ${seriesCode} (its units: ${seriesUnits.join(', ') || 'none'})`);
  }
  const unit = selection.unit ?? seriesUnits[0] ?? '';

  const [published, areas, latest] = await Promise.all([publishedOfSeries(db, seriesCode, unit), listAreas(db, selection.lang), latestPeriods(db, [indicatorId])]);
  const shown = drafts.filter((d) => d.series === seriesCode && d.unit === unit);
  const names = await userNames(db, shown.map((d) => d.updatedBy));
  const locked = new Set(locks.map((l) => l.timePeriod));
  const areaNames = new Map(areas.map((a) => [a.code, a.name]));
  const areaOrder = new Map(areas.map((a, i) => [a.code, i]));
  const starts = new Map<string, string>();
  const rows = new Map<string, GridRow>();
  const cell = (o: { area: string; dimensions: Record<string, string>; period: { label: string; start: string } }): GridCell => {
    const key = `${o.area}|${encodeDimensions(o.dimensions)}`;
    let row = rows.get(key);
    if (!row) rows.set(key, row = { key, area: o.area, areaName: areaNames.get(o.area) ?? o.area, dimensions: o.dimensions, cells: {} });
    starts.set(o.period.label, o.period.start);
    return row.cells[o.period.label] ??= { published: null, draft: null, locked: locked.has(o.period.label) };
  };
  for (const p of published) {
    cell(p).published = { observationId: p.id, value: p.value, unitMult: p.unitMult, attributes: p.attributes, validFrom: p.validFrom };
  }
  for (const d of shown) {
    cell(d).draft = {
      changeId: d.id, op: d.op, value: d.value, unitMult: d.unitMult, attributes: d.attributes, revision: d.revision,
      warningComment: d.warningComment, updatedBy: names.get(d.updatedBy) ?? null, updatedAt: d.updatedAt,
    };
  }
  const last = latest.get(indicatorId);
  for (const label of last ? missingPeriodsSince(last, today.toISOString().slice(0, 10)) : []) {
    if (!starts.has(label)) starts.set(label, parseTimePeriod(label, 'sdmx').start);
  }
  const periods = [...starts.keys()].sort((a, b) => starts.get(a)!.localeCompare(starts.get(b)!) || a.localeCompare(b));
  return {
    series: seriesList, selected: { series: seriesCode, unit }, submission: summary, canEdit, periods,
    rows: [...rows.values()].sort((a, b) => (areaOrder.get(a.area) ?? 1e9) - (areaOrder.get(b.area) ?? 1e9)
      || nonTotal(a.dimensions) - nonTotal(b.dimensions) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    locks,
  };
}

/** How many dimensions of a row are broken down (not the total `_T`). */
function nonTotal(dimensions: Record<string, string>): number {
  return Object.values(dimensions).filter((code) => code !== '_T').length;
}
