import { Writable } from 'node:stream';
import fc from 'fast-check';
import type pg from 'pg';

/**
 * Hostile input for the "never a 500 for bad input" property tests (issue 13, item 12).
 *
 * Values are JSON *texts*, not JavaScript values, so that a body can hold what
 * `JSON.stringify` never writes: `-0`, `1e400`, integers past 2^53 written exactly,
 * duplicate keys, `__proto__` keys and lone surrogates.
 */

/** A JSON text fragment, written as is. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A JSON-ish tree: plain values, arrays, objects (as entry lists, so keys may repeat) and raw fragments. */
export type Hostile = null | boolean | number | string | RawJson | Hostile[] | HostileObject;
export class HostileObject {
  constructor(readonly entries: [string, Hostile][]) {}
  static of(record: Record<string, Hostile>): HostileObject {
    return new HostileObject(Object.entries(record));
  }
}

/** The JSON text of a tree (keys in entry order, repeated keys kept). */
export function toJson(value: Hostile): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof HostileObject) return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  return JSON.stringify(value);
}

/** Reproduction: HOSTILE_SEED fixes fast-check's seed, HOSTILE_RUNS the runs per property. */
export const HOSTILE_SEED = process.env.HOSTILE_SEED ? Number(process.env.HOSTILE_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
export const HOSTILE_RUNS = process.env.HOSTILE_RUNS ? Number(process.env.HOSTILE_RUNS) : 20;
/** HOSTILE_EXPLORE=1: log every violation and keep going (to list all distinct defects), instead of failing at the first. */
export const HOSTILE_EXPLORE = process.env.HOSTILE_EXPLORE === '1';

export function hostileParameters(runs = HOSTILE_RUNS): fc.Parameters<unknown> {
  return { seed: HOSTILE_SEED, numRuns: runs, endOnFailure: false, verbose: 0 };
}

const BIG_NUMBERS = [
  '9223372036854775807', // 2^63 − 1
  '9223372036854775808', // 2^63
  '-9223372036854775808',
  '-9223372036854775809',
  '18446744073709551615',
  '18446744073709551616', // 2^64
  '170141183460469231731687303715884105728', // 2^127
  '9007199254740993', // 2^53 + 1
  '99999999999999999999999999999999999999999',
];

/** Strings that look like amounts, counts or ids to a careless parser. */
export const numberLikeStrings = fc.constantFrom(
  ...BIG_NUMBERS,
  '0', '-0', '+0', '00', '007', '-1', '+1', '1.5', '0.1', '1.0', '1e3', '1E3', '1e400', '-1e400', '1e-400', '.5', '5.',
  'NaN', '-NaN', 'Infinity', '-Infinity', 'null', 'undefined', 'true', '0x10', '0b11', '0o7', '1_000', '1,000',
  ' 12', '12 ', '\t12', '12\n', '１２３', '١٢٣', '१२३', '5n', '12abc', '', ' ', '--1', '9'.repeat(400),
);

/** Number literals, written exactly (past 2^53, -0, 1e400 and friends). */
export const numberLiterals = fc.oneof(
  fc.constantFrom(...BIG_NUMBERS, '0', '-0', '1', '-1', '1.5', '-1.5', '0.0001', '1e3', '1e400', '-1e400', '1e-400', '1E+2', '2147483647', '2147483648', '-2147483649', '4294967296').map((t) => new RawJson(t)),
  fc.integer().map((n) => new RawJson(String(n))),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => new RawJson(Object.is(n, -0) ? '-0' : JSON.stringify(n))),
);

const UNICODE = [
  '\u0000', 'a\u0000b', '\\u0000', '\ud800', '\udfff', 'a\ud83d', '🂡🂱🃁', 'e\u0301\u0301\u0301', 'İstanbul', 'ǅ', 'ß', 'ﬃ',
  '\u202eLTR', '\u200b', '\ufeff', '\u2028\u2029', 'null', 'undefined', '__proto__', 'constructor', 'toString',
  "'; drop table ledger_entry; --", '%s%n%x', '${7*7}', '{{7*7}}', '<script>alert(1)</script>', '../../etc/passwd',
  '\\', '"', '\r\n', 'a'.repeat(256), 'z'.repeat(10_001), 'Ω'.repeat(70_000), '𝕏'.repeat(2_000),
];

