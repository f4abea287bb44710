import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/**
 * A value as stable JSON: numbers rounded to 6 significant digits, functions replaced by `"[function]"`, and
 * `undefined` dropped, so a snapshot changes only when what is drawn changes.
 */
export function normalise(value: unknown): string {
  return `${JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'function') return '[function]';
      if (typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v)) return Number(v.toPrecision(6));
      return v;
    },
    2,
  )}\n`;
}

/**
 * Compares `value` with the stored snapshot `__snapshots__/<name>.json`. The first run stores it. When it differs,
 * the new output is written beside it as `<name>-changed.json` for review, and the comparison fails; to accept
 * the change, replace the snapshot with the changed copy.
 */
export function matchSnapshot(name: string, value: unknown): { ok: boolean; message: string } {
  mkdirSync(SNAPSHOTS, { recursive: true });
  const path = join(SNAPSHOTS, `${name}.json`);
  const changedPath = join(SNAPSHOTS, `${name}-changed.json`);
  const actual = normalise(value);
  if (!existsSync(path)) {
    writeFileSync(path, actual);
    return { ok: true, message: `stored new snapshot ${path}` };
  }
  if (readFileSync(path, 'utf8') === actual) {
    rmSync(changedPath, { force: true });
    return { ok: true, message: 'matches' };
  }
  writeFileSync(changedPath, actual);
  return { ok: false, message: `chart option differs from ${path}; see ${changedPath}` };
}
