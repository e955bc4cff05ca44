import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantTx, type Context } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import { BonusNotActiveError, endGrantInTx, grantBonus, type TermsInput } from '../../modules/bonus/index.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { localId, newPlayer, newTenant, platformAdmin, tenantContext } from '../helpers/world.js';
import { checkLedgerInvariants } from '../helpers/ledger-invariants.js';
import { ownerDb } from '../helpers/payments.js';
import { templateBySql } from '../helpers/bonus-fixtures.js';

/** The grant core end to end against the database: posting, the one ending path, the conflict of a second end. */
let server: TestServer;
let ctx: Context;
let playerId: string;
let tenantId: string;

const template = (terms: TermsInput) => templateBySql(ctx, terms);

async function balances(): Promise<{ cash: bigint; bonus: bigint }> {
  const rows = await tenantTx(ctx, (tx) =>
    tx.em.execute<{ kind: string; balance: string }[]>(`select kind, balance from ledger_account where owner_type = 'PLAYER' and owner_id = ? and currency = 'EUR'`, [playerId]),
  );
  const of = (kind: string) => BigInt(rows.find((r) => r.kind === kind)?.balance ?? '0');
  return { cash: of('CASH'), bonus: of('BONUS') };
}

beforeAll(async () => {
  server = await startServer();
  const platform = await platformAdmin(server);
  const tenant = await newTenant(server, platform.sdk);
  tenantId = tenant.id;
  const player = await newPlayer(server, tenant);
  playerId = localId(player.player.id);
  ctx = await tenantContext(server, tenant);
});
afterAll(async () => server?.close());

describe('bonus grant core', () => {
  it('grants into the BONUS account, forfeits once through bonus_end, and a second end is a typed conflict', async () => {
    const templateId = await template({ kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '1000' } }, wagering: { multiplier: 10 }, validityHours: 24 });
    const { grant } = await grantBonus(ctx, { templateId, playerId, currency: 'EUR', idempotencyKey: `k-${newId()}`, grantedBy: 'STAFF:test' });
    expect(grant.status).toBe('ACTIVE');
    expect(grant.wagering_required).toBe('10000');
    expect(await balances()).toEqual({ cash: 0n, bonus: 1000n });
    const ended = await tenantTx(ctx, (tx) => endGrantInTx(ctx, tx, grant.id, 'FORFEITED', 'PLAYER', 'PLAYER:test'));
    expect(ended.forfeited).toBe(1000n);
    expect(await balances()).toEqual({ cash: 0n, bonus: 0n });
    await expect(tenantTx(ctx, (tx) => endGrantInTx(ctx, tx, grant.id, 'EXPIRED', 'EXPIRED', 'JOB:test'))).rejects.toBeInstanceOf(BonusNotActiveError);
    const db = await ownerDb();
    try {
      expect(await checkLedgerInvariants(db, localId(tenantId))).toEqual([]);
    } finally {
      await db.end();
    }
  });

  it('converts a wager-free bonus at once, capped at its max conversion', async () => {
    const templateId = await template({ kind: 'NO_DEPOSIT', currencies: { EUR: { amount: '500' } }, wagering: { multiplier: 0 }, validityHours: 24 });
    const before = await balances();
    const { grant } = await grantBonus(ctx, { templateId, playerId, currency: 'EUR', idempotencyKey: `k-${newId()}`, grantedBy: 'STAFF:test' });
    expect(grant.status).toBe('COMPLETED');
    expect(grant.converted).toBe('500');
    expect(await balances()).toEqual({ cash: before.cash + 500n, bonus: before.bonus });
  });
});
