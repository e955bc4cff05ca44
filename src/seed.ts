import { systemContext, tenantTx, type Context, type Services } from './context.js';
import { createTenant, tenantDirectory } from '../modules/tenants/index.js';
import { createPlatformStaff, createStaffUser, registerPlayer } from '../modules/identity/index.js';
import { EmailTakenError } from '../modules/identity/identity.errors.js';
import { addGame, type AddGameInput } from '../modules/games/games.service.js';
import { GameAlreadyExistsError } from '../modules/games/games.errors.js';
import { createBonusTemplate } from '../modules/bonus/bonus.templates.js';
import { BonusTemplateNameTakenError } from '../modules/bonus/bonus.errors.js';
import { createOffer } from '../modules/offers/offers.service.js';
import { OfferNameTakenError } from '../modules/offers/offers.errors.js';
import { updateVipSettings } from '../modules/vip/vip.settings.service.js';
import { createTier } from '../modules/vip/vip.tiers.js';
import { VipTierKeyTakenError } from '../modules/vip/vip.errors.js';
import { createDeposit, paymentById } from '../modules/payments/payments.service.js';
import { setPaymentProvider } from '../modules/payments/payments.providers.js';
import { assertSandboxAllowed, SANDBOX_CODE, SandboxRefusedInProductionError } from '../modules/payments/adapters/sandbox.adapter.js';
import { setKycProvider } from '../modules/risk/index.js';

/** The demo logins `npm start` prints on the embedded default. Development only. */
export const DEMO_TENANT_SLUG = 'demo';

/** Where the demo catalogue's games launch: a placeholder host; launchGame fills in the tokens. */
const LAUNCH = 'https://games.demo.localhost/{provider}/{game}?token={token}&currency={currency}&lang={locale}';

function game(provider: string, externalId: string, name: string, category: AddGameInput['category']): AddGameInput {
  return { provider, externalId, name, category, currencies: ['EUR', 'USD', 'TRY'], launchUrl: LAUNCH.replace('{provider}', provider) };
}

export const DEMO = {
  tenant: { slug: DEMO_TENANT_SLUG, name: 'Demo Casino', domains: ['demo.localhost'] },
  platformAdmin: { email: 'platform@croupier.local', password: 'platform-demo-pass', name: 'Platform Admin' },
  tenantAdmin: { email: 'admin@demo.local', password: 'admin-demo-pass', name: 'Demo Admin' },
  /** A second staff member (RISK), so a severe risk action one of them asks for can be approved by the other. */
  riskAnalyst: { email: 'risk@demo.local', password: 'risk-demo-pass', name: 'Demo Risk Analyst' },
  player: { email: 'player@demo.local', password: 'player-demo-pass', displayName: 'Demo Player' },
  /** The demo player's starting money: one sandbox deposit, completed by the sandbox's webhook. */
  funding: { currency: 'EUR', amount: '100000', display: 'EUR 1000.00' },
  /** The sandbox payment provider of the demo tenant (modules/payments/adapters/sandbox.adapter.ts). */
  sandbox: { code: SANDBOX_CODE, apiKey: 'sandbox-demo-api-key', webhookSecret: 'sandbox-demo-webhook-secret', minAmount: '100', maxAmount: '1000000' },
  /** An invented catalogue, three studios, a few games each (provider slug, the studio's game id, name, category). */
  games: [
    game('aurora-studios', 'aur-nebula-riches', 'Nebula Riches', 'SLOTS'),
    game('aurora-studios', 'aur-pharaohs-vault', "Pharaoh's Vault", 'SLOTS'),
    game('aurora-studios', 'aur-fruit-fiesta-5', 'Fruit Fiesta 5 Lines', 'SLOTS'),
    game('aurora-studios', 'aur-dragon-pearls', 'Dragon Pearls Hold & Win', 'SLOTS'),
    game('redline-live', 'rl-roulette-eu-01', 'European Roulette Live', 'LIVE'),
    game('redline-live', 'rl-blackjack-vip-a', 'VIP Blackjack A', 'LIVE'),
    game('redline-live', 'rl-baccarat-speed', 'Speed Baccarat', 'LIVE'),
    game('northpeak-games', 'np-blackjack-classic', 'Classic Blackjack', 'TABLE'),
    game('northpeak-games', 'np-roulette-french', 'French Roulette', 'TABLE'),
    game('northpeak-games', 'np-plinko-x', 'Plinko X', 'INSTANT'),
    game('northpeak-games', 'np-mines', 'Mines', 'INSTANT'),
  ],
  /** A welcome bonus to claim: 10.00 EUR, wagered 10× on slots (table games count 10%, live games nothing). */
  welcomeBonus: {
    name: 'Welcome bonus',
    terms: {
      kind: 'NO_DEPOSIT',
      currencies: [{ currency: 'EUR', amount: '1000', maxBet: '500' }],
      wagering: { multiplier: 10, base: 'BONUS' },
      gameWeights: [
        { scope: 'CATEGORY', key: 'SLOTS', percent: 100 },
        { scope: 'CATEGORY', key: 'TABLE', percent: 10 },
      ],
      maxConversionMultiple: 5,
      validityHours: 7 * 24,
    },
  },
  /** The welcome bonus offered on the lobby banner (docs/offers.md): what `offersFor(placement: "lobby-banner")` shows. */
  welcomeOffer: {
    name: 'Welcome offer',
    description: '10.00 EUR to play the slots with, no deposit needed.',
    placements: ['lobby-banner'],
  },
  /** The VIP programme (docs/vip.md): 1 point per 1.00 EUR staked on slots (table games 10%, live 0%), four tiers, Platinum high-value. */
  vip: {
    settings: {
      earnRates: { EUR: '100', USD: '100', TRY: '3000' },
      rakeRates: { EUR: '10', USD: '10', TRY: '300' },
      gameWeights: { games: {}, categories: { TABLE: 10, LIVE: 0 }, default: 100 },
      windowDays: 90,
      reviewDays: 30,
      graceDays: 7,
      expiryDays: 365,
      cashRedemption: { EUR: '1', USD: '1' },
    },
    tiers: [
      { key: 'bronze', name: 'Bronze', rank: 0, threshold: '0', pointRateBp: 10_000 },
      { key: 'silver', name: 'Silver', rank: 1, threshold: '500', pointRateBp: 12_500 },
      { key: 'gold', name: 'Gold', rank: 2, threshold: '2000', pointRateBp: 15_000, withdrawalPriority: true, personalManager: true },
      { key: 'platinum', name: 'Platinum', rank: 3, threshold: '10000', pointRateBp: 20_000, withdrawalPriority: true, personalManager: true, highValue: true },
    ],
  },
} as const;

