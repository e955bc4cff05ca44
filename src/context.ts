import type { JobQueue } from './jobs/queue.js';
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Config } from './config.js';
import { actorOf, type Principal } from './auth/principal.js';
import { appendAudit, type AuditActor, type AuditEntry } from './audit/append.js';
import { PERMISSIONS } from './auth/permissions.js';
import type { TokenService } from './auth/tokens.js';
import { bindTransactionTo, inPlatformTransaction, inTenantTransaction } from './db/tenancy.js';
import { TenantNotFoundError, TenantRequiredError, TenantSuspendedError, UnauthenticatedError, type AppError } from './errors.js';
import { writeOutboxEvent } from './events/outbox.js';
import type { PubSub } from './events/pubsub.js';
import type { RateLimiter } from './rate-limit.js';
import type { LookupCache } from './lookup-cache.js';
import type { OutboxRelay } from './events/relay.js';
import { isLocale, localeFromAcceptLanguage, type Locale } from './i18n.js';
import type { Logger } from './observability/logger.js';

/** The tenant an operation runs for, as the spine needs to know it. */
export interface TenantRef {
  id: string;
  slug: string;
  status: 'ACTIVE' | 'SUSPENDED';
  defaultLocale: string;
  locales: string[];
  /** ISO 4217 codes the tenant's wallets may hold. */
  currencies: string[];
  defaultCurrency: string;
}

/** What the spine asks of the identity and tenants modules (wired in server.ts). */
export interface Authenticator {
  /** The principal for a credential, or UnauthenticatedError. */
  authenticate(services: Services, credential: Credential): Promise<{ principal: Principal; locale?: string }>;
}
export interface TenantDirectory {
  byId(services: Services, id: string): Promise<TenantRef | null>;
  bySlug(services: Services, slug: string): Promise<TenantRef | null>;
  byDomain(services: Services, host: string): Promise<TenantRef | null>;
}
export type Credential = { kind: 'bearer'; token: string } | { kind: 'apiKey'; key: string };

export interface Services {
  config: Config;
  orm: MikroORM;
  /** A plain pg pool (app role) for hot paths that are one SQL function call (wallet posting). */
  sql: pg.Pool;
  pubsub: PubSub;
  relay: OutboxRelay;
  tokens: TokenService;
  logger: Logger;
  authenticator: Authenticator;
  tenants: TenantDirectory;
  /** Present when Redis is configured: readiness checks it. */
  redisPing?: () => Promise<boolean>;
  /** Per-caller rate limits (src/rate-limit.ts); absent when RATE_LIMIT_ENABLED=false. */
  rateLimiter?: RateLimiter;
  /** Short-lived memo of tenant and API-key lookups, invalidated across instances on change. */
  lookups: LookupCache;
  /** The durable job queue (src/jobs): enqueue in the transaction of the cause. */
  jobs: JobQueue;
}

export interface Context {
  requestId: string;
  locale: Locale;
  principal: Principal | null;
  /** The resolved tenant, or null with the reason in `tenantProblem`. */
  tenant: TenantRef | null;
  tenantProblem: AppError | null;
  ip: string;
  /** The client's device fingerprint (X-Device-Fingerprint), an abuse signal of bonus claims; absent when not sent. */
  deviceFingerprint?: string;
  /** One EntityManager fork per operation. */
  em: EntityManager;
  services: Services;
}

/** A tenant transaction as services see it. */
export interface TenantTx {
  em: EntityManager;
  tenantId: string;
  /** Writes an event to the outbox; it is published only if the transaction commits. */
  emit(stream: string, type: string, payload: unknown, seq?: number): Promise<number>;
  /** Tells the transaction that SQL of its own wrote outbox rows: the relay is nudged after commit. */
  outboxWritten(): void;
  /**
   * Records an event of the tenant's audit chain, appended when `fn` has done its work, still in
   * this transaction: recorded exactly if it commits. The chain's head row is the one lock every
   * audited transaction of a tenant shares, so it is taken last (docs/wallet.md, lock order):
   * a transaction never holds it while it waits for ledger accounts or its own rows.
   */
  audit(entry: AuditEntry): Promise<void>;
}

export interface RequestFacts {
  headers: Record<string, string | string[] | undefined>;
  ip: string;
  requestId?: string;
}

