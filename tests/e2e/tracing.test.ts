/**
 * OpenTelemetry tracing, end to end (docs/observability.md, Tracing): the spans of real
 * requests, caught by an in-memory exporter. The tracer provider is process-global; vitest
 * runs each file in its own process, so it stays in this file.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defineJob } from '../../src/jobs/job.js';
import { installJobQueue } from '../../src/jobs/install.js';
import { JobQueue } from '../../src/jobs/queue.js';
import { appUrlFrom } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { TEST_APP_PASSWORD } from '../setup/database.js';
import { isTracing, startTracing, withSpan, type Tracing } from '../../src/observability/tracing.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { bearer, expectType, newPlayer, PASSWORD, platformAdmin } from '../helpers/world.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { startFakeAdyen, type FakeAdyen } from '../helpers/fake-adyen.js';
import { ADYEN_API_KEY, ADYEN_HMAC_KEY, paymentsWorld, STRIPE_API_KEY, STRIPE_SECRET, type PaymentsWorld } from '../helpers/payments.js';
import { playerSelector, worldSelector } from '../helpers/wallet.js';

const exporter = new InMemorySpanExporter();
/** A job of this file's own queue: one SQL statement. */
const tracedJob = defineJob({
  name: 'test-traced',
  description: 'Test: one statement, traced.',
  idempotency: 'Reads only.',
  pollingIntervalSeconds: 0.5,
  run: async (_data, services) => void (await services.sql.query('select 1 as traced')),
});
let tracing: Tracing;
let server: TestServer;
let stripe: FakeStripe;
type Proxy = Awaited<ReturnType<typeof headerRecordingProxy>>;
let proxy: Proxy;
let adyen: FakeAdyen;
let adyenProxy: Proxy;
let adyenWorld: PaymentsWorld;
let world: PaymentsWorld;
let partner: Sdk;
let partnerKey: string;
let player: Awaited<ReturnType<typeof newPlayer>>;
/** Every value the spans must never carry: credentials, passwords, and SQL parameter values of the requests below. */
const secrets: string[] = [PASSWORD, STRIPE_API_KEY, STRIPE_SECRET, ADYEN_API_KEY, ADYEN_HMAC_KEY];
const logLines: string[] = [];

