/**
 * Work other modules do in a player's registration transaction (affiliates: attribute the new
 * player to the affiliate whose link or code brought them). Identity sits below those modules
 * and never imports them: the composition root (src/modules.ts) registers the listeners,
 * identity runs them after the player row is written and before the transaction commits, so
 * what they write exists exactly when the player does.
 *
 * A listener must not fail the registration for anything the registrant sent (an unknown or
 * expired click, a wrong code): it ignores what it cannot use. An error it throws is a fault and
 * rolls the registration back.
 */
import type { Context, TenantTx } from './context.js';

/** What a frontend kept from an affiliate's link or was given as a code, passed through as is. */
export interface RegistrationTracking {
  /** The click ID the click endpoint added to the landing URL (`aff_click`), as the frontend kept it. */
  clickId: string | null;
  /** An affiliate's code the player typed or the page carried. */
  affiliateCode: string | null;
}

export interface PlayerRegistration {
  playerId: string;
  tracking: RegistrationTracking | null;
}

export type RegistrationListener = (ctx: Context, tx: TenantTx, registration: PlayerRegistration) => Promise<void>;

const listeners: RegistrationListener[] = [];

/** Called once per listener at the composition root. */
export function registerRegistrationListener(listener: RegistrationListener): void {
  if (!listeners.includes(listener)) listeners.push(listener);
}

/** Runs every listener, in registration order, in the registration's transaction. */
export async function runRegistrationListeners(ctx: Context, tx: TenantTx, registration: PlayerRegistration): Promise<void> {
  for (const listener of listeners) await listener(ctx, tx, registration);
}