function header(headers: RequestFacts['headers'], name: string): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** X-Device-Fingerprint, trimmed and bounded (a client's value, used only to compare claims). */
function deviceFingerprintOf(headers: RequestFacts['headers']): { deviceFingerprint?: string } {
  const value = header(headers, 'x-device-fingerprint')?.trim().slice(0, 200);
  return value ? { deviceFingerprint: value } : {};
}

function credentialFrom(headers: RequestFacts['headers']): Credential | null {
  const authorization = header(headers, 'authorization');
  if (authorization) {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('malformed Authorization header');
    return { kind: 'bearer', token: match[1]! };
  }
  const apiKey = header(headers, 'x-api-key');
  return apiKey ? { kind: 'apiKey', key: apiKey.trim() } : null;
}

/**
 * request -> principal -> tenant -> EntityManager fork. Throws AppError for a bad
 * credential, or for players and partners of a suspended tenant.
 */
export async function buildContext(services: Services, facts: RequestFacts): Promise<Context> {
  const credential = credentialFrom(facts.headers);
  const auth = credential ? await services.authenticator.authenticate(services, credential) : null;
  const principal = auth?.principal ?? null;

  let tenant: TenantRef | null = null;
  let tenantProblem: AppError | null = null;
  const principalTenantId = principal && principal.kind !== 'platform' ? principal.tenantId : undefined;
  const slug = header(facts.headers, 'x-tenant');
  if (principalTenantId) {
    tenant = await services.tenants.byId(services, principalTenantId);
    if (!tenant) throw new UnauthenticatedError('unknown tenant');
  } else if (slug) {
    tenant = await services.tenants.bySlug(services, slug.trim().toLowerCase());
    if (!tenant) tenantProblem = new TenantNotFoundError(slug);
  } else {
    const host = header(facts.headers, 'host')?.split(':')[0]?.toLowerCase();
    if (host) tenant = await services.tenants.byDomain(services, host);
    if (!tenant) tenantProblem = new TenantRequiredError();
  }
  if (tenant?.status === 'SUSPENDED') {
    const refused = !principal || principal.kind === 'player' || principal.kind === 'apiKey' || principal.kind === 'affiliate';
    if (refused && principal) throw new TenantSuspendedError(tenant.slug);
    if (refused) {
      tenantProblem = new TenantSuspendedError(tenant.slug);
      tenant = null;
    }
  }

  const locale = localeOf(auth?.locale, header(facts.headers, 'accept-language'), tenant);

  const context: Omit<Context, 'em'> = {
    requestId: facts.requestId ?? randomUUID(),
    locale,
    principal,
    tenant,
    tenantProblem,
    ip: facts.ip,
    ...deviceFingerprintOf(facts.headers),
    services,
  };
  return Object.assign(Object.create(lazyEntityManager) as Context, context);
}

/**
 * The language of an operation: a signed-in player's own (their stored locale, read with the
 * session on every request, so a change applies to their next request), else the best of
 * Accept-Language (q-values honoured), else the tenant's default, else English; always one
 * the tenant offers.
 */
export function localeOf(playerLocale: string | undefined, acceptLanguage: string | undefined, tenant: Pick<TenantRef, 'locales' | 'defaultLocale'> | null): Locale {
  const offered = (l: string | undefined): l is Locale => !!l && isLocale(l) && (!tenant || tenant.locales.includes(l));
  if (offered(playerLocale)) return playerLocale;
  const requested = localeFromAcceptLanguage(acceptLanguage, tenant?.locales, tenant?.defaultLocale);
  if (offered(requested)) return requested;
  if (tenant && offered(tenant.defaultLocale)) return tenant.defaultLocale;
  return 'en';
}

const FORKED = Symbol('forked EntityManager');
/**
 * The request's EntityManager, forked on first use: operations that never touch the ORM (a
 * wallet posting) skip it. A getter on the prototype, because Apollo copies the context's own
 * properties (which would call an own getter) and keeps its prototype.
 */
const lazyEntityManager = {
  get em(): EntityManager {
    const self = this as unknown as { services: Services; [FORKED]?: EntityManager };
    return (self[FORKED] ??= self.services.orm.em.fork());
  },
};

/** The operation's tenant, or the typed reason there is none. */
export function requireTenant(ctx: Context): TenantRef {
  if (ctx.tenant) return ctx.tenant;
  throw ctx.tenantProblem ?? new TenantRequiredError();
}

/** Runs `fn` in a transaction of the operation's tenant; publishes its events after commit. */
export async function tenantTx<T>(ctx: Context, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
  return tenantTxFor(ctx, requireTenant(ctx).id, fn);
}

/** Same as tenantTx for an explicit tenant (platform staff acting on a tenant they name). */
export async function tenantTxFor<T>(ctx: Context, tenantId: string, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
  let emitted = false;
  const result = await inTenantTransaction(ctx.em, tenantId, async (em) => {
    const audits: AuditEntry[] = [];
    const value = await fn({
      em,
      tenantId,
      emit: (stream, type, payload, seq) => {
        emitted = true;
        return writeOutboxEvent(em, { tenantId, stream, type, payload, ...(seq === undefined ? {} : { seq }) });
      },
      outboxWritten: () => {
        emitted = true;
      },
      audit: async (entry) => {
        audits.push(entry);
      },
    });
    const actor = auditActorOf(ctx);
    for (const entry of audits) await appendAudit(em, tenantId, actor, entry);
    return value;
  });
  if (emitted) ctx.services.relay.nudge();
  return result;
}

export function platformTx<T>(ctx: Context, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return inPlatformTransaction(ctx.em, fn);
}

/** The actor of an audit event: the caller, their request and address. */
export function auditActorOf(ctx: Context): AuditActor {
  const actor = ctx.principal ? actorOf(ctx.principal) : { kind: 'ANONYMOUS', id: '-' };
  return { ...actor, requestId: ctx.requestId, ip: ctx.ip || null };
}

/**
 * Audits a platform action on one tenant (creating or suspending it) inside a platform
 * transaction: the transaction takes that tenant for the rest of its life, so call this last.
 */
export async function auditPlatformAction(ctx: Context, em: EntityManager, tenantId: string, entry: AuditEntry): Promise<number> {
  await bindTransactionTo(em, tenantId);
  return appendAudit(em, tenantId, auditActorOf(ctx), entry);
}

/**
 * A context acting as the platform itself, outside any request: seeding, jobs, tests'
 * set-up. It holds every permission, so only trusted code may build one.
 */
export function systemContext(services: Services, tenant: TenantRef | null = null): Context {
  return {
    requestId: `system-${randomUUID()}`,
    locale: 'en',
    principal: {
      kind: 'platform',
      staffId: '00000000-0000-0000-0000-000000000000',
      sessionId: 'system',
      roles: ['PLATFORM_ADMIN'],
      permissions: new Set(PERMISSIONS),
    },
    tenant,
    tenantProblem: null,
    ip: '127.0.0.1',
    em: services.orm.em.fork(),
    services,
  };
}
