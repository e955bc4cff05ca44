/**
 * A KYC provider's webhook, end to end (docs/risk.md "KYC webhooks"): the tenant and provider
 * from the path; the signature verified over the raw body before anything is read or written (a
 * bad one is answered 401 and only logged); each event recorded once (kyc_webhook, unique per
 * provider event) and a completed check's results fetched from the provider through the
 * adapter, then applied to its verification in one transaction.
 */
import { systemContext, tenantTx, type Services } from '../../src/context.js';
import { isStorableText } from '../../src/graphql/text-input.js';
import { newId } from '../../src/ids.js';
import { KycWebhookRejectedError, type CheckOutcome, type KycEvent } from './kyc.gateway.js';
import { kycGatewayOf, kycProviderRow } from './kyc.providers.js';
import { applyOutcomeInTx, type VerificationRow } from './kyc.service.js';

export interface KycWebhookRequest {
  tenantSlug: string;
  provider: string;
  body: Buffer;
  headers: Record<string, string | string[] | undefined>;
  ip: string;
}

export interface KycWebhookAnswer {
  status: number;
  body: { ok: true; outcome: string } | { error: string };
}

const refuse = (status: number, error: string): KycWebhookAnswer => ({ status, body: { error } });

export async function handleKycWebhook(services: Services, request: KycWebhookRequest): Promise<KycWebhookAnswer> {
  const slug = request.tenantSlug.toLowerCase();
  if (slug.length > 100 || !isStorableText(slug)) return refuse(404, 'UNKNOWN_TENANT');
  const tenant = await services.tenants.bySlug(services, slug);
  if (!tenant || tenant.status !== 'ACTIVE') return refuse(404, 'UNKNOWN_TENANT');
  const ctx = systemContext(services, tenant);
  const provider = await tenantTx(ctx, (tx) => kycProviderRow(tx, request.provider));
  if (!provider) return refuse(404, 'UNKNOWN_PROVIDER');
  const gateway = kycGatewayOf(ctx, provider);
  let event: KycEvent;
  try {
    event = gateway.verifyWebhook(request.body, request.headers);
  } catch (error) {
    const reason = error instanceof KycWebhookRejectedError ? error.reason : 'unreadable';
    services.logger.warn({ tenant: slug, provider: provider.code, reason, ip: request.ip }, 'kyc webhook refused');
    return reason === 'malformed event' ? refuse(400, 'MALFORMED_EVENT') : refuse(401, 'INVALID_SIGNATURE');
  }
  const seen = await tenantTx(ctx, async (tx) => {
    const [row] = await tx.em.execute<{ outcome: string }[]>(`select outcome from kyc_webhook where tenant_id = ? and provider = ? and event_key = ? and accepted`, [tx.tenantId, provider.code, event.eventKey]);
    return row?.outcome ?? null;
  });
  if (seen) return { status: 200, body: { ok: true, outcome: `DUPLICATE (${seen})` } };
  // The results are read from the provider before the transaction (a network call never holds locks); a failure answers 5xx so the provider retries.
  let checked: CheckOutcome | null = null;
  if (event.kind === 'check') {
    try {
      checked = await gateway.fetchCheck(event.checkRef);
    } catch (error) {
      services.logger.warn({ provider: provider.code, check: event.checkRef, err: error instanceof Error ? error.message : String(error) }, 'kyc check fetch failed');
      return refuse(502, 'PROVIDER_UNAVAILABLE');
    }
    // Not recorded: the event stays unseen, so Onfido's retry applies it once the check is done.
    if (!checked.complete) return refuse(503, 'CHECK_NOT_COMPLETE');
  }
  let blockedPlayer: string | null = null;
  const outcome = await tenantTx(ctx, async (tx) => {
    const [recorded] = await tx.em.execute<{ id: string }[]>(
      `insert into kyc_webhook (id, tenant_id, provider, accepted, event_key, event_type, outcome, remote_ip) values (?, ?, ?, true, ?, ?, 'RECEIVED', ?)
       on conflict (tenant_id, provider, event_key) where accepted do nothing returning id`,
      [newId(), tx.tenantId, provider.code, event.eventKey, event.type, request.ip],
    );
    if (!recorded) return 'DUPLICATE';
    let result = 'IGNORED';
    if (event.kind === 'check' && checked) {
      const [verification] = await tx.em.execute<VerificationRow[]>(
        `select * from kyc_verification where tenant_id = ? and provider = ? and check_ref = ? for update`,
        [tx.tenantId, provider.code, event.checkRef],
      );
      if (!verification) result = 'UNKNOWN_CHECK';
      else if (verification.status !== 'PENDING') result = `ALREADY_${verification.status}`;
      else {
        const applied = await applyOutcomeInTx(ctx, tx, verification, checked);
        if (applied.blocked) blockedPlayer = verification.player_id;
        result = applied.row.status;
      }
    }
    await tx.em.execute(`update kyc_webhook set outcome = ? where tenant_id = ? and id = ?`, [result, tx.tenantId, recorded.id]);
    return result;
  });
  if (blockedPlayer) await services.lookups.invalidate(`subject:${blockedPlayer}`);
  return { status: 200, body: { ok: true, outcome } };
}
