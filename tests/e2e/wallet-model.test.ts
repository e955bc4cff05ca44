import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {
  CaptureHoldInput,
  PostTransfersMutationVariables,
  ReleaseHoldInput,
  ReserveHoldInput,
  ReverseLedgerTransactionInput,
  LedgerAccountSelector,
} from '../../codegen/sdk.js';
import { expireDueHolds } from '../../modules/wallet/index.js';
import { globalIdOf } from '../../src/graphql/ids.js';
import { localId, walletOf } from '../helpers/wallet.js';
import { checkLedgerInvariants, playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { expectType, newPlayer, newTenant, platformAdmin } from '../helpers/world.js';

/**
 * Model-based test of the ledger: random sequences of wallet operations run against the real
 * API and against a plain in-memory model; after every step the typed result and every
 * balance must agree, and at the end of each sequence the SQL invariants must hold.
 */

let server: TestServer;
let platform: Sdk;
let owner: pg.Client;

beforeAll(async () => {
  // No hold-expiry job and no rate limits in this instance: the test decides when holds expire.
  server = await startServer({ env: { WALLET_HOLD_EXPIRY_INTERVAL_MS: '0', RATE_LIMIT_ENABLED: 'false' } });
  platform = (await platformAdmin(server)).sdk;
  owner = new pg.Client({ connectionString: inject('databaseUrl') });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await server?.close();
});

const CURRENCY = 'EUR';
const PLAYERS = 3;

// ---------------------------------------------------------------- the world of one run

interface World {
  tenantId: string;
  partner: Sdk;
  /** Tenant admin: reversals need wallet:manage, which partner keys do not get. */
  admin: Sdk;
  players: { uuid: string; sdk: Sdk }[];
  keyPrefix: string;
  keys: number;
}

async function newWorld(): Promise<World> {
  const tenant = await newTenant(server, platform);
  const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'wallet model', permissions: ['WALLET_POST', 'WALLET_READ'] } });
  const key = expectType(created.createApiKey, 'CreateApiKeyPayload');
  const players = [];
  for (let i = 0; i < PLAYERS; i++) {
    const player = await newPlayer(server, tenant);
    players.push({ uuid: playerUuid(player.player), sdk: player.sdk });
  }
  return {
    tenantId: tenantUuid(tenant),
    partner: server.sdk({ 'x-api-key': key.key }),
    admin: tenant.admin.sdk,
    players,
    keyPrefix: `model-${randomUUID().slice(0, 8)}`,
    keys: 0,
  };
}

const nextKey = (w: World) => `${w.keyPrefix}-${++w.keys}`;

// ---------------------------------------------------------------- the model

type Label = string; // 'P0'..'P2', 'HOUSE' (all stripes together), 'WORLD'
const playerLabel = (i: number): Label => `P${i}`;
type HoldStatus = 'OPEN' | 'CAPTURED' | 'RELEASED' | 'EXPIRED';

interface Model {
  balance: Map<Label, bigint>;
  held: Map<Label, bigint>;
  holds: { id: string; player: number; amount: bigint; status: HoldStatus }[];
  transactions: { id: string; legs: [Label, bigint][]; reversed: boolean; isReversal: boolean }[];
  /** Every request that claimed its key, with the answer it got. */
  requests: { request: Request; expected: Expected }[];
}

function newModel(): Model {
  const labels = [...Array.from({ length: PLAYERS }, (_, i) => playerLabel(i)), 'HOUSE', 'WORLD'];
  return {
    balance: new Map(labels.map((l) => [l, 0n])),
    held: new Map(labels.map((l) => [l, 0n])),
    holds: [],
    transactions: [],
    requests: [],
  };
}

const available = (m: Model, l: Label) => m.balance.get(l)! - m.held.get(l)!;
const isPlayer = (l: Label) => l.startsWith('P');
function move(m: Model, legs: [Label, bigint][]) {
  for (const [l, amount] of legs) m.balance.set(l, m.balance.get(l)! + amount);
}
/** Would these legs take a player below zero available? */
function refused(m: Model, legs: [Label, bigint][]): boolean {
  const after = new Map(m.balance);
  for (const [l, amount] of legs) after.set(l, after.get(l)! + amount);
  return [...after].some(([l, b]) => isPlayer(l) && b - m.held.get(l)! < 0);
}

// ---------------------------------------------------------------- requests and answers

