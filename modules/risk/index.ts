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
export { recordPlayerSignal, linkedClaimHold, linkedSeatGate, LINK_WEIGHTS } from './risk.links.js';
export { depositVelocityGate, withdrawalVelocityGate, VELOCITY_RULES } from './risk.velocity.js';
