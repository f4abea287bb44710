import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressKey, addressWindowOpenSince, isLocked, lockEnd, lockOpenSince, nameKey, retryAfterSeconds } from '../../../src/workflow/auth/index.ts';

describe('log-in throttle policy', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');

  it('addressKey prefixes the address: 10.0.0.5 → ip:10.0.0.5', () => {
    assert.equal(addressKey('10.0.0.5'), 'ip:10.0.0.5');
  });

  it('nameKey keys a user name by its SHA-256: nobody → user:6382b3cc…', () => {
    assert.equal(nameKey('nobody'), 'user:6382b3cc881412b77bfcaeed026001c00d9e3025e66c20f6e7e92f079851462a');
  });

  it('lockOpenSince is 15 minutes back: a lock that started then has ended', () => {
    assert.equal(lockOpenSince(now), '2026-03-01T09:45:00.000Z');
  });

  it('isLocked holds until the lock-out ends, not at its end', () => {
    assert.equal(isLocked('2026-03-01T10:00:00.001Z', now), true);
    assert.equal(isLocked('2026-03-01T10:00:00.000Z', now), false);
    assert.equal(isLocked(null, now), false);
  });

  it('lockEnd is 15 minutes on; the address window opened 15 minutes back', () => {
    assert.equal(lockEnd(now), '2026-03-01T10:15:00.000Z');
    assert.equal(addressWindowOpenSince(now), '2026-03-01T09:45:00.000Z');
  });

  it('retryAfterSeconds counts whole seconds to the end of the window, at least 1', () => {
    assert.equal(retryAfterSeconds('2026-03-01T09:50:00.000Z', now), 300);
    assert.equal(retryAfterSeconds('2026-03-01T09:45:00.500Z', now), 1);
    assert.equal(retryAfterSeconds('2026-03-01T09:40:00.000Z', now), 1);
  });
});
