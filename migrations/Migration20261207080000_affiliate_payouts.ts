import { Migration } from '@mikro-orm/migrations';

/**
 * Affiliate statements: approval (maker-checker) and payout through the ledger (issue #19,
 * docs/affiliates.md "Statements: approval and payout").
 *
 * - The ledger gets an owner type AFFILIATE: an affiliate's payable account (what the operator
 *   owes it), which like PLAYER and ESCROW money may never go below zero. `ledger_resolve` is as in
 *   Migration20261207010000_vip except for that floor.
 * - `affiliate_statement`: the workflow's statuses (COMPUTED → SUBMITTED → APPROVED → PAID; a
 *   rejection goes back to COMPUTED) and who moved it when, with the last rejection's reason.
 * - `affiliate_statement_currency`: per currency line, the commission posting made on approval
 *   and the payout (method, reference, posting, who, when).
 */
export class Migration20261207080000AffiliatePayouts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table ledger_account drop constraint ledger_account_owner_type_check;`);
    this.addSql(`alter table ledger_account add constraint ledger_account_owner_type_check check (owner_type in ('PLAYER', 'HOUSE', 'PROVIDER', 'ESCROW', 'WORLD', 'AFFILIATE'));`);

    this.addSql(`
      create or replace function ledger_resolve(p_tenant uuid, p_selector jsonb, p_counterparty ledger_account, p_stripes integer, p_currencies text[])
      returns jsonb language plpgsql as $$
      declare
        v_account ledger_account;
        v_owner_type text := p_selector->>'ownerType';
        v_owner_id text := coalesce(p_selector->>'ownerId', '');
        v_currency text := coalesce(p_selector->>'currency', p_counterparty.currency);
        v_kind text := coalesce(p_selector->>'kind', 'CASH');
        v_stripe integer := 0;
      begin
        if p_selector->>'accountId' is not null then
          select * into v_account from ledger_account where id = (p_selector->>'accountId')::uuid;
          if not found then
            return ledger_failure('ACCOUNT_NOT_FOUND', jsonb_build_object('accountId', p_selector->>'accountId'));
          end if;
          return jsonb_build_object('account', ledger_account_json(v_account));
        end if;
        if v_currency is null then
          return ledger_failure('CURRENCY_REQUIRED', '{}'::jsonb);
        end if;
        if not (v_currency = any (p_currencies)) then
          return ledger_failure('UNSUPPORTED_CURRENCY', jsonb_build_object('currency', v_currency));
        end if;
        if v_owner_type in ('HOUSE', 'WORLD') then
          v_owner_id := '';
        end if;
        if v_owner_type = 'HOUSE' and p_counterparty.id is not null then
          v_stripe := ledger_house_stripe(p_tenant, v_currency, p_stripes);
        end if;
        for attempt in 1..2 loop
          select * into v_account from ledger_account
          where tenant_id = p_tenant and owner_type = v_owner_type and owner_id = v_owner_id
            and currency = v_currency and kind = v_kind and stripe = v_stripe;
          if found then
            return jsonb_build_object('account', ledger_account_json(v_account));
          end if;
          insert into ledger_account (id, tenant_id, owner_type, owner_id, currency, kind, stripe, floor_policy)
          values (ledger_uuidv7(), p_tenant, v_owner_type, v_owner_id, v_currency, v_kind, v_stripe,
                  case when v_owner_type in ('PLAYER', 'ESCROW', 'AFFILIATE') and v_kind <> 'POINTS' then 'NON_NEGATIVE' else 'UNBOUNDED' end)
          on conflict (tenant_id, owner_type, owner_id, currency, kind, stripe) do nothing;
        end loop;
        raise exception 'ledger_resolve: account % % % % not found after insert', v_owner_type, v_owner_id, v_currency, v_kind;
      end $$;`);

    this.addSql(`
      alter table affiliate_statement
        add constraint affiliate_statement_status_check check (status in ('COMPUTED', 'SUBMITTED', 'APPROVED', 'PAID')),
        add column submitted_by text,
        add column submitted_at timestamptz,
        add column approved_by text,
        add column approved_at timestamptz,
        add column rejected_by text,
        add column rejected_at timestamptz,
        add column rejection_reason text,
        add column paid_at timestamptz,
        add constraint affiliate_statement_submitted_check check (status = 'COMPUTED' or (submitted_by is not null and submitted_at is not null)),
        add constraint affiliate_statement_approved_check check (status not in ('APPROVED', 'PAID') or (approved_by is not null and approved_at is not null)),
        add constraint affiliate_statement_paid_check check ((status = 'PAID') = (paid_at is not null));`);

    this.addSql(`
      alter table affiliate_statement_currency
        add column commission_transaction_id uuid,
        add column payout_method text check (payout_method in ('BANK_TRANSFER', 'E_WALLET', 'CRYPTO', 'OTHER')),
        add column payout_reference text,
        add column payout_transaction_id uuid,
        add column paid_by text,
        add column paid_at timestamptz,
        add constraint affiliate_statement_currency_paid_check check (
          (paid_at is null and payout_method is null and payout_reference is null and paid_by is null)
          or (paid_at is not null and payout_method is not null and payout_reference is not null and paid_by is not null));`);
  }
}
