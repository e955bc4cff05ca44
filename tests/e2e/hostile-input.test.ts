import { createHash, randomUUID } from 'node:crypto';
import { playerGlobalId } from '../helpers/wallet.js';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { bearer, expectType, newPlayer, newStaff, newTenant, platformAdmin, type TestTenant } from '../helpers/world.js';
import { ownerDb, seedPayments } from '../helpers/payments.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { fund } from '../helpers/seamless.js';
import { playerUuid, tenantUuid } from '../helpers/ledger-invariants.js';
import { applyDamage, changedTables, deeplyNested, errorLog, HOSTILE_SEED, HostileObject, MAX_BIGINT, NESTING_DEPTHS, snapshot, STORED_FAILURE_TABLES, toJson, printExplored, snapshotQuery, tenantTables, type Hostile } from '../helpers/hostile.js';
import { attackCallback } from '../helpers/hostile-callbacks.js';
import { attackMutation, postRaw, problemsOf, refused, type GraphqlTarget, type MutationCase } from '../helpers/hostile-graphql.js';

/**
 * Issue 13, item 12: hostile values at every money-moving mutation (and the settings that gate
 * money), sent over HTTP as raw JSON by principals allowed to call them. Never a 5xx, never
 * INTERNAL_SERVER_ERROR, and nothing written by a refused call. Reproduce a failure with the
 * seed it prints: HOSTILE_SEED=<seed> npx vitest run tests/e2e/hostile-input.test.ts
 */

const obj = (record: Record<string, Hostile>) => HostileObject.of(record);
const key = (prefix: string) => `${prefix}-${randomUUID()}`;

/** `mutation($a: T!, ...) { field(a: $a, ...) { __typename ... on Error { code message } } }` */
function mutation(field: string, variables: Record<string, string>): string {
  const names = Object.keys(variables);
  const definitions = names.map((n) => `$${n}: ${variables[n]}`).join(', ');
  const args = names.map((n) => `${n}: $${n}`).join(', ');
  return `mutation Hostile(${definitions}) { ${field}(${args}) { __typename ... on Error { code message } } }`;
}

let server: TestServer;
const serverErrors = errorLog();
let stripe: FakeStripe;
let db: pg.Client;
let target: GraphqlTarget;
const cases: MutationCase[] = [];
let world: Casino;

interface Casino {
  tenant: TestTenant;
  approver: { sdk: Sdk; token: string };
  finance: { sdk: Sdk; token: string };
  partner: Sdk;
  partnerKey: string;
  player: { id: string; token: string; sdk: Sdk };
  poker: { id: string; token: string; sdk: Sdk };
  rg: { id: string; token: string; sdk: Sdk };
  /** A player whose cash is 2^63 − 1 − 10: any credit past 10 overflows the column (issue 13, item 4). */
  rich: { id: string };
  paymentId: string;
  tableId: string;
  accountId: string;
}