type Request =
  | { op: 'transfer'; vars: PostTransfersMutationVariables }
  | { op: 'reserve'; vars: ReserveHoldInput }
  | { op: 'capture'; vars: CaptureHoldInput }
  | { op: 'release'; vars: ReleaseHoldInput }
  | { op: 'reverse'; vars: ReverseLedgerTransactionInput };

interface Expected {
  typename: string;
  transactionId?: string;
  holdId?: string;
}

interface Entry {
  accountId: string;
  amount: string;
  balanceAfter: string;
}
interface Observed {
  typename: string;
  replay?: boolean;
  transactionId?: string;
  entries?: Entry[];
  hold?: { id: string; accountId: string; amount: string; captured: string | null; status: HoldStatus; expiresAt: string | null };
}

/** An entry as the model reads it: its account's global ID and minor units. */
function flatEntries(entries: { account: { id: string }; amount: { amount: string }; balanceAfter: { amount: string } }[]): Entry[] {
  return entries.map((e) => ({ accountId: e.account.id, amount: e.amount.amount, balanceAfter: e.balanceAfter.amount }));
}
function flatHold(h: { id: string; account: { id: string }; amount: { amount: string }; captured: { amount: string } | null; status: HoldStatus; expiresAt: string | null }) {
  return { id: h.id, accountId: h.account.id, amount: h.amount.amount, captured: h.captured?.amount ?? null, status: h.status, expiresAt: h.expiresAt };
}

/**
 * Sends a request; the answer in the model's terms: every hold mutation's payload is
 * 'LedgerHoldPayload' and a reversal's 'PostTransfersPayload', as the model predicts a posting or a hold.
 */
async function send(w: World, request: Request): Promise<Observed> {
  switch (request.op) {
    case 'transfer': {
      const r = (await w.partner.PostTransfers(request.vars)).postTransfers;
      if (r.__typename !== 'PostTransfersPayload') return { typename: r.__typename };
      return { typename: r.__typename, replay: r.replay, transactionId: r.transaction.id, entries: flatEntries(r.transaction.entries) };
    }
    case 'reverse': {
      const r = (await w.admin.ReverseLedgerTransaction({ input: request.vars })).reverseLedgerTransaction;
      if (r.__typename !== 'ReverseLedgerTransactionPayload') return { typename: r.__typename };
      return { typename: 'PostTransfersPayload', replay: r.replay, transactionId: r.reversal.id, entries: flatEntries(r.reversal.entries) };
    }
    case 'reserve': {
      const r = (await w.partner.ReserveHold({ input: request.vars })).reserveHold;
      if (r.__typename !== 'ReserveHoldPayload') return { typename: r.__typename };
      return { typename: 'LedgerHoldPayload', replay: r.replay, hold: flatHold(r.hold) };
    }
    case 'capture': {
      const r = (await w.partner.CaptureHold({ input: request.vars })).captureHold;
      if (r.__typename !== 'CaptureHoldPayload') return { typename: r.__typename };
      return { typename: 'LedgerHoldPayload', replay: r.replay, hold: flatHold(r.hold), transactionId: r.transaction.id, entries: flatEntries(r.transaction.entries) };
    }
    case 'release': {
      const r = (await w.partner.ReleaseHold({ input: request.vars })).releaseHold;
      if (r.__typename !== 'ReleaseHoldPayload') return { typename: r.__typename };
      return { typename: 'LedgerHoldPayload', replay: r.replay, hold: flatHold(r.hold) };
    }
  }
}

function selector(w: World, l: Label): LedgerAccountSelector {
  if (isPlayer(l)) return { ownerType: 'PLAYER', ownerId: globalIdOf('Player', w.players[Number(l.slice(1))]!.uuid), currency: CURRENCY };
  return { ownerType: l === 'HOUSE' ? 'HOUSE' : 'WORLD', currency: CURRENCY };
}

function transferRequest(w: World, code: string, from: Label, to: Label, amount: bigint): Request {
  return {
    op: 'transfer',
    vars: { input: { idempotencyKey: nextKey(w), code, transfers: [{ from: selector(w, from), to: selector(w, to), amount: amount.toString() }] } },
  };
}

