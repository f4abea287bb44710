import type { FastifyInstance } from 'fastify';

/** A route as the app registers it: `{ method: 'POST', url: '/api/v1/submissions/:id/approve' }`. */
export interface RegisteredRoute {
  method: string;
  url: string;
}

/** The methods that change state, and so need a session's CSRF token. */
export const STATE_CHANGING_METHODS: readonly string[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Every route a ready app answers, one per method, read from Fastify's own route tree (`printRoutes` with
 * `commonPrefix: false`), so a route added later is listed without anyone naming it.
 * @example (await registeredRoutes(app)).filter((r) => r.method === 'DELETE')
 *   // [{ method: 'DELETE', url: '/api/v1/validation-rules/:id' }, …]
 */
export async function registeredRoutes(app: FastifyInstance): Promise<RegisteredRoute[]> {
  await app.ready();
  return parseRouteTree(app.printRoutes({ commonPrefix: false }));
}

/** The state-changing routes under a prefix, sorted as `METHOD url` strings: `['DELETE /api/v1/organisations/:id', …]`. */
export async function stateChangingRoutes(app: FastifyInstance, prefix = '/api/v1/'): Promise<string[]> {
  return (await registeredRoutes(app))
    .filter((r) => STATE_CHANGING_METHODS.includes(r.method) && r.url.startsWith(prefix))
    .map((r) => `${r.method} ${r.url}`)
    .sort();
}

/**
 * Reads the tree `printRoutes` draws: each line is a path segment that continues its parent's path, with the methods
 * in parentheses; lines without methods are shared prefixes.
 * @example parseRouteTree('├── /api/v1/users (GET, POST)\n│   └── /:id (PATCH)\n')
 *   // [{ method: 'GET', url: '/api/v1/users' }, { method: 'POST', url: '/api/v1/users' }, { method: 'PATCH', url: '/api/v1/users/:id' }]
 */
export function parseRouteTree(tree: string): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    const url = (stack[depth - 1] ?? '') + match[2]!;
    stack.push(url);
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim()).filter((m) => m !== '')) routes.push({ method, url });
  }
  return routes;
}
