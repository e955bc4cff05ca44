/**
 * The risk case queue (issue #21 "Risk cases", docs/risk.md "Cases"): detectors open a case or add
 * evidence to the open one; staff open MANUAL cases; FREEZE and UNFREEZE at once; CLOSE_ACCOUNT and
 * CONFISCATE only with another staff member's approval (maker-checker); CLEARED unfreezes;
 * idempotent actions; typed refusals that change nothing; audit; the riskCaseUpdated subscription.
 */
import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tenantTx, type Context } from '../../src/context.js';
import { openRiskCaseInTx } from '../../modules/risk/index.js';
import { RiskCaseUpdatedDocument, type RiskCaseUpdatedSubscription } from '../../codegen/sdk.js';
import { startServer, type Sdk, type TestServer } from '../helpers/server.js';
import { collect, settle } from '../helpers/subscriptions.js';
import { graphqlError } from '../helpers/errors.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';
import { fundPlayer, walletCasino, walletOf, type Casino } from '../helpers/wallet.js';
import { expectType, localId, newPlayer, newStaff, platformAdmin, tenantContext } from '../helpers/world.js';

let server: TestServer;
let platform: Sdk;
let casino: Casino;
let ctx: Context;
let db: pg.Client;
let maker: Awaited<ReturnType<typeof newStaff>>;
let checker: Awaited<ReturnType<typeof newStaff>>;
let support: Awaited<ReturnType<typeof newStaff>>;

beforeAll(async () => {
  server = await startServer();
  platform = (await platformAdmin(server)).sdk;
  casino = await walletCasino(server, platform);
  ctx = await tenantContext(server, casino.tenant);
  [maker, checker, support] = await Promise.all([
    newStaff(server, platform, casino.tenant.slug, ['RISK']),
    newStaff(server, platform, casino.tenant.slug, ['RISK']),
    newStaff(server, platform, casino.tenant.slug, ['SUPPORT']),
  ]);
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await server?.close();
});

async function fundedPlayer(amount = '5000') {
  const p = await newPlayer(server, casino.tenant);
  await fundPlayer(casino, p.player.id, amount, `fund-${randomUUID()}`);
  return p;
}

async function manualCase(playerIds: string[], severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL' = 'HIGH') {
  const { openRiskCase } = await maker.sdk.OpenRiskCase({ input: { playerIds, title: 'Suspicious play', severity, note: 'Seen by the night shift' } });
  return expectType(openRiskCase, 'OpenRiskCasePayload').riskCase;
}

const act = (sdk: Sdk, caseId: string, playerId: string, action: 'FREEZE' | 'UNFREEZE' | 'CLOSE_ACCOUNT' | 'CONFISCATE', idempotencyKey = `act-${randomUUID()}`) =>
  sdk.TakeRiskCaseAction({ input: { caseId, playerId, action, note: `${action} after review`, idempotencyKey } }).then((r) => r.takeRiskCaseAction);

async function frozenFlags(playerId: string): Promise<boolean[]> {
  const { rows } = await db.query<{ frozen: boolean }>(`select frozen from ledger_account where owner_type = 'PLAYER' and owner_id = $1 order by id`, [localId(playerId)]);
  return rows.map((r) => r.frozen);
}

async function auditActions(targetId: string): Promise<{ action: string; diff: Record<string, unknown> }[]> {
  const { rows } = await db.query('select action, diff from audit_event where target_id = $1 order by seq', [targetId]);
  return rows;
}

