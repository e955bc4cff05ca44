import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLogger } from '../../src/observability/logger.js';
import {
  CENSOR,
  REDACT_PATHS,
  ibanValid,
  isSecretKey,
  luhnValid,
  redactObject,
  scrubLine,
  scrubText,
  scrubUrl,
} from '../../src/observability/redact.js';

const apiKey = () => `crk_${randomUUID()}_${randomUUID()}_${randomBytes(32).toString('base64url')}`;
const refreshToken = (scope: string = randomUUID()) => `${scope}.${randomUUID()}.${randomBytes(32).toString('base64url')}`;
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMTkwZjNjMiIsImtpbmQiOiJwbGF5ZXIiLCJpYXQiOjE3MDAwMDAwMDB9.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

function memoryLogger(level = 'debug') {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      text += String(chunk);
      callback();
    },
  });
  const logger = createLogger(level, stream);
  return { logger, text: () => text, lines: () => text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('isSecretKey', () => {
  it('knows secret keys in any case and spelling, and leaves ordinary keys alone', () => {
    for (const key of [
      'password', 'Password', 'new_password', 'currentPassword', 'authorization', 'Authorization', 'cookie', 'x-api-key', 'X-Api-Key',
      'apiKey', 'api_key', 'accessToken', 'refresh_token', 'token', 'csrfToken', 'secret', 'webhookSecret', 'cardNumber', 'card_number',
      'pan', 'cvc', 'CVV', 'iban', 'IBAN', 'accountNumber', 'bank_account_number', 'stripe-signature', 'Stripe-Signature',
      'x-hub-signature-256', 'x-adyen-signature', 'hmac', 'passwordHash',
    ]) {
      expect(isSecretKey(key), key).toBe(true);
    }
    for (const key of ['email', 'key', 'id', 'tenantId', 'span', 'company', 'operationName', 'tokens', 'accessTokenExpiresAt', 'reqId', 'url', 'msg']) {
      expect(isSecretKey(key), key).toBe(false);
    }
  });

  it('feeds pino redact paths for headers, fields and GraphQL variables', () => {
    expect(REDACT_PATHS).toEqual(
      expect.arrayContaining([
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-api-key"]',
        'req.headers["stripe-signature"]',
        'req.headers["x-hub-signature-256"]',
        'headers.authorization',
        'password',
        'refreshToken',
        'cardNumber',
        'variables.password',
        'variables.*.password',
        'variables.*.refreshToken',
        'variables.*.cardNumber',
        'variables.*.iban',
      ]),
    );
  });
});

describe('scrubText: patterns', () => {
  it('masks bearer and basic credentials and JWTs', () => {
    expect(scrubText(`Authorization: Bearer ${JWT}`)).not.toContain(JWT.slice(0, 30));
    expect(scrubText('bearer not-a-real-token-1234')).toBe(`bearer ${CENSOR}`);
    expect(scrubText('Basic dXNlcjpwYXNzd29yZA==')).toBe(`Basic ${CENSOR}`);
    expect(scrubText(`token ${JWT} expired`)).toBe(`token ${CENSOR} expired`);
    const unsigned = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.';
    expect(scrubText(`got ${unsigned}`)).toBe(`got ${CENSOR}`);
    const opaque = `${randomBytes(18).toString('base64url')}.${randomBytes(24).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
    expect(scrubText(`x ${opaque} y`)).toBe(`x ${CENSOR} y`);
  });

  it('masks our API keys, whole or tampered', () => {
    const key = apiKey();
    expect(scrubText(`key=${key}`)).not.toContain(key.slice(-43));
    expect(scrubText(`partner sent ${key}`)).toBe(`partner sent crk_${CENSOR}`);
    expect(scrubText(`partner sent ${key.slice(0, -4)}AAAA`)).toBe(`partner sent crk_${CENSOR}`);
  });

  it('masks our refresh tokens, of a tenant and of the platform', () => {
    for (const token of [refreshToken(), refreshToken('platform')]) {
      const out = scrubText(`refresh with ${token} now`);
      expect(out).toBe(`refresh with ${CENSOR} now`);
      expect(out).not.toContain(token.split('.').at(-1));
    }
  });

  it('masks card numbers that pass Luhn, however grouped, and keeps other digit runs', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
    for (const pan of ['4242424242424242', '4242 4242 4242 4242', '4242-4242-4242-4242', '5555555555554444', '378282246310005', '4000056655665556']) {
      expect(scrubText(`card ${pan}, exp 12/30`), pan).toBe(`card ${CENSOR}, exp 12/30`);
    }
    for (const text of [
      'card 4242424242424241',
      'took 1234 ms',
      'id 01912345-6789-7123-8456-123456789012',
      'at 2026-11-29T07:04:40.383Z',
      'port 54329',
      'digits 12345678901234567890123',
    ]) {
      expect(scrubText(text), text).toBe(text);
    }
  });

  it('masks IBANs that pass mod-97, run together or grouped', () => {
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('DE89370400440532013001')).toBe(false);
    expect(scrubText('to DE89370400440532013000 today')).toBe(`to ${CENSOR} today`);
    expect(scrubText('to GB82 WEST 1234 5698 7654 32 today')).toBe(`to ${CENSOR} today`);
    expect(scrubText('to tr330006100519786457841326')).toBe(`to ${CENSOR}`);
    expect(scrubText('to DE89370400440532013001')).toBe('to DE89370400440532013001');
    // Random identifiers that pass mod-97 but are no country's IBAN stay: a trace id seen masked once.
    expect(ibanValid('ca71add275413eb64256cdfacce327f7')).toBe(false);
    expect(scrubText('"trace_id":"ca71add275413eb64256cdfacce327f7"')).toBe('"trace_id":"ca71add275413eb64256cdfacce327f7"');
    expect(ibanValid('DE8937040044053201300')).toBe(false);
  });

  it('masks values of secret keys in JSON, query strings, GraphQL literals and headers', () => {
    expect(scrubText('{"email":"a@b.test","password":"hunter2!"}')).toBe(`{"email":"a@b.test","password":"${CENSOR}"}`);
    expect(scrubText('email=a%40b.test&password=hunter2&x=1')).toBe(`email=a%40b.test&password=${CENSOR}&x=1`);
    expect(scrubText('login(input: { email: "a@b.test", password: "hunter2" })')).toBe(`login(input: { email: "a@b.test", password: "${CENSOR}" })`);
    expect(scrubText("cvc: '123'")).toBe(`cvc: '${CENSOR}'`);
    expect(scrubText('Stripe-Signature: t=1700000000,v1=5257a869e7,v0=6ffbb59b2300')).toBe(`Stripe-Signature: ${CENSOR}`);
    expect(scrubText('header was t=1700000000,v1=5257a869e7 (bad)')).toBe(`header was ${CENSOR} (bad)`);
    expect(scrubText('X-Hub-Signature-256: sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17')).toBe(`X-Hub-Signature-256: ${CENSOR}`);
    // Fastify's body parser quotes the body it could not parse.
    expect(scrubText(`Unexpected token 'x', "{"password": "hunter2" x}" is not valid JSON`)).not.toContain('hunter2');
  });

  it('masks the literals of SQL statements and PostgreSQL details quoted in error messages', () => {
    const message =
      `insert into "player" ("id", "email", "display_name", "password_hash") values ('01a2261e-c4be-72bb-a8e2-00ccec4752cd', 'a@b.test', 'name', '$argon2id$v=19$m=19456,t=2,p=1$abc$def') - invalid message format`;
    const out = scrubText(message);
    expect(out).toBe(
      `insert into "player" ("id", "email", "display_name", "password_hash") values ('${CENSOR}', '${CENSOR}', '${CENSOR}', '${CENSOR}') - invalid message format`,
    );
    expect(scrubText('select "p".* from "player" as "p" where "p"."email" = \'a@b.test\' limit 1')).not.toContain('a@b.test');
    expect(scrubText('Key (tenant_id, email)=(01a2261e-c4be-72bb-a8e2-00ccec4752cd, a@b.test) already exists.')).toBe(
      `Key (tenant_id, email)=(${CENSOR}) already exists.`,
    );
    expect(scrubText('invalid input syntax for type uuid: "hunter2"')).toBe(`invalid input syntax for type uuid: "${CENSOR}"`);
    expect(scrubText("can't update the menu 'poker'")).toBe("can't update the menu 'poker'");
  });

  it('leaves ordinary log text alone and is idempotent', () => {
    for (const text of [
      'request completed',
      'Server listening at http://127.0.0.1:4000',
      'unexpected error in GraphQL operation',
      'DriverException: Unable to acquire a connection\n    at PostgreSqlExceptionConverter.convertException (/work/node_modules/@mikro-orm/core/platforms/ExceptionConverter.js:8:16)',
      'menu item feature.poker-tables enabled',
      randomUUID(),
    ]) {
      expect(scrubText(text)).toBe(text);
    }
    const noisy = `Bearer ${JWT} ${apiKey()} ${refreshToken()} 4242424242424242 DE89370400440532013000 password=x "token":"y" values ('z')`;
    const once = scrubText(noisy);
    expect(scrubText(once)).toBe(once);
  });

  it('never lets a known secret through, whatever surrounds it (property)', () => {
    const secrets = fc.constantFrom(JWT, apiKey(), refreshToken(), refreshToken('platform'), '4242424242424242', '4242 4242 4242 4242', 'DE89370400440532013000');
    const filler = fc.string({ maxLength: 20 }).map((s) => s.replace(/[A-Za-z0-9_.-]+$|^[A-Za-z0-9_.-]+/g, ''));
    fc.assert(
      fc.property(filler, secrets, filler, (before, secret, after) => {
        const out = scrubText(`${before} ${secret} ${after}`);
        expect(out).not.toContain(secret);
        expect(scrubText(out)).toBe(out);
      }),
    );
  });
});

describe('scrubUrl', () => {
  it('redacts GraphQL variables and secret parameters of a query string', () => {
    const variables = encodeURIComponent(JSON.stringify({ input: { email: 'a@b.test', password: 'hunter2' }, cardNumber: '4242424242424242' }));
    const out = scrubUrl(`/graphql?query=%7Bviewer%7Bkind%7D%7D&variables=${variables}&access_token=abc123`);
    const params = new URLSearchParams(out.split('?')[1]);
    expect(params.get('query')).toBe('{viewer{kind}}');
    expect(JSON.parse(params.get('variables')!)).toEqual({ input: { email: 'a@b.test', password: CENSOR }, cardNumber: CENSOR });
    expect(params.get('access_token')).toBe(CENSOR);
    expect(scrubUrl('/healthz')).toBe('/healthz');
    expect(scrubText(`/graphql?query=x&variables=${variables}`)).not.toContain('hunter2');
  });
});

describe('redactObject', () => {
  it('masks secret keys at any depth, scrubs strings, and keeps the rest', () => {
    const input = {
      operationName: 'Login',
      variables: { input: { email: 'a@b.test', password: 'hunter2', card: { number: '4242424242424242', cvc: '123' } } },
      list: [{ deeper: { refreshToken: 'r' } }, `Bearer ${JWT}`],
      count: 3,
      flag: true,
      empty: null,
    };
    expect(redactObject(input)).toEqual({
      operationName: 'Login',
      variables: { input: { email: 'a@b.test', password: CENSOR, card: { number: CENSOR, cvc: CENSOR } } },
      list: [{ deeper: { refreshToken: CENSOR } }, `Bearer ${CENSOR}`],
      count: 3,
      flag: true,
      empty: null,
    });
    expect(input.variables.input.password).toBe('hunter2');
  });

  it('serialises errors, with their causes, and scrubs their message and stack', () => {
    const cause = new Error(`bad token ${JWT}`);
    const error = Object.assign(new Error("insert into \"x\" (\"a\") values ('4242424242424242')", { cause }), { code: 'E1', password: 'p' });
    const out = redactObject({ error }) as { error: Record<string, unknown> };
    expect(out.error['type']).toBe('Error');
    expect(out.error['code']).toBe('E1');
    expect(out.error['password']).toBe(CENSOR);
    expect(JSON.stringify(out)).not.toMatch(/4242424242424242|eyJhbGci/);
    expect(String(out.error['message'])).toContain('bad token');
  });

  it('survives cycles and leaves class instances to the serializers', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a['self'] = a;
    expect(redactObject(a)).toEqual({ name: 'a', self: '[Circular]' });
    const buffer = Buffer.from('x');
    expect((redactObject({ buffer }) as { buffer: unknown }).buffer).toBe(buffer);
  });
});

describe('createLogger', () => {
  it('writes no secret, by key or by pattern, wherever it sits in a line', () => {
    const { logger, text, lines } = memoryLogger();
    const key = apiKey();
    const token = refreshToken();
    logger.info(
      {
        req: { headers: { authorization: `Bearer ${JWT}`, cookie: 'sid=abc', 'x-api-key': key, 'stripe-signature': 't=1,v1=f00' } },
        variables: { input: { password: 'hunter2-secret', cardNumber: 4242424242424242, iban: 'DE89370400440532013000' } },
        deep: { a: { b: { c: { refreshToken: token } } } },
      },
      'headers and variables',
    );
    logger.error({ err: new Error(`failed for ${key} with ${token}`) }, 'unexpected error in GraphQL operation');
    logger.error(new Error("select * from \"player\" where \"email\" = 'someone@x.test' and \"pan\" = '4242424242424242'"));
    logger.child({ token: 'child-secret', reqId: 'r1' }).warn('card 4242 4242 4242 4242 from %s', `Bearer ${JWT}`);
    logger.info({ url: `/graphql?query=q&variables=${encodeURIComponent('{"password":"hunter2-secret"}')}` }, 'request completed');
    const all = text();
    for (const secret of [JWT, key, token, 'hunter2-secret', '4242424242424242', '4242 4242 4242 4242', 'DE89370400440532013000', 'sid=abc', 'v1=f00', 'child-secret', 'someone@x.test']) {
      expect(all, secret).not.toContain(secret);
    }
    const [first, second, third, fourth, fifth] = lines();
    expect(first).toMatchObject({ service: 'croupier', msg: 'headers and variables', req: { headers: { authorization: CENSOR } } });
    expect(second).toMatchObject({ level: 50, err: { type: 'Error' }, msg: 'unexpected error in GraphQL operation' });
    expect(third!['msg']).toContain('select * from "player"');
    expect(fourth).toMatchObject({ reqId: 'r1', token: CENSOR, msg: `card ${CENSOR} from Bearer ${CENSOR}` });
    expect(fifth!['url']).toContain('/graphql?query=q&variables=');
  });

  it('scrubs a finished line without breaking its JSON', () => {
    const line = `{"level":30,"time":1795935880396,"msg":"Bearer ${JWT}","n":"4242424242424242","s":"a \\"quoted\\" \\u0000 value"}\n`;
    const out = scrubLine(line);
    expect(JSON.parse(out)).toEqual({ level: 30, time: 1795935880396, msg: `Bearer ${CENSOR}`, n: CENSOR, s: 'a "quoted" \u0000 value' });
    expect(out.endsWith('\n')).toBe(true);
  });
});
