/**
 * A small HTTP client for a listening server, as a browser would talk to it: the session cookie and the CSRF header
 * of a log-in, JSON bodies, JSON answers.
 */

/** A signed-in client: the `sdg_session=<token>` cookie and the session's CSRF token. */
export interface HttpSession {
  cookie: string;
  csrfToken: string;
}

/** An answer: the status and the parsed JSON body (the text when it is not JSON, null when empty). */
export interface HttpAnswer {
  status: number;
  body: any;
}

/**
 * Sends one request to `base + path`. With a session it sends the cookie, and on POST, PUT, PATCH and DELETE its CSRF
 * token; without one, state-changing requests carry `X-CSRF-Token: none` (any value is accepted before log-in).
 * @example await call('http://127.0.0.1:3000', 'POST', `/api/v1/submissions/4/approve`, { session, body: { revision: 3 } })
 */
export async function call(base: string, method: string, path: string, options: { session?: HttpSession; body?: unknown } = {}): Promise<HttpAnswer> {
  const headers: Record<string, string> = {};
  if (options.session) headers.cookie = options.session.cookie;
  if (method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = options.session?.csrfToken ?? 'none';
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(base + path, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await response.text();
  let body: unknown = text === '' ? null : text;
  if (response.headers.get('content-type')?.startsWith('application/json')) body = JSON.parse(text);
  return { status: response.status, body };
}

/**
 * Logs in through `POST /api/v1/auth/login`; answers the status and body, and the session when it succeeded.
 */
export async function logIn(base: string, username: string, password: string): Promise<HttpAnswer & { session: HttpSession | null }> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': 'none' }, body: JSON.stringify({ username, password }),
  });
  const body = await response.json() as { data?: { csrfToken: string } };
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sdg_session='))?.split(';')[0];
  const session = response.ok && cookie && body.data ? { cookie, csrfToken: body.data.csrfToken } : null;
  return { status: response.status, body, session };
}