describe('opening cases', () => {
  it('keeps one open case per kind and subject: a detector that finds it again adds evidence, raises severity and score', async () => {
    const [a, b] = await Promise.all([newPlayer(server, casino.tenant), newPlayer(server, casino.tenant)]);
    const subject = `pair:${[localId(a.player.id), localId(b.player.id)].sort().join(':')}`;
    const finding = (severity: 'MEDIUM' | 'HIGH', score: number) =>
      tenantTx(ctx, (tx) =>
        openRiskCaseInTx(ctx, tx, {
          kind: 'COLLUSION',
          subjectKey: subject,
          playerIds: [localId(b.player.id), localId(a.player.id)],
          severity,
          title: 'Chip dumping between a pair',
          score,
          evidence: { type: 'COLLUSION_SCORE', summary: `score ${score}`, data: { score } },
        }),
      );
    const first = await finding('MEDIUM', 2.5);
    const again = await finding('HIGH', 1.5);
    expect(first.opened).toBe(true);
    expect(again).toMatchObject({ opened: false, row: { id: first.row.id, severity: 'HIGH', score: 2.5, version: 2 } });

    const { riskCases } = await maker.sdk.RiskCases({ status: 'OPEN', kind: 'COLLUSION' });
    const found = riskCases!.nodes.find((c) => localId(c.id) === first.row.id)!;
    expect(found).toMatchObject({ kind: 'COLLUSION', severity: 'HIGH', score: 2.5, status: 'OPEN', version: 2 });
    expect(found.players.map((p) => p.id).sort()).toEqual([a.player.id, b.player.id].sort());
    expect(found.evidence.map((e) => e.summary)).toEqual(['score 2.5', 'score 1.5']);
    expect((await auditActions(first.row.id)).map((e) => e.action)).toEqual(['risk.case.open']);
  });

  it('lets staff open a MANUAL case; refuses unknown players and bad input; only risk staff read or act', async () => {
    const p = await newPlayer(server, casino.tenant);
    const riskCase = await manualCase([p.player.id], 'MEDIUM');
    expect(riskCase).toMatchObject({ kind: 'MANUAL', severity: 'MEDIUM', status: 'OPEN', evidence: [{ type: 'NOTE', summary: 'Seen by the night shift' }] });

    const unknown = Buffer.from(`Player:${randomUUID()}`).toString('base64');
    expect((await maker.sdk.OpenRiskCase({ input: { playerIds: [unknown], title: 'x', severity: 'LOW', note: 'n' } })).openRiskCase).toMatchObject({ __typename: 'NotFoundError' });
    expect((await maker.sdk.OpenRiskCase({ input: { playerIds: [], title: ' ', severity: 'LOW', note: 'n' } })).openRiskCase).toMatchObject({ __typename: 'ValidationError' });

    await expect(support.sdk.RiskCases({})).rejects.toThrow(/FORBIDDEN|risk:read/);
    await expect(act(support.sdk, riskCase.id, p.player.id, 'FREEZE')).rejects.toThrow(/FORBIDDEN|risk:manage/);
    await expect(p.sdk.RiskCase({ id: riskCase.id })).resolves.toMatchObject({ node: null });
    expect((await maker.sdk.PlayerRiskCases({ id: p.player.id })).node).toMatchObject({ riskCases: { totalCount: 1 } });
  });
});

