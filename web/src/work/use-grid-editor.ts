import { useCallback, useEffect, useRef, useState } from 'react';
import type { ObservationKeyParts } from '../../../src/domain/index.ts';
import {
  ApiError, deleteChange, openSubmission, saveChange, validateValues,
  type ChangeEntry, type EntryObservation, type GridAnswer, type Issue,
} from '../api/work.ts';
import { conflictOf, type ConflictValue } from './conflict.ts';
import { currentValue, type GridCellModel } from './grid-model.ts';
import { parseValue, valueText } from './value-text.ts';

/** What the grid knows about a cell the user is working on. */
export interface CellEdit {
  /** The text in the cell's input, when it differs from the stored value. */
  text?: string;
  /** Issues the rules found with the typed value (checked as it is typed). */
  issues?: Issue[];
  saving?: boolean;
  /** Saved: the text stays until the grid reloads with it. */
  saved?: boolean;
  /** Why the last save failed, in the server's words. */
  error?: string;
  /** The other person's value the last save ran into (409), and what I tried to save. */
  conflict?: { mine: ChangeEntry; theirs: ConflictValue };
}

/** How long typing must pause before the value is checked against the rules. */
const CHECK_DELAY_MS = 400;

/**
 * The grid's editing: the text typed per cell, its issues (checked through `POST /indicators/{code}/validate`, debounced),
 * saving with the draft revision seen (opening the indicator's submission first when there is none), conflicts
 * (`409`: keep mine / take theirs) and deletes. `reload` is called after every change that reached the server.
 */
