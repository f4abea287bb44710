/**
 * Long work over rows (planning an upload, checking a draft, building a submission's view) runs on the event loop
 * every request shares. It gives the loop back every {@link ROWS_PER_TURN} rows, so other requests (the public site,
 * other users) are answered meanwhile instead of waiting for the whole file.
 */

/** Rows handled between two turns of the event loop: a few milliseconds of work. */
export const ROWS_PER_TURN = 2000;

/**
 * Resolves after the event loop has run what was waiting (I/O callbacks, other requests); `setImmediate`, so a
 * waiting request is served before the work goes on.
 * @example for (let i = 0; i < rows.length; i++) { …; if ((i + 1) % ROWS_PER_TURN === 0) await nextTurn(); }
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Calls `each` on every item, giving the event loop a turn every {@link ROWS_PER_TURN} items.
 * @example await forEachInTurns(rows, (row) => { seen.add(row.key); })
 */
export async function forEachInTurns<T>(items: Iterable<T>, each: (item: T, index: number) => void): Promise<void> {
  let i = 0;
  for (const item of items) {
    each(item, i);
    if (++i % ROWS_PER_TURN === 0) await nextTurn();
  }
}

/**
 * Reads rows a page at a time through `page(last, limit)` (the rows after `last`, the last row of the previous page,
 * undefined for the first), {@link ROWS_PER_TURN} rows a page with a turn of the event loop between two pages, until a
 * page comes back short.
 * @example await readInTurns((last, limit) => draftChangesAfter(db, 7, last?.id ?? 0, limit))
 */
export async function readInTurns<T>(page: (last: T | undefined, limit: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const rows = await page(all[all.length - 1], ROWS_PER_TURN);
    for (const row of rows) all.push(row);
    if (rows.length < ROWS_PER_TURN) return all;
    await nextTurn();
  }
}
