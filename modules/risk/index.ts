/** The risk module's service API: cases for the detectors of this module; nothing below imports it. */
export {
  openRiskCaseInTx,
  RISK_CASE_UPDATED,
  CASE_KINDS,
  SEVERITIES,
  type CaseFinding,
  type CaseKind,
  type CaseRow,
  type EvidenceItem,
  type RiskCaseUpdatedPayload,
  type Severity,
} from './risk.cases.js';
export { sharedSignalsInTx, SIGNAL_KINDS, type SharedSignal, type SignalKind } from './risk.signals.js';
/** KYC: the player gates the composition root registers, the webhook route, and the levels. */
export { kycDepositGate, kycWithdrawalGate } from './kyc.rules.js';
export { kycRoutes } from './kyc.http.js';
export { currentLevelInTx } from './kyc.levels.js';
export { setKycProvider } from './kyc.providers.js';
export { collusionScanJob, scanCollusionTenant, type ScanCounts } from './collusion.scan.js';
export { recordPlayerSignal, linkedClaimHold, linkedSeatGate, LINK_WEIGHTS } from './risk.links.js';
export { depositVelocityGate, withdrawalVelocityGate, VELOCITY_RULES } from './risk.velocity.js';
