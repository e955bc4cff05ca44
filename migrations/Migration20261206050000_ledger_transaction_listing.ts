import { Migration } from '@mikro-orm/migrations';

/**
 * Staff list a tenant's ledger transactions newest first (ledgerTransactions), by time range, code
 * or reference; these indexes serve each of those without reading the tenant's whole history.
 * The account and player filters use ledger_entry_time_idx (tenant, account, created_at), already
 * there: no index is added to ledger_entry, the table the hot path writes most.
 */
export class Migration20261206050000LedgerTransactionListing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index ledger_transaction_time_idx on ledger_transaction (tenant_id, created_at, id);`);
    this.addSql(`create index ledger_transaction_code_time_idx on ledger_transaction (tenant_id, code, created_at, id);`);
    this.addSql(`create index ledger_transaction_reference_idx on ledger_transaction (tenant_id, reference) where reference is not null;`);
  }
}
