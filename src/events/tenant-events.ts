import { requireTenant, type Context } from '../context.js';
import { eventChannel, type PublishedEvent } from './outbox.js';

/**
 * The events of one type of the caller's tenant that `keep` lets through, as a subscription's
 * source: the tenant comes from the context (never from arguments), and the PubSub subscription
 * ends when the client unsubscribes.
 */
export async function* tenantEvents<P>(ctx: Context, type: string, keep: (event: PublishedEvent<P>) => boolean): AsyncGenerator<PublishedEvent<P>> {
  const events = ctx.services.pubsub.subscribe<PublishedEvent<P>>(eventChannel(requireTenant(ctx).id, type));
  try {
    for await (const event of events) if (keep(event)) yield event;
  } finally {
    await events.return?.();
  }
}
