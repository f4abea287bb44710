import { z } from 'zod';
import { envelope } from '../common-schema.ts';
import { accountErrorSchema, userSchema } from '../users/schema.ts';

export const loginBody = z.strictObject({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
});

export const passwordBody = z.strictObject({
  currentPassword: z.string().max(1000),
  newPassword: z.string().max(1000).describe('At least 12 characters, no leading or trailing spaces'),
});

const signedIn = z.object({
  user: userSchema,
  csrfToken: z.string().describe('Send it as X-CSRF-Token with every state-changing request of this session'),
  expiresAt: z.string().describe('ISO time the session ends unless used; each use moves it on'),
});

/** `POST /auth/login` and `POST /auth/password`: the user and the session's CSRF token and expiry. */
export const signedInResponse = envelope(signedIn);

/** `GET /auth/me`: the same, or all three null for an anonymous visitor. */
export const meResponse = envelope(z.union([
  signedIn,
  z.object({ user: z.null(), csrfToken: z.null(), expiresAt: z.null() }),
]));

/** The failures sign-in routes answer, for the OpenAPI document. */
export const signInErrorResponses = {
  400: accountErrorSchema, 401: accountErrorSchema, 403: accountErrorSchema, 423: accountErrorSchema, 429: accountErrorSchema,
} as const;