async function casino(): Promise<Casino> {
  const platform = await platformAdmin(server);
  const tenant = await newTenant(server, platform.sdk);
  const approver = await newStaff(server, platform.sdk, tenant.slug, ['TENANT_ADMIN']);
  const finance = await newStaff(server, platform.sdk, tenant.slug, ['FINANCE']);
  const created = await tenant.admin.sdk.CreateApiKey({ input: { name: 'hostile', permissions: ['WALLET_POST', 'WALLET_READ'] } });
  const partnerKey = expectType(created.createApiKey, 'CreateApiKeyPayload').key;
  const partner = server.sdk({ 'x-api-key': partnerKey });
  // A Stripe provider, a confirmed deposit (the payment to refund), a pending withdrawal and a dispute.
  const seeded = await seedPayments(server, tenant, stripe);
  const payer = { id: playerUuid(seeded.player.player), token: seeded.player.token, sdk: seeded.player.sdk };
  await fund(partner, payer.id, 10_000_000);
  const registered = async () => {
    const p = await newPlayer(server, tenant);
    return { id: playerUuid(p.player), token: p.token, sdk: p.sdk };
  };
  const poker = await registered();
  await fund(partner, poker.id, 1_000_000);
  const rg = await registered();
  expectType((await tenant.admin.sdk.SetWalletApprovalThreshold({ input: { currency: 'EUR', amount: '1000' } })).setWalletApprovalThreshold, 'SetWalletApprovalThresholdPayload');
  const table = await tenant.admin.sdk.CreatePokerTable({
    input: { name: 'Hostile table', variant: 'NLHE', currency: 'EUR', smallBlind: '10', bigBlind: '20', maxSeats: 6, minBuyIn: '200', maxBuyIn: '2000', turnSeconds: 60 },
  });
  const tableId = expectType(table.createPokerTable, 'CreatePokerTablePayload').table.id;
  // The account freezeLedgerAccount may freeze: the RG player's, which no other case spends from.
  await fund(partner, rg.id, 1000);
  const accounts = await tenant.admin.sdk.LedgerAccounts({ filter: { ownerId: playerGlobalId(rg.id), currency: 'EUR' } });
  const accountId = accounts.ledgerAccounts!.edges.find((e) => e.node.kind === 'CASH')!.node.id;
  const richPlayer = await registered();
  const topped = await partner.PostTransfers({
    input: {
      idempotencyKey: `rich-${randomUUID()}`,
      code: 'BONUS_GRANT',
      // From an account of its own: the WORLD account has already gone negative by the other fundings.
      transfers: [{ from: { ownerType: 'PROVIDER', ownerRef: 'hostile-source', currency: 'EUR' }, to: { ownerType: 'PLAYER', ownerId: playerGlobalId(richPlayer.id), currency: 'EUR', kind: 'CASH' }, amount: '9223372036854775797' }],
    },
  });
  expectType(topped.postTransfers, 'PostTransfersPayload');
  return { tenant, approver, finance, partner, partnerKey, player: payer, poker, rg, rich: { id: richPlayer.id }, paymentId: seeded.paymentId, tableId, accountId };
}

