import type { FastifyInstance } from 'fastify';
import type { Services } from '../../src/context.js';
import { handleWebhook } from './payments.webhooks.js';

/**
 * POST /payments/<tenant-slug>/<provider>/webhook: the providers' notifications (Stripe events,
 * Adyen standard notifications). Registered in its own Fastify context (src/server.ts) where
 * every body is kept raw, so signatures are checked over the exact bytes sent.
 */
export function paymentsRoutes(app: FastifyInstance, services: Services): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.post<{ Params: { tenant: string; provider: string } }>('/payments/:tenant/:provider/webhook', async (request, reply) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const answer = await handleWebhook(services, { tenantSlug: request.params.tenant, provider: request.params.provider, body, headers: request.headers, ip: request.ip });
    return reply.code(answer.status).type(answer.contentType).send(answer.body);
  });
}
