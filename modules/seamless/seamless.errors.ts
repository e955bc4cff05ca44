import { AppError } from '../../src/errors.js';

/** Staff-facing failures of the seamless module (callbacks answer in their dialect's codes instead). */
export class GameProviderNotFoundError extends AppError {
  constructor(readonly providerCode: string) {
    super('GAME_PROVIDER_NOT_FOUND', { en: `No game provider ${providerCode}.`, tr: `${providerCode} oyun sağlayıcısı yok.` }, 404);
  }
}

export class UnknownDialectError extends AppError {
  constructor(readonly dialect: string) {
    super('UNKNOWN_DIALECT', { en: `No seamless wallet dialect ${dialect}.`, tr: `${dialect} adında bir cüzdan lehçesi yok.` });
  }
}

export class GameSessionPlayerNotFoundError extends AppError {
  constructor(readonly playerId: string) {
    super('PLAYER_NOT_FOUND', { en: 'No such player.', tr: 'Böyle bir oyuncu yok.' }, 404);
  }
}

export const FREE_BET_AWARD_FAILURES = ['NOT_CONFIGURED', 'REFUSED', 'UNAVAILABLE'] as const;
export type FreeBetAwardFailure = (typeof FREE_BET_AWARD_FAILURES)[number];

/** Creating a free-bet reward at an aggregator failed: UNAVAILABLE is worth retrying, the others are not. */
export class FreeBetAwardError extends AppError {
  constructor(
    readonly failure: FreeBetAwardFailure,
    readonly detail: string,
  ) {
    super('FREE_BET_AWARD_FAILED', {
      en: failure === 'UNAVAILABLE' ? 'The game aggregator did not answer: the free bets will be awarded later.' : failure === 'REFUSED' ? 'The game aggregator refused the free bets.' : 'This game aggregator is not set up to award free bets.',
      tr: failure === 'UNAVAILABLE' ? 'Oyun toplayıcısı yanıt vermedi: bedava bahisler daha sonra verilecek.' : failure === 'REFUSED' ? 'Oyun toplayıcısı bedava bahisleri reddetti.' : 'Bu oyun toplayıcısı bedava bahis vermek için ayarlanmamış.',
    }, failure === 'UNAVAILABLE' ? 503 : 400);
  }
}
