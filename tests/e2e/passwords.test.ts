import { createHash, randomUUID } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { graphqlError } from '../helpers/errors.js';
import { bearer, expectType, newPlayer, newStaff, newTenant, PASSWORD, platformAdmin, type TestTenant } from '../helpers/world.js';
import { createPlatformStaff } from '../../modules/identity/index.js';
import { systemContext } from '../../src/context.js';
import { pruneEmailOutbox } from '../../src/email/delivery.js';

const NEW_PASSWORD = 'a-brand-new-passphrase';

/** The server's JSON log lines, kept in memory. */
function logSink() {
  const lines: Record<string, unknown>[] = [];
  return {
    lines,
    stream: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    /** Messages the development sender logged, to this address. */
    emailsTo: (to: string) =>
      lines
        .map((l) => l['email'] as { to: string; subject: string; text: string } | undefined)
        .filter((e): e is { to: string; subject: string; text: string } => !!e && e.to === to),
  };
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The token of a reset link: its last path segment. */
function tokenOf(text: string): string {
  const link = /https?:\/\/\S+/.exec(text)?.[0];
  if (!link) throw new Error(`no link in: ${text}`);
  return new URL(link).pathname.split('/').at(-1)!;
}

async function onDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function staffSignIn(server: TestServer, email: string, password: string, tenant?: string) {
  const { staffLogin } = await server.sdk().StaffLogin({ input: { email, password, ...(tenant ? { tenant } : {}) } });
  return staffLogin;
}

const EMAIL_ENV = { EMAIL_DELIVERY_INTERVAL_MS: '100', PASSWORD_RESET_URL: 'https://{tenant}.casino.test/reset-password', STAFF_PASSWORD_RESET_URL: 'https://office.casino.test/reset' };

describe('passwords (development sender)', () => {
  let server: TestServer;
  let platform: Sdk;
  let tenant: TestTenant;
  const log = logSink();

  beforeAll(async () => {
    // More reset requests than one address may make (see the rate-limit tests below).
    server = await startServer({ logLevel: 'info', logStream: log.stream, env: { ...EMAIL_ENV, EMAIL_SENDER: 'development', RATE_LIMIT_ENABLED: 'false' } });
    platform = (await platformAdmin(server)).sdk;
    tenant = await newTenant(server, platform);
  });
  afterAll(() => server?.close());

  it('changes a player\'s password with the current one, and ends their other sessions only', async () => {
    const player = await newPlayer(server, tenant);
    const { login } = await tenant.public.Login({ input: { email: player.email, password: PASSWORD } });
    const elsewhere = server.sdk(bearer(expectType(login, 'LoginPayload').tokens.accessToken));

    const wrong = await player.sdk.ChangePassword({ input: { currentPassword: 'not-the-password', newPassword: NEW_PASSWORD } });
    expect(expectType(wrong.changePassword, 'CurrentPasswordIncorrectError').code).toBe('CURRENT_PASSWORD_INCORRECT');
    const short = await player.sdk.ChangePassword({ input: { currentPassword: PASSWORD, newPassword: 'short' } });
    expect(expectType(short.changePassword, 'ValidationError').code).toBe('VALIDATION_FAILED');
    const same = await player.sdk.ChangePassword({ input: { currentPassword: PASSWORD, newPassword: PASSWORD } });
    expect(expectType(same.changePassword, 'ValidationError').code).toBe('VALIDATION_FAILED');
    // Nothing was changed by the refusals: the other session still works.
    expect((await elsewhere.Viewer()).viewer?.kind).toBe('PLAYER');

    const changed = await player.sdk.ChangePassword({ input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } });
    expect(expectType(changed.changePassword, 'ChangePasswordPayload').sessionsEnded).toBe(1);
    expect((await player.sdk.Viewer()).viewer?.kind).toBe('PLAYER');
    expect((await graphqlError(elsewhere.Viewer())).code).toBe('UNAUTHENTICATED');

    const old = await tenant.public.Login({ input: { email: player.email, password: PASSWORD } });
    expectType(old.login, 'InvalidCredentialsError');
    const fresh = await tenant.public.Login({ input: { email: player.email, password: NEW_PASSWORD } });
    expectType(fresh.login, 'LoginPayload');
  });

  it('changes a tenant staff user\'s and a platform staff\'s password', async () => {
    const staff = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const changed = await staff.sdk.ChangePassword({ input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } });
    expect(expectType(changed.changePassword, 'ChangePasswordPayload').sessionsEnded).toBe(0);
    expectType(await staffSignIn(server, staff.email, NEW_PASSWORD, tenant.slug), 'StaffLoginPayload').tokens;
    expectType(await staffSignIn(server, staff.email, PASSWORD, tenant.slug), 'InvalidCredentialsError');

    const email = `ops-${randomUUID().slice(0, 8)}@croupier.test`;
    await createPlatformStaff(systemContext(server.platform.services), { email, name: 'Ops', password: PASSWORD, roles: ['PLATFORM_ADMIN'] });
    const first = expectType(await staffSignIn(server, email, PASSWORD), 'StaffLoginPayload').tokens;
    const second = expectType(await staffSignIn(server, email, PASSWORD), 'StaffLoginPayload').tokens;
    const result = await server.sdk(bearer(first.accessToken)).ChangePassword({ input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } });
    expect(expectType(result.changePassword, 'ChangePasswordPayload').sessionsEnded).toBe(1);
    expect((await graphqlError(server.sdk(bearer(second.accessToken)).Viewer())).code).toBe('UNAUTHENTICATED');
    expectType(await staffSignIn(server, email, NEW_PASSWORD), 'StaffLoginPayload').tokens;
  });

  it('refuses changePassword to anonymous callers', async () => {
    expect((await graphqlError(tenant.public.ChangePassword({ input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD } }))).code).toBe('UNAUTHENTICATED');
  });

  it('resets a player\'s password through a one-time emailed token, and ends every session', async () => {
    const player = await newPlayer(server, tenant);
    const unknown = await tenant.public.RequestPasswordReset({ input: { email: `nobody-${randomUUID().slice(0, 8)}@player.test` } });
    const known = await tenant.public.RequestPasswordReset({ input: { email: player.email.toUpperCase() } });
    // The same answer, account or not.
    expect(known).toEqual(unknown);
    expect(expectType(known.requestPasswordReset, 'RequestPasswordResetPayload').accepted).toBe(true);

    const email = await waitFor('the reset email in the log', () => log.emailsTo(player.email)[0]);
    expect(email.subject).toBe('Reset your password');
    expect(email.text).toContain(`https://${tenant.slug}.casino.test/reset-password/`);
    const token = tokenOf(email.text);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // Stored only as its SHA-256; the sent message's sealed body is erased.
    await onDatabase(async (db) => {
      const resets = await db.query(
        `select token_hash, expires_at - created_at as ttl from password_reset where subject_id = (select id from player where email = $1)`,
        [player.email],
      );
      expect(resets.rows).toHaveLength(1);
      expect(resets.rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(resets.rows[0].ttl).toMatchObject({ minutes: 30 });
      const sent = await waitFor('the message marked sent', async () => {
        const { rows } = await db.query(`select status, attempts, body_sealed from email_outbox where recipient = $1`, [player.email]);
        return rows[0]?.status === 'SENT' ? rows[0] : undefined;
      });
      expect(sent).toMatchObject({ status: 'SENT', attempts: 1, body_sealed: null });
      const leaks = await db.query(`select count(*)::int as n from email_outbox where subject like $1 or recipient like $1`, [`%${token}%`]);
      expect(leaks.rows[0].n).toBe(0);
    });

    const weak = await server.sdk().ResetPassword({ input: { token, newPassword: 'short' } });
    expectType(weak.resetPassword, 'ValidationError');
    const reset = await server.sdk().ResetPassword({ input: { token, newPassword: NEW_PASSWORD } });
    expect(expectType(reset.resetPassword, 'ResetPasswordPayload').accountKind).toBe('PLAYER');
    expect((await graphqlError(player.sdk.Viewer())).code).toBe('UNAUTHENTICATED');
    const again = await server.sdk().ResetPassword({ input: { token, newPassword: 'yet-another-passphrase' } });
    expect(expectType(again.resetPassword, 'InvalidResetTokenError').code).toBe('INVALID_RESET_TOKEN');
    expectType((await tenant.public.Login({ input: { email: player.email, password: NEW_PASSWORD } })).login, 'LoginPayload');
  });

  it('writes the email in the player\'s language', async () => {
    const player = await newPlayer(server, tenant);
    await onDatabase((db) => db.query(`update player set locale = 'tr' where lower(email) = $1`, [player.email]));
    await tenant.public.RequestPasswordReset({ input: { email: player.email } });
    const email = await waitFor('the Turkish email', () => log.emailsTo(player.email)[0]);
    expect(email.subject).toBe('Şifrenizi sıfırlayın');
    expect(email.text).toContain('Merhaba');
  });

  it('refuses an expired token, and a token superseded by a newer email', async () => {
    const player = await newPlayer(server, tenant);
    await tenant.public.RequestPasswordReset({ input: { email: player.email } });
    const first = tokenOf((await waitFor('first email', () => log.emailsTo(player.email)[0])).text);
    await tenant.public.RequestPasswordReset({ input: { email: player.email } });
    const second = tokenOf((await waitFor('second email', () => log.emailsTo(player.email)[1])).text);
    const superseded = await server.sdk().ResetPassword({ input: { token: first, newPassword: NEW_PASSWORD } });
    expectType(superseded.resetPassword, 'InvalidResetTokenError');

    await onDatabase((db) => db.query(`update password_reset set expires_at = now() - interval '1 second' where token_hash = $1`, [createHash('sha256').update(second).digest('hex')]));
    const expired = await server.sdk().ResetPassword({ input: { token: second, newPassword: NEW_PASSWORD } });
    expectType(expired.resetPassword, 'InvalidResetTokenError');
    const garbage = await server.sdk().ResetPassword({ input: { token: 'not-a-token', newPassword: NEW_PASSWORD } });
    expectType(garbage.resetPassword, 'InvalidResetTokenError');
    expectType((await tenant.public.Login({ input: { email: player.email, password: PASSWORD } })).login, 'LoginPayload');
  });

  it('resets a tenant staff user\'s and a platform staff\'s password', async () => {
    const staff = await newStaff(server, platform, tenant.slug, ['SUPPORT']);
    const asked = await server.sdk().RequestPasswordReset({ input: { email: staff.email, accountKind: 'STAFF', tenant: tenant.slug } });
    expectType(asked.requestPasswordReset, 'RequestPasswordResetPayload');
    const staffEmail = await waitFor('staff email', () => log.emailsTo(staff.email)[0]);
    expect(staffEmail.text).toContain('https://office.casino.test/reset/');
    const staffReset = await server.sdk().ResetPassword({ input: { token: tokenOf(staffEmail.text), newPassword: NEW_PASSWORD } });
    expect(expectType(staffReset.resetPassword, 'ResetPasswordPayload').accountKind).toBe('STAFF');
    expect((await graphqlError(staff.sdk.Viewer())).code).toBe('UNAUTHENTICATED');
    expectType(await staffSignIn(server, staff.email, NEW_PASSWORD, tenant.slug), 'StaffLoginPayload').tokens;

    const email = `ops-${randomUUID().slice(0, 8)}@croupier.test`;
    await createPlatformStaff(systemContext(server.platform.services), { email, name: 'Ops', password: PASSWORD, roles: ['PLATFORM_ADMIN'] });
    await server.sdk({ 'accept-language': 'tr' }).RequestPasswordReset({ input: { email, accountKind: 'PLATFORM_STAFF' } });
    const platformEmail = await waitFor('platform email', () => log.emailsTo(email)[0]);
    expect(platformEmail.subject).toBe('Şifrenizi sıfırlayın');
    const platformReset = await server.sdk().ResetPassword({ input: { token: tokenOf(platformEmail.text), newPassword: NEW_PASSWORD } });
    expect(expectType(platformReset.resetPassword, 'ResetPasswordPayload').accountKind).toBe('PLATFORM_STAFF');
    expectType(await staffSignIn(server, email, NEW_PASSWORD), 'StaffLoginPayload').tokens;
  });

  it('keeps a tenant\'s reset tokens and emails from other tenants and from the platform (row-level security)', async () => {
    const player = await newPlayer(server, tenant);
    await tenant.public.RequestPasswordReset({ input: { email: player.email } });
    await waitFor('email', () => log.emailsTo(player.email)[0]);
    const other = await newTenant(server, platform);
    const playerId = await onDatabase(async (db) => (await db.query(`select id from player where email = $1`, [player.email])).rows[0].id as string);
    const appUrl = new URL(inject('databaseUrl'));
    appUrl.username = 'croupier_app';
    appUrl.password = server.platform.services.config.database.appPassword ?? '';
    const app = new pg.Client({ connectionString: appUrl.toString() });
    await app.connect();
    try {
      const count = async (tenantId: string | null) => {
        await app.query('begin');
        if (tenantId) await app.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        const { rows } = await app.query(
          `select (select count(*)::int from password_reset where subject_id = $1) as resets, (select count(*)::int from email_outbox where recipient = $2) as emails`,
          [playerId, player.email],
        );
        await app.query('commit');
        return rows[0];
      };
      const tenantUuid = async (slug: string) => onDatabase(async (db) => (await db.query(`select id from tenant where slug = $1`, [slug])).rows[0].id as string);
      expect(await count(await tenantUuid(tenant.slug))).toEqual({ resets: 1, emails: 1 });
      expect(await count(await tenantUuid(other.slug))).toEqual({ resets: 0, emails: 0 });
      expect(await count(null)).toEqual({ resets: 0, emails: 0 });
      expect(await count('platform')).toEqual({ resets: 0, emails: 0 });
      // The platform's own rows (a platform staff's reset) are seen in the platform scope only.
      const email = `ops-${randomUUID().slice(0, 8)}@croupier.test`;
      await createPlatformStaff(systemContext(server.platform.services), { email, name: 'Ops', password: PASSWORD, roles: ['PLATFORM_ADMIN'] });
      await server.sdk().RequestPasswordReset({ input: { email, accountKind: 'PLATFORM_STAFF' } });
      const platformEmails = async (scope: string | null) => {
        await app.query('begin');
        if (scope) await app.query(`select set_config('app.tenant_id', $1, true)`, [scope]);
        const { rows } = await app.query(`select count(*)::int as n from email_outbox where recipient = $1`, [email]);
        await app.query('commit');
        return rows[0].n as number;
      };
      expect(await platformEmails('platform')).toBe(1);
      expect(await platformEmails(null)).toBe(0);
      expect(await platformEmails(await tenantUuid(tenant.slug))).toBe(0);
    } finally {
      await app.end();
    }
  });

  it('deletes settled messages and dead tokens once past the outbox retention', async () => {
    const player = await newPlayer(server, tenant);
    await tenant.public.RequestPasswordReset({ input: { email: player.email } });
    await waitFor('the message marked sent', async () => {
      const { rows } = await onDatabase((db) => db.query(`select status from email_outbox where recipient = $1`, [player.email]));
      return rows[0]?.status === 'SENT' ? true : undefined;
    });
    const rows = async () =>
      onDatabase(async (db) => ({
        emails: (await db.query(`select count(*)::int as n from email_outbox where recipient = $1`, [player.email])).rows[0].n as number,
        resets: (await db.query(`select count(*)::int as n from password_reset where subject_id = (select id from player where email = $1)`, [player.email])).rows[0].n as number,
      }));
    await pruneEmailOutbox(server.platform.services, 168);
    expect(await rows()).toEqual({ emails: 1, resets: 1 });
    await onDatabase(async (db) => {
      await db.query(`update email_outbox set created_at = now() - interval '8 days' where recipient = $1`, [player.email]);
      await db.query(`update password_reset set expires_at = now() - interval '8 days' where subject_id = (select id from player where email = $1)`, [player.email]);
    });
    expect(await pruneEmailOutbox(server.platform.services, 168)).toBeGreaterThanOrEqual(2);
    expect(await rows()).toEqual({ emails: 0, resets: 0 });
  });

  it('looks a player up in the request\'s tenant only', async () => {
    const player = await newPlayer(server, tenant);
    const other = await newTenant(server, platform);
    const elsewhere = await other.public.RequestPasswordReset({ input: { email: player.email } });
    expectType(elsewhere.requestPasswordReset, 'RequestPasswordResetPayload');
    const staffKind = await server.sdk().RequestPasswordReset({ input: { email: player.email, accountKind: 'STAFF', tenant: tenant.slug } });
    expectType(staffKind.requestPasswordReset, 'RequestPasswordResetPayload');
    const queued = await onDatabase((db) => db.query(`select count(*)::int as n from email_outbox where recipient = $1`, [player.email]));
    expect(queued.rows[0].n).toBe(0);
  });

  it('asks for a tenant for players, and names the tenant for staff', async () => {
    const none = await server.sdk().RequestPasswordReset({ input: { email: 'x@player.test' } });
    expectType(none.requestPasswordReset, 'TenantRequiredError');
    const unknown = await server.sdk().RequestPasswordReset({ input: { email: 'x@player.test', accountKind: 'STAFF', tenant: 'no-such-tenant' } });
    expectType(unknown.requestPasswordReset, 'TenantNotFoundError');
    const missing = await server.sdk().RequestPasswordReset({ input: { email: 'x@player.test', accountKind: 'STAFF' } });
    expect(expectType(missing.requestPasswordReset, 'ValidationError').issues[0]!.path).toEqual(['input', 'tenant']);
  });
});