/** Strings: unicode trouble, injections, very long, empty. Lone surrogates are sent as escapes (raw). */
export const hostileStrings: fc.Arbitrary<Hostile> = fc.oneof(
  fc.constantFrom(...UNICODE).map((s): Hostile => (/[\ud800-\udfff]/.test(s) && !/[\ud800-\udbff][\udc00-\udfff]/.test(s) ? new RawJson(escapeLoneSurrogates(s)) : s)),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => new RawJson(escapeLoneSurrogates(s))),
  numberLikeStrings,
);

function escapeLoneSurrogates(s: string): string {
  // JSON.stringify already escapes lone surrogates (well-formed JSON.stringify, ES2019).
  return JSON.stringify(s);
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf'];

/** Hostile scalars and shallow structures of them. */
export const hostileLeaf: fc.Arbitrary<Hostile> = fc.oneof(
  { weight: 4, arbitrary: hostileStrings },
  { weight: 3, arbitrary: numberLiterals },
  { weight: 1, arbitrary: fc.constantFrom<Hostile>(null, true, false, [], new HostileObject([])) },
);

export const hostileValue: fc.Arbitrary<Hostile> = fc.letrec<{ value: Hostile }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: hostileLeaf },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 8 })), tie('value')), { maxLength: 4 })
        .map((entries) => new HostileObject(entries)),
    },
  ),
})).value;

/** `value` once in `every` draws, null otherwise (fc.option's freq is the other way round). */
export function rarely<T>(value: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: value });
}

/** A prototype-polluting object: {"__proto__": {...}} and friends. */
export const pollutingObject: fc.Arbitrary<Hostile> = fc
  .tuple(fc.constantFrom(...PROTO_KEYS), fc.constantFrom('isAdmin', 'permissions', 'amount', 'polluted', 'toString'), hostileLeaf)
  .map(([key, inner, leaf]) => new HostileObject([[key, new HostileObject([[inner, leaf]])]]));

/** Amounts at and around the edges of a bigint column, as strings (how Money travels) and as numbers. */
export const MAX_BIGINT = '9223372036854775807';
export const moneyEdges: fc.Arbitrary<Hostile> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Hostile>(MAX_BIGINT, '9223372036854775806', '4611686018427387904', '9223372036854775808', '18446744073709551616', '-9223372036854775808', '999999999999999999', '1000000000000000000') },
  { weight: 2, arbitrary: fc.constantFrom<Hostile>('0', '-0', '-1', '1.5', '1e3', '1e400', '01', '+1', ' 1', '', 'NaN', '１') },
  { weight: 1, arbitrary: fc.constantFrom<Hostile>(new RawJson('9223372036854775807'), new RawJson('1e400'), new RawJson('-0'), new RawJson('1.5'), new RawJson('1'), 1, -1, 0) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).map((n): Hostile => n.toString()) },
);

/** Paths whose last key names an amount (money fields get the edge amounts more often). */
export function isMoneyPath(path: string[]): boolean {
  return /amount|buyin|blind|ante|rake|above|balance|value|min|max/i.test(path[path.length - 1] ?? '');
}

/** One way to damage a field of a valid request. */
export type Damage =
  | { kind: 'replace'; path: string[]; value: Hostile }
  | { kind: 'delete'; path: string[] }
  | { kind: 'duplicate'; path: string[]; value: Hostile; first: boolean }
  | { kind: 'extra'; path: string[]; key: string; value: Hostile };

/** Every path (object keys, list indexes) of a tree, the root excluded. */
export function pathsOf(value: Hostile, prefix: string[] = []): string[][] {
  const out: string[][] = [];
  if (value instanceof HostileObject) {
    for (const [k, v] of value.entries) {
      out.push([...prefix, k]);
      out.push(...pathsOf(v, [...prefix, k]));
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, String(i)]);
      out.push(...pathsOf(v, [...prefix, String(i)]));
    });
  }
  return out;
}

/** Objects of a tree (paths), the root included, where an extra key may go. */
function objectPathsOf(value: Hostile, prefix: string[] = []): string[][] {
  const out: string[][] = value instanceof HostileObject ? [prefix] : [];
  if (value instanceof HostileObject) for (const [k, v] of value.entries) out.push(...objectPathsOf(v, [...prefix, k]));
  else if (Array.isArray(value)) value.forEach((v, i) => out.push(...objectPathsOf(v, [...prefix, String(i)])));
  return out;
}

