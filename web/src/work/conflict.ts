import { ApiError, type CellValue } from '../api/work.ts';

/** The other person's value that a save ran into: their value and attributes, the revision to build on, who and when. */
export interface ConflictValue extends CellValue {
  /** The draft revision now stored; a save that keeps mine names it as its base. */
  revision: number;
  op: 'upsert' | 'delete' | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

/**
 * The current value a `409 CONFLICT` answer carries in its `details` (`{ current: {...} }` or the value itself), or
 * null when the error is another one.
 * @example conflictOf(new ApiError('CONFLICT', '…', 409, url, { current: { value: 30, revision: 2 } }))
 * // { value: 30, revision: 2, op: 'upsert', … }
 */
export function conflictOf(error: unknown): ConflictValue | null {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return null;
  const details = (error.details ?? {}) as Record<string, unknown>;
  const current = (details.current ?? details.change ?? details) as Record<string, unknown> | null;
  const observation = (current?.observation ?? current ?? {}) as Record<string, unknown>;
  return {
    value: typeof observation.value === 'number' ? observation.value : null,
    unitMult: typeof observation.unitMult === 'number' ? observation.unitMult : null,
    attributes: (observation.attributes as Record<string, string> | undefined) ?? {},
    revision: typeof current?.revision === 'number' ? current.revision
      : typeof details.revision === 'number' ? details.revision : 0,
    op: current?.op === 'delete' ? 'delete' : current ? 'upsert' : null,
    updatedBy: typeof current?.updatedBy === 'string' ? current.updatedBy : null,
    updatedAt: typeof current?.updatedAt === 'string' ? current.updatedAt : null,
  };
}
