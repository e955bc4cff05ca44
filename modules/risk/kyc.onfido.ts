/**
 * The Onfido adapter (API v3.6, through the official SDK `@onfido/api`). A verification is an
 * applicant (created once per player and reused), an SDK token for Onfido's web or mobile SDK,
 * and a check with the level's report names (REPORTS_OF_LEVEL) created with
 * `applicant_provides_data`, so Onfido collects the documents from the applicant (its `form_uri`)
 * and runs the reports when they are in. Onfido then posts `check.completed`, signed with
 * HMAC-SHA256 of the raw body under the webhook token, hex, in X-SHA2-Signature; the service
 * fetches the check and its reports here.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Configuration, DefaultApi, type Report, type ReportName } from '@onfido/api';
import { z } from 'zod';
import {
  headerOf,
  KycWebhookRejectedError,
  REPORTS_OF_LEVEL,
  type CheckOutcome,
  type KycEvent,
  type KycGateway,
  type KycGatewayConfig,
  type KycReport,
  type StartedCheck,
  type StartRequest,
} from './kyc.gateway.js';

export const ONFIDO_SIGNATURE_HEADER = 'x-sha2-signature';

/** The hex signature Onfido sends for `body` (and the fake server uses): HMAC-SHA256 under the webhook token. */
export function onfidoSignature(webhookToken: string, body: string | Buffer): string {
  return createHmac('sha256', webhookToken).update(body).digest('hex');
}

/** Verifies X-SHA2-Signature over the raw body, in constant time; throws KycWebhookRejectedError. */
export function verifyOnfidoSignature(webhookToken: string, body: Buffer, given: string | undefined): void {
  if (!given) throw new KycWebhookRejectedError('missing signature');
  if (!/^[0-9a-fA-F]{64}$/.test(given)) throw new KycWebhookRejectedError('malformed signature');
  const expected = createHmac('sha256', webhookToken).update(body).digest();
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) throw new KycWebhookRejectedError('bad signature');
}

const ref = z.string().min(1).max(200).regex(/^[A-Za-z0-9_.:-]+$/);
const eventShape = z.object({
  payload: z.object({
    resource_type: z.string().regex(/^[a-z_]{1,60}$/),
    action: z.string().regex(/^[a-z_.]{1,60}$/),
    object: z.object({ id: ref, status: z.string().max(60).optional(), completed_at_iso8601: z.string().max(60).optional() }),
  }),
});

function reportOf(report: Report): KycReport {
  const raw = report as unknown as Record<string, unknown>;
  const breakdown = (raw.breakdown ?? {}) as Record<string, unknown>;
  const properties = (raw.properties ?? {}) as Record<string, unknown>;
  const age = breakdown.age_validation as { result?: unknown } | undefined;
  const isDocument = report.name.startsWith('document');
  return {
    ref: report.id,
    name: report.name,
    status: String(report.status ?? 'unknown'),
    result: typeof report.result === 'string' ? report.result : null,
    subResult: typeof raw.sub_result === 'string' ? raw.sub_result : null,
    dateOfBirth: isDocument && typeof properties.date_of_birth === 'string' ? properties.date_of_birth : null,
    ageValidation: isDocument && typeof age?.result === 'string' ? age.result : null,
    breakdown,
  };
}

export function createOnfidoGateway(config: KycGatewayConfig): KycGateway {
  const api = new DefaultApi(
    new Configuration({
      apiToken: config.credentials.apiToken,
      ...(config.endpoint ? { basePath: config.endpoint.replace(/\/+$/, '') } : {}),
      baseOptions: { timeout: 15_000 },
    }),
  );
  return {
    code: 'onfido',
    async startCheck(request: StartRequest): Promise<StartedCheck> {
      let applicantRef = request.applicantRef;
      if (!applicantRef) {
        const applicant = await api.createApplicant({
          first_name: request.applicant.firstName,
          last_name: request.applicant.lastName,
          email: request.applicant.email,
          ...(request.applicant.dateOfBirth ? { dob: request.applicant.dateOfBirth } : {}),
        });
        applicantRef = applicant.data.id;
      }
      const token = await api.generateSdkToken({ applicant_id: applicantRef });
      const check = await api.createCheck({
        applicant_id: applicantRef,
        // REPORTS_OF_LEVEL holds Onfido's own report names.
        report_names: REPORTS_OF_LEVEL[request.level].map((name) => name as ReportName),
        applicant_provides_data: true,
        tags: [`verification:${request.verificationId}`],
      });
      const clientData: Record<string, string> = { sdkToken: token.data.token };
      if (check.data.form_uri) clientData.formUri = check.data.form_uri;
      return { applicantRef, checkRef: check.data.id, clientData, outcome: null };
    },
    async fetchCheck(checkRef: string): Promise<CheckOutcome> {
      const check = await api.findCheck(checkRef);
      const reports = await api.listReports(checkRef);
      const result = check.data.result === 'clear' || check.data.result === 'consider' ? check.data.result : null;
      return { checkRef, complete: check.data.status === 'complete', result, reports: reports.data.reports.map(reportOf) };
    },
    verifyWebhook(body: Buffer, headers): KycEvent {
      verifyOnfidoSignature(config.credentials.webhookToken, body, headerOf(headers, ONFIDO_SIGNATURE_HEADER));
      let parsed: z.infer<typeof eventShape>;
      try {
        parsed = eventShape.parse(JSON.parse(body.toString('utf8')));
      } catch {
        throw new KycWebhookRejectedError('malformed event');
      }
      const { resource_type: resource, action, object } = parsed.payload;
      // Onfido's events carry no event id: the action and the object's id name one event.
      const eventKey = `${action}:${object.id}`;
      if (resource === 'check' && action === 'check.completed') return { kind: 'check', eventKey, type: action, checkRef: object.id };
      return { kind: 'ignored', eventKey, type: action };
    },
  };
}
