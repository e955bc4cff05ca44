import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { ProviderCredentials } from './payments.gateway.js';

/**
 * Provider credentials at rest: AES-256-GCM under PAYMENTS_ENCRYPTION_KEY (config), with a
 * fresh 12-byte nonce each time and the tenant and provider as additional data, so a
 * ciphertext copied to another tenant's or provider's row does not decrypt.
 * Stored layout: version byte 1 | nonce (12) | tag (16) | ciphertext.
 */
const VERSION = 1;

function keyOf(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('PAYMENTS_ENCRYPTION_KEY must be 32 bytes');
  return key;
}

export function encryptCredentials(keyBase64: string, aad: string, credentials: ProviderCredentials): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(keyBase64), nonce);
  cipher.setAAD(Buffer.from(aad));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), sealed]);
}

export function decryptCredentials(keyBase64: string, aad: string, blob: Buffer): ProviderCredentials {
  if (blob[0] !== VERSION) throw new Error('unknown credentials format');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(keyBase64), blob.subarray(1, 13));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(blob.subarray(13, 29));
  const plain = Buffer.concat([decipher.update(blob.subarray(29)), decipher.final()]).toString('utf8');
  return JSON.parse(plain) as ProviderCredentials;
}

/** First 16 hex digits of a SHA-256 over the credentials: tells configurations apart, reveals nothing. */
export function fingerprintOf(credentials: ProviderCredentials): string {
  return createHash('sha256').update(`${credentials.apiKey}\n${credentials.webhookSecret}\n${credentials.merchantAccount ?? ''}`).digest('hex').slice(0, 16);
}
