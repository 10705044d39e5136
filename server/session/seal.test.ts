/** Sealing: what was sealed comes back; anything else, however close, reads as no session and never throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seal, sealKey, unseal } from './seal.ts';
import { sealSession, unsealSession, type SessionState } from './session-state.ts';

const key = sealKey('a-session-secret-for-tests-only-0123456789');
const STATE: SessionState = {
  id: 'aWQtaWQtaWQtaWQtaWQ',
  token: 'tok',
  tokenExpiresAt: 1_000,
  apiKey: 'admin-key',
  apiSecret: 'admin-secret',
  role: 'curator',
  issuedAt: 0,
  expiresAt: 2_000,
};

describe('seal and unseal', () => {
  it('round-trips any text, with a new IV each time', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(unseal(key, seal(key, text))).toBe(text);
      }),
    );
    expect(seal(key, 'same')).not.toBe(seal(key, 'same'));
  });

  it('is base64url of version 1, a 12-byte IV, a 16-byte tag and the ciphertext', () => {
    const bytes = Buffer.from(seal(key, 'abc'), 'base64url');
    expect(bytes[0]).toBe(1);
    expect(bytes.length).toBe(1 + 12 + 16 + 3);
  });

  it('a flipped byte anywhere (version, IV, tag, ciphertext) reads as nothing', () => {
    const bytes = Buffer.from(seal(key, JSON.stringify(STATE)), 'base64url');
    for (let i = 0; i < bytes.length; i++) {
      const changed = Buffer.from(bytes);
      changed[i]! ^= 0x01;
      expect(unseal(key, changed.toString('base64url')), `byte ${i}`).toBeNull();
    }
  });

  it('a wrong key, a truncated value, or garbage read as nothing', () => {
    const sealed = seal(key, 'hello');
    expect(unseal(sealKey('another-secret-another-secret-another-secret'), sealed)).toBeNull();
    for (let n = 0; n < sealed.length; n++) expect(unseal(key, sealed.slice(0, n))).toBeNull();
    for (const junk of ['', '=', '!!!!', 'a b', '%41', sealed + '=', 'x'.repeat(10_000)]) expect(unseal(key, junk)).toBeNull();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (junk) => {
        expect(unseal(key, junk)).toBeNull();
      }),
    );
  });
});

describe('a sealed session', () => {
  it('round-trips', () => {
    expect(unsealSession(key, sealSession(key, STATE))).toEqual(STATE);
  });

  it('anything sealed that is not a session reads as none', () => {
    for (const text of ['', 'null', '[]', '{}', '{"id":"x"}', 'not json', JSON.stringify({ ...STATE, role: 'admin' })]) {
      expect(unsealSession(key, seal(key, text)), text).toBeNull();
    }
  });
});
