import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findUserForLogin, listAudit, openStore, type Store } from '../../../src/store/index.ts';
import { AccountError, logIn, LOCK_MS, ADDRESS_WINDOW_MS } from '../../../src/workflow/auth/index.ts';
import { signIn, TEST_PASSWORD } from '../../support/auth.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';

/** What a log-in attempt answers: 'ok', or its error's code, message and details. */
async function answerOf(attempt: Promise<unknown>): Promise<{ code: string; message?: string; details?: unknown }> {
  try {
    await attempt;
    return { code: 'ok' };
  } catch (e) {
    if (e instanceof AccountError) return { code: e.code, message: e.message, details: e.details };
    throw e;
  }
}

/** The error code a log-in attempt fails with, or 'ok'. */
async function outcome(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
    return 'ok';
  } catch (e) {
    if (e instanceof AccountError) return e.code;
    throw e;
  }
}

for (const dialect of STORE_DIALECTS) {
  describe(`logIn on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let second: Store;
    let dispose: () => Promise<void>;
    before(async () => {
      const fresh = await freshStore(dialect);
      ({ store, dispose } = fresh);
      second = openStore(fresh.url);
    });
    after(async () => { await second.close(); await dispose(); });

    it('counts failures made through two server processes against one lock-out of 5', async () => {
      await signIn(store.db, 'provider', [], 'tanvir');
      const codes: string[] = [];
      for (let i = 0; i < 5; i++) {
        const db = i % 2 === 0 ? store.db : second.db;
        codes.push(await outcome(logIn(db, { username: 'tanvir', password: 'wrong password', ip: `10.1.0.${i}` })));
      }
      assert.deepEqual(codes, ['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'ACCOUNT_LOCKED']);
      assert.equal(await outcome(logIn(second.db, { username: 'tanvir', password: TEST_PASSWORD, ip: '10.1.0.9' })), 'ACCOUNT_LOCKED');
    });

    it('locks once when 8 wrong passwords arrive at the same moment, and counts every one', async () => {
      const { userId } = await signIn(store.db, 'provider', [], 'burst');
      const codes = await Promise.all(Array.from({ length: 8 }, (_, i) =>
        // Two pools on PostgreSQL; on SQLite one connection (two in one process would block each other's writes).
        outcome(logIn(i % 2 === 0 || dialect === 'sqlite' ? store.db : second.db, { username: 'burst', password: `wrong ${i}`, ip: '10.2.0.1' }))));
      assert.deepEqual(codes.filter((c) => c === 'BAD_CREDENTIALS').length, 4);
      assert.deepEqual(codes.filter((c) => c === 'ACCOUNT_LOCKED').length, 4);
      assert.equal((await listAudit(store.db, { action: 'user.locked', entityId: String(userId) })).length, 1);
      assert.equal((await listAudit(store.db, { action: 'user.login_failed', entityId: String(userId) })).length, 8);
    });

    it('lets the right password in once the 15 minutes of a lock have passed', async () => {
      await signIn(store.db, 'viewer', [], 'later');
      const start = new Date('2030-01-01T08:00:00.000Z');
      for (let i = 0; i < 5; i++) await outcome(logIn(store.db, { username: 'later', password: 'wrong password', ip: '10.3.0.1' }, start));
      const justBefore = new Date(start.getTime() + LOCK_MS - 1000);
      assert.equal(await outcome(logIn(store.db, { username: 'later', password: TEST_PASSWORD, ip: '10.3.0.2' }, justBefore)), 'ACCOUNT_LOCKED');
      const afterwards = new Date(start.getTime() + LOCK_MS);
      const { user } = await logIn(store.db, { username: 'later', password: TEST_PASSWORD, ip: '10.3.0.2' }, afterwards);
      assert.equal(user.lockedUntil, null);
      const row = await findUserForLogin(store.db, 'later');
      assert.deepEqual([row?.failedLogins, row?.lockedUntil], [0, null]);
    });

    it('answers a user name no account holds as it answers an account: 401 four times, then 423 until the same end, whatever the password', async () => {
      await signIn(store.db, 'provider', [], 'karim');
      const start = new Date('2030-03-01T08:00:00.000Z');
      const run = async (username: string, ip: string): Promise<unknown[]> => {
        const answers = [];
        for (let i = 0; i < 6; i++) {
          const at = new Date(start.getTime() + i * 1000);
          answers.push(await answerOf(logIn(store.db, { username, password: i === 5 ? TEST_PASSWORD : `wrong ${i}`, ip }, at)));
        }
        return answers;
      };
      const account = await run('karim', '10.5.0.1');
      const unknown = await run('karima', '10.5.0.2');
      assert.deepEqual(unknown, account);
      const lockedUntil = new Date(start.getTime() + 4000 + LOCK_MS).toISOString();
      assert.deepEqual(unknown.map((a) => (a as { code: string }).code), ['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
      assert.deepEqual(unknown[5], { code: 'ACCOUNT_LOCKED', message: `too many failed log-ins: this account is locked until ${lockedUntil}`, details: { lockedUntil } });
    });

    it('locks a user name no account holds once when 8 failures arrive at the same moment, as it locks an account', async () => {
      const codes = await Promise.all(Array.from({ length: 8 }, (_, i) =>
        outcome(logIn(i % 2 === 0 || dialect === 'sqlite' ? store.db : second.db, { username: 'no-such-burst', password: `wrong ${i}`, ip: '10.2.0.2' }))));
      assert.deepEqual([codes.filter((c) => c === 'BAD_CREDENTIALS').length, codes.filter((c) => c === 'ACCOUNT_LOCKED').length], [4, 4]);
    });

    it('starts a new run for a user name no account holds once its lock has passed, as for an account', async () => {
      await signIn(store.db, 'viewer', [], 'selim');
      const start = new Date('2030-04-01T08:00:00.000Z');
      for (const username of ['selim', 'selima']) {
        for (let i = 0; i < 5; i++) await outcome(logIn(store.db, { username, password: 'wrong', ip: '10.6.0.1' }, start));
      }
      const afterwards = new Date(start.getTime() + LOCK_MS);
      const codes = async (username: string): Promise<string[]> => {
        const list = [];
        for (let i = 0; i < 5; i++) list.push(await outcome(logIn(store.db, { username, password: 'wrong', ip: `10.6.1.${i}` }, afterwards)));
        return list;
      };
      const expected = ['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'ACCOUNT_LOCKED'];
      assert.deepEqual([await codes('selim'), await codes('selima')], [expected, expected]);
    });

    it('keeps the run of a user name no account holds when a later success prunes the throttle, as an account keeps its count', async () => {
      await signIn(store.db, 'viewer', [], 'nadia');
      await signIn(store.db, 'viewer', [], 'someone-else');
      const start = new Date('2030-05-01T08:00:00.000Z');
      for (const username of ['nadia', 'nadiya']) {
        for (let i = 0; i < 4; i++) await outcome(logIn(store.db, { username, password: 'wrong', ip: '10.7.0.1' }, start));
      }
      const later = new Date(start.getTime() + 2 * LOCK_MS);
      assert.equal(await outcome(logIn(store.db, { username: 'someone-else', password: TEST_PASSWORD, ip: '10.7.0.2' }, later)), 'ok');
      assert.deepEqual([
        await outcome(logIn(store.db, { username: 'nadia', password: 'wrong', ip: '10.7.0.3' }, later)),
        await outcome(logIn(store.db, { username: 'nadiya', password: 'wrong', ip: '10.7.0.3' }, later)),
      ], ['ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
      const rows = await store.db.selectFrom('login_throttle').select('key').where('key', 'like', 'user:%').execute();
      assert.ok(rows.every((r) => /^user:[0-9a-f]{64}$/.test(r.key)), 'name keys hold a digest, not the typed name');
    });

    it('opens an address again when its 15-minute window has passed', async () => {
      const start = new Date('2030-02-01T08:00:00.000Z');
      await signIn(store.db, 'viewer', [], 'window');
      for (let i = 0; i < 20; i++) await outcome(logIn(store.db, { username: `ghost-${i}`, password: 'x', ip: '10.4.0.1' }, start));
      const inside = new Date(start.getTime() + ADDRESS_WINDOW_MS - 1);
      assert.equal(await outcome(logIn(store.db, { username: 'window', password: TEST_PASSWORD, ip: '10.4.0.1' }, inside)), 'TOO_MANY_REQUESTS');
      const outside = new Date(start.getTime() + ADDRESS_WINDOW_MS);
      assert.equal(await outcome(logIn(store.db, { username: 'window', password: TEST_PASSWORD, ip: '10.4.0.1' }, outside)), 'ok');
    });
  });
}