export function useGridEditor(code: string, grid: GridAnswer | undefined, reload: () => void, notNumber: string) {
  const [edits, setEdits] = useState<Record<string, CellEdit>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const submissionId = useRef<number | null>(null);
  // what is being sent now, and the edits as last drawn: Enter and the blur that follows must not save twice
  const inFlight = useRef(new Set<string>());
  const editsRef = useRef(edits);

  // a new grid answer holds what was saved: drop the saved texts
  useEffect(() => {
    editsRef.current = Object.fromEntries(Object.entries(editsRef.current).filter(([, e]) => !e.saved));
    setEdits(editsRef.current);
    const open = grid?.submission;
    submissionId.current = open && (open.state === 'draft' || open.state === 'returned') ? open.id : null;
  }, [grid]);

  useEffect(() => () => { for (const timer of timers.current.values()) clearTimeout(timer); }, []);

  // every change goes through the ref first, so a commit right after a save (Enter, then the blur) sees it
  const patch = useCallback((key: string, change: Partial<CellEdit> | null) => {
    const all = editsRef.current;
    if (change === null) {
      const { [key]: _, ...rest } = all;
      editsRef.current = rest;
    } else {
      editsRef.current = { ...all, [key]: { ...all[key], ...change } };
    }
    setEdits(editsRef.current);
  }, []);

  const observationOf = useCallback((cell: GridCellModel, value: number | null, attributes?: Partial<EntryObservation>): EntryObservation => ({
    ...keyOf(grid!, cell),
    value,
    unitMult: cell.draft?.unitMult ?? cell.published?.unitMult ?? null,
    attributes: cell.draft?.attributes ?? cell.published?.attributes ?? {},
    ...attributes,
  }), [grid]);

  /** What a save sends for the cell: its key, `value` (null removes it) and the draft revision the grid showed. */
  const entryOf = useCallback((cell: GridCellModel, value: number | null, extra: Partial<ChangeEntry> = {}): ChangeEntry => ({
    ...keyOf(grid!, cell),
    value,
    baseRevision: cell.draft?.revision ?? 0,
    ...extra,
  }), [grid]);

  const check = useCallback((cell: GridCellModel, value: number) => {
    const key = cell.key;
    clearTimeout(timers.current.get(key));
    timers.current.set(key, setTimeout(() => {
      validateValues(code, [observationOf(cell, value)]).then(
        (answer) => patch(key, { issues: answer.issues }),
        () => { /* the check is a help; the save checks again */ },
      );
    }, CHECK_DELAY_MS));
  }, [code, observationOf, patch]);

  /** The user typed `text` into the cell. */
  const edit = useCallback((cell: GridCellModel, text: string) => {
    const value = parseValue(text);
    const localIssue: Issue[] = value !== null && Number.isNaN(value) ? [{
      severity: 'error', kind: 'numeric', ruleId: null, key: cell.key, series: grid!.selected!.series, area: cell.row.area,
      timePeriod: cell.period, dimensions: cell.row.dimensions, message: notNumber,
    }] : [];
    patch(cell.key, { text, issues: localIssue, error: undefined, saved: false, conflict: undefined });
    clearTimeout(timers.current.get(cell.key));
    if (value !== null && !Number.isNaN(value)) check(cell, value);
  }, [check, grid, notNumber, patch]);

  const ensureSubmission = useCallback(async (): Promise<number> => {
    if (submissionId.current !== null) return submissionId.current;
    const opened = await openSubmission(code);
    submissionId.current = opened.id;
    return opened.id;
  }, [code]);

  const send = useCallback(async (key: string, entry: ChangeEntry) => {
    inFlight.current.add(key);
    patch(key, { saving: true, error: undefined, conflict: undefined });
    try {
      await saveChange(await ensureSubmission(), entry);
      patch(key, { saving: false, saved: true });
      reload();
      return true;
    } catch (e) {
      const theirs = conflictOf(e);
      if (theirs) patch(key, { saving: false, conflict: { mine: entry, theirs } });
      else patch(key, { saving: false, error: e instanceof ApiError ? e.message : String(e) });
      return false;
    } finally {
      inFlight.current.delete(key);
    }
  }, [ensureSubmission, patch, reload]);

  /** Takes the value out: drops a draft-only value, proposes deleting a published one. */
  const remove = useCallback(async (cell: GridCellModel): Promise<boolean> => {
    if (cell.draft && !cell.published && submissionId.current !== null) {
      patch(cell.key, { saving: true });
      try {
        await deleteChange(submissionId.current, cell.draft.changeId, cell.draft.revision);
        patch(cell.key, { saving: false, saved: true, text: '' });
        reload();
        return true;
      } catch (e) {
        patch(cell.key, { saving: false, error: e instanceof ApiError ? e.message : String(e) });
        return false;
      }
    }
    if (!cell.published) {
      patch(cell.key, null);
      return true;
    }
    return send(cell.key, entryOf(cell, null));
  }, [entryOf, patch, reload, send]);

  /** Saves the typed text of the cell when it changed the value; answers whether nothing is left unsaved. */
  const commit = useCallback(async (cell: GridCellModel): Promise<boolean> => {
    const pending = editsRef.current[cell.key];
    if (inFlight.current.has(cell.key)) return true;
    if (pending?.text === undefined || pending.saved || pending.conflict) return pending?.conflict === undefined;
    const value = parseValue(pending.text);
    if (value !== null && Number.isNaN(value)) return false;
    if (value === currentValue(cell)) {
      patch(cell.key, null);
      return true;
    }
    if (value === null) return remove(cell);
    return send(cell.key, entryOf(cell, value));
  }, [entryOf, patch, remove, send]);

  /** Saves new attributes (unit multiplier, nature, status, source, footnote) with the cell's value. */
  const saveAttributes = useCallback((cell: GridCellModel, unitMult: number | null, attributes: Record<string, string>) => {
    const text = edits[cell.key]?.text;
    const typed = text === undefined ? undefined : parseValue(text);
    const value = typed !== undefined && typed !== null && !Number.isNaN(typed) ? typed : currentValue(cell);
    return send(cell.key, entryOf(cell, value, { unitMult, attributes }));
  }, [edits, entryOf, send]);

  /** After a conflict: saves my value over theirs, building on their revision. */
  const keepMine = useCallback((cell: GridCellModel) => {
    const conflict = edits[cell.key]?.conflict;
    if (!conflict) return Promise.resolve(false);
    return send(cell.key, { ...conflict.mine, baseRevision: conflict.theirs.revision });
  }, [edits, send]);

  /** After a conflict: forgets my value and shows theirs. */
  const takeTheirs = useCallback((cell: GridCellModel) => {
    patch(cell.key, null);
    reload();
  }, [patch, reload]);

  /** Forgets the typed text (Escape). */
  const revert = useCallback((cell: GridCellModel) => {
    clearTimeout(timers.current.get(cell.key));
    patch(cell.key, null);
  }, [patch]);

  /** The text the cell's input shows. */
  const textOf = useCallback((cell: GridCellModel) => edits[cell.key]?.text ?? valueText(currentValue(cell)), [edits]);

  return { edits, edit, commit, remove, revert, saveAttributes, keepMine, takeTheirs, textOf };
}

/** The observation key of a cell of the grid's series and unit, as the routes take it. */
function keyOf(grid: GridAnswer, cell: GridCellModel): ObservationKeyParts {
  return { series: grid.selected!.series, area: cell.row.area, timePeriod: cell.period, dimensions: cell.row.dimensions, unit: grid.selected!.unit };
}
