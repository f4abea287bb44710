import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * Password hashing with argon2id at the OWASP Password Storage Cheat Sheet's first recommended setting
 * (m = 19 MiB, t = 2, p = 1). Hashes are PHC strings (`$argon2id$v=19$m=19456,t=2,p=1$…`) and carry their parameters,
 * so stronger settings later still verify old hashes.
 */
/** `Algorithm.Argon2id` (an ambient const enum, which this project's module syntax cannot reference by name). */
const ARGON2ID = 2 as Algorithm.Argon2id;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Shortest password accepted (NIST SP 800-63B §5.1.1.2 asks for at least 8; we ask for 12). */
export const MIN_PASSWORD_LENGTH = 12;

/** The argon2id PHC string of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Whether a password matches a stored hash; false (never a throw) for a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** Why a new password is refused, or null when it is acceptable: `passwordProblem('short')` → 'at least 12 characters'. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.trim() !== password) return 'must not start or end with spaces';
  return null;
}
