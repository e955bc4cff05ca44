import { AffiliateError } from './affiliates.errors.js';

/** Another plan of the tenant has this name (ignoring case). */
export class AffiliatePlanNameTakenError extends AffiliateError {
  constructor(readonly planName: string) {
    super('AFFILIATE_PLAN_NAME_TAKEN', { en: `A commission plan is already named "${planName}".`, tr: `"${planName}" adında bir komisyon planı zaten var.` }, 409);
  }
}

/** The plan is archived: it can no longer change nor be assigned. */
export class AffiliatePlanArchivedError extends AffiliateError {
  constructor() {
    super('AFFILIATE_PLAN_ARCHIVED', {
      en: 'This commission plan is archived: it can no longer be changed nor assigned.',
      tr: 'Bu komisyon planı arşivlendi: artık değiştirilemez ve atanamaz.',
    }, 409);
  }
}
