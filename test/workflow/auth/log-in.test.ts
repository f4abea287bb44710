import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findUserForLogin, listAudit, openStore, type Store } from '../../../src/store/index.ts';
import { AccountError, logIn, LOCK_MS, ADDRESS_WINDOW_MS } from '../../../src/workflow/auth/index.ts';
import { signIn, TEST_PASSWORD } from '../../support/auth.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../../support/stores.ts';

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
