/**
 * Why an account action was refused. The codes are the API's error codes (src/api/errors.ts), so a route passes them
 * on as they are and the command line prints the message.
 */
export type AccountErrorCode =
  | 'BAD_PARAMETER' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_STATE' | 'BAD_CREDENTIALS' | 'ACCOUNT_LOCKED' | 'TOO_MANY_REQUESTS';

/**
 * A refused sign-in or account change. `details` carries what a client needs to act: `{ lockedUntil }` for
 * ACCOUNT_LOCKED, `{ retryAfterSeconds }` for TOO_MANY_REQUESTS.
 * @example throw new AccountError('BAD_PARAMETER', 'parameter role: "boss" is not one of admin, reviewer, provider, viewer')
 */
export class AccountError extends Error {
  constructor(readonly code: AccountErrorCode, message: string, readonly details?: Record<string, unknown>) {
    super(message);
    this.name = 'AccountError';
  }
}

/** `400 BAD_PARAMETER` naming the field: `badField('organisations', 'no organisation "XYZ"')`. */
export function badField(field: string, reason: string): AccountError {
  return new AccountError('BAD_PARAMETER', `parameter ${field}: ${reason}`);
}