function defineCases(c: Casino): void {
  const admin = () => bearer(c.tenant.admin.token);
  const approver = () => bearer(c.approver.token);
  const finance = () => bearer(c.finance.token);
  const partner = () => ({ 'x-api-key': c.partnerKey });
  const player = () => bearer(c.player.token);
  const cash = (id = c.player.id): HostileObject => obj({ ownerType: 'PLAYER', ownerId: playerGlobalId(id), currency: 'EUR', kind: 'CASH' });
  const house = obj({ ownerType: 'HOUSE', currency: 'EUR' });

  const freshHold = async (): Promise<string> => {
    const r = await c.partner.ReserveHold({ input: { idempotencyKey: key('hold'), account: { ownerType: 'PLAYER', ownerId: playerGlobalId(c.player.id), currency: 'EUR', kind: 'CASH' }, amount: '50', expiresInSeconds: 3600 } });
    return expectType(r.reserveHold, 'ReserveHoldPayload').hold.id;
  };
  const freshTransaction = async (): Promise<string> => {
    const r = await c.partner.PostTransfers({
      input: { idempotencyKey: key('tx'), code: 'BET', transfers: [{ from: { ownerType: 'PLAYER', ownerId: playerGlobalId(c.player.id), currency: 'EUR', kind: 'CASH' }, to: { ownerType: 'HOUSE', currency: 'EUR' }, amount: '3' }] },
    });
    return expectType(r.postTransfers, 'PostTransfersPayload').transaction.id;
  };
  const pendingAdjustment = async (): Promise<string> => {
    const r = await c.tenant.admin.sdk.RequestWalletAdjustment({ input: { idempotencyKey: key('adj'), account: { ownerType: 'PLAYER', ownerId: playerGlobalId(c.player.id), currency: 'EUR', kind: 'CASH' }, amount: '5000', reason: 'goodwill' } });
    return expectType(r.requestWalletAdjustment, 'RequestWalletAdjustmentPayload').adjustment.id;
  };
  const pendingWithdrawal = async (): Promise<string> => {
    const r = await c.player.sdk.RequestWithdrawal({ input: { idempotencyKey: key('wd'), currency: 'EUR', amount: '150', provider: 'STRIPE' } });
    return expectType(r.requestWithdrawal, 'RequestWithdrawalPayload').withdrawal.id;
  };

  cases.push(
    {
      field: 'postTransfers',
      document: mutation('postTransfers', { input: 'PostTransfersInput!' }),
      headers: partner,
      valid: async () =>
        obj({
          input: obj({
            idempotencyKey: key('post'),
            code: 'BET',
            reference: 'round-1',
            metadata: obj({ game: 'starburst', round: 1 }),
            transfers: [obj({ from: cash(), to: house, amount: '1' }), obj({ from: house, to: cash(), amount: '1' })],
          }),
        }),
      // Two credits of 2^63 − 1 to one account: the legs sum past the column's range.
      examples: [
        {
          damages: [
            { kind: 'replace', path: ['input', 'transfers', '0'], value: obj({ from: house, to: cash(), amount: MAX_BIGINT }) },
            { kind: 'replace', path: ['input', 'transfers', '1', 'amount'], value: MAX_BIGINT },
          ],
          wholeVariables: null,
          variablesAsString: false,
        },
      ],
    },
    {
      field: 'reserveHold',
      document: mutation('reserveHold', { idempotencyKey: 'String!', account: 'LedgerAccountSelector!', amount: 'Money!', expiresInSeconds: 'Int' }),
      headers: partner,
      valid: async () => obj({ idempotencyKey: key('reserve'), account: cash(), amount: '1', expiresInSeconds: 3600 }),
    },
    {
      field: 'captureHold',
      document: mutation('captureHold', { idempotencyKey: 'String!', holdId: 'ID!', amount: 'MinorUnits', to: 'LedgerAccountSelector!', code: 'String!', reference: 'String' }),
      headers: partner,
      valid: async () => obj({ idempotencyKey: key('capture'), holdId: await freshHold(), amount: '20', to: house, code: 'BUY_IN', reference: 'table-1' }),
      // Captured to an account 10 short of 2^63 − 1.
      examples: [{ damages: [{ kind: 'replace', path: ['to'], value: cash(c.rich.id) }], wholeVariables: null, variablesAsString: false }],
    },
    {
      field: 'releaseHold',
      document: mutation('releaseHold', { idempotencyKey: 'String!', holdId: 'ID!' }),
      headers: partner,
      valid: async () => obj({ idempotencyKey: key('release'), holdId: await freshHold() }),
    },
    {
      field: 'reverseLedgerTransaction',
      document: mutation('reverseLedgerTransaction', { idempotencyKey: 'String!', transactionId: 'ID!', reason: 'String!' }),
      headers: admin,
      valid: async () => obj({ idempotencyKey: key('reverse'), transactionId: await freshTransaction(), reason: 'mistake' }),
    },
    {
      field: 'requestWalletAdjustment',
      document: mutation('requestWalletAdjustment', { idempotencyKey: 'String!', account: 'LedgerAccountSelector!', amount: 'Money!', reason: 'String!' }),
      headers: admin,
      valid: async () => obj({ idempotencyKey: key('adjust'), account: cash(), amount: '-1', reason: 'correction' }),
      // An instant credit (below the approval threshold) to an account 10 short of 2^63 − 1.
      examples: [
        {
          damages: [
            { kind: 'replace', path: ['account'], value: cash(c.rich.id) },
            { kind: 'replace', path: ['amount'], value: '100' },
          ],
          wholeVariables: null,
          variablesAsString: false,
        },
      ],
    },
    {
      field: 'approveWalletAdjustment',
      document: mutation('approveWalletAdjustment', { idempotencyKey: 'String!', adjustmentId: 'ID!', note: 'String' }),
      headers: approver,
      valid: async () => obj({ idempotencyKey: key('approve'), adjustmentId: await pendingAdjustment(), note: 'ok' }),
    },
    {
      field: 'rejectWalletAdjustment',
      document: mutation('rejectWalletAdjustment', { idempotencyKey: 'String!', adjustmentId: 'ID!', note: 'String' }),
      headers: approver,
      valid: async () => obj({ idempotencyKey: key('reject'), adjustmentId: await pendingAdjustment(), note: 'no' }),
    },
    {
      field: 'setWalletApprovalThreshold',
      document: mutation('setWalletApprovalThreshold', { currency: 'String!', amount: 'Money!' }),
      headers: admin,
      valid: async () => obj({ currency: 'EUR', amount: '1000' }),
    },
    {
      field: 'freezeLedgerAccount',
      document: mutation('freezeLedgerAccount', { id: 'ID!', reason: 'String!' }),
      headers: admin,
      valid: async () => obj({ id: c.accountId, reason: 'review' }),
      afterAccepted: async () => {
        await c.tenant.admin.sdk.UnfreezeLedgerAccount({ input: { accountId: c.accountId, reason: 'review done' } });
      },
    },
    {
      field: 'createDeposit',
      document: mutation('createDeposit', { input: 'CreateDepositInput!' }),
      headers: player,
      valid: async () => obj({ input: obj({ provider: 'STRIPE', currency: 'EUR', amount: '1000', returnUrl: 'https://casino.test/return' }) }),
    },
    {
      field: 'requestWithdrawal',
      document: mutation('requestWithdrawal', { input: 'RequestWithdrawalInput!' }),
      headers: player,
      valid: async () => obj({ input: obj({ idempotencyKey: key('withdraw'), currency: 'EUR', amount: '150', provider: 'STRIPE' }) }),
    },
    {
      field: 'approveWithdrawal',
      document: mutation('approveWithdrawal', { input: 'ApproveWithdrawalInput!' }),
      headers: finance,
      valid: async () => obj({ input: obj({ withdrawalId: await pendingWithdrawal(), note: 'paid' }) }),
    },
    {
      field: 'rejectWithdrawal',
      document: mutation('rejectWithdrawal', { input: 'RejectWithdrawalInput!' }),
      headers: finance,
      valid: async () => obj({ input: obj({ withdrawalId: await pendingWithdrawal(), note: 'no' }) }),
    },
    {
      field: 'cancelWithdrawal',
      document: mutation('cancelWithdrawal', { input: 'CancelWithdrawalInput!' }),
      headers: player,
      valid: async () => obj({ input: obj({ withdrawalId: await pendingWithdrawal() }) }),
    },
    {
      field: 'refundDeposit',
      document: mutation('refundDeposit', { input: 'RefundDepositInput!' }),
      headers: finance,
      valid: async () => obj({ input: obj({ idempotencyKey: key('refund'), paymentId: c.paymentId, amount: '1', reason: 'goodwill' }) }),
    },
    {
      field: 'setPaymentSettings',
      document: mutation('setPaymentSettings', { input: 'SetPaymentSettingsInput!' }),
      headers: admin,
      valid: async () => obj({ input: obj({ dualApprovalAbove: '5000', chargebackFreeze: 'NEVER', stalePendingMinutes: 60 }) }),
    },
    {
      field: 'createPokerTable',
      document: mutation('createPokerTable', { input: 'CreatePokerTableInput!' }),
      headers: admin,
      valid: async () =>
        obj({
          input: obj({
            name: 'Fuzz table', variant: 'NLHE', currency: 'EUR', smallBlind: '10', bigBlind: '20', ante: '1', maxSeats: 6, minBuyIn: '200', maxBuyIn: '2000',
            turnSeconds: 60, betweenHandsMs: 0, rakeBasisPoints: 500, rakeCap: '30', noFlopNoDrop: true,
          }),
        }),
    },
    {
      field: 'sitAtPokerTable',
      document: mutation('sitAtPokerTable', { input: 'SitAtPokerTableInput!' }),
      headers: () => bearer(c.poker.token),
      valid: async () => obj({ input: obj({ tableId: c.tableId, buyIn: '500', seat: 2 }) }),
      afterAccepted: async () => {
        await c.poker.sdk.LeavePokerTable({ input: { tableId: c.tableId } });
      },
    },
    {
      field: 'leavePokerTable',
      document: mutation('leavePokerTable', { input: 'LeavePokerTableInput!' }),
      headers: () => bearer(c.poker.token),
      valid: async () => obj({ input: obj({ tableId: c.tableId }) }),
    },
    {
      field: 'pokerAct',
      document: mutation('pokerAct', { input: 'PokerActInput!' }),
      headers: () => bearer(c.poker.token),
      valid: async () => obj({ input: obj({ tableId: c.tableId, action: 'RAISE', amount: '40', handId: c.tableId }) }),
    },
    {
      field: 'setResponsibleGamblingLimit',
      document: mutation('setResponsibleGamblingLimit', { input: 'SetRgLimitInput!' }),
      headers: () => bearer(c.rg.token),
      valid: async () => obj({ input: obj({ kind: 'DEPOSIT', period: 'DAY', currency: 'EUR', amount: '100000' }) }),
    },
    {
      field: 'setSessionTimeLimit',
      document: mutation('setSessionTimeLimit', { minutes: 'Int' }),
      headers: () => bearer(c.rg.token),
      valid: async () => obj({ minutes: 600 }),
    },
    {
      field: 'setRealityCheckInterval',
      document: mutation('setRealityCheckInterval', { minutes: 'Int' }),
      headers: () => bearer(c.rg.token),
      valid: async () => obj({ minutes: 60 }),
    },
    {
      field: 'takeTimeOut',
      document: mutation('takeTimeOut', { hours: 'Int!' }),
      headers: () => bearer(c.rg.token),
      // 0 hours is refused; damage turns it into anything else.
      valid: async () => obj({ hours: 0 }),
    },
    {
      field: 'selfExclude',
      document: mutation('selfExclude', { months: 'Int!' }),
      headers: () => bearer(c.rg.token),
      valid: async () => obj({ months: 0 }),
    },
    {
      field: 'launchGame',
      document: mutation('launchGame', { input: 'LaunchGameInput!' }),
      headers: player,
      valid: async () => obj({ input: obj({ gameId: c.tableId, currency: 'EUR' }) }),
    },
  );
}

