/**
 * Sealing a value for a cookie: AES-256-GCM, so the browser can neither read it nor change
 * it unnoticed. A sealed value is base64url of version byte | 12-byte IV | 16-byte tag | ciphertext.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;
/** Far above any session cookie: anything longer is not one of ours, and is not decrypted. */
const MAX_SEALED_CHARS = 8192;

export type SealKey = Buffer & { readonly __sealKey: unique symbol };

/**
 * The cookie key from SESSION_SECRET. Its own HKDF "info", so the same secret could key
 * something else without the two ever sharing a key.
 */
export function sealKey(secret: string): SealKey {
  return Buffer.from(hkdfSync('sha256', secret, 'alteryx-jobs', 'alteryx-jobs session cookie v1', 32)) as SealKey;
}

// The version byte is authenticated too: a value cannot be passed off as another format.
const aad = Buffer.from([VERSION]);

export function seal(key: SealKey, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([aad, iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The plaintext, or null for anything that was not sealed with this key as it stands: it never throws. */
export function unseal(key: SealKey, sealed: string): string | null {
  if (sealed.length > MAX_SEALED_CHARS || !/^[A-Za-z0-9_-]+$/.test(sealed)) return null;
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < HEADER_BYTES || bytes[0] !== VERSION) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(1, 1 + IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(bytes.subarray(1 + IV_BYTES, HEADER_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
