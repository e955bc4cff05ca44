import { Migration } from '@mikro-orm/migrations';

/**
 * Offers, experiments and the bandit optimizer (issue #17, docs/offers.md), and the
 * responsible-gambling signals they are suppressed and guarded by.
 *
 * - `offer`: what a tenant's staff promote on placements; its reward is a bonus template (a match,
 *   no-deposit money, free bets or cashback), granted through the bonus engine.
 * - `offer_decision`: every answer of `offersFor`: who, where, the candidates, what was shown, the
 *   policy that chose it and the probability with which it chose it (what off-policy evaluation needs).
 * - `offer_claim`: a claimed offer and the bonus grant it made; idempotent per key.
 * - `experiment` / `experiment_arm`: an A/B/n test or a bandit on one placement; an arm is an offer
 *   or no offer (control/holdout). At most one experiment runs per placement.
 * - `experiment_period`: the traffic weights in force from a time on, per phase (a start opens
 *   phase n and period 0; each re-weighting opens the next period). The SRM check and the bandit
 *   history read it.
 * - `experiment_exposure`: a player's first exposure in a phase (one row per player and phase),
 *   the arm, the probability of that arm when assigned, and the outcome once its window closed.
 * - `rg_signal`: responsible-gambling events (self-exclusion, time-out, staff flag) with their
 *   time, and the staff flag on `rg_state`: a flagged player is shown no offers.
 */
