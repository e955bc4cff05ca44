import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Services } from '../../src/context.js';
import { handleCallback, unavailableAnswer } from './seamless.callbacks.js';
import { outageErrorOf } from '../../src/db/outage.js';
import type { DialectResponse } from './dialects/dialect.js';
import { DEFAULT_DIALECT } from './dialects/index.js';

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * JSON text of an answer, a bigint written as the JSON integer of its exact digits (a Hub88
 * balance of a large account is past 2^53, which a JavaScript number would round). Answers are
 * written by JSON.stringify; only one holding such a bigint takes the slower exact writer.
 */
export function answerJson(value: unknown): string {
  let exact = true;
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'bigint') return item;
    if (item >= -SAFE && item <= SAFE) return Number(item);
    exact = false;
    return null;
  });
  return exact ? text : exactJson(value);
}

function exactJson(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map((item) => exactJson(item ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const fields = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${fields.map(([key, item]) => `${JSON.stringify(key)}:${exactJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * POST /seamless/<tenant-slug>/<provider-code>/<operation...>: the aggregator's callbacks.
 * Registered in its own Fastify context (src/server.ts), where every body is kept raw, so the
 * signature is checked over the exact bytes sent. What Fastify itself refuses here (a body over
 * the size limit, ...) is answered in the default dialect too, never as a bare HTTP error.
 */
export function seamlessRoutes(app: FastifyInstance, services: Services): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.setErrorHandler(async (error: { statusCode?: number }, request, reply) => {
    const clientFault = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500;
    const outage = clientFault ? undefined : outageErrorOf(error);
    if (!clientFault && !outage) request.log.error({ err: error }, 'seamless route failed');
    const rendered = DEFAULT_DIALECT.render({ ok: false, error: clientFault ? 'BAD_REQUEST' : 'INTERNAL' }, null, null);
    // The tenant or provider lookup before the callback's own handling can meet the outage too.
    const answer = outage ? unavailableAnswer(rendered, outage.retryAfter) : rendered;
    return send(reply, answer);
  });
  app.post<{ Params: { tenant: string; provider: string; '*': string } }>('/seamless/:tenant/:provider/*', async (request, reply) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const response = await handleCallback(services, {
      tenantSlug: request.params.tenant,
      providerCode: request.params.provider,
      operation: request.params['*'],
      body,
      headers: request.headers,
    });
    return send(reply, response);
  });
}

function send(reply: FastifyReply, answer: DialectResponse): FastifyReply {
  if (answer.retryAfter !== undefined) void reply.header('retry-after', String(answer.retryAfter));
  return reply.code(answer.status).type('application/json; charset=utf-8').send(answerJson(answer.body));
}
