/** Tenant KPIs (docs/kpis.md): what the composition root uses. */
export { kpiRollupJob, kpiRegistrationListener } from './kpis.jobs.js';
export { kpiReconciliationJob, kpiDriftGauges } from './kpis.reconcile.js';
export { rollUpTenant, rollUpAllTenants } from './kpis.rollup.js';
export { reconcileRecentDays, reconcileDay } from './kpis.reconcile.js';
export { scanLedgerInTx } from './kpis.scan.js';
export { tenantKpisInTx } from './kpis.queries.js';
