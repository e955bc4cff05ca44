import fc from 'fast-check';
import Stripe from 'stripe';
import adyen from '@adyen/api-library';
import type pg from 'pg';
import {
  applyDamage,
  changedTables,
  damagesFor,
  hostileParameters,
  HOSTILE_RUNS,
  hostileValue,
  rarely,
  HostileObject,
  isMoneyPath,
  MAX_BIGINT,
  pathsOf,
  RawJson,
  short,
  snapshot,
  toJson,
  violation,
  type Damage,
  type Hostile,
  type TenantSnapshot,
} from './hostile.js';

/**
 * Hostile bodies at the partners' HTTP doors (payment webhooks, seamless callbacks), signed
 * correctly (so they get past the signature and reach the parsing and the money) or not.
 */

export interface CallbackAnswer {
  status: number;
  text: string;
}

export interface CallbackCase {
  name: string;
  /** A fresh valid body (fresh payment, fresh transaction id...). */
  valid: () => Promise<Hostile>;
  /** Sends the (damaged) body: signs its exact text when the case is a signed one. */
  send: (body: Hostile) => Promise<CallbackAnswer>;
  /** Whether the answer accepted the request (then it may write). */
  accepted: (answer: CallbackAnswer) => boolean;
  /** Tables a refusal writes by design (a seamless bet refused for money is kept as its answer). */
  storedRefusal?: (answer: CallbackAnswer) => readonly string[];
  /** Extra checks of an answer (e.g. the seamless dialect always answers JSON); a problem or null. */
  check?: (answer: CallbackAnswer) => string | null;
}

export interface CallbackTarget {
  db: pg.Client;
  snapshotQuery: string;
  tenantId: string;
  /** Tables a refused request may write to by design (the webhook log of refused deliveries). */
  logTables: readonly string[];
  /** The server's error log, to name the cause of a 500 in the violation. */
  serverErrors?: { mark: () => number; since: (mark: number) => string };
  /** A check that the log tables only got refusal rows (compares two snapshots of its own). */
  logCheck?: () => Promise<string>;
}

interface CallbackAttack {
  damages: Damage[];
  whole: Hostile | null;
}

/** The property for one door: damaged valid bodies (and, rarely, a whole hostile body). */
export async function attackCallback(target: CallbackTarget, c: CallbackCase, runs?: number): Promise<void> {
  const shape = await c.valid();
  // Every amount at and past the edges, as strings and as number literals, always tried.
  const edges: [CallbackAttack][] = pathsOf(shape)
    .filter(isMoneyPath)
    .flatMap((path) => [MAX_BIGINT, '18446744073709551616', '-1', '1.5'].map((v): [CallbackAttack] => [{ damages: [{ kind: 'replace', path, value: v }], whole: null }]))
    .concat(
      pathsOf(shape)
        .filter(isMoneyPath)
        .flatMap((path) => [new RawJson(MAX_BIGINT), new RawJson('1e400'), new RawJson('-5'), new RawJson('0.5')].map((v): [CallbackAttack] => [{ damages: [{ kind: 'replace', path, value: v }], whole: null }])),
    );
  // The valid body itself (plus an unknown key), always tried: a door may fail on good input too.
  edges.unshift([{ damages: [{ kind: 'extra', path: [], key: 'hostile_note', value: 'x' }], whole: null }]);
  await fc.assert(
    fc.asyncProperty(fc.record({ damages: damagesFor(shape), whole: rarely(hostileValue, 15) }), async (attack) => {
      const body = attack.whole ?? attack.damages.reduce<Hostile>((tree, d) => applyDamage(tree, d), await c.valid());
      const before = await snapshot(target.db, target.snapshotQuery, target.tenantId);
      const logBefore = target.logCheck ? await target.logCheck() : '';
      const mark = target.serverErrors?.mark() ?? 0;
      const answer = await c.send(body);
      const request = short(toJson(body), 2000);
      if (process.env.HOSTILE_DEBUG) console.log(`[hostile] ${c.name}\n  sent ${short(request, 300)}\n  got ${answer.status} ${short(answer.text, 300)}`);
      if (answer.status >= 500) {
        const cause = target.serverErrors?.since(mark);
        return violation({ target: c.name, request, problem: `HTTP ${answer.status}${cause ? ` [server: ${cause}]` : ''}`, answer: short(answer.text, 1000) });
      }
      // An unexpected error the door turned into an ordinary answer (Hub88's RS_ERROR_UNKNOWN):
      // still an internal error, seen in the server's error log.
      const logged = target.serverErrors?.since(mark);
      if (logged) return violation({ target: c.name, request, problem: `internal error behind HTTP ${answer.status} [server: ${logged}]`, answer: short(answer.text, 1000) });
      const extra = c.check?.(answer);
      if (extra) return violation({ target: c.name, request, problem: extra, answer: short(answer.text, 1000) });
      if (!c.accepted(answer)) {
        const after: TenantSnapshot = await snapshot(target.db, target.snapshotQuery, target.tenantId);
        const changed = changedTables(before, after, [...target.logTables, ...(c.storedRefusal?.(answer) ?? [])]);
        const logAfter = target.logCheck ? await target.logCheck() : '';
        if (logAfter !== logBefore) changed.push(`${target.logTables.join(', ')} (accepted rows)`);
        if (changed.length) return violation({ target: c.name, request, problem: `refused but wrote to ${changed.join(', ')}`, answer: short(answer.text, 1000) });
      }
      return true;
    }),
    // fast-check counts examples in numRuns: the generated runs come on top of them.
    { ...hostileParameters(runs), numRuns: (runs ?? HOSTILE_RUNS) + edges.length, examples: edges },
  );
}

