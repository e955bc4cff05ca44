import { AppError } from '../../src/errors.js';

/** Poker tables' typed failures: each is a member of the result union of the mutations that can return it. */

export class PokerTableNotFoundError extends AppError {
  constructor(readonly tableId: string) {
    super('POKER_TABLE_NOT_FOUND', { en: 'No such poker table.', tr: 'Böyle bir poker masası yok.' }, 404);
  }
}

/** Why a seat cannot be had: the table is closed, the seat asked for is taken, every seat is, or the player has one. */
export type PokerSeatUnavailableReason = 'TABLE_CLOSED' | 'SEAT_TAKEN' | 'TABLE_FULL' | 'ALREADY_SEATED' | 'LINKED_ACCOUNT_SEATED';

/** The seat (or any seat) cannot be had now; one GraphQL type for the four reasons, each with its own code. */
export class PokerSeatUnavailableError extends AppError {
  constructor(
    readonly reason: PokerSeatUnavailableReason,
    text: { en: string; tr: string },
    /** The seat concerned: the one taken, or the player's own; null for a closed or full table. */
    readonly seatNo: number | null = null,
  ) {
    super(`POKER_${reason}`, text, 409);
  }
}

export class PokerTableClosedError extends PokerSeatUnavailableError {
  constructor(readonly tableId: string) {
    super('TABLE_CLOSED', { en: 'This poker table is closed.', tr: 'Bu poker masası kapalı.' });
  }
}

export class PokerSeatTakenError extends PokerSeatUnavailableError {
  constructor(readonly seat: number) {
    super('SEAT_TAKEN', { en: `Seat ${seat + 1} is taken.`, tr: `${seat + 1} numaralı koltuk dolu.` }, seat);
  }
}

export class PokerTableFullError extends PokerSeatUnavailableError {
  constructor(readonly tableId: string) {
    super('TABLE_FULL', { en: 'Every seat at this table is taken.', tr: 'Bu masadaki tüm koltuklar dolu.' });
  }
}

export class PokerAlreadySeatedError extends PokerSeatUnavailableError {
  constructor(readonly seat: number) {
    super('ALREADY_SEATED', {
      en: `You are already seated at this table (seat ${seat + 1}).`,
      tr: `Bu masada zaten oturuyorsunuz (${seat + 1} numaralı koltuk).`,
    }, seat);
  }
}

/**
 * GLI-19: an account linked to the player (same device, address or payment instrument) sits at
 * the table. Thrown by the seat gate of the module that keeps the links (risk, src/player-gates.ts).
 */
export class PokerLinkedAccountSeatedError extends PokerSeatUnavailableError {
  constructor() {
    super('LINKED_ACCOUNT_SEATED', {
      en: 'An account linked to yours is already seated at this table; choose another table.',
      tr: 'Sizinle bağlantılı bir hesap bu masada zaten oturuyor; başka bir masa seçin.',
    });
  }
}

export class PokerNotSeatedError extends AppError {
  constructor(readonly tableId: string) {
    super('POKER_NOT_SEATED', { en: 'You are not seated at this table.', tr: 'Bu masada oturmuyorsunuz.' }, 409);
  }
}

export class PokerBuyInOutOfRangeError extends AppError {
  constructor(readonly min: string, readonly max: string, readonly currency: string) {
    super('POKER_BUY_IN_OUT_OF_RANGE', {
      en: `The buy-in must be between ${min} and ${max}.`,
      tr: `Masaya giriş tutarı ${min} ile ${max} arasında olmalı.`,
    });
  }
}

export class PokerNoHandInProgressError extends AppError {
  constructor(readonly handId: string | null) {
    super('POKER_HAND_FINISHED', {
      en: 'That hand is over (or none is being played).',
      tr: 'Bu el bitti (ya da oynanan bir el yok).',
    }, 409);
  }
}

export class PokerNotInHandError extends AppError {
  constructor() {
    super('POKER_NOT_IN_HAND', { en: 'You are not playing in this hand.', tr: 'Bu elde oynamıyorsunuz.' }, 409);
  }
}

export class PokerNotYourTurnError extends AppError {
  constructor(readonly seatToAct: number | null) {
    super('POKER_NOT_YOUR_TURN', { en: 'It is not your turn.', tr: 'Sıra sizde değil.' }, 409);
  }
}

export class PokerIllegalActionError extends AppError {
  constructor(readonly reason: string) {
    // The engine's reason is English; the Turkish names the common ones and omits the rest.
    const why =
      /^nothing to call/.test(reason) ? 'ödenecek bahis yok: pas geçin'
      : /^cannot check/.test(reason) ? 'ödenecek bir bahis var, pas geçilemez'
      : /^nobody has bet/.test(reason) ? 'henüz bahis yok: artırmak yerine bahis yapın'
      : /^there is a bet/.test(reason) ? 'bir bahis var: bahis yapmak yerine artırın'
      : /is not open to this player$/.test(reason) ? 'bu oyuncu bahis yapamaz veya artıramaz'
      : null;
    super('POKER_ILLEGAL_ACTION', {
      en: `That action is not allowed now: ${reason}.`,
      tr: why ? `Bu hamle şu anda yapılamaz: ${why}.` : 'Bu hamle şu anda yapılamaz.',
    });
  }
}

export class PokerIllegalAmountError extends AppError {
  /** `currency` is the table's: known whenever min and max are. */
  constructor(readonly min: string | null, readonly max: string | null, readonly currency: string | null = null) {
    super('POKER_ILLEGAL_AMOUNT', {
      en: min !== null && max !== null ? `The amount must be from ${min} to ${max}.` : 'The amount is not allowed.',
      tr: min !== null && max !== null ? `Tutar ${min} ile ${max} arasında olmalı.` : 'Bu tutara izin verilmiyor.',
    });
  }
}

export class PokerProviderUnavailableError extends AppError {
  constructor(readonly provider: string) {
    super('POKER_PROVIDER_UNAVAILABLE', {
      en: `The poker provider ${provider} is not available.`,
      tr: `${provider} poker sağlayıcısı kullanılamıyor.`,
    }, 503);
  }
}
