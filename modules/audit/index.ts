export { signChainHead, verifyAuditChain } from './audit.service.js';
export { auditJobs, checkpointAllTenants } from './audit.jobs.js';
