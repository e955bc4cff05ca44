import { Migration } from '@mikro-orm/migrations';

/**
 * Citus-ready keys (issue #22, docs/scaling.md "Citus: sharding by tenant"). Citus distributes
 * the tenant tables by `tenant_id` and needs the distribution column in every primary key,
 * unique constraint and foreign key between distributed tables. Before this migration 50 tenant
 * tables had `id` (or `position`) alone as primary key and 70 foreign keys between tenant tables
 * named the id alone. This migration, in a safe order:
 *   1. drops those 70 foreign keys (all `on update/delete no action`, not deferrable, match simple);
 *   2. swaps the 50 primary keys to `(tenant_id, <old key>)` (same constraint names), and the one
 *      unique constraint without the tenant (`outbox_event (id)`) to `(tenant_id, id)`;
 *   3. adds the 70 foreign keys back as `(tenant_id, col) -> (tenant_id, refcol)`, same names and
 *      actions, so a row can only point to a row of its own tenant;
 *   4. drops four lookup indexes on `(tenant_id, id)` that the new primary keys duplicate;
 *   5. indexes `outbox_event (position)`, which the relay and retention use across tenants.
 * Foreign keys to `tenant (id)` and `menu_item (key)` stay: those are Citus reference tables.
 * `password_reset` and `email_outbox` keep their keys: their `tenant_id` is null on platform
 * staff rows, so they stay coordinator-local (src/db/citus.ts).
 *
 * On a database with rows: the new keys are supersets of the old ones, so every new primary key
 * is unique where the old one was; a new foreign key fails only if a row already points to
 * another tenant's row, which is then a bug the migration refuses to carry over. The statements
 * were generated once from the catalog of a migrated database and are written out here.
 */
