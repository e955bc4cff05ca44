export { signChainHead, verifyAuditChain } from './audit.service.js';
export { auditCheckpointJob, auditChainGauges, checkpointAllTenants, verifySinceCheckpoint, AUDIT_CHAIN_CHECK } from './audit.jobs.js';
