/**
 * Checks a player's request must pass before money moves or a seat is taken, registered by the
 * modules that have a say (risk: a KYC level the tenant's rules require, linked accounts at one
 * poker table). Payments and poker stand below those modules and never import them: the
 * composition root (src/modules.ts) registers the gates, payments and poker run them in the
 * request's transaction. A gate refuses by throwing a typed AppError (which rolls the
 * transaction back, so nothing is left behind); it returns to let the request through.
 */
import type { Context, TenantTx } from './context.js';

export interface DepositRequestFacts {
  playerId: string;
  currency: string;
  amount: bigint;
  provider: string;
}

export interface WithdrawalGateFacts {
  playerId: string;
  currency: string;
  amount: bigint;
}

export interface SeatRequestFacts {
  playerId: string;
  tableId: string;
  /** The players seated at the table now (under the table's lock). */
  seatedPlayerIds: readonly string[];
}

export interface PlayerGateFacts {
  deposit: DepositRequestFacts;
  withdrawal: WithdrawalGateFacts;
  seat: SeatRequestFacts;
}
export type PlayerGateKind = keyof PlayerGateFacts;

export type PlayerGate<K extends PlayerGateKind> = (ctx: Context, tx: TenantTx, facts: PlayerGateFacts[K]) => Promise<void>;

const gates: { [K in PlayerGateKind]: PlayerGate<K>[] } = { deposit: [], withdrawal: [], seat: [] };

/** Called once per gate at the composition root. */
export function registerPlayerGate<K extends PlayerGateKind>(kind: K, gate: PlayerGate<K>): void {
  const list = gates[kind] as PlayerGate<K>[];
  if (!list.includes(gate)) list.push(gate);
}

/** Runs every gate of the kind, in registration order; the first refusal throws. */
export async function runPlayerGates<K extends PlayerGateKind>(kind: K, ctx: Context, tx: TenantTx, facts: PlayerGateFacts[K]): Promise<void> {
  for (const gate of gates[kind] as PlayerGate<K>[]) await gate(ctx, tx, facts);
}
