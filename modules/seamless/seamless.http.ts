import type { FastifyInstance } from 'fastify';
import type { Services } from '../../src/context.js';
import { handleCallback } from './seamless.callbacks.js';

/**
 * POST /seamless/<tenant-slug>/<provider-code>/<operation...>: the aggregator's callbacks.
 * Registered in its own Fastify context (src/server.ts), where every body is kept raw, so the
 * signature is checked over the exact bytes sent.
 */
export function seamlessRoutes(app: FastifyInstance, services: Services): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.post<{ Params: { tenant: string; provider: string; '*': string } }>('/seamless/:tenant/:provider/*', async (request, reply) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const response = await handleCallback(services, {
      tenantSlug: request.params.tenant,
      providerCode: request.params.provider,
      operation: request.params['*'],
      body,
      headers: request.headers,
    });
    return reply.code(response.status).type('application/json; charset=utf-8').send(JSON.stringify(response.body));
  });
}