/** The same key with other content: the same operation changed, or another operation. */
function conflicting(w: World, request: Request, other: boolean): Request {
  const key = idempotencyKeyOf(request);
  if (other) {
    return request.op === 'release'
      ? { op: 'transfer', vars: { input: { idempotencyKey: key, code: 'DEPOSIT', transfers: [{ from: selector(w, 'WORLD'), to: selector(w, 'P0'), amount: '1' }] } } }
      : { op: 'release', vars: { idempotencyKey: key, holdId: globalIdOf('LedgerHold', randomUUID()) } };
  }
  switch (request.op) {
    case 'transfer': {
      const [t] = request.vars.input.transfers;
      return { op: 'transfer', vars: { input: { ...request.vars.input, transfers: [{ ...t!, amount: (BigInt(t!.amount) + 1n).toString() }] } } };
    }
    case 'reserve':
      return { op: 'reserve', vars: { ...request.vars, amount: (BigInt(request.vars.amount) + 1n).toString() } };
    case 'capture':
      return { op: 'capture', vars: { ...request.vars, code: 'OTHER_CAPTURE' } };
    case 'release':
      return { op: 'release', vars: { ...request.vars, holdId: globalIdOf('LedgerHold', randomUUID()) } };
    case 'reverse':
      return { op: 'reverse', vars: { ...request.vars, reason: `${request.vars.reason} (changed)` } };
  }
}

function idempotencyKeyOf(request: Request): string {
  return request.op === 'transfer' ? request.vars.input.idempotencyKey : request.vars.idempotencyKey;
}

// ---------------------------------------------------------------- actions

const amount = (max: number) => fc.integer({ min: 1, max }).map(BigInt);
const player = fc.nat({ max: PLAYERS - 1 });
const pick = fc.nat({ max: 10_000 });

