import { AppError } from '../../src/errors.js';

export class AuditChainEmptyError extends AppError {
  constructor() {
    super('AUDIT_CHAIN_EMPTY', {
      en: 'There is nothing in the audit trail to checkpoint yet.',
      tr: 'Denetim kaydında henüz imzalanacak bir şey yok.',
    });
  }
}
