export { signChainHead, verifyAuditChain } from './audit.service.js';
export { auditCheckpointJob, checkpointAllTenants } from './audit.jobs.js';
