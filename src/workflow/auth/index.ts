export * from './account-error.ts';
export * from './log-in.ts';
export * from './own-password.ts';
export * from './passwords.ts';
export * from './throttle-policy.ts';
export * from './user-admin.ts';
