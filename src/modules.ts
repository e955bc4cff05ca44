/**
 * The composition root of business modules: their entities, their jobs, and their schema
 * files (imported for their side effect of adding types and fields to the builder).
 */
import './graphql/errors.js';
import './graphql/money.js';
import './graphql/connections.js';
import './graphql/gate-errors.js';
import '../modules/tenants/tenants.schema.js';
import '../modules/identity/identity.schema.js';
import { withPasswordChangeGate } from '../modules/identity/identity.passwords.schema.js';
import '../modules/menu/menu.schema.js';
import '../modules/audit/audit.schema.js';
import '../modules/wallet/wallet.schema.js';
import '../modules/seamless/seamless.schema.js';
import '../modules/responsible-gambling/responsible-gambling.schema.js';
import '../modules/games/games.schema.js';
import '../modules/poker/poker.schema.js';
import '../modules/payments/payments.schema.js';
import '../modules/bonus/bonus.schema.js';
import '../modules/bonus/bonus.templates.schema.js';
import '../modules/offers/offers.schema.js';
import '../modules/offers/experiments.schema.js';
import '../modules/offers/bandits.schema.js';
import '../modules/vip/vip.schema.js';
import '../modules/vip/vip.points.schema.js';
import '../modules/vip/vip.redemption.schema.js';
import '../modules/vip/vip.checks.schema.js';
import '../modules/affiliates/affiliates.schema.js';
import '../modules/affiliates/affiliates.plans.schema.js';
import '../modules/affiliates/affiliates.exclusions.schema.js';
import '../modules/affiliates/affiliates.statements.schema.js';
import '../modules/affiliates/affiliates.portal.schema.js';
import '../modules/affiliates/affiliates.portal.statements.schema.js';
import '../modules/kpis/kpis.schema.js';
import '../modules/risk/risk.cases.schema.js';
import '../modules/risk/risk.settings.schema.js';
import '../modules/risk/kyc.schema.js';
import '../modules/risk/collusion.schema.js';
import '../modules/risk/risk.links.schema.js';
import './jobs/jobs.schema.js';
import type { AnyJobDefinition } from './jobs/job.js';
import type { HttpRoutes } from './server.js';
import type { ScrapeGaugeDefinition } from './observability/scrape.js';
import { auditEntities } from './audit/entities.js';
import { TenantSchema, tenantDirectory } from '../modules/tenants/index.js';
import { authenticate, identityEntities } from '../modules/identity/index.js';
import { menuEntities } from '../modules/menu/index.js';
import { auditChainGauges, auditCheckpointJob } from '../modules/audit/index.js';
import { walletHoldExpiryJob } from '../modules/wallet/index.js';
import { realityCheckJob } from '../modules/responsible-gambling/index.js';
import { seamlessRoutes } from '../modules/seamless/index.js';
import { pokerTableDueJob, pokerTimerSweepJob } from '../modules/poker/index.js';
import { paymentsReconciliationJob, paymentsRoutes, reconciliationGauges } from '../modules/payments/index.js';
import { bonusCashbackJob, bonusExpiryJob, bonusFreeBetsAwardJob, bonusWithdrawalGuard } from '../modules/bonus/index.js';
import { banditReweightJob, experimentOutcomesJob } from '../modules/offers/index.js';
import { vipAccrualJob, vipPointsExpiryJob } from '../modules/vip/index.js';
import { vipTierReviewJob } from '../modules/vip/index.js';
import { vipMonthlyRewardsJob } from '../modules/vip/index.js';
import { affiliatesRoutes, affiliateSessionSubject, affiliateStatementsJob, attributeRegistration } from '../modules/affiliates/index.js';
import { kpiDriftGauges, kpiReconciliationJob, kpiRegistrationListener, kpiRollupJob } from '../modules/kpis/index.js';
import { collusionScanJob, kycDepositGate, kycRoutes, kycWithdrawalGate } from '../modules/risk/index.js';
import { depositVelocityGate, linkedClaimHold, linkedSeatGate, recordPlayerSignal, withdrawalVelocityGate } from '../modules/risk/index.js';
import { registerWithdrawalGuard } from './withdrawal-guards.js';
import { registerPlayerGate } from './player-gates.js';
import { registerPlayerSignalListener } from './player-signals.js';
import { registerClaimHold } from './claim-holds.js';
import { registerRegistrationListener } from './registration-listeners.js';
import { registerSessionSubject } from './session-subjects.js';
import { outboxRetentionJob } from './jobs/outbox-retention.js';
import { emailDeliveryJob, emailRetentionJob } from './email/delivery.js';
import { builder } from './builder.js';
import { defineErrorCodes } from './graphql/errors.js';
import { withNullableRootQueryFields } from './graphql/partial-results.js';