describe('password reset rate limits', () => {
  let server: TestServer;
  let tenant: TestTenant;
  const log = logSink();

  beforeAll(async () => {
    server = await startServer({ logLevel: 'info', logStream: log.stream, env: { ...EMAIL_ENV, EMAIL_SENDER: 'development' } });
    tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  });
  afterAll(() => server?.close());

  it('sends at most 3 emails per address in 15 minutes, answering the same, and refuses an address after 10 requests', async () => {
    const player = await newPlayer(server, tenant);
    for (let i = 0; i < 5; i += 1) {
      const { requestPasswordReset } = await tenant.public.RequestPasswordReset({ input: { email: player.email } });
      expectType(requestPasswordReset, 'RequestPasswordResetPayload');
    }
    const rows = await onDatabase((db) => db.query(`select count(*)::int as n from email_outbox where recipient = $1`, [player.email]));
    expect(rows.rows[0].n).toBe(3);
    for (let i = 0; i < 5; i += 1) await tenant.public.RequestPasswordReset({ input: { email: `n${i}-${randomUUID().slice(0, 6)}@player.test` } });
    expect((await graphqlError(tenant.public.RequestPasswordReset({ input: { email: player.email } }))).code).toBe('RATE_LIMITED');
  });
});

/**
 * A tiny SMTP server (RFC 5321's happy path, no TLS, no auth): each message it accepts is
 * kept with its envelope. `failFirst` answers the first MAIL FROM with 451 (a temporary
 * failure), as a busy relay would.
 */
