/**
 * The sandbox KYC provider, for development, the demo tenant and tests (docs/sandbox.md,
 * docs/risk.md "KYC"). No network: it decides every check at once, by the applicant's last name
 * (case-insensitive):
 * - `Underage`: the document says the applicant is 16 (the provider's age check says consider);
 * - `Suspected`: the document report is `consider` / `suspected` (a forged document);
 * - `Blurry`: the document report is `consider` / `rejected` (unreadable: try again);
 * - any other name: every report `clear`, born 1990-01-01.
 * Refused where NODE_ENV is production (the service checks).
 */
import { randomUUID } from 'node:crypto';
import {
  KycWebhookRejectedError,
  REPORTS_OF_LEVEL,
  type CheckOutcome,
  type KycGateway,
  type KycReport,
  type StartedCheck,
  type StartRequest,
} from './kyc.gateway.js';

function sixteenYearsAgo(): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - 16);
  return d.toISOString().slice(0, 10);
}

function decide(request: StartRequest, checkRef: string): CheckOutcome {
  const name = request.applicant.lastName.trim().toLowerCase();
  const reports: KycReport[] = REPORTS_OF_LEVEL[request.level].map((reportName, i) => {
    const document = reportName === 'document';
    const underAge = document && name === 'underage';
    const subResult = !document ? null : name === 'suspected' ? 'suspected' : name === 'blurry' ? 'rejected' : underAge ? 'caution' : 'clear';
    const clear = !document || subResult === 'clear';
    return {
      ref: `${checkRef}_r${i}`,
      name: reportName,
      status: 'complete',
      result: clear ? 'clear' : 'consider',
      subResult,
      dateOfBirth: document ? (underAge ? sixteenYearsAgo() : '1990-01-01') : null,
      ageValidation: document ? (underAge ? 'consider' : 'clear') : null,
      breakdown: { sandbox: true },
    };
  });
  return { checkRef, complete: true, result: reports.every((r) => r.result === 'clear') ? 'clear' : 'consider', reports };
}

export function createSandboxGateway(): KycGateway {
  return {
    code: 'sandbox',
    async startCheck(request: StartRequest): Promise<StartedCheck> {
      const applicantRef = request.applicantRef ?? `sandbox_applicant_${randomUUID()}`;
      const checkRef = `sandbox_check_${request.verificationId}`;
      return { applicantRef, checkRef, clientData: { sdkToken: `sandbox-${request.verificationId}` }, outcome: decide(request, checkRef) };
    },
    fetchCheck(): Promise<CheckOutcome> {
      return Promise.reject(new Error('the sandbox decides every check when it starts'));
    },
    verifyWebhook() {
      throw new KycWebhookRejectedError('the sandbox sends no webhooks');
    },
  };
}