const actionArb = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('deposit' as const), p: player, amount: amount(400) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('bet' as const), p: player, amount: amount(250) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('win' as const), p: player, amount: amount(250) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('transfer' as const), p: player, q: fc.integer({ min: 1, max: PLAYERS - 1 }), amount: amount(250) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reserve' as const), p: player, amount: amount(250) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('capture' as const),
      hold: pick,
      mode: fc.constantFrom('full' as const, 'all' as const, 'partial' as const, 'excess' as const),
      part: pick,
      toPlayer: fc.option(fc.integer({ min: 1, max: PLAYERS - 1 }), { nil: null }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('release' as const), hold: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('expire' as const), p: player, amount: amount(150) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reverse' as const), tx: pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replay' as const), request: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('conflict' as const), request: pick, other: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unknown' as const), what: fc.constantFrom('capture' as const, 'release' as const, 'reverse' as const) }) },
);
type Action = typeof actionArb extends fc.Arbitrary<infer A> ? A : never;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one action against the API and the model; fails when they disagree. */
async function step(w: World, m: Model, action: Action, where: string): Promise<{ entries?: Entry[]; legs?: [Label, bigint][] }> {
  /** Sends a request that claims a fresh key; checks the answer's type against the prediction. */
  const fresh = async (request: Request, predicted: string) => {
    const observed = await send(w, request);
    expect(observed.typename, `${where}: result type`).toBe(predicted);
    if (observed.replay !== undefined) expect(observed.replay, `${where}: a fresh key is no replay`).toBe(false);
    m.requests.push({
      request,
      expected: { typename: observed.typename, transactionId: observed.transactionId, holdId: observed.hold?.id },
    });
    return observed;
  };
  const transfer = async (code: string, from: Label, to: Label, value: bigint) => {
    const legs: [Label, bigint][] = [[from, -value], [to, value]];
    const predicted = refused(m, legs) ? 'InsufficientFundsError' : 'PostTransfersPayload';
    const observed = await fresh(transferRequest(w, code, from, to, value), predicted);
    if (predicted !== 'PostTransfersPayload') return {};
    move(m, legs);
    m.transactions.push({ id: observed.transactionId!, legs, reversed: false, isReversal: false });
    return { entries: observed.entries!, legs };
  };
  const reserve = async (p: number, value: bigint, expiresInSeconds?: number) => {
    const l = playerLabel(p);
    const predicted = available(m, l) < value ? 'InsufficientFundsError' : 'LedgerHoldPayload';
    const request: Request = { op: 'reserve', vars: { idempotencyKey: nextKey(w), account: selector(w, l), amount: value.toString(), expiresInSeconds } };
    const observed = await fresh(request, predicted);
    if (!observed.hold) return null;
    expect(observed.hold, `${where}: the new hold`).toMatchObject({ amount: value.toString(), status: 'OPEN', captured: null });
    m.held.set(l, m.held.get(l)! + value);
    const hold = { id: observed.hold.id, player: p, amount: value, status: 'OPEN' as HoldStatus };
    m.holds.push(hold);
    return { hold, expiresAt: observed.hold.expiresAt };
  };
  const holdStatus = async (id: string) =>
    (await owner.query<{ status: HoldStatus }>(`select status from ledger_hold where id = $1`, [localId(id)])).rows[0]?.status;

  switch (action.kind) {
    case 'deposit':
      return transfer('DEPOSIT', 'WORLD', playerLabel(action.p), action.amount);
    case 'bet':
      return transfer('BET', playerLabel(action.p), 'HOUSE', action.amount);
    case 'win':
      return transfer('WIN', 'HOUSE', playerLabel(action.p), action.amount);
    case 'transfer':
      return transfer('TRANSFER', playerLabel(action.p), playerLabel((action.p + action.q) % PLAYERS), action.amount);
    case 'reserve':
      await reserve(action.p, action.amount);
      return {};
    case 'expire': {
      const reserved = await reserve(action.p, action.amount, 1);
      if (!reserved) return {};
      // Not yet due: the job leaves it open.
      await expireDueHolds(server.platform.services);
      expect(await holdStatus(reserved.hold.id), `${where}: a hold before its time`).toBe('OPEN');
      await sleep(Math.max(0, Date.parse(reserved.expiresAt!) - Date.now()) + 50);
      await expireDueHolds(server.platform.services);
      expect(await holdStatus(reserved.hold.id), `${where}: a hold after its time`).toBe('EXPIRED');
      reserved.hold.status = 'EXPIRED';
      const l = playerLabel(action.p);
      m.held.set(l, m.held.get(l)! - reserved.hold.amount);
      return {};
    }
    case 'capture': {
      const hold = m.holds[action.hold % Math.max(1, m.holds.length)];
      // No hold yet: make one (unknown holds have their own action).
      if (!hold) return step(w, m, { kind: 'reserve', p: action.part % PLAYERS, amount: 1n + BigInt(action.part % 200) }, where);
      const value =
        action.mode === 'full' || action.mode === 'all'
          ? hold.amount
          : action.mode === 'partial'
            ? 1n + (BigInt(action.part) % hold.amount)
            : hold.amount + 1n + BigInt(action.part % 10);
      const from = playerLabel(hold.player);
      const to = action.toPlayer === null ? 'HOUSE' : playerLabel((hold.player + action.toPlayer) % PLAYERS);
      const request: Request = {
        op: 'capture',
        vars: {
          idempotencyKey: nextKey(w),
          holdId: hold.id,
          // 'full' leaves the amount out: the whole hold.
          amount: action.mode === 'full' ? undefined : value.toString(),
          to: selector(w, to),
          code: 'CAPTURE',
        },
      };
      const predicted = hold.status !== 'OPEN' ? 'HoldNotOpenError' : value > hold.amount ? 'CaptureExceedsHoldError' : 'LedgerHoldPayload';
      const observed = await fresh(request, predicted);
      if (predicted !== 'LedgerHoldPayload') return {};
      expect(observed.hold, `${where}: the captured hold`).toMatchObject({ id: hold.id, status: 'CAPTURED', captured: value.toString() });
      m.held.set(from, m.held.get(from)! - hold.amount);
      hold.status = 'CAPTURED';
      const legs: [Label, bigint][] = [[from, -value], [to, value]];
      move(m, legs);
      m.transactions.push({ id: observed.transactionId!, legs, reversed: false, isReversal: false });
      return { entries: observed.entries!, legs };
    }
    case 'release': {
      const hold = m.holds[action.hold % Math.max(1, m.holds.length)];
      if (!hold) return step(w, m, { kind: 'reserve', p: action.hold % PLAYERS, amount: 1n + BigInt(action.hold % 200) }, where);
      const predicted = hold.status !== 'OPEN' ? 'HoldNotOpenError' : 'LedgerHoldPayload';
      const observed = await fresh({ op: 'release', vars: { idempotencyKey: nextKey(w), holdId: hold.id } }, predicted);
      if (predicted !== 'LedgerHoldPayload') return {};
      expect(observed.hold, `${where}: the released hold`).toMatchObject({ id: hold.id, status: 'RELEASED', captured: null });
      const l = playerLabel(hold.player);
      m.held.set(l, m.held.get(l)! - hold.amount);
      hold.status = 'RELEASED';
      return {};
    }
    case 'reverse': {
      const original = m.transactions[action.tx % Math.max(1, m.transactions.length)];
      if (!original) return step(w, m, { kind: 'unknown', what: 'reverse' }, where);
      const legs = original.legs.map(([l, value]): [Label, bigint] => [l, -value]);
      const predicted =
        original.reversed || original.isReversal ? 'AlreadyReversedError' : refused(m, legs) ? 'InsufficientFundsError' : 'PostTransfersPayload';
      const request: Request = { op: 'reverse', vars: { idempotencyKey: nextKey(w), transactionId: original.id, reason: 'model reversal' } };
      const observed = await fresh(request, predicted);
      if (predicted !== 'PostTransfersPayload') return {};
      move(m, legs);
      original.reversed = true;
      m.transactions.push({ id: observed.transactionId!, legs, reversed: false, isReversal: true });
      return { entries: observed.entries!, legs };
    }
    case 'unknown': {
      const request: Request =
        action.what === 'capture'
          ? { op: 'capture', vars: { idempotencyKey: nextKey(w), holdId: globalIdOf('LedgerHold', randomUUID()), to: selector(w, 'HOUSE'), code: 'CAPTURE' } }
          : action.what === 'release'
            ? { op: 'release', vars: { idempotencyKey: nextKey(w), holdId: globalIdOf('LedgerHold', randomUUID()) } }
            : { op: 'reverse', vars: { idempotencyKey: nextKey(w), transactionId: globalIdOf('LedgerTransaction', randomUUID()), reason: 'no such transaction' } };
      await fresh(request, action.what === 'reverse' ? 'TransactionNotFoundError' : 'HoldNotFoundError');
      return {};
    }
    case 'replay': {
      const previous = m.requests[action.request % Math.max(1, m.requests.length)];
      if (!previous) return {};
      const observed = await send(w, previous.request);
      expect(observed.typename, `${where}: replayed result type`).toBe(previous.expected.typename);
      if (observed.replay !== undefined) {
        expect(observed.replay, `${where}: replay flag`).toBe(true);
        expect(observed.transactionId, `${where}: replayed transaction`).toBe(previous.expected.transactionId);
        expect(observed.hold?.id, `${where}: replayed hold`).toBe(previous.expected.holdId);
      }
      return {};
    }
    case 'conflict': {
      const previous = m.requests[action.request % Math.max(1, m.requests.length)];
      if (!previous) return {};
      const observed = await send(w, conflicting(w, previous.request, action.other));
      expect(observed.typename, `${where}: same key, other content`).toBe('IdempotencyConflictError');
      return {};
    }
  }
}

