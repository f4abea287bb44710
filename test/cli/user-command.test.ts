import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { findUserForLogin, listAudit, type Store } from '../../src/store/index.ts';
import { verifyPassword } from '../../src/workflow/auth/index.ts';
import { dialectOptions, freshStore, STORE_DIALECTS } from '../support/stores.ts';

/** Runs `sdg-tracker <args>` as the package does, with `input` on standard input (closed at once when absent). */
function sdgTracker(databaseUrl: string, args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const PASSWORD = 'office key 2030 goals';

for (const dialect of STORE_DIALECTS) {
  describe(`sdg-tracker user on ${dialect}`, dialectOptions(dialect), () => {
    let store: Store;
    let url: string;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ store, url, dispose } = await freshStore(dialect));
    });
    after(async () => { await dispose(); });

    it('user add --password-stdin creates an admin whose password verifies, audited without a user', async () => {
      const r = await sdgTracker(url, ['user', 'add', '--username', 'chief', '--role', 'admin', '--name', 'SDG Office', '--email', 'sdg@example.org', '--password-stdin'], `${PASSWORD}\n`);
      assert.equal(r.stderr, '');
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^Created admin "chief" \(id \d+\) in /);
      const user = await findUserForLogin(store.db, 'chief');
      assert.deepEqual(
        [user?.role, user?.displayName, user?.email, user?.mustChangePassword, await verifyPassword(user!.passwordHash, PASSWORD)],
        ['admin', 'SDG Office', 'sdg@example.org', false, true],
      );
      const [event] = await listAudit(store.db, { action: 'user.create', entityId: String(user!.id) });
      assert.equal(event?.userId, null);
    });

    it('user add refuses without a password: no --password-stdin and no terminal, or empty input', async () => {
      const none = await sdgTracker(url, ['user', 'add', '--username', 'nopass', '--role', 'admin']);
      assert.equal(none.code, 1);
      assert.equal(none.stderr, 'sdg-tracker: no password: pipe it in with --password-stdin, or run the command on a terminal to type it\n');
      const empty = await sdgTracker(url, ['user', 'add', '--username', 'nopass', '--role', 'admin', '--password-stdin'], '\n');
      assert.equal(empty.code, 1);
      assert.equal(empty.stderr, 'sdg-tracker: no password arrived on standard input\n');
      assert.equal(await findUserForLogin(store.db, 'nopass'), undefined);
    });

    it('user add names the option it refuses: a short password, a provider without organisation, an unknown one', async () => {
      const short = await sdgTracker(url, ['user', 'add', '--username', 'p1', '--role', 'viewer', '--password-stdin'], 'short');
      assert.equal(short.stderr, 'sdg-tracker: password: must have at least 12 characters\n');
      const provider = await sdgTracker(url, ['user', 'add', '--username', 'p1', '--role', 'provider', '--password-stdin'], PASSWORD);
      assert.equal(provider.stderr, 'sdg-tracker: --organisation: a provider needs at least one organisation\n');
      const unknown = await sdgTracker(url, ['user', 'add', '--username', 'p1', '--role', 'provider', '--organisation', 'BBS', '--organisation', 'XYZ', '--password-stdin'], PASSWORD);
      assert.equal(unknown.stderr, 'sdg-tracker: --organisation: no organisation "BBS", "XYZ"\n');
      assert.equal(unknown.code, 1);
    });

    it('user reset-password sets the password from stdin and user list --json shows the account', async () => {
      const reset = await sdgTracker(url, ['user', 'reset-password', 'chief', '--password-stdin', '--must-change-password'], 'a brand new passphrase\n');
      assert.equal(reset.code, 0, reset.stderr);
      const user = await findUserForLogin(store.db, 'chief');
      assert.equal(await verifyPassword(user!.passwordHash, 'a brand new passphrase'), true);
      const list = await sdgTracker(url, ['user', 'list', '--json']);
      assert.deepEqual(JSON.parse(list.stdout), [{
        id: user!.id, username: 'chief', displayName: 'SDG Office', email: 'sdg@example.org', role: 'admin', organisations: [],
        mustChangePassword: true, disabled: false, lockedUntil: null,
      }]);
    });
  });
}