export class Migration20261206120000Offers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table offer (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        name text not null check (length(name) between 1 and 120),
        description text check (length(description) <= 2000),
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'PAUSED', 'ARCHIVED')),
        reward_template_id uuid not null references bonus_template (id),
        placements text[] not null check (cardinality(placements) between 1 and 20),
        -- Higher first under the fixed policy.
        priority integer not null default 0 check (priority between -1000000 and 1000000),
        starts_at timestamptz,
        ends_at timestamptz,
        -- Validated by modules/offers (currencies, countries, tags, excluded tags, deposit counts, days since last deposit).
        eligibility jsonb not null default '{}',
        -- Per player: impressions per window, claims in all.
        frequency jsonb not null default '{}',
        version integer not null default 1,
        created_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (ends_at is null or starts_at is null or ends_at > starts_at)
      );`);
    this.addSql(`create unique index offer_name_uq on offer (tenant_id, lower(name)) where status <> 'ARCHIVED';`);
    this.addSql(`create index offer_listing_idx on offer (tenant_id, created_at, id);`);
    this.addSql(`create index offer_live_idx on offer (tenant_id, priority desc, created_at) where status = 'ACTIVE';`);

    this.addSql(`
      create table offer_decision (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id uuid not null references player (id),
        placement text not null,
        currency char(3),
        policy text not null check (policy in ('FIXED', 'EXPERIMENT', 'BANDIT', 'SUPPRESSED')),
        -- Every offer considered: [{"offerId", "eligible", "reason"?}].
        candidates jsonb not null,
        -- What was answered, in rank order.
        shown uuid[] not null,
        -- The first offer shown (null: none, e.g. a holdout arm or nothing eligible).
        chosen_offer_id uuid references offer (id),
        -- The probability with which the policy chose this action (fixed: 1).
        probability double precision not null check (probability > 0 and probability <= 1),
        experiment_id uuid,
        phase integer,
        arm_key text,
        suppressed_reason text,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index offer_decision_player_idx on offer_decision (tenant_id, player_id, created_at, id);`);
    this.addSql(`create index offer_decision_experiment_idx on offer_decision (tenant_id, experiment_id, created_at) where experiment_id is not null;`);

    this.addSql(`
      create table offer_claim (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        offer_id uuid not null references offer (id),
        player_id uuid not null references player (id),
        decision_id uuid references offer_decision (id),
        grant_id uuid not null references bonus_grant (id),
        currency char(3) not null,
        idempotency_key text not null,
        request_hash text not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index offer_claim_key_uq on offer_claim (tenant_id, idempotency_key);`);
    this.addSql(`create index offer_claim_player_idx on offer_claim (tenant_id, player_id, offer_id, created_at);`);
    this.addSql(`create index offer_claim_listing_idx on offer_claim (tenant_id, player_id, created_at, id);`);

    this.addSql(`
      create table experiment (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        name text not null check (length(name) between 1 and 120),
        description text check (length(description) <= 2000),
        placement text not null,
        kind text not null check (kind in ('AB', 'BANDIT')),
        goal text not null check (goal in ('CLAIM', 'CONVERSION', 'REVENUE')),
        -- The currency revenue is counted in (REVENUE goals and the revenue guardrail).
        currency char(3),
        status text not null default 'DRAFT' check (status in ('DRAFT', 'RUNNING', 'STOPPED')),
        -- Incremented by each start; exposures and periods belong to one phase.
        phase integer not null default 0,
        -- An exposure's outcome is counted once this many hours have passed (delayed reward).
        outcome_window_hours integer not null default 168 check (outcome_window_hours between 1 and 2160),
        min_exposures_per_arm integer not null default 100 check (min_exposures_per_arm between 1 and 1000000),
        -- The bandit re-weights at least every 15 minutes (issue #17): the cadence is 1 to 15 minutes.
        reweight_minutes integer not null default 15 check (reweight_minutes between 1 and 15),
        arm_floor double precision not null default 0.01 check (arm_floor >= 0 and arm_floor < 1),
        winner_threshold double precision not null default 0.95 check (winner_threshold > 0.5 and winner_threshold < 1),
        -- Sticky assignment hashes the player with this seed (fixed at creation).
        hash_seed text not null,
        started_at timestamptz,
        stopped_at timestamptz,
        stop_reason text,
        next_reweight_at timestamptz,
        winner_arm_key text,
        winner_declared_at timestamptz,
        version integer not null default 1,
        created_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    this.addSql(`create unique index experiment_running_uq on experiment (tenant_id, placement) where status = 'RUNNING';`);
    this.addSql(`create index experiment_listing_idx on experiment (tenant_id, created_at, id);`);
    this.addSql(`create index experiment_reweight_idx on experiment (next_reweight_at) where status = 'RUNNING' and kind = 'BANDIT';`);

    this.addSql(`
      create table experiment_arm (
        tenant_id uuid not null references tenant (id),
        experiment_id uuid not null references experiment (id),
        key text not null check (key ~ '^[a-z0-9][a-z0-9_-]{0,31}$'),
        name text not null check (length(name) between 1 and 120),
        -- null: no offer (control or holdout).
        offer_id uuid references offer (id),
        is_control boolean not null default false,
        -- The split an A/B test keeps, and a bandit's first period.
        weight double precision not null check (weight >= 0 and weight <= 1),
        status text not null default 'ACTIVE' check (status in ('ACTIVE', 'STOPPED')),
        stopped_reason text,
        stopped_at timestamptz,
        position integer not null,
        primary key (tenant_id, experiment_id, key)
      );`);
    this.addSql(`create unique index experiment_arm_control_uq on experiment_arm (tenant_id, experiment_id) where is_control;`);

    this.addSql(`
      create table experiment_period (
        tenant_id uuid not null references tenant (id),
        experiment_id uuid not null references experiment (id),
        phase integer not null,
        period integer not null,
        starts_at timestamptz not null,
        ends_at timestamptz,
        -- {"<arm key>": weight}, summing to 1.
        weights jsonb not null,
        -- What the re-weighting saw and concluded: per arm n, mean, variance, P(best).
        stats jsonb,
        reason text not null check (reason in ('START', 'REWEIGHT', 'GUARDRAIL', 'WINNER')),
        created_at timestamptz not null default now(),
        primary key (tenant_id, experiment_id, phase, period)
      );`);

    this.addSql(`
      create table experiment_exposure (
        tenant_id uuid not null references tenant (id),
        experiment_id uuid not null references experiment (id),
        phase integer not null,
        player_id uuid not null references player (id),
        arm_key text not null,
        period integer not null,
        -- The probability of this arm when the player was assigned (the logging propensity).
        probability double precision not null check (probability > 0 and probability <= 1),
        decision_id uuid references offer_decision (id),
        exposed_at timestamptz not null,
        outcome_due_at timestamptz not null,
        -- Filled once the window has closed.
        claimed boolean,
        converted boolean,
        revenue bigint,
        rg_signal boolean,
        outcome_at timestamptz,
        primary key (tenant_id, experiment_id, phase, player_id)
      );`);
    this.addSql(`create index experiment_exposure_arm_idx on experiment_exposure (tenant_id, experiment_id, phase, arm_key);`);
    this.addSql(`create index experiment_exposure_due_idx on experiment_exposure (tenant_id, outcome_due_at) where outcome_at is null;`);

    this.addSql(`
      create table rg_signal (
        id uuid primary key,
        tenant_id uuid not null references tenant (id),
        player_id text not null,
        kind text not null check (kind in ('SELF_EXCLUSION', 'TIME_OUT', 'STAFF_FLAG')),
        reason text check (length(reason) <= 500),
        created_by text not null,
        created_at timestamptz not null default now()
      );`);
    this.addSql(`create index rg_signal_player_idx on rg_signal (tenant_id, player_id, created_at);`);
    this.addSql(`alter table rg_state
      add column flagged_at timestamptz,
      add column flag_reason text check (length(flag_reason) <= 500),
      add column flagged_by text;`);

    for (const table of ['offer', 'offer_decision', 'offer_claim', 'experiment', 'experiment_arm', 'experiment_period', 'experiment_exposure', 'rg_signal']) {
      this.addSql(`alter table ${table} enable row level security;`);
      this.addSql(`
        create policy tenant_isolation on ${table}
          using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
          with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
  }
}
