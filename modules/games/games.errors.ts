import { AppError } from '../../src/errors.js';

export class GameNotFoundError extends AppError {
  constructor(readonly gameId: string) {
    super('GAME_NOT_FOUND', { en: 'No such game.', tr: 'Böyle bir oyun yok.' }, 404);
  }
}

export class GameDisabledError extends AppError {
  constructor(readonly gameId: string) {
    super('GAME_DISABLED', { en: 'This game is not available.', tr: 'Bu oyun şu anda kullanılamıyor.' }, 403);
  }
}

export class GameCurrencyNotSupportedError extends AppError {
  constructor(readonly currency: string) {
    super('GAME_CURRENCY_NOT_SUPPORTED', {
      en: `This game cannot be played in ${currency}.`,
      tr: `Bu oyun ${currency} ile oynanamaz.`,
    });
  }
}

export class GameAlreadyExistsError extends AppError {
  constructor(readonly provider: string, readonly externalId: string) {
    super('GAME_ALREADY_EXISTS', {
      en: `The catalogue already has ${provider}'s game ${externalId}.`,
      tr: `Katalogda ${provider} sağlayıcısının ${externalId} oyunu zaten var.`,
    }, 409);
  }
}
