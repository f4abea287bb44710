import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'sdg-config-'));

  it('gives the documented defaults: port 3000, SQLite file data/tracker.db, log level info', () => {
    const config = loadConfig({}, cwd);
    assert.deepEqual({ port: config.port, databaseUrl: config.databaseUrl, logLevel: config.logLevel }, {
      port: 3000, databaseUrl: `file:${join(cwd, 'data', 'tracker.db')}`, logLevel: 'info',
    });
  });

  it('takes the environment over the config file, and the file for what the environment does not set', () => {
    const path = join(cwd, 'settings.json');
    writeFileSync(path, JSON.stringify({ PORT: 8080, LOG_LEVEL: 'warn' }));
    const config = loadConfig({ SDG_TRACKER_CONFIG: path, LOG_LEVEL: 'debug' }, cwd);
    assert.deepEqual({ port: config.port, logLevel: config.logLevel }, { port: 8080, logLevel: 'debug' });
  });

  it('reports every problem at once, naming the setting and the value', () => {
    const bad = join(cwd, 'bad.json');
    writeFileSync(bad, '{ PORT: 1');
    assert.throws(() => loadConfig({ SDG_TRACKER_CONFIG: bad, PORT: '', DATABASE_URL: 'mysql://db/sdg' }, cwd), (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      assert.equal(e.problems.length, 3);
      assert.match(e.problems[0]!, /bad\.json: not valid JSON/);
      assert.equal(e.problems[1], 'PORT: "" is not a port number (0–65535)');
      assert.equal(e.problems[2], 'DATABASE_URL: "mysql://db/sdg" is neither postgres://… nor file:<path>');
      return true;
    });
  });
});
