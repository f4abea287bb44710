import type { z } from 'zod';
import type { meResponse, signedInResponse } from '../../../src/api/auth/schema.ts';
import type { notificationListResponse, notificationSchema } from '../../../src/api/notifications/schema.ts';
import type { userSchema } from '../../../src/api/users/schema.ts';
import type { UserRole } from '../../../src/domain/index.ts';
import { ApiError, apiGet, apiSend, type CallOptions } from './client.ts';

/**
 * The signed-in person's own calls: who am I (`GET /auth/me`), sign in and out, change my password, and my in-app
 * notifications. Every call goes through the one API client, so errors arrive as {@link ApiError}.
 */

export type { UserRole };

/** The signed-in user as `GET /auth/me` and `POST /auth/login` describe it (never a password hash). */
export type SessionUser = z.infer<typeof userSchema>;

/** A session: its user, the CSRF token every state-changing request sends, and when it ends unless used. */
export type SessionAnswer = z.infer<typeof signedInResponse>['data'];

/**
 * `GET /auth/me`: the session the browser's cookie opens, or null when there is none (an anonymous answer, or 401).
 * @throws ApiError for any other failure (network, server).
 */
export async function getMe(options: CallOptions = {}): Promise<SessionAnswer | null> {
  try {
    const answer = await apiGet<z.infer<typeof meResponse>['data']>('/auth/me', {}, options);
    return answer.user && answer.csrfToken ? answer : null;
  } catch (e) {
    if (e instanceof ApiError && e.statusCode === 401) return null;
    throw e;
  }
}

/**
 * `POST /auth/login`: opens a new session (the server sets the cookie).
 * @throws ApiError BAD_CREDENTIALS (401), ACCOUNT_LOCKED (423, `details.lockedUntil`), TOO_MANY_REQUESTS (429).
 */
export function logIn(username: string, password: string): Promise<SessionAnswer> {
  return apiSend<SessionAnswer>('POST', '/auth/login', { username, password });
}

/** `POST /auth/logout`: ends the session; a session that already expired counts as ended. */
export async function logOut(): Promise<void> {
  try {
    await apiSend<void>('POST', '/auth/logout');
  } catch (e) {
    if (!(e instanceof ApiError && e.statusCode === 401)) throw e;
  }
}

/**
 * `POST /auth/password`: replaces the signed-in user's password (and clears `mustChangePassword`).
 * @throws ApiError BAD_CREDENTIALS when the current password is wrong, VALIDATION_FAILED / BAD_PARAMETER when the new
 * one is refused (the message says why).
 */
export function changePassword(currentPassword: string, newPassword: string): Promise<SessionAnswer> {
  return apiSend<SessionAnswer>('POST', '/auth/password', { currentPassword, newPassword });
}

/**
 * One in-app notification: `kind` names the event (`submission.submitted`, `submission.returned` …), `payload` the
 * values the site words it with (`{ submissionId: 7, indicator: '3.2.1', by: 'Rahima Akter', comment }`), `link` the
 * site page it is about.
 */
export type AppNotification = z.infer<typeof notificationSchema>;

/** `GET /notifications`: the signed-in user's latest notifications, newest first, with the number unread. @throws ApiError. */
export function getNotifications(options: CallOptions = {}): Promise<z.infer<typeof notificationListResponse>['data']> {
  return apiGet('/notifications', {}, options);
}

/** `POST /notifications/{id}/read`: marks one notification read. @throws ApiError. */
export function markNotificationRead(id: number): Promise<AppNotification> {
  return apiSend<AppNotification>('POST', `/notifications/${id}/read`);
}

/** `POST /notifications/read-all`: marks every notification of the user read. @throws ApiError. */
export function markAllNotificationsRead(): Promise<{ updated: number }> {
  return apiSend<{ updated: number }>('POST', '/notifications/read-all');
}
