/** Payments (deposits, withdrawals, disputes, reconciliation): what other modules may use. */
export { PAYMENT_EVENT, DISPUTE_LOST, type PaymentEventPayload, type DisputeLostPayload } from './payments.events.js';
export { paymentsRoutes } from './payments.http.js';
export { paymentsReconciliationJob, reconcile, reconcileAllTenants, reconciliationGauges, RECONCILIATION_CHECK, RECONCILIATION_MISMATCHES } from './payments.reconciliation.js';
export type { PaymentGateway, GatewayFactory, ProviderEvent } from './payments.gateway.js';
/** References to payments rows, resolved in one batch per operation. */
export { loadPayment, loadWithdrawal, loadDispute } from './payments.service.js';
export { PaymentType, WithdrawalType, DisputeType, PaymentProviderType } from './payments.schema.js';
/** Deposit facts: a player's count and last deposit (offers' eligibility); first deposits and their chargebacks, and money in and out per period (affiliates). */
export { depositFactsOf, firstDepositsOf, paymentTotalsInTx, pendingDepositsInTx, recentDepositsInTx, type DepositFacts, type FirstDeposit, type PaymentTotals, type RecentDeposits } from './payments.facts.js';