/** How long the seed waits for the demo deposit's webhook before going on. */
const SEED_DEPOSIT_WAIT_MS = 10_000;

export interface SeedOptions {
  /** The platform's base URL (http://host:port): the sandbox provider posts its webhooks under it. */
  url: string;
}

async function ignoreTaken(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof EmailTakenError) && !(error instanceof GameAlreadyExistsError) && !(error instanceof BonusTemplateNameTakenError) && !(error instanceof OfferNameTakenError) && !(error instanceof VipTierKeyTakenError)) throw error;
  }
}

/** The webhook URL of the demo tenant's sandbox provider, as its adapter is configured with. */
export function sandboxWebhookUrl(url: string): string {
  return `${url.replace(/\/+$/, '')}/payments/${DEMO.tenant.slug}/${SANDBOX_CODE}/webhook`;
}

/** Throws SandboxRefusedInProductionError in production: the demo seed is for development and tests. */
export function assertSeedAllowed(config: Pick<Services['config'], 'env'>): void {
  assertSandboxAllowed(config, SANDBOX_CODE);
}

/**
 * Creates the demo tenant, its logins, its games, its sandbox payment provider and the demo
 * player's first deposit if they are missing; safe to run on every start. Development and test
 * only: in production it throws SandboxRefusedInProductionError before writing anything.
 * The deposit completes about a second later, when the sandbox's webhook arrives (the seed
 * waits for it), so the platform must be listening at `options.url`.
 */