export class Migration20261210000000CitusKeys extends Migration {
  override async up(): Promise<void> {
    // 1. Foreign keys between tenant tables that do not name the tenant.
    this.addSql(`alter table affiliate_attribution drop constraint affiliate_attribution_player_id_fkey;`);
    this.addSql(`alter table bonus_budget drop constraint bonus_budget_template_id_fkey;`);
    this.addSql(`alter table bonus_budget_usage drop constraint bonus_budget_usage_budget_id_fkey;`);
    this.addSql(`alter table bonus_contribution drop constraint bonus_contribution_grant_id_fkey;`);
    this.addSql(`alter table bonus_grant drop constraint bonus_grant_player_id_fkey;`);
    this.addSql(`alter table bonus_grant drop constraint bonus_grant_template_id_fkey;`);
    this.addSql(`alter table collusion_cursor drop constraint collusion_cursor_table_id_fkey;`);
    this.addSql(`alter table experiment_arm drop constraint experiment_arm_experiment_id_fkey;`);
    this.addSql(`alter table experiment_arm drop constraint experiment_arm_offer_id_fkey;`);
    this.addSql(`alter table experiment_exposure drop constraint experiment_exposure_decision_id_fkey;`);
    this.addSql(`alter table experiment_exposure drop constraint experiment_exposure_experiment_id_fkey;`);
    this.addSql(`alter table experiment_exposure drop constraint experiment_exposure_player_id_fkey;`);
    this.addSql(`alter table experiment_period drop constraint experiment_period_experiment_id_fkey;`);
    this.addSql(`alter table kyc_requirement drop constraint kyc_requirement_player_id_fkey;`);
    this.addSql(`alter table kyc_verification drop constraint kyc_verification_player_id_fkey;`);
    this.addSql(`alter table ledger_entry drop constraint ledger_entry_account_id_fkey;`);
    this.addSql(`alter table ledger_entry drop constraint ledger_entry_transaction_id_fkey;`);
    this.addSql(`alter table ledger_hold drop constraint ledger_hold_account_id_fkey;`);
    this.addSql(`alter table ledger_hold drop constraint ledger_hold_transaction_id_fkey;`);
    this.addSql(`alter table ledger_transaction drop constraint ledger_transaction_reverses_id_fkey;`);
    this.addSql(`alter table offer drop constraint offer_reward_template_id_fkey;`);
    this.addSql(`alter table offer_claim drop constraint offer_claim_decision_id_fkey;`);
    this.addSql(`alter table offer_claim drop constraint offer_claim_grant_id_fkey;`);
    this.addSql(`alter table offer_claim drop constraint offer_claim_offer_id_fkey;`);
    this.addSql(`alter table offer_claim drop constraint offer_claim_player_id_fkey;`);
    this.addSql(`alter table offer_decision drop constraint offer_decision_chosen_offer_id_fkey;`);
    this.addSql(`alter table offer_decision drop constraint offer_decision_player_id_fkey;`);
    this.addSql(`alter table payment_dispute drop constraint payment_dispute_payment_id_fkey;`);
    this.addSql(`alter table payment_withdrawal drop constraint payment_withdrawal_instrument_payment_id_fkey;`);
    this.addSql(`alter table payment_withdrawal drop constraint payment_withdrawal_source_payment_id_fkey;`);
    this.addSql(`alter table player_note drop constraint player_note_player_id_fkey;`);
    this.addSql(`alter table player_tag drop constraint player_tag_player_id_fkey;`);
    this.addSql(`alter table poker_hand drop constraint poker_hand_table_id_fkey;`);
    this.addSql(`alter table poker_seat drop constraint poker_seat_table_id_fkey;`);
    this.addSql(`alter table poker_table_event drop constraint poker_table_event_table_id_fkey;`);
    this.addSql(`alter table risk_case_action drop constraint risk_case_action_case_id_fkey;`);
    this.addSql(`alter table risk_case_action drop constraint risk_case_action_player_id_fkey;`);
    this.addSql(`alter table risk_link drop constraint risk_link_player_a_fkey;`);
    this.addSql(`alter table risk_link drop constraint risk_link_player_b_fkey;`);
    this.addSql(`alter table risk_pair_stats drop constraint risk_pair_stats_player_a_fkey;`);
    this.addSql(`alter table risk_pair_stats drop constraint risk_pair_stats_player_b_fkey;`);
    this.addSql(`alter table risk_signal drop constraint risk_signal_player_id_fkey;`);
    this.addSql(`alter table seamless_round drop constraint seamless_round_provider_id_fkey;`);
    this.addSql(`alter table seamless_transaction drop constraint seamless_transaction_ledger_transaction_id_fkey;`);
    this.addSql(`alter table seamless_transaction drop constraint seamless_transaction_provider_id_fkey;`);
    this.addSql(`alter table vip_accrual drop constraint vip_accrual_player_id_fkey;`);
    this.addSql(`alter table vip_adjustment drop constraint vip_adjustment_player_id_fkey;`);
    this.addSql(`alter table vip_adjustment drop constraint vip_adjustment_transaction_id_fkey;`);
    this.addSql(`alter table vip_check drop constraint vip_check_decided_by_fkey;`);
    this.addSql(`alter table vip_check drop constraint vip_check_player_id_fkey;`);
    this.addSql(`alter table vip_check drop constraint vip_check_recorded_by_fkey;`);
    this.addSql(`alter table vip_check drop constraint vip_check_tier_id_fkey;`);
    this.addSql(`alter table vip_player drop constraint vip_player_held_tier_id_fkey;`);
    this.addSql(`alter table vip_player drop constraint vip_player_manager_id_fkey;`);
    this.addSql(`alter table vip_player drop constraint vip_player_player_id_fkey;`);
    this.addSql(`alter table vip_player drop constraint vip_player_tier_id_fkey;`);
    this.addSql(`alter table vip_point_lot drop constraint vip_point_lot_player_id_fkey;`);
    this.addSql(`alter table vip_redemption drop constraint vip_redemption_cash_transaction_id_fkey;`);
    this.addSql(`alter table vip_redemption drop constraint vip_redemption_player_id_fkey;`);
    this.addSql(`alter table vip_redemption drop constraint vip_redemption_points_transaction_id_fkey;`);
    this.addSql(`alter table vip_redemption drop constraint vip_redemption_template_id_fkey;`);
    this.addSql(`alter table vip_reward drop constraint vip_reward_player_id_fkey;`);
    this.addSql(`alter table vip_reward drop constraint vip_reward_template_id_fkey;`);
    this.addSql(`alter table vip_reward drop constraint vip_reward_tier_id_fkey;`);
    this.addSql(`alter table vip_status_change drop constraint vip_status_change_from_tier_id_fkey;`);
    this.addSql(`alter table vip_status_change drop constraint vip_status_change_player_id_fkey;`);
    this.addSql(`alter table vip_status_change drop constraint vip_status_change_to_tier_id_fkey;`);
    this.addSql(`alter table vip_tier drop constraint vip_tier_monthly_reward_template_id_fkey;`);
    this.addSql(`alter table wallet_adjustment drop constraint wallet_adjustment_account_id_fkey;`);
    this.addSql(`alter table wallet_adjustment drop constraint wallet_adjustment_transaction_id_fkey;`);

    // 2. Primary keys and unique constraints gain tenant_id, first.
    this.addSql(`alter table api_key drop constraint api_key_pkey, add constraint api_key_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table audit_checkpoint drop constraint audit_checkpoint_pkey, add constraint audit_checkpoint_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table audit_event drop constraint audit_event_pkey, add constraint audit_event_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table auth_session drop constraint auth_session_pkey, add constraint auth_session_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table bonus_budget drop constraint bonus_budget_pkey, add constraint bonus_budget_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table bonus_grant drop constraint bonus_grant_pkey, add constraint bonus_grant_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table bonus_template drop constraint bonus_template_pkey, add constraint bonus_template_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table experiment drop constraint experiment_pkey, add constraint experiment_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table game drop constraint game_pkey, add constraint game_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table kyc_provider drop constraint kyc_provider_pkey, add constraint kyc_provider_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table kyc_verification drop constraint kyc_verification_pkey, add constraint kyc_verification_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table kyc_webhook drop constraint kyc_webhook_pkey, add constraint kyc_webhook_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table ledger_account drop constraint ledger_account_pkey, add constraint ledger_account_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table ledger_entry drop constraint ledger_entry_pkey, add constraint ledger_entry_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table ledger_hold drop constraint ledger_hold_pkey, add constraint ledger_hold_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table ledger_transaction drop constraint ledger_transaction_pkey, add constraint ledger_transaction_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table offer drop constraint offer_pkey, add constraint offer_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table offer_claim drop constraint offer_claim_pkey, add constraint offer_claim_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table offer_decision drop constraint offer_decision_pkey, add constraint offer_decision_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table outbox_event drop constraint outbox_event_pkey, add constraint outbox_event_pkey primary key (tenant_id, "position");`);
    this.addSql(`alter table payment drop constraint payment_pkey, add constraint payment_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table payment_dispute drop constraint payment_dispute_pkey, add constraint payment_dispute_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table payment_provider drop constraint payment_provider_pkey, add constraint payment_provider_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table payment_webhook drop constraint payment_webhook_pkey, add constraint payment_webhook_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table payment_withdrawal drop constraint payment_withdrawal_pkey, add constraint payment_withdrawal_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table player drop constraint player_pkey, add constraint player_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table player_note drop constraint player_note_pkey, add constraint player_note_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table poker_hand drop constraint poker_hand_pkey, add constraint poker_hand_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table poker_seat drop constraint poker_seat_pkey, add constraint poker_seat_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table poker_table drop constraint poker_table_pkey, add constraint poker_table_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table poker_table_event drop constraint poker_table_event_pkey, add constraint poker_table_event_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table rg_limit drop constraint rg_limit_pkey, add constraint rg_limit_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table rg_signal drop constraint rg_signal_pkey, add constraint rg_signal_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table rg_state drop constraint rg_state_pkey, add constraint rg_state_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table risk_case drop constraint risk_case_pkey, add constraint risk_case_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table risk_case_action drop constraint risk_case_action_pkey, add constraint risk_case_action_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table risk_link drop constraint risk_link_pkey, add constraint risk_link_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table risk_pair_stats drop constraint risk_pair_stats_pkey, add constraint risk_pair_stats_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table seamless_provider drop constraint seamless_provider_pkey, add constraint seamless_provider_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table seamless_session drop constraint seamless_session_pkey, add constraint seamless_session_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table staff_user drop constraint staff_user_pkey, add constraint staff_user_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table tenant_menu_change drop constraint tenant_menu_change_pkey, add constraint tenant_menu_change_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table tenant_menu_override drop constraint tenant_menu_override_pkey, add constraint tenant_menu_override_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table vip_adjustment drop constraint vip_adjustment_pkey, add constraint vip_adjustment_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table vip_check drop constraint vip_check_pkey, add constraint vip_check_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table vip_redemption drop constraint vip_redemption_pkey, add constraint vip_redemption_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table vip_reward drop constraint vip_reward_pkey, add constraint vip_reward_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table vip_status_change drop constraint vip_status_change_pkey, add constraint vip_status_change_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table vip_tier drop constraint vip_tier_pkey, add constraint vip_tier_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table wallet_adjustment drop constraint wallet_adjustment_pkey, add constraint wallet_adjustment_pkey primary key (tenant_id, id);`);
    this.addSql(`alter table outbox_event drop constraint outbox_event_id_key, add constraint outbox_event_tenant_id_id_key unique (tenant_id, id);`);

    // 3. The same foreign keys, composite with the tenant.
    this.addSql(`alter table affiliate_attribution add constraint affiliate_attribution_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table bonus_budget add constraint bonus_budget_template_id_fkey foreign key (tenant_id, template_id) references bonus_template (tenant_id, id);`);
    this.addSql(`alter table bonus_budget_usage add constraint bonus_budget_usage_budget_id_fkey foreign key (tenant_id, budget_id) references bonus_budget (tenant_id, id);`);
    this.addSql(`alter table bonus_contribution add constraint bonus_contribution_grant_id_fkey foreign key (tenant_id, grant_id) references bonus_grant (tenant_id, id);`);
    this.addSql(`alter table bonus_grant add constraint bonus_grant_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table bonus_grant add constraint bonus_grant_template_id_fkey foreign key (tenant_id, template_id) references bonus_template (tenant_id, id);`);
    this.addSql(`alter table collusion_cursor add constraint collusion_cursor_table_id_fkey foreign key (tenant_id, table_id) references poker_table (tenant_id, id);`);
    this.addSql(`alter table experiment_arm add constraint experiment_arm_experiment_id_fkey foreign key (tenant_id, experiment_id) references experiment (tenant_id, id);`);
    this.addSql(`alter table experiment_arm add constraint experiment_arm_offer_id_fkey foreign key (tenant_id, offer_id) references offer (tenant_id, id);`);
    this.addSql(`alter table experiment_exposure add constraint experiment_exposure_decision_id_fkey foreign key (tenant_id, decision_id) references offer_decision (tenant_id, id);`);
    this.addSql(`alter table experiment_exposure add constraint experiment_exposure_experiment_id_fkey foreign key (tenant_id, experiment_id) references experiment (tenant_id, id);`);
    this.addSql(`alter table experiment_exposure add constraint experiment_exposure_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table experiment_period add constraint experiment_period_experiment_id_fkey foreign key (tenant_id, experiment_id) references experiment (tenant_id, id);`);
    this.addSql(`alter table kyc_requirement add constraint kyc_requirement_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table kyc_verification add constraint kyc_verification_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table ledger_entry add constraint ledger_entry_account_id_fkey foreign key (tenant_id, account_id) references ledger_account (tenant_id, id);`);
    this.addSql(`alter table ledger_entry add constraint ledger_entry_transaction_id_fkey foreign key (tenant_id, transaction_id) references ledger_transaction (tenant_id, id);`);
    this.addSql(`alter table ledger_hold add constraint ledger_hold_account_id_fkey foreign key (tenant_id, account_id) references ledger_account (tenant_id, id);`);
    this.addSql(`alter table ledger_hold add constraint ledger_hold_transaction_id_fkey foreign key (tenant_id, transaction_id) references ledger_transaction (tenant_id, id);`);
    this.addSql(`alter table ledger_transaction add constraint ledger_transaction_reverses_id_fkey foreign key (tenant_id, reverses_id) references ledger_transaction (tenant_id, id);`);
    this.addSql(`alter table offer add constraint offer_reward_template_id_fkey foreign key (tenant_id, reward_template_id) references bonus_template (tenant_id, id);`);
    this.addSql(`alter table offer_claim add constraint offer_claim_decision_id_fkey foreign key (tenant_id, decision_id) references offer_decision (tenant_id, id);`);
    this.addSql(`alter table offer_claim add constraint offer_claim_grant_id_fkey foreign key (tenant_id, grant_id) references bonus_grant (tenant_id, id);`);
    this.addSql(`alter table offer_claim add constraint offer_claim_offer_id_fkey foreign key (tenant_id, offer_id) references offer (tenant_id, id);`);
    this.addSql(`alter table offer_claim add constraint offer_claim_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table offer_decision add constraint offer_decision_chosen_offer_id_fkey foreign key (tenant_id, chosen_offer_id) references offer (tenant_id, id);`);
    this.addSql(`alter table offer_decision add constraint offer_decision_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table payment_dispute add constraint payment_dispute_payment_id_fkey foreign key (tenant_id, payment_id) references payment (tenant_id, id);`);
    this.addSql(`alter table payment_withdrawal add constraint payment_withdrawal_instrument_payment_id_fkey foreign key (tenant_id, instrument_payment_id) references payment (tenant_id, id);`);
    this.addSql(`alter table payment_withdrawal add constraint payment_withdrawal_source_payment_id_fkey foreign key (tenant_id, source_payment_id) references payment (tenant_id, id);`);
    this.addSql(`alter table player_note add constraint player_note_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table player_tag add constraint player_tag_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table poker_hand add constraint poker_hand_table_id_fkey foreign key (tenant_id, table_id) references poker_table (tenant_id, id);`);
    this.addSql(`alter table poker_seat add constraint poker_seat_table_id_fkey foreign key (tenant_id, table_id) references poker_table (tenant_id, id);`);
    this.addSql(`alter table poker_table_event add constraint poker_table_event_table_id_fkey foreign key (tenant_id, table_id) references poker_table (tenant_id, id);`);
    this.addSql(`alter table risk_case_action add constraint risk_case_action_case_id_fkey foreign key (tenant_id, case_id) references risk_case (tenant_id, id);`);
    this.addSql(`alter table risk_case_action add constraint risk_case_action_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table risk_link add constraint risk_link_player_a_fkey foreign key (tenant_id, player_a) references player (tenant_id, id);`);
    this.addSql(`alter table risk_link add constraint risk_link_player_b_fkey foreign key (tenant_id, player_b) references player (tenant_id, id);`);
    this.addSql(`alter table risk_pair_stats add constraint risk_pair_stats_player_a_fkey foreign key (tenant_id, player_a) references player (tenant_id, id);`);
    this.addSql(`alter table risk_pair_stats add constraint risk_pair_stats_player_b_fkey foreign key (tenant_id, player_b) references player (tenant_id, id);`);
    this.addSql(`alter table risk_signal add constraint risk_signal_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table seamless_round add constraint seamless_round_provider_id_fkey foreign key (tenant_id, provider_id) references seamless_provider (tenant_id, id);`);
    this.addSql(`alter table seamless_transaction add constraint seamless_transaction_ledger_transaction_id_fkey foreign key (tenant_id, ledger_transaction_id) references ledger_transaction (tenant_id, id);`);
    this.addSql(`alter table seamless_transaction add constraint seamless_transaction_provider_id_fkey foreign key (tenant_id, provider_id) references seamless_provider (tenant_id, id);`);
    this.addSql(`alter table vip_accrual add constraint vip_accrual_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table vip_adjustment add constraint vip_adjustment_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table vip_adjustment add constraint vip_adjustment_transaction_id_fkey foreign key (tenant_id, transaction_id) references ledger_transaction (tenant_id, id);`);
    this.addSql(`alter table vip_check add constraint vip_check_decided_by_fkey foreign key (tenant_id, decided_by) references staff_user (tenant_id, id);`);
    this.addSql(`alter table vip_check add constraint vip_check_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table vip_check add constraint vip_check_recorded_by_fkey foreign key (tenant_id, recorded_by) references staff_user (tenant_id, id);`);
    this.addSql(`alter table vip_check add constraint vip_check_tier_id_fkey foreign key (tenant_id, tier_id) references vip_tier (tenant_id, id);`);
    this.addSql(`alter table vip_player add constraint vip_player_held_tier_id_fkey foreign key (tenant_id, held_tier_id) references vip_tier (tenant_id, id);`);
    this.addSql(`alter table vip_player add constraint vip_player_manager_id_fkey foreign key (tenant_id, manager_id) references staff_user (tenant_id, id);`);
    this.addSql(`alter table vip_player add constraint vip_player_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table vip_player add constraint vip_player_tier_id_fkey foreign key (tenant_id, tier_id) references vip_tier (tenant_id, id);`);
    this.addSql(`alter table vip_point_lot add constraint vip_point_lot_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table vip_redemption add constraint vip_redemption_cash_transaction_id_fkey foreign key (tenant_id, cash_transaction_id) references ledger_transaction (tenant_id, id);`);
    this.addSql(`alter table vip_redemption add constraint vip_redemption_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table vip_redemption add constraint vip_redemption_points_transaction_id_fkey foreign key (tenant_id, points_transaction_id) references ledger_transaction (tenant_id, id);`);
    this.addSql(`alter table vip_redemption add constraint vip_redemption_template_id_fkey foreign key (tenant_id, template_id) references bonus_template (tenant_id, id);`);
    this.addSql(`alter table vip_reward add constraint vip_reward_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table vip_reward add constraint vip_reward_template_id_fkey foreign key (tenant_id, template_id) references bonus_template (tenant_id, id);`);
    this.addSql(`alter table vip_reward add constraint vip_reward_tier_id_fkey foreign key (tenant_id, tier_id) references vip_tier (tenant_id, id);`);
    this.addSql(`alter table vip_status_change add constraint vip_status_change_from_tier_id_fkey foreign key (tenant_id, from_tier_id) references vip_tier (tenant_id, id);`);
    this.addSql(`alter table vip_status_change add constraint vip_status_change_player_id_fkey foreign key (tenant_id, player_id) references player (tenant_id, id);`);
    this.addSql(`alter table vip_status_change add constraint vip_status_change_to_tier_id_fkey foreign key (tenant_id, to_tier_id) references vip_tier (tenant_id, id);`);
    this.addSql(`alter table vip_tier add constraint vip_tier_monthly_reward_template_id_fkey foreign key (tenant_id, monthly_reward_template_id) references bonus_template (tenant_id, id);`);
    this.addSql(`alter table wallet_adjustment add constraint wallet_adjustment_account_id_fkey foreign key (tenant_id, account_id) references ledger_account (tenant_id, id);`);
    this.addSql(`alter table wallet_adjustment add constraint wallet_adjustment_transaction_id_fkey foreign key (tenant_id, transaction_id) references ledger_transaction (tenant_id, id);`);

    // 4. Lookup indexes the new primary keys make redundant.
    this.addSql(`drop index player_tenant_id_idx;`);
    this.addSql(`drop index api_key_tenant_idx;`);
    this.addSql(`drop index tenant_menu_change_idx;`);
    this.addSql(`drop index poker_table_tenant_idx;`);

    // 5. The outbox relay and its retention go by position across tenants (outbox_ack,
    //    outbox_prune); position alone led the old primary key, so it keeps an index of its own.
    this.addSql(`create index outbox_event_position_idx on outbox_event (position);`);
  }
}
