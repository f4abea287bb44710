import type { FastifyReply } from 'fastify';
import { AccountError } from '../../workflow/auth/index.ts';
import { ApiError } from '../errors.ts';

/**
 * Runs an account action and turns its refusal into the API error of the same code (with `details`); a
 * TOO_MANY_REQUESTS refusal also sets `Retry-After` (seconds).
 * @example return accountAction(reply, () => unlockAccount(db, id, admin.id));
 */
export async function accountAction<T>(reply: FastifyReply, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (e) {
    if (!(e instanceof AccountError)) throw e;
    const seconds = e.details?.retryAfterSeconds;
    if (e.code === 'TOO_MANY_REQUESTS' && typeof seconds === 'number') reply.header('retry-after', String(seconds));
    throw new ApiError(e.code, e.message, e.details);
  }
}
