import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { platformTx, requireTenant, tenantTx, tenantTxFor, type Context, type Services, type TenantTx } from '../../src/context.js';
import { AppError, TenantNotFoundError, UnauthenticatedError } from '../../src/errors.js';
import { isLocale, type Locale } from '../../src/i18n.js';
import { newId } from '../../src/ids.js';
import { parseInput } from '../../src/validation.js';
import { hashPassword, verifyPassword } from '../../src/auth/passwords.js';
import { hashSecret, randomSecret } from '../../src/auth/secrets.js';
import type { Principal } from '../../src/auth/principal.js';
import { RateLimitedError } from '../../src/rate-limit.js';
import { queueEmail, type EmailTemplate } from '../../src/email/outbox.js';
import { renderPasswordReset, resetLink, type RenderedEmail } from '../../src/email/templates.js';
import { sessionSubject } from '../../src/session-subjects.js';
import { bindTransactionTo } from '../../src/db/tenancy.js';
import { tenantDirectory } from '../tenants/index.js';
import { passwordRule } from './identity.service.js';

/**
 * Password changes, password resets by email, and the must-change-password gate
 * (docs/accounts.md). Service functions; the schema is identity.passwords.schema.ts.
 */

/** How long a reset link works. */
export const RESET_TOKEN_TTL_MINUTES = 30;

/** The kinds of account with a password (AFFILIATE: kept by the affiliates module, src/session-subjects.ts). */
export type PasswordAccountKind = 'PLAYER' | 'STAFF' | 'PLATFORM_STAFF' | 'AFFILIATE';

// ---------------------------------------------------------------- errors

export class CurrentPasswordIncorrectError extends AppError {
  constructor() {
    super('CURRENT_PASSWORD_INCORRECT', {
      en: 'The current password is incorrect.',
      tr: 'Mevcut şifre hatalı.',
    });
  }
}

export class InvalidResetTokenError extends AppError {
  constructor() {
    super('INVALID_RESET_TOKEN', {
      en: 'This password reset link is invalid, already used or expired; ask for a new one.',
      tr: 'Bu şifre sıfırlama bağlantısı geçersiz, kullanılmış veya süresi dolmuş; yeni bir bağlantı isteyin.',
    });
  }
}

export class PasswordChangeRequiredError extends AppError {
  constructor() {
    super(
      'PASSWORD_CHANGE_REQUIRED',
      {
        en: 'This account must change its password first (changePassword); nothing else is allowed until then.',
        tr: 'Bu hesabın önce şifresini değiştirmesi gerekiyor (changePassword); o zamana kadar başka bir işleme izin verilmez.',
      },
      403,
    );
  }
}

// ---------------------------------------------------------------- must change password

/**
 * Principals whose account must change its password first (platform or tenant staff with
 * `must_change_password`). Marked by `authenticate` when it builds the principal; a principal
 * lives for one operation, so the mark is as fresh as the row.
 */
const mustChange = new WeakSet<Principal>();

export function markPasswordChangeRequired(principal: Principal): void {
  mustChange.add(principal);
}

export function passwordChangeRequired(principal: Principal | null): boolean {
  return !!principal && mustChange.has(principal);
}

// ---------------------------------------------------------------- platform rows

/**
 * A platform transaction that also sees the platform's rows of password_reset and
 * email_outbox (tenant_id null; the migration's row-level rule). Only those two tables read
 * 'platform' as a scope: a transaction started here touches no other tenant table.
 */
function platformRowsTx<T>(ctx: Context, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return platformTx(ctx, async (em) => {
    await bindTransactionTo(em, 'platform');
    return fn(em);
  });
}

// ---------------------------------------------------------------- sessions

/**
 * Ends the subject's sessions except `keep`, in the caller's transaction; answers the ended
 * session ids (their live connections are closed after commit by `announceEnded`).
 */
export async function endTenantSessions(em: EntityManager, tenantId: string, subjectId: string, keep: string | null): Promise<string[]> {
  const rows: { id: string }[] = await em.execute(
    `update auth_session set revoked_at = now() where tenant_id = ? and subject_id = ? and revoked_at is null and (?::uuid is null or id <> ?::uuid) returning id`,
    [tenantId, subjectId, keep, keep],
  );
  return rows.map((r) => r.id);
}

async function endPlatformSessions(em: EntityManager, staffId: string, keep: string | null): Promise<string[]> {
  const rows: { id: string }[] = await em.execute(
    `update platform_session set revoked_at = now() where staff_id = ? and revoked_at is null and (?::uuid is null or id <> ?::uuid) returning id`,
    [staffId, keep, keep],
  );
  return rows.map((r) => r.id);
}

/** Live connections of ended sessions close, on every instance (src/server.ts). */
export async function announceEnded(services: Services, sessionIds: readonly string[]): Promise<void> {
  for (const id of sessionIds) await services.lookups.invalidate(`session:${id}`);
}

