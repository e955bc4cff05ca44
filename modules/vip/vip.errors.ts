import { AppError } from '../../src/errors.js';

/** The VIP tiers' and status' typed failures, each with a stable code. */
export abstract class VipError extends AppError {}

/** Another tier of the tenant has this key (archived ones included: keys are never reused). */
export class VipTierKeyTakenError extends VipError {
  constructor(readonly key: string) {
    super('VIP_TIER_KEY_TAKEN', { en: `A VIP tier already has the key "${key}".`, tr: `"${key}" anahtarına sahip bir VIP seviyesi zaten var.` }, 409);
  }
}

/** Another tier of the tenant that is not archived has this rank. */
export class VipTierRankTakenError extends VipError {
  constructor(readonly rank: string) {
    super('VIP_TIER_RANK_TAKEN', { en: `A VIP tier already has the rank ${rank}.`, tr: `${rank} sırasına sahip bir VIP seviyesi zaten var.` }, 409);
  }
}

/** The monthly reward names a bonus template the tenant does not have. */
export class VipRewardTemplateUnknownError extends VipError {
  constructor(readonly templateId: string) {
    super('VIP_REWARD_TEMPLATE_UNKNOWN', { en: 'The monthly reward names a bonus template that does not exist.', tr: 'Aylık ödül, var olmayan bir bonus şablonunu gösteriyor.' }, 404);
  }
}

/** The tier is archived: it can no longer change. */
export class VipTierArchivedError extends VipError {
  constructor() {
    super('VIP_TIER_ARCHIVED', { en: 'This VIP tier is archived: it can no longer be changed.', tr: 'Bu VIP seviyesi arşivlendi: artık değiştirilemez.' }, 409);
  }
}

/** The tenant has no VIP programme yet (updateVipSettings sets it up). */
export class VipNoProgrammeError extends VipError {
  constructor() {
    super('VIP_NO_PROGRAMME', { en: 'This casino has no VIP programme yet.', tr: 'Bu casinonun henüz bir VIP programı yok.' }, 409);
  }
}

/** A personal manager is a benefit of some tiers only, and the player's tier is not one of them. */
export class VipManagerNotABenefitError extends VipError {
  constructor() {
    super('VIP_MANAGER_NOT_A_BENEFIT', {
      en: 'The player\'s VIP tier does not come with a personal manager.',
      tr: 'Oyuncunun VIP seviyesi kişisel yönetici içermiyor.',
    }, 409);
  }
}

/** The manager named is not an active staff user of the tenant. */
export class VipManagerNotStaffError extends VipError {
  constructor() {
    super('VIP_MANAGER_NOT_STAFF', { en: 'The manager must be an active staff user of this casino.', tr: 'Yönetici, bu casinonun etkin bir personel kullanıcısı olmalıdır.' }, 422);
  }
}