function smtpServer(failFirst: number) {
  const received: { from: string; to: string[]; data: string }[] = [];
  let failures = failFirst;
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let from = '';
    let to: string[] = [];
    let data = '';
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 test.smtp ESMTP ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let at = buffer.indexOf('\r\n'); at >= 0; at = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push({ from, to, data });
            reply('250 2.0.0 queued');
          } else {
            data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') reply('250-test.smtp\r\n250 8BITMIME');
        else if (verb === 'HELO') reply('250 test.smtp');
        else if (verb === 'MAIL') {
          if (failures > 0) {
            failures -= 1;
            reply('451 4.3.0 try again later');
          } else {
            from = line;
            to = [];
            reply('250 2.1.0 ok');
          }
        } else if (verb === 'RCPT') {
          to.push(line);
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          data = '';
          reply('354 go ahead');
        } else if (verb === 'RSET' || verb === 'NOOP') reply('250 ok');
        else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('502 5.5.1 not implemented');
      }
    });
    socket.on('error', () => undefined);
  });
  return {
    received,
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('email delivery giving up', () => {
  const smtp = smtpServer(Number.MAX_SAFE_INTEGER);
  let server: TestServer;
  let tenant: TestTenant;

  beforeAll(async () => {
    const port = await smtp.listen();
    server = await startServer({ env: { ...EMAIL_ENV, EMAIL_MAX_ATTEMPTS: '2', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port) } });
    tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  });
  afterAll(async () => {
    await server?.close();
    await smtp.close();
  });

  it('keeps a message that keeps failing as FAILED with its last error, and erases its body', async () => {
    const player = await newPlayer(server, tenant);
    await tenant.public.RequestPasswordReset({ input: { email: player.email } });
    const row = await waitFor('the message given up', async () => {
      const { rows } = await onDatabase((db) => db.query(`select status, attempts, last_error, body_sealed from email_outbox where recipient = $1`, [player.email]));
      return rows[0]?.status === 'FAILED' ? rows[0] : undefined;
    });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 2, body_sealed: null });
    expect(row.last_error).toMatch(/451/);
    expect(smtp.received).toHaveLength(0);
  });
});