export async function seedDemo(services: Services, options: SeedOptions): Promise<typeof DEMO> {
  assertSeedAllowed(services.config);
  const platform = systemContext(services);
  let tenant = await tenantDirectory.bySlug(services, DEMO.tenant.slug);
  if (!tenant) {
    await createTenant(platform, {
      ...DEMO.tenant,
      domains: [...DEMO.tenant.domains],
      defaultCurrency: 'EUR',
      currencies: ['EUR', 'USD', 'TRY'],
      defaultLocale: 'en',
      locales: ['en', 'tr'],
    });
    tenant = await tenantDirectory.bySlug(services, DEMO.tenant.slug);
  }
  const inTenant = systemContext(services, tenant);
  await ignoreTaken(createPlatformStaff(platform, { ...DEMO.platformAdmin, roles: ['PLATFORM_ADMIN'] }));
  await ignoreTaken(createStaffUser(inTenant, { ...DEMO.tenantAdmin, roles: ['TENANT_ADMIN'] }));
  await ignoreTaken(createStaffUser(inTenant, { ...DEMO.riskAnalyst, roles: ['RISK'] }));
  await ignoreTaken(registerPlayer(inTenant, DEMO.player));
  for (const g of DEMO.games) await ignoreTaken(addGame(inTenant, { ...g, currencies: [...g.currencies] }));
  const { terms } = DEMO.welcomeBonus;
  await ignoreTaken(
    createBonusTemplate(inTenant, {
      name: DEMO.welcomeBonus.name,
      terms: { ...terms, currencies: terms.currencies.map((c) => ({ ...c })), wagering: { ...terms.wagering }, gameWeights: terms.gameWeights.map((w) => ({ ...w })) },
    }),
  );
  const [welcome] = await tenantTx(inTenant, (tx) =>
    tx.em.execute<{ id: string }[]>(`select id from bonus_template where tenant_id = ? and name = ? and status = 'ACTIVE'`, [tx.tenantId, DEMO.welcomeBonus.name]),
  );
  if (welcome) {
    const { welcomeOffer } = DEMO;
    await ignoreTaken(createOffer(inTenant, { ...welcomeOffer, placements: [...welcomeOffer.placements], rewardTemplateId: welcome.id }));
  }
  const { vip } = DEMO;
  await updateVipSettings(inTenant, {
    ...vip.settings,
    earnRates: { ...vip.settings.earnRates },
    rakeRates: { ...vip.settings.rakeRates },
    gameWeights: { games: {}, categories: { ...vip.settings.gameWeights.categories }, default: vip.settings.gameWeights.default },
    cashRedemption: { ...vip.settings.cashRedemption },
  });
  for (const tier of vip.tiers) await ignoreTaken(createTier(inTenant, { ...tier }));
  await seedSandbox(inTenant, options);
  await seedKycSandbox(inTenant);
  return DEMO;
}

/** The sandbox provider (its endpoint follows the platform's URL, which may change between starts) and the demo player's deposit. */
async function seedSandbox(ctx: Context, options: SeedOptions): Promise<void> {
  const endpoint = sandboxWebhookUrl(options.url);
  const { sandbox, funding } = DEMO;
  const state = await tenantTx(ctx, async (tx) => {
    const [provider] = await tx.em.execute<{ endpoint: string | null }[]>(`select endpoint from payment_provider where tenant_id = ? and code = ?`, [tx.tenantId, sandbox.code]);
    const [player] = await tx.em.execute<{ id: string }[]>(`select id from player where tenant_id = ? and email = ?`, [tx.tenantId, DEMO.player.email]);
    const [payment] = player
      ? await tx.em.execute<{ id: string }[]>(`select id from payment where tenant_id = ? and player_id = ? limit 1`, [tx.tenantId, player.id])
      : [];
    return { endpoint: provider?.endpoint ?? null, playerId: player?.id ?? null, paid: Boolean(payment) };
  });
  if (state.endpoint !== endpoint) {
    await setPaymentProvider(ctx, {
      code: sandbox.code,
      currencies: ['EUR', 'USD', 'TRY'],
      minAmount: sandbox.minAmount,
      maxAmount: sandbox.maxAmount,
      apiKey: sandbox.apiKey,
      webhookSecret: sandbox.webhookSecret,
      endpoint,
    });
  }
  if (state.playerId && !state.paid) {
    // The demo player deposits through the sandbox, as a frontend would: the credit comes with the webhook.
    const asPlayer: Context = { ...ctx, principal: { kind: 'player', playerId: state.playerId, tenantId: ctx.tenant!.id, sessionId: 'seed' } };
    const { payment } = await createDeposit(asPlayer, { provider: sandbox.code, currency: funding.currency, amount: funding.amount });
    // Waits for the sandbox's webhook (about a second), so the banner's balance is true when it
    // is printed and no webhook is still in flight when the first start is stopped at once.
    const deadline = Date.now() + SEED_DEPOSIT_WAIT_MS;
    while (Date.now() < deadline && (await paymentById(ctx, payment.id)).status === 'PENDING') {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * The sandbox KYC provider (modules/risk/kyc.sandbox.ts), so the demo's players can verify
 * offline and the tenant's KYC rules apply. Seeded after the demo deposit (below the EUR 2,000
 * threshold anyway).
 */
async function seedKycSandbox(ctx: Context): Promise<void> {
  const [existing] = await tenantTx(ctx, (tx) => tx.em.execute<{ id: string }[]>(`select id from kyc_provider where tenant_id = ? and code = 'sandbox'`, [tx.tenantId]));
  if (existing) return;
  await setKycProvider(ctx, { code: 'sandbox', apiToken: 'sandbox-demo-kyc-token', webhookToken: 'sandbox-demo-kyc-webhook' });
}

export { SandboxRefusedInProductionError };
