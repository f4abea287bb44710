import { z } from 'zod';
import { USER_ROLES } from '../../domain/index.ts';
import { envelope, errorSchema } from '../common-schema.ts';

const roleSchema = z.enum(USER_ROLES as unknown as ['admin', 'reviewer', 'provider', 'viewer'])
  .describe('admin: SDG office; reviewer: statistics office; provider: a ministry or agency; viewer: reads the work areas');

/** A user's public fields (never the password hash): what `GET /users` and `GET /auth/me` answer. */
export const userSchema = z.object({
  id: z.number().int(),
  username: z.string().meta({ example: 'rahim.bbs' }),
  displayName: z.string().meta({ example: 'Rahim Uddin' }),
  email: z.string().nullable(),
  role: roleSchema,
  organisations: z.array(z.string()).describe('Organisation ids the user works for').meta({ example: ['BBS'] }),
  mustChangePassword: z.boolean().describe('The user must choose a new password (POST /auth/password) before working'),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable().describe('ISO time until which log-in is refused after too many failures'),
});

/** The error envelope (see common-schema.ts), with `details` such as `{ lockedUntil }` when the error has them. */
export const accountErrorSchema = errorSchema;

/** The failures account routes answer, for the OpenAPI document. */
export const accountErrorResponses = {
  400: accountErrorSchema, 401: accountErrorSchema, 403: accountErrorSchema, 404: accountErrorSchema, 409: accountErrorSchema,
} as const;

const password = z.string().max(1000).describe('At least 12 characters, no leading or trailing spaces');
const organisations = z.array(z.string().min(1).max(100)).max(500);

export const userParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const createUserBody = z.strictObject({
  username: z.string().min(1).max(64).describe('2–64 lower-case letters, digits, ".", "_", "-", "@"'),
  displayName: z.string().max(200),
  email: z.string().max(254).nullable().optional(),
  role: roleSchema,
  organisations: organisations.default([]).describe('Organisation ids; a provider needs at least one'),
  password,
  mustChangePassword: z.boolean().default(true).describe('Ask for a new password at first sign-in (default true)'),
});

export const updateUserBody = z.strictObject({
  displayName: z.string().max(200).optional(),
  email: z.string().max(254).nullable().optional().describe('null clears it'),
  role: roleSchema.optional(),
  organisations: organisations.optional(),
  disabled: z.boolean().optional().describe('A disabled user cannot sign in; their sessions end'),
});

export const resetPasswordBody = z.strictObject({ newPassword: password });

export const userResponse = envelope(userSchema);
export const userListResponse = envelope(z.array(userSchema));