describe('actions', () => {
  it('freezes and unfreezes a player\'s accounts at once, idempotently; a frozen player cannot be paid', async () => {
    const p = await fundedPlayer();
    const riskCase = await manualCase([p.player.id]);
    const key = `freeze-${randomUUID()}`;
    const frozen = expectType(await act(maker.sdk, riskCase.id, p.player.id, 'FREEZE', key), 'TakeRiskCaseActionPayload');
    expect(frozen).toMatchObject({ replay: false, action: { action: 'FREEZE', status: 'DONE', decidedBy: null }, riskCase: { version: 2 } });
    expect((frozen.action.result as { accounts: string[] }).accounts.length).toBeGreaterThan(0);
    expect(await frozenFlags(p.player.id)).toEqual([true]);

    // A replay answers the first action; the same key for something else is a conflict.
    expect(expectType(await act(maker.sdk, riskCase.id, p.player.id, 'FREEZE', key), 'TakeRiskCaseActionPayload')).toMatchObject({ replay: true, action: { id: frozen.action.id } });
    expect(await act(maker.sdk, riskCase.id, p.player.id, 'UNFREEZE', key)).toMatchObject({ __typename: 'IdempotencyConflictError' });

    await expect(fundPlayer(casino, p.player.id, '1', `fund-${randomUUID()}`)).rejects.toThrow();
    expect((await walletOf(p.sdk))[0]!.cash).toBe('5000');

    expectType(await act(maker.sdk, riskCase.id, p.player.id, 'UNFREEZE'), 'TakeRiskCaseActionPayload');
    expect(await frozenFlags(p.player.id)).toEqual([false]);
    const actions = await auditActions(localId(frozen.action.id));
    expect(actions.map((a) => a.action)).toEqual(['risk.action.take']);
  });

  it('closes an account only with a second staff member\'s approval: the maker cannot approve; the player is blocked and signed out', async () => {
    const p = await fundedPlayer();
    const riskCase = await manualCase([p.player.id]);
    const asked = expectType(await act(maker.sdk, riskCase.id, p.player.id, 'CLOSE_ACCOUNT'), 'TakeRiskCaseActionPayload').action;
    expect(asked).toMatchObject({ status: 'PENDING_APPROVAL', result: {} });
    // Nothing happened yet.
    expect((await p.sdk.Viewer()).viewer?.player?.id).toBe(p.player.id);
    expect((await maker.sdk.RiskActionQueue({})).riskActionQueue!.nodes.map((a) => a.id)).toContain(asked.id);

    expect((await maker.sdk.ApproveRiskCaseAction({ input: { actionId: asked.id } })).approveRiskCaseAction).toMatchObject({ __typename: 'RiskActionSameStaffError', code: 'RISK_ACTION_SAME_STAFF' });
    // A case with an action waiting cannot be closed.
    expect((await maker.sdk.ResolveRiskCase({ input: { caseId: riskCase.id, resolution: 'CONFIRMED', note: 'done' } })).resolveRiskCase).toMatchObject({ __typename: 'RiskCaseHasPendingActionsError', pending: 1 });

    const approved = expectType((await checker.sdk.ApproveRiskCaseAction({ input: { actionId: asked.id, note: 'agreed' } })).approveRiskCaseAction, 'ApproveRiskCaseActionPayload');
    expect(approved.action).toMatchObject({ status: 'DONE', decidedBy: { id: checker.id }, decisionNote: 'agreed', result: { blocked: true } });
    expect((await graphqlError(p.sdk.Viewer())).code).toBe('UNAUTHENTICATED');
    const { rows } = await db.query(`select status, blocked_reason from player where id = $1`, [localId(p.player.id)]);
    expect(rows[0]).toMatchObject({ status: 'BLOCKED', blocked_reason: expect.stringContaining('CLOSE_ACCOUNT after review') });

    expect((await checker.sdk.RejectRiskCaseAction({ input: { actionId: asked.id } })).rejectRiskCaseAction).toMatchObject({ __typename: 'RiskActionNotPendingError', actionStatus: 'DONE' });
    expect((await auditActions(localId(asked.id))).map((a) => a.action)).toEqual(['risk.action.request', 'risk.action.approve']);
  });

  it('confiscates a player\'s active bonuses with their winnings on approval; a rejected confiscation does nothing', async () => {
    const p = await fundedPlayer();
    const templateId = Buffer.from(`BonusTemplate:${await templateBySql(ctx, { kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '700' } }, wagering: { multiplier: 10 }, validityHours: 24 })}`).toString('base64');
    expectType((await casino.tenant.admin.sdk.GrantBonus({ input: { playerId: p.player.id, templateId, currency: 'EUR', idempotencyKey: `g-${randomUUID()}` } })).grantBonus, 'GrantBonusPayload');
    expect((await walletOf(p.sdk))[0]).toMatchObject({ cash: '5000', bonus: '700' });
    const riskCase = await manualCase([p.player.id]);

    const rejected = expectType(await act(maker.sdk, riskCase.id, p.player.id, 'CONFISCATE'), 'TakeRiskCaseActionPayload').action;
    expectType((await checker.sdk.RejectRiskCaseAction({ input: { actionId: rejected.id, note: 'not enough' } })).rejectRiskCaseAction, 'RejectRiskCaseActionPayload');
    expect((await walletOf(p.sdk))[0]).toMatchObject({ bonus: '700' });

    const asked = expectType(await act(maker.sdk, riskCase.id, p.player.id, 'CONFISCATE'), 'TakeRiskCaseActionPayload').action;
    const done = expectType((await checker.sdk.ApproveRiskCaseAction({ input: { actionId: asked.id } })).approveRiskCaseAction, 'ApproveRiskCaseActionPayload');
    expect(done.action.result).toMatchObject({ grants: [{ forfeited: '700' }] });
    expect((await walletOf(p.sdk))[0]).toMatchObject({ cash: '5000', bonus: '0' });
  });

  it('refuses a player who is not in the case and any action on a closed case, changing nothing', async () => {
    const [p, stranger] = await Promise.all([fundedPlayer(), fundedPlayer()]);
    const riskCase = await manualCase([p.player.id]);
    expect(await act(maker.sdk, riskCase.id, stranger.player.id, 'FREEZE')).toMatchObject({ __typename: 'RiskCasePlayerNotInCaseError' });
    expect(await frozenFlags(stranger.player.id)).toEqual([false]);
    expectType((await maker.sdk.ResolveRiskCase({ input: { caseId: riskCase.id, resolution: 'CONFIRMED', note: 'seen enough' } })).resolveRiskCase, 'ResolveRiskCasePayload');
    expect(await act(maker.sdk, riskCase.id, p.player.id, 'FREEZE')).toMatchObject({ __typename: 'RiskCaseClosedError' });
    expect((await maker.sdk.ResolveRiskCase({ input: { caseId: riskCase.id, resolution: 'CLEARED', note: 'again' } })).resolveRiskCase).toMatchObject({ __typename: 'RiskCaseClosedError' });
    expect(await frozenFlags(p.player.id)).toEqual([false]);
  });
});

