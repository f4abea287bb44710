/** Who is signed in, and the pages' guard by role. */
export { SessionProvider, useSession, type SessionValue } from './session-context.tsx';
export { RequireRole } from './require-role.tsx';
export { safeNext, signInPath } from './next-path.ts';
export { useSessionExpiry } from './use-session-expiry.ts';
