import { createHash } from 'node:crypto';

/**
 * Limits on log-in attempts (OWASP Authentication Cheat Sheet, "Account Lockout"; NIST SP 800-63B §5.2.2
 * "Rate Limiting"): an account locks after a run of failures, and one client address may fail only so often in a
 * window, whichever accounts it tries. A user name no account holds locks after the same run (OWASP Authentication
 * Cheat Sheet, "Authentication and Error Messages"), so lock-outs do not tell which names exist.
 */

/** Consecutive failed log-ins of one account that lock it. */
export const MAX_ACCOUNT_FAILURES = 5;
/** How long a lock-out lasts, in milliseconds (15 minutes). */
export const LOCK_MS = 15 * 60 * 1000;
/** Failed log-ins one client address may make in a window; the attempt after them is refused (429). */
export const MAX_ADDRESS_FAILURES = 20;
/** The address window, in milliseconds (15 minutes, counted from the window's first failure). */
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;

/** The throttle key of a client address: `addressKey('10.0.0.5')` → `'ip:10.0.0.5'`. */
export function addressKey(ip: string): string {
  return `ip:${ip}`;
}

/**
 * The throttle key of a user name no account holds: `user:` and the SHA-256 of the normalised name, so the table
 * keeps no typed text. `nameKey('nobody')` → `'user:6382b3cc…'` (64 hex digits).
 */
export function nameKey(normalisedUsername: string): string {
  return `user:${createHash('sha256').update(normalisedUsername).digest('hex')}`;
}

/** Whether an account is locked at `now`: `isLocked('2026-01-01T00:15:00.000Z', new Date('2026-01-01T00:10:00Z'))` → true. */
export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil > now.toISOString();
}

/** The end of a lock-out that starts at `now`, ISO. */
export function lockEnd(now: Date): string {
  return new Date(now.getTime() + LOCK_MS).toISOString();
}

/** The instant (ISO) at or before which a lock-out that started then has ended. */
export function lockOpenSince(now: Date): string {
  return new Date(now.getTime() - LOCK_MS).toISOString();
}

/** The instant (ISO) at or before which a window start means the window has closed. */
export function addressWindowOpenSince(now: Date): string {
  return new Date(now.getTime() - ADDRESS_WINDOW_MS).toISOString();
}

/**
 * Whole seconds until an address window that started at `windowStart` closes (at least 1), for `Retry-After`:
 * `retryAfterSeconds('2026-01-01T00:00:00.000Z', new Date('2026-01-01T00:10:00Z'))` → 300.
 */
export function retryAfterSeconds(windowStart: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(windowStart) + ADDRESS_WINDOW_MS - now.getTime()) / 1000));
}
