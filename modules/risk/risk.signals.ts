/**
 * Where players were seen from (docs/risk.md "Multi-accounting"): each address, device
 * fingerprint and payment instrument fingerprint a player used, kept per player with its first
 * and last sighting. Linking, collusion evidence and the seat gate read it.
 */
import type { TenantTx } from '../../src/context.js';

export const SIGNAL_KINDS = ['DEVICE', 'IP', 'INSTRUMENT'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface SharedSignal {
  kind: SignalKind;
  value: string;
  /** Last time each of the two players was seen with it (ISO 8601). */
  lastSeen: [string, string];
}

/** The signals two players share (each seen with the same value), strongest kind first. */
export async function sharedSignalsInTx(tx: TenantTx, playerA: string, playerB: string): Promise<SharedSignal[]> {
  const rows = await tx.em.execute<{ kind: SignalKind; value: string; a_seen: Date; b_seen: Date }[]>(
    `select a.kind, a.value, a.last_seen_at as a_seen, b.last_seen_at as b_seen
     from risk_signal a join risk_signal b on b.tenant_id = a.tenant_id and b.kind = a.kind and b.value = a.value
     where a.tenant_id = ? and a.player_id = ? and b.player_id = ?
     order by array_position(array['INSTRUMENT', 'DEVICE', 'IP'], a.kind), a.value`,
    [tx.tenantId, playerA, playerB],
  );
  return rows.map((r) => ({ kind: r.kind, value: r.value, lastSeen: [new Date(r.a_seen).toISOString(), new Date(r.b_seen).toISOString()] }));
}
