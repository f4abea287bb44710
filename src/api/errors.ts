/**
 * Every error code the API answers with, its HTTP status and what it means. The envelope is always
 * `{"error": {"code": "…", "message": "…", "statusCode": n}}`; `message` names the parameter and the value.
 */
export const ERROR_CODES = {
  BAD_PARAMETER: { status: 400, description: 'A path or query parameter is missing, malformed or unknown; the message names it.' },
  NOT_FOUND: { status: 404, description: 'No goal, indicator, area or page at that address.' },
  NOT_INITIALISED: { status: 503, description: 'The database has no framework yet: run `sdg-tracker init`.' },
  INTERNAL: { status: 500, description: 'An unexpected failure; the server log has the details.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error the API reports as-is to the client. */
export class ApiError extends Error {
  readonly statusCode: number;
  constructor(readonly code: ErrorCode, message: string) {
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

/** The JSON body for an error. */
export function errorBody(code: ErrorCode, message: string): { error: { code: ErrorCode; message: string; statusCode: number } } {
  return { error: { code, message, statusCode: ERROR_CODES[code].status } };
}
