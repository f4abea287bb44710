/**
 * Every error code the API answers with, its HTTP status and what it means. The envelope is always
 * `{"error": {"code": "…", "message": "…", "statusCode": n}}`; `message` names the parameter and the value.
 */
export const ERROR_CODES = {
  BAD_PARAMETER: { status: 400, description: 'A path or query parameter is missing, malformed or unknown; the message names it.' },
  NOT_FOUND: { status: 404, description: 'No goal, indicator, area or page at that address.' },
  UNAUTHENTICATED: { status: 401, description: 'The route needs a signed-in user: no session cookie, or the session has expired.' },
  BAD_CREDENTIALS: { status: 401, description: 'Log-in refused: unknown user name or wrong password (the message does not say which).' },
  FORBIDDEN: { status: 403, description: "The signed-in user's role or organisations do not allow this action; the message says what is missing." },
  CSRF_FAILED: { status: 403, description: 'A state-changing request without the X-CSRF-Token header of its session.' },
  CONFLICT: { status: 409, description: 'Someone changed the same thing first; the answer carries the current value and revision.' },
  INVALID_STATE: { status: 409, description: 'The action does not apply in the current state (e.g. approving a draft, editing a locked period).' },
  VALIDATION_FAILED: { status: 422, description: 'Submitted data breaks validation rules or cannot be read; the answer lists every problem with file, row, column and reason.' },
  ACCOUNT_LOCKED: { status: 423, description: 'Too many failed log-ins: the account is locked until the time given.' },
  TOO_MANY_REQUESTS: { status: 429, description: 'Too many requests from this address (the per-minute API limits) or too many log-in attempts; retry after the Retry-After seconds.' },
  NOT_INITIALISED: { status: 503, description: 'The database has no framework yet: run `sdg-tracker init`.' },
  INTERNAL: { status: 500, description: 'An unexpected failure; the server log has the details.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error the API reports as-is to the client; `details` (e.g. the current value on a conflict) joins the envelope. */
export class ApiError extends Error {
  readonly statusCode: number;
  constructor(readonly code: ErrorCode, message: string, readonly details?: unknown) {
    super(message);
    this.statusCode = ERROR_CODES[code].status;
  }
}

/** `400 BAD_PARAMETER` naming the parameter: `badParameter('from', '"20x5" is not a year or ISO date')`. */
export function badParameter(name: string, reason: string): ApiError {
  return new ApiError('BAD_PARAMETER', `parameter ${name}: ${reason}`);
}

/** `404 NOT_FOUND`: `notFound('indicator', '99.9.9')`. */
export function notFound(what: string, code: string): ApiError {
  return new ApiError('NOT_FOUND', `no ${what} "${code}"`);
}

/** The JSON body for an error; `details` only when given. */
export function errorBody(code: ErrorCode, message: string, details?: unknown): { error: { code: ErrorCode; message: string; statusCode: number; details?: unknown } } {
  return { error: { code, message, statusCode: ERROR_CODES[code].status, ...(details === undefined ? {} : { details }) } };
}
