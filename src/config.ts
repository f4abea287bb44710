import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every setting, read once at start from environment variables, overridden by nothing deeper; an optional JSON
 * config file (`SDG_TRACKER_CONFIG`, default `./sdg-tracker.config.json`) supplies values the environment does not.
 * All problems are reported together by {@link ConfigError}.
 */
export interface Config {
  /** HTTP port. `PORT`, default 3000; 0 takes any free port. */
  port: number;
  /** Listen address. `HOST`, default `0.0.0.0`. */
  host: string;
  /**
   * `DATABASE_URL`: `postgres://…` for PostgreSQL, `file:<path>` (or a path) for SQLite.
   * Default `file:data/tracker.db` under the working directory.
   */
  databaseUrl: string;
  /** `LOG_LEVEL`: pino level, default `info`. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** `WEB_ROOT`: folder of the built public site, default `dist/web`. */
  webRoot: string;
  /**
   * `TRUST_PROXY`: which proxies' `X-Forwarded-For` / `X-Forwarded-Proto` to believe, so the log-in limit counts the
   * client's address and the session cookie is `Secure` behind an HTTPS load balancer. `false` (default), `true`
   * (any), a number of hops, or a comma-separated list of addresses or CIDR ranges (`10.0.0.0/8,127.0.0.1`).
   */
  trustProxy: boolean | number | string[];
  /**
   * Per-client request limits of the API, counted per client address (after `TRUST_PROXY`) in one-minute windows
   * shared by every server on the database: `RATE_LIMIT_READS` requests a minute for ordinary reads (default 600),
   * `RATE_LIMIT_EXPENSIVE` for bulk downloads, exports and search (default 60); `RATE_LIMIT_READS=0` turns limits off.
   */
  rateLimits: RateLimitSettings | null;
}

/** Requests a client may make in each window: ordinary routes, and the expensive ones (downloads, exports, search). */
export interface RateLimitSettings {
  reads: number;
  expensive: number;
  /** Window length in milliseconds (60000). */
  windowMs: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Thrown when settings are wrong; `problems` lists each one, e.g. `PORT: "abc" is not a port number (1–65535)`. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * Reads the configuration from `env` (normally `process.env`) and the optional config file.
 * @throws ConfigError listing every invalid setting.
 * @example loadConfig({ PORT: '8080' }).port // 8080
 */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Readonly<Config> {
  const problems: string[] = [];
  const file = readConfigFile(env.SDG_TRACKER_CONFIG ?? resolve(cwd, 'sdg-tracker.config.json'), env.SDG_TRACKER_CONFIG !== undefined, problems);
  const get = (name: string): string | undefined => env[name] ?? file[name];

  const portText = get('PORT') ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText.trim()) || port > 65535) problems.push(`PORT: "${portText}" is not a port number (0–65535)`);

  const logLevel = get('LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL: "${logLevel}" is not one of ${LOG_LEVELS.join(', ')}`);
  }

  const databaseUrl = get('DATABASE_URL') ?? `file:${resolve(cwd, 'data/tracker.db')}`;
  if (/^[a-z]+:\/\//.test(databaseUrl) && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`DATABASE_URL: "${databaseUrl}" is neither postgres://… nor file:<path>`);
  }

  const trustProxy = parseTrustProxy(get('TRUST_PROXY') ?? 'false', problems);
  const reads = parseCount('RATE_LIMIT_READS', get('RATE_LIMIT_READS') ?? '600', problems);
  const expensive = parseCount('RATE_LIMIT_EXPENSIVE', get('RATE_LIMIT_EXPENSIVE') ?? '60', problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    port,
    host: get('HOST') ?? '0.0.0.0',
    databaseUrl,
    logLevel: logLevel as Config['logLevel'],
    webRoot: resolve(cwd, get('WEB_ROOT') ?? 'dist/web'),
    trustProxy,
    rateLimits: reads === 0 ? null : Object.freeze({ reads, expensive, windowMs: 60_000 }),
  });
}

/** A whole number of requests (0 or more) from a setting, or 0 with a problem named. */
function parseCount(name: string, text: string, problems: string[]): number {
  if (!/^\d+$/.test(text.trim())) {
    problems.push(`${name}: "${text}" is not a whole number of requests a minute`);
    return 0;
  }
  return Number(text);
}

/** `TRUST_PROXY` as Fastify's `trustProxy` option: `false`, `true`, a hop count, or a list of addresses / CIDR ranges. */
function parseTrustProxy(text: string, problems: string[]): Config['trustProxy'] {
  const value = text.trim();
  if (value === 'false' || value === '') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const list = value.split(',').map((v) => v.trim()).filter((v) => v !== '');
  const bad = list.filter((v) => !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(v));
  if (bad.length > 0) problems.push(`TRUST_PROXY: "${bad.join(', ')}" is not true, false, a hop count or a list of addresses/CIDR ranges`);
  return list;
}

/** The config file's settings, or {} when it is absent (a problem when it was named) or unreadable (a problem). */
function readConfigFile(path: string, required: boolean, problems: string[]): Record<string, string> {
  if (!existsSync(path)) {
    if (required) problems.push(`SDG_TRACKER_CONFIG: file ${path} does not exist`);
    return {};
  }
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      problems.push(`${path}: not a JSON object of settings`);
      return {};
    }
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
  } catch (e) {
    problems.push(`${path}: not valid JSON (${(e as Error).message})`);
    return {};
  }
}