/**
 * Reset links not yet used stop working (a newer link, a changed password). Platform staff's
 * links have no tenant (null): they are read by `tenant_id is null`, which no tenant predicate
 * routes (docs/tenancy.md, "Statements name their tenant").
 */
async function retireResetTokens(em: EntityManager, tenantId: string | null, subjectId: string): Promise<void> {
  if (tenantId === null) {
    await em.execute(
      `update password_reset /* all-tenants: platform staff's links, which have no tenant */ set used_at = now() where tenant_id is null and subject_id = ? and used_at is null`,
      [subjectId],
    );
  } else {
    await em.execute(`update password_reset set used_at = now() where tenant_id = ? and subject_id = ? and used_at is null`, [tenantId, subjectId]);
  }
}

// ---------------------------------------------------------------- change password

const changeInput = () =>
  z
    .object({ currentPassword: z.string().min(1).max(256), newPassword: passwordRule })
    .refine((v) => v.currentPassword !== v.newPassword, { path: ['newPassword'], message: 'must differ from the current password' });

/**
 * Changes the caller's password: the current one is required. Every other session of the
 * account ends (the caller's own goes on), links of pending resets stop working, and a
 * must-change-password mark is cleared. Answers how many sessions ended.
 */
export async function changePassword(ctx: Context, input: { currentPassword: string; newPassword: string }): Promise<{ sessionsEnded: number }> {
  const p = ctx.principal;
  // An affiliate's password is set through its invitation link (docs/affiliates.md); the schema refuses it before this.
  if (!p || p.kind === 'apiKey' || p.kind === 'affiliate') throw new UnauthenticatedError();
  const data = parseInput(changeInput(), input);
  const newHash = await hashPassword(data.newPassword);

  let ended: string[];
  if (p.kind === 'platform') {
    ended = await platformRowsTx(ctx, async (em) => {
      const rows: { password_hash: string }[] = await em.execute(`select password_hash from platform_staff where id = ? for update`, [p.staffId]);
      if (!rows[0] || !(await verifyPassword(rows[0].password_hash, data.currentPassword))) throw new CurrentPasswordIncorrectError();
      await em.execute(`update platform_staff set password_hash = ?, must_change_password = false where id = ?`, [newHash, p.staffId]);
      await retireResetTokens(em, null, p.staffId);
      return endPlatformSessions(em, p.staffId, p.sessionId);
    });
    ctx.services.logger.info({ staffId: p.staffId, sessionsEnded: ended.length }, 'platform staff changed their password');
  } else {
    const subject = p.kind === 'player' ? { table: 'player', type: 'Player' as const, id: p.playerId } : { table: 'staff_user', type: 'StaffUser' as const, id: p.staffId };
    ended = await tenantTx(ctx, async (tx) => {
      const rows: { password_hash: string }[] = await tx.em.execute(`select password_hash from ${subject.table} where tenant_id = ? and id = ? for update`, [tx.tenantId, subject.id]);
      if (!rows[0] || !(await verifyPassword(rows[0].password_hash, data.currentPassword))) throw new CurrentPasswordIncorrectError();
      const clearMark = subject.table === 'staff_user' ? ', must_change_password = false' : '';
      await tx.em.execute(`update ${subject.table} set password_hash = ?${clearMark} where tenant_id = ? and id = ?`, [newHash, tx.tenantId, subject.id]);
      await retireResetTokens(tx.em, tx.tenantId, subject.id);
      const sessions = await endTenantSessions(tx.em, tx.tenantId, subject.id, p.sessionId);
      await tx.audit({ action: 'password.change', target: { type: subject.type, id: subject.id }, diff: { sessionsEnded: sessions.length } });
      return sessions;
    });
  }
  await announceEnded(ctx.services, ended);
  return { sessionsEnded: ended.length };
}

// ---------------------------------------------------------------- request a reset

const requestInput = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email({ message: 'must be an email address' })).pipe(z.string().max(254)),
    accountKind: z.enum(['PLAYER', 'STAFF', 'PLATFORM_STAFF']).default('PLAYER'),
    tenant: z.string().trim().toLowerCase().min(1).max(40).optional(),
  })
  .refine((v) => v.accountKind !== 'STAFF' || v.tenant !== undefined, { path: ['tenant'], message: 'is required for STAFF: the slug of the tenant' })
  .refine((v) => v.accountKind === 'STAFF' || v.tenant === undefined, { path: ['tenant'], message: 'is only for STAFF (players use the tenant of the request)' });

/**
 * Per-instance limits of reset requests (only when rate limits are on): per address, a
 * refusal (RATE_LIMITED, which says nothing about any account); per email, silence (the
 * answer stays the same, no further email is sent), so nobody can flood an inbox.
 */