/** Applies one damage, returning a new tree. */
export function applyDamage(root: Hostile, damage: Damage): Hostile {
  const walk = (node: Hostile, depth: number): Hostile => {
    const path = damage.path;
    if (depth === path.length - 1 || (damage.kind === 'extra' && depth === path.length)) {
      if (damage.kind === 'extra') {
        return node instanceof HostileObject ? new HostileObject([...node.entries, [damage.key, damage.value]]) : node;
      }
      const key = path[depth]!;
      if (node instanceof HostileObject) {
        if (damage.kind === 'delete') return new HostileObject(node.entries.filter(([k]) => k !== key));
        if (damage.kind === 'replace') return new HostileObject(node.entries.map(([k, v]) => [k, k === key ? damage.value : v]));
        // duplicate: the same key twice, the hostile one first or last.
        const entries: [string, Hostile][] = [];
        for (const [k, v] of node.entries) {
          if (k === key && damage.first) entries.push([k, damage.value], [k, v]);
          else if (k === key) entries.push([k, v], [k, damage.value]);
          else entries.push([k, v]);
        }
        return new HostileObject(entries);
      }
      if (Array.isArray(node)) {
        const i = Number(key);
        if (damage.kind === 'delete') return node.filter((_, j) => j !== i);
        return node.map((v, j) => (j === i ? (damage as { value: Hostile }).value : v));
      }
      return node;
    }
    const key = path[depth]!;
    if (node instanceof HostileObject) return new HostileObject(node.entries.map(([k, v]) => [k, k === key ? walk(v, depth + 1) : v]));
    if (Array.isArray(node)) return node.map((v, j) => (String(j) === key ? walk(v, depth + 1) : v));
    return node;
  };
  if (damage.kind !== 'extra' && damage.path.length === 0) return root;
  return walk(root, 0);
}

/** One to three damages to a valid request (`valid`: its shape; only the shape matters here). */
export function damagesFor(valid: Hostile): fc.Arbitrary<Damage[]> {
  const paths = pathsOf(valid);
  const objects = objectPathsOf(valid);
  const value = fc.oneof({ weight: 5, arbitrary: hostileValue }, { weight: 1, arbitrary: pollutingObject });
  const money = paths.filter(isMoneyPath);
  const replaceMoney: fc.Arbitrary<Damage>[] = money.length
    ? [fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...money), value: moneyEdges })]
    : [];
  const damage: fc.Arbitrary<Damage> = fc.oneof(
    ...replaceMoney.map((arbitrary) => ({ weight: 4, arbitrary })),
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...paths), value }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...paths) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), path: fc.constantFrom(...paths), value, first: fc.boolean() }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('extra' as const), path: fc.constantFrom(...objects), key: fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 10 })), value }),
    },
  );
  return fc.array(damage, { minLength: 1, maxLength: 3 });
}

// ------------------------------------------------------------------ what was written

/**
 * A fingerprint of every row of one tenant, per table: an md5 of the rows' JSON (columns that
 * background work changes on its own removed). Run as the owner, so row-level security does
 * not hide anything. Two equal snapshots: nothing was written for the tenant.
 */
export interface TenantSnapshot {
  [table: string]: string;
}

/** Columns the platform changes by itself (the outbox relay, session touches), not by a request. */
const VOLATILE_COLUMNS = ['published_at', 'lease_until', 'last_used_at', 'last_seen_at', 'attempts', 'locked_until', 'next_attempt_at'];
/** Tables a refused request may legitimately write to: the webhook log records refused deliveries by design. */
export const LOG_TABLES = ['payment_webhook'];

export async function tenantTables(db: pg.Client): Promise<string[]> {
  const { rows } = await db.query<{ table_name: string }>(
    `select c.table_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
      order by c.table_name`,
  );
  return rows.map((r) => r.table_name);
}

/**
 * Rows left out of a table's fingerprint, as documented exceptions: an owner's account opened by
 * a posting that is then refused stays open, empty (docs/wallet.md, Idempotency).
 */
const DOCUMENTED_LEFTOVERS: Record<string, string> = {
  ledger_account: `not (x.entry_count = 0 and x.balance = 0 and x.held = 0 and x.last_seq = 0 and not x.frozen)`,
};

