import type { FastifyInstance } from 'fastify';
import type { Services } from '../../src/context.js';
import { handleKycWebhook } from './kyc.webhooks.js';

/**
 * POST /kyc/<tenant-slug>/<provider>/webhook: the KYC providers' notifications (Onfido's
 * check.completed and others), beside payments' /payments/<tenant>/<provider>/webhook. In its own
 * Fastify context (src/server.ts) where every body is kept raw, so the signature is checked over
 * the exact bytes sent.
 */
export function kycRoutes(app: FastifyInstance, services: Services): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.post<{ Params: { tenant: string; provider: string } }>('/kyc/:tenant/:provider/webhook', async (request, reply) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const answer = await handleKycWebhook(services, { tenantSlug: request.params.tenant, provider: request.params.provider, body, headers: request.headers, ip: request.ip });
    return reply.code(answer.status).type('application/json').send(JSON.stringify(answer.body));
  });
}