/** Every account as the API reports it (partner's ledgerAccounts, each player's wallet) against the model. */
async function compare(w: World, m: Model, where: string, posted: { entries?: Entry[]; legs?: [Label, bigint][] }): Promise<void> {
  const [{ ledgerAccounts }, wallets] = await Promise.all([w.partner.LedgerAccounts({ first: 100 }), Promise.all(w.players.map(async (p) => ({ wallet: await walletOf(p.sdk) })))]);
  expect(ledgerAccounts!.pageInfo.hasNextPage).toBe(false);
  const labelOf = new Map<string, Label>();
  const balance = new Map([...m.balance.keys()].map((l) => [l, 0n]));
  const held = new Map(balance);
  for (const { node } of ledgerAccounts!.edges) {
    expect(node.currency).toBe(CURRENCY);
    const l = node.ownerType === 'PLAYER' ? playerLabel(w.players.findIndex((p) => globalIdOf('Player', p.uuid) === node.owner?.id)) : node.ownerType;
    expect(balance.has(l), `${where}: unexpected account ${JSON.stringify(node)}`).toBe(true);
    labelOf.set(node.id, l);
    balance.set(l, balance.get(l)! + BigInt(node.balance.amount));
    held.set(l, held.get(l)! + BigInt(node.held.amount));
    expect(BigInt(node.available.amount)).toBe(BigInt(node.balance.amount) - BigInt(node.held.amount));
  }
  const show = (map: Map<Label, bigint>) => Object.fromEntries([...map].map(([l, v]) => [l, v.toString()]));
  expect({ balance: show(balance), held: show(held) }, `${where}: accounts`).toEqual({ balance: show(m.balance), held: show(m.held) });

  for (const [i, { wallet }] of wallets.entries()) {
    const l = playerLabel(i);
    expect(wallet!.find((b) => b.currency === CURRENCY), `${where}: wallet of ${l}`).toEqual({
      currency: CURRENCY,
      cash: m.balance.get(l)!.toString(),
      bonus: '0',
      held: m.held.get(l)!.toString(),
      available: available(m, l).toString(),
    });
  }

  // A fresh transaction's entries are its legs, each leaving the account's new balance.
  if (posted.entries && posted.legs) {
    const entries = posted.entries.map((e) => [labelOf.get(e.accountId), BigInt(e.amount)]);
    expect(entries.sort(), `${where}: entries`).toEqual([...posted.legs].sort());
    for (const e of posted.entries) {
      const l = labelOf.get(e.accountId)!;
      if (isPlayer(l) || l === 'WORLD') expect(e.balanceAfter, `${where}: balanceAfter of ${l}`).toBe(m.balance.get(l)!.toString());
    }
  }
}

