import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000Spine } from './Migration20261129000000_spine.js';
import { Migration20261129010000Audit } from './Migration20261129010000_audit.js';
import { Migration20261129020000Wallet } from './Migration20261129020000_wallet.js';
import { Migration20261129030000WalletAdjustments } from './Migration20261129030000_wallet_adjustments.js';
import { Migration20261129040000WalletPosting } from './Migration20261129040000_wallet_posting.js';
import { Migration20261129050000ResponsibleGambling } from './Migration20261129050000_responsible_gambling.js';
import { Migration20261129060000Seamless } from './Migration20261129060000_seamless.js';
import { Migration20261129070000Games } from './Migration20261129070000_games.js';
import { Migration20261129080000Poker } from './Migration20261129080000_poker.js';
import { Migration20261129090000Payments } from './Migration20261129090000_payments.js';
import { Migration20261129100000HotPathPlans } from './Migration20261129100000_hot_path_plans.js';
import { Migration20261129110000SeamlessBatchPosting } from './Migration20261129110000_seamless_batch_posting.js';
import { Migration20261129120000RgLimitUsed } from './Migration20261129120000_rg_limit_used.js';
import { Migration20261129130000SeamlessSetBased } from './Migration20261129130000_seamless_set_based.js';
import { Migration20261129140000OutboxRetention } from './Migration20261129140000_outbox_retention.js';
import { Migration20261205010000LedgerFaults } from './Migration20261205010000_ledger_faults.js';
import { Migration20261205020000PaymentsClosedLoop } from './Migration20261205020000_payments_closed_loop.js';
import { Migration20261205030000SeamlessHub88 } from './Migration20261205030000_seamless_hub88.js';
import { Migration20261205050000PaymentsManualPayouts } from './Migration20261205050000_payments_manual_payouts.js';
import { Migration20261205060000GameCodeIndex } from './Migration20261205060000_game_code_index.js';
import { Migration20261206050000LedgerTransactionListing } from './Migration20261206050000_ledger_transaction_listing.js';

/** Every migration, in order. Forward-only: a shipped migration is never edited. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129000000_spine', class: Migration20261129000000Spine },
  { name: 'Migration20261129010000_audit', class: Migration20261129010000Audit },
  { name: 'Migration20261129020000_wallet', class: Migration20261129020000Wallet },
  { name: 'Migration20261129030000_wallet_adjustments', class: Migration20261129030000WalletAdjustments },
  { name: 'Migration20261129040000_wallet_posting', class: Migration20261129040000WalletPosting },
  { name: 'Migration20261129050000_responsible_gambling', class: Migration20261129050000ResponsibleGambling },
  { name: 'Migration20261129060000_seamless', class: Migration20261129060000Seamless },
  { name: 'Migration20261129070000_games', class: Migration20261129070000Games },
  { name: 'Migration20261129080000_poker', class: Migration20261129080000Poker },
  { name: 'Migration20261129090000_payments', class: Migration20261129090000Payments },
  { name: 'Migration20261129100000_hot_path_plans', class: Migration20261129100000HotPathPlans },
  { name: 'Migration20261129110000_seamless_batch_posting', class: Migration20261129110000SeamlessBatchPosting },
  { name: 'Migration20261129120000_rg_limit_used', class: Migration20261129120000RgLimitUsed },
  { name: 'Migration20261129130000_seamless_set_based', class: Migration20261129130000SeamlessSetBased },
  { name: 'Migration20261129140000_outbox_retention', class: Migration20261129140000OutboxRetention },
  { name: 'Migration20261205010000_ledger_faults', class: Migration20261205010000LedgerFaults },
  { name: 'Migration20261205020000_payments_closed_loop', class: Migration20261205020000PaymentsClosedLoop },
  { name: 'Migration20261205030000_seamless_hub88', class: Migration20261205030000SeamlessHub88 },
  { name: 'Migration20261205050000_payments_manual_payouts', class: Migration20261205050000PaymentsManualPayouts },
  { name: 'Migration20261205060000_game_code_index', class: Migration20261205060000GameCodeIndex },
  { name: 'Migration20261206050000_ledger_transaction_listing', class: Migration20261206050000LedgerTransactionListing },
];
