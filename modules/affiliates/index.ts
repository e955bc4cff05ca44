/**
 * Affiliates (docs/affiliates.md): what the composition root may use. Affiliates sit on the top
 * floor; nothing below imports them.
 */
export { AffiliateRef, AffiliateLinkRef, AffiliateStatusEnum } from './affiliates.schema.js';
export { affiliatesByIds, linksByIds, attributionWindowDaysInTx, type AffiliateRow, type LinkRow, type AffiliateStatus } from './affiliates.service.js';