async function run(actions: Action[]): Promise<void> {
  const w = await newWorld();
  const m = newModel();
  for (const [i, action] of actions.entries()) {
    const where = `step ${i} ${JSON.stringify(action, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`;
    const posted = await step(w, m, action, where);
    await compare(w, m, where, posted);
  }
  expect(await checkLedgerInvariants(owner, w.tenantId)).toEqual([]);
  const { rows } = await owner.query<{ id: string; status: HoldStatus }>(`select id, status from ledger_hold where tenant_id = $1 order by id`, [w.tenantId]);
  expect(rows.map((r) => [globalIdOf('LedgerHold', r.id), r.status]).sort()).toEqual(m.holds.map((h) => [h.id, h.status]).sort());
  const transactions = await owner.query<{ n: string }>(`select count(*)::text as n from ledger_transaction where tenant_id = $1`, [w.tenantId]);
  expect(Number(transactions.rows[0]!.n)).toBe(m.transactions.length);
}

describe('wallet against an in-memory model', () => {
  it('agrees with the model after every step of random operation sequences', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Each player starts with a deposit (so holds and bets have money to work with), then up to 25 actions.
        fc.tuple(fc.array(amount(400), { minLength: PLAYERS, maxLength: PLAYERS }), fc.array(actionArb, { minLength: 10, maxLength: 25, size: 'max' })),
        ([deposits, actions]) => run([...deposits.map((value, p) => ({ kind: 'deposit' as const, p, amount: value })), ...actions]),
      ),
      // Each run is a fresh tenant over HTTP, so shrinking is slow: set FC_SHRINK=1 to shrink a failure.
      { numRuns: Number(process.env.WALLET_MODEL_RUNS ?? 15), endOnFailure: !process.env.FC_SHRINK },
    );
  }, 180_000);

  it('runs a sequence that touches every operation and failure', async () => {
    const h = (kind: 'full' | 'all' | 'partial' | 'excess', hold: number, toPlayer: number | null = null) =>
      ({ kind: 'capture', hold, mode: kind, part: 7, toPlayer }) as const;
    await run([
      { kind: 'bet', p: 0, amount: 1n }, // nothing yet: refused
      { kind: 'deposit', p: 0, amount: 500n },
      { kind: 'deposit', p: 1, amount: 100n },
      { kind: 'bet', p: 0, amount: 200n },
      { kind: 'win', p: 0, amount: 50n },
      { kind: 'transfer', p: 1, q: 1, amount: 101n }, // refused: P1 has 100
      { kind: 'transfer', p: 1, q: 1, amount: 100n },
      { kind: 'reserve', p: 0, amount: 300n },
      { kind: 'bet', p: 0, amount: 100n }, // refused: 350 − 300 held
      h('excess', 0),
      h('partial', 0, 2), // 8 of 300 to P2, the rest released
      h('full', 0), // no longer open
      { kind: 'reserve', p: 0, amount: 100n },
      { kind: 'release', hold: 1 },
      { kind: 'release', hold: 1 },
      { kind: 'expire', p: 2, amount: 50n },
      { kind: 'reverse', tx: 0 }, // the first deposit: P0 cannot give back 500
      { kind: 'reverse', tx: 1 }, // P1's deposit, long since passed on: refused
      { kind: 'reverse', tx: 2 }, // the bet
      { kind: 'reverse', tx: 2 }, // again: already reversed
      { kind: 'reverse', tx: 6 }, // the reversal itself
      { kind: 'unknown', what: 'capture' },
      { kind: 'unknown', what: 'release' },
      { kind: 'unknown', what: 'reverse' },
      ...Array.from({ length: 18 }, (_, i) => ({ kind: 'replay', request: i }) as const),
      ...Array.from({ length: 18 }, (_, i) => ({ kind: 'conflict', request: i, other: i % 2 === 0 }) as const),
    ]);
  }, 60_000);
});

