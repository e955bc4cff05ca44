/**
 * The provider-agnostic KYC gateway (docs/risk.md "KYC"). Each provider is one adapter
 * (kyc.onfido.ts, kyc.sandbox.ts) behind this port, like payments' gateways: the service asks it
 * to start a check for a player and to fetch a check's results, and has it verify webhooks.
 */
import type { VerificationLevel } from '../../src/player-gates.js';

/** A provider's secrets, as stored sealed (src/auth/sealed.ts). Never returned nor logged. */
export interface KycCredentials {
  /** Onfido API token. */
  apiToken: string;
  /** Onfido webhook token (the HMAC-SHA256 key of X-SHA2-Signature). */
  webhookToken: string;
}

export interface KycGatewayConfig {
  code: KycProviderCode;
  credentials: KycCredentials;
  /** Base URL of the provider's API (a sandbox or a local fake); null: the SDK's own. */
  endpoint: string | null;
}

export const KYC_PROVIDER_CODES = ['onfido', 'sandbox'] as const;
export type KycProviderCode = (typeof KYC_PROVIDER_CODES)[number];

/** The levels a verification can aim at (NONE is the absence of one). */
export type CheckLevel = Exclude<VerificationLevel, 'NONE'>;

export interface ApplicantData {
  firstName: string;
  lastName: string;
  email: string;
  /** YYYY-MM-DD, when the player gave it. */
  dateOfBirth: string | null;
}

/** One report of a check, normalised (the provider's raw figures kept in `breakdown`). */
export interface KycReport {
  ref: string;
  /** The provider's report name, e.g. document, facial_similarity_photo, watchlist_enhanced, proof_of_address. */
  name: string;
  status: string;
  /** clear, consider or unidentified; null while not complete. */
  result: string | null;
  /** Document reports: clear, rejected, suspected or caution. */
  subResult: string | null;
  /** Document reports: the date of birth read from the document (YYYY-MM-DD). */
  dateOfBirth: string | null;
  /** Document reports: the provider's own age check (clear or consider), when it ran one. */
  ageValidation: string | null;
  breakdown: Record<string, unknown>;
}

export interface CheckOutcome {
  checkRef: string;
  /** Whether the provider finished the check (all its reports complete). */
  complete: boolean;
  /** clear or consider once complete. */
  result: 'clear' | 'consider' | null;
  reports: KycReport[];
}

export interface StartRequest {
  verificationId: string;
  level: CheckLevel;
  /** The applicant the player already has at this provider, reused. */
  applicantRef: string | null;
  applicant: ApplicantData;
}

export interface StartedCheck {
  applicantRef: string;
  checkRef: string;
  /** What the frontend needs: Onfido's `sdkToken` and the check's `formUri`. */
  clientData: Record<string, string>;
  /** A provider that decides at once (the sandbox) returns the outcome here; null: it comes by webhook. */
  outcome: CheckOutcome | null;
}

/** One authentic webhook event, normalised; `eventKey` is unique per event of the provider. */
export type KycEvent = { kind: 'check'; eventKey: string; type: string; checkRef: string } | { kind: 'ignored'; eventKey: string; type: string };

export interface KycGateway {
  readonly code: KycProviderCode;
  startCheck(request: StartRequest): Promise<StartedCheck>;
  fetchCheck(checkRef: string): Promise<CheckOutcome>;
  /** Verifies a webhook over its raw body; throws KycWebhookRejectedError (reason without secrets). */
  verifyWebhook(body: Buffer, headers: Record<string, string | string[] | undefined>): KycEvent;
}

/** The report names each level's check asks for (Onfido's names; the sandbox uses the same). */
export const REPORTS_OF_LEVEL: Record<CheckLevel, readonly string[]> = {
  BASIC: ['document'],
  FULL: ['document', 'facial_similarity_photo'],
  ENHANCED: ['document', 'facial_similarity_photo', 'watchlist_enhanced', 'proof_of_address'],
};

/** A webhook that failed verification: `reason` is safe to log and store. */
export class KycWebhookRejectedError extends Error {
  constructor(readonly reason: string) {
    super(`kyc webhook rejected: ${reason}`);
    this.name = 'KycWebhookRejectedError';
  }
}

export function headerOf(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
