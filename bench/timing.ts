/**
 * Runs `f` once to warm up, then `runs` times, and gives the median time in milliseconds and the last value.
 * @example const { ms, value } = await timed(() => buildProgressBook(data), 5)
 */
export async function timed<T>(f: () => T | Promise<T>, runs: number): Promise<{ ms: number; value: T }> {
  let value = await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    value = await f();
    times.push(performance.now() - started);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)]!, value };
}