beforeAll(async () => {
  stripe = await startFakeStripe();
  server = await startServer({ logLevel: 'error', logStream: serverErrors.stream, env: { RATE_LIMIT_ENABLED: 'false', WALLET_HOLD_EXPIRY_INTERVAL_MS: '0', PAYMENTS_RECONCILIATION_INTERVAL_MS: '0', AUDIT_CHECKPOINT_INTERVAL_MS: '0', OUTBOX_PRUNE_INTERVAL_MS: '0' },
  });
  db = await ownerDb();
  const c = await casino();
  world = c;
  defineCases(c);
  target = { graphqlUrl: server.graphqlUrl, db, snapshotQuery: snapshotQuery(await tenantTables(db)), tenantId: tenantUuid(c.tenant), serverErrors };
  console.log(`[hostile] seed ${HOSTILE_SEED} (HOSTILE_SEED=${HOSTILE_SEED} reproduces)`);
}, 120_000);

afterAll(async () => {
  printExplored('GraphQL mutations');
  await db?.end();
  await server?.close();
  await stripe?.close();
});

describe('hostile input at the money-moving mutations (raw JSON over HTTP)', () => {
  // The cases are built in beforeAll (they need the world); the names are known up front.
  const fields = [
    'postTransfers', 'reserveHold', 'captureHold', 'releaseHold', 'reverseLedgerTransaction', 'requestWalletAdjustment', 'approveWalletAdjustment',
    'rejectWalletAdjustment', 'setWalletApprovalThreshold', 'freezeLedgerAccount', 'createDeposit', 'requestWithdrawal', 'approveWithdrawal', 'rejectWithdrawal',
    'cancelWithdrawal', 'refundDeposit', 'setPaymentSettings', 'createPokerTable', 'sitAtPokerTable', 'leavePokerTable', 'pokerAct',
    'setResponsibleGamblingLimit', 'setSessionTimeLimit', 'setRealityCheckInterval', 'takeTimeOut', 'selfExclude', 'launchGame',
  ];
  it.each(fields)('%s: never a 5xx or INTERNAL_SERVER_ERROR, nothing written when refused', async (field) => {
    const c = cases.find((x) => x.field === field);
    if (!c) throw new Error(`no case for ${field}`);
    await attackMutation(target, c);
  }, 60_000);
});

