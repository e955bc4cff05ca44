import { systemContext, type Services } from './context.js';
import { createTenant, tenantDirectory } from '../modules/tenants/index.js';
import { createPlatformStaff, createStaffUser, registerPlayer } from '../modules/identity/index.js';
import { EmailTakenError } from '../modules/identity/identity.errors.js';

/** The demo logins `npm start` prints on the embedded default. Development only. */
export const DEMO_TENANT_SLUG = 'demo';

export const DEMO = {
  tenant: { slug: DEMO_TENANT_SLUG, name: 'Demo Casino', domains: ['demo.localhost'] },
  platformAdmin: { email: 'platform@croupier.local', password: 'platform-demo-pass', name: 'Platform Admin' },
  tenantAdmin: { email: 'admin@demo.local', password: 'admin-demo-pass', name: 'Demo Admin' },
  player: { email: 'player@demo.local', password: 'player-demo-pass', displayName: 'Demo Player' },
} as const;

async function ignoreTaken(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
  }
}

/** Creates the demo tenant and its logins if they are missing; safe to run on every start. */
export async function seedDemo(services: Services): Promise<typeof DEMO> {
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
  await ignoreTaken(registerPlayer(inTenant, DEMO.player));
  return DEMO;
}
