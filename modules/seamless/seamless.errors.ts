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
