import type { FastifyInstance } from 'fastify';
import type { Services } from '../../src/context.js';
import { clickRecorder } from './affiliates.tracking.js';

/**
 * The click endpoint: GET /affiliates/<tenant slug>/click/<link code> records the click and
 * redirects (302) to the link's landing URL with `aff_click=<click ID>`; an unknown link, or one
 * of an affiliate that is not ACTIVE, is a 404 and writes nothing. Never cached: each visit is a click.
 */
export function affiliatesRoutes(app: FastifyInstance, services: Services): void {
  const record = clickRecorder(services);
  app.get<{ Params: { tenant: string; code: string } }>('/affiliates/:tenant/click/:code', async (request, reply) => {
    const userAgent = request.headers['user-agent'];
    const answer = await record({ tenantSlug: request.params.tenant, linkCode: request.params.code, ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : undefined });
    reply.header('cache-control', 'no-store');
    if (answer.status === 404) return reply.code(404).type('application/json').send({ error: 'UNKNOWN_LINK' });
    return reply.code(302).header('location', answer.location).send();
  });
}
