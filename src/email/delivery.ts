import type { Services } from '../context.js';
import { defineJob } from '../jobs/job.js';
import { openBody } from './outbox.js';
import { createEmailSender, type EmailSender } from './sender.js';

/** Messages leased per run of the job. */
const BATCH = 20;
/** How long a claimed message is kept from other instances while it is being sent. */
const LEASE = '2 minutes';
/** The longest wait between two attempts. */
const MAX_BACKOFF_MS = 3_600_000;

interface ClaimedRow {
  id: string;
  recipient: string;
  subject: string;
  body_sealed: Buffer | null;
  attempts: number;
}

export interface DeliveryRun {
  sent: number;
  failed: number;
}

/**
 * Sends the due messages of every tenant (and of the platform), at least once: a message is
 * leased (email_outbox_claim, which crosses tenants as the owner), sent, then settled. A
 * failure is retried after `intervalMs * 2^(attempts-1)` (at most an hour) until
 * `maxAttempts`, then kept as FAILED with its last error. An instance that dies mid-send
 * leaves the lease to expire, and the message is sent again.
 */
export async function deliverDueEmails(services: Pick<Services, 'sql' | 'config' | 'logger'>, sender: EmailSender): Promise<DeliveryRun> {
  const { email, secretsEncryptionKey } = services.config;
  const run: DeliveryRun = { sent: 0, failed: 0 };
  const { rows } = await services.sql.query<ClaimedRow>('select id, recipient, subject, body_sealed, attempts from email_outbox_claim($1, $2::interval)', [BATCH, LEASE]);
  for (const row of rows) {
    try {
      if (!row.body_sealed) throw new Error('the message has no body');
      const text = openBody(secretsEncryptionKey, row.id, row.body_sealed);
      await sender.send({ id: row.id, from: email.from, to: row.recipient, subject: row.subject, text });
      await services.sql.query('select email_outbox_settle($1, true, null, null)', [row.id]);
      run.sent += 1;
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const giveUp = row.attempts >= email.maxAttempts;
      const wait = Math.min(MAX_BACKOFF_MS, Math.max(1000, email.deliveryIntervalMs) * 2 ** (row.attempts - 1));
      const retryAt = giveUp ? null : new Date(Date.now() + wait);
      await services.sql.query('select email_outbox_settle($1, false, $2, $3)', [row.id, reason, retryAt]);
      run.failed += 1;
      services.logger.warn({ emailId: row.id, attempts: row.attempts, giveUp, reason }, giveUp ? 'email given up' : 'email delivery failed; will retry');
    }
  }
  return run;
}

/** Rows deleted per statement by the retention run. */
const PRUNE_BATCH = 5000;

/**
 * Deletes sent and given-up messages, and reset tokens expired, more than `retentionHours`
 * ago (the outbox's retention, OUTBOX_RETENTION_HOURS); answers how many rows went.
 */
export async function pruneEmailOutbox(services: Pick<Services, 'sql'>, retentionHours: number): Promise<number> {
  let total = 0;
  for (;;) {
    const { rows } = await services.sql.query<{ n: number }>('select email_outbox_prune(now() - make_interval(hours => $1), $2) as n', [retentionHours, PRUNE_BATCH]);
    total += rows[0]!.n;
    if (rows[0]!.n < PRUNE_BATCH) return total;
  }
}

const senders = new WeakMap<Services, EmailSender>();

function senderOf(services: Services): EmailSender {
  let sender = senders.get(services);
  if (!sender) {
    sender = createEmailSender(services.config.email, services.logger);
    senders.set(services, sender);
  }
  return sender;
}

/**
 * Sends what is due in the email outbox: enqueued with each message (in its transaction, so
 * a message is sent soon after commit), and run every EMAIL_DELIVERY_INTERVAL_MS for retries.
 */
export const emailDeliveryJob = defineJob<{ emailId?: string }>({
  name: 'email-delivery',
  description: 'Sends the due messages of the email outbox: each new message at once, failed ones again with backoff.',
  idempotency: 'A message is leased before it is sent and settled after: at least once (an instance that dies between sending and settling sends it again when the lease expires).',
  every: (config) => config.email.deliveryIntervalMs,
  pollingIntervalSeconds: 0.5,
  run: async (_data, services) => {
    const { sent, failed } = await deliverDueEmails(services, senderOf(services));
    if (sent || failed) services.logger.info({ sent, failed }, 'emails delivered');
  },
});

export const emailRetentionJob = defineJob({
  name: 'email-retention',
  description: 'Deletes sent and given-up messages, and expired reset tokens, older than OUTBOX_RETENTION_HOURS.',
  idempotency: 'Deletes by age; a second run finds less or nothing to delete.',
  every: (config) => config.outboxPruneIntervalMs,
  run: async (_data, services) => void (await pruneEmailOutbox(services, services.config.outboxRetentionHours)),
});
