import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Third parties' credentials at rest (payment providers' keys, game aggregators' signing
 * secrets): AES-256-GCM under SECRETS_ENCRYPTION_KEY, a fresh 12-byte nonce each time, and
 * the row's identity (tenant, provider) as additional data, so a ciphertext copied to another
 * row does not open. Layout: version byte 1 | nonce (12) | tag (16) | ciphertext.
 */
const VERSION = 1;

function keyOf(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('SECRETS_ENCRYPTION_KEY must be 32 bytes');
  return key;
}

export function seal(keyBase64: string, aad: string, plaintext: string): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(keyBase64), nonce);
  cipher.setAAD(Buffer.from(aad));
  const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), sealed]);
}

/** The plaintext of `blob`; throws if the key, the additional data or the bytes are not the sealing ones. */
export function unseal(keyBase64: string, aad: string, blob: Buffer): string {
  if (blob[0] !== VERSION) throw new Error('unknown sealed format');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(keyBase64), blob.subarray(1, 13));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(blob.subarray(13, 29));
  return Buffer.concat([decipher.update(blob.subarray(29)), decipher.final()]).toString('utf8');
}
