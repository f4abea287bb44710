import type { User } from '../../store/index.ts';

/** A user as the API shows it: the public fields listed one by one, so nothing else (a hash) can slip out. */
export interface UserBody {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  role: User['role'];
  organisations: string[];
  mustChangePassword: boolean;
  disabled: boolean;
  lockedUntil: string | null;
}

/** `presentUser(user)` → `{ id, username, displayName, email, role, organisations, mustChangePassword, disabled, lockedUntil }`. */
export function presentUser(user: User): UserBody {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    role: user.role,
    organisations: [...user.organisations],
    mustChangePassword: user.mustChangePassword,
    disabled: user.disabled,
    lockedUntil: user.lockedUntil,
  };
}
