import { tenantTx, type Context, type Services } from '../../src/context.js';
import { tenantContexts } from '../tenants/index.js';
import { netGamingRevenueInTx } from '../wallet/index.js';
import { bonusConversionsInTx, grantStatesInTx } from '../bonus/index.js';
import { playersWithRgSignal } from '../responsible-gambling/index.js';

/**
 * Delayed reward (docs/offers.md, "Experiments", "Outcomes"): an exposure's outcome is measured once
 * its window [exposed_at, outcome_due_at) has closed, and then only once (outcome_at set):
 *
 * - claimed: the player claimed the arm's offer in the window (an offer_claim);
 * - converted: the grant of such a claim reached COMPLETED in the window;
 * - revenue: in the experiment's currency (when it has one), the player's real-money net gaming
 *   revenue in the window (stakes − wins on their CASH account) minus the bonus cost (cash
 *   converted from their bonuses that completed in the window);
 * - rg_signal: a responsible-gambling signal (self-exclusion, time-out, staff flag) in the window.
 *
 * An arm with no offer (control or holdout) can be neither claimed nor converted: false.
 */

const BATCH = 500;

interface DueRow {
  experiment_id: string;
  phase: number;
  player_id: string;
  exposed_at: Date | string;
  outcome_due_at: Date | string;
  offer_id: string | null;
  currency: string | null;
}

export interface OutcomeCounts {
  measured: number;
}

/** Measures one batch of the tenant's due exposures in one transaction; how many it measured. */
async function measureBatch(ctx: Context, now: Date): Promise<number> {
  return tenantTx(ctx, async (tx) => {
    const due = await tx.em.execute<DueRow[]>(
      `select x.experiment_id, x.phase, x.player_id, x.exposed_at, x.outcome_due_at, a.offer_id, e.currency
       from experiment_exposure x
       join experiment e on e.tenant_id = x.tenant_id and e.id = x.experiment_id
       join experiment_arm a on a.tenant_id = x.tenant_id and a.experiment_id = x.experiment_id and a.key = x.arm_key
       where x.tenant_id = ? and x.outcome_at is null and x.outcome_due_at <= ?
       order by x.outcome_due_at
       limit ?
       for update of x skip locked`,
      [tx.tenantId, now, BATCH],
    );
    if (due.length === 0) return 0;
    const windows = due.map((d) => ({ playerId: d.player_id, from: new Date(d.exposed_at), to: new Date(d.outcome_due_at) }));

    // Claims of the arm's offer in each window, with their grants.
    const claims = await tx.em.execute<{ i: string; grant_id: string }[]>(
      `select w.i, c.grant_id
       from unnest(?::uuid[], ?::uuid[], ?::timestamptz[], ?::timestamptz[]) with ordinality as w (player_id, offer_id, from_at, to_at, i)
       join offer_claim c on c.tenant_id = ? and c.player_id = w.player_id and c.offer_id = w.offer_id
         and c.created_at >= w.from_at and c.created_at < w.to_at`,
      [
        `{${due.map((d) => d.player_id).join(',')}}`,
        `{${due.map((d) => d.offer_id ?? 'NULL').join(',')}}`,
        `{${windows.map((w) => `"${w.from.toISOString()}"`).join(',')}}`,
        `{${windows.map((w) => `"${w.to.toISOString()}"`).join(',')}}`,
        tx.tenantId,
      ],
    );
    const grants = await grantStatesInTx(tx, claims.map((c) => c.grant_id));
    const claimed = due.map(() => false);
    const converted = due.map(() => false);
    for (const claim of claims) {
      const i = Number(claim.i) - 1;
      claimed[i] = true;
      const grant = grants.get(claim.grant_id);
      if (grant?.status === 'COMPLETED' && grant.endedAt && grant.endedAt < windows[i]!.to) converted[i] = true;
    }

    // Revenue, per currency of the experiments in the batch.
    const revenue: (bigint | null)[] = due.map(() => null);
    const currencies = new Set(due.map((d) => d.currency?.trim()).filter((c): c is string => !!c));
    for (const currency of currencies) {
      const index = due.flatMap((d, i) => (d.currency?.trim() === currency ? [i] : []));
      const mine = index.map((i) => windows[i]!);
      const ngr = await netGamingRevenueInTx(tx, { currency, windows: mine });
      const cost = await bonusConversionsInTx(tx, { currency, windows: mine });
      index.forEach((i, j) => (revenue[i] = ngr[j]! - cost[j]!));
    }

    // playersWithRgSignal answers players, not windows: ask in rounds where each player has one window.
    const rgSignal = due.map(() => false);
    const rounds: number[][] = [];
    due.forEach((d, i) => {
      const round = rounds.find((r) => !r.some((j) => due[j]!.player_id === d.player_id));
      if (round) round.push(i);
      else rounds.push([i]);
    });
    for (const round of rounds) {
      const flagged = await playersWithRgSignal(tx, round.map((i) => windows[i]!));
      for (const i of round) rgSignal[i] = flagged.has(due[i]!.player_id);
    }

    const updated = await tx.em.execute<{ player_id: string }[]>(
      `update experiment_exposure x set claimed = o.claimed, converted = o.converted, revenue = o.revenue, rg_signal = o.rg_signal, outcome_at = now()
       from unnest(?::uuid[], ?::int[], ?::uuid[], ?::boolean[], ?::boolean[], ?::bigint[], ?::boolean[])
         as o (experiment_id, phase, player_id, claimed, converted, revenue, rg_signal)
       where x.tenant_id = ? and x.experiment_id = o.experiment_id and x.phase = o.phase and x.player_id = o.player_id and x.outcome_at is null
       returning x.player_id`,
      [
        `{${due.map((d) => d.experiment_id).join(',')}}`,
        `{${due.map((d) => d.phase).join(',')}}`,
        `{${due.map((d) => d.player_id).join(',')}}`,
        `{${claimed.join(',')}}`,
        `{${converted.join(',')}}`,
        `{${revenue.map((r) => (r === null ? 'NULL' : r.toString())).join(',')}}`,
        `{${rgSignal.join(',')}}`,
        tx.tenantId,
      ],
    );
    return updated.length;
  });
}

/**
 * Fills the outcome of every exposure of the tenant whose window closed by `now` (default: the
 * clock), batch by batch (each its own transaction); a measured exposure is never measured again.
 */
export async function measureDueOutcomes(ctx: Context, now: Date = new Date()): Promise<OutcomeCounts> {
  let measured = 0;
  for (;;) {
    const n = await measureBatch(ctx, now);
    measured += n;
    if (n < BATCH) return { measured };
  }
}

/** Every tenant's due outcomes (the job's run). */
export async function measureAllDueOutcomes(services: Services, now?: Date): Promise<OutcomeCounts> {
  let measured = 0;
  for await (const ctx of tenantContexts(services)) measured += (await measureDueOutcomes(ctx, now)).measured;
  return { measured };
}