describe('passwords (SMTP sender)', () => {
  const smtp = smtpServer(1);
  let server: TestServer;
  let tenant: TestTenant;

  beforeAll(async () => {
    const port = await smtp.listen();
    server = await startServer({
      env: { ...EMAIL_ENV, EMAIL_SENDER: 'smtp', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', EMAIL_FROM: 'Casino <no-reply@casino.test>' },
    });
    tenant = await newTenant(server, (await platformAdmin(server)).sdk);
  });
  afterAll(async () => {
    await server?.close();
    await smtp.close();
  });

  it('delivers the reset email over SMTP after commit, retrying a temporary failure, and the token works', async () => {
    const player = await newPlayer(server, tenant);
    await tenant.public.RequestPasswordReset({ input: { email: player.email } });
    // A temporary failure first, then the retry after its backoff: on a loaded machine (the whole suite) that can take longer than the default wait.
    const message = await waitFor('the message at the SMTP server', () => smtp.received.find((m) => m.to.some((t) => t.includes(player.email))), 20_000);
    expect(message.from).toContain('no-reply@casino.test');
    expect(message.data).toMatch(/^Subject: Reset your password$/m);
    expect(message.data).toMatch(/^To: .*$/m);
    const unfolded = message.data.replace(/=\n/g, '').replace(/=3D/g, '=');
    const link = /https:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(unfolded)?.[0];
    expect(link).toBeDefined();

    const row = await waitFor('the message marked sent', async () => {
      const { rows } = await onDatabase((db) => db.query(`select status, attempts, last_error from email_outbox where recipient = $1`, [player.email]));
      return rows[0]?.status === 'SENT' ? rows[0] : undefined;
    });
    // The first attempt met the 451 and was retried.
    expect(row).toMatchObject({ status: 'SENT', attempts: 2, last_error: null });

    const reset = await server.sdk().ResetPassword({ input: { token: link!.split('/').at(-1)!, newPassword: NEW_PASSWORD } });
    expectType(reset.resetPassword, 'ResetPasswordPayload');
  });
});
