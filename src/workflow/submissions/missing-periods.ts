import type { TimePeriod } from '../../domain/index.ts';

/** How many missing periods are listed unless the caller asks for more: the most recent ones. */
export const DEFAULT_MISSING_LIMIT = 12;

/**
 * The periods of the same kind after `latest` that have ended by `today` (ISO date) and so could have data, most
 * recent first, at most `limit` of them (the oldest are left out): years, fiscal years, quarters and months follow one
 * another, so the list is one unbroken run back from the last period that has ended; ranges and date ranges have no
 * next period. Pure.
 * @example missingPeriodsSince({ kind: 'year', label: '2021', start: '2021-01-01', end: '2021-12-31' }, '2025-03-01')
 * // ['2024', '2023', '2022']
 * @example missingPeriodsSince({ kind: 'year', label: '2011', … }, '2026-03-01', 3) // ['2025', '2024', '2023']
 * @example missingPeriodsSince({ kind: 'quarter', label: '2024-Q3', … }, '2025-03-01') // ['2024-Q4']
 */
export function missingPeriodsSince(latest: TimePeriod, today: string, limit = DEFAULT_MISSING_LIMIT): string[] {
  const out: string[] = [];
  let period: TimePeriod | null = nextPeriod(latest);
  while (period && period.end < today) {
    out.push(period.label);
    period = nextPeriod(period);
  }
  return out.slice(-limit).reverse();
}

/** The period that follows one of the same kind, or null for ranges. */
export function nextPeriod(p: TimePeriod): TimePeriod | null {
  switch (p.kind) {
    case 'year': {
      const y = Number(p.label) + 1;
      return { kind: 'year', label: String(y), start: `${y}-01-01`, end: `${y}-12-31` };
    }
    case 'fiscal-year': {
      const first = Number(p.label.slice(0, 4)) + 1;
      return { kind: 'fiscal-year', label: `${first}/${String((first + 1) % 100).padStart(2, '0')}`, start: `${first}-01-01`, end: `${first + 1}-12-31` };
    }
    case 'quarter': {
      const [y, q] = [Number(p.label.slice(0, 4)), Number(p.label.slice(6))];
      const [ny, nq] = q === 4 ? [y + 1, 1] : [y, q + 1];
      const startMonth = (nq - 1) * 3 + 1;
      return { kind: 'quarter', label: `${ny}-Q${nq}`, start: `${ny}-${pad(startMonth)}-01`, end: `${ny}-${pad(startMonth + 2)}-${pad(lastDay(ny, startMonth + 2))}` };
    }
    case 'month': {
      const [y, m] = [Number(p.label.slice(0, 4)), Number(p.label.slice(5, 7))];
      const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
      return { kind: 'month', label: `${ny}-${pad(nm)}`, start: `${ny}-${pad(nm)}-01`, end: `${ny}-${pad(nm)}-${pad(lastDay(ny, nm))}` };
    }
    case 'range':
    case 'date-range':
      return null;
    default:
      throw new Error(`unknown time period kind "${String((p as TimePeriod).kind)}"`);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
