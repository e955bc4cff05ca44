import { createHash } from 'node:crypto';
import { seal, unseal } from '../../src/auth/sealed.js';
import type { ProviderCredentials } from './payments.gateway.js';

/** Provider credentials at rest: sealed as JSON (src/auth/sealed.ts), the tenant and provider as additional data. */
export function encryptCredentials(keyBase64: string, aad: string, credentials: ProviderCredentials): Buffer {
  return seal(keyBase64, aad, JSON.stringify(credentials));
}

export function decryptCredentials(keyBase64: string, aad: string, blob: Buffer): ProviderCredentials {
  return JSON.parse(unseal(keyBase64, aad, blob)) as ProviderCredentials;
}

/** First 16 hex digits of a SHA-256 over the credentials: tells configurations apart, reveals nothing. */
export function fingerprintOf(credentials: ProviderCredentials): string {
  return createHash('sha256').update(`${credentials.apiKey}\n${credentials.webhookSecret}\n${credentials.merchantAccount ?? ''}`).digest('hex').slice(0, 16);
}
