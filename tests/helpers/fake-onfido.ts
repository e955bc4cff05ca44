import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local fake of Onfido's API v3.6, just the endpoints our adapter calls through the official
 * SDK (applicants, sdk_token, checks, reports), and Onfido's webhooks: `check.completed`, signed
 * as Onfido signs them (hex HMAC-SHA256 of the raw body under the webhook token, in
 * X-SHA2-Signature).
 */
type Obj = Record<string, unknown>;

export type FakeOutcome = 'clear' | 'underage' | 'suspected' | 'rejected';

export interface FakeOnfido {
  /** The base path to configure (…/v3.6). */
  url: string;
  applicants: Map<string, Obj>;
  checks: Map<string, Obj & { report_names: string[] }>;
  reports: Map<string, Obj>;
  requests: { method: string; path: string; authorization: string | undefined; body: Obj }[];
  /** When set, the next API call answers this status. */
  failNext: number | null;
  /** Completes a check with reports for each of its report names, decided by `outcome`. */
  complete(checkId: string, outcome: FakeOutcome): void;
  /** The body of a check.completed event for the check, as Onfido sends it. */
  checkCompleted(checkId: string): string;
  close(): Promise<void>;
}

export function onfidoSign(webhookToken: string, body: string): string {
  return createHmac('sha256', webhookToken).update(body).digest('hex');
}

/** Posts `body` to our webhook URL signed with `webhookToken` (or the given signature). */
export async function sendOnfidoWebhook(url: string, body: string, webhookToken: string, signature = onfidoSign(webhookToken, body)): Promise<{ status: number; body: Obj }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sha2-signature': signature }, body });
  return { status: response.status, body: (await response.json()) as Obj };
}

async function readBody(request: IncomingMessage): Promise<Obj> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Obj) : {};
}

function yearsAgo(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

export async function startFakeOnfido(apiToken: string): Promise<FakeOnfido> {
  const applicants = new Map<string, Obj>();
  const checks = new Map<string, Obj & { report_names: string[] }>();
  const reports = new Map<string, Obj>();
  const requests: FakeOnfido['requests'] = [];
  const state = { failNext: null as number | null };
  let base = '';

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = url.pathname;
    const body = await readBody(request);
    requests.push({ method: request.method ?? 'GET', path, authorization: request.headers.authorization, body });
    const send = (status: number, payload: Obj) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payload));
    };
    if (state.failNext) {
      const status = state.failNext;
      state.failNext = null;
      return send(status, { error: { type: 'internal_server_error', message: 'fake failure' } });
    }
    if (request.headers.authorization !== `Token token=${apiToken}`) return send(401, { error: { type: 'authorization_error', message: 'bad token' } });
    if (request.method === 'POST' && path === '/v3.6/applicants') {
      if (!body.first_name || !body.last_name) return send(422, { error: { type: 'validation_error', message: 'names required' } });
      const applicant = { id: randomUUID(), created_at: new Date().toISOString(), href: `/v3.6/applicants/x`, ...body };
      applicants.set(applicant.id, applicant);
      return send(201, applicant);
    }
    if (request.method === 'POST' && path === '/v3.6/sdk_token') {
      if (!applicants.has(String(body.applicant_id))) return send(422, { error: { type: 'validation_error', message: 'unknown applicant' } });
      return send(200, { token: `sdk-${randomUUID()}` });
    }
    if (request.method === 'POST' && path === '/v3.6/checks') {
      if (!applicants.has(String(body.applicant_id))) return send(422, { error: { type: 'validation_error', message: 'unknown applicant' } });
      const id = randomUUID();
      const check = {
        id,
        applicant_id: String(body.applicant_id),
        created_at: new Date().toISOString(),
        href: `/v3.6/checks/${id}`,
        status: 'awaiting_applicant',
        result: null,
        form_uri: `https://id.onfido.test/form/${id}`,
        results_uri: `https://dashboard.onfido.test/checks/${id}`,
        report_ids: [] as string[],
        tags: body.tags ?? [],
        report_names: (body.report_names as string[]) ?? [],
      };
      checks.set(id, check);
      return send(201, check);
    }
    const checkMatch = /^\/v3\.6\/checks\/([^/]+)$/.exec(path);
    if (request.method === 'GET' && checkMatch) {
      const check = checks.get(checkMatch[1]!);
      if (!check) return send(404, { error: { type: 'resource_not_found', message: 'no check' } });
      const { report_names: _names, ...shown } = check;
      return send(200, shown);
    }
    if (request.method === 'GET' && path === '/v3.6/reports') {
      const checkId = url.searchParams.get('check_id');
      return send(200, { reports: [...reports.values()].filter((r) => r.check_id === checkId) });
    }
    send(404, { error: { type: 'resource_not_found', message: `no route ${request.method} ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3.6`;

  return {
    url: base,
    applicants,
    checks,
    reports,
    requests,
    get failNext() {
      return state.failNext;
    },
    set failNext(value: number | null) {
      state.failNext = value;
    },
    complete(checkId, outcome) {
      const check = checks.get(checkId);
      if (!check) throw new Error(`no check ${checkId}`);
      const ids: string[] = [];
      for (const name of check.report_names) {
        const id = randomUUID();
        const document = name === 'document';
        const subResult = !document ? undefined : outcome === 'suspected' ? 'suspected' : outcome === 'rejected' ? 'rejected' : outcome === 'underage' ? 'caution' : 'clear';
        const result = document && outcome !== 'clear' ? 'consider' : 'clear';
        reports.set(id, {
          id,
          name,
          check_id: checkId,
          status: 'complete',
          result,
          ...(document
            ? {
                sub_result: subResult,
                properties: { date_of_birth: outcome === 'underage' ? yearsAgo(17) : '1990-04-01', document_type: 'passport', issuing_country: 'GBR' },
                breakdown: { age_validation: { result: outcome === 'underage' ? 'consider' : 'clear' }, visual_authenticity: { result: outcome === 'suspected' ? 'consider' : 'clear' } },
              }
            : { breakdown: {} }),
        });
        ids.push(id);
      }
      Object.assign(check, { status: 'complete', result: [...ids].every((id) => reports.get(id)!.result === 'clear') ? 'clear' : 'consider', report_ids: ids });
    },
    checkCompleted(checkId) {
      return JSON.stringify({
        payload: {
          resource_type: 'check',
          action: 'check.completed',
          object: { id: checkId, status: 'complete', completed_at_iso8601: new Date().toISOString(), href: `${base}/checks/${checkId}` },
        },
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
