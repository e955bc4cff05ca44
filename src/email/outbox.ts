import type { EntityManager } from '@mikro-orm/postgresql';
import { seal, unseal } from '../auth/sealed.js';
import type { Services } from '../context.js';
import { newId } from '../ids.js';
import { entityManagerExecutor } from '../jobs/queue.js';
import { emailDeliveryJob } from './delivery.js';
import type { Locale } from '../i18n.js';
import type { RenderedEmail } from './templates.js';

/** The templates of the outbox's `template` column. */
export type EmailTemplate = 'password-reset' | 'affiliate-invitation';

export interface QueuedEmail {
  /** The tenant whose account it is for; null for platform staff. */
  tenantId: string | null;
  to: string;
  locale: Locale;
  template: EmailTemplate;
  message: RenderedEmail;
}

/** The additional data of a sealed body: a body copied to another row does not open. */
const aadOf = (id: string) => `email_outbox:${id}`;

/**
 * Writes a message to the email outbox in the caller's transaction (a tenant transaction for
 * a tenant's account, a platform transaction for platform staff), with a run of the
 * email-delivery job: it is sent after commit, and never if the transaction rolls back. The
 * body is sealed.
 */
export async function queueEmail(em: EntityManager, services: Pick<Services, 'config' | 'jobs'>, email: QueuedEmail): Promise<string> {
  const id = newId();
  await em.execute(
    `insert into email_outbox (id, tenant_id, recipient, locale, template, subject, body_sealed) values (?, ?, ?, ?, ?, ?, ?)`,
    [id, email.tenantId, email.to, email.locale, email.template, email.message.subject, seal(services.config.secretsEncryptionKey, aadOf(id), email.message.text)],
  );
  await services.jobs.enqueue(entityManagerExecutor(em), emailDeliveryJob, { emailId: id }, { key: id });
  return id;
}

export function openBody(secretsKey: string, id: string, sealed: Buffer): string {
  return unseal(secretsKey, aadOf(id), sealed);
}