const limiters = new WeakMap<Services, { ip: RateLimiterMemory; email: RateLimiterMemory }>();
const IP_LIMIT = { points: 10, duration: 15 * 60 };
const EMAIL_LIMIT = { points: 3, duration: 15 * 60 };

function limitersOf(services: Services) {
  let found = limiters.get(services);
  if (!found) {
    found = { ip: new RateLimiterMemory(IP_LIMIT), email: new RateLimiterMemory(EMAIL_LIMIT) };
    limiters.set(services, found);
  }
  return found;
}

async function underLimit(limiter: RateLimiterMemory, key: string): Promise<number | null> {
  try {
    await limiter.consume(key, 1);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/**
 * Writes a one-time password link for the account (earlier unused links of it stop working) and
 * queues its email, in the caller's transaction: the link exists exactly when the email is sent.
 * `resetPassword` takes the token. Used by reset requests here and by invitations of accounts kept
 * above identity (affiliates' `inviteAffiliate`).
 */
export async function sendPasswordLink(
  em: EntityManager,
  services: Services,
  target: PasswordLinkTarget,
  email: { validMinutes: number; template: EmailTemplate; render: (token: string) => RenderedEmail },
): Promise<void> {
  await retireResetTokens(em, target.tenantId, target.id);
  const token = randomSecret(32);
  await em.execute(
    `insert into password_reset (id, tenant_id, subject_kind, subject_id, token_hash, expires_at) values (?, ?, ?, ?, ?, now() + make_interval(mins => ?))`,
    [newId(), target.tenantId, target.kind, target.id, hashSecret(token), email.validMinutes],
  );
  await queueEmail(em, services, { tenantId: target.tenantId, to: target.email, locale: target.locale, template: email.template, message: email.render(token) });
}

/** Whose password a link sets. */
export interface PasswordLinkTarget {
  tenantId: string | null;
  kind: PasswordAccountKind;
  id: string;
  email: string;
  locale: Locale;
}

interface ResetTarget {
  tenantId: string | null;
  tenantSlug: string | null;
  kind: PasswordAccountKind;
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

/**
 * Sends a reset link to the account with this email, if there is one and it is active. The
 * answer is the same whether or not an account exists (no account enumeration), and nothing
 * about the account is returned. A player is looked up in the request's tenant, tenant staff
 * in the tenant named by `tenant`, platform staff among the platform's.
 */
export async function requestPasswordReset(
  ctx: Context,
  input: { email: string; accountKind?: PasswordAccountKind | null; tenant?: string | null },
): Promise<void> {
  const data = parseInput(requestInput, { ...input, accountKind: input.accountKind ?? undefined, tenant: input.tenant ?? undefined });
  const player = data.accountKind === 'PLAYER';
  const tenant = player ? requireTenant(ctx) : data.tenant ? await tenantDirectory.bySlug(ctx.services, data.tenant) : null;
  if (data.tenant && !tenant) throw new TenantNotFoundError(data.tenant);

  if (ctx.services.rateLimiter) {
    const { ip, email } = limitersOf(ctx.services);
    const retryAfter = await underLimit(ip, ctx.ip || 'unknown');
    if (retryAfter !== null) throw new RateLimitedError(retryAfter);
    if ((await underLimit(email, `${tenant?.id ?? 'platform'}:${data.accountKind}:${data.email}`)) !== null) {
      ctx.services.logger.info({ tenantId: tenant?.id ?? null, accountKind: data.accountKind }, 'password reset request over the per-email limit: no email sent');
      return;
    }
  }

  const requestLocale: Locale = ctx.locale;
  const send = async (em: EntityManager, target: ResetTarget | null) => {
    if (!target) return;
    const base = target.kind === 'PLAYER' ? ctx.services.config.passwordReset.playerUrl : ctx.services.config.passwordReset.staffUrl;
    await sendPasswordLink(em, ctx.services, target, {
      validMinutes: RESET_TOKEN_TTL_MINUTES,
      template: 'password-reset',
      render: (token) => renderPasswordReset(target.locale, { name: target.name, link: resetLink(base, token, target.tenantSlug), validMinutes: RESET_TOKEN_TTL_MINUTES }),
    });
  };

  if (!tenant) {
    await platformRowsTx(ctx, async (em) => {
      const rows: { id: string; email: string; name: string }[] = await em.execute(
        `select id, email, name from platform_staff where lower(email) = ? and disabled_at is null`,
        [data.email],
      );
      const row = rows[0];
      await send(em, row ? { tenantId: null, tenantSlug: null, kind: 'PLATFORM_STAFF', id: row.id, email: row.email, name: row.name, locale: requestLocale } : null);
    });
    return;
  }
  const run = player ? (fn: (tx: TenantTx) => Promise<void>) => tenantTx(ctx, fn) : (fn: (tx: TenantTx) => Promise<void>) => tenantTxFor(ctx, tenant.id, fn);
  await run(async ({ em, tenantId }) => {
    if (player) {
      const rows: { id: string; email: string; display_name: string; locale: string }[] = await em.execute(
        `select id, email, display_name, locale from player where tenant_id = ? and lower(email) = ? and status = 'ACTIVE'`,
        [tenantId, data.email],
      );
      const row = rows[0];
      const locale = row && isLocale(row.locale) ? row.locale : requestLocale;
      await send(em, row ? { tenantId, tenantSlug: tenant.slug, kind: 'PLAYER', id: row.id, email: row.email, name: row.display_name, locale } : null);
    } else {
      const rows: { id: string; email: string; name: string }[] = await em.execute(
        `select id, email, name from staff_user where tenant_id = ? and lower(email) = ? and disabled_at is null`,
        [tenantId, data.email],
      );
      const row = rows[0];
      await send(em, row ? { tenantId, tenantSlug: tenant.slug, kind: 'STAFF', id: row.id, email: row.email, name: row.name, locale: requestLocale } : null);
    }
  });
}

// ---------------------------------------------------------------- reset

const resetInput = () => z.object({ token: z.string().trim().min(1).max(200), newPassword: passwordRule });

/**
 * Sets a new password with a token from a reset email. The token works once and for
 * RESET_TOKEN_TTL_MINUTES; it names its account and tenant by itself. Every session of the
 * account ends, and a must-change-password mark is cleared. Answers the kind of account, so a
 * frontend can send its user to the right sign-in.
 */
export async function resetPassword(ctx: Context, input: { token: string; newPassword: string }): Promise<{ accountKind: PasswordAccountKind }> {
  const data = parseInput(resetInput(), input);
  const tokenHash = hashSecret(data.token);
  const scope: { id: string; tenant_id: string | null }[] = await ctx.em.fork().execute(`select id, tenant_id from password_reset_scope(?)`, [tokenHash]);
  const reset = scope[0];
  if (!reset) throw new InvalidResetTokenError();
  const newHash = await hashPassword(data.newPassword);

  // Taken in the transaction that changes the password, so two uses of one token cannot both succeed.
  const take = async (em: EntityManager) => {
    const rows: { subject_kind: PasswordAccountKind; subject_id: string }[] =
      reset.tenant_id === null
        ? await em.execute(
            `update password_reset /* all-tenants: a platform staff's link, which has no tenant */ set used_at = now()
              where tenant_id is null and id = ? and used_at is null and expires_at > now() returning subject_kind, subject_id`,
            [reset.id],
          )
        : await em.execute(
            `update password_reset set used_at = now() where tenant_id = ? and id = ? and used_at is null and expires_at > now() returning subject_kind, subject_id`,
            [reset.tenant_id, reset.id],
          );
    if (!rows[0]) throw new InvalidResetTokenError();
    return rows[0];
  };

  let ended: string[];
  let kind: PasswordAccountKind;
  if (reset.tenant_id === null) {
    ({ ended, kind } = await platformRowsTx(ctx, async (em) => {
      const taken = await take(em);
      await em.execute(`update platform_staff set password_hash = ?, must_change_password = false where id = ?`, [newHash, taken.subject_id]);
      await retireResetTokens(em, null, taken.subject_id);
      return { ended: await endPlatformSessions(em, taken.subject_id, null), kind: taken.subject_kind };
    }));
    ctx.services.logger.info({ sessionsEnded: ended.length }, 'platform staff password reset');
  } else {
    const tenantId = reset.tenant_id;
    ({ ended, kind } = await tenantTxFor(ctx, tenantId, async ({ em, audit }) => {
      const taken = await take(em);
      let auditType: 'Player' | 'StaffUser' | 'Affiliate';
      if (taken.subject_kind === 'AFFILIATE') {
        const subject = sessionSubject('AFFILIATE');
        await subject.setPasswordHash(em, tenantId, taken.subject_id, newHash);
        auditType = subject.auditType;
      } else {
        const player = taken.subject_kind === 'PLAYER';
        await em.execute(
          player
            ? `update player set password_hash = ? where tenant_id = ? and id = ?`
            : `update staff_user set password_hash = ?, must_change_password = false where tenant_id = ? and id = ?`,
          [newHash, tenantId, taken.subject_id],
        );
        auditType = player ? 'Player' : 'StaffUser';
      }
      await retireResetTokens(em, tenantId, taken.subject_id);
      const sessions = await endTenantSessions(em, tenantId, taken.subject_id, null);
      await audit({ action: 'password.reset', target: { type: auditType, id: taken.subject_id }, diff: { sessionsEnded: sessions.length } });
      return { ended: sessions, kind: taken.subject_kind };
    }));
  }
  await announceEnded(ctx.services, ended);
  return { accountKind: kind };
}
