/**
 * Affiliate statements as stored (docs/affiliates.md "Statements"): the commission engine's
 * `Statement` for one tenant and period written to the statement tables in one go, and what the
 * next period's computation needs from earlier ones (carries and CPA already paid).
 *
 * Every write is one statement per table (rows passed as a JSON array), so storing a period costs
 * the same number of round trips however many affiliates and players it has.
 */
import type { TenantTx } from '../../src/context.js';
import { newId } from '../../src/ids.js';
import type { Carry, CurrencyStatement, NgrComponents, PlayerInput, Statement } from './affiliates.commission.js';

/** What an affiliate's statement was computed with, recorded beside it. */
export interface StatementBasis {
  planId: string;
  planVersion: number;
  /** The affiliate's overrides as stored on the affiliate at the time (planToJson form), or null. */
  planOverrides: unknown;
  /** Activity left out of the engine's input because the plan does not price its currency. */
  unpriced: readonly UnpricedActivity[];
}

/** A currency the affiliate's plan does not price: how many of its players were left out, and their period components. */
export interface UnpricedActivity {
  currency: string;
  players: number;
  components: NgrComponents;
}

export type CpaPaid = NonNullable<PlayerInput['cpa']>;

/** What a period's computation takes from the statements before it. */
export interface PriorStatements {
  /** Per affiliate: the carry out of its latest earlier statement, per currency. */
  carried: ReadonlyMap<string, Readonly<Record<string, Carry>>>;
  /** Per player: the CPA paid on an earlier statement. */
  cpaPaid: ReadonlyMap<string, CpaPaid>;
}

/** bigint fields as decimal strings, for jsonb (the breakdowns are read back as strings). */
function jsonOf(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, field: unknown) => (typeof field === 'bigint' ? field.toString() : field)));
}

