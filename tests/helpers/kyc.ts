import type { Sdk, TestServer } from './server.js';
import { sendOnfidoWebhook } from './fake-onfido.js';
import { expectType, newPlayer, type TestTenant } from './world.js';

export const SEED_ONFIDO_WEBHOOK_TOKEN = 'seed-onfido-webhook-token';

/**
 * KYC rows of a tenant made through the API (for the RLS and cross-tenant suites): the sandbox
 * provider and a disabled Onfido one, risk settings, a verification the player passed with the
 * sandbox, an under-age player's failed one (blocked, a KYC risk case), a level staff asked of
 * the player, and an Onfido webhook recorded (an event the
 * platform ignores, so no call to Onfido is made). Call it last: once a provider is enabled,
 * the tenant's KYC rules apply to withdrawals.
 */
export async function seedKyc(server: TestServer, tenant: TestTenant, player: { sdk: Sdk; player: { id: string } }) {
  const admin = tenant.admin.sdk;
  expectType((await admin.SetKycProvider({ input: { adapter: 'SANDBOX', apiToken: 'seed-sandbox-token', webhookToken: 'seed-sandbox-webhook' } })).setKycProvider, 'SetKycProviderPayload');
  const onfido = expectType(
    (await admin.SetKycProvider({ input: { adapter: 'ONFIDO', enabled: false, apiToken: 'seed-onfido-token', webhookToken: SEED_ONFIDO_WEBHOOK_TOKEN, endpoint: 'http://127.0.0.1:9/v3.6' } })).setKycProvider,
    'SetKycProviderPayload',
  ).provider;
  expectType((await admin.UpdateRiskSettings({ input: { minimumAge: 18 } })).updateRiskSettings, 'UpdateRiskSettingsPayload');
  const started = expectType((await player.sdk.StartVerification({ input: { level: 'BASIC', firstName: 'Seed', lastName: 'Smith' } })).startVerification, 'StartVerificationPayload');
  expectType((await admin.RequestVerification({ input: { playerId: player.player.id, level: 'FULL', note: 'seed' } })).requestVerification, 'RequestVerificationPayload');
  // An under-age player (the sandbox's rule): blocked, with a KYC risk case.
  const young = await newPlayer(server, tenant);
  expectType((await young.sdk.StartVerification({ input: { level: 'BASIC', firstName: 'Seed', lastName: 'Underage' } })).startVerification, 'StartVerificationPayload');
  const body = JSON.stringify({ payload: { resource_type: 'applicant', action: 'applicant.updated', object: { id: `seed-${tenant.slug}`, href: 'https://api.onfido.test' } } });
  const answer = await sendOnfidoWebhook(`${server.url}${onfido.webhookPath}`, body, SEED_ONFIDO_WEBHOOK_TOKEN);
  if (answer.status !== 200) throw new Error(`kyc webhook answered ${answer.status}`);
  return { verificationId: started.verification.id, onfidoProviderId: onfido.id, onfidoWebhookPath: onfido.webhookPath };
}
