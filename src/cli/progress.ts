import cliProgress from 'cli-progress';

/**
 * How long work shows progress on stderr:
 * - `bar`: a cli-progress bar (the default on a terminal);
 * - `plain`: a line per tenth of the work (and at least every 5 s), for logs and pipes;
 * - `none`: nothing (e.g. with `--json`).
 */
export type ProgressMode = 'bar' | 'plain' | 'none';

/** A progress display for one task: `update(done, total, detail)` then `stop()`. */
export interface Progress {
  update(done: number, total: number, detail?: string): void;
  stop(): void;
}

/** Reads a `--progress` value. @throws Error naming the value when it is not bar, plain or none. */
export function parseProgressMode(text: string): ProgressMode {
  if (text === 'bar' || text === 'plain' || text === 'none') return text;
  throw new Error(`--progress: "${text}" is not one of bar, plain, none`);
}

/** The default mode: a bar on a terminal, plain lines otherwise. */
export function defaultProgressMode(): ProgressMode {
  return process.stderr.isTTY ? 'bar' : 'plain';
}

/** Starts a progress display titled `label` (e.g. `Loading Bangladesh`). */
export function startProgress(label: string, mode: ProgressMode): Progress {
  if (mode === 'none') return { update: () => {}, stop: () => {} };
  if (mode === 'plain') {
    // A line per tenth of the work (and at least every 5 s), so logs stay short whatever the size.
    let lastTenth = -1;
    let lastAt = 0;
    return {
      update(done, total, detail) {
        const tenth = total > 0 ? Math.floor((done / total) * 10) : 0;
        const now = Date.now();
        if (tenth === lastTenth && now - lastAt < 5000) return;
        lastTenth = tenth;
        lastAt = now;
        process.stderr.write(`${label}: ${done}/${total}${detail ? ` ${detail}` : ''}\n`);
      },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar({
    format: `${label} [{bar}] {value}/{total} {detail}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: false,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(done, total, detail) {
      if (!started) { bar.start(total, done, { detail: detail ?? '' }); started = true; }
      bar.setTotal(total);
      bar.update(done, { detail: detail ?? '' });
    },
    stop: () => { if (started) bar.stop(); },
  };
}
