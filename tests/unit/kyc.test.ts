/**
 * KYC rules that need no server: Onfido's webhook signature (checked against the official SDK's
 * own verifier), the verdict on a check's reports, ages and the lapse of ENHANCED.
 */
import { describe, expect, it } from 'vitest';
import { WebhookEventVerifier } from '@onfido/api';
import { onfidoSignature, verifyOnfidoSignature } from '../../modules/risk/kyc.onfido.js';
import { KycWebhookRejectedError, type CheckOutcome, type KycReport } from '../../modules/risk/kyc.gateway.js';
import { ageOn, verdictOf } from '../../modules/risk/kyc.service.js';
import { effectiveLevel } from '../../modules/risk/kyc.levels.js';

const TOKEN = 'webhook-token-for-tests';
const BODY = Buffer.from('{"payload":{"resource_type":"check","action":"check.completed","object":{"id":"c1","status":"complete"}}}');

describe('Onfido webhook signature', () => {
  it('is the hex HMAC-SHA256 of the raw body that the official SDK verifies', () => {
    const signature = onfidoSignature(TOKEN, BODY);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(new WebhookEventVerifier(TOKEN).readPayload(BODY, signature).payload?.action).toBe('check.completed');
    expect(() => verifyOnfidoSignature(TOKEN, BODY, signature)).not.toThrow();
    expect(() => verifyOnfidoSignature(TOKEN, BODY, signature.toUpperCase())).not.toThrow();
  });

  it('refuses a missing, malformed, wrong-key or tampered signature', () => {
    const reason = (given: string | undefined, body = BODY) => {
      try {
        verifyOnfidoSignature(TOKEN, body, given);
      } catch (error) {
        expect(error).toBeInstanceOf(KycWebhookRejectedError);
        return (error as KycWebhookRejectedError).reason;
      }
      return 'accepted';
    };
    expect(reason(undefined)).toBe('missing signature');
    expect(reason('abc')).toBe('malformed signature');
    expect(reason('zz'.repeat(32))).toBe('malformed signature');
    expect(reason(onfidoSignature('another-token', BODY))).toBe('bad signature');
    expect(reason(onfidoSignature(TOKEN, BODY), Buffer.concat([BODY, Buffer.from(' ')]))).toBe('bad signature');
  });
});

const report = (name: string, over: Partial<KycReport> = {}): KycReport => ({
  ref: `r-${name}`, name, status: 'complete', result: 'clear', subResult: name === 'document' ? 'clear' : null,
  dateOfBirth: name === 'document' ? '1990-01-01' : null, ageValidation: name === 'document' ? 'clear' : null, breakdown: {}, ...over,
});
const check = (reports: KycReport[]): CheckOutcome => ({ checkRef: 'c', complete: true, result: reports.every((r) => r.result === 'clear') ? 'clear' : 'consider', reports });

describe('the verdict on a check', () => {
  const now = new Date('2026-12-06T12:00:00Z');

  it('passes when every report the level needs is clear', () => {
    expect(verdictOf('FULL', check([report('document'), report('facial_similarity_photo')]), 18, now).status).toBe('PASSED');
  });

  it('fails when a report the level needs is missing, even if the check says clear', () => {
    const v = verdictOf('ENHANCED', check([report('document'), report('facial_similarity_photo')]), 18, now);
    expect(v.status).toBe('FAILED');
    expect(v.reason).toContain('watchlist_enhanced');
  });

  it('fails under age: the provider\'s age check, or the date of birth under the tenant\'s minimum', () => {
    expect(verdictOf('BASIC', check([report('document', { ageValidation: 'consider', result: 'consider', subResult: 'caution' })]), 18, now)).toMatchObject({ status: 'FAILED', underAge: true });
    // 20 today, born 2006-12-06: of age at 18, not at 21.
    expect(verdictOf('BASIC', check([report('document', { dateOfBirth: '2006-12-06' })]), 18, now).status).toBe('PASSED');
    expect(verdictOf('BASIC', check([report('document', { dateOfBirth: '2006-12-06' })]), 21, now)).toMatchObject({ status: 'FAILED', underAge: true });
  });

  it('asks for a retry when only the document was rejected (unreadable), fails when suspected', () => {
    expect(verdictOf('FULL', check([report('document', { result: 'consider', subResult: 'rejected' }), report('facial_similarity_photo')]), 18, now).status).toBe('RETRY');
    expect(verdictOf('FULL', check([report('document', { result: 'consider', subResult: 'suspected' }), report('facial_similarity_photo')]), 18, now)).toMatchObject({ status: 'FAILED', underAge: false });
    expect(verdictOf('FULL', check([report('document'), report('facial_similarity_photo', { result: 'consider' })]), 18, now).status).toBe('FAILED');
  });
});

describe('ages and levels', () => {
  it('counts whole years, the birthday included', () => {
    expect(ageOn('2008-12-06', new Date('2026-12-06T00:00:00Z'))).toBe(18);
    expect(ageOn('2008-12-07', new Date('2026-12-06T23:59:59Z'))).toBe(17);
    expect(ageOn('2008-02-29', new Date('2026-02-28T12:00:00Z'))).toBe(17);
    expect(ageOn('2008-02-29', new Date('2026-03-01T00:00:00Z'))).toBe(18);
  });

  it('lets ENHANCED lapse to FULL when it expires; BASIC and FULL never expire', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    expect(effectiveLevel('ENHANCED', new Date('2027-06-01T00:00:00Z'), now)).toBe('ENHANCED');
    expect(effectiveLevel('ENHANCED', new Date('2026-12-31T00:00:00Z'), now)).toBe('FULL');
    expect(effectiveLevel('FULL', null, now)).toBe('FULL');
  });
});
