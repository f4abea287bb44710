import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { USER_ROLES, type UserRole } from '../domain/index.ts';
import { findUserForLogin, listUsers, migrateToLatest, openStore, type Store, type User } from '../store/index.ts';
import { AccountError, createAccount, normaliseUsername, resetPassword } from '../workflow/auth/index.ts';

interface AddOptions {
  username: string;
  role: string;
  name?: string;
  email?: string;
  organisation: string[];
  passwordStdin?: boolean;
  mustChangePassword?: boolean;
}

/**
 * `sdg-tracker user add | reset-password | list`: accounts from the command line, typically the first admin of a new
 * installation. There is no default password: it comes from standard input (`--password-stdin`, one line; a final
 * newline is dropped) or is typed twice, unseen, on a terminal; without either the command refuses. Changes are audit
 * events without a user (the command line). Opens the configured store (DATABASE_URL) and migrates its schema.
 * @example printf '%s\n' "$ADMIN_PASSWORD" | sdg-tracker user add --username chief --role admin --name "SDG Office" --password-stdin
 */
export function registerUser(program: Command): void {
  const command = program.command('user').description('manage the accounts that sign in to the work areas');

  command.command('add')
    .description('create an account (the password from --password-stdin or typed twice on a terminal)')
    .requiredOption('--username <name>', '2–64 lower-case letters, digits, ".", "_", "-" or "@"')
    .requiredOption('--role <role>', `one of ${USER_ROLES.join(', ')}`)
    .option('--name <display name>', 'the name shown in the work areas (default: the user name)')
    .option('--email <address>', 'e-mail address')
    .option('--organisation <id>', 'an organisation the user works for; repeat for several (a provider needs one)', collect, [])
    .option('--password-stdin', 'read the password from standard input')
    .option('--must-change-password', 'ask for a new password at first sign-in')
    .action(async (options: AddOptions) => {
      if (!(USER_ROLES as readonly string[]).includes(options.role)) {
        throw new Error(`--role: "${options.role}" is not one of ${USER_ROLES.join(', ')}`);
      }
      const password = await readNewPassword(options.passwordStdin === true);
      await withStore(async (store) => {
        const user = await cliAccountAction(() => createAccount(store.db, {
          username: options.username, displayName: options.name ?? options.username, email: options.email ?? null,
          role: options.role as UserRole, organisations: options.organisation, password,
          mustChangePassword: options.mustChangePassword === true,
        }, null));
        process.stdout.write(`Created ${user.role} "${user.username}" (id ${user.id}) in ${store.location}\n`);
      });
    });

  command.command('reset-password <username>')
    .description("set a user's password, lift a lock-out and end the user's sessions")
    .option('--password-stdin', 'read the password from standard input')
    .option('--must-change-password', 'ask for a new password at next sign-in')
    .action(async (username: string, options: { passwordStdin?: boolean; mustChangePassword?: boolean }) => {
      const password = await readNewPassword(options.passwordStdin === true);
      await withStore(async (store) => {
        const user = await findUserForLogin(store.db, normaliseUsername(username));
        if (!user) throw new Error(`no user "${username}" in ${store.location}`);
        await cliAccountAction(() => resetPassword(store.db, user.id, password, null, { mustChange: options.mustChangePassword === true }));
        process.stdout.write(`Password of "${user.username}" set; the account is unlocked and signed out everywhere\n`);
      });
    });

  command.command('list')
    .description('list the accounts')
    .option('--json', 'print one JSON array of {id, username, displayName, email, role, organisations, mustChangePassword, disabled, lockedUntil}')
    .action(async (options: { json?: boolean }) => {
      await withStore(async (store) => {
        const users = await listUsers(store.db);
        process.stdout.write(options.json ? `${JSON.stringify(users)}\n` : userTable(users, new Date()));
      });
    });
}

/** `id  username  role  name  organisations  state`, one line per user, columns padded. */
function userTable(users: User[], now: Date): string {
  if (users.length === 0) return 'No users yet: create the first admin with `sdg-tracker user add --role admin`.\n';
  const rows = [['id', 'username', 'role', 'name', 'organisations', 'state'], ...users.map((u) => [
    String(u.id), u.username, u.role, u.displayName, u.organisations.join(',') || '-', [
      u.disabled ? 'disabled' : '', u.lockedUntil && u.lockedUntil > now.toISOString() ? `locked until ${u.lockedUntil}` : '',
      u.mustChangePassword ? 'must change password' : '',
    ].filter(Boolean).join(', ') || 'active',
  ])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}

/** Opens the configured store, migrates it, runs `work` and closes the store. */
async function withStore(work: (store: Store) => Promise<void>): Promise<void> {
  const store = openStore(loadConfig(process.env).databaseUrl);
  try {
    await migrateToLatest(store);
    await work(store);
  } finally {
    await store.close();
  }
}

/** The command line's names for the fields an account error names: `parameter organisations:` → `--organisation:`. */
const OPTION_OF: Record<string, string> = {
  username: '--username', displayName: '--name', email: '--email', role: '--role', organisations: '--organisation',
  password: 'password', newPassword: 'password',
};

/** Runs an account action; a refusal becomes an Error whose message names the option. */
async function cliAccountAction<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (e) {
    if (!(e instanceof AccountError)) throw e;
    throw new Error(e.message.replace(/^parameter (\w+):/, (whole, field: string) => `${OPTION_OF[field] ?? whole.slice(10, -1)}:`));
  }
}

/**
 * The new password: all of standard input with `--password-stdin` (one final newline dropped), else typed twice on a
 * terminal without echo.
 * @throws Error when none arrives (empty input, no terminal) or the two typed passwords differ.
 */
async function readNewPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
    const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
    if (password === '') throw new Error('no password arrived on standard input');
    return password;
  }
  if (!process.stdin.isTTY) {
    throw new Error('no password: pipe it in with --password-stdin, or run the command on a terminal to type it');
  }
  const first = await promptHidden('Password: ');
  if (first === '') throw new Error('no password typed');
  const second = await promptHidden('Repeat password: ');
  if (first !== second) throw new Error('the two passwords differ');
  return first;
}

/** Asks on stderr and reads one line from the terminal without showing it (Enter ends, Backspace deletes, Ctrl-C stops). */
function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  input.setRawMode(true);
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error: Error | null): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(null);
        if (ch === '\u0003') return finish(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