// ---------------------------------------------------------------- the checker itself

describe('checkLedgerInvariants', () => {
  it('finds nothing on a sound ledger, and each kind of corruption on a copy of it', async () => {
    const w = await newWorld();
    const m = newModel();
    for (const action of [
      { kind: 'deposit', p: 0, amount: 500n },
      { kind: 'deposit', p: 1, amount: 300n },
      { kind: 'bet', p: 0, amount: 120n },
      { kind: 'reserve', p: 1, amount: 100n },
    ] as const) {
      await step(w, m, action, action.kind);
    }
    expect(await checkLedgerInvariants(owner, w.tenantId)).toEqual([]);

    // Temporary copies shadow the real tables in this session only (pg_temp comes first in
    // the search path), without their constraints: each corruption is checked on its own.
    const session = new pg.Client({ connectionString: inject('databaseUrl') });
    await session.connect();
    try {
      const copy = async () => {
        for (const table of ['ledger_account', 'ledger_entry', 'ledger_hold']) {
          await session.query(`drop table if exists pg_temp.${table}`);
          await session.query(`create temporary table ${table} as select * from public.${table} with no data`);
          await session.query(`insert into pg_temp.${table} select * from public.${table} where tenant_id = $1`, [w.tenantId]);
        }
        expect(await checkLedgerInvariants(session, w.tenantId)).toEqual([]);
      };
      const p0 = w.players[0]!.uuid;
      const p1 = w.players[1]!.uuid;
      const kinds = async () => (await checkLedgerInvariants(session, w.tenantId)).map((v) => v.invariant).sort();

      await copy();
      await session.query(`update ledger_account set balance = balance + 1 where owner_id = $1`, [p0]);
      expect(await kinds()).toEqual(['running-balance', 'zero-sum']);

      await copy();
      await session.query(`update ledger_account set balance = -5 where owner_id = $1`, [p0]);
      expect(await kinds()).toEqual(['floor', 'running-balance', 'zero-sum']);

      await copy();
      await session.query(`update ledger_account set held = held - 1 where owner_id = $1`, [p1]);
      expect(await kinds()).toEqual(['held']);

      await copy();
      await session.query(`update ledger_hold set status = 'RELEASED'`);
      expect(await kinds()).toEqual(['held']);

      await copy();
      // An entry whose running balance does not follow from its predecessor.
      await session.query(
        `update ledger_entry set balance_after = balance_after + 1
          where id = (select e.id from ledger_entry e join ledger_account a on a.id = e.account_id where a.owner_id = $1 order by e.seq limit 1)`,
        [p0],
      );
      expect(await kinds()).toEqual(['running-balance', 'running-balance']);

      await copy();
      // A gap in an account's entry numbers.
      await session.query(
        `update ledger_entry set seq = seq + 1 where account_id = (select id from ledger_account where owner_id = $1)`,
        [p0],
      );
      expect(await kinds()).toContain('running-balance');

      await copy();
      // One side of a transaction changed together with its running balance and the account:
      // the account replays, but the transaction no longer balances.
      await session.query(
        `update ledger_entry set amount = amount + 1, balance_after = balance_after + 1
          where seq = 2 and account_id = (select id from ledger_account where owner_id = $1)`,
        [p0],
      );
      await session.query(`update ledger_account set balance = balance + 1 where owner_id = $1`, [p0]);
      expect(await kinds()).toEqual(['transaction-balance', 'zero-sum']);
    } finally {
      await session.end();
    }
    // The real tables were never touched.
    expect(await checkLedgerInvariants(owner, w.tenantId)).toEqual([]);
  }, 60_000);
});