describe('concurrency', () => {
  it('of concurrent copies of one action, one is done and the rest are replays; of two checkers, exactly one decides', async () => {
    const p = await fundedPlayer();
    const riskCase = await manualCase([p.player.id]);
    const key = `same-${randomUUID()}`;
    const copies = (await Promise.all(Array.from({ length: 6 }, () => act(maker.sdk, riskCase.id, p.player.id, 'CONFISCATE', key)))).map((r) => expectType(r, 'TakeRiskCaseActionPayload'));
    expect(new Set(copies.map((c) => c.action.id)).size).toBe(1);
    expect(copies.filter((c) => !c.replay)).toHaveLength(1);
    const { rows } = await db.query(`select count(*)::int as n from risk_case_action where case_id = $1`, [localId(riskCase.id)]);
    expect(rows[0].n).toBe(1);

    const other = await newStaff(server, platform, casino.tenant.slug, ['RISK']);
    const decisions = await Promise.all([
      checker.sdk.ApproveRiskCaseAction({ input: { actionId: copies[0]!.action.id } }).then((r) => r.approveRiskCaseAction.__typename),
      other.sdk.RejectRiskCaseAction({ input: { actionId: copies[0]!.action.id } }).then((r) => r.rejectRiskCaseAction.__typename),
    ]);
    expect(decisions.filter((d) => d === 'RiskActionNotPendingError')).toHaveLength(1);
    expect((await auditActions(localId(copies[0]!.action.id))).map((a) => a.action)).toHaveLength(2);
  });
});

describe('resolving', () => {
  it('CLEARED unfreezes what the case froze, but not what another open case froze', async () => {
    const [a, b] = await Promise.all([fundedPlayer(), fundedPlayer()]);
    const first = await manualCase([a.player.id, b.player.id]);
    const second = await manualCase([b.player.id]);
    expectType(await act(maker.sdk, first.id, a.player.id, 'FREEZE'), 'TakeRiskCaseActionPayload');
    expectType(await act(maker.sdk, first.id, b.player.id, 'FREEZE'), 'TakeRiskCaseActionPayload');
    expectType(await act(maker.sdk, second.id, b.player.id, 'FREEZE'), 'TakeRiskCaseActionPayload');

    const cleared = expectType((await maker.sdk.ResolveRiskCase({ input: { caseId: first.id, resolution: 'CLEARED', note: 'shared flat, no abuse' } })).resolveRiskCase, 'ResolveRiskCasePayload').riskCase;
    expect(cleared).toMatchObject({ status: 'CLOSED', resolution: 'CLEARED', resolutionNote: 'shared flat, no abuse', closedBy: { id: maker.id } });
    expect(await frozenFlags(a.player.id)).toEqual([false]);
    expect(await frozenFlags(b.player.id)).toEqual([true]);
    const trail = await auditActions(localId(first.id));
    expect(trail.at(-1)).toMatchObject({ action: 'risk.case.resolve', diff: { resolution: 'CLEARED' } });
  });
});

describe('riskCaseUpdated', () => {
  it('tells RISK staff each change of a case, with the case and the action; players cannot subscribe', async () => {
    const p = await fundedPlayer();
    const staffEvents = collect<RiskCaseUpdatedSubscription>(server.ws({ authorization: `Bearer ${maker.token}` }), print(RiskCaseUpdatedDocument));
    const playerEvents = collect<RiskCaseUpdatedSubscription>(server.ws({ authorization: `Bearer ${p.token}` }), print(RiskCaseUpdatedDocument));
    await settle();
    const riskCase = await manualCase([p.player.id]);
    const asked = expectType(await act(maker.sdk, riskCase.id, p.player.id, 'CONFISCATE'), 'TakeRiskCaseActionPayload').action;
    expectType((await checker.sdk.RejectRiskCaseAction({ input: { actionId: asked.id } })).rejectRiskCaseAction, 'RejectRiskCaseActionPayload');
    expectType((await maker.sdk.ResolveRiskCase({ input: { caseId: riskCase.id, resolution: 'CLEARED', note: 'fine' } })).resolveRiskCase, 'ResolveRiskCasePayload');

    const received = (await staffEvents.waitFor(4)).map((e) => e.riskCaseUpdated).filter((e) => e.riskCase.id === riskCase.id);
    expect(received.map((e) => [e.change, e.version])).toEqual([
      ['OPENED', 1],
      ['ACTION_REQUESTED', 2],
      ['ACTION_REJECTED', 3],
      ['CLOSED', 4],
    ]);
    expect(received[1]!.action).toMatchObject({ id: asked.id, action: 'CONFISCATE' });
    expect(received.map((e) => e.seq)).toEqual([...received.map((e) => e.seq)].sort((x, y) => x - y));
    expect(playerEvents.received).toEqual([]);
    expect(JSON.stringify(playerEvents.errors)).toMatch(/FORBIDDEN|risk:read/);
    staffEvents.unsubscribe();
    playerEvents.unsubscribe();
  });
});
