import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP server answering each path with a handler the test sets, for reading feeds through the real global
 * fetch. `url(path)` gives the address; `close()` stops it.
 */
export async function feedServer(): Promise<{
  url: (path: string) => string;
  on: (path: string, handler: (req: IncomingMessage, res: ServerResponse) => void) => void;
  json: (path: string, body: unknown, headers?: Record<string, string>) => void;
  requests: { path: string; ifNoneMatch: string | undefined }[];
  close: () => Promise<void>;
}> {
  const handlers = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const requests: { path: string; ifNoneMatch: string | undefined }[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path: req.url ?? '/', ifNoneMatch: req.headers['if-none-match'] });
    const handler = handlers.get(path);
    if (!handler) { res.writeHead(404, { 'content-type': 'application/json' }); res.end('{}'); return; }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${base}${path}`,
    on: (path, handler) => { handlers.set(path, handler); },
    json: (path, body, headers = {}) => handlers.set(path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    }),
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A valid case as a feed carries it, with overrides. */
export function feedCase(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Online birth registration', summary: 'Births registered at union centres', problem: null, solution: null, countryIso3: 'BGD',
    countries: [], administrativeLevel: 'union', startDate: '2011-01-01', types: ['service'], tags: ['civil registration'], goals: ['16'],
    targets: ['16.9'], stage: 'national', stageHistory: [{ stage: 'national', date: '2013-07-01', note: null }],
    organisations: [{ id: 'a2i', name: 'Aspire to Innovate (a2i)', countryIso3: 'BGD', website: null, role: 'lead' }],
    coverage: { unitsLive: 4554, unitsEligible: 4554, asOf: '2020-12-31' },
    institutionalisation: { legalBasis: null, budgetLine: null, mandatoryFrom: null }, transferability: { prerequisites: null, openSourceLicence: null },
    evidence: [{ id: 'claim', kind: 'press release', metric: null, before: null, after: null, unit: null, period: null, sampleSize: null,
      strength: 'official_claim', sourceTitle: null, sourceUrl: null, sourceLicence: null, notes: null }],
    contacts: [], contentLicence: 'CC BY 4.0', website: null, ...overrides,
  };
}

/** A feed page holding these entries. */
export function page(entries: unknown[], options: { full?: boolean; next?: string | null } = {}): Record<string, unknown> {
  return { format: 'sdg-tracker-innovations-feed', version: 1, generatedAt: '2026-11-29T12:00:00Z', full: options.full ?? true, entries, next: options.next ?? null };
}
