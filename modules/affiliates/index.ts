/**
 * Affiliates (docs/affiliates.md): what the composition root may use. Affiliates sit on the top
 * floor; nothing below imports them.
 */
export { AffiliateRef, AffiliateLinkRef, AffiliateStatusEnum } from './affiliates.schema.js';
export { affiliatesRoutes } from './affiliates.http.js';
export { attributeRegistration, CLICK_PARAMETER } from './affiliates.tracking.js';
export { affiliatesByIds, linksByIds, attributionWindowDaysInTx, type AffiliateRow, type LinkRow, type AffiliateStatus } from './affiliates.service.js';
export { AffiliatePlanRef } from './affiliates.plans.schema.js';
export { plansByIds, planTermsInTx, planFromJson, overridesFromJson, type PlanRow } from './affiliates.plans.js';
export { affiliateStatementsJob, computeDueStatements, computeAllDueStatements, computeMonthInTx, monthOf, type Month } from './affiliates.statement-job.js';
/** Statement workflow events (outbox, stream `affiliate-statement:<id>`; docs/affiliates.md "Statements: approval and payout"). */
export { AFFILIATE_STATEMENT_APPROVED, AFFILIATE_STATEMENT_PAID } from './affiliates.approval.js';
export { affiliateSessionSubject } from './affiliates.portal.js';
export { AffiliatePortalRef } from './affiliates.portal.schema.js';