export const entities = [TenantSchema, ...identityEntities, ...menuEntities, ...auditEntities];
export const authenticator = { authenticate };
export { tenantDirectory };

/** Plain HTTP routes of the modules (src/server.ts registers each in its own context). */
export const httpRoutes: HttpRoutes[] = [seamlessRoutes, paymentsRoutes, affiliatesRoutes, kycRoutes];

/** Every kind of background job (docs/jobs.md lists them); src/jobs/install.ts makes a queue of each. */
export const jobDefinitions: readonly AnyJobDefinition[] = [
  outboxRetentionJob,
  auditCheckpointJob,
  walletHoldExpiryJob,
  realityCheckJob,
  pokerTableDueJob,
  pokerTimerSweepJob,
  paymentsReconciliationJob,
  emailDeliveryJob,
  emailRetentionJob,
  bonusExpiryJob,
  bonusCashbackJob,
  bonusFreeBetsAwardJob,
  experimentOutcomesJob,
  banditReweightJob,
  vipAccrualJob,
  vipPointsExpiryJob,
  vipTierReviewJob,
  vipMonthlyRewardsJob,
  affiliateStatementsJob,
  kpiRollupJob,
  kpiReconciliationJob,
  collusionScanJob,
];

/**
 * Gauges of the modules read at scrape time on /metrics (src/observability/scrape.ts;
 * docs/observability.md, "Gauges of modules"): a module defines them, this list registers them.
 */
export const scrapeGauges: readonly ScrapeGaugeDefinition[] = [...reconciliationGauges, ...auditChainGauges, ...kpiDriftGauges];

/** Checks a withdrawal request runs in its transaction (a withdrawal while wagering forfeits the bonus, once confirmed). */
registerWithdrawalGuard(bonusWithdrawalGuard);
/** Work in a player's registration transaction (affiliates: attribution by click or code). */
registerRegistrationListener(attributeRegistration);
/** The KPI row of each new player (registrations and cohorts). */
registerRegistrationListener(kpiRegistrationListener);

/** KYC rules (risk): the level a deposit past the tenant's threshold, or any withdrawal, needs (docs/risk.md "KYC rules"). */
registerPlayerGate('deposit', kycDepositGate);
registerPlayerGate('withdrawal', kycWithdrawalGate);
/** Risk: where players were seen from feeds the linked-accounts graph (docs/risk.md "Multi-accounting"). */
registerPlayerSignalListener(recordPlayerSignal);
/** Risk: a linked account's bonus claims wait for review. */
registerClaimHold(linkedClaimHold);
/** Risk: GLI-19, linked accounts never sit at one poker table. */
registerPlayerGate('seat', linkedSeatGate);
/** Risk: velocity rules on deposits and withdrawals; they open cases and never refuse. */
registerPlayerGate('deposit', depositVelocityGate);
registerPlayerGate('withdrawal', withdrawalVelocityGate);

/** Accounts that sign in with identity's sessions but live above it (affiliates' portal). */
registerSessionSubject(affiliateSessionSubject);

defineErrorCodes();
export const schema = withPasswordChangeGate(withNullableRootQueryFields(builder.toSchema({ sortSchema: true })));
