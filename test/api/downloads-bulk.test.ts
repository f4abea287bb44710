import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import unzipper from 'unzipper';
import { buildApp } from '../../src/api/app.ts';
import { answer, apiSuite } from '../support/api-suite.ts';
import type { SignedIn } from '../support/auth.ts';
import { dialectOptions, STORE_DIALECTS } from '../support/stores.ts';
import { entry, seedWorkflow, workflowUser } from '../workflow/submissions/workflow-seed.ts';

/** The files of a zip, by name, as text. */
async function unzip(bytes: Buffer): Promise<Map<string, string>> {
  const directory = await unzipper.Open.buffer(bytes);
  const out = new Map<string, string>();
  for (const f of directory.files) out.set(f.path, (await f.buffer()).toString('utf8'));
  return out;
}

/**
 * The bulk download on one data version and the next: the zip lists one CSV per indicator with published data, one
 * SDMX-CSV file and a README; it is kept in the database (a second server answers the same bytes without building);
 * the ETag is the data version (304 while it holds); an approval publishes, and the next request gets a new zip.
 */
for (const dialect of STORE_DIALECTS) {
  describe(`GET /downloads/all.zip on ${dialect}`, dialectOptions(dialect), () => {
    const api = apiSuite(dialect, (store) => seedWorkflow(store, { framework: true }));
    let provider: SignedIn;
    let reviewer: SignedIn;
    let firstTag: string;
    let firstZip: Buffer;
    before(async () => {
      provider = (await workflowUser(api.store, 'provider', ['MOHFW'])).signed;
      reviewer = (await workflowUser(api.store, 'reviewer')).signed;
    });

    it('answers a zip of README.txt, one CSV per indicator with published data and one SDMX-CSV file, with the data version as ETag', async () => {
      const r = await api.app.inject('/api/v1/downloads/all.zip');
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['content-type'], 'application/zip');
      assert.equal(r.headers['content-disposition'], 'attachment; filename="all.zip"');
      // Six observations, ids 1–6, no history yet.
      assert.equal(r.headers.etag, '"6.6.0"');
      firstTag = String(r.headers.etag);
      firstZip = r.rawPayload;
      const files = await unzip(firstZip);
      assert.deepEqual([...files.keys()], ['README.txt', 'indicators/indicator_3-2-1.csv', 'sdg-data.sdmx.csv']);
      assert.equal(files.get('indicators/indicator_3-2-1.csv'), (await api.app.inject('/api/v1/indicators/3.2.1/observations?format=csv')).body);
      assert.equal(files.get('sdg-data.sdmx.csv'), (await api.app.inject('/api/v1/data?format=sdmx-csv')).body);
      assert.match(files.get('README.txt')!, /UN SDG Global Database: CC BY 4\.0/);
      assert.match(files.get('README.txt')!, /Data version: 6\.6\.0/);
    });

    it('answers 304 with no body to If-None-Match naming the current version', async () => {
      const r = await api.app.inject({ url: '/api/v1/downloads/all.zip', headers: { 'if-none-match': firstTag } });
      assert.equal(r.statusCode, 304);
      assert.equal(r.body, '');
    });

    it('another server on the same database answers the same bytes from the stored zip, without building it again', async () => {
      const before = await api.store.db.selectFrom('bulk_downloads').select(['version', 'built_at']).execute();
      let other: FastifyInstance | undefined;
      try {
        other = await buildApp({ store: api.store, config: { logLevel: 'silent', webRoot: '/nonexistent' } });
        const r = await other.inject('/api/v1/downloads/all.zip');
        assert.equal(r.headers.etag, firstTag);
        assert.ok(r.rawPayload.equals(firstZip));
      } finally {
        await other?.close();
      }
      assert.deepEqual(await api.store.db.selectFrom('bulk_downloads').select(['version', 'built_at']).execute(), before);
    });

    it('GET /downloads lists the zip with its version, size and files', async () => {
      const { status, body } = await answer(api.app, '/api/v1/downloads');
      assert.equal(status, 200);
      assert.equal(body.data.length, 1);
      const [zip] = body.data;
      assert.deepEqual([zip.name, zip.url, zip.version, zip.bytes], ['all.zip', '/api/v1/downloads/all.zip', '6.6.0', firstZip.length]);
      assert.deepEqual(zip.files.map((f: { name: string }) => f.name), ['README.txt', 'indicators/indicator_3-2-1.csv', 'sdg-data.sdmx.csv']);
    });

    it('after an approval publishes a 2022 value, the zip has a new ETag, holds the value, and the old ETag gets 200', async () => {
      const call = (who: SignedIn, method: 'POST' | 'PUT', url: string, payload: object) =>
        answer(api.app, { method, url: `/api/v1${url}`, headers: who.headers, payload });
      const opened = await call(provider, 'POST', '/indicators/3.2.1/submission', {});
      const id = opened.body.data.id;
      const saved = await call(provider, 'PUT', `/submissions/${id}/changes`, { changes: [entry({ timePeriod: '2022', value: 26.1 })] });
      const submitted = await call(provider, 'POST', `/submissions/${id}/submit`, { revision: saved.body.data.submission.revision });
      const approved = await call(reviewer, 'POST', `/submissions/${id}/approve`, { revision: submitted.body.data.revision });
      assert.equal(approved.status, 200);

      const r = await api.app.inject({ url: '/api/v1/downloads/all.zip', headers: { 'if-none-match': firstTag } });
      assert.equal(r.statusCode, 200);
      // Seven observations, the new one id 7.
      assert.equal(r.headers.etag, '"7.7.0"');
      const files = await unzip(r.rawPayload);
      assert.match(files.get('indicators/indicator_3-2-1.csv')!, /^3\.2\.1,SH_DYN_MORT,050,2022,_T,26\.1,/m);
      assert.match(files.get('sdg-data.sdmx.csv')!, /,SH_DYN_MORT,50,_T,.*,2022,26\.1,/);
      assert.deepEqual(await api.store.db.selectFrom('bulk_downloads').select('version').execute(), [{ version: '7.7.0' }]);
      const again = await api.app.inject({ url: '/api/v1/downloads/all.zip', headers: { 'if-none-match': '"7.7.0"' } });
      assert.equal(again.statusCode, 304);
    });
  });
}