// ------------------------------------------------------------------ signing

const stripeSigner = new Stripe('sk_test_signer_only');

/** Stripe's header for exactly this payload text. */
export function stripeSignature(payload: string, secret: string): string {
  return stripeSigner.webhooks.generateTestHeaderString({ payload, secret });
}

/** Posts a raw body to a URL with headers. */
export async function postBody(url: string, body: string, headers: Record<string, string>): Promise<CallbackAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, text: await response.text() };
}

/** Sets (or adds) a value at a path of a tree, making objects where the path is missing or not an object. */
export function setPath(tree: Hostile, path: string[], value: Hostile): Hostile {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(tree)) {
    const i = Number(head);
    if (!Number.isInteger(i) || i < 0 || i >= tree.length) return tree;
    return tree.map((v, j) => (j === i ? setPath(v, rest, value) : v));
  }
  const node = tree instanceof HostileObject ? tree : new HostileObject([]);
  const has = node.entries.some(([k]) => k === head);
  // With repeated keys the parser keeps the last one: set that one.
  const last = node.entries.map(([k]) => k).lastIndexOf(head);
  if (!has) return new HostileObject([...node.entries, [head, setPath(new HostileObject([]), rest, value)]]);
  return new HostileObject(node.entries.map(([k, v], i) => [k, i === last ? setPath(v, rest, value) : v]));
}

const adyenValidator = new adyen.hmacValidator();

/**
 * Signs every notification item the server will see (as JSON.parse reads the body) with
 * Adyen's HMAC, whatever its fields hold; an item the SDK cannot sign is left as it is.
 */
export function signAdyen(body: Hostile, hmacKey: string): Hostile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(toJson(body));
  } catch {
    return body;
  }
  const items = (parsed as { notificationItems?: unknown })?.notificationItems;
  if (!Array.isArray(items)) return body;
  let signed = body;
  items.forEach((entry, i) => {
    const item = (entry as { NotificationRequestItem?: unknown } | null)?.NotificationRequestItem;
    if (!item || typeof item !== 'object') return;
    try {
      const hmac = adyenValidator.calculateHmac(item as Parameters<typeof adyenValidator.calculateHmac>[0], hmacKey);
      signed = setPath(signed, ['notificationItems', String(i), 'NotificationRequestItem', 'additionalData', 'hmacSignature'], hmac);
    } catch {
      // Fields the SDK cannot read: sent unsigned.
    }
  });
  return signed;
}

/**
 * One deterministic shot: `value` (a deeply nested one) set at `path` of a valid body, sent;
 * throws on a 5xx, a failed `check`, or a refusal that wrote something.
 */
export async function nestedShot(
  target: CallbackTarget,
  name: string,
  body: Hostile,
  path: string[],
  value: Hostile,
  send: (body: Hostile) => Promise<CallbackAnswer>,
  accepted: (answer: CallbackAnswer) => boolean,
  check?: (answer: CallbackAnswer) => string | null,
): Promise<void> {
  const damaged = setPath(body, path, value);
  const before = await snapshot(target.db, target.snapshotQuery, target.tenantId);
  const mark = target.serverErrors?.mark() ?? 0;
  const answer = await send(damaged);
  const where = `${name} at ${path.join('.')}`;
  if (answer.status >= 500) throw new Error(`${where}: HTTP ${answer.status} ${short(answer.text, 300)} [server: ${target.serverErrors?.since(mark) ?? ''}]`);
  const logged = target.serverErrors?.since(mark);
  if (logged) throw new Error(`${where}: internal error behind HTTP ${answer.status} ${short(answer.text, 300)} [server: ${logged}]`);
  const problem = check?.(answer);
  if (problem) throw new Error(`${where}: ${problem}: HTTP ${answer.status} ${short(answer.text, 300)}`);
  if (!accepted(answer)) {
    const changed = changedTables(before, await snapshot(target.db, target.snapshotQuery, target.tenantId), target.logTables);
    if (changed.length) throw new Error(`${where}: refused but wrote to ${changed.join(', ')}`);
  }
}