export function snapshotQuery(tables: string[]): string {
  const volatile = `array[${VOLATILE_COLUMNS.map((c) => `'${c}'`).join(',')}]`;
  return `select ${tables
    .map((t) => {
      const keep = DOCUMENTED_LEFTOVERS[t] ? ` and ${DOCUMENTED_LEFTOVERS[t]}` : '';
      return `(select count(*) || ':' || coalesce(md5(string_agg((to_jsonb(x) - ${volatile})::text, '|' order by (to_jsonb(x) - ${volatile})::text)), '') from ${t} x where x.tenant_id = $1${keep}) as "${t}"`;
    })
    .join(',\n')}`;
}

/**
 * A typed wallet failure (insufficient funds, capture above the hold...) is stored as its key's
 * answer, so a retry gets the same failure (docs/wallet.md, Idempotency): the one write a
 * refusal makes by design. Validation errors keep no key.
 */
export const STORED_FAILURE_TABLES = ['idempotency_record'];

export async function snapshot(db: pg.Client, query: string, tenantId: string): Promise<TenantSnapshot> {
  const { rows } = await db.query<TenantSnapshot>(query, [tenantId]);
  return rows[0]!;
}

/** The tables whose fingerprint differs. */
export function changedTables(before: TenantSnapshot, after: TenantSnapshot, ignore: readonly string[] = []): string[] {
  return Object.keys(before).filter((t) => !ignore.includes(t) && before[t] !== after[t]);
}

// ------------------------------------------------------------------ verdicts

export interface Violation {
  target: string;
  request: string;
  problem: string;
  answer: string;
}

/** Violations seen in explore mode, by target and problem (to list distinct defects). */
export const explored = new Map<string, Violation[]>();

/** In explore mode, records and returns true; otherwise throws, so the property fails naming the problem. */
export function violation(v: Violation): boolean {
  if (!HOSTILE_EXPLORE) throw new Error(`${v.target}: ${v.problem}\n  request: ${v.request}\n  answer:  ${v.answer}\n  (HOSTILE_SEED=${HOSTILE_SEED})`);
  const key = `${v.target} :: ${v.problem.replace(/[0-9a-f]{8}-[0-9a-f-]{27,}/g, '<uuid>').slice(0, 200)}`;
  const list = explored.get(key) ?? [];
  list.push(v);
  explored.set(key, list);
  return true;
}

/** Prints what explore mode found: one line per distinct (target, problem), with the shortest request. */
export function printExplored(title: string): void {
  if (!HOSTILE_EXPLORE) return;
  const lines = [...explored.entries()].map(([key, list]) => {
    const shortest = list.reduce((a, b) => (a.request.length <= b.request.length ? a : b));
    return `- ${key} (x${list.length})\n    request: ${shortest.request.slice(0, 600)}\n    answer:  ${shortest.answer.slice(0, 600)}`;
  });
  console.log(`[hostile] ${title}: ${lines.length} distinct violation(s), seed ${HOSTILE_SEED}\n${lines.join('\n')}`);
}

export function short(text: string, max = 400): string {
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text;
}

// ------------------------------------------------------------------ the server's side of a 500

/**
 * The server's error log lines, kept in memory (startServer({ logLevel: 'error', logStream })),
 * so a violation can name what failed inside (the error's type and message; redacted as logged).
 */
export function errorLog(): { stream: Writable; mark: () => number; since: (mark: number) => string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(line);
      done();
    },
  });
  const describe = (line: string): string => {
    try {
      const parsed = JSON.parse(line) as { msg?: string; err?: { type?: string; message?: string; stack?: string } };
      const frame = parsed.err?.stack?.split('\n').find((l) => /\/(modules|src)\//.test(l))?.trim() ?? '';
      return `${parsed.err?.type ?? ''}: ${parsed.err?.message ?? parsed.msg ?? ''} ${frame}`.trim();
    } catch {
      return line.slice(0, 300);
    }
  };
  return {
    stream,
    mark: () => lines.length,
    since: (mark) => [...new Set(lines.slice(mark).map(describe))].join(' | '),
  };
}

/** A value nested `depth` levels deep ([[[...]]] or {"a":{"a":...}}), as raw JSON text. */
export function deeplyNested(depth: number, shape: 'array' | 'object' = 'array'): RawJson {
  return shape === 'array' ? new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`) : new RawJson(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
}

/** The depths tried for nesting: past any sane limit, and far past the call stack. */
export const NESTING_DEPTHS = [2_000, 100_000];