/** A stored `date` or a timestamp as its UTC day, 'YYYY-MM-DD'. */
export function dayOf(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** Whether the period has been computed for the tenant (its run row exists). */
export async function periodComputedInTx(tx: TenantTx, periodStart: string): Promise<boolean> {
  const rows = await tx.em.execute(`select 1 from affiliate_statement_run where tenant_id = ? and period_start = ?`, [tx.tenantId, periodStart]);
  return rows.length > 0;
}

/**
 * Carries and paid CPAs before `periodStart` for the given affiliates and players. The carry is
 * the latest earlier statement's carry out (an affiliate with no earlier statement carries nothing).
 */
export async function priorStatementsInTx(tx: TenantTx, periodStart: string, affiliateIds: readonly string[], playerIds: readonly string[]): Promise<PriorStatements> {
  const carryRows = await tx.em.execute<{ affiliate_id: string; currency: string; carry_out_rev_share: string; carry_out_debt: string }[]>(
    `select s.affiliate_id, c.currency, c.carry_out_rev_share, c.carry_out_debt
       from (select distinct on (affiliate_id) id, affiliate_id
               from affiliate_statement
              where tenant_id = ? and affiliate_id = any(?::uuid[]) and period_end <= ?
              order by affiliate_id, period_start desc) s
       join affiliate_statement_currency c on c.tenant_id = ? and c.statement_id = s.id`,
    [tx.tenantId, `{${affiliateIds.join(',')}}`, periodStart, tx.tenantId],
  );
  const carried = new Map<string, Record<string, Carry>>();
  for (const row of carryRows) {
    const byCurrency = carried.get(row.affiliate_id) ?? {};
    byCurrency[row.currency.trim()] = { revShare: BigInt(row.carry_out_rev_share), debt: BigInt(row.carry_out_debt) };
    carried.set(row.affiliate_id, byCurrency);
  }

  const cpaRows = await tx.em.execute<{ player_id: string; amount: string; paid_on: Date | string; clawed_back_statement_id: string | null }[]>(
    `select player_id, amount, paid_on, clawed_back_statement_id from affiliate_cpa
      where tenant_id = ? and player_id = any(?::text[]) and paid_on <= ?`,
    [tx.tenantId, `{${playerIds.join(',')}}`, periodStart],
  );
  const cpaPaid = new Map<string, CpaPaid>(
    cpaRows.map((row) => [row.player_id, { paidOn: dayOf(row.paid_on), amount: BigInt(row.amount), clawedBack: row.clawed_back_statement_id !== null }]),
  );
  return { carried, cpaPaid };
}

function playerRowsOf(statementId: string, line: CurrencyStatement): object[] {
  const rows = new Map<string, Record<string, unknown>>();
  const rowOf = (playerId: string): Record<string, unknown> => {
    let row = rows.get(playerId);
    if (!row) {
      row = { statement_id: statementId, currency: line.currency, player_id: playerId, exclusions: [], cpa_amount: '0' };
      rows.set(playerId, row);
    }
    return row;
  };
  for (const player of line.players) {
    const c = player.components;
    Object.assign(rowOf(player.playerId), {
      stakes: c.stakes.toString(),
      wins: c.wins.toString(),
      bonus_cost: c.bonusCost.toString(),
      chargebacks: c.chargebacks.toString(),
      deposits: c.deposits.toString(),
      withdrawals: c.withdrawals.toString(),
    });
  }
  for (const cpa of line.cpa) {
    Object.assign(rowOf(cpa.playerId), {
      cpa_status: cpa.status,
      qualified_on: cpa.qualifiedOn,
      approved_on: cpa.approvedOn,
      exclusions: cpa.exclusions,
      cpa_amount: cpa.amount.toString(),
    });
  }
  return [...rows.values()];
}

/**
 * Stores a computed period for the tenant: the run row, then every affiliate's statement with its
 * currency lines, explained lines and players; marks the CPAs it pays and the ones it claws back.
 * Returns false, writing nothing, when the period was already stored (the run row is the key:
 * a concurrent second run waits on it and then finds it).
 */
export async function storeStatementsInTx(
  tx: TenantTx,
  statement: Statement,
  bases: ReadonlyMap<string, StatementBasis>,
  createdBy: string,
): Promise<{ stored: boolean; statementIds: ReadonlyMap<string, string> }> {
  const { start, end } = statement.period;
  const inserted = await tx.em.execute(
    `insert into affiliate_statement_run (tenant_id, period_start, period_end, statements, created_by)
     values (?, ?, ?, ?, ?) on conflict (tenant_id, period_start) do nothing returning period_start`,
    [tx.tenantId, start, end, statement.affiliates.length, createdBy],
  );
  if (inserted.length === 0) return { stored: false, statementIds: new Map() };

  const statementIds = new Map(statement.affiliates.map((a) => [a.affiliateId, newId()]));
  const statements: object[] = [];
  const currencies: object[] = [];
  const lines: object[] = [];
  const players: object[] = [];
  const cpaPaid: object[] = [];
  const clawedBack: string[] = [];
  for (const affiliate of statement.affiliates) {
    const id = statementIds.get(affiliate.affiliateId)!;
    const basis = bases.get(affiliate.affiliateId);
    if (!basis) throw new Error(`no plan basis for affiliate ${affiliate.affiliateId}`);
    statements.push({
      id,
      affiliate_id: affiliate.affiliateId,
      plan_id: basis.planId,
      plan_version: basis.planVersion,
      plan_overrides: basis.planOverrides,
      unpriced: jsonOf(basis.unpriced),
      funnel: affiliate.funnel,
      new_paying_players: affiliate.newPayingPlayers,
    });
    for (const line of affiliate.currencies) {
      currencies.push({
        statement_id: id,
        currency: line.currency,
        ngr: jsonOf(line.ngr),
        rev_share: line.revShare === null ? null : jsonOf(line.revShare),
        carried_in_rev_share: line.carriedIn.revShare.toString(),
        carried_in_debt: line.carriedIn.debt.toString(),
        rev_share_balance: line.revShareBalance.toString(),
        rev_share_payable: line.revSharePayable.toString(),
        own: line.own.toString(),
        sub_affiliate_override: line.subAffiliateOverride.toString(),
        due: line.due.toString(),
        payable: line.payable.toString(),
        carry_out_rev_share: line.carryOut.revShare.toString(),
        carry_out_debt: line.carryOut.debt.toString(),
      });
      line.lines.forEach((entry, position) => {
        lines.push({
          statement_id: id,
          currency: line.currency,
          position,
          kind: entry.kind,
          amount: entry.amount.toString(),
          // A REVSHARE line is explained by the statement's players; its list would repeat them.
          players: entry.kind === 'REVSHARE' ? [] : entry.players,
          sub_affiliate_id: entry.subAffiliateId,
          explanation: entry.explanation,
        });
        if (entry.kind === 'CLAWBACK') clawedBack.push(...entry.players);
      });
      players.push(...playerRowsOf(id, line));
      for (const cpa of line.cpa) {
        if (cpa.status === 'APPROVED' && cpa.amount > 0n) {
          cpaPaid.push({ player_id: cpa.playerId, affiliate_id: affiliate.affiliateId, statement_id: id, currency: line.currency, amount: cpa.amount.toString() });
        }
      }
    }
  }

  await tx.em.execute(
    `insert into affiliate_statement (tenant_id, id, affiliate_id, period_start, period_end, plan_id, plan_version, plan_overrides, unpriced, funnel, new_paying_players)
     select ?, r.id, r.affiliate_id, ?, ?, r.plan_id, r.plan_version, r.plan_overrides, r.unpriced, r.funnel, r.new_paying_players
       from jsonb_to_recordset(?::jsonb) as r(id uuid, affiliate_id uuid, plan_id uuid, plan_version integer, plan_overrides jsonb, unpriced jsonb, funnel jsonb, new_paying_players integer)`,
    [tx.tenantId, start, end, JSON.stringify(statements)],
  );
  await tx.em.execute(
    `insert into affiliate_statement_currency (tenant_id, statement_id, currency, ngr, rev_share, carried_in_rev_share, carried_in_debt,
        rev_share_balance, rev_share_payable, own, sub_affiliate_override, due, payable, carry_out_rev_share, carry_out_debt)
     select ?, r.statement_id, r.currency, r.ngr, r.rev_share, r.carried_in_rev_share, r.carried_in_debt,
        r.rev_share_balance, r.rev_share_payable, r.own, r.sub_affiliate_override, r.due, r.payable, r.carry_out_rev_share, r.carry_out_debt
       from jsonb_to_recordset(?::jsonb) as r(statement_id uuid, currency text, ngr jsonb, rev_share jsonb, carried_in_rev_share bigint, carried_in_debt bigint,
        rev_share_balance bigint, rev_share_payable bigint, own bigint, sub_affiliate_override bigint, due bigint, payable bigint, carry_out_rev_share bigint, carry_out_debt bigint)`,
    [tx.tenantId, JSON.stringify(currencies)],
  );
  await tx.em.execute(
    `insert into affiliate_statement_line (tenant_id, statement_id, currency, position, kind, amount, players, sub_affiliate_id, explanation)
     select ?, r.statement_id, r.currency, r.position, r.kind, r.amount, array(select jsonb_array_elements_text(r.players)), r.sub_affiliate_id, r.explanation
       from jsonb_to_recordset(?::jsonb) as r(statement_id uuid, currency text, position smallint, kind text, amount bigint, players jsonb, sub_affiliate_id uuid, explanation text)`,
    [tx.tenantId, JSON.stringify(lines)],
  );
  await tx.em.execute(
    `insert into affiliate_statement_player (tenant_id, statement_id, currency, player_id, stakes, wins, bonus_cost, chargebacks, deposits, withdrawals,
        cpa_status, qualified_on, approved_on, exclusions, cpa_amount)
     select ?, r.statement_id, r.currency, r.player_id, coalesce(r.stakes, 0), coalesce(r.wins, 0), coalesce(r.bonus_cost, 0), coalesce(r.chargebacks, 0),
        coalesce(r.deposits, 0), coalesce(r.withdrawals, 0), r.cpa_status, r.qualified_on, r.approved_on, array(select jsonb_array_elements_text(r.exclusions)), r.cpa_amount
       from jsonb_to_recordset(?::jsonb) as r(statement_id uuid, currency text, player_id text, stakes bigint, wins bigint, bonus_cost bigint, chargebacks bigint,
        deposits bigint, withdrawals bigint, cpa_status text, qualified_on date, approved_on date, exclusions jsonb, cpa_amount bigint)`,
    [tx.tenantId, JSON.stringify(players)],
  );
  await tx.em.execute(
    `insert into affiliate_cpa (tenant_id, player_id, affiliate_id, statement_id, currency, amount, paid_on)
     select ?, r.player_id, r.affiliate_id, r.statement_id, r.currency, r.amount, ?
       from jsonb_to_recordset(?::jsonb) as r(player_id text, affiliate_id uuid, statement_id uuid, currency text, amount bigint)`,
    [tx.tenantId, end, JSON.stringify(cpaPaid)],
  );
  if (clawedBack.length > 0) {
    // The clawing statement is the one of the affiliate the CPA was paid to.
    await tx.em.execute(
      `update affiliate_cpa c set clawed_back_statement_id = s.id
         from affiliate_statement s
        where c.tenant_id = ? and c.player_id = any(?::text[]) and c.clawed_back_statement_id is null
          and s.tenant_id = c.tenant_id and s.affiliate_id = c.affiliate_id and s.period_start = ?`,
      [tx.tenantId, `{${clawedBack.join(',')}}`, start],
    );
  }
  return { stored: true, statementIds };
}