describe('hostile GraphQL request envelopes', () => {
  it('query, operationName, variables and extensions (persisted queries) damaged: never a 5xx', async () => {
    const c = cases.find((x) => x.field === 'postTransfers')!;
    await attackCallback(
      { db, snapshotQuery: target.snapshotQuery, tenantId: target.tenantId, logTables: [], serverErrors },
      {
        name: 'POST /graphql envelope',
        valid: async () =>
          HostileObject.of({
            query: c.document,
            operationName: 'Hostile',
            variables: await c.valid(),
            // Automatic persisted queries: the right hash of the query, for damage to spoil.
            extensions: HostileObject.of({ persistedQuery: HostileObject.of({ version: 1, sha256Hash: createHash('sha256').update(c.document).digest('hex') }) }),
          }),
        send: async (body) => {
          const outcome = await postRaw(server.graphqlUrl, toJson(body), c.headers());
          return { status: outcome.status, text: outcome.text };
        },
        accepted: (answer) => {
          try {
            return !refused({ status: answer.status, text: answer.text, json: JSON.parse(answer.text) }, 'postTransfers');
          } catch {
            return false;
          }
        },
        storedRefusal: (answer) => {
          try {
            const json = JSON.parse(answer.text) as { errors?: unknown[]; data?: { postTransfers?: { code?: string } } };
            const code = json.data?.postTransfers?.code;
            return !json.errors?.length && code && code !== 'VALIDATION_FAILED' ? STORED_FAILURE_TABLES : [];
          } catch {
            return [];
          }
        },
        check: (answer) => {
          try {
            const json = JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] };
            return json.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ? 'INTERNAL_SERVER_ERROR' : null;
          } catch {
            return answer.status < 400 ? 'a body that is not JSON' : null;
          }
        },
      },
    );
  }, 60_000);
});