/** A pass-through in front of a fake provider that remembers the headers the API sent it. */
async function headerRecordingProxy(target: string) {
  const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
  const proxyServer: Server = createServer((incoming, outgoing) => {
    seen.push({ path: incoming.url ?? '', headers: incoming.headers });
    const forwarded = httpRequest(new URL(incoming.url ?? '/', target), { method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => proxyServer.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxyServer.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((resolve) => proxyServer.close(() => resolve())),
  };
}

async function waitFor<T>(find: () => T | undefined, what: string, ms = 2000): Promise<T> {
  for (let i = 0; i < ms / 20; i++) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const spans = () => exporter.getFinishedSpans();
/** Every span of the file, kept across the tests' resets for the secrets check at the end. */
const everySpan: ReadableSpan[] = [];
const reset = () => {
  everySpan.push(...exporter.getFinishedSpans());
  exporter.reset();
};
const attr = (span: ReadableSpan, key: string) => span.attributes[key];
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/** The HTTP server span of the one POST /graphql whose operation span carries `operation`, once the request has ended. */
async function serverSpanOf(operation: string): Promise<ReadableSpan> {
  return waitFor(() => {
    const op = spans().find((s) => s.name === `graphql ${operation}`);
    return op && spans().find((s) => s.kind === SpanKind.SERVER && s.spanContext().spanId === parentOf(op));
  }, `the server span of ${operation}`);
}

beforeAll(async () => {
  tracing = await startTracing({ exporter });
  stripe = await startFakeStripe();
  proxy = await headerRecordingProxy(stripe.url);
  adyen = await startFakeAdyen();
  adyenProxy = await headerRecordingProxy(adyen.url);
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  await installJobQueue(inject('databaseUrl'), [tracedJob], { complete: false });
  // This instance works no queue: job runs are traces of their own, and other files' jobs in
  // this shared database would add traces at any moment. The job test below starts a worker.
  server = await startServer({ logLevel: 'info', logStream: stream, env: { JOBS_WORK: 'false' } });
  const admin = await platformAdmin(server);
  secrets.push(admin.token);
  world = await paymentsWorld(server, admin.sdk, { code: 'stripe', endpoint: proxy.url });
  secrets.push(world.tenant.admin.token, world.finance.token);
  adyenWorld = await paymentsWorld(server, admin.sdk, { code: 'adyen', endpoint: adyenProxy.url, freeze: 'NEVER' });
  secrets.push(adyenWorld.tenant.admin.token, adyenWorld.finance.token);
  const created = await world.tenant.admin.sdk.CreateApiKey({ input: { name: 'aggregator', permissions: ['WALLET_POST', 'WALLET_READ'] } });
  partnerKey = expectType(created.createApiKey, 'CreateApiKeyPayload').key;
  secrets.push(partnerKey);
  partner = server.sdk({ 'x-api-key': partnerKey });
  player = await newPlayer(server, world.tenant, `traced-${randomUUID().slice(0, 8)}@player.test`);
  secrets.push(player.token, player.tokens.refreshToken, player.email);
});

afterAll(async () => {
  await server?.close();
  await proxy?.close();
  await stripe?.close();
  await adyenProxy?.close();
  await adyen?.close();
  await tracing?.shutdown();
});

describe('tracing', () => {
  it('gives a postTransfers call one trace: HTTP server span > GraphQL operation > resolver > SQL', async () => {
    const idempotencyKey = `traced-${randomBytes(12).toString('hex')}`;
    const reference = `round-${randomBytes(12).toString('hex')}`;
    secrets.push(idempotencyKey, reference);
    reset();
    const { postTransfers } = await partner.PostTransfers({
      input: { idempotencyKey, code: 'DEPOSIT', reference, transfers: [{ from: worldSelector(), to: playerSelector(player.player.id), amount: '5000' }] },
    });
    expectType(postTransfers, 'PostTransfersPayload');

    const root = await serverSpanOf('PostTransfers');
    const traceId = root.spanContext().traceId;
    const trace = spans().filter((s) => s.spanContext().traceId === traceId);
    const byId = new Map(trace.map((s) => [s.spanContext().spanId, s]));
    // One trace: the server span is its only root, every other span hangs from it.
    expect(trace.filter((s) => !byId.has(parentOf(s) ?? ''))).toEqual([root]);
    expect(root.parentSpanContext).toBeUndefined();
    expect(root.name).toBe('POST /graphql');
    expect(attr(root, 'http.route')).toBe('/graphql');
    // And nothing of this request went to another trace.
    expect(spans().filter((s) => s.spanContext().traceId !== traceId && (s.name.startsWith('graphql') || s.kind === SpanKind.SERVER))).toEqual([]);

    const operation = trace.find((s) => parentOf(s) === root.spanContext().spanId && s.name.startsWith('graphql'))!;
    expect(operation.name).toBe('graphql PostTransfers');
    expect(operation.attributes).toMatchObject({
      'graphql.operation.name': 'PostTransfers',
      'graphql.operation.type': 'mutation',
      'croupier.tenant': world.tenant.slug,
      'croupier.principal.kind': 'apiKey',
    });

    const resolver = trace.find((s) => s.name === 'graphql.resolve' && attr(s, 'graphql.field.name') === 'postTransfers')!;
    expect(resolver).toBeDefined();
    expect(parentOf(resolver)).toBe(operation.spanContext().spanId);
    expect(attr(resolver, 'graphql.field.path')).toBe('postTransfers');

    const sql = trace.filter((s) => attr(s, 'db.system.name') === 'postgresql' && attr(s, 'db.query.text') !== undefined);
    const underResolver = (s: ReadableSpan): boolean => {
      for (let p = byId.get(parentOf(s) ?? ''); p; p = byId.get(parentOf(p) ?? '')) if (p === resolver) return true;
      return false;
    };
    // The posting's own SQL runs under the resolver; the API key's lookup under the operation.
    expect(sql.filter(underResolver).length).toBeGreaterThan(0);
    expect(sql.every((s) => s.kind === SpanKind.CLIENT)).toBe(true);
  });

  it('makes the server span a child of an incoming traceparent', async () => {
    const callerTrace = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');
    reset();
    await server.sdk({ 'x-api-key': partnerKey, traceparent: `00-${callerTrace}-${callerSpan}-01` }).PostTransfers({
      input: { idempotencyKey: `traced-${randomUUID()}`, code: 'DEPOSIT', transfers: [{ from: worldSelector(), to: playerSelector(player.player.id), amount: '100' }] },
    });
    const root = await serverSpanOf('PostTransfers');
    expect(root.spanContext().traceId).toBe(callerTrace);
    expect(parentOf(root)).toBe(callerSpan);
    expect(spans().find((s) => s.name === 'graphql PostTransfers')!.spanContext().traceId).toBe(callerTrace);
  });

  it('passes the trace on to the payment provider (Stripe SDK over node http)', async () => {
    reset();
    proxy.seen.length = 0;
    const result = await player.sdk.CreateDeposit({ input: { provider: 'STRIPE', currency: 'EUR', amount: '2500' } });
    expectType(result.createDeposit, 'CreateDepositPayload');
    const root = await serverSpanOf('CreateDeposit');
    const traceId = root.spanContext().traceId;
    const call = proxy.seen.find((r) => r.path.startsWith('/v1/payment_intents'));
    expect(call, 'the SDK called Stripe').toBeDefined();
    const traceparent = String(call!.headers['traceparent'] ?? '');
    expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(traceparent.split('-')[1]).toBe(traceId);
    // The header names the client span of that call, in the same trace.
    const client = spans().find((s) => s.spanContext().spanId === traceparent.split('-')[2])!;
    expect(client.kind).toBe(SpanKind.CLIENT);
    expect(client.spanContext().traceId).toBe(traceId);
    // Credentials of the call (the Stripe key in its Authorization header) stay out of it.
    expect(JSON.stringify(client.attributes)).not.toContain(STRIPE_API_KEY);
  });

  it('passes the trace on to the payment provider (Adyen adapter over fetch)', async () => {
    const adyenPlayer = await newPlayer(server, adyenWorld.tenant);
    secrets.push(adyenPlayer.token, adyenPlayer.tokens.refreshToken);
    reset();
    adyenProxy.seen.length = 0;
    const result = await adyenPlayer.sdk.CreateDeposit({ input: { provider: 'ADYEN', currency: 'EUR', amount: '2500', returnUrl: 'https://casino.test/back' } });
    expectType(result.createDeposit, 'CreateDepositPayload');
    const root = await serverSpanOf('CreateDeposit');
    expect(adyenProxy.seen.length).toBeGreaterThan(0);
    for (const call of adyenProxy.seen) {
      const traceparent = String(call.headers['traceparent'] ?? '');
      expect(traceparent.split('-')[1], call.path).toBe(root.spanContext().traceId);
      const client = spans().find((s) => s.spanContext().spanId === traceparent.split('-')[2])!;
      expect(client.kind).toBe(SpanKind.CLIENT);
    }
  });

  it('gives withSpan (job runs) a span of its own, parent of its SQL, failed with a scrubbed message on error', async () => {
    reset();
    const rows = await withSpan('job test-job', { 'croupier.job': 'test-job' }, async () => (await server.platform.services.sql.query('select 1 as one')).rows);
    expect(rows).toEqual([{ one: 1 }]);
    const job = spans().find((s) => s.name === 'job test-job')!;
    expect(job.attributes['croupier.job']).toBe('test-job');
    expect(parentOf(job)).toBeUndefined();
    const sql = spans().find((s) => parentOf(s) === job.spanContext().spanId && s.attributes['db.query.text'] !== undefined)!;
    expect(sql.attributes['db.query.text']).toBe('select ? as one');

    await expect(withSpan('job failing', {}, () => Promise.reject(new Error(`login failed for Bearer ${player.token}`)))).rejects.toThrow();
    const failed = spans().find((s) => s.name === 'job failing')!;
    expect(failed.status.code).toBe(2);
    expect(failed.status.message).toContain('Bearer [redacted]');
    expect(failed.status.message).not.toContain(player.token);
  });

  it('traces a job run of the queue: a span of its own with the queue and job id, parent of its SQL', async () => {
    reset();
    // A worker of this file's queue only, stopped before the next test.
    const worker = new JobQueue(appUrlFrom(inject('databaseUrl'), TEST_APP_PASSWORD), [tracedJob], createLogger('silent'), { work: true, maintenanceIntervalSeconds: 30, stopTimeoutMs: 1000 });
    await worker.start(server.platform.services);
    const jobId = await server.platform.services.jobs.enqueue(undefined, tracedJob, {});
    const run = await waitFor(() => spans().find((s) => s.name === 'job test-traced' && s.attributes['croupier.job.id'] === jobId), 'the job run', 5000).finally(() => worker.stop());
    expect(run.attributes['croupier.job.queue']).toBe('test-traced');
    expect(run.attributes['croupier.job.retry_count']).toBe(0);
    expect(parentOf(run)).toBeUndefined();
    const sql = spans().find((s) => parentOf(s) === run.spanContext().spanId && s.attributes['db.query.text'] !== undefined)!;
    expect(sql.attributes['db.query.text']).toBe('select ? as traced');
  });

  it('writes the trace id into the log lines of a traced request', async () => {
    reset();
    logLines.length = 0;
    await server.sdk(bearer(player.token)).Wallet();
    const root = await serverSpanOf('Wallet');
    const traceId = root.spanContext().traceId;
    const lines = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const operationLine = lines.find((l) => l.msg === 'graphql operation' && l.operationName === 'Wallet');
    expect(operationLine?.trace_id).toBe(traceId);
    expect(operationLine?.span_id).toMatch(/^[0-9a-f]{16}$/);
    expect(lines.find((l) => l.msg === 'request completed')?.trace_id).toBe(traceId);
  });

  it('records nothing while suspended, and again once resumed', async () => {
    await tracing.suspend();
    expect(isTracing()).toBe(false);
    reset();
    await server.sdk(bearer(player.token)).Wallet();
    await server.platform.services.sql.query('select 1');
    await new Promise((r) => setTimeout(r, 100));
    expect(spans()).toEqual([]);
    tracing.resume();
    expect(isTracing()).toBe(true);
    await server.sdk(bearer(player.token)).Wallet();
    const root = await serverSpanOf('Wallet');
    expect(spans().filter((s) => s.spanContext().traceId === root.spanContext().traceId && attr(s, 'db.query.text') !== undefined).length).toBeGreaterThan(0);
  });

  it('records no secret and no SQL parameter value in any span of this file', async () => {
    // Some traffic that is all secrets: a failed login, a bearer token, a password change attempt.
    await world.tenant.public.Login({ input: { email: player.email, password: `wrong-${PASSWORD}` } }).catch(() => undefined);
    secrets.push(`wrong-${PASSWORD}`);
    await server.sdk(bearer(player.token)).Wallet();
    // A GET whose query string carries variables, and a document that does not validate.
    const leak = `s3cret-${randomBytes(8).toString('hex')}`;
    secrets.push(leak);
    const get = new URL(server.graphqlUrl);
    get.searchParams.set('query', 'query Leaky($password: String) { nope }');
    get.searchParams.set('variables', JSON.stringify({ password: leak }));
    const answer = await fetch(get, { headers: { 'x-api-key': partnerKey } });
    expect(answer.status).toBe(400);
    const leaky = await waitFor(() => spans().find((s) => s.kind === SpanKind.SERVER && attr(s, 'url.query') !== undefined), 'the GET server span');
    expect(attr(leaky, 'url.query')).toBe('query=REDACTED&variables=REDACTED');
    const failed = await waitFor(() => spans().find((s) => s.name === 'graphql' && s.status.code === 2), 'the failed operation span');
    expect(failed.attributes['graphql.error.codes']).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(failed.attributes['graphql.operation.type']).toBe('unknown');

    const all = [...everySpan, ...spans()];
    expect(all.length).toBeGreaterThan(10);
    const leaks: string[] = [];
    const check = (where: string, value: unknown) => {
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${where} carries ${secret.slice(0, 12)}…`);
    };
    for (const span of all) {
      check(`${span.name}: name`, span.name);
      for (const [key, value] of Object.entries(span.attributes)) check(`${span.name}: ${key}`, value);
      for (const event of span.events) for (const [key, value] of Object.entries(event.attributes ?? {})) check(`${span.name}: event ${key}`, value);
      if (span.status.message) check(`${span.name}: status`, span.status.message);
    }
    for (const value of Object.values(all[0]!.resource.attributes)) check('resource', value);
    expect(leaks).toEqual([]);
    // The SQL text is there, with its values replaced.
    expect(all.some((s) => String(attr(s, 'db.query.text') ?? '').includes('?'))).toBe(true);
  });
});
