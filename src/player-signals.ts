/**
 * Where a player was seen from: the address, the device fingerprint a frontend sends
 * (X-Device-Fingerprint) and the fingerprint of a payment instrument, at registration, login and
 * deposit. Identity and payments report them in the transaction of the event; the modules that
 * use them (risk: the linked-accounts graph) are above and registered at the composition root
 * (src/modules.ts). A listener must never refuse the event: it records what it can use and
 * ignores the rest; an error it throws is a fault and rolls the event back.
 */
import type { Context, TenantTx } from './context.js';

export const SIGNAL_SOURCES = ['REGISTRATION', 'LOGIN', 'DEPOSIT'] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

export interface PlayerSignal {
  playerId: string;
  source: SignalSource;
  /** The client's address as the server saw it (null when the event came from a provider's webhook). */
  ip: string | null;
  deviceFingerprint: string | null;
  /** A provider's fingerprint of the card or account used (deposits confirmed by webhook), namespaced by provider. */
  instrumentFingerprint: string | null;
}

export type PlayerSignalListener = (ctx: Context, tx: TenantTx, signal: PlayerSignal) => Promise<void>;

const listeners: PlayerSignalListener[] = [];

/** Called once per listener at the composition root. */
export function registerPlayerSignalListener(listener: PlayerSignalListener): void {
  if (!listeners.includes(listener)) listeners.push(listener);
}

/** The address and device of the request in `ctx` (null for a principal without a request). */
export function requestSignalOf(ctx: Context): { ip: string | null; deviceFingerprint: string | null } {
  return { ip: ctx.ip || null, deviceFingerprint: ctx.deviceFingerprint ?? null };
}

/** Runs every listener in the event's transaction. */
export async function reportPlayerSignal(ctx: Context, tx: TenantTx, signal: PlayerSignal): Promise<void> {
  for (const listener of listeners) await listener(ctx, tx, signal);
}
