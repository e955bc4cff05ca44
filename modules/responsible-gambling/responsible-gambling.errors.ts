import { AppError } from '../../src/errors.js';

/** Responsible-gambling refusals and failures, each with a stable code (see docs/responsible-gambling.md). */
export abstract class ResponsibleGamblingError extends AppError {}

const when = (at: Date) => at.toISOString();

export class SelfExcludedError extends ResponsibleGamblingError {
  constructor(readonly until: Date | null) {
    super(
      'SELF_EXCLUDED',
      until
        ? { en: `You are self-excluded until ${when(until)}.`, tr: `${when(until)} tarihine kadar kendinizi oyundan men ettiniz.` }
        : { en: 'You are self-excluded.', tr: 'Kendinizi oyundan men ettiniz.' },
      403,
    );
  }
}

export class TimeOutActiveError extends ResponsibleGamblingError {
  constructor(readonly until: Date | null) {
    super(
      'TIME_OUT',
      until
        ? { en: `You are taking a time-out until ${when(until)}.`, tr: `${when(until)} tarihine kadar mola veriyorsunuz.` }
        : { en: 'You are taking a time-out.', tr: 'Mola veriyorsunuz.' },
      403,
    );
  }
}

export class SessionLimitReachedError extends ResponsibleGamblingError {
  constructor(readonly minutes: number | null) {
    super(
      'SESSION_LIMIT_REACHED',
      {
        en: `Your session time limit${minutes ? ` of ${minutes} minutes` : ''} is reached. Take a break before playing again.`,
        tr: `${minutes ? `${minutes} dakikalık ` : ''}oturum süresi sınırınıza ulaştınız. Tekrar oynamadan önce ara verin.`,
      },
      403,
    );
  }
}

export class DepositLimitReachedError extends ResponsibleGamblingError {
  constructor(readonly currency: string) {
    super(
      'DEPOSIT_LIMIT_REACHED',
      {
        en: `This deposit would exceed your ${currency} deposit limit.`,
        tr: `Bu para yatırma işlemi ${currency} para yatırma sınırınızı aşar.`,
      },
      403,
    );
  }
}

export class LossLimitReachedError extends ResponsibleGamblingError {
  constructor(readonly currency: string) {
    super(
      'LOSS_LIMIT_REACHED',
      { en: `This bet would exceed your ${currency} loss limit.`, tr: `Bu bahis ${currency} kayıp sınırınızı aşar.` },
      403,
    );
  }
}

/** Taking a shorter time-out or exclusion than one in force: it cannot be shortened. */
export class CannotShortenError extends ResponsibleGamblingError {
  constructor(readonly what: 'TIME_OUT' | 'SELF_EXCLUSION', readonly until: Date) {
    super('RG_CANNOT_SHORTEN', {
      en: `A ${what === 'TIME_OUT' ? 'time-out' : 'self-exclusion'} is in force until ${when(until)}; it can be extended but not shortened.`,
      tr: `${when(until)} tarihine kadar geçerli bir ${what === 'TIME_OUT' ? 'mola' : 'oyundan men'} var; uzatılabilir ama kısaltılamaz.`,
    });
  }
}

/** Any change of RG settings while self-excluded (only a longer exclusion is accepted). */
export class ChangeWhileExcludedError extends ResponsibleGamblingError {
  constructor(readonly until: Date) {
    super(
      'RG_LOCKED_BY_EXCLUSION',
      {
        en: `Your settings cannot change while you are self-excluded (until ${when(until)}).`,
        tr: `Kendinizi oyundan men ettiğiniz süre boyunca (${when(until)} tarihine kadar) ayarlarınız değiştirilemez.`,
      },
      403,
    );
  }
}

/** Maps a refusal code of the SQL functions (rg_bet_refusal, rg_deposit_refusal) to its error. */
export function refusalError(
  code: string,
  facts: { excludedUntil?: Date | null; timeOutUntil?: Date | null; sessionLimitMinutes?: number | null; currency?: string },
): ResponsibleGamblingError {
  switch (code) {
    case 'SELF_EXCLUDED':
      return new SelfExcludedError(facts.excludedUntil ?? null);
    case 'TIME_OUT':
      return new TimeOutActiveError(facts.timeOutUntil ?? null);
    case 'SESSION_LIMIT_REACHED':
      return new SessionLimitReachedError(facts.sessionLimitMinutes ?? null);
    case 'DEPOSIT_LIMIT_REACHED':
      return new DepositLimitReachedError(facts.currency ?? '');
    case 'LOSS_LIMIT_REACHED':
      return new LossLimitReachedError(facts.currency ?? '');
    default:
      throw new Error(`unknown responsible-gambling refusal ${code}`);
  }
}

/** What refuses play (launchGame): members of its GraphQL result union. */
export const PLAY_REFUSALS = [SelfExcludedError, TimeOutActiveError, SessionLimitReachedError] as const;
/** What refuses a deposit: members of the depositing mutation's result union. */
export const DEPOSIT_REFUSALS = [SelfExcludedError, TimeOutActiveError, DepositLimitReachedError] as const;