describe('deeply nested variables (issue 13, item 3, seen from here)', () => {
  // Deterministic: the depths that matter are known. A JSON scalar (metadata), an input object
  // field and a Money argument, each given a value nested past the call stack.
  const shots: { field: string; path: string[] }[] = [
    { field: 'postTransfers', path: ['input', 'metadata'] },
    { field: 'postTransfers', path: ['input', 'transfers', '0', 'from'] },
    { field: 'reserveHold', path: ['amount'] },
    { field: 'requestWithdrawal', path: ['input', 'amount'] },
  ];
  it.each(NESTING_DEPTHS.flatMap((depth) => shots.map((s) => ({ ...s, depth }))))('$field $path at depth $depth: a typed 4xx, nothing written', async ({ field, path, depth }) => {
    const c = cases.find((x) => x.field === field)!;
    for (const shape of ['array', 'object'] as const) {
      const variables = applyDamage(await c.valid(), { kind: 'replace', path, value: deeplyNested(depth, shape) });
      const before = await snapshot(db, target.snapshotQuery, target.tenantId);
      const mark = serverErrors.mark();
      const outcome = await postRaw(server.graphqlUrl, `{"query":${JSON.stringify(c.document)},"variables":${toJson(variables)}}`, c.headers());
      const problem = problemsOf(outcome);
      const logged = serverErrors.since(mark);
      if (problem || logged) throw new Error(`${field} ${path.join('.')} nested ${depth} (${shape}): ${problem ?? 'internal error logged'}; answer ${outcome.text.slice(0, 300)}; server: ${logged}`);
      if (!refused(outcome, field)) {
        // Past the call stack the value must be refused (item 3 sets the documented limit).
        if (depth > 10_000) throw new Error(`${field} accepted a value nested ${depth} deep: ${outcome.text.slice(0, 300)}`);
        continue;
      }
      const changed = changedTables(before, await snapshot(db, target.snapshotQuery, target.tenantId));
      if (changed.length) throw new Error(`${field} refused but wrote to ${changed.join(', ')}; answer ${outcome.text.slice(0, 300)}; server: ${serverErrors.since(mark)}`);
    }
  }, 60_000);
});

describe('defects found by the property, pinned', () => {
  it('a poker sit refused (buy-in out of range, unknown table) starts no play session: rg_state untouched', async () => {
    const p = await newPlayer(server, world.tenant);
    const playerId = playerUuid(p.player);
    const rgState = async () => (await db.query(`select to_jsonb(s) - 'updated_at' as row from rg_state s where player_id = $1`, [playerId])).rows;
    const before = await rgState();
    const low = await p.sdk.SitAtPokerTable({ input: { tableId: world.tableId, buyIn: '1' } });
    expectType(low.sitAtPokerTable, 'PokerBuyInOutOfRangeError');
    const high = await p.sdk.SitAtPokerTable({ input: { tableId: world.tableId, buyIn: MAX_BIGINT } });
    expectType(high.sitAtPokerTable, 'PokerBuyInOutOfRangeError');
    const poor = await p.sdk.SitAtPokerTable({ input: { tableId: world.tableId, buyIn: '500' } });
    expectType(poor.sitAtPokerTable, 'InsufficientFundsError');
    expect(await rgState()).toEqual(before);
  });
});
