/**
 * Responsible-gambling signals for marketing: who must not be shown offers now, and who had an
 * RG event (self-exclusion, time-out, staff flag) within a window, for experiments' guardrails.
 * Written by the RG service (rg_signal rows and the staff flag on rg_state); read here.
 */
import type { TenantTx } from '../../src/context.js';
import { isUuid } from '../../src/ids.js';

/** Why a player is shown no marketing now: self-excluded, timed out, or flagged by staff for RG concerns. */
export type MarketingRefusal = 'SELF_EXCLUDED' | 'TIME_OUT' | 'RG_FLAGGED';

/** Which of these players may not receive marketing now, and why (one statement for a batch). */
export async function marketingRefusalsOf(tx: TenantTx, playerIds: readonly string[]): Promise<Map<string, MarketingRefusal>> {
  const ids = playerIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows = await tx.em.execute<{ player_id: string; refusal: MarketingRefusal }[]>(
    `select s.player_id,
            case when rg_play_refusal(s) in ('SELF_EXCLUDED', 'TIME_OUT') then rg_play_refusal(s)
                 when s.flagged_at is not null then 'RG_FLAGGED' end as refusal
     from rg_state s
     where s.tenant_id = ? and s.player_id = any(?::text[])
       and (rg_play_refusal(s) in ('SELF_EXCLUDED', 'TIME_OUT') or s.flagged_at is not null)`,
    [tx.tenantId, `{${ids.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.player_id, r.refusal]));
}

/** One player's window: [from, to). */
export interface SignalWindow {
  playerId: string;
  from: Date;
  to: Date;
}

/** Which of these players had an RG signal (self-exclusion, time-out, staff flag) inside their window. */
export async function playersWithRgSignal(tx: TenantTx, windows: readonly SignalWindow[]): Promise<Set<string>> {
  const valid = windows.filter((w) => isUuid(w.playerId));
  if (valid.length === 0) return new Set();
  const rows = await tx.em.execute<{ player_id: string }[]>(
    `select distinct w.player_id
     from unnest(?::text[], ?::timestamptz[], ?::timestamptz[]) as w (player_id, from_at, to_at)
     where exists (select 1 from rg_signal g
                   where g.tenant_id = ? and g.player_id = w.player_id and g.created_at >= w.from_at and g.created_at < w.to_at)`,
    [
      `{${valid.map((w) => w.playerId).join(',')}}`,
      `{${valid.map((w) => `"${w.from.toISOString()}"`).join(',')}}`,
      `{${valid.map((w) => `"${w.to.toISOString()}"`).join(',')}}`,
      tx.tenantId,
    ],
  );
  return new Set(rows.map((r) => r.player_id));
}

/**
 * Which of these players had taken a self-exclusion before `at` (whether or not it is still in
 * force): a SELF_EXCLUSION signal before it, or, for exclusions older than the signals
 * (migration 20261206120000), the start of the exclusion on rg_state. One statement for a batch
 * (rg_signal_player_idx, rg_state_player_uq).
 */
export async function selfExcludedBefore(tx: TenantTx, playerIds: readonly string[], at: Date): Promise<Set<string>> {
  const ids = playerIds.filter(isUuid);
  if (ids.length === 0) return new Set();
  const rows = await tx.em.execute<{ player_id: string }[]>(
    `select p.player_id
     from unnest(?::text[]) as p (player_id)
     where exists (select 1 from rg_signal g
                   where g.tenant_id = ? and g.player_id = p.player_id and g.kind = 'SELF_EXCLUSION' and g.created_at < ?)
        or exists (select 1 from rg_state s
                   where s.tenant_id = ? and s.player_id = p.player_id and s.excluded_from < ?)`,
    [`{${ids.join(',')}}`, tx.tenantId, at, tx.tenantId, at],
  );
  return new Set(rows.map((r) => r.player_id));
}
