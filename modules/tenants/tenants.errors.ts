import { AppError } from '../../src/errors.js';

export class TenantSlugTakenError extends AppError {
  constructor(readonly slug: string) {
    super('TENANT_SLUG_TAKEN', {
      en: `The slug "${slug}" is already used by another tenant.`,
      tr: `"${slug}" kısa adı başka bir operatör tarafından kullanılıyor.`,
    });
  }
}

export class TenantDomainTakenError extends AppError {
  constructor(readonly domain: string) {
    super('TENANT_DOMAIN_TAKEN', {
      en: `The domain "${domain}" already belongs to another tenant.`,
      tr: `"${domain}" alan adı başka bir operatöre ait.`,
    });
  }
}
