/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { type GraphQLClient, type RequestOptions } from 'graphql-request';
import { gql } from 'graphql-tag';
type GraphQLClientRequestHeaders = RequestOptions['requestHeaders'];
/** An evidence note for an open dispute. */
export type AddDisputeEvidenceInput = {
  /** The Dispute ID. */
  disputeId: string;
  /** The evidence (3-2000 characters). */
  note: string;
};

/** A provider's game to add to the catalogue. */
export type AddGameInput = {
  /** The lobby section. */
  category: GameCategory;
  /** 1 to 50 currencies of the tenant the game can be played in. */
  currencies: Array<string>;
  /** Whether players see it at once (default true). */
  enabled?: boolean | null | undefined;
  /** The provider's own identifier of the game (1 to 200 characters); unique per provider in the catalogue. */
  externalRef: string;
  /** http(s) URL containing {token}; may use {game}, {currency}, {locale}. */
  launchUrl: string;
  /** The name shown in the lobby, 1 to 200 characters. */
  name: string;
  /** The provider's code: 2 to 40 of a-z, 0-9 and -. */
  provider: string;
};

/** A note on a player. */
export type AddPlayerNoteInput = {
  /** The text, 1 to 4000 characters. It cannot be changed later. */
  body: string;
  /** The player (a Player global ID). */
  playerId: string;
};

/** Tags to add to a player. */
export type AddPlayerTagsInput = {
  /** The player (a Player global ID). */
  playerId: string;
  /** 1 to 20 tags of 1 to 40 characters, matched exactly (case counts). A player has at most 50. */
  tags: Array<string>;
};

/** A staff correction of a player's points. */
export type AdjustVipPointsInput = {
  /** A negative change may take the balance below zero (a debt later points repay); default false. */
  allowNegative?: boolean | null | undefined;
  /** Unique per tenant (8-128 printable characters): a replay answers the same adjustment. */
  idempotencyKey: string;
  /** The Player ID. */
  playerId: string;
  /** The signed change: a non-zero decimal with at most two places ("25", "-10.50"). */
  points: string;
  /** Why, 1-500 characters (audited, shown to staff). */
  reason: string;
};

/** The admin fee: PERCENT_OF_GGR with `rate`, or FIXED with `byCurrency`. */
export type AffiliateAdminFeeInput = {
  /** For FIXED: the fee per currency. */
  byCurrency?: Array<AffiliateFixedAdminFeeInput> | null | undefined;
  /** How it is taken. */
  kind: AffiliateAdminFeeKind;
  /** For PERCENT_OF_GGR. A decimal fraction from 0 to 1 as a string ("0.35" is 35%). */
  rate?: string | null | undefined;
};

/** How the admin fee is taken from GGR. */
export type AffiliateAdminFeeKind =
  /** A fixed amount per period and currency with activity. */
  | 'FIXED'
  /** A share of positive GGR. */
  | 'PERCENT_OF_GGR';

/** How a player was attributed to an affiliate. */
export type AffiliateAttributionMethod =
  /** By the click the frontend kept (`tracking.clickId`), within the attribution window. */
  | 'CLICK'
  /** By the affiliate code given at registration (`tracking.affiliateCode`). */
  | 'CODE';

/** CPA terms in one currency (one the tenant offers). */
export type AffiliateCpaCurrencyTermsInput = {
  /** Paid per approved player, above 0. */
  amount: string;
  /** The least first deposit that qualifies (0 or more). */
  baseline: string;
  /** The currency. */
  currency: string;
  /** Wagering within the window that qualifies; required when the plan has no minBets. */
  minWagered?: string | null | undefined;
};

/** Why a player is kept from CPA. */
export type AffiliateCpaExclusion =
  /** The qualifying deposit was charged back. */
  | 'CHARGED_BACK'
  /** A duplicate account. */
  | 'DUPLICATE'
  /** Flagged for fraud. */
  | 'FRAUD'
  /** Self-excluded. */
  | 'SELF_EXCLUDED';

/** A plan's CPA part. */
export type AffiliateCpaInput = {
  /** The terms per currency, each currency once. */
  byCurrency: Array<AffiliateCpaCurrencyTermsInput>;
  /** Days from qualifying to approval, 0 to 365. */
  holdDays: number;
  /** Bets within the window that qualify; left out: the bet count does not qualify. */
  minBets?: number | null | undefined;
  /** Days after registration for the first deposit and the activity, 0 to 365. */
  windowDays: number;
};

/** Where a player stands for CPA at the end of the period. */
export type AffiliateCpaStatus =
  /** Its CPA was paid on an earlier statement. */
  | 'ALREADY_PAID'
  /** Approved: this statement pays its CPA. */
  | 'APPROVED'
  /** The first deposit is below the CPA baseline. */
  | 'BELOW_BASELINE'
  /** Qualified, but excluded (see `exclusions`). */
  | 'EXCLUDED'
  /** The window closed without qualifying. */
  | 'NOT_QUALIFIED'
  /** No first deposit yet. */
  | 'NO_DEPOSIT'
  /** Qualified; the hold has not ended. */
  | 'ON_HOLD'
  /** Not qualified yet; the qualifying window is still open. */
  | 'WINDOW_OPEN';

/** Why staff excluded an attributed player from affiliate commission. */
export type AffiliateExclusionReason =
  /** A duplicate of another player's account. */
  | 'DUPLICATE'
  /** Fraudulent: stolen payment means, bonus abuse, collusion. */
  | 'FRAUD';

/** A fixed admin fee in one currency. */
export type AffiliateFixedAdminFeeInput = {
  /** The fee per period, 0 or more. */
  amount: string;
  /** The currency (one the tenant offers). */
  currency: string;
};

/** The size of a funnel's buckets. */
export type AffiliateFunnelGranularity =
  /** One bucket per UTC day. */
  | 'DAY'
  /** One bucket per UTC calendar month (the first clipped to `from`, the last to `to`). */
  | 'MONTH';

/** What to deduct from GGR to make NGR; a rate left out is not deducted. */
export type AffiliateNgrRulesInput = {
  /** An admin fee. */
  adminFee?: AffiliateAdminFeeInput | null | undefined;
  /** Deduct bonus cost. */
  bonusCost: boolean;
  /** Deduct chargebacks. */
  chargebacks: boolean;
  /** The payment fee on deposits. A decimal fraction from 0 to 1 as a string ("0.35" is 35%). */
  depositFee?: string | null | undefined;
  /** Gaming tax on positive GGR. A decimal fraction from 0 to 1 as a string ("0.35" is 35%). */
  gamingTax?: string | null | undefined;
  /** The payment fee on withdrawals. A decimal fraction from 0 to 1 as a string ("0.35" is 35%). */
  withdrawalFee?: string | null | undefined;
};

/** An NGR tier. */
export type AffiliateNgrTierInput = {
  /** The NGR it starts at: 0 for the first tier, then strictly ascending. */
  from: string;
  /** A decimal fraction from 0 to 1 as a string ("0.35" is 35%). */
  rate: string;
};

/** The NGR tiers of one currency. */
export type AffiliateNgrTierTableInput = {
  /** The currency (one the tenant offers). */
  currency: string;
  /** At least one tier, ascending. */
  tiers: Array<AffiliateNgrTierInput>;
};

/** How commission was paid out to an affiliate. */
export type AffiliatePayoutMethod =
  /** A bank transfer. */
  | 'BANK_TRANSFER'
  /** A crypto-currency transfer. */
  | 'CRYPTO'
  /** An e-wallet payment. */
  | 'E_WALLET'
  /** Any other way (say which in the reference). */
  | 'OTHER';

/** Overrides of a plan for one affiliate: a field given replaces the plan's whole; null turns cpa, revShare, subAffiliateRate or clawbackDays off; a field left out keeps the plan's. */
export type AffiliatePlanOverridesInput = {
  /** The clawback window (null: never). */
  clawbackDays?: number | null | undefined;
  /** The CPA part (null: no CPA). */
  cpa?: AffiliateCpaInput | null | undefined;
  /** The carryover (never null). */
  negativeCarryover?: boolean | null | undefined;
  /** The NGR deductions (never null). */
  ngr?: AffiliateNgrRulesInput | null | undefined;
  /** The RevShare part (null: no RevShare). */
  revShare?: AffiliateRevShareInput | null | undefined;
  /** The sub-affiliate rate (null: none). A decimal fraction from 0 to 1 as a string ("0.35" is 35%). */
  subAffiliateRate?: string | null | undefined;
};

/** A commission plan's terms (the commission engine's plan; docs/affiliates.md). CPA and RevShare may each be left out. */
export type AffiliatePlanTermsInput = {
  /** Claw a paid CPA back when its deposit is charged back within this many days of it (0 to 3650); left out: never. */
  clawbackDays?: number | null | undefined;
  /** The CPA part; left out: no CPA. */
  cpa?: AffiliateCpaInput | null | undefined;
  /** Carry a negative RevShare balance to the next period. */
  negativeCarryover: boolean;
  /** The NGR deductions. */
  ngr: AffiliateNgrRulesInput;
  /** The RevShare part; left out: no RevShare. */
  revShare?: AffiliateRevShareInput | null | undefined;
  /** The share of each direct sub-affiliate's commission earned on top; left out: none. A decimal fraction from 0 to 1 as a string ("0.35" is 35%). */
  subAffiliateRate?: string | null | undefined;
};

/** A tier by new paying players. */
export type AffiliatePlayerTierInput = {
  /** The count it starts at: 0 for the first tier, then strictly ascending. */
  from: number;
  /** A decimal fraction from 0 to 1 as a string ("0.35" is 35%). */
  rate: string;
};

/** What decides a RevShare plan's tier. */
export type AffiliateRevShareBasis =
  /** The number of new paying players (first deposits in the period, all currencies); the reached tier's rate applies to all NGR. */
  | 'NEW_PAYING_PLAYERS'
  /** The NGR of the affiliate's line in the period, with a tier table per currency. */
  | 'NGR';

/** A plan's RevShare part: basis NGR with `mode` and `ngrTiers`, or basis NEW_PAYING_PLAYERS with `playerTiers`. */
export type AffiliateRevShareInput = {
  /** What decides the tier. */
  basis: AffiliateRevShareBasis;
  /** For basis NGR (required there). */
  mode?: AffiliateTieringMode | null | undefined;
  /** For basis NGR (required there): the tiers per currency, each currency once. */
  ngrTiers?: Array<AffiliateNgrTierTableInput> | null | undefined;
  /** For basis NEW_PAYING_PLAYERS (required there). */
  playerTiers?: Array<AffiliatePlayerTierInput> | null | undefined;
};

/** An affiliate's credentials, for the request's tenant. */
export type AffiliateSignInInput = {
  /** The affiliate's email. */
  email: string;
  /** The password it set through its invitation. */
  password: string;
};

/** Which statements to list. */
export type AffiliateStatementFilter = {
  /** Only those of this Affiliate ID. */
  affiliateId?: string | null | undefined;
  /** Only those of the period starting on this day. */
  periodStart?: string | null | undefined;
  /** Only those in this status. */
  status?: AffiliateStatementStatus | null | undefined;
};

/** What a statement line is. */
export type AffiliateStatementLineKind =
  /** Clawbacks not yet recovered, carried from the previous statement. */
  | 'CARRIED_DEBT'
  /** A negative RevShare balance carried from the previous statement. */
  | 'CARRIED_REVSHARE'
  /** CPA paid earlier, clawed back (the qualifying deposit was charged back). */
  | 'CLAWBACK'
  /** CPA for the players approved in the period. */
  | 'CPA'
  /** This period's RevShare on the line's NGR (its players are the line's `players`). */
  | 'REVSHARE'
  /** A share of a sub-affiliate's own commission, paid by the operator. */
  | 'SUB_AFFILIATE_OVERRIDE';

/** Where a commission statement stands in its workflow. */
export type AffiliateStatementStatus =
  /** Approved: each payable amount was posted to the affiliate's payable account; waiting for payout. */
  | 'APPROVED'
  /** Computed (or sent back by a rejection); a staff member with affiliates:statements may submit it. */
  | 'COMPUTED'
  /** Every currency line with something payable was paid out (or nothing was payable). */
  | 'PAID'
  /** Submitted by the maker; another staff member with affiliates:statements approves or rejects it. */
  | 'SUBMITTED';

/** Where an affiliate stands. */
export type AffiliateStatus =
  /** The affiliate's links track clicks and its code and clicks attribute new players. */
  | 'ACTIVE'
  /** Final: as SUSPENDED, and the affiliate can no longer change nor get links. */
  | 'CLOSED'
  /** Paused: its links answer 404 and nothing new is attributed to it; it may be made ACTIVE again. */
  | 'SUSPENDED';

/** How NGR tiers apply. */
export type AffiliateTieringMode =
  /** Each band of NGR at its own tier's rate, like income-tax bands. */
  | 'MARGINAL'
  /** The reached tier's rate on all of the NGR. */
  | 'WHOLE';

/** The SUBMITTED statement to approve. */
export type ApproveAffiliateStatementInput = {
  /** The AffiliateStatement ID. */
  statementId: string;
};

/** RISK approves a grant held for review. */
export type ApproveBonusReviewInput = {
  /** The BonusGrant ID (from bonusReviewQueue). */
  grantId: string;
  /** Why (3-500 characters), for the record. */
  note?: string | null | undefined;
};

/** The checker's approval of a severe action. */
export type ApproveRiskCaseActionInput = {
  /** The RiskCaseAction ID. */
  actionId: string;
  /** Why, up to 2000 characters. */
  note?: string | null | undefined;
};

/** The checker's approval of a PENDING check. */
export type ApproveVipCheckInput = {
  /** The VipCheck ID. */
  checkId: string;
  /** Why, up to 2000 characters. */
  note?: string | null | undefined;
};

/** An adjustment to approve. */
export type ApproveWalletAdjustmentInput = {
  /** The global ID of the PENDING WalletAdjustment. */
  adjustmentId: string;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
  /** A note on the decision, up to 500 characters. */
  note?: string | null | undefined;
};

/** An approval of a pending withdrawal. */
export type ApproveWithdrawalInput = {
  /** Why, for the record (at most 500 characters). */
  note?: string | null | undefined;
  /** The Withdrawal ID. */
  withdrawalId: string;
};

/** The plan to archive. */
export type ArchiveAffiliatePlanInput = {
  /** The AffiliatePlan ID. */
  planId: string;
};

/** The template to archive. */
export type ArchiveBonusTemplateInput = {
  /** The global ID of the template (BonusTemplate). */
  templateId: string;
};

/** A tier to archive. */
export type ArchiveVipTierInput = {
  /** The VipTier ID. */
  tierId: string;
};

/** Puts an affiliate on a plan, with overrides. */
export type AssignAffiliatePlanInput = {
  /** The Affiliate ID (not closed). */
  affiliateId: string;
  /** Its overrides; left out or null: none (any earlier overrides are dropped). */
  overrides?: AffiliatePlanOverridesInput | null | undefined;
  /** The AffiliatePlan ID (not archived). */
  planId: string;
};

/** A player and their personal manager. */
export type AssignVipManagerInput = {
  /** The StaffUser ID of the manager; null or absent removes the player's manager. */
  managerId?: string | null | undefined;
  /** The Player ID. */
  playerId: string;
};

/** Who performed an audited action. */
export type AuditActorKind =
  /** An affiliate of the tenant, signed in to its portal (its sign-in is the target, an Affiliate). */
  | 'AFFILIATE'
  /** An unauthenticated request (a sign-up, a failed sign-in). */
  | 'ANONYMOUS'
  /** A partner integration, through one of the tenant's API keys. */
  | 'API_KEY'
  /** Platform staff (the platform operator's own people, outside any tenant), such as when creating or suspending a tenant. */
  | 'PLATFORM_STAFF'
  /** A player of the tenant, acting for themself (their limits, their deposits). */
  | 'PLAYER'
  /** A staff user of the tenant (back-office). */
  | 'STAFF'
  /** The platform itself: a scheduled job, a provider's webhook, seeding. */
  | 'SYSTEM';

/** What kind of object an audit event is about. For types that are Nodes the enum value is the GraphQL type name. */
export type AuditTargetType =
  /** An affiliate (created; name, status or parent changed; invited to its portal, signed in, its password set). */
  | 'Affiliate'
  /** An affiliate's tracking link (created). */
  | 'AffiliateLink'
  /** A commission plan (created; renamed or given new terms, which makes a new version; archived). Assigning a plan is audited on the Affiliate. */
  | 'AffiliatePlan'
  /** The tenant's affiliate settings (the attribution window); `targetRef` is the tenant. */
  | 'AffiliateSettings'
  /** An affiliate's commission statement (submitted, approved, rejected, a currency line paid out). */
  | 'AffiliateStatement'
  /** A partner API key (created, revoked). */
  | 'ApiKey'
  /** A signed checkpoint of the audit chain. */
  | 'AuditCheckpoint'
  /** A promotion budget (set, removed). */
  | 'BonusBudget'
  /** A player's bonus (granted, reviewed, forfeited, expired, completed). */
  | 'BonusGrant'
  /** The tenant's bonus settings (the wagering cap); `targetRef` is the tenant. */
  | 'BonusSettings'
  /** A bonus template (created, changed, archived). */
  | 'BonusTemplate'
  /** A currency of the tenant's ledger; `targetRef` is its ISO 4217 code. */
  | 'Currency'
  /** A payment dispute (chargeback). */
  | 'Dispute'
  /** An experiment or bandit (created, started, stopped, an arm stopped by a guardrail, a winner declared). */
  | 'Experiment'
  /** A game of the catalogue. */
  | 'Game'
  /** A game provider's settings. */
  | 'GameProvider'
  /** A KYC provider's settings. */
  | 'KycProvider'
  /** A player's verification (requested, its result, decided by staff). */
  | 'KycVerification'
  /** A ledger account (an adjustment, a freeze). */
  | 'LedgerAccount'
  /** A ledger transaction (a reversal). */
  | 'LedgerTransaction'
  /** An item of the tenant's menu; `targetRef` is its key. */
  | 'MenuItem'
  /** An offer (created, changed, paused, archived). */
  | 'Offer'
  /** A deposit payment. */
  | 'Payment'
  /** A payment provider's settings. */
  | 'PaymentProvider'
  /** The tenant's payment settings; `targetRef` is the tenant. */
  | 'PaymentSettings'
  /** A player (their responsible-gambling settings, their account). */
  | 'Player'
  /** A poker table (created, closed). */
  | 'PokerTable'
  /** A risk case (opened, resolved). */
  | 'RiskCase'
  /** An action on a risk case (taken; a severe one requested, approved, rejected). */
  | 'RiskCaseAction'
  /** A link between two accounts of the linked-accounts graph (created; its shared signals changed). */
  | 'RiskLink'
  /** The tenant's risk and KYC rules; `targetRef` is the tenant. */
  | 'RiskSettings'
  /** A staff user (created, roles changed, disabled, signed in). */
  | 'StaffUser'
  /** A tenant (created, changed, suspended, reactivated). */
  | 'Tenant'
  /** A high-value VIP check (recorded, approved, rejected). */
  | 'VipCheck'
  /** A player's VIP standing (tier changes, points adjusted or redeemed, manager assigned); `targetRef` is the player. */
  | 'VipPlayer'
  /** The tenant's VIP settings; `targetRef` is the tenant. */
  | 'VipSettings'
  /** A VIP tier (created, changed, archived). */
  | 'VipTier'
  /** A manual wallet adjustment (requested, approved, rejected). */
  | 'WalletAdjustment'
  /** A withdrawal or refund. */
  | 'Withdrawal';

/** Where a job of the durable queue is in its life. */
export type BackgroundJobState =
  /** Running on a worker now. */
  | 'ACTIVE'
  /** Cancelled before it ran. */
  | 'CANCELLED'
  /** Ran to the end (kept for an hour). */
  | 'COMPLETED'
  /** Waiting to run (possibly not before its start time). */
  | 'CREATED'
  /** Failed on every attempt allowed; kept for a week with its error, and can be retried (retryBackgroundJob). */
  | 'FAILED'
  /** Failed, waiting for its next attempt (after a backoff). */
  | 'RETRY';

/** What a re-weighting did. */
export type BanditReweightOutcome =
  /** Some live arm has fewer measured exposures than the minimum: the weights stay, nothing recorded. */
  | 'INSUFFICIENT_DATA'
  /** Not due yet (re-weighted by another run). */
  | 'NOT_DUE'
  /** New weights (or a stopped arm): a new period began. */
  | 'REWEIGHTED'
  /** The weights came out the same and no arm stopped: nothing recorded. */
  | 'UNCHANGED';

/** Why a guardrail stopped a bandit arm (docs/offers.md, "The bandit optimizer", guardrails). */
export type BanditStopReason =
  /** Its net revenue per player was lower than the control's (one-sided test at 95%). */
  | 'GUARDRAIL_NET_REVENUE'
  /** Its responsible-gambling signal rate was higher than the control's (one-sided test at 95%). */
  | 'GUARDRAIL_RG_SIGNAL_RATE';

/** The player to block, and why. */
export type BlockPlayerInput = {
  /** The player (a Player global ID). */
  playerId: string;
  /** Why, 1 to 500 characters: kept on the player and in the audit trail. */
  reason: string;
};

/** What a budget counts of each grant. */
export type BonusBudgetBasis =
  /** The grant's expected cost (BonusTemplate.expectedCost for its amount, on the default mix). */
  | 'EXPECTED_COST'
  /** The amount granted. */
  | 'FACE_VALUE';

/** The period a budget's limits apply to (UTC); use starts again at each period. */
export type BonusBudgetPeriod =
  /** A calendar day. */
  | 'DAY'
  /** A calendar month. */
  | 'MONTH'
  /** For all time. */
  | 'TOTAL'
  /** A week from Monday. */
  | 'WEEK';

/** Which limit of a promotion budget a grant would pass. */
export type BonusBudgetScope =
  /** The player's share of the budget for its period. */
  | 'PER_PLAYER'
  /** The budget's total for its period. */
  | 'TOTAL';

/** The amounts of one currency; set those the kind takes (see BonusKind), leave the others out. */
export type BonusCurrencyTermsInput = {
  /** NO_DEPOSIT: the bonus. */
  amount?: string | null | undefined;
  /** A currency of the tenant. */
  currency: string;
  /** FREE_BETS: the stake of each free bet. */
  freeBetStake?: string | null | undefined;
  /** Any kind: the largest stake while a grant is active. */
  maxBet?: string | null | undefined;
  /** DEPOSIT_MATCH and CASHBACK: the largest bonus. */
  maxBonus?: string | null | undefined;
  /** DEPOSIT_MATCH: the smallest qualifying deposit. */
  minDeposit?: string | null | undefined;
};

/** Who may be granted the bonus; empty or absent lists set no condition. */
export type BonusEligibilityInput = {
  /** ISO 3166-1 alpha-2 countries. */
  countries?: Array<string> | null | undefined;
  /** A player carrying one of these tags is not eligible. */
  excludedTags?: Array<string> | null | undefined;
  /** The player must carry one of these tags. */
  tags?: Array<string> | null | undefined;
};

/** FREE_BETS: how many, on which games, where wins go. */
export type BonusFreeBetsInput = {
  /** 1 to 1000 free bets per grant. */
  count: number;
  /** Game codes of the tenant's catalogue (Game.externalRef), 1 to 100. */
  games: Array<string>;
  /** BONUS (with the wagering) or CASH (then the multiplier must be 0). */
  winsTo: FreeBetWinsTo;
};

/** The share of wagering expected on one category of games. */
export type BonusGameShareInput = {
  /** The category. */
  category: GameCategory;
  /** Its share, 1 to 100; the shares of a mix sum to 100. */
  percent: number;
};

/** One row of the game-weight table. */
export type BonusGameWeightInput = {
  /** GAME: a game code of the tenant's catalogue; CATEGORY: a GameCategory; PRODUCT: the offer's product; DEFAULT: none. */
  key?: string | null | undefined;
  /** The percent of a stake that counts, 0 to 100. */
  percent: number;
  /** What it applies to. */
  scope: BonusWeightScope;
};

/** Why a grant ended. */
export type BonusGrantEndReason =
  /** The player's account was closed. */
  | 'ACCOUNT_CLOSED'
  /** Wagering was completed. */
  | 'COMPLETED'
  /** It expired before wagering was completed. */
  | 'EXPIRED'
  /** The player forfeited it. */
  | 'PLAYER'
  /** RISK rejected it on review. */
  | 'REVIEW_REJECTED'
  /** The player self-excluded. */
  | 'SELF_EXCLUSION'
  /** Staff forfeited it, with a written reason. */
  | 'STAFF'
  /** The player took a time-out. */
  | 'TIME_OUT'
  /** The player withdrew cash while wagering, and confirmed the forfeit. */
  | 'WITHDRAWAL';

/** What kind of bonus a grant is (its template's kind). */
export type BonusGrantKind =
  /** A percentage of a period's net losses. */
  | 'CASHBACK'
  /** A percentage of a deposit, up to a cap. */
  | 'DEPOSIT_MATCH'
  /** Free bets of a fixed stake on given games. */
  | 'FREE_BETS'
  /** A fixed amount, no deposit needed. */
  | 'NO_DEPOSIT';

/** Where a bonus grant stands. */
export type BonusGrantStatus =
  /** Posted to the player's bonus balance and being wagered. */
  | 'ACTIVE'
  /** Wagering done: the balance converted to cash (up to the max conversion). */
  | 'COMPLETED'
  /** Not wagered in time: the balance went back to the house. */
  | 'EXPIRED'
  /** Given up (by the player, staff, a withdrawal or a responsible-gambling rule): the balance went back to the house. */
  | 'FORFEITED'
  /** Held for RISK review (an abuse signal): nothing posted yet. */
  | 'PENDING_REVIEW'
  /** A held grant RISK rejected: nothing was ever posted. */
  | 'REJECTED';

/** A regulator whose bonus rules the tenant follows. */
export type BonusJurisdiction =
  /** UK Gambling Commission: wagering at most 10 × the bonus (LCCP SR code 5.1.1, in force 19 January 2026), one product per offer. */
  | 'UKGC';

/** What a bonus template offers. */
export type BonusKind =
  /** A percent of the net losses of a period (cashbackPercent, cashbackPeriod), up to maxBonus per currency. */
  | 'CASHBACK'
  /** A percent of a deposit (matchPercent), up to maxBonus per currency; minDeposit may be set. */
  | 'DEPOSIT_MATCH'
  /** A number of free bets of a fixed stake (freeBetStake) on given games; their wins go to bonus or cash. */
  | 'FREE_BETS'
  /** A fixed amount per currency (amount), with no deposit needed. */
  | 'NO_DEPOSIT';

/** Why a player cannot receive a bonus. */
export type BonusNotEligibleReason =
  /** The bonus is not offered in the player's country. */
  | 'COUNTRY'
  /** The bonus is not offered in this currency. */
  | 'CURRENCY_NOT_OFFERED'
  /** The deposit was matched by another grant already. */
  | 'DEPOSIT_ALREADY_MATCHED'
  /** No deposit of the player in this currency has that ledger transaction. */
  | 'DEPOSIT_NOT_FOUND'
  /** A deposit match needs `depositTransactionId`. */
  | 'DEPOSIT_REQUIRED'
  /** The deposit is below the bonus's minimum deposit. */
  | 'DEPOSIT_TOO_SMALL'
  /** A tag of the player excludes them from the bonus. */
  | 'EXCLUDED_TAG'
  /** The bonus would be zero. */
  | 'NOTHING_TO_GRANT'
  /** The player's account is blocked. */
  | 'PLAYER_BLOCKED'
  /** The bonus is for players with other tags (segments). */
  | 'TAGS';

/** The one gambling product an offer applies to (UKGC: an offer stays within one product). */
export type BonusProduct =
  /** Casino games played through the seamless wallet. */
  | 'CASINO';

/** Whether a template may be granted. */
export type BonusTemplateStatus =
  /** Offered: grants may be made. */
  | 'ACTIVE'
  /** Withdrawn: no new grants; grants already made run on. */
  | 'ARCHIVED';

/** The whole terms of a template (an update replaces them all). Fields of other kinds are refused. */
export type BonusTermsInput = {
  /** CASHBACK (required): 1 to 100. */
  cashbackPercent?: number | null | undefined;
  /** CASHBACK (required). */
  cashbackPeriod?: CashbackPeriod | null | undefined;
  /** 1 to 50 currencies of the tenant, each once. */
  currencies: Array<BonusCurrencyTermsInput>;
  /** Who may be granted it. */
  eligibility?: BonusEligibilityInput | null | undefined;
  /** FREE_BETS (required). */
  freeBets?: BonusFreeBetsInput | null | undefined;
  /** The game-weight table; empty: nothing counts toward wagering. */
  gameWeights?: Array<BonusGameWeightInput> | null | undefined;
  /** What it offers; cannot change on update. */
  kind: BonusKind;
  /** DEPOSIT_MATCH (required): 1 to 1000. */
  matchPercent?: number | null | undefined;
  /** At most this multiple of the granted amount converts; absent: no cap. */
  maxConversionMultiple?: number | null | undefined;
  /** Default CASINO. */
  product?: BonusProduct | null | undefined;
  /** How long a grant lasts, 1 hour to 366 days. */
  validityHours: number;
  /** The wagering requirement. */
  wagering: BonusWageringInput;
};

/** The wagering requirement. */
export type BonusWageringInput = {
  /** Default BONUS. */
  base?: WageringBase | null | undefined;
  /** 0 to 1000; within the tenant's cap. */
  multiplier: number;
};

/** What a game-weight row applies to. A stake takes the row of its game, else its category, else its product, else the default; no row counts 0%. */
export type BonusWeightScope =
  /** A category of games (GameCategory). */
  | 'CATEGORY'
  /** Every other game. */
  | 'DEFAULT'
  /** One game, by its code (the provider's id, Game.externalRef). */
  | 'GAME'
  /** The offer's product (BonusProduct). */
  | 'PRODUCT';

/** A pending withdrawal of the signed-in player to cancel. */
export type CancelWithdrawalInput = {
  /** The Withdrawal ID. */
  withdrawalId: string;
};

/** A hold to capture into another account. */
export type CaptureHoldInput = {
  /** The amount to capture, at most the hold's; the whole hold when absent. The rest is released. */
  amount?: string | null | undefined;
  /** The code of the capture's transaction (WITHDRAWAL, BUY_IN, ...). */
  code: string;
  /** The global ID of the LedgerHold. */
  holdId: string;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
  /** The transaction's reference; the hold's id when absent. */
  reference?: string | null | undefined;
  /** The account credited, in the hold's currency. */
  to: LedgerAccountSelector;
};

/** The period over which cashback nets losses (UTC). */
export type CashbackPeriod =
  /** A calendar day. */
  | 'DAY'
  /** A calendar month. */
  | 'MONTH'
  /** A week from Monday. */
  | 'WEEK';

/** The caller's current password and the new one. */
export type ChangePasswordInput = {
  /** The password the account has now. */
  currentPassword: string;
  /** The new password: 10 to 256 characters (as at registration), different from the current one. */
  newPassword: string;
};

/** Whether a lost chargeback freezes the player's cash account. */
export type ChargebackFreezePolicy =
  /** Freeze after every lost chargeback. */
  | 'ALWAYS'
  /** Never freeze. */
  | 'NEVER'
  /** Freeze when part of the chargeback could not be clawed back from the player's cash (they owe the rest). */
  | 'ON_RECEIVABLE';

/** A bonus the signed-in player claims. */
export type ClaimBonusInput = {
  /** The currency to receive it in. */
  currency: string;
  /** DEPOSIT_MATCH: the LedgerTransaction ID of the deposit to match (a Payment's `ledgerTransaction`). */
  depositTransactionId?: string | null | undefined;
  /** The device's fingerprint (default: the X-Device-Fingerprint header), an abuse signal. */
  deviceFingerprint?: string | null | undefined;
  /** Unique per player (8-128 printable characters): a replay answers the same grant. */
  idempotencyKey: string;
  /** The BonusTemplate ID of the promotion. */
  templateId: string;
};

/** An offer the signed-in player claims. */
export type ClaimOfferInput = {
  /** The currency to receive the reward in. */
  currency: string;
  /** DEPOSIT_MATCH rewards: the LedgerTransaction ID of the deposit to match (a Payment's `ledgerTransaction`). */
  depositTransactionId?: string | null | undefined;
  /** The device's fingerprint (default: the X-Device-Fingerprint header), an abuse signal. */
  deviceFingerprint?: string | null | undefined;
  /** Unique per player (8-128 printable characters): a replay answers the same claim. */
  idempotencyKey: string;
  /** The PlayerOffer ID (from offersFor), or the Offer ID. */
  offerId: string;
};

/** A flagged player whose flag to clear. */
export type ClearResponsibleGamblingFlagInput = {
  /** Why the flag is cleared, 1 to 500 characters (kept in the audit trail). */
  note: string;
  /** The global ID of the Player. */
  playerId: string;
};

/** The table to close. */
export type ClosePokerTableInput = {
  /** The global ID of one of our tables (PokerTable). */
  tableId: string;
};

/** FINANCE's record of a MANUAL part paid by hand. */
export type CompleteManualWithdrawalInput = {
  /** Unique per tenant: a replay answers the same completion. */
  idempotencyKey: string;
  /** FINANCE's reference of the payment made by hand to the instrument the part names (the bank transfer's, say). */
  paidReference: string;
  /** The parked MANUAL part (a Withdrawal ID). */
  withdrawalId: string;
};

/** A new affiliate (ACTIVE). */
export type CreateAffiliateInput = {
  /** 2-40 letters, digits, dashes or underscores, starting with a letter or digit; unique in the tenant ignoring case. */
  code: string;
  /** The affiliate's email; unique in the tenant ignoring case. */
  email: string;
  /** 1 to 120 characters. */
  name: string;
  /** The Affiliate ID of its parent, a top-level affiliate: the new one is its sub-affiliate. */
  parentAffiliateId?: string | null | undefined;
};

/** A new tracking link. */
export type CreateAffiliateLinkInput = {
  /** The Affiliate ID (not closed). */
  affiliateId: string;
  /** A campaign label, 1 to 120 characters. */
  campaign?: string | null | undefined;
  /** 2-40 letters, digits, dashes or underscores; unique among the tenant's links ignoring case. */
  code: string;
  /** Where clicks land: a path ("/welcome") or an http(s) URL on one of the tenant's domains. */
  landingUrl: string;
};

/** A new commission plan (version 1). */
export type CreateAffiliatePlanInput = {
  /** 1 to 120 characters, unique in the tenant ignoring case. */
  name: string;
  /** Its terms. */
  terms: AffiliatePlanTermsInput;
};

/** A new partner API key. */
export type CreateApiKeyInput = {
  /** A label for the key, 1 to 120 characters. */
  name: string;
  /** What the key may do: at least one permission, none beyond what the caller may grant. */
  permissions: Array<Permission>;
};

/** Why the chain head is signed now. */
export type CreateAuditCheckpointInput = {
  /** Why staff sign now (such as "before the regulator's export"), 1-500 characters: recorded in the audit.checkpoint event. */
  reason?: string | null | undefined;
};

/** A new bonus template. */
export type CreateBonusTemplateInput = {
  /** 1 to 120 characters; unique among active templates. */
  name: string;
  /** Its terms. */
  terms: BonusTermsInput;
};

/** A deposit to start. */
export type CreateDepositInput = {
  /** The amount, in minor units, within the provider's bounds. */
  amount: string;
  /** A currency of the tenant the provider takes. */
  currency: string;
  /** One of `depositOptions`. */
  provider: PaymentAdapter;
  /** Where the provider sends the player back after a redirect (Adyen, 3-D Secure). */
  returnUrl?: string | null | undefined;
};

/** A new experiment (DRAFT). */
export type CreateExperimentInput = {
  /** Bandit: the least weight per arm, 0-0.2 (default 0.01). */
  armFloor?: number | null | undefined;
  /** 2 to 10 arms, exactly one of them the control. */
  arms: Array<ExperimentArmInput>;
  /** The currency revenue is counted in: required for REVENUE; optional otherwise (revenue is then measured too). */
  currency?: string | null | undefined;
  /** What it tests (at most 2000 characters). */
  description?: string | null | undefined;
  /** What it optimises. */
  goal: ExperimentGoal;
  /** A fixed split or a bandit. */
  kind: ExperimentKind;
  /** Bandit: measured exposures every arm needs before re-weighting (default 100). */
  minExposuresPerArm?: number | null | undefined;
  /** Its name for staff (1-120 characters). */
  name: string;
  /** Hours after exposure its outcome is measured, 1-2160 (default 168, a week). */
  outcomeWindowHours?: number | null | undefined;
  /** The placement it runs on. */
  placement: string;
  /** Bandit: re-weighting cadence in minutes, 1-15 (default 15). */
  reweightMinutes?: number | null | undefined;
  /** Bandit: the P(best) that declares a winner, above 0.5 and below 1 (default 0.95). */
  winnerThreshold?: number | null | undefined;
};

/** A new offer. */
export type CreateOfferInput = {
  /** What players are told, up to 2000 characters. */
  description?: string | null | undefined;
  /** Who may see and claim it; absent: everyone. */
  eligibility?: OfferEligibilityInput | null | undefined;
  /** Shown until then; absent: no end. */
  endsAt?: string | null | undefined;
  /** Caps per player; absent: one claim, no impression cap. */
  frequency?: OfferFrequencyInput | null | undefined;
  /** 1 to 120 characters; unique among offers not archived. */
  name: string;
  /** 1 to 20 placement keys (^[a-z0-9][a-z0-9-]{0,47}$). */
  placements: Array<string>;
  /** Higher first in the fixed ranking; default 0. */
  priority?: number | null | undefined;
  /** The BonusTemplate ID of the reward (ACTIVE). */
  rewardTemplateId: string;
  /** Shown from then; absent: at once. */
  startsAt?: string | null | undefined;
};

/** A table of our engine to open. */
export type CreatePokerTableInput = {
  /** The ante each dealt player posts (default none). */
  ante?: string | null | undefined;
  /** Pause between hands, 0 to 60000 ms (default 0). */
  betweenHandsMs?: number | null | undefined;
  /** The big blind, positive. */
  bigBlind: string;
  /** One of the tenant's currencies. */
  currency: string;
  /** The largest buy-in, at least minBuyIn. */
  maxBuyIn: string;
  /** 2 to 10. */
  maxSeats: number;
  /** The smallest buy-in, at least the big blind. */
  minBuyIn: string;
  /** The name shown in the lobby, 1 to 100 characters. */
  name: string;
  /** No rake when the hand ends before the flop (default true). */
  noFlopNoDrop?: boolean | null | undefined;
  /** Rake per pot in basis points (default 0: no rake). */
  rakeBasisPoints?: number | null | undefined;
  /** The most rake of one hand; none when absent. */
  rakeCap?: string | null | undefined;
  /** The small blind, at most the big blind ("0" for none). */
  smallBlind: string;
  /** Time to act, 1 to 600 seconds; on timeout the player checks if free, else folds, and is sat out. */
  turnSeconds: number;
  /** The game played. */
  variant: PokerVariant;
};

/** A new staff user of the tenant. */
export type CreateStaffUserInput = {
  /** The email to sign in with; unique in the tenant, ignoring case. */
  email: string;
  /** The staff user's name, 1 to 120 characters. */
  name: string;
  /** At least 10 characters. */
  password: string;
  /** At least one role; none beyond what the caller holds. */
  roles: Array<TenantRole>;
};

/** A new tenant. It starts ACTIVE; its first staff user is created with `createStaffUser` under its X-Tenant. */
export type CreateTenantInput = {
  /** The currencies the tenant's wallets may hold: 1 to 50. */
  currencies: Array<string>;
  /** One of `currencies`. */
  defaultCurrency: string;
  /** One of `locales`. */
  defaultLocale: string;
  /** Host names of the tenant's frontends (at most 20), each owned by no other tenant. Default: none. */
  domains?: Array<string> | null | undefined;
  /** The languages offered to players: at least one of the supported locales ("en", "tr"). */
  locales: Array<string>;
  /** The brand name shown to players, 1-120 characters. */
  name: string;
  /** URL-safe identifier, 3-40 of [a-z0-9-], not starting or ending with "-"; unique on the platform and never changed. */
  slug: string;
  /** The IANA time zone the tenant's days are counted in (KPIs). Default: "UTC". */
  timeZone?: string | null | undefined;
};

/** A new tier. */
export type CreateVipTierInput = {
  /** A designated high-value tier (entry needs approved checks); default false. */
  highValue?: boolean | null | undefined;
  /** 1-40 lowercase letters, digits or dashes; unique, for good. */
  key: string;
  /** The BonusTemplate ID of the monthly reward; absent: none. */
  monthlyRewardTemplateId?: string | null | undefined;
  /** 1 to 80 characters. */
  name: string;
  /** A personal manager may be assigned; default false. */
  personalManager?: boolean | null | undefined;
  /** The point-rate multiplier in basis points, 0 to 1000000; default 10000 (1x). */
  pointRate?: number | null | undefined;
  /** 0 (the entry tier) to 100; unique among tiers not archived. */
  rank: number;
  /** Points in the window that reach it, a decimal string ("1000" or "1000.00"). */
  threshold: string;
  /** Withdrawal priority; default false. */
  withdrawalPriority?: boolean | null | undefined;
};

/** A staff decision on a pending verification. */
export type DecideVerificationInput = {
  /** Why, 1-500 characters. */
  note: string;
  /** True: PASSED; false: FAILED (the account is blocked and a KYC case opened). */
  pass: boolean;
  /** The KycVerification ID. */
  verificationId: string;
};

/** A catalogue item to add, or the new defaults of an existing one. */
export type DefineMenuCatalogueItemInput = {
  /** Whether tenants have it on by default. */
  defaultEnabled: boolean;
  /** One per locale (en and tr). */
  defaultLabels: Array<LocalizedLabelInput>;
  /** Its default place, 0 to 100000. */
  defaultPosition: number;
  /** 2 to 63 of a-z, 0-9, _ . -, starting with a letter. */
  key: string;
  /** Menu entry or feature flag. */
  kind: MenuItemKind;
};

/** Why a deposit the provider confirmed was not credited (status REFUSED). */
export type DepositRefusalReason =
  /** The player's cash account is frozen. */
  | 'ACCOUNT_FROZEN'
  /** The deposit would have gone over the player's deposit limit. */
  | 'DEPOSIT_LIMIT_REACHED'
  /** The player excluded themselves since the deposit began. */
  | 'SELF_EXCLUDED'
  /** The player took a time-out since the deposit began. */
  | 'TIME_OUT';

/** A cumulative deposit threshold in one currency. */
export type DepositThresholdInput = {
  /** The threshold, in minor units. */
  amount: string;
  /** One of the tenant's currencies, at most once. */
  currency: string;
};

/** The staff user to disable. */
export type DisableStaffUserInput = {
  /** The staff user (a StaffUser global ID); not the caller. */
  staffUserId: string;
};

/** Which disputes to list; every field given must match. */
export type DisputeFilter = {
  /** Only the disputes of this deposit (a Payment ID). */
  paymentId?: string | null | undefined;
  /** Only this player's disputes (a Player ID). */
  playerId?: string | null | undefined;
  /** Only disputes in this status. */
  status?: DisputeStatus | null | undefined;
};

/** Where a chargeback or dispute stands, as the provider reports it. */
export type DisputeStatus =
  /** Decided for the cardholder; the clawback stands. */
  | 'LOST'
  /** The provider waits for evidence until `dueBy`. */
  | 'NEEDS_RESPONSE'
  /** Opened by the cardholder's bank; the amount was clawed back from the player. */
  | 'OPENED'
  /** Decided for the operator; what was clawed back was returned to the player. */
  | 'WON';

/** The code of every expected failure (the `code` of an `Error`). */
export type ErrorCode =
  /** The credentials are right but the account may not sign in: a blocked player or a disabled staff user. Only staff can lift it. */
  | 'ACCOUNT_DISABLED'
  /** An account the movement touches is frozen (freezeLedgerAccount); nothing moved. Staff with wallet:manage can unfreeze it. */
  | 'ACCOUNT_FROZEN'
  /** The account named by `accountId` does not exist in this tenant, or the PLAYER owner named does not exist; nothing moved. */
  | 'ACCOUNT_NOT_FOUND'
  /** No wallet adjustment with this id exists in the tenant. */
  | 'ADJUSTMENT_NOT_FOUND'
  /** The adjustment was already applied or rejected: only a PENDING adjustment can be decided. */
  | 'ADJUSTMENT_NOT_PENDING'
  /** The affiliate is closed: it can no longer change nor get links; nothing was written. */
  | 'AFFILIATE_CLOSED'
  /** Another affiliate of the tenant has this code (ignoring case); nothing was written. */
  | 'AFFILIATE_CODE_TAKEN'
  /** Another affiliate of the tenant has this email (ignoring case); nothing was written. */
  | 'AFFILIATE_EMAIL_TAKEN'
  /** The affiliate has sub-affiliates, so it cannot become one (two levels only); nothing was written. */
  | 'AFFILIATE_HAS_SUBS'
  /** Another tracking link of the tenant has this code (ignoring case); nothing was written. */
  | 'AFFILIATE_LINK_CODE_TAKEN'
  /** An affiliate cannot be its own parent; nothing was written. */
  | 'AFFILIATE_PARENT_IS_SELF'
  /** The parent named is itself a sub-affiliate (two levels only); nothing was written. */
  | 'AFFILIATE_PARENT_IS_SUB'
  /** The parent named is not an affiliate of the tenant; nothing was written. */
  | 'AFFILIATE_PARENT_UNKNOWN'
  /** The plan is archived: it can no longer change nor be assigned; nothing was written. */
  | 'AFFILIATE_PLAN_ARCHIVED'
  /** Another plan of the tenant has this name (ignoring case); nothing was written. */
  | 'AFFILIATE_PLAN_NAME_TAKEN'
  /** The statement's line in this currency was paid out already; nothing was posted. */
  | 'AFFILIATE_STATEMENT_ALREADY_PAID'
  /** The statement has no line with something payable in this currency; nothing was posted. */
  | 'AFFILIATE_STATEMENT_NOTHING_PAYABLE'
  /** Maker-checker: whoever submitted a statement may not approve or reject it; nothing changed. */
  | 'AFFILIATE_STATEMENT_SAME_STAFF'
  /** The statement is not in the status this step needs (another staff member may have acted first); nothing changed. */
  | 'AFFILIATE_STATEMENT_STATUS'
  /** The transaction was already reversed, or is itself a reversal: a transaction is reversed at most once. Its `reversedBy` names the reversal. */
  | 'ALREADY_REVERSED'
  /** The tenant's audit trail holds no event yet, so there is no chain head to sign. Try again once something has been audited. */
  | 'AUDIT_CHAIN_EMPTY'
  /** The posting or hold would take an account past the largest amount the ledger holds (2^63 − 1 minor units); nothing was written. */
  | 'BALANCE_OVERFLOW'
  /** The grant would pass a promotion budget's limit; nothing was granted, reserved or posted. */
  | 'BONUS_BUDGET_EXCEEDED'
  /** The grant is not active (it ended already, or is held for review): it cannot be forfeited again. Nothing moved. */
  | 'BONUS_NOT_ACTIVE'
  /** The player cannot receive this bonus (`reason` says why); nothing was granted, reserved or posted. */
  | 'BONUS_NOT_ELIGIBLE'
  /** The grant is not held for review (it was decided already, or never held); nothing changed. */
  | 'BONUS_NOT_PENDING_REVIEW'
  /** The template is archived: it is kept as it was, and can be neither granted nor changed. Create a new template instead. */
  | 'BONUS_TEMPLATE_ARCHIVED'
  /** Another ACTIVE template of the tenant has this name (case-insensitive); nothing was written. Choose another name, or archive the other template. */
  | 'BONUS_TEMPLATE_NAME_TAKEN'
  /** The grant (a key's permissions, a staff user's roles) exceeds what the caller holds; nothing was written. */
  | 'CANNOT_GRANT'
  /** The amount to capture is more than the hold reserved; nothing moved. Capture at most the hold's amount. */
  | 'CAPTURE_EXCEEDS_HOLD'
  /** The two accounts of a transfer (or a hold and the account it is captured into) hold different currencies; nothing moved. Name accounts of one currency. */
  | 'CURRENCY_MISMATCH'
  /** changePassword: `currentPassword` is not the account's password; nothing changed. Ask the user to type it again, or use a password reset. */
  | 'CURRENT_PASSWORD_INCORRECT'
  /** The deposit would take the player past one of their deposit limits in its currency; nothing was charged. A smaller amount may pass (see ResponsibleGambling.allowances). */
  | 'DEPOSIT_LIMIT_REACHED'
  /** The dispute is closed (WON or LOST): it takes no more evidence. */
  | 'DISPUTE_CLOSED'
  /** No dispute of the tenant has this id; nothing was changed. */
  | 'DISPUTE_NOT_FOUND'
  /** Another account of this tenant already uses the email (emails are unique per tenant, ignoring case). Sign in instead, or use another email. */
  | 'EMAIL_TAKEN'
  /** The experiment is running already; nothing changed. */
  | 'EXPERIMENT_ALREADY_RUNNING'
  /** An arm's offer was archived, or no longer lists the placement, since the experiment was defined; nothing changed. */
  | 'EXPERIMENT_ARM_OFFER_UNAVAILABLE'
  /** Only a DRAFT experiment can be changed (a started one has exposures that depend on its definition); nothing changed. Create another experiment instead. */
  | 'EXPERIMENT_NOT_DRAFT'
  /** The experiment is not running, so it cannot be stopped; nothing changed. */
  | 'EXPERIMENT_NOT_RUNNING'
  /** Only a RUNNING experiment of kind BANDIT is re-weighted; an A/B test keeps its split, a draft or stopped experiment assigns nobody. Nothing changed. */
  | 'EXPERIMENT_NOT_RUNNING_BANDIT'
  /** Another experiment runs on the placement (at most one runs per placement); nothing changed. Stop it first. */
  | 'EXPERIMENT_PLACEMENT_BUSY'
  /** The catalogue already has this provider's game with this `externalRef`; nothing was added. Change that game with `updateGame` instead. */
  | 'GAME_ALREADY_EXISTS'
  /** The game cannot be played in the currency asked for (or the tenant's default): launch it in one of `Game.currencies`. */
  | 'GAME_CURRENCY_NOT_SUPPORTED'
  /** The game is in the catalogue but disabled by staff: it cannot be launched until it is enabled again. */
  | 'GAME_DISABLED'
  /** No game of the tenant's catalogue has this id; nothing was changed. Reload the catalogue (`games`). */
  | 'GAME_NOT_FOUND'
  /** No hold with this id exists in the tenant. */
  | 'HOLD_NOT_FOUND'
  /** The hold was already captured, released or expired: a hold closes once. Read the hold to see how it closed. */
  | 'HOLD_NOT_OPEN'
  /** The idempotency key was already used for a request with other content (or another operation); nothing was written. Use a fresh key for a new request. */
  | 'IDEMPOTENCY_CONFLICT'
  /** A debit or hold would take an account below its floor (for players: more than cash + bonus − held); nothing moved. Fund the account or ask for less. */
  | 'INSUFFICIENT_FUNDS'
  /** The email or the password is wrong (the answer does not say which). Ask again; repeated failures are rate-limited. */
  | 'INVALID_CREDENTIALS'
  /** An id argument is not a global ID of the type it takes (a raw UUID, or another type's ID). */
  | 'INVALID_ID'
  /** The refresh token is malformed, expired, already used, or its session was ended (logout, block, disable). Sign in again. */
  | 'INVALID_REFRESH_TOKEN'
  /** resetPassword: the token is unknown, already used, superseded by a newer reset email, or past its 30 minutes; nothing changed. Ask for a new reset email. */
  | 'INVALID_RESET_TOKEN'
  /** Only a failed job can be retried: this one waits, runs or has completed. Nothing was changed. */
  | 'JOB_NOT_FAILED'
  /** The player already has the level asked for, or a higher one; nothing was started. */
  | 'KYC_LEVEL_ALREADY_REACHED'
  /** The provider's API failed or could not be reached; nothing was recorded: try again. */
  | 'KYC_PROVIDER_FAILED'
  /** The tenant has no enabled KYC provider: no verification can start; nothing was recorded. */
  | 'KYC_PROVIDER_NOT_CONFIGURED'
  /** The provider cannot be used here (the sandbox in production); nothing changed. */
  | 'KYC_PROVIDER_UNSUPPORTED'
  /** The verification was decided already; nothing changed. */
  | 'KYC_VERIFICATION_NOT_PENDING'
  /** The language asked for is not one the tenant offers; nothing was written. Choose one of `offered`. */
  | 'LOCALE_NOT_OFFERED'
  /** The bet would take the player past one of their loss limits in its currency; it was refused. A smaller stake may pass (see ResponsibleGambling.allowances). */
  | 'LOSS_LIMIT_REACHED'
  /** The object named does not exist, or is not visible to the caller. */
  | 'NOT_FOUND'
  /** The offer is archived: final, it can be neither changed nor claimed. Nothing was written. */
  | 'OFFER_ARCHIVED'
  /** The player has claimed the offer as often as it allows (`limit`); nothing was granted. */
  | 'OFFER_CLAIM_LIMIT_REACHED'
  /** Another offer of the tenant that is not archived has this name (case-insensitive); nothing was written. */
  | 'OFFER_NAME_TAKEN'
  /** The offer cannot be claimed now (`reason` says why); nothing was granted or recorded. */
  | 'OFFER_NOT_AVAILABLE'
  /** offersFor did not show this offer to the player in the last 24 hours: only offers shown can be claimed. Nothing was granted. */
  | 'OFFER_NOT_SHOWN'
  /** The amount is below the provider's minimum or above its maximum (`depositOptions` gives both); nothing was started. */
  | 'PAYMENT_AMOUNT_OUT_OF_BOUNDS'
  /** The provider does not take this currency for the tenant. `depositOptions` lists the currencies of each provider. */
  | 'PAYMENT_CURRENCY_UNSUPPORTED'
  /** No payment of the tenant has this id; nothing was written. Take the id from `payments` or `payment(id:)`. */
  | 'PAYMENT_NOT_FOUND'
  /** The provider could not be reached or refused to start the payment; nothing was recorded. Try again later, or with another provider. */
  | 'PAYMENT_PROVIDER_FAILED'
  /** The provider named is not configured and enabled for the tenant (or its adapter is not available here). Pick one from `depositOptions`. */
  | 'PAYMENT_PROVIDER_UNSUPPORTED'
  /** The player cannot sit: the table is closed, the seat asked for is taken, the table is full, the player already sits there, or an account linked to theirs does (`reason`). Nothing was moved. */
  | 'POKER_ALREADY_SEATED'
  /** The buy-in is outside the table's range; nothing was moved. Sit again with an amount between `min` and `max`. */
  | 'POKER_BUY_IN_OUT_OF_RANGE'
  /** No hand is running, or the hand named in `handId` is over: the action is dropped. Read the snapshot for the current hand. */
  | 'POKER_HAND_FINISHED'
  /** The action is not one of the player's legal actions now (checking facing a bet, betting when a bet is open); see `legalActions` of the snapshot. */
  | 'POKER_ILLEGAL_ACTION'
  /** The amount of a BET or RAISE is missing, malformed, or outside the legal range ("to", the street total); act again within `min`..`max`. */
  | 'POKER_ILLEGAL_AMOUNT'
  /** The player cannot sit: the table is closed, the seat asked for is taken, the table is full, the player already sits there, or an account linked to theirs does (`reason`). Nothing was moved. */
  | 'POKER_LINKED_ACCOUNT_SEATED'
  /** The player sits at the table but was not dealt into the running hand (they sat down during it); wait for the next hand. */
  | 'POKER_NOT_IN_HAND'
  /** The player does not sit at this table, so they cannot act, sit out or leave there. */
  | 'POKER_NOT_SEATED'
  /** Another seat is to act; the action is dropped. Wait for TO_ACT naming the player's seat. */
  | 'POKER_NOT_YOUR_TURN'
  /** The external provider running this table failed to answer; nothing was done here. Try again later. */
  | 'POKER_PROVIDER_UNAVAILABLE'
  /** The player cannot sit: the table is closed, the seat asked for is taken, the table is full, the player already sits there, or an account linked to theirs does (`reason`). Nothing was moved. */
  | 'POKER_SEAT_TAKEN'
  /** The player cannot sit: the table is closed, the seat asked for is taken, the table is full, the player already sits there, or an account linked to theirs does (`reason`). Nothing was moved. */
  | 'POKER_TABLE_CLOSED'
  /** The player cannot sit: the table is closed, the seat asked for is taken, the table is full, the player already sits there, or an account linked to theirs does (`reason`). Nothing was moved. */
  | 'POKER_TABLE_FULL'
  /** No table of the tenant has this id (or its provider is not registered). Reload the lobby (`pokerTables`). */
  | 'POKER_TABLE_NOT_FOUND'
  /** The refund is more than what is left to refund of the deposit (confirmed, minus refunded and pending refunds); nothing was held. */
  | 'REFUND_EXCEEDS_PAYMENT'
  /** A time-out or self-exclusion already in force ends later than the one asked for: it can be extended, never shortened. Nothing changed; `until` in the message says when the current one ends. */
  | 'RG_CANNOT_SHORTEN'
  /** The action was decided already; nothing changed. */
  | 'RISK_ACTION_NOT_PENDING'
  /** Maker-checker: the staff member who asked for a severe action may not decide it; nothing changed. */
  | 'RISK_ACTION_SAME_STAFF'
  /** The case is closed: nothing more can be done on it; nothing changed. */
  | 'RISK_CASE_CLOSED'
  /** The case has actions waiting for a checker: decide them first; nothing changed. */
  | 'RISK_CASE_HAS_PENDING_ACTIONS'
  /** The player named is not a subject of the case; nothing changed. */
  | 'RISK_CASE_PLAYER_NOT_IN_CASE'
  /** The approver is the one who requested the adjustment: another member of staff with wallet:manage must approve it. */
  | 'SELF_APPROVAL'
  /** The player is self-excluded: play, bets and deposits are refused until the exclusion ends (withdrawals stay possible). Nothing to retry; show the player when it ends. */
  | 'SELF_EXCLUDED'
  /** The player's session time limit is reached: play is refused until the session ends (30 minutes without play). */
  | 'SESSION_LIMIT_REACHED'
  /** One of the domains already belongs to another tenant (a domain names exactly one tenant); nothing was written. Remove it from the other tenant first, or leave it out. */
  | 'TENANT_DOMAIN_TAKEN'
  /** The tenant named by X-Tenant or the domain does not exist. */
  | 'TENANT_NOT_FOUND'
  /** The operation needs a tenant: send X-Tenant or use a tenant domain. */
  | 'TENANT_REQUIRED'
  /** Another tenant already has this slug (slugs are unique across the platform); nothing was written. Choose another slug. */
  | 'TENANT_SLUG_TAKEN'
  /** The tenant is suspended: its players and partners are refused until it is reactivated. */
  | 'TENANT_SUSPENDED'
  /** The player is taking a time-out: play, bets and deposits are refused until it ends. Nothing to retry until then. */
  | 'TIME_OUT'
  /** No ledger transaction with this id exists in the tenant. */
  | 'TRANSACTION_NOT_FOUND'
  /** The dialect named is not one this platform speaks. The API takes the dialect as an enum, so only internal callers can meet it. */
  | 'UNKNOWN_DIALECT'
  /** The platform catalogue has no menu item or feature with this key; nothing was changed. See `tenantMenu` for the keys. */
  | 'UNKNOWN_MENU_ITEM'
  /** The currency is not one of the tenant's currencies, so no account of it can be opened; nothing moved. */
  | 'UNSUPPORTED_CURRENCY'
  /** The input broke a rule of its type (a range, a format, a required field); nothing was written. `issues` names each offending field. */
  | 'VALIDATION_FAILED'
  /** The tenant's KYC rules require a higher verification level first (startVerification); nothing was held, moved or written. */
  | 'VERIFICATION_REQUIRED'
  /** A negative adjustment would take the balance below zero and allowNegative was not set; nothing was written. */
  | 'VIP_ADJUSTMENT_BELOW_ZERO'
  /** The check was decided already; nothing changed. */
  | 'VIP_CHECK_NOT_PENDING'
  /** Maker-checker: the staff member who recorded a check may not decide it; nothing changed. */
  | 'VIP_CHECK_SAME_STAFF'
  /** High-value checks are recorded only for a tier designated high-value; nothing was written. */
  | 'VIP_CHECK_TIER_NOT_HIGH_VALUE'
  /** The points balance is less than the points asked for; nothing was written. */
  | 'VIP_INSUFFICIENT_POINTS'
  /** The player's tier does not have the personal-manager benefit (or the player has no tier); nothing was written. */
  | 'VIP_MANAGER_NOT_A_BENEFIT'
  /** The manager is not an active staff user of the tenant; nothing was written. */
  | 'VIP_MANAGER_NOT_STAFF'
  /** The tenant has no VIP programme, or it is disabled; nothing was written. */
  | 'VIP_PROGRAMME_OFF'
  /** The points offered are not the catalogue's price of the bonus; nothing was written. */
  | 'VIP_REDEMPTION_PRICE_MISMATCH'
  /** The points are worth less than one minor unit of the currency at the tenant's rate; nothing was written. */
  | 'VIP_REDEMPTION_TOO_SMALL'
  /** The redemption is not on offer (`reason`); nothing was written. */
  | 'VIP_REDEMPTION_UNAVAILABLE'
  /** VIP rewards wait for this player (self-excluded, timed out, blocked, flagged for safer gambling, or under the minimum VIP age); their points stay. Nothing was written. */
  | 'VIP_REWARDS_SUPPRESSED'
  /** The monthly reward names a bonus template the tenant does not have; nothing was written. */
  | 'VIP_REWARD_TEMPLATE_UNKNOWN'
  /** The tier is archived: it can no longer change. */
  | 'VIP_TIER_ARCHIVED'
  /** Another tier of the tenant (archived ones included) has this key; nothing was written. */
  | 'VIP_TIER_KEY_TAKEN'
  /** Another tier of the tenant that is not archived has this rank; nothing was written. */
  | 'VIP_TIER_RANK_TAKEN'
  /** The wagering requirement per unit of bonus passes the tenant's cap (`bonusSettings`: the strictest of its jurisdiction's rule, UKGC 10×, and its own multiplier); nothing was written. Lower `wagering.multiplier`, or use base BONUS. */
  | 'WAGERING_CAP_EXCEEDED'
  /** The caller already approved this withdrawal; a second approval must come from someone else. */
  | 'WITHDRAWAL_ALREADY_APPROVED'
  /** Who requested or approved a MANUAL part cannot record it as paid (maker-checker): another FINANCE member must. */
  | 'WITHDRAWAL_COMPLETER_APPROVED'
  /** The amount is more than the player's withdrawable cash (bonus money and held amounts excluded); nothing was held. Ask for less. */
  | 'WITHDRAWAL_EXCEEDS_AVAILABLE'
  /** The player has active bonuses in the currency that a withdrawal forfeits; nothing was held or forfeited. Show `forfeits` and `total` and ask again with `forfeitActiveBonuses: true` to confirm (the cash, their deposits, stays withdrawable). */
  | 'WITHDRAWAL_NEEDS_CONFIRMATION'
  /** No withdrawal of the tenant (for a player: of their own) has this id; nothing was changed. */
  | 'WITHDRAWAL_NOT_FOUND'
  /** The withdrawal is not a MANUAL part waiting (PARKED) for FINANCE to pay it by hand; nothing was changed. */
  | 'WITHDRAWAL_NOT_PARKED'
  /** The withdrawal was already decided (approved, paid, rejected or cancelled); only a PENDING one can be. Reload it to see its status. */
  | 'WITHDRAWAL_NOT_PENDING'
  /** The amount cannot all go back to the payment methods that funded the player (closed loop); nothing was held. `routable` is the most that can. */
  | 'WITHDRAWAL_NO_ROUTE'
  /** The provider named never funded the player in this currency: money goes back only where it came from (closed loop); nothing was held. Leave `provider` out to use the funding one. */
  | 'WITHDRAWAL_PROVIDER_NOT_FUNDING'
  /** Who requested a withdrawal or refund cannot approve it (maker-checker): another staff member must. */
  | 'WITHDRAWAL_SELF_APPROVAL';

/** One arm of an experiment. */
export type ExperimentArmInput = {
  /** Whether it is the control (exactly one arm is). */
  isControl?: boolean | null | undefined;
  /** Its key: 1-32 lowercase letters, digits, dashes or underscores; unique in the experiment. */
  key: string;
  /** Its name for staff (1-120 characters). */
  name: string;
  /** The Offer ID it shows (an unarchived offer listing the placement); absent: no offer (control or holdout). */
  offerId?: string | null | undefined;
  /** Its share of traffic: required on every arm of an A/B test (summing to 1); a bandit starts equal unless every arm has one (each at least armFloor). */
  weight?: number | null | undefined;
};

/** Whether an arm still takes new players. */
export type ExperimentArmStatus =
  /** It takes new players. */
  | 'ACTIVE'
  /** Stopped (a guardrail): its players are shown the control's treatment. */
  | 'STOPPED';

/** An arm's share in a proposed policy. */
export type ExperimentArmWeightInput = {
  /** The arm's key. */
  armKey: string;
  /** Its share, 0 to 1; the shares sum to 1. */
  weight: number;
};

/** What an experiment optimises, per exposed player, over the outcome window. */
export type ExperimentGoal =
  /** The claim rate: the share of exposed players who claimed the arm's offer. */
  | 'CLAIM'
  /** The conversion rate: the share whose claimed bonus completed its wagering. */
  | 'CONVERSION'
  /** Net revenue per player in the experiment's currency: real-money stakes − wins, minus bonus cost (cash converted from bonuses). */
  | 'REVENUE';

/** How an experiment splits traffic. */
export type ExperimentKind =
  /** A fixed split (A/B/n): the arms' weights, for the whole phase. */
  | 'AB'
  /** A bandit: Thompson sampling re-weights the arms every `reweightMinutes`. */
  | 'BANDIT';

/** How the goal metric is modelled. */
export type ExperimentMetricKind =
  /** A rate (claim, conversion): Wilson intervals, two-proportion z tests, Beta-Bernoulli P(best). */
  | 'BINARY'
  /** A mean (revenue per player): t intervals, Welch tests, normal P(best). */
  | 'GAUSSIAN';

/** Why a period of traffic weights began. */
export type ExperimentPeriodReason =
  /** A guardrail stopped an arm. */
  | 'GUARDRAIL'
  /** The bandit re-weighted the arms. */
  | 'REWEIGHT'
  /** The experiment started (period 0 of a phase). */
  | 'START'
  /** A winner was declared. */
  | 'WINNER';

/** Where an experiment stands. */
export type ExperimentStatus =
  /** Being defined: it may change, and assigns nobody. */
  | 'DRAFT'
  /** Assigning players on its placement (at most one per placement). */
  | 'RUNNING'
  /** Stopped: it assigns nobody; starting it again opens a new phase. */
  | 'STOPPED';

/** A player to flag for responsible-gambling concerns. */
export type FlagPlayerForResponsibleGamblingInput = {
  /** The global ID of the Player. */
  playerId: string;
  /** Why, 1 to 500 characters; staff only, never shown to the player. */
  reason: string;
};

/** One of the signed-in player's active bonuses to give up. */
export type ForfeitBonusInput = {
  /** The BonusGrant ID. */
  grantId: string;
};

/** A player's active bonus staff forfeit. */
export type ForfeitPlayerBonusInput = {
  /** The BonusGrant ID. */
  grantId: string;
  /** Why (3-500 characters), for the record. */
  reason: string;
};

/** Where the wins of free bets are credited. */
export type FreeBetWinsTo =
  /** To the grant's bonus balance, with the template's wagering. */
  | 'BONUS'
  /** To cash, withdrawable (no wagering). */
  | 'CASH';

/** An account to freeze. */
export type FreezeLedgerAccountInput = {
  /** The global ID of the LedgerAccount. */
  accountId: string;
  /** Why (3-500 characters); audited. */
  reason: string;
};

/** The lobby section a game belongs to. */
export type GameCategory =
  /** Instant-win and crash games, scratch cards. */
  | 'INSTANT'
  /** Live dealer games, streamed from a studio. */
  | 'LIVE'
  /** Anything else. */
  | 'OTHER'
  /** Slot machines. */
  | 'SLOTS'
  /** RNG table games: roulette, blackjack, baccarat, ... */
  | 'TABLE';

/** How the aggregator signs callbacks. */
export type GameProviderAuth =
  /** HMAC-SHA256 with a shared secret (`hmacSecret`). */
  | 'HMAC_SHA256'
  /** RSA-SHA256 with the aggregator's key pair (`publicKey` verifies). */
  | 'RSA_SHA256';

/** The aggregator's operator API, for awarding free-bet rewards (Hub88's Freebets API). */
export type GameProviderOperatorApiInput = {
  /** Our operator id at the aggregator (Hub88: operator_id). */
  operatorRef: string;
  /** Our RSA private key, PEM, that signs the requests (the aggregator holds the public half). Write-only, sealed at rest. */
  privateKey: string;
  /** Its base URL, http(s). */
  url: string;
};

/** A bonus staff grant to a player. */
export type GrantBonusInput = {
  /** The currency to grant it in. */
  currency: string;
  /** DEPOSIT_MATCH: the LedgerTransaction ID of the player's deposit to match. */
  depositTransactionId?: string | null | undefined;
  /** Unique among staff grants of the tenant (8-128 printable characters): a replay answers the same grant. */
  idempotencyKey: string;
  /** The Player ID. */
  playerId: string;
  /** The BonusTemplate ID. */
  templateId: string;
};

/** Where a hold stands. */
export type HoldStatus =
  /** Captured (in part or whole) into another account; any rest was released. */
  | 'CAPTURED'
  /** Released by the ledger when its expiry passed. */
  | 'EXPIRED'
  /** Reserved: its amount counts in the account's `held` until it is captured, released or expires. */
  | 'OPEN'
  /** Released: the amount is available again, nothing moved. */
  | 'RELEASED';

/** Whom to invite to the affiliate portal. */
export type InviteAffiliateInput = {
  /** The affiliate (not CLOSED). */
  affiliateId: string;
};

/** The day-0 event that puts a player in a cohort. */
export type KpiCohortKind =
  /** The player's first deposit was credited. */
  | 'FIRST_DEPOSIT'
  /** The player registered. */
  | 'REGISTRATION';

/** How KPI periods are cut. */
export type KpiGranularity =
  /** One period per day of the tenant's time zone. */
  | 'DAY'
  /** One period per calendar month of the tenant's time zone (whole months: the range is widened to them). */
  | 'MONTH';

/** A product of the platform. */
export type KpiProduct =
  /** Casino games through the seamless wallet (bets and wins). */
  | 'CASINO'
  /** Poker tables (rake). */
  | 'POKER';

/** How Day-N retention is measured (docs/kpis.md "Retention"). */
export type KpiRetentionWindow =
  /** Active on the N-th calendar day (tenant's time zone) after the day of the day-0 event. */
  | 'CALENDAR_DAY'
  /** Active in hours [24N, 24N + 24) after the day-0 event. */
  | 'ROLLING_24H';

/** A KYC provider the platform has an adapter for. */
export type KycAdapter =
  /** Onfido (API v3.6): document, facial similarity, watchlist and proof-of-address reports. */
  | 'ONFIDO'
  /** The offline sandbox for development and demos; decides by the applicant's last name (docs/sandbox.md). Refused in production. */
  | 'SANDBOX';

/** Where a verification stands. */
export type KycVerificationStatus =
  /** Under age or failed: the account was blocked and a KYC risk case opened. */
  | 'FAILED'
  /** Every report the level needs is clear: the player has the level (ENHANCED for a year). */
  | 'PASSED'
  /** Waiting for the player's documents or the provider's result. */
  | 'PENDING'
  /** The document could not be read: the player may start again. */
  | 'RETRY';

/** The game to open and the currency to play in. */
export type LaunchGameInput = {
  /** The currency to play in; the tenant's default when absent. */
  currency?: string | null | undefined;
  /** The global ID of the game (Game). */
  gameId: string;
};

/** The table to leave. */
export type LeavePokerTableInput = {
  /** The global ID of the table (PokerTable). */
  tableId: string;
};

/** Narrows a listing of ledger accounts. */
export type LedgerAccountFilter = {
  /** Only accounts in this currency. */
  currency?: string | null | undefined;
  /** Only the accounts of this Player (a Player's global ID). */
  ownerId?: string | null | undefined;
  /** Only the accounts of this PROVIDER, ESCROW or AFFILIATE owner reference. */
  ownerRef?: string | null | undefined;
  /** Only accounts of this owner type. */
  ownerType?: LedgerOwnerType | null | undefined;
};

/** The kind of money an account holds. */
export type LedgerAccountKind =
  /** Bonus money: spendable on games, not withdrawable. */
  | 'BONUS'
  /** Withdrawable money. */
  | 'CASH'
  /** VIP loyalty points (currency PTS, two decimals; docs/vip.md): moved only by the VIP module, never through the wallet's own mutations. */
  | 'POINTS';

/** Where a subscriber stands in one account's events: the last `seq` it has (a LedgerAccountEvent's, or the account's `seq` when it read the account). */
export type LedgerAccountPositionInput = {
  /** The account (its global ID). */
  accountId: string;
  /** The last sequence number the subscriber has; the events after it are replayed (0: all that are kept). */
  seq: number;
};

/** Names an account: by `accountId`, or by owner: `ownerType` with `ownerId` (PLAYER: a Player's global ID) or `ownerRef` (PROVIDER, ESCROW), `currency` (required unless the counterparty says it) and `kind` (default CASH). An owner's account opens on first use. */
export type LedgerAccountSelector = {
  /** The global ID of a LedgerAccount. */
  accountId?: string | null | undefined;
  /** The account's currency. */
  currency?: string | null | undefined;
  /** Cash (the default) or bonus; POINTS is refused here (VIP moves points). */
  kind?: LedgerAccountKind | null | undefined;
  /** For PLAYER: the global ID of the Player. */
  ownerId?: string | null | undefined;
  /** For PROVIDER and ESCROW: the owner's reference (a provider code, for example). These owners are not objects of the API. */
  ownerRef?: string | null | undefined;
  /** The owner's type, to name an account by owner. */
  ownerType?: LedgerOwnerType | null | undefined;
};

/** How low an account's balance may go. */
export type LedgerFloorPolicy =
  /** balance − held never below `floorLimit` (a negative credit line). */
  | 'LIMIT'
  /** balance − held never below zero (players, escrow). */
  | 'NON_NEGATIVE'
  /** No floor (house, providers, world). */
  | 'UNBOUNDED';

/** Who an account belongs to. */
export type LedgerOwnerType =
  /** An affiliate's payable account: approved commission the operator owes it, until paid out; never below zero. */
  | 'AFFILIATE'
  /** Money held for a shared game, such as a poker table's pots; never below zero. */
  | 'ESCROW'
  /** The operator's money: bets lost, wins paid, adjustments. Striped over several rows for throughput; its balance is their sum. */
  | 'HOUSE'
  /** A player's own money (cash and bonus); never below zero. */
  | 'PLAYER'
  /** A counterparty outside the ledger named by a reference: a payment provider, a receivable, the manual payouts account. */
  | 'PROVIDER'
  /** The outside world, the source of deposits made by partners and the sink of money leaving; unbounded. */
  | 'WORLD';

/** Narrows a listing of ledger transactions; the filters combine (and). */
export type LedgerTransactionFilter = {
  /** Only transactions with an entry on this LedgerAccount (its global ID). */
  account?: string | null | undefined;
  /** Only transactions with this code (BET, WIN, DEPOSIT, REVERSAL, ...). */
  code?: string | null | undefined;
  /** Only transactions posted at or after this instant. */
  from?: string | null | undefined;
  /** Only transactions with an entry on one of this Player's accounts (a Player's global ID). */
  player?: string | null | undefined;
  /** Only transactions with this reference (exact). */
  reference?: string | null | undefined;
  /** Only transactions posted before this instant. */
  to?: string | null | undefined;
};

/** One transfer: `amount` out of `from` and into `to`, two accounts of one currency. */
export type LedgerTransferInput = {
  /** Positive, in minor units of the accounts' currency. */
  amount: string;
  /** The account debited. */
  from: LedgerAccountSelector;
  /** The account credited. */
  to: LedgerAccountSelector;
};

/** A language the platform speaks. Each tenant offers some of them (`Tenant.locales`). */
export type Locale =
  /** English. */
  | 'EN'
  /** Turkish (Türkçe). */
  | 'TR';

/** A label in one language. */
export type LocalizedLabelInput = {
  /** The language: one of en, tr; each at most once. */
  locale: string;
  /** The label, 1 to 60 characters. */
  text: string;
};

/** A player's credentials. */
export type LoginInput = {
  /** The player's email, in any case. */
  email: string;
  /** The player's password. */
  password: string;
};

/** Which sessions to end. */
export type LogoutInput = {
  /** End every session of the caller (other devices too), not only this one. Default false. */
  allSessions?: boolean | null | undefined;
};

/** What a menu change did. */
export type MenuChangeAction =
  /** An entry was moved by reorderMenu. */
  | 'REORDER'
  /** An item went back to the catalogue default (resetMenuItem). */
  | 'RESET'
  /** An item was turned on or off, moved or relabelled (setMenuItem). */
  | 'SET';

/** Who made a menu change. */
export type MenuChangeActorKind =
  /** A partner integration, with an API key of the tenant. */
  | 'API_KEY'
  /** A member of the platform's staff. */
  | 'PLATFORM_STAFF'
  /** A player (not expected: players cannot change menus). */
  | 'PLAYER'
  /** A staff user of the tenant. */
  | 'STAFF';

/** What a catalogue item is. */
export type MenuItemKind =
  /** A feature flag: on or off, never shown as an entry. */
  | 'FEATURE'
  /** An entry of the frontend's menu: it has a label and a position. */
  | 'MENU';

/** What chose the offers of a decision. */
export type OfferDecisionPolicy =
  /** A bandit's arm; the probability is the arm's weight in the period that assigned it. */
  | 'BANDIT'
  /** An A/B/n experiment's arm (sticky by hashing); the probability is the arm's traffic weight. */
  | 'EXPERIMENT'
  /** The fixed ranking: eligible offers by priority (highest first), then creation; probability 1. */
  | 'FIXED'
  /** Nothing shown: the player is blocked, self-excluded, timed out or flagged for responsible gambling. */
  | 'SUPPRESSED';

/** Who may see and claim the offer, whole; absent lists and bounds are no condition. */
export type OfferEligibilityInput = {
  /** ISO 3166-1 alpha-2 countries. */
  countries?: Array<string> | null | undefined;
  /** Currencies of the tenant it is made in. */
  currencies?: Array<string> | null | undefined;
  /** A player with any of these tags is not eligible. */
  excludedTags?: Array<string> | null | undefined;
  /** At most this many whole days since the last deposit. */
  maxDaysSinceLastDeposit?: number | null | undefined;
  /** At most this many confirmed deposits. */
  maxDeposits?: number | null | undefined;
  /** At least this many whole days since the last deposit. */
  minDaysSinceLastDeposit?: number | null | undefined;
  /** At least this many confirmed deposits. */
  minDeposits?: number | null | undefined;
  /** The player must carry one of these tags. */
  tags?: Array<string> | null | undefined;
};

/** The caps per player, whole. */
export type OfferFrequencyInput = {
  /** The impression cap; absent: none. */
  impressions?: OfferImpressionCapInput | null | undefined;
  /** Claims per player in all, 1 to 10000; default 1. */
  maxClaims?: number | null | undefined;
};

/** An impression cap. */
export type OfferImpressionCapInput = {
  /** Showings allowed per window, 1 to 10000. */
  max: number;
  /** The window in hours, 1 to 8784. */
  windowHours: number;
};

/** Why an offer was not eligible for the player of a decision. */
export type OfferIneligibleReason =
  /** Claimed by the player as often as it allows. */
  | 'CLAIM_CAP'
  /** The player's country is not one the offer is for. */
  | 'COUNTRY'
  /** The offer is not made in the currency asked for (its eligibility lists others). */
  | 'CURRENCY'
  /** Fewer than minDaysSinceLastDeposit days since the last deposit (or never deposited). */
  | 'DEPOSITED_TOO_RECENTLY'
  /** The player carries a tag the offer excludes. */
  | 'EXCLUDED_TAG'
  /** Shown to the player as often as its impression cap allows in the window. */
  | 'IMPRESSION_CAP'
  /** More than maxDaysSinceLastDeposit days since the last deposit (or never deposited). */
  | 'NO_RECENT_DEPOSIT'
  /** The reward template has no terms in the currency asked for. */
  | 'REWARD_CURRENCY'
  /** The reward template is archived (or gone). */
  | 'REWARD_INACTIVE'
  /** The player is shown no offers (see the decision's suppressedReason). */
  | 'SUPPRESSED'
  /** The player carries none of the tags the offer is for. */
  | 'TAGS'
  /** The player has fewer confirmed deposits than minDeposits. */
  | 'TOO_FEW_DEPOSITS'
  /** The player has more confirmed deposits than maxDeposits. */
  | 'TOO_MANY_DEPOSITS';

/** Why an offer cannot be claimed now. */
export type OfferNotAvailableReason =
  /** The player's account is blocked. */
  | 'BLOCKED'
  /** The player's country is not one the offer is for. */
  | 'COUNTRY'
  /** The offer is not made in the currency asked for (its eligibility lists others). */
  | 'CURRENCY'
  /** Fewer than minDaysSinceLastDeposit days since the last deposit (or never deposited). */
  | 'DEPOSITED_TOO_RECENTLY'
  /** The offer's schedule has ended. */
  | 'ENDED'
  /** The player carries a tag the offer excludes. */
  | 'EXCLUDED_TAG'
  /** The offer's schedule has not started. */
  | 'NOT_STARTED'
  /** More than maxDaysSinceLastDeposit days since the last deposit (or never deposited). */
  | 'NO_RECENT_DEPOSIT'
  /** The offer is paused. */
  | 'PAUSED'
  /** The reward template has no terms in the currency asked for. */
  | 'REWARD_CURRENCY'
  /** The reward template is archived (or gone). */
  | 'REWARD_INACTIVE'
  /** Staff flagged the player for responsible-gambling concerns. */
  | 'RG_FLAGGED'
  /** The player is self-excluded. */
  | 'SELF_EXCLUDED'
  /** The player carries none of the tags the offer is for. */
  | 'TAGS'
  /** The player is taking a time-out. */
  | 'TIME_OUT'
  /** The player has fewer confirmed deposits than minDeposits. */
  | 'TOO_FEW_DEPOSITS'
  /** The player has more confirmed deposits than maxDeposits. */
  | 'TOO_MANY_DEPOSITS';

/** What an offer's reward is (its bonus template's kind). */
export type OfferRewardKind =
  /** A percentage of a period's net losses. */
  | 'CASHBACK'
  /** A percentage of a deposit, up to a cap: claim it with the deposit. */
  | 'DEPOSIT_MATCH'
  /** Free bets on given games. */
  | 'FREE_BETS'
  /** A fixed bonus, no deposit needed. */
  | 'NO_DEPOSIT';

/** Where an offer stands. */
export type OfferStatus =
  /** Shown on its placements (within its schedule) to eligible players, and claimable. */
  | 'ACTIVE'
  /** Retired for good: neither shown, claimed nor changed. */
  | 'ARCHIVED'
  /** Neither shown nor claimable until resumed. */
  | 'PAUSED';

/** Why a player is shown no offers at all. */
export type OfferSuppressionReason =
  /** The player's account is blocked. */
  | 'BLOCKED'
  /** Staff flagged the player for responsible-gambling concerns. */
  | 'RG_FLAGGED'
  /** The player is self-excluded. */
  | 'SELF_EXCLUDED'
  /** The player is taking a time-out. */
  | 'TIME_OUT';

/** A case staff open by hand. */
export type OpenRiskCaseInput = {
  /** The first evidence: what the staff member saw, 1-2000 characters. */
  note: string;
  /** The Player IDs it is about (1-50). */
  playerIds: Array<string>;
  /** How serious it is. */
  severity: RiskSeverity;
  /** What it is about, 1-500 characters. */
  title: string;
};

/** The direction of an ordering. */
export type OrderDirection =
  /** Smallest (oldest, first in the alphabet) first. */
  | 'ASC'
  /** Largest (newest, last in the alphabet) first. */
  | 'DESC';

/** The kinds of account that sign in with a password. */
export type PasswordAccountKind =
  /** An affiliate of a tenant (signs in with `affiliateSignIn`). Its password links come from staff (`inviteAffiliate`), not from requestPasswordReset, which refuses this kind. */
  | 'AFFILIATE'
  /** Staff of the platform itself (signs in with `staffLogin` naming no tenant). */
  | 'PLATFORM_STAFF'
  /** A player of a tenant (signs in with `login`). */
  | 'PLAYER'
  /** A staff user of a tenant (signs in with `staffLogin` naming the tenant). */
  | 'STAFF';

/** The payout of one currency line of an APPROVED statement. */
export type PayAffiliateStatementInput = {
  /** The line's currency. */
  currency: string;
  /** How the money was sent. */
  method: AffiliatePayoutMethod;
  /** The reference of the money sent (1 to 200 characters). */
  reference: string;
  /** The AffiliateStatement ID. */
  statementId: string;
};

/** The payment service provider behind a provider configuration: which adapter talks to it. Also the provider segment of its webhook URL, in lower case. */
export type PaymentAdapter =
  /** Adyen (Checkout sessions, refunds and payouts). */
  | 'ADYEN'
  /** The built-in sandbox provider, development and test only: completes deposits and payouts by itself. */
  | 'SANDBOX'
  /** Stripe (PaymentIntents and Refunds). */
  | 'STRIPE';

/** What happened to a deposit, withdrawal or dispute. */
export type PaymentEventKind =
  /** A deposit was started. */
  | 'DEPOSIT_CREATED'
  /** A deposit failed or was cancelled at the provider. */
  | 'DEPOSIT_FAILED'
  /** A confirmed deposit was refused here (responsible gambling, frozen account) and sent back. */
  | 'DEPOSIT_REFUSED'
  /** A deposit was confirmed and credited. */
  | 'DEPOSIT_SUCCEEDED'
  /** A dispute was won or lost. */
  | 'DISPUTE_CLOSED'
  /** A chargeback or dispute was opened on a deposit. */
  | 'DISPUTE_OPENED'
  /** A dispute changed (it needs a response, its deadline moved). */
  | 'DISPUTE_UPDATED'
  /** A withdrawal was approved and sent to the provider (or parked for FINANCE). */
  | 'WITHDRAWAL_APPROVED'
  /** The player cancelled a withdrawal; its hold released. */
  | 'WITHDRAWAL_CANCELLED'
  /** A withdrawal failed or was returned; its hold released. */
  | 'WITHDRAWAL_FAILED'
  /** A withdrawal was paid. */
  | 'WITHDRAWAL_PAID'
  /** Staff rejected a withdrawal; its hold released. */
  | 'WITHDRAWAL_REJECTED'
  /** A withdrawal or refund was requested and held. */
  | 'WITHDRAWAL_REQUESTED';

/** Which deposits to list; every field given must match. */
export type PaymentFilter = {
  /** Only this player's deposits (a Player ID). */
  playerId?: string | null | undefined;
  /** Only deposits in this status. */
  status?: PaymentStatus | null | undefined;
};

/** Where a deposit stands. */
export type PaymentStatus =
  /** Cancelled or expired at the provider; nothing was credited. */
  | 'CANCELLED'
  /** The provider declined or failed it; nothing was credited. */
  | 'FAILED'
  /** Started; waiting for the provider to confirm it. */
  | 'PENDING'
  /** Paid at the provider, but refused here (a responsible-gambling limit or a frozen account): not credited, sent back. `refusal` says why. */
  | 'REFUSED'
  /** Confirmed by the provider; the amount was credited to the player's cash. */
  | 'SUCCEEDED';

/** A right to do something, granted by staff roles or to a partner API key. */
export type Permission =
  /** Create and change affiliates (name, status, parent), their tracking links, and the attribution window. */
  | 'AFFILIATES_MANAGE'
  /** Read affiliates, their tracking links and the affiliate settings. */
  | 'AFFILIATES_READ'
  /** Submit, approve (another staff member than the submitter), reject and pay out affiliate commission statements. */
  | 'AFFILIATES_STATEMENTS'
  /** Create, list and revoke partner API keys. */
  | 'APIKEY_MANAGE'
  /** Create signed checkpoints of the audit chain. */
  | 'AUDIT_CHECKPOINT'
  /** Read the audit trail. */
  | 'AUDIT_READ'
  /** Create and archive bonus templates, set budgets and the wagering cap, grant and forfeit bonuses. */
  | 'BONUS_MANAGE'
  /** Read bonus templates, budgets and players' bonuses. */
  | 'BONUS_READ'
  /** Approve or reject bonuses held for review (abuse signals). */
  | 'BONUS_REVIEW'
  /** Add games and configure game providers. */
  | 'GAMES_MANAGE'
  /** Read the tenant's KPIs, cohorts, funnel and KPI reconciliations, and run a reconciliation. */
  | 'KPIS_READ'
  /** Change the tenant's menu. */
  | 'MENU_MANAGE'
  /** Read the tenant's menu. */
  | 'MENU_READ'
  /** Create and change offers, and create, start and stop experiments and bandits. */
  | 'OFFERS_MANAGE'
  /** Read offers, their decision records, experiments and their results. */
  | 'OFFERS_READ'
  /** Configure payment providers, approve, reject and refund. */
  | 'PAYMENTS_MANAGE'
  /** Read payments, withdrawals, disputes and reconciliations. */
  | 'PAYMENTS_READ'
  /** Block and unblock players, write notes on them, add and remove their tags. */
  | 'PLAYER_MANAGE'
  /** Search and read players, with their notes, tags and sessions. */
  | 'PLAYER_READ'
  /** Open and close poker tables. */
  | 'POKER_MANAGE'
  /** Flag a player for responsible-gambling concerns (no offers while flagged), and clear the flag. */
  | 'RG_FLAG'
  /** Read players' responsible-gambling limits and state. */
  | 'RG_READ'
  /** Approve or reject the severe risk case actions (account closure, confiscation) another staff member asked for (the checker). */
  | 'RISK_APPROVE'
  /** Work risk cases (take actions: the maker of the severe ones), ask players for verification, and change the tenant's risk and KYC rules. */
  | 'RISK_MANAGE'
  /** Read risk cases with their evidence, the linked-accounts graph, collusion scores and players' verification (KYC). */
  | 'RISK_READ'
  /** Create staff users, set their roles, disable them. */
  | 'STAFF_MANAGE'
  /** List and read the tenant's staff users. */
  | 'STAFF_READ'
  /** Approve or reject high-value VIP checks recorded by another staff member (the checker, an accountable manager). */
  | 'VIP_APPROVE'
  /** Change VIP settings and tiers, adjust points, assign personal managers, and record high-value checks (the maker). */
  | 'VIP_MANAGE'
  /** Read VIP settings, tiers, players' VIP status, points, checks and rewards. */
  | 'VIP_READ'
  /** Request, approve and reject wallet adjustments; freeze accounts. */
  | 'WALLET_MANAGE'
  /** Post transfers and holds to the ledger (partner API keys only). */
  | 'WALLET_POST'
  /** Read ledger accounts, balances and transactions. */
  | 'WALLET_READ';

/** Which players to list; every given condition must hold. */
export type PlayerFilter = {
  /** Only this player (a Player global ID). */
  id?: string | null | undefined;
  /** Only players registered at or after this instant. */
  registeredFrom?: string | null | undefined;
  /** Only players registered before this instant. */
  registeredTo?: string | null | undefined;
  /** A case-insensitive prefix of the email or of the display name (e.g. "ali" finds alice@x.test and "Ali Veli"). */
  search?: string | null | undefined;
  /** Only players with this status. */
  status?: PlayerStatus | null | undefined;
  /** Only players with this tag (exact match). */
  tag?: string | null | undefined;
};

/** Who wrote a player note. */
export type PlayerNoteAuthorKind =
  /** A partner API key holding player:manage. */
  | 'API_KEY'
  /** Staff of the platform itself, acting on the tenant. */
  | 'PLATFORM_STAFF'
  /** A staff user of the tenant (`author` names them). */
  | 'STAFF';

/** The order of a player listing. */
export type PlayerOrder = {
  /** Ascending or descending. */
  direction: OrderDirection;
  /** What to order by. */
  field: PlayerOrderField;
};

/** What players are ordered by (then by id, so the order is total). */
export type PlayerOrderField =
  /** Registration time. */
  | 'CREATED_AT'
  /** Display name, lower-cased, in byte order (letters beyond ASCII sort after z). */
  | 'DISPLAY_NAME'
  /** Email address, lower-cased, in byte order. */
  | 'EMAIL';

/** Whether a player may use their account. */
export type PlayerStatus =
  /** The player may sign in and play. */
  | 'ACTIVE'
  /** Staff blocked the player: they cannot sign in, and their sessions and live connections were ended. */
  | 'BLOCKED';

/** An action in the running hand. */
export type PokerActInput = {
  /** The action. */
  action: PokerActionType;
  /** BET and RAISE: the street total after the action ("to"). Ignored for the others. */
  amount?: string | null | undefined;
  /** The global ID of the hand meant (PokerHand): refused with PokerHandFinishedError when that hand is over. */
  handId?: string | null | undefined;
  /** The global ID of the table (PokerTable). */
  tableId: string;
};

/** An action of the player to act. */
export type PokerActionType =
  /** Open the betting on a street; `amount` is the street total. */
  | 'BET'
  /** Match the current bet. */
  | 'CALL'
  /** Pass without betting, when nothing is to call. */
  | 'CHECK'
  /** Give up the hand. */
  | 'FOLD'
  /** Raise the current bet; `amount` is the street total after the raise ("raise to"). */
  | 'RAISE';

/** Whether a hand is being played. */
export type PokerHandStatus =
  /** Over: pots awarded, rake taken, history written. */
  | 'COMPLETE'
  /** Being played. */
  | 'RUNNING';

/** What a seated player is doing. */
export type PokerSeatStatus =
  /** Leaves (and is paid out) when the running hand ends. */
  | 'LEAVING'
  /** Active: dealt into each new hand. */
  | 'SITTING'
  /** Away: dealt no new hands; in a running hand they check when free, else fold. */
  | 'SITTING_OUT';

/** Why a seat cannot be had. */
export type PokerSeatUnavailableReason =
  /** The player already sits at this table (code POKER_ALREADY_SEATED): one seat per player and table; leave first. */
  | 'ALREADY_SEATED'
  /** GLI-19: an account linked to the player (same device, address or payment instrument) sits at this table (code POKER_LINKED_ACCOUNT_SEATED): choose another table. */
  | 'LINKED_ACCOUNT_SEATED'
  /** The seat asked for is taken (code POKER_SEAT_TAKEN): ask for another, or for none to get the first free one. */
  | 'SEAT_TAKEN'
  /** The table is closed to new players (code POKER_TABLE_CLOSED). */
  | 'TABLE_CLOSED'
  /** Every seat is taken (code POKER_TABLE_FULL): try again when someone leaves. */
  | 'TABLE_FULL';

/** A betting round of a hand. */
export type PokerStreet =
  /** Three board cards. */
  | 'FLOP'
  /** Before the flop: hole cards only. */
  | 'PREFLOP'
  /** The fifth and last board card. */
  | 'RIVER'
  /** The fourth board card. */
  | 'TURN';

/** Whether a table takes players. */
export type PokerTableStatus =
  /** Closed by staff: no new players or hands (a running hand was played out). */
  | 'CLOSED'
  /** Players may sit; hands are dealt while two or more are active. */
  | 'OPEN';

/** The poker game played at a table. */
export type PokerVariant =
  /** No-limit Texas hold'em: two hole cards, any bet up to all-in. */
  | 'NLHE'
  /** Pot-limit Omaha: four hole cards (exactly two used), bets up to the pot. */
  | 'PLO';

/** Transfers posted together: all or none. */
export type PostTransfersInput = {
  /** What the movement is, 2-40 of A-Z, 0-9, _: BET, WIN, DEPOSIT, ... A DEPOSIT to a player is checked against responsible gambling. */
  code: string;
  /** Unique per request (8-128 printable ASCII): a replay answers the first result; other content under the same key is IDEMPOTENCY_CONFLICT. */
  idempotencyKey: string;
  /** Your own metadata (a JSON object), kept with the transaction. */
  metadata?: unknown;
  /** Your reference (a round, a payment), up to 200 characters. */
  reference?: string | null | undefined;
  /** 1 to 20 transfers. */
  transfers: Array<LedgerTransferInput>;
};

/** Why the tenant's KPI roll-ups are rebuilt (kept in the audit trail). */
export type RebuildKpisInput = {
  /** Why, 1-500 characters (e.g. the drift found on a day). */
  reason: string;
};

/** The day to check now. */
export type ReconcileKpisInput = {
  /** A day of the tenant's time zone. */
  day: string;
};

/** What disagrees between the provider and the ledger. */
export type ReconciliationMismatchKind =
  /** The ledger credited another amount than the provider confirmed. */
  | 'AMOUNT_MISMATCH'
  /** The ledger credited the deposit more than once. */
  | 'DOUBLE_CREDIT'
  /** The provider says the deposit succeeded, but the ledger has no credit for it. */
  | 'MISSING_CREDIT'
  /** The deposit is still PENDING after the tenant's stale-pending delay. */
  | 'STALE_PENDING';

/** A high-value check the maker records. */
export type RecordVipCheckInput = {
  /** The evidence, 1-4000 characters (staff only). */
  evidence: string;
  /** Where the documents are, up to 500 characters. */
  evidenceReference?: string | null | undefined;
  /** What was checked. */
  kind: VipCheckKind;
  /** The Player ID. */
  playerId: string;
  /** The VipTier ID of a high-value tier. */
  tierId: string;
};

/** Points the signed-in player redeems. */
export type RedeemVipPointsInput = {
  /** BONUS: the BonusTemplate ID, one of the tenant's catalogue. */
  bonusTemplateId?: string | null | undefined;
  /** The currency of the cash or the bonus. */
  currency: string;
  /** Unique per player (8-128 printable characters): a replay answers the same redemption. */
  idempotencyKey: string;
  /** Points to spend: a positive decimal with at most two places ("150", "12.5"). For a bonus: exactly its price. */
  points: string;
  /** Cash or a bonus. */
  to: VipRedemptionKind;
};

/** The refresh token of a session. */
export type RefreshSessionInput = {
  /** The latest refresh token of the session (each works once). */
  refreshToken: string;
};

/** A staff refund of a deposit. */
export type RefundDepositInput = {
  /** How much, in minor units of the deposit's currency: at most what is left to refund. */
  amount: string;
  /** Unique per tenant (8-128 printable characters): a replay answers the same refund. */
  idempotencyKey: string;
  /** The deposit to refund (a Payment ID). */
  paymentId: string;
  /** Why (3-500 characters), for the record. */
  reason: string;
};

/** A new player of the request's tenant. */
export type RegisterPlayerInput = {
  /** Where the player lives: an ISO 3166-1 alpha-2 code (GB, TR). Bonus eligibility may depend on it. */
  country?: string | null | undefined;
  /** The player's date of birth (optional): a tenant's minimum VIP age reads it. */
  dateOfBirth?: string | null | undefined;
  /** The name shown to others, 1 to 120 characters. */
  displayName: string;
  /** The email to sign in with; unique in the tenant, ignoring case. */
  email: string;
  /** One of the tenant's languages; defaults to the tenant's default language. */
  locale?: Locale | null | undefined;
  /** At least 10 characters. */
  password: string;
  /** Affiliate tracking: the click ID or code that brought the player (optional). */
  tracking?: RegistrationTrackingInput | null | undefined;
};

/** Where the player came from: what an affiliate's link left on the landing page, or a code. Neither ever fails the registration: what is unknown or too old is ignored. */
export type RegistrationTrackingInput = {
  /** An affiliate's code, used when there is no click ID or it is unknown or older than the tenant's attribution window. */
  affiliateCode?: string | null | undefined;
  /** The click ID the click endpoint added to the landing URL (its `aff_click` parameter): the last one the frontend saw. */
  clickId?: string | null | undefined;
};

/** The SUBMITTED statement to send back, and why. */
export type RejectAffiliateStatementInput = {
  /** Why (1 to 2000 characters). */
  reason: string;
  /** The AffiliateStatement ID. */
  statementId: string;
};

/** RISK rejects a grant held for review. */
export type RejectBonusReviewInput = {
  /** The BonusGrant ID (from bonusReviewQueue). */
  grantId: string;
  /** Why (3-500 characters), for the record. */
  note?: string | null | undefined;
};

/** FINANCE's refusal to pay a MANUAL part. */
export type RejectManualWithdrawalInput = {
  /** Why it is not paid. */
  note?: string | null | undefined;
  /** The parked MANUAL part (a Withdrawal ID). */
  withdrawalId: string;
};

/** The checker's rejection of a severe action. */
export type RejectRiskCaseActionInput = {
  /** The RiskCaseAction ID. */
  actionId: string;
  /** Why, up to 2000 characters. */
  note?: string | null | undefined;
};

/** The checker's rejection of a PENDING check. */
export type RejectVipCheckInput = {
  /** The VipCheck ID. */
  checkId: string;
  /** Why, up to 2000 characters. */
  note?: string | null | undefined;
};

/** An adjustment to reject. */
export type RejectWalletAdjustmentInput = {
  /** The global ID of the PENDING WalletAdjustment. */
  adjustmentId: string;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
  /** A note on the decision, up to 500 characters. */
  note?: string | null | undefined;
};

/** A refusal of a pending withdrawal. */
export type RejectWithdrawalInput = {
  /** Why, for the record and the player (at most 500 characters). */
  note?: string | null | undefined;
  /** The Withdrawal ID. */
  withdrawalId: string;
};

/** A hold to release. */
export type ReleaseHoldInput = {
  /** The global ID of the LedgerHold. */
  holdId: string;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
};

/** The budget to remove. */
export type RemoveBonusBudgetInput = {
  /** The global ID of the budget (BonusBudget). */
  budgetId: string;
};

/** Tags to remove from a player. */
export type RemovePlayerTagsInput = {
  /** The player (a Player global ID). */
  playerId: string;
  /** 1 to 20 tags; those the player does not have are ignored. */
  tags: Array<string>;
};

/** A new order of the menu. */
export type ReorderMenuInput = {
  /** Menu entry keys (1 to 200, each once) to put first, in this order; the others follow in their current order. */
  keys: Array<string>;
};

/** Whose password to reset: an email and the kind of account. */
export type RequestPasswordResetInput = {
  /** PLAYER (default): a player of the request's tenant (X-Tenant or domain). STAFF: a staff user of the tenant named by `tenant`. PLATFORM_STAFF: platform staff. */
  accountKind?: PasswordAccountKind | null | undefined;
  /** The email address of the account. */
  email: string;
  /** Slug of the tenant, for STAFF only (as in staffLogin). */
  tenant?: string | null | undefined;
};

/** A level staff ask a player for. */
export type RequestVerificationInput = {
  /** BASIC, FULL or ENHANCED: withdrawals are refused until the player has it. */
  level: VerificationLevel;
  /** Why, 1-2000 characters. */
  note: string;
  /** The Player ID. */
  playerId: string;
};

/** An adjustment to request. */
export type RequestWalletAdjustmentInput = {
  /** The account to credit or debit. */
  account: LedgerAccountSelector;
  /** Signed minor units: "250" credits, "-250" debits. */
  amount: string;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
  /** Why (3-500 characters); audited. */
  reason: string;
};

/** A withdrawal of the signed-in player's cash. */
export type RequestWithdrawalInput = {
  /** The amount, in minor units. */
  amount: string;
  /** A currency of the tenant. */
  currency: string;
  /** The player confirms that the withdrawal forfeits their active bonuses in the currency (WithdrawalNeedsConfirmationError names them). Default false: refused while any is active. */
  forfeitActiveBonuses?: boolean | null | undefined;
  /** Unique per player (8-128 printable characters): a replay answers the same withdrawal. */
  idempotencyKey: string;
  /** The provider to pay back through; default: that of the player's latest deposit in the currency. */
  provider?: PaymentAdapter | null | undefined;
};

/** A hold to reserve. */
export type ReserveHoldInput = {
  /** The account whose available balance is reserved. */
  account: LedgerAccountSelector;
  /** Positive, in minor units of the account's currency. */
  amount: string;
  /** Released by itself after this many seconds (1 to 30 days); never when absent. */
  expiresInSeconds?: number | null | undefined;
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
};

/** The item to return to the catalogue default. */
export type ResetMenuItemInput = {
  /** The item's key. */
  key: string;
};

/** The token of a reset email and the new password. */
export type ResetPasswordInput = {
  /** The new password: 10 to 256 characters, as at registration. */
  newPassword: string;
  /** The token from the reset link (its last path segment). It works once, for 30 minutes. */
  token: string;
};

/** How an open case is closed. */
export type ResolveRiskCaseInput = {
  /** The RiskCase ID. */
  caseId: string;
  /** Why, 1-2000 characters. */
  note: string;
  /** CLEARED or CONFIRMED. */
  resolution: RiskCaseResolution;
};

/** Which failed job to run again. */
export type RetryBackgroundJobInput = {
  /** The global ID of a failed BackgroundJob. */
  jobId: string;
};

/** A transaction to reverse. */
export type ReverseLedgerTransactionInput = {
  /** Unique per request: a replay answers the first result. */
  idempotencyKey: string;
  /** Why (3-500 characters); audited and kept in the reversal's metadata. */
  reason: string;
  /** The global ID of the LedgerTransaction to reverse. */
  transactionId: string;
};

/** The API key to revoke. */
export type RevokeApiKeyInput = {
  /** The key (an ApiKey global ID). */
  apiKeyId: string;
};

/** A running bandit to re-weight now. */
export type ReweightExperimentNowInput = {
  /** The global ID of the Experiment. */
  experimentId: string;
};

/** What a responsible-gambling limit bounds. */
export type RgLimitKind =
  /** Deposits made in the window. */
  | 'DEPOSIT'
  /** Net loss in the window: stakes minus wins. */
  | 'LOSS';

/** The rolling window of a limit, counted in whole clock hours. */
export type RgLimitPeriod =
  /** The last 24 hours. */
  | 'DAY'
  /** The last 30 days. */
  | 'MONTH'
  /** The last 7 days. */
  | 'WEEK';

/** What a responsible-gambling notice tells the player. */
export type RgNoticeKind =
  /** A reminder of how long the current play session has lasted (every realityCheckMinutes). */
  | 'REALITY_CHECK'
  /** A self-exclusion has started (`until` says when it ends). */
  | 'SELF_EXCLUDED'
  /** The session time limit is reached: play is refused until the session ends. */
  | 'SESSION_LIMIT_REACHED'
  /** A time-out has started (`until` says when it ends). */
  | 'TIME_OUT_STARTED';

/** Why play is refused now. */
export type RgPlayRefusal =
  /** The player is self-excluded. */
  | 'SELF_EXCLUDED'
  /** The session time limit of the current play session is reached. */
  | 'SESSION_LIMIT_REACHED'
  /** The player is taking a time-out. */
  | 'TIME_OUT';

/** What RISK staff may do to a player of a case. */
export type RiskCaseActionKind =
  /** Close (block) the account, ending its sessions. Severe: another staff member must approve. */
  | 'CLOSE_ACCOUNT'
  /** Forfeit the player's active bonuses with their bonus winnings, as the bonus terms allow for abuse. Severe: another staff member must approve. */
  | 'CONFISCATE'
  /** Freeze all the player's ledger accounts (no bets, deposits credited, withdrawals or transfers) at once. */
  | 'FREEZE'
  /** Unfreeze the player's ledger accounts at once. */
  | 'UNFREEZE';

/** Where an action stands. */
export type RiskCaseActionStatus =
  /** Done (`result` says what changed). */
  | 'DONE'
  /** A severe action waiting for another staff member (riskActionQueue). */
  | 'PENDING_APPROVAL'
  /** The checker rejected it: nothing was done. */
  | 'REJECTED';

/** What changed a case. */
export type RiskCaseChange =
  /** A severe action was rejected. */
  | 'ACTION_REJECTED'
  /** A severe action waits for approval. */
  | 'ACTION_REQUESTED'
  /** An action was done. */
  | 'ACTION_TAKEN'
  /** It was closed. */
  | 'CLOSED'
  /** A detector found the subject again and added evidence. */
  | 'EVIDENCE_ADDED'
  /** It was opened. */
  | 'OPENED';

/** What opened a risk case. */
export type RiskCaseKind =
  /** Poker collusion scoring flagged a pair of players. */
  | 'COLLUSION'
  /** A verification failed or found the player under age. */
  | 'KYC'
  /** Opened by staff. */
  | 'MANUAL'
  /** Accounts linked by device, address or payment instrument above the tenant's threshold. */
  | 'MULTI_ACCOUNTING'
  /** A velocity rule on deposits or withdrawals fired. */
  | 'VELOCITY';

/** How a case was closed. */
export type RiskCaseResolution =
  /** Nothing wrong: accounts the case froze were unfrozen. */
  | 'CLEARED'
  /** Abuse confirmed: the actions taken stand. */
  | 'CONFIRMED';

/** Where a case stands. */
export type RiskCaseStatus =
  /** Resolved (see `resolution`). */
  | 'CLOSED'
  /** In the queue; detectors add evidence to it. */
  | 'OPEN';

/** What two linked accounts were both seen with. */
export type RiskLinkSignalKind =
  /** The same device fingerprint (the X-Device-Fingerprint header a frontend sends). */
  | 'DEVICE'
  /** The same payment card or account, by the payment provider's fingerprint. */
  | 'INSTRUMENT'
  /** The same client address. */
  | 'IP';

/** How serious a case is. */
export type RiskSeverity =
  /** Act now (e.g. an under-age player). */
  | 'CRITICAL'
  /** Strong evidence of abuse. */
  | 'HIGH'
  /** Worth a look. */
  | 'LOW'
  /** Likely abuse. */
  | 'MEDIUM';

/** Why the collusion scan runs now (kept in the audit trail). */
export type ScanCollusionInput = {
  /** Why, 1-500 characters. */
  reason: string;
};

/** The wire format of an aggregator's callbacks. */
export type SeamlessDialect =
  /** Hub88's wallet API (/user/balance, /transaction/bet, /transaction/win, /transaction/rollback). */
  | 'HUB88';

/** Excludes an attributed player from affiliate commission, or clears the exclusion. */
export type SetAffiliatePlayerExclusionInput = {
  /** A note, 1 to 2000 characters. */
  note?: string | null | undefined;
  /** The Player ID (attributed to an affiliate). */
  playerId: string;
  /** Why; null clears the exclusion. */
  reason?: AffiliateExclusionReason | null | undefined;
};

/** A budget to create, or to replace: one per template (or tenant), currency and period. */
export type SetBonusBudgetInput = {
  /** What it counts of each grant. */
  basis: BonusBudgetBasis;
  /** A currency of the tenant (and of the template). */
  currency: string;
  /** The most one player's grants may reserve and consume per period. At least one of the two limits. */
  perPlayerLimit?: string | null | undefined;
  /** The period its limits apply to. */
  period: BonusBudgetPeriod;
  /** The global ID of the template (BonusTemplate) it limits; absent: every promotion of the tenant. */
  templateId?: string | null | undefined;
  /** The most all grants may reserve and consume per period. */
  totalLimit?: string | null | undefined;
};

/** The tenant's bonus settings, whole: an absent field clears it. */
export type SetBonusSettingsInput = {
  /** The regulator whose rules apply; absent: none. */
  jurisdiction?: BonusJurisdiction | null | undefined;
  /** The tenant's own cap, 0 to 1000 × the bonus; absent: none. */
  maxWageringMultiplier?: number | null | undefined;
};

/** A game aggregator to create, or to replace by its code. */
export type SetGameProviderInput = {
  /** How it signs callbacks; says which of hmacSecret and publicKey to give. */
  auth: GameProviderAuth;
  /** The provider's code, 2-40 of a-z, 0-9, _ and -: its segment of the callback URL. */
  code: string;
  /** The currencies it may play in: 1 to 50 of the tenant's currencies. */
  currencies: Array<string>;
  /** The wire format of its callbacks. */
  dialect: SeamlessDialect;
  /** Whether its callbacks are served; true when absent. */
  enabled?: boolean | null | undefined;
  /** For HMAC_SHA256: the shared secret (32+ characters). Write-only. */
  hmacSecret?: string | null | undefined;
  /** Its operator API, to award free bets there; absent: none (a replace clears it). */
  operatorApi?: GameProviderOperatorApiInput | null | undefined;
  /** For RSA_SHA256: the aggregator's RSA public key, PEM. Write-only. */
  publicKey?: string | null | undefined;
};

/** A KYC provider configuration, created or replaced as a whole (by adapter). */
export type SetKycProviderInput = {
  /** The provider to configure. */
  adapter: KycAdapter;
  /** The provider's API token (8-512 characters). Write-only, stored encrypted. */
  apiToken: string;
  /** Whether players verify with it now; default true. */
  enabled?: boolean | null | undefined;
  /** API base URL override (a sandbox or a regional API, e.g. https://api.us.onfido.com/v3.6). */
  endpoint?: string | null | undefined;
  /** The provider's webhook signing token (8-512 characters). Write-only, stored encrypted. */
  webhookToken: string;
};

/** An item to change for this tenant: at least one of enabled, position, labels. */
export type SetMenuItemInput = {
  /** Turn it on or off. */
  enabled?: boolean | null | undefined;
  /** The item's key. */
  key: string;
  /** New labels; languages not named keep theirs. */
  labels?: Array<LocalizedLabelInput> | null | undefined;
  /** Its new place, 0 to 100000. */
  position?: number | null | undefined;
};

/** An offer to pause, resume or archive. */
export type SetOfferStatusInput = {
  /** The Offer ID. */
  offerId: string;
  /** The new status (ARCHIVED is final). */
  status: OfferStatus;
};

/** A provider configuration, created or replaced as a whole (by adapter). */
export type SetPaymentProviderInput = {
  /** The provider to configure. */
  adapter: PaymentAdapter;
  /** Stripe secret key / Adyen API key. Write-only, stored encrypted. */
  apiKey: string;
  /** The currencies it takes for the tenant (1 to 50). */
  currencies: Array<string>;
  /** Whether players may use it now; default true. */
  enabled?: boolean | null | undefined;
  /** API base URL override (a sandbox). */
  endpoint?: string | null | undefined;
  /** The largest deposit, in minor units. */
  maxAmount: string;
  /** Adyen merchant account. */
  merchantAccount?: string | null | undefined;
  /** The smallest deposit, in minor units. */
  minAmount: string;
  /** Stripe webhook signing secret / Adyen HMAC key (hex). Write-only, stored encrypted. */
  webhookSecret: string;
};

/** The tenant's payment rules, replaced as a whole. */
export type SetPaymentSettingsInput = {
  /** When a lost chargeback freezes the player's cash account. */
  chargebackFreeze: ChargebackFreezePolicy;
  /** Withdrawals above this amount need two approvals; absent: always one. */
  dualApprovalAbove?: string | null | undefined;
  /** After how many minutes a PENDING deposit is reported by reconciliation; default 60. */
  stalePendingMinutes?: number | null | undefined;
};

/** A player's date of birth. */
export type SetPlayerDateOfBirthInput = {
  /** The date of birth (1900-01-01 to today); null or absent clears it. */
  dateOfBirth?: string | null | undefined;
  /** The player (a Player global ID). */
  playerId: string;
};

/** One deposit or loss limit of the signed-in player. */
export type SetResponsibleGamblingLimitInput = {
  /** The limit in minor units ("0" allowed); null or absent removes the limit after the cooling-off. */
  amount?: string | null | undefined;
  /** The currency the limit applies to: one of the casino's currencies. */
  currency: string;
  /** Deposits or losses. */
  kind: RgLimitKind;
  /** The rolling window. */
  period: RgLimitPeriod;
};

/** New roles of a staff user. */
export type SetStaffRolesInput = {
  /** The roles the staff user will hold (replacing theirs); at least one, none beyond what the caller holds. */
  roles: Array<TenantRole>;
  /** The staff user (a StaffUser global ID). */
  staffUserId: string;
};

/** The approval threshold of a currency. */
export type SetWalletApprovalThresholdInput = {
  /** Adjustments up to this amount (minor units, either sign) apply at once; "0" makes every adjustment wait. */
  amount: string;
  /** The currency. */
  currency: string;
};

/** Where to sit and with how much. */
export type SitAtPokerTableInput = {
  /** Chips to bring, moved from the player's cash in the table's currency; within the table's buy-in range. */
  buyIn: string;
  /** 0-based seat; the first free seat when absent. */
  seat?: number | null | undefined;
  /** The global ID of the table (PokerTable). */
  tableId: string;
};

/** Away from the table, or back. */
export type SitOutPokerTableInput = {
  /** True sits the player out (default actions, no new hands); false sits them back in. */
  away: boolean;
  /** The global ID of the table (PokerTable). */
  tableId: string;
};

/** A staff member's credentials. */
export type StaffLoginInput = {
  /** The staff member's email, in any case. */
  email: string;
  /** The staff member's password. */
  password: string;
  /** Slug of the tenant; omit to sign in as platform staff. */
  tenant?: string | null | undefined;
};

/** A role of a signed-in staff member: a tenant role, or a role of the platform's own staff. */
export type StaffRole =
  /** Money: wallets, adjustments, payments, withdrawals; reads players and the audit trail. */
  | 'FINANCE'
  /** Staff of the platform itself: every tenant, and the tenants themselves. */
  | 'PLATFORM_ADMIN'
  /** Fraud and risk: works the risk case queue (collusion, multi-accounting, KYC, velocity), reads players, wallets and the audit trail; adjusts wallets; writes notes and tags, blocks and unblocks players. */
  | 'RISK'
  /** Player care: reads players, wallets and limits; writes notes and tags, blocks and unblocks players. */
  | 'SUPPORT'
  /** Everything a tenant's staff can do, including managing staff and partner API keys. */
  | 'TENANT_ADMIN';

/** The experiment to start. */
export type StartExperimentInput = {
  /** The Experiment ID. */
  experimentId: string;
};

/** A verification the signed-in player starts. */
export type StartVerificationInput = {
  /** The player's first name as on their document (1-100 characters); required for the first verification with a provider. */
  firstName?: string | null | undefined;
  /** The player's last name as on their document (1-100 characters); required for the first verification with a provider. */
  lastName?: string | null | undefined;
  /** BASIC, FULL or ENHANCED. */
  level: VerificationLevel;
};

/** The experiment to stop, and why. */
export type StopExperimentInput = {
  /** The Experiment ID. */
  experimentId: string;
  /** Why (3-500 characters), kept on the experiment. */
  reason: string;
};

/** The COMPUTED statement to submit. */
export type SubmitAffiliateStatementInput = {
  /** The AffiliateStatement ID. */
  statementId: string;
};

/** An action on a player of an open case. */
export type TakeRiskCaseActionInput = {
  /** What to do. */
  action: RiskCaseActionKind;
  /** The RiskCase ID. */
  caseId: string;
  /** Unique per action in the tenant (1-200 characters): a replay returns the first action. */
  idempotencyKey: string;
  /** Why, 1-2000 characters. */
  note: string;
  /** The Player ID: one of the case's players. */
  playerId: string;
};

/** A role of a tenant's staff user: a named set of permissions. */
export type TenantRole =
  /** Money: wallets, adjustments, payments, withdrawals; reads players and the audit trail. */
  | 'FINANCE'
  /** Fraud and risk: works the risk case queue (collusion, multi-accounting, KYC, velocity), reads players, wallets and the audit trail; adjusts wallets; writes notes and tags, blocks and unblocks players. */
  | 'RISK'
  /** Player care: reads players, wallets and limits; writes notes and tags, blocks and unblocks players. */
  | 'SUPPORT'
  /** Everything a tenant's staff can do, including managing staff and partner API keys. */
  | 'TENANT_ADMIN';

/** Whether a tenant serves its players and partners. */
export type TenantStatus =
  /** Open: players, partners and staff are served. */
  | 'ACTIVE'
  /** Suspended by platform staff: its players and partners are refused (TENANT_SUSPENDED); its staff keep access. */
  | 'SUSPENDED';

/** The player to unblock, and why. */
export type UnblockPlayerInput = {
  /** The player (a Player global ID). */
  playerId: string;
  /** Why, 1 to 500 characters: kept in the audit trail. */
  reason: string;
};

/** An account to unfreeze. */
export type UnfreezeLedgerAccountInput = {
  /** The global ID of the LedgerAccount. */
  accountId: string;
  /** Why (3-500 characters); audited. */
  reason: string;
};

/** Changes to an affiliate: absent fields stay; its code and email never change here. */
export type UpdateAffiliateInput = {
  /** The Affiliate ID. */
  affiliateId: string;
  /** A new name. */
  name?: string | null | undefined;
  /** A new parent (Affiliate ID of a top-level affiliate); null makes it top-level. */
  parentAffiliateId?: string | null | undefined;
  /** A new status (CLOSED is final). */
  status?: AffiliateStatus | null | undefined;
};

/** Changes to a plan (not archived): absent fields stay. New terms replace the old whole and make a new version. */
export type UpdateAffiliatePlanInput = {
  /** A new name. */
  name?: string | null | undefined;
  /** The AffiliatePlan ID. */
  planId: string;
  /** New terms (a new version). */
  terms?: AffiliatePlanTermsInput | null | undefined;
};

/** The tenant's affiliate settings. */
export type UpdateAffiliateSettingsInput = {
  /** 1 to 365 days. */
  attributionWindowDays: number;
};

/** A template to change: a new name and/or new terms (replacing the old ones; the kind stays). */
export type UpdateBonusTemplateInput = {
  /** A new name. */
  name?: string | null | undefined;
  /** The global ID of the template (BonusTemplate). */
  templateId: string;
  /** The new terms, whole. */
  terms?: BonusTermsInput | null | undefined;
};

/** Changes to a DRAFT experiment; fields left out stay as they are. */
export type UpdateExperimentInput = {
  /** Bandit: the least weight per arm, 0-0.2 (default 0.01). */
  armFloor?: number | null | undefined;
  /** Its arms, replacing all of them: 2 to 10, exactly one the control. */
  arms?: Array<ExperimentArmInput> | null | undefined;
  /** The currency revenue is counted in: required for REVENUE; optional otherwise (revenue is then measured too). */
  currency?: string | null | undefined;
  /** What it tests (at most 2000 characters). */
  description?: string | null | undefined;
  /** The Experiment ID. */
  experimentId: string;
  /** What it optimises. */
  goal?: ExperimentGoal | null | undefined;
  /** A fixed split or a bandit. */
  kind?: ExperimentKind | null | undefined;
  /** Bandit: measured exposures every arm needs before re-weighting (default 100). */
  minExposuresPerArm?: number | null | undefined;
  /** Its name for staff (1-120 characters). */
  name?: string | null | undefined;
  /** Hours after exposure its outcome is measured, 1-2160 (default 168, a week). */
  outcomeWindowHours?: number | null | undefined;
  /** The placement it runs on. */
  placement?: string | null | undefined;
  /** Bandit: re-weighting cadence in minutes, 1-15 (default 15). */
  reweightMinutes?: number | null | undefined;
  /** Bandit: the P(best) that declares a winner, above 0.5 and below 1 (default 0.95). */
  winnerThreshold?: number | null | undefined;
};

/** The game to change and what to change; absent fields keep their values. */
export type UpdateGameInput = {
  /** A new lobby section. */
  category?: GameCategory | null | undefined;
  /** The new list of currencies (replaces the old one). */
  currencies?: Array<string> | null | undefined;
  /** Enable or disable the game. */
  enabled?: boolean | null | undefined;
  /** The global ID of the game (Game). */
  gameId: string;
  /** A new launch URL, containing {token}. */
  launchUrl?: string | null | undefined;
  /** A new name, 1 to 200 characters. */
  name?: string | null | undefined;
};

/** The signed-in player's new profile; absent fields stay as they are. */
export type UpdateMyProfileInput = {
  /** The name shown to others, 1 to 120 characters. */
  displayName?: string | null | undefined;
  /** The player's language: one the tenant offers. */
  locale?: Locale | null | undefined;
};

/** Changes to an offer: absent fields stay; null clears description, startsAt and endsAt. */
export type UpdateOfferInput = {
  /** A new description (null clears it). */
  description?: string | null | undefined;
  /** New eligibility, whole. */
  eligibility?: OfferEligibilityInput | null | undefined;
  /** A new end (null: no end). */
  endsAt?: string | null | undefined;
  /** New caps, whole. */
  frequency?: OfferFrequencyInput | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** The Offer ID. */
  offerId: string;
  /** New placements, whole. */
  placements?: Array<string> | null | undefined;
  /** A new priority. */
  priority?: number | null | undefined;
  /** A new reward (BonusTemplate ID, ACTIVE). */
  rewardTemplateId?: string | null | undefined;
  /** A new start (null: at once). */
  startsAt?: string | null | undefined;
};

/** The rules to change; absent fields keep their value. */
export type UpdateRiskSettingsInput = {
  /** The level a deposit reaching a threshold needs. */
  depositLevel?: VerificationLevel | null | undefined;
  /** Replaces every threshold (0-50; a currency left out has none). */
  depositThresholds?: Array<DepositThresholdInput> | null | undefined;
  /** The level a flagged player needs to withdraw. */
  flagLevel?: VerificationLevel | null | undefined;
  /** The least severity of an open case that asks for `flagLevel`. */
  flagSeverity?: RiskSeverity | null | undefined;
  /** The minimum age, 18 to 25. */
  minimumAge?: number | null | undefined;
  /** The level every withdrawal needs. */
  withdrawalLevel?: VerificationLevel | null | undefined;
};

/** A change of a tenant's settings: absent (or null) fields stay as they are. The slug never changes. */
export type UpdateTenantInput = {
  /** The new list of currencies (replaces the old one): 1 to 50. */
  currencies?: Array<string> | null | undefined;
  /** A new default currency; one of the currencies after the change. */
  defaultCurrency?: string | null | undefined;
  /** A new default language; one of the locales after the change. */
  defaultLocale?: string | null | undefined;
  /** The new list of domains (replaces the old one; [] removes all), each owned by no other tenant. */
  domains?: Array<string> | null | undefined;
  /** The global ID of the Tenant to change. */
  id: string;
  /** The new list of languages (replaces the old one). */
  locales?: Array<string> | null | undefined;
  /** A new brand name, 1-120 characters. */
  name?: string | null | undefined;
  /** A new IANA time zone for the tenant's days. Its KPI roll-ups are then rebuilt in the new zone (docs/kpis.md). */
  timeZone?: string | null | undefined;
};

/** Changes to the VIP settings: absent fields keep their value (the first change starts from the defaults). */
export type UpdateVipSettingsInput = {
  /** Bonus redemptions, whole (at most 50). */
  bonusRedemptions?: Array<VipBonusRedemptionInput> | null | undefined;
  /** Cash redemption rates, whole. */
  cashRedemption?: Array<VipCurrencyRateInput> | null | undefined;
  /** 1 to 3650. */
  checkValidityDays?: number | null | undefined;
  /** How far a downgrade goes. */
  downgradePolicy?: VipDowngradePolicy | null | undefined;
  /** Earn rates, whole. */
  earnRates?: Array<VipCurrencyRateInput> | null | undefined;
  /** Run the programme or not. */
  enabled?: boolean | null | undefined;
  /** 1 to 3650; null: points never expire. */
  expiryDays?: number | null | undefined;
  /** Game weights, whole. */
  gameWeights?: VipGameWeightsInput | null | undefined;
  /** 0 to 365. */
  graceDays?: number | null | undefined;
  /** 18 to 99; null: no minimum. */
  minAge?: number | null | undefined;
  /** Rake rates, whole. */
  rakeRates?: Array<VipCurrencyRateInput> | null | undefined;
  /** 1 to 730. */
  reviewDays?: number | null | undefined;
  /** 1 to 730. */
  windowDays?: number | null | undefined;
};

/** Changes to a tier: absent fields stay; the key never changes. */
export type UpdateVipTierInput = {
  /** High-value tier. */
  highValue?: boolean | null | undefined;
  /** A new monthly reward (BonusTemplate ID); null removes it. */
  monthlyRewardTemplateId?: string | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** Personal manager. */
  personalManager?: boolean | null | undefined;
  /** A new point rate (basis points). */
  pointRate?: number | null | undefined;
  /** A new rank. */
  rank?: number | null | undefined;
  /** A new threshold (decimal string). */
  threshold?: string | null | undefined;
  /** The VipTier ID. */
  tierId: string;
  /** Withdrawal priority. */
  withdrawalPriority?: boolean | null | undefined;
};

/** How well a player's identity is verified (KYC), lowest first (docs/risk.md "KYC"). */
export type VerificationLevel =
  /** Basic: age and identity document checked. */
  | 'BASIC'
  /** Enhanced due diligence: full, plus sanctions and PEP screening and proof of address. */
  | 'ENHANCED'
  /** Full: document and a live selfie matched to it. */
  | 'FULL'
  /** Not verified. */
  | 'NONE';

/** Why a verification level is required. */
export type VerificationReason =
  /** The player's deposits (with this one) pass the tenant's threshold in the currency (EUR 2,000 by default). */
  | 'DEPOSIT_THRESHOLD'
  /** The tenant requires the level before a player's first withdrawal. */
  | 'FIRST_WITHDRAWAL'
  /** The player is the subject of an open risk case of the severity the tenant's rule names. */
  | 'RISK_FLAG';

/** What kind of caller the viewer is. */
export type ViewerKind =
  /** An affiliate signed in to its own portal (affiliateSignIn): it reads its own figures only (myAffiliate). */
  | 'AFFILIATE'
  /** A partner, calling with an API key. */
  | 'API_KEY'
  /** Staff of the platform itself. */
  | 'PLATFORM_STAFF'
  /** A player, signed in with a player access token. */
  | 'PLAYER'
  /** A tenant's staff user, signed in with a staff access token. */
  | 'STAFF';

/** A bonus points may be redeemed for. */
export type VipBonusRedemptionInput = {
  /** What it costs in points, a decimal string ("500" or "500.00"). */
  points: string;
  /** The BonusTemplate ID. */
  templateId: string;
};

/** The weight of a category of games. */
export type VipCategoryWeightInput = {
  /** The category. */
  category: GameCategory;
  /** 0 to 1000. */
  percent: number;
};

/** A kind of staff check a high-value tier needs (each approved and unexpired). */
export type VipCheckKind =
  /** Affordability and source of funds. */
  | 'AFFORDABILITY'
  /** Identity verified. */
  | 'IDENTITY'
  /** A safer-gambling review of the player's play. */
  | 'SAFER_GAMBLING_REVIEW';

/** Where a high-value check stands. */
export type VipCheckStatus =
  /** Approved; valid until `validUntil`. */
  | 'APPROVED'
  /** Recorded; waiting for another staff member's decision (vipCheckQueue). */
  | 'PENDING'
  /** Rejected; a new check must be recorded. */
  | 'REJECTED';

/** A rate in one currency. */
export type VipCurrencyRateInput = {
  /** A currency of the tenant. */
  currency: string;
  /** Minor units per point, a positive whole number. */
  perPoint: string;
};

/** How far a review downgrades a player whose points no longer reach their tier. */
export type VipDowngradePolicy =
  /** A review that downgrades moves the player one tier down (to the next lower tier). */
  | 'ONE_TIER'
  /** A review that downgrades moves the player straight to the tier their points in the window earn. */
  | 'TO_EARNED';

/** The weight of one game. */
export type VipGameWeightInput = {
  /** The game's code. */
  game: string;
  /** 0 to 1000. */
  percent: number;
};

/** Game weights, whole. */
export type VipGameWeightsInput = {
  /** Per category. */
  categories?: Array<VipCategoryWeightInput> | null | undefined;
  /** Every other game, 0 to 1000 percent. */
  default: number;
  /** Per game. */
  games?: Array<VipGameWeightInput> | null | undefined;
};

/** What changed a player's points. */
export type VipPointsEntryKind =
  /** A staff correction. */
  | 'ADJUST'
  /** Points earned on real-money stakes and poker rake (one posting per player per accrual page). */
  | 'EARN'
  /** Points that expired (the oldest first). */
  | 'EXPIRE'
  /** Points spent on cash or a bonus. */
  | 'REDEEM'
  /** Points of a bet taken back when the bet was rolled back. */
  | 'ROLLBACK';

/** What points are redeemed for. */
export type VipRedemptionKind =
  /** A bonus from the tenant's catalogue, granted through the bonus engine, at its price in points. */
  | 'BONUS'
  /** Cash into the player's CASH account, at the tenant's rate per point in the currency. */
  | 'CASH';

/** Why a redemption is not on offer. */
export type VipRedemptionUnavailableReason =
  /** The bonus template is not in the tenant's catalogue of bonuses bought with points. */
  | 'NOT_IN_CATALOGUE'
  /** The tenant sets no cash rate for points in the currency asked for. */
  | 'NO_CASH_RATE';

/** Where a monthly VIP reward stands. */
export type VipRewardStatus =
  /** The bonus engine refused it (`failure`); final. */
  | 'FAILED'
  /** Granted through the bonus engine (`grant`). */
  | 'GRANTED'
  /** Held while the player is suppressed (`waitingReason`); a later run grants it once the suppression lifts. */
  | 'WAITING';

/** What changed in a player's VIP standing. */
export type VipStatusChangeKind =
  /** The checks of a high-value tier the player was held below are approved: they moved up into it. */
  | 'CHECKS_APPROVED'
  /** Staff approved or rejected a high-value check of the player. */
  | 'CHECK_DECIDED'
  /** Staff recorded a high-value check of the player. */
  | 'CHECK_RECORDED'
  /** A review found the player's points below their tier (after any grace): they moved down. */
  | 'DOWNGRADE'
  /** The player's points reached their tier again during the grace period: the grace ended. */
  | 'GRACE_ENDED'
  /** A review found the player's points below their tier: they keep it in a grace period. */
  | 'GRACE_STARTED'
  /** The player's points reach a high-value tier they may enter only after approved checks: they stay below it. */
  | 'HELD_FOR_CHECKS'
  /** A review found the player's points still reach their tier: they keep it until the next review. */
  | 'RETAINED'
  /** Staff set the player's tier. */
  | 'STAFF'
  /** The player's points in the window reached a higher tier: they moved up at once. */
  | 'UPGRADE';

/** Why a player's VIP status is what it is: the code a frontend translates. */
export type VipStatusReasonCode =
  /** The player's points in the window do not reach the lowest tier yet. */
  | 'BELOW_FIRST_TIER'
  /** The player's points in the window reach their tier (the message gives the points and the threshold). */
  | 'EARNED'
  /** The player's points reach a high-value tier that needs approved checks first; they stay below it. */
  | 'HELD_FOR_CHECKS'
  /** A review found the player below their tier; they keep it until the grace period ends. */
  | 'IN_GRACE'
  /** The tenant has no VIP programme (or it is switched off). */
  | 'NO_PROGRAMME'
  /** The tenant's VIP programme has no tiers yet. */
  | 'NO_TIERS'
  /** The player's points reach a lower tier than theirs; they keep their tier until the review date. */
  | 'RETAINED_UNTIL_REVIEW'
  /** VIP rewards wait (self-excluded, timed out, blocked, flagged or under age); points still accrue. */
  | 'SUPPRESSED'
  /** The player is under the tenant's minimum VIP age (or their date of birth is unknown): not admitted above the lowest tier. */
  | 'UNDER_MIN_AGE';

/** Why a player gets no VIP rewards now (points still accrue; rewards wait). */
export type VipSuppressionReason =
  /** The player's account is blocked or closed. */
  | 'BLOCKED'
  /** Staff flagged the player for responsible-gambling concerns. */
  | 'RG_FLAGGED'
  /** The player is self-excluded. */
  | 'SELF_EXCLUDED'
  /** The player is taking a time-out. */
  | 'TIMED_OUT'
  /** The player is under the minimum VIP age, or their date of birth is unknown. */
  | 'UNDER_MIN_AGE';

/** What the wagering multiplier multiplies. */
export type WageringBase =
  /** The bonus: requirement = multiplier × bonus. */
  | 'BONUS'
  /** DEPOSIT_MATCH only: requirement = multiplier × (bonus + deposit). Refused under a wagering cap when a maxBonus lets the deposit grow past the bonus. */
  | 'BONUS_PLUS_DEPOSIT';

/** What kind of actor moved money or decided an adjustment. */
export type WalletActorKind =
  /** A partner integration through an API key (`apiKey` names it). */
  | 'API_KEY'
  /** Platform staff acting in the tenant: not a staff user of the tenant, so not named. */
  | 'PLATFORM_STAFF'
  /** A player (`player` names them). */
  | 'PLAYER'
  /** A payment provider or game aggregator through its callbacks (`providerCode` names it). */
  | 'PROVIDER'
  /** A member of the tenant's staff (`staffUser` names them). */
  | 'STAFF'
  /** The platform itself: a scheduled job, an expiry. */
  | 'SYSTEM';

/** Narrows a listing of staff adjustments. */
export type WalletAdjustmentFilter = {
  /** Only adjustments of this LedgerAccount (its global ID). */
  account?: string | null | undefined;
  /** Only adjustments with this status (PENDING: the approval queue). */
  status?: WalletAdjustmentStatus | null | undefined;
};

/** Where a staff adjustment stands. */
export type WalletAdjustmentStatus =
  /** Posted to the ledger: `transaction` is the posting. */
  | 'APPLIED'
  /** Above the approval threshold: waits for a second member of staff to approve or reject it. */
  | 'PENDING'
  /** Rejected by a second member of staff; nothing moved. */
  | 'REJECTED';

/** Narrows a player's statement. */
export type WalletStatementFilter = {
  /** Only lines of transactions with this code (BET, WIN, DEPOSIT, ...). */
  code?: string | null | undefined;
  /** Only lines of accounts in this currency. */
  currency?: string | null | undefined;
  /** Only lines posted at or after this instant. */
  from?: string | null | undefined;
  /** Only lines posted before this instant. */
  to?: string | null | undefined;
};

/** Which withdrawals to list; every field given must match. */
export type WithdrawalFilter = {
  /** Only players' withdrawals, or only staff refunds. */
  kind?: WithdrawalKind | null | undefined;
  /** Only this player's withdrawals (a Player ID). */
  playerId?: string | null | undefined;
  /** Only withdrawals in this status (PENDING: the review queue). */
  status?: WithdrawalStatus | null | undefined;
};

/** Who asked for the money to go out. */
export type WithdrawalKind =
  /** Staff refund a deposit, in whole or in part. */
  | 'REFUND'
  /** The player asked to withdraw their cash. */
  | 'WITHDRAWAL';

/** How a withdrawal part is paid out. */
export type WithdrawalRoute =
  /** What refunds cannot carry (winnings): paid by FINANCE by hand to the instrument of `instrumentPayment`. */
  | 'MANUAL'
  /** A payout through the provider: only on rows made before the closed-loop rule. */
  | 'PAYOUT'
  /** A refund of the deposit that funded the player, through its provider (closed loop). */
  | 'REFUND';

/** Where a withdrawal or refund stands. */
export type WithdrawalStatus =
  /** Cancelled by the player; the hold released. */
  | 'CANCELLED'
  /** The provider failed or returned it; the hold released. */
  | 'FAILED'
  /** Paid; the hold captured. */
  | 'PAID'
  /** A MANUAL part, approved: waiting for FINANCE to pay it by hand to the instrument it names. */
  | 'PARKED'
  /** Held, waiting for review. */
  | 'PENDING'
  /** Approved; the provider was asked for the refund. */
  | 'PROCESSING'
  /** Refused by staff; the hold released. */
  | 'REJECTED';

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword:
    | { __typename: 'ChangePasswordPayload', sessionsEnded: number }
    | { __typename: 'CurrentPasswordIncorrectError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset:
    | { __typename: 'RequestPasswordResetPayload', accepted: boolean }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword:
    | { __typename: 'InvalidResetTokenError', code: ErrorCode, message: string }
    | { __typename: 'ResetPasswordPayload', accountKind: PasswordAccountKind }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type AffiliateMoneyFieldsFragment = { amount: string, currency: string };

export type AffiliateCpaTermsFieldsFragment = { windowDays: number, holdDays: number, minBets: number | null, byCurrency: Array<{ currency: string, amount: { amount: string, currency: string }, baseline: { amount: string, currency: string }, minWagered: { amount: string, currency: string } | null }> };

export type AffiliateRevShareTermsFieldsFragment = { basis: AffiliateRevShareBasis, mode: AffiliateTieringMode | null, ngrTiers: Array<{ currency: string, tiers: Array<{ rate: string, from: { amount: string, currency: string } }> }> | null, playerTiers: Array<{ from: number, rate: string }> | null };

export type AffiliateNgrRulesFieldsFragment = { bonusCost: boolean, chargebacks: boolean, depositFee: string | null, withdrawalFee: string | null, gamingTax: string | null, adminFee: { kind: AffiliateAdminFeeKind, rate: string | null, byCurrency: Array<{ amount: { amount: string, currency: string } }> | null } | null };

export type AffiliatePlanFieldsFragment = { id: string, name: string, version: number, archived: boolean, archivedAt: string | null, createdAt: string, updatedAt: string, terms: { negativeCarryover: boolean, subAffiliateRate: string | null, clawbackDays: number | null, cpa: { windowDays: number, holdDays: number, minBets: number | null, byCurrency: Array<{ currency: string, amount: { amount: string, currency: string }, baseline: { amount: string, currency: string }, minWagered: { amount: string, currency: string } | null }> } | null, revShare: { basis: AffiliateRevShareBasis, mode: AffiliateTieringMode | null, ngrTiers: Array<{ currency: string, tiers: Array<{ rate: string, from: { amount: string, currency: string } }> }> | null, playerTiers: Array<{ from: number, rate: string }> | null } | null, ngr: { bonusCost: boolean, chargebacks: boolean, depositFee: string | null, withdrawalFee: string | null, gamingTax: string | null, adminFee: { kind: AffiliateAdminFeeKind, rate: string | null, byCurrency: Array<{ amount: { amount: string, currency: string } }> | null } | null } } };

export type AffiliatePlanSummaryFieldsFragment = { id: string, name: string, version: number, archived: boolean, archivedAt: string | null, createdAt: string, updatedAt: string, terms: { negativeCarryover: boolean, subAffiliateRate: string | null, clawbackDays: number | null } };

export type AffiliatePlansQueryVariables = Exact<{
  archived?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AffiliatePlansQuery = { affiliatePlans: { totalCount: number, nodes: Array<{ id: string, name: string, version: number, archived: boolean, archivedAt: string | null, createdAt: string, updatedAt: string, terms: { negativeCarryover: boolean, subAffiliateRate: string | null, clawbackDays: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type AffiliatePlanQueryVariables = Exact<{
  id: string;
}>;


export type AffiliatePlanQuery = { affiliatePlan: { id: string, name: string, version: number, archived: boolean, archivedAt: string | null, createdAt: string, updatedAt: string, terms: { negativeCarryover: boolean, subAffiliateRate: string | null, clawbackDays: number | null, cpa: { windowDays: number, holdDays: number, minBets: number | null, byCurrency: Array<{ currency: string, amount: { amount: string, currency: string }, baseline: { amount: string, currency: string }, minWagered: { amount: string, currency: string } | null }> } | null, revShare: { basis: AffiliateRevShareBasis, mode: AffiliateTieringMode | null, ngrTiers: Array<{ currency: string, tiers: Array<{ rate: string, from: { amount: string, currency: string } }> }> | null, playerTiers: Array<{ from: number, rate: string }> | null } | null, ngr: { bonusCost: boolean, chargebacks: boolean, depositFee: string | null, withdrawalFee: string | null, gamingTax: string | null, adminFee: { kind: AffiliateAdminFeeKind, rate: string | null, byCurrency: Array<{ amount: { amount: string, currency: string } }> | null } | null } } } | null };

export type AffiliateWithPlanQueryVariables = Exact<{
  id: string;
}>;


export type AffiliateWithPlanQuery = { affiliate: { id: string, version: number, plan: { id: string, name: string, version: number } | null, planOverrides: { overridden: Array<string>, negativeCarryover: boolean | null, subAffiliateRate: string | null, clawbackDays: number | null, cpa: { windowDays: number, holdDays: number, minBets: number | null, byCurrency: Array<{ currency: string, amount: { amount: string, currency: string }, baseline: { amount: string, currency: string }, minWagered: { amount: string, currency: string } | null }> } | null, revShare: { basis: AffiliateRevShareBasis, mode: AffiliateTieringMode | null, ngrTiers: Array<{ currency: string, tiers: Array<{ rate: string, from: { amount: string, currency: string } }> }> | null, playerTiers: Array<{ from: number, rate: string }> | null } | null, ngr: { bonusCost: boolean, chargebacks: boolean, depositFee: string | null, withdrawalFee: string | null, gamingTax: string | null, adminFee: { kind: AffiliateAdminFeeKind, rate: string | null, byCurrency: Array<{ amount: { amount: string, currency: string } }> | null } | null } | null } | null } | null };

export type CreateAffiliatePlanMutationVariables = Exact<{
  input: CreateAffiliatePlanInput;
}>;


export type CreateAffiliatePlanMutation = { createAffiliatePlan:
    | { __typename: 'AffiliatePlanNameTakenError', planName: string, code: ErrorCode, message: string }
    | { __typename: 'CreateAffiliatePlanPayload', plan: { id: string, name: string, version: number, archived: boolean, archivedAt: string | null, createdAt: string, updatedAt: string, terms: { negativeCarryover: boolean, subAffiliateRate: string | null, clawbackDays: number | null, cpa: { windowDays: number, holdDays: number, minBets: number | null, byCurrency: Array<{ currency: string, amount: { amount: string, currency: string }, baseline: { amount: string, currency: string }, minWagered: { amount: string, currency: string } | null }> } | null, revShare: { basis: AffiliateRevShareBasis, mode: AffiliateTieringMode | null, ngrTiers: Array<{ currency: string, tiers: Array<{ rate: string, from: { amount: string, currency: string } }> }> | null, playerTiers: Array<{ from: number, rate: string }> | null } | null, ngr: { bonusCost: boolean, chargebacks: boolean, depositFee: string | null, withdrawalFee: string | null, gamingTax: string | null, adminFee: { kind: AffiliateAdminFeeKind, rate: string | null, byCurrency: Array<{ amount: { amount: string, currency: string } }> | null } | null } } } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateAffiliatePlanMutationVariables = Exact<{
  input: UpdateAffiliatePlanInput;
}>;


export type UpdateAffiliatePlanMutation = { updateAffiliatePlan:
    | { __typename: 'AffiliatePlanArchivedError', code: ErrorCode, message: string }
    | { __typename: 'AffiliatePlanNameTakenError', planName: string, code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UpdateAffiliatePlanPayload', plan: { id: string, name: string, version: number, archived: boolean, archivedAt: string | null, createdAt: string, updatedAt: string, terms: { negativeCarryover: boolean, subAffiliateRate: string | null, clawbackDays: number | null, cpa: { windowDays: number, holdDays: number, minBets: number | null, byCurrency: Array<{ currency: string, amount: { amount: string, currency: string }, baseline: { amount: string, currency: string }, minWagered: { amount: string, currency: string } | null }> } | null, revShare: { basis: AffiliateRevShareBasis, mode: AffiliateTieringMode | null, ngrTiers: Array<{ currency: string, tiers: Array<{ rate: string, from: { amount: string, currency: string } }> }> | null, playerTiers: Array<{ from: number, rate: string }> | null } | null, ngr: { bonusCost: boolean, chargebacks: boolean, depositFee: string | null, withdrawalFee: string | null, gamingTax: string | null, adminFee: { kind: AffiliateAdminFeeKind, rate: string | null, byCurrency: Array<{ amount: { amount: string, currency: string } }> | null } | null } } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ArchiveAffiliatePlanMutationVariables = Exact<{
  input: ArchiveAffiliatePlanInput;
}>;


export type ArchiveAffiliatePlanMutation = { archiveAffiliatePlan:
    | { __typename: 'ArchiveAffiliatePlanPayload', plan: { id: string, name: string, version: number, archived: boolean, archivedAt: string | null, createdAt: string, updatedAt: string, terms: { negativeCarryover: boolean, subAffiliateRate: string | null, clawbackDays: number | null, cpa: { windowDays: number, holdDays: number, minBets: number | null, byCurrency: Array<{ currency: string, amount: { amount: string, currency: string }, baseline: { amount: string, currency: string }, minWagered: { amount: string, currency: string } | null }> } | null, revShare: { basis: AffiliateRevShareBasis, mode: AffiliateTieringMode | null, ngrTiers: Array<{ currency: string, tiers: Array<{ rate: string, from: { amount: string, currency: string } }> }> | null, playerTiers: Array<{ from: number, rate: string }> | null } | null, ngr: { bonusCost: boolean, chargebacks: boolean, depositFee: string | null, withdrawalFee: string | null, gamingTax: string | null, adminFee: { kind: AffiliateAdminFeeKind, rate: string | null, byCurrency: Array<{ amount: { amount: string, currency: string } }> | null } | null } } } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type AssignAffiliatePlanMutationVariables = Exact<{
  input: AssignAffiliatePlanInput;
}>;


export type AssignAffiliatePlanMutation = { assignAffiliatePlan:
    | { __typename: 'AffiliateClosedError', code: ErrorCode, message: string }
    | { __typename: 'AffiliatePlanArchivedError', code: ErrorCode, message: string }
    | { __typename: 'AssignAffiliatePlanPayload', affiliate: { id: string, version: number, plan: { id: string, version: number } | null, planOverrides: { overridden: Array<string> } | null } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type InviteAffiliateMutationVariables = Exact<{
  input: InviteAffiliateInput;
}>;


export type InviteAffiliateMutation = { inviteAffiliate:
    | { __typename: 'AffiliateClosedError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'InviteAffiliatePayload', affiliate: { id: string, status: AffiliateStatus } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
   };

export type AffiliateSignInMutationVariables = Exact<{
  input: AffiliateSignInInput;
}>;


export type AffiliateSignInMutation = { affiliateSignIn:
    | { __typename: 'AccountDisabledError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateSignInPayload', tokens: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string }, affiliate: { code: string, name: string, status: AffiliateStatus } }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type MyAffiliateQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  subsFirst?: number | null | undefined;
}>;


export type MyAffiliateQuery = { myAffiliate: { code: string, name: string, status: AffiliateStatus, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, landingUrl: string, campaign: string | null, clickPath: string, clickCount: number, createdAt: string }> }, subAffiliates: { totalCount: number, nodes: Array<{ code: string, name: string }> } } | null };

export type MyAffiliateFunnelQueryVariables = Exact<{
  from: string;
  to: string;
  granularity: AffiliateFunnelGranularity;
}>;


export type MyAffiliateFunnelQuery = { myAffiliate: { funnel: { from: string, to: string, granularity: AffiliateFunnelGranularity, buckets: Array<{ start: string, clicks: number, registrations: number, firstDepositors: number, firstDeposits: Array<{ amount: string, currency: string }> }>, links: Array<{ code: string, buckets: Array<{ start: string, clicks: number, registrations: number }> }> } } | null };

export type MyAffiliateStatementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyAffiliateStatementsQuery = { myAffiliate: { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ periodStart: string, periodEnd: string, status: AffiliateStatementStatus, newPayingPlayers: number, funnel: { clicks: number | null, registrations: number, firstDeposits: number, qualified: number, excluded: number, approved: number }, currencies: Array<{ currency: string, paidAt: string | null, ngr: { ggr: { amount: string }, ngr: { amount: string } }, own: { amount: string }, subAffiliateOverride: { amount: string }, due: { amount: string }, payable: { amount: string }, carryOutRevShare: { amount: string }, carryOutDebt: { amount: string }, lines: Array<{ kind: AffiliateStatementLineKind, playerCount: number, explanation: string, amount: { amount: string } }> }> }> } } | null };

export type AffiliateStatementSummaryFieldsFragment = { id: string, periodStart: string, periodEnd: string, planVersion: number, status: AffiliateStatementStatus, submittedAt: string | null, approvedAt: string | null, paidAt: string | null, rejectionReason: string | null, affiliate: { id: string, code: string } | null, plan: { id: string } | null, currencies: Array<{ currency: string, due: { amount: string, currency: string }, payable: { amount: string, currency: string } }> };

export type AffiliateStatementFieldsFragment = { id: string, periodStart: string, periodEnd: string, planVersion: number, status: AffiliateStatementStatus, submittedAt: string | null, approvedAt: string | null, rejectedAt: string | null, rejectionReason: string | null, paidAt: string | null, newPayingPlayers: number, unpriced: Array<{ currency: string, players: number, stakes: { amount: string }, wins: { amount: string }, deposits: { amount: string } }>, affiliate: { id: string, code: string } | null, plan: { id: string, name: string } | null, submittedBy: { id: string } | null, approvedBy: { id: string } | null, rejectedBy: { id: string } | null, funnel: { clicks: number | null, registrations: number, firstDeposits: number, qualified: number, excluded: number, approved: number }, currencies: Array<{ currency: string, ngr: { stakes: { amount: string, currency: string }, wins: { amount: string, currency: string }, ggr: { amount: string, currency: string }, bonusCost: { amount: string, currency: string }, chargebacks: { amount: string, currency: string }, depositFees: { amount: string, currency: string }, withdrawalFees: { amount: string, currency: string }, gamingTax: { amount: string, currency: string }, adminFee: { amount: string, currency: string }, ngr: { amount: string, currency: string } }, revShare: { basis: string, mode: string, measure: string, tier: number, bands: Array<{ from: string, to: string | null, rate: string, ngr: { amount: string, currency: string } }>, amount: { amount: string, currency: string } } | null, carriedInRevShare: { amount: string, currency: string }, carriedInDebt: { amount: string, currency: string }, revShareBalance: { amount: string, currency: string }, revSharePayable: { amount: string, currency: string }, own: { amount: string, currency: string }, subAffiliateOverride: { amount: string, currency: string }, due: { amount: string, currency: string }, payable: { amount: string, currency: string }, carryOutRevShare: { amount: string, currency: string }, carryOutDebt: { amount: string, currency: string }, lines: Array<{ kind: AffiliateStatementLineKind, explanation: string, amount: { amount: string, currency: string }, players: Array<{ id: string }>, subAffiliate: { id: string } | null }>, commissionTransaction: { id: string } | null, payout: { method: AffiliatePayoutMethod, reference: string, paidAt: string, amount: { amount: string, currency: string }, paidBy: { id: string } | null, transaction: { id: string } | null } | null }> };

export type AffiliateStatementsQueryVariables = Exact<{
  filter?: AffiliateStatementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AffiliateStatementsQuery = { affiliateStatements: { totalCount: number, nodes: Array<{ id: string, periodStart: string, periodEnd: string, planVersion: number, status: AffiliateStatementStatus, submittedAt: string | null, approvedAt: string | null, paidAt: string | null, rejectionReason: string | null, affiliate: { id: string, code: string } | null, plan: { id: string } | null, currencies: Array<{ currency: string, due: { amount: string, currency: string }, payable: { amount: string, currency: string } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type AffiliateStatementQueryVariables = Exact<{
  id: string;
}>;


export type AffiliateStatementQuery = { affiliateStatement: { id: string, periodStart: string, periodEnd: string, planVersion: number, status: AffiliateStatementStatus, submittedAt: string | null, approvedAt: string | null, rejectedAt: string | null, rejectionReason: string | null, paidAt: string | null, newPayingPlayers: number, unpriced: Array<{ currency: string, players: number, stakes: { amount: string }, wins: { amount: string }, deposits: { amount: string } }>, affiliate: { id: string, code: string } | null, plan: { id: string, name: string } | null, submittedBy: { id: string } | null, approvedBy: { id: string } | null, rejectedBy: { id: string } | null, funnel: { clicks: number | null, registrations: number, firstDeposits: number, qualified: number, excluded: number, approved: number }, currencies: Array<{ currency: string, ngr: { stakes: { amount: string, currency: string }, wins: { amount: string, currency: string }, ggr: { amount: string, currency: string }, bonusCost: { amount: string, currency: string }, chargebacks: { amount: string, currency: string }, depositFees: { amount: string, currency: string }, withdrawalFees: { amount: string, currency: string }, gamingTax: { amount: string, currency: string }, adminFee: { amount: string, currency: string }, ngr: { amount: string, currency: string } }, revShare: { basis: string, mode: string, measure: string, tier: number, bands: Array<{ from: string, to: string | null, rate: string, ngr: { amount: string, currency: string } }>, amount: { amount: string, currency: string } } | null, carriedInRevShare: { amount: string, currency: string }, carriedInDebt: { amount: string, currency: string }, revShareBalance: { amount: string, currency: string }, revSharePayable: { amount: string, currency: string }, own: { amount: string, currency: string }, subAffiliateOverride: { amount: string, currency: string }, due: { amount: string, currency: string }, payable: { amount: string, currency: string }, carryOutRevShare: { amount: string, currency: string }, carryOutDebt: { amount: string, currency: string }, lines: Array<{ kind: AffiliateStatementLineKind, explanation: string, amount: { amount: string, currency: string }, players: Array<{ id: string }>, subAffiliate: { id: string } | null }>, commissionTransaction: { id: string } | null, payout: { method: AffiliatePayoutMethod, reference: string, paidAt: string, amount: { amount: string, currency: string }, paidBy: { id: string } | null, transaction: { id: string } | null } | null }> } | null };

export type AffiliateStatementPlayersQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AffiliateStatementPlayersQuery = { affiliateStatement: { id: string, currencies: Array<{ currency: string, players: { totalCount: number, nodes: Array<{ cpaStatus: AffiliateCpaStatus | null, qualifiedOn: string | null, approvedOn: string | null, exclusions: Array<AffiliateCpaExclusion>, player: { id: string } | null, stakes: { amount: string, currency: string }, wins: { amount: string, currency: string }, bonusCost: { amount: string, currency: string }, chargebacks: { amount: string, currency: string }, deposits: { amount: string, currency: string }, withdrawals: { amount: string, currency: string }, cpaAmount: { amount: string, currency: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }> } | null };

export type AffiliateWithStatementsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type AffiliateWithStatementsQuery = { affiliate: { id: string, statements: { totalCount: number, nodes: Array<{ id: string, periodStart: string, periodEnd: string, planVersion: number, status: AffiliateStatementStatus, submittedAt: string | null, approvedAt: string | null, paidAt: string | null, rejectionReason: string | null, affiliate: { id: string, code: string } | null, plan: { id: string } | null, currencies: Array<{ currency: string, due: { amount: string, currency: string }, payable: { amount: string, currency: string } }> }> } } | null };

export type SubmitAffiliateStatementMutationVariables = Exact<{
  input: SubmitAffiliateStatementInput;
}>;


export type SubmitAffiliateStatementMutation = { submitAffiliateStatement:
    | { __typename: 'AffiliateStatementStatusError', status: AffiliateStatementStatus, expected: AffiliateStatementStatus, code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SubmitAffiliateStatementPayload', statement: { id: string, periodStart: string, periodEnd: string, planVersion: number, status: AffiliateStatementStatus, submittedAt: string | null, approvedAt: string | null, paidAt: string | null, rejectionReason: string | null, affiliate: { id: string, code: string } | null, plan: { id: string } | null, currencies: Array<{ currency: string, due: { amount: string, currency: string }, payable: { amount: string, currency: string } }> } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ApproveAffiliateStatementMutationVariables = Exact<{
  input: ApproveAffiliateStatementInput;
}>;


export type ApproveAffiliateStatementMutation = { approveAffiliateStatement:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateStatementSameStaffError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateStatementStatusError', status: AffiliateStatementStatus, expected: AffiliateStatementStatus, code: ErrorCode, message: string }
    | { __typename: 'ApproveAffiliateStatementPayload', statement: { id: string, periodStart: string, periodEnd: string, planVersion: number, status: AffiliateStatementStatus, submittedAt: string | null, approvedAt: string | null, rejectedAt: string | null, rejectionReason: string | null, paidAt: string | null, newPayingPlayers: number, unpriced: Array<{ currency: string, players: number, stakes: { amount: string }, wins: { amount: string }, deposits: { amount: string } }>, affiliate: { id: string, code: string } | null, plan: { id: string, name: string } | null, submittedBy: { id: string } | null, approvedBy: { id: string } | null, rejectedBy: { id: string } | null, funnel: { clicks: number | null, registrations: number, firstDeposits: number, qualified: number, excluded: number, approved: number }, currencies: Array<{ currency: string, ngr: { stakes: { amount: string, currency: string }, wins: { amount: string, currency: string }, ggr: { amount: string, currency: string }, bonusCost: { amount: string, currency: string }, chargebacks: { amount: string, currency: string }, depositFees: { amount: string, currency: string }, withdrawalFees: { amount: string, currency: string }, gamingTax: { amount: string, currency: string }, adminFee: { amount: string, currency: string }, ngr: { amount: string, currency: string } }, revShare: { basis: string, mode: string, measure: string, tier: number, bands: Array<{ from: string, to: string | null, rate: string, ngr: { amount: string, currency: string } }>, amount: { amount: string, currency: string } } | null, carriedInRevShare: { amount: string, currency: string }, carriedInDebt: { amount: string, currency: string }, revShareBalance: { amount: string, currency: string }, revSharePayable: { amount: string, currency: string }, own: { amount: string, currency: string }, subAffiliateOverride: { amount: string, currency: string }, due: { amount: string, currency: string }, payable: { amount: string, currency: string }, carryOutRevShare: { amount: string, currency: string }, carryOutDebt: { amount: string, currency: string }, lines: Array<{ kind: AffiliateStatementLineKind, explanation: string, amount: { amount: string, currency: string }, players: Array<{ id: string }>, subAffiliate: { id: string } | null }>, commissionTransaction: { id: string } | null, payout: { method: AffiliatePayoutMethod, reference: string, paidAt: string, amount: { amount: string, currency: string }, paidBy: { id: string } | null, transaction: { id: string } | null } | null }> } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RejectAffiliateStatementMutationVariables = Exact<{
  input: RejectAffiliateStatementInput;
}>;


export type RejectAffiliateStatementMutation = { rejectAffiliateStatement:
    | { __typename: 'AffiliateStatementSameStaffError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateStatementStatusError', status: AffiliateStatementStatus, expected: AffiliateStatementStatus, code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RejectAffiliateStatementPayload', statement: { rejectedAt: string | null, id: string, periodStart: string, periodEnd: string, planVersion: number, status: AffiliateStatementStatus, submittedAt: string | null, approvedAt: string | null, paidAt: string | null, rejectionReason: string | null, rejectedBy: { id: string } | null, affiliate: { id: string, code: string } | null, plan: { id: string } | null, currencies: Array<{ currency: string, due: { amount: string, currency: string }, payable: { amount: string, currency: string } }> } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PayAffiliateStatementMutationVariables = Exact<{
  input: PayAffiliateStatementInput;
}>;


export type PayAffiliateStatementMutation = { payAffiliateStatement:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateStatementAlreadyPaidError', currency: string, code: ErrorCode, message: string }
    | { __typename: 'AffiliateStatementNothingPayableError', currency: string, code: ErrorCode, message: string }
    | { __typename: 'AffiliateStatementStatusError', status: AffiliateStatementStatus, expected: AffiliateStatementStatus, code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'PayAffiliateStatementPayload', statement: { id: string, periodStart: string, periodEnd: string, planVersion: number, status: AffiliateStatementStatus, submittedAt: string | null, approvedAt: string | null, rejectedAt: string | null, rejectionReason: string | null, paidAt: string | null, newPayingPlayers: number, unpriced: Array<{ currency: string, players: number, stakes: { amount: string }, wins: { amount: string }, deposits: { amount: string } }>, affiliate: { id: string, code: string } | null, plan: { id: string, name: string } | null, submittedBy: { id: string } | null, approvedBy: { id: string } | null, rejectedBy: { id: string } | null, funnel: { clicks: number | null, registrations: number, firstDeposits: number, qualified: number, excluded: number, approved: number }, currencies: Array<{ currency: string, ngr: { stakes: { amount: string, currency: string }, wins: { amount: string, currency: string }, ggr: { amount: string, currency: string }, bonusCost: { amount: string, currency: string }, chargebacks: { amount: string, currency: string }, depositFees: { amount: string, currency: string }, withdrawalFees: { amount: string, currency: string }, gamingTax: { amount: string, currency: string }, adminFee: { amount: string, currency: string }, ngr: { amount: string, currency: string } }, revShare: { basis: string, mode: string, measure: string, tier: number, bands: Array<{ from: string, to: string | null, rate: string, ngr: { amount: string, currency: string } }>, amount: { amount: string, currency: string } } | null, carriedInRevShare: { amount: string, currency: string }, carriedInDebt: { amount: string, currency: string }, revShareBalance: { amount: string, currency: string }, revSharePayable: { amount: string, currency: string }, own: { amount: string, currency: string }, subAffiliateOverride: { amount: string, currency: string }, due: { amount: string, currency: string }, payable: { amount: string, currency: string }, carryOutRevShare: { amount: string, currency: string }, carryOutDebt: { amount: string, currency: string }, lines: Array<{ kind: AffiliateStatementLineKind, explanation: string, amount: { amount: string, currency: string }, players: Array<{ id: string }>, subAffiliate: { id: string } | null }>, commissionTransaction: { id: string } | null, payout: { method: AffiliatePayoutMethod, reference: string, paidAt: string, amount: { amount: string, currency: string }, paidBy: { id: string } | null, transaction: { id: string } | null } | null }> } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type AffiliateFieldsFragment = { id: string, code: string, name: string, email: string, status: AffiliateStatus, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string } | null };

export type AffiliateLinkFieldsFragment = { id: string, code: string, landingUrl: string, campaign: string | null, clickPath: string, createdAt: string, affiliate: { id: string } | null };

export type CreateAffiliateMutationVariables = Exact<{
  input: CreateAffiliateInput;
}>;


export type CreateAffiliateMutation = { createAffiliate:
    | { __typename: 'AffiliateCodeTakenError', affiliateCode: string, code: ErrorCode, message: string }
    | { __typename: 'AffiliateEmailTakenError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateParentIsSubError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateParentUnknownError', code: ErrorCode, message: string }
    | { __typename: 'CreateAffiliatePayload', affiliate: { id: string, code: string, name: string, email: string, status: AffiliateStatus, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string } | null } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateAffiliateMutationVariables = Exact<{
  input: UpdateAffiliateInput;
}>;


export type UpdateAffiliateMutation = { updateAffiliate:
    | { __typename: 'AffiliateClosedError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateHasSubsError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateParentIsSelfError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateParentIsSubError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateParentUnknownError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UpdateAffiliatePayload', affiliate: { id: string, code: string, name: string, email: string, status: AffiliateStatus, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string } | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type CreateAffiliateLinkMutationVariables = Exact<{
  input: CreateAffiliateLinkInput;
}>;


export type CreateAffiliateLinkMutation = { createAffiliateLink:
    | { __typename: 'AffiliateClosedError', code: ErrorCode, message: string }
    | { __typename: 'AffiliateLinkCodeTakenError', linkCode: string, code: ErrorCode, message: string }
    | { __typename: 'CreateAffiliateLinkPayload', link: { id: string, code: string, landingUrl: string, campaign: string | null, clickPath: string, createdAt: string, affiliate: { id: string } | null } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateAffiliateSettingsMutationVariables = Exact<{
  input: UpdateAffiliateSettingsInput;
}>;


export type UpdateAffiliateSettingsMutation = { updateAffiliateSettings:
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UpdateAffiliateSettingsPayload', settings: { attributionWindowDays: number, version: number } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type AffiliateSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AffiliateSettingsQuery = { affiliateSettings: { attributionWindowDays: number, version: number } | null };

export type AffiliatesQueryVariables = Exact<{
  status?: AffiliateStatus | null | undefined;
  parentAffiliateId?: string | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AffiliatesQuery = { affiliates: { totalCount: number, nodes: Array<{ clickCount: number, registrationCount: number, id: string, code: string, name: string, email: string, status: AffiliateStatus, version: number, createdAt: string, updatedAt: string, parent: { id: string, code: string } | null }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type AffiliateQueryVariables = Exact<{
  id: string;
}>;


export type AffiliateQuery = { affiliate: { clickCount: number, registrationCount: number, id: string, code: string, name: string, email: string, status: AffiliateStatus, version: number, createdAt: string, updatedAt: string, subAffiliates: { totalCount: number, nodes: Array<{ id: string, code: string }> }, links: { totalCount: number, nodes: Array<{ id: string, code: string, landingUrl: string, campaign: string | null, clickPath: string, createdAt: string, affiliate: { id: string } | null }> }, parent: { id: string, code: string } | null } | null };

export type AffiliateNodeQueryVariables = Exact<{
  id: string;
}>;


export type AffiliateNodeQuery = { node:
    | { __typename: 'Affiliate', code: string, id: string }
    | { __typename: 'AffiliateLink', code: string, id: string }
    | { __typename: 'AffiliatePlan', id: string }
    | { __typename: 'AffiliateStatement', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditCheckpoint', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BackgroundJob', id: string }
    | { __typename: 'BonusBudget', id: string }
    | { __typename: 'BonusGrant', id: string }
    | { __typename: 'BonusTemplate', id: string }
    | { __typename: 'CollusionPair', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'Experiment', id: string }
    | { __typename: 'Game', id: string }
    | { __typename: 'GameProvider', id: string }
    | { __typename: 'JobQueue', id: string }
    | { __typename: 'KycProvider', id: string }
    | { __typename: 'KycVerification', id: string }
    | { __typename: 'LedgerAccount', id: string }
    | { __typename: 'LedgerHold', id: string }
    | { __typename: 'LedgerTransaction', id: string }
    | { __typename: 'MenuChange', id: string }
    | { __typename: 'Offer', id: string }
    | { __typename: 'OfferClaim', id: string }
    | { __typename: 'OfferDecision', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PaymentProvider', id: string }
    | { __typename: 'Player', id: string }
    | { __typename: 'PlayerNote', id: string }
    | { __typename: 'PlayerOffer', id: string }
    | { __typename: 'PlayerSession', id: string }
    | { __typename: 'PokerHand', id: string }
    | { __typename: 'PokerTable', id: string }
    | { __typename: 'RiskCase', id: string }
    | { __typename: 'RiskCaseAction', id: string }
    | { __typename: 'RiskLink', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'Tenant', id: string }
    | { __typename: 'VipCheck', id: string }
    | { __typename: 'VipPointsAdjustment', id: string }
    | { __typename: 'VipRedemption', id: string }
    | { __typename: 'VipReward', id: string }
    | { __typename: 'VipStatusChange', id: string }
    | { __typename: 'VipTier', id: string }
    | { __typename: 'WalletAdjustment', id: string }
    | { __typename: 'WalletStatementLine', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type PlayerAffiliateAttributionQueryVariables = Exact<{
  id: string;
}>;


export type PlayerAffiliateAttributionQuery = { player: { id: string, affiliateAttribution: { method: AffiliateAttributionMethod, attributedAt: string, affiliate: { id: string, code: string } | null, link: { id: string, code: string } | null, exclusion: { reason: AffiliateExclusionReason, note: string | null, excludedBy: string | null, excludedAt: string } | null } | null } | null };

export type AffiliateExclusionFieldsFragment = { reason: AffiliateExclusionReason, note: string | null, excludedBy: string | null, excludedAt: string };

export type SetAffiliatePlayerExclusionMutationVariables = Exact<{
  input: SetAffiliatePlayerExclusionInput;
}>;


export type SetAffiliatePlayerExclusionMutation = { setAffiliatePlayerExclusion:
    | { __typename: 'InvalidIdError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'SetAffiliatePlayerExclusionPayload', attribution: { affiliate: { id: string } | null, exclusion: { reason: AffiliateExclusionReason, note: string | null, excludedBy: string | null, excludedAt: string } | null } }
    | { __typename: 'TenantNotFoundError', message: string }
    | { __typename: 'TenantRequiredError', message: string }
    | { __typename: 'TenantSuspendedError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

type AuditActorFields_ApiKey_Fragment = { __typename: 'ApiKey', id: string, name: string };

type AuditActorFields_AuditSystemActor_Fragment = { __typename: 'AuditSystemActor', kind: AuditActorKind, job: string | null };

type AuditActorFields_Player_Fragment = { __typename: 'Player', id: string, email: string };

type AuditActorFields_StaffUser_Fragment = { __typename: 'StaffUser', id: string, email: string };

export type AuditActorFieldsFragment =
  | AuditActorFields_ApiKey_Fragment
  | AuditActorFields_AuditSystemActor_Fragment
  | AuditActorFields_Player_Fragment
  | AuditActorFields_StaffUser_Fragment
;

export type AuditEventFieldsFragment = { id: string, seq: number, occurredAt: string, actorKind: AuditActorKind, action: string, targetType: AuditTargetType, targetRef: string, diff: unknown, requestRef: string | null, ip: string | null, prevHash: string, hash: string, actor:
    | { __typename: 'ApiKey', id: string, name: string }
    | { __typename: 'AuditSystemActor', kind: AuditActorKind, job: string | null }
    | { __typename: 'Player', id: string, email: string }
    | { __typename: 'StaffUser', id: string, email: string }
   | null, target:
    | { __typename: 'Affiliate', id: string }
    | { __typename: 'AffiliateLink', id: string }
    | { __typename: 'AffiliatePlan', id: string }
    | { __typename: 'AffiliateStatement', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditCheckpoint', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BackgroundJob', id: string }
    | { __typename: 'BonusBudget', id: string }
    | { __typename: 'BonusGrant', id: string }
    | { __typename: 'BonusTemplate', id: string }
    | { __typename: 'CollusionPair', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'Experiment', id: string }
    | { __typename: 'Game', id: string }
    | { __typename: 'GameProvider', id: string }
    | { __typename: 'JobQueue', id: string }
    | { __typename: 'KycProvider', id: string }
    | { __typename: 'KycVerification', id: string }
    | { __typename: 'LedgerAccount', id: string }
    | { __typename: 'LedgerHold', id: string }
    | { __typename: 'LedgerTransaction', id: string }
    | { __typename: 'MenuChange', id: string }
    | { __typename: 'Offer', id: string }
    | { __typename: 'OfferClaim', id: string }
    | { __typename: 'OfferDecision', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PaymentProvider', id: string }
    | { __typename: 'Player', id: string }
    | { __typename: 'PlayerNote', id: string }
    | { __typename: 'PlayerOffer', id: string }
    | { __typename: 'PlayerSession', id: string }
    | { __typename: 'PokerHand', id: string }
    | { __typename: 'PokerTable', id: string }
    | { __typename: 'RiskCase', id: string }
    | { __typename: 'RiskCaseAction', id: string }
    | { __typename: 'RiskLink', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'Tenant', id: string }
    | { __typename: 'VipCheck', id: string }
    | { __typename: 'VipPointsAdjustment', id: string }
    | { __typename: 'VipRedemption', id: string }
    | { __typename: 'VipReward', id: string }
    | { __typename: 'VipStatusChange', id: string }
    | { __typename: 'VipTier', id: string }
    | { __typename: 'WalletAdjustment', id: string }
    | { __typename: 'WalletStatementLine', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type AuditCheckpointFieldsFragment = { id: string, seq: number, headHash: string, signedAt: string, keyFingerprint: string, signature: string, createdBy:
    | { __typename: 'ApiKey', id: string, name: string }
    | { __typename: 'AuditSystemActor', kind: AuditActorKind, job: string | null }
    | { __typename: 'Player', id: string, email: string }
    | { __typename: 'StaffUser', id: string, email: string }
   | null };

export type AuditEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  actorKind?: AuditActorKind | null | undefined;
  actorId?: string | null | undefined;
  action?: string | null | undefined;
  targetType?: AuditTargetType | null | undefined;
  targetId?: string | null | undefined;
  targetRef?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, seq: number, occurredAt: string, actorKind: AuditActorKind, action: string, targetType: AuditTargetType, targetRef: string, diff: unknown, requestRef: string | null, ip: string | null, prevHash: string, hash: string, actor:
          | { __typename: 'ApiKey', id: string, name: string }
          | { __typename: 'AuditSystemActor', kind: AuditActorKind, job: string | null }
          | { __typename: 'Player', id: string, email: string }
          | { __typename: 'StaffUser', id: string, email: string }
         | null, target:
          | { __typename: 'Affiliate', id: string }
          | { __typename: 'AffiliateLink', id: string }
          | { __typename: 'AffiliatePlan', id: string }
          | { __typename: 'AffiliateStatement', id: string }
          | { __typename: 'ApiKey', id: string }
          | { __typename: 'AuditCheckpoint', id: string }
          | { __typename: 'AuditEvent', id: string }
          | { __typename: 'BackgroundJob', id: string }
          | { __typename: 'BonusBudget', id: string }
          | { __typename: 'BonusGrant', id: string }
          | { __typename: 'BonusTemplate', id: string }
          | { __typename: 'CollusionPair', id: string }
          | { __typename: 'Dispute', id: string }
          | { __typename: 'Experiment', id: string }
          | { __typename: 'Game', id: string }
          | { __typename: 'GameProvider', id: string }
          | { __typename: 'JobQueue', id: string }
          | { __typename: 'KycProvider', id: string }
          | { __typename: 'KycVerification', id: string }
          | { __typename: 'LedgerAccount', id: string }
          | { __typename: 'LedgerHold', id: string }
          | { __typename: 'LedgerTransaction', id: string }
          | { __typename: 'MenuChange', id: string }
          | { __typename: 'Offer', id: string }
          | { __typename: 'OfferClaim', id: string }
          | { __typename: 'OfferDecision', id: string }
          | { __typename: 'Payment', id: string }
          | { __typename: 'PaymentProvider', id: string }
          | { __typename: 'Player', id: string }
          | { __typename: 'PlayerNote', id: string }
          | { __typename: 'PlayerOffer', id: string }
          | { __typename: 'PlayerSession', id: string }
          | { __typename: 'PokerHand', id: string }
          | { __typename: 'PokerTable', id: string }
          | { __typename: 'RiskCase', id: string }
          | { __typename: 'RiskCaseAction', id: string }
          | { __typename: 'RiskLink', id: string }
          | { __typename: 'StaffUser', id: string }
          | { __typename: 'Tenant', id: string }
          | { __typename: 'VipCheck', id: string }
          | { __typename: 'VipPointsAdjustment', id: string }
          | { __typename: 'VipRedemption', id: string }
          | { __typename: 'VipReward', id: string }
          | { __typename: 'VipStatusChange', id: string }
          | { __typename: 'VipTier', id: string }
          | { __typename: 'WalletAdjustment', id: string }
          | { __typename: 'WalletStatementLine', id: string }
          | { __typename: 'Withdrawal', id: string }
         | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type PlayerAuditTrailQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  action?: string | null | undefined;
}>;


export type PlayerAuditTrailQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player', id: string, auditTrail: { totalCount: number, nodes: Array<{ id: string, seq: number, occurredAt: string, actorKind: AuditActorKind, action: string, targetType: AuditTargetType, targetRef: string, diff: unknown, requestRef: string | null, ip: string | null, prevHash: string, hash: string, actor:
            | { __typename: 'ApiKey', id: string, name: string }
            | { __typename: 'AuditSystemActor', kind: AuditActorKind, job: string | null }
            | { __typename: 'Player', id: string, email: string }
            | { __typename: 'StaffUser', id: string, email: string }
           | null, target:
            | { __typename: 'Affiliate', id: string }
            | { __typename: 'AffiliateLink', id: string }
            | { __typename: 'AffiliatePlan', id: string }
            | { __typename: 'AffiliateStatement', id: string }
            | { __typename: 'ApiKey', id: string }
            | { __typename: 'AuditCheckpoint', id: string }
            | { __typename: 'AuditEvent', id: string }
            | { __typename: 'BackgroundJob', id: string }
            | { __typename: 'BonusBudget', id: string }
            | { __typename: 'BonusGrant', id: string }
            | { __typename: 'BonusTemplate', id: string }
            | { __typename: 'CollusionPair', id: string }
            | { __typename: 'Dispute', id: string }
            | { __typename: 'Experiment', id: string }
            | { __typename: 'Game', id: string }
            | { __typename: 'GameProvider', id: string }
            | { __typename: 'JobQueue', id: string }
            | { __typename: 'KycProvider', id: string }
            | { __typename: 'KycVerification', id: string }
            | { __typename: 'LedgerAccount', id: string }
            | { __typename: 'LedgerHold', id: string }
            | { __typename: 'LedgerTransaction', id: string }
            | { __typename: 'MenuChange', id: string }
            | { __typename: 'Offer', id: string }
            | { __typename: 'OfferClaim', id: string }
            | { __typename: 'OfferDecision', id: string }
            | { __typename: 'Payment', id: string }
            | { __typename: 'PaymentProvider', id: string }
            | { __typename: 'Player', id: string }
            | { __typename: 'PlayerNote', id: string }
            | { __typename: 'PlayerOffer', id: string }
            | { __typename: 'PlayerSession', id: string }
            | { __typename: 'PokerHand', id: string }
            | { __typename: 'PokerTable', id: string }
            | { __typename: 'RiskCase', id: string }
            | { __typename: 'RiskCaseAction', id: string }
            | { __typename: 'RiskLink', id: string }
            | { __typename: 'StaffUser', id: string }
            | { __typename: 'Tenant', id: string }
            | { __typename: 'VipCheck', id: string }
            | { __typename: 'VipPointsAdjustment', id: string }
            | { __typename: 'VipRedemption', id: string }
            | { __typename: 'VipReward', id: string }
            | { __typename: 'VipStatusChange', id: string }
            | { __typename: 'VipTier', id: string }
            | { __typename: 'WalletAdjustment', id: string }
            | { __typename: 'WalletStatementLine', id: string }
            | { __typename: 'Withdrawal', id: string }
           | null }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type AuditEventNodeQueryVariables = Exact<{
  id: string;
}>;


export type AuditEventNodeQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint', id: string, seq: number, headHash: string, signedAt: string, keyFingerprint: string, signature: string, createdBy:
        | { __typename: 'ApiKey', id: string, name: string }
        | { __typename: 'AuditSystemActor', kind: AuditActorKind, job: string | null }
        | { __typename: 'Player', id: string, email: string }
        | { __typename: 'StaffUser', id: string, email: string }
       | null }
    | { __typename: 'AuditEvent', id: string, seq: number, occurredAt: string, actorKind: AuditActorKind, action: string, targetType: AuditTargetType, targetRef: string, diff: unknown, requestRef: string | null, ip: string | null, prevHash: string, hash: string, actor:
        | { __typename: 'ApiKey', id: string, name: string }
        | { __typename: 'AuditSystemActor', kind: AuditActorKind, job: string | null }
        | { __typename: 'Player', id: string, email: string }
        | { __typename: 'StaffUser', id: string, email: string }
       | null, target:
        | { __typename: 'Affiliate', id: string }
        | { __typename: 'AffiliateLink', id: string }
        | { __typename: 'AffiliatePlan', id: string }
        | { __typename: 'AffiliateStatement', id: string }
        | { __typename: 'ApiKey', id: string }
        | { __typename: 'AuditCheckpoint', id: string }
        | { __typename: 'AuditEvent', id: string }
        | { __typename: 'BackgroundJob', id: string }
        | { __typename: 'BonusBudget', id: string }
        | { __typename: 'BonusGrant', id: string }
        | { __typename: 'BonusTemplate', id: string }
        | { __typename: 'CollusionPair', id: string }
        | { __typename: 'Dispute', id: string }
        | { __typename: 'Experiment', id: string }
        | { __typename: 'Game', id: string }
        | { __typename: 'GameProvider', id: string }
        | { __typename: 'JobQueue', id: string }
        | { __typename: 'KycProvider', id: string }
        | { __typename: 'KycVerification', id: string }
        | { __typename: 'LedgerAccount', id: string }
        | { __typename: 'LedgerHold', id: string }
        | { __typename: 'LedgerTransaction', id: string }
        | { __typename: 'MenuChange', id: string }
        | { __typename: 'Offer', id: string }
        | { __typename: 'OfferClaim', id: string }
        | { __typename: 'OfferDecision', id: string }
        | { __typename: 'Payment', id: string }
        | { __typename: 'PaymentProvider', id: string }
        | { __typename: 'Player', id: string }
        | { __typename: 'PlayerNote', id: string }
        | { __typename: 'PlayerOffer', id: string }
        | { __typename: 'PlayerSession', id: string }
        | { __typename: 'PokerHand', id: string }
        | { __typename: 'PokerTable', id: string }
        | { __typename: 'RiskCase', id: string }
        | { __typename: 'RiskCaseAction', id: string }
        | { __typename: 'RiskLink', id: string }
        | { __typename: 'StaffUser', id: string }
        | { __typename: 'Tenant', id: string }
        | { __typename: 'VipCheck', id: string }
        | { __typename: 'VipPointsAdjustment', id: string }
        | { __typename: 'VipRedemption', id: string }
        | { __typename: 'VipReward', id: string }
        | { __typename: 'VipStatusChange', id: string }
        | { __typename: 'VipTier', id: string }
        | { __typename: 'WalletAdjustment', id: string }
        | { __typename: 'WalletStatementLine', id: string }
        | { __typename: 'Withdrawal', id: string }
       | null }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type VerifyAuditChainQueryVariables = Exact<{
  fromSeq?: number | null | undefined;
  toSeq?: number | null | undefined;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, fromSeq: number, toSeq: number, headSeq: number, checked: number, checkpointsChecked: number, broken: { seq: number, reason: string, event: { id: string, seq: number, hash: string } | null } | null } | null };

export type AuditCheckpointsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AuditCheckpointsQuery = { auditCheckpoints: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, seq: number, headHash: string, signedAt: string, keyFingerprint: string, signature: string, createdBy:
          | { __typename: 'ApiKey', id: string, name: string }
          | { __typename: 'AuditSystemActor', kind: AuditActorKind, job: string | null }
          | { __typename: 'Player', id: string, email: string }
          | { __typename: 'StaffUser', id: string, email: string }
         | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type ExportAuditRangeQueryVariables = Exact<{
  fromSeq?: number | null | undefined;
  toSeq?: number | null | undefined;
}>;


export type ExportAuditRangeQuery = { exportAuditRange: { format: string, fromSeq: number, toSeq: number, document: string, signingKey: { algorithm: string, publicKey: string, keyFingerprint: string }, events: Array<{ id: string, seq: number }>, checkpoints: Array<{ id: string, seq: number }> } | null };

export type AuditSigningKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditSigningKeyQuery = { auditSigningKey: { algorithm: string, publicKey: string, keyFingerprint: string } | null };

export type CreateAuditCheckpointMutationVariables = Exact<{
  input?: CreateAuditCheckpointInput;
}>;


export type CreateAuditCheckpointMutation = { createAuditCheckpoint:
    | { __typename: 'AuditChainEmptyError', code: ErrorCode, message: string }
    | { __typename: 'CreateAuditCheckpointPayload', checkpoint: { id: string, seq: number, headHash: string, signedAt: string, keyFingerprint: string, signature: string, createdBy:
          | { __typename: 'ApiKey', id: string, name: string }
          | { __typename: 'AuditSystemActor', kind: AuditActorKind, job: string | null }
          | { __typename: 'Player', id: string, email: string }
          | { __typename: 'StaffUser', id: string, email: string }
         | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type BanditStateFieldsFragment = { phase: number, enoughData: boolean, minExposuresPerArm: number, lastReweightAt: string | null, nextReweightAt: string | null, winnerArmKey: string | null, winnerDeclaredAt: string | null, arms: Array<{ armKey: string, isControl: boolean, stopped: boolean, weight: number, pBest: number | null, exposed: number, measured: number, stoppedReason: BanditStopReason | null, stoppedAt: string | null }>, stoppedArms: Array<{ armKey: string, stoppedReason: BanditStopReason | null, stoppedAt: string | null }>, history: Array<{ period: number, startsAt: string, endsAt: string | null, reason: ExperimentPeriodReason, weights: Array<{ armKey: string, weight: number, pBest: number | null }> }> };

export type ExperimentBanditQueryVariables = Exact<{
  id: string;
  historyFirst?: number | null | undefined;
}>;


export type ExperimentBanditQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment', id: string, kind: ExperimentKind, bandit: { phase: number, enoughData: boolean, minExposuresPerArm: number, lastReweightAt: string | null, nextReweightAt: string | null, winnerArmKey: string | null, winnerDeclaredAt: string | null, arms: Array<{ armKey: string, isControl: boolean, stopped: boolean, weight: number, pBest: number | null, exposed: number, measured: number, stoppedReason: BanditStopReason | null, stoppedAt: string | null }>, stoppedArms: Array<{ armKey: string, stoppedReason: BanditStopReason | null, stoppedAt: string | null }>, history: Array<{ period: number, startsAt: string, endsAt: string | null, reason: ExperimentPeriodReason, weights: Array<{ armKey: string, weight: number, pBest: number | null }> }> } | null }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type ReweightExperimentNowMutationVariables = Exact<{
  input: ReweightExperimentNowInput;
  historyFirst?: number | null | undefined;
}>;


export type ReweightExperimentNowMutation = { reweightExperimentNow:
    | { __typename: 'ExperimentNotRunningBanditError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ReweightExperimentNowPayload', outcome: BanditReweightOutcome, period: number, winnerDeclared: string | null, bandit: { phase: number, enoughData: boolean, minExposuresPerArm: number, lastReweightAt: string | null, nextReweightAt: string | null, winnerArmKey: string | null, winnerDeclaredAt: string | null, arms: Array<{ armKey: string, isControl: boolean, stopped: boolean, weight: number, pBest: number | null, exposed: number, measured: number, stoppedReason: BanditStopReason | null, stoppedAt: string | null }>, stoppedArms: Array<{ armKey: string, stoppedReason: BanditStopReason | null, stoppedAt: string | null }>, history: Array<{ period: number, startsAt: string, endsAt: string | null, reason: ExperimentPeriodReason, weights: Array<{ armKey: string, weight: number, pBest: number | null }> }> } }
   };

export type BonusMoneyFieldsFragment = { amount: string, currency: string };

export type BonusTermsFieldsFragment = { kind: BonusKind, product: BonusProduct, matchPercent: number | null, cashbackPercent: number | null, cashbackPeriod: CashbackPeriod | null, maxConversionMultiple: number | null, validityHours: number, currencies: Array<{ currency: string, amount: { amount: string, currency: string } | null, maxBonus: { amount: string, currency: string } | null, minDeposit: { amount: string, currency: string } | null, maxBet: { amount: string, currency: string } | null, freeBetStake: { amount: string, currency: string } | null }>, freeBets: { count: number, games: Array<string>, winsTo: FreeBetWinsTo } | null, wagering: { multiplier: number, base: WageringBase }, gameWeights: Array<{ scope: BonusWeightScope, key: string | null, percent: number }>, eligibility: { countries: Array<string>, tags: Array<string>, excludedTags: Array<string> } };

export type BonusTemplateFieldsFragment = { id: string, name: string, kind: BonusKind, product: BonusProduct, status: BonusTemplateStatus, version: number, wageringMultiple: string | null, createdBy: string, createdAt: string, updatedAt: string, terms: { kind: BonusKind, product: BonusProduct, matchPercent: number | null, cashbackPercent: number | null, cashbackPeriod: CashbackPeriod | null, maxConversionMultiple: number | null, validityHours: number, currencies: Array<{ currency: string, amount: { amount: string, currency: string } | null, maxBonus: { amount: string, currency: string } | null, minDeposit: { amount: string, currency: string } | null, maxBet: { amount: string, currency: string } | null, freeBetStake: { amount: string, currency: string } | null }>, freeBets: { count: number, games: Array<string>, winsTo: FreeBetWinsTo } | null, wagering: { multiplier: number, base: WageringBase }, gameWeights: Array<{ scope: BonusWeightScope, key: string | null, percent: number }>, eligibility: { countries: Array<string>, tags: Array<string>, excludedTags: Array<string> } } };

export type BonusTemplateSummaryFieldsFragment = { id: string, name: string, kind: BonusKind, product: BonusProduct, status: BonusTemplateStatus, version: number, wageringMultiple: string | null, createdAt: string, updatedAt: string, terms: { validityHours: number, wagering: { multiplier: number, base: WageringBase } } };

export type BonusBudgetFieldsFragment = { id: string, currency: string, basis: BonusBudgetBasis, period: BonusBudgetPeriod, createdAt: string, updatedAt: string, template: { id: string, name: string } | null, totalLimit: { amount: string, currency: string } | null, perPlayerLimit: { amount: string, currency: string } | null, usage: { periodStart: string, periodEnd: string | null, reserved: { amount: string, currency: string }, consumed: { amount: string, currency: string }, remaining: { amount: string, currency: string } | null } };

export type BonusSettingsFieldsFragment = { jurisdiction: BonusJurisdiction | null, maxWageringMultiplier: number | null, wageringCap: number | null, wageringCapRule: string | null, updatedAt: string | null };

type BonusTemplateErrorFields_AccountDisabledError_Fragment = { __typename: 'AccountDisabledError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AccountFrozenError_Fragment = { __typename: 'AccountFrozenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AccountNotFoundError_Fragment = { __typename: 'AccountNotFoundError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AdjustmentNotFoundError_Fragment = { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AdjustmentNotPendingError_Fragment = { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateClosedError_Fragment = { __typename: 'AffiliateClosedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateCodeTakenError_Fragment = { __typename: 'AffiliateCodeTakenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateEmailTakenError_Fragment = { __typename: 'AffiliateEmailTakenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateHasSubsError_Fragment = { __typename: 'AffiliateHasSubsError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateLinkCodeTakenError_Fragment = { __typename: 'AffiliateLinkCodeTakenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateParentIsSelfError_Fragment = { __typename: 'AffiliateParentIsSelfError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateParentIsSubError_Fragment = { __typename: 'AffiliateParentIsSubError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateParentUnknownError_Fragment = { __typename: 'AffiliateParentUnknownError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliatePlanArchivedError_Fragment = { __typename: 'AffiliatePlanArchivedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliatePlanNameTakenError_Fragment = { __typename: 'AffiliatePlanNameTakenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateStatementAlreadyPaidError_Fragment = { __typename: 'AffiliateStatementAlreadyPaidError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateStatementNothingPayableError_Fragment = { __typename: 'AffiliateStatementNothingPayableError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateStatementSameStaffError_Fragment = { __typename: 'AffiliateStatementSameStaffError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AffiliateStatementStatusError_Fragment = { __typename: 'AffiliateStatementStatusError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AlreadyReversedError_Fragment = { __typename: 'AlreadyReversedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_AuditChainEmptyError_Fragment = { __typename: 'AuditChainEmptyError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_BalanceOverflowError_Fragment = { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null };

type BonusTemplateErrorFields_BonusBudgetExceededError_Fragment = { __typename: 'BonusBudgetExceededError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_BonusNotActiveError_Fragment = { __typename: 'BonusNotActiveError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_BonusNotEligibleError_Fragment = { __typename: 'BonusNotEligibleError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_BonusNotPendingReviewError_Fragment = { __typename: 'BonusNotPendingReviewError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_BonusTemplateArchivedError_Fragment = { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_BonusTemplateNameTakenError_Fragment = { __typename: 'BonusTemplateNameTakenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_CannotGrantError_Fragment = { __typename: 'CannotGrantError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_CaptureExceedsHoldError_Fragment = { __typename: 'CaptureExceedsHoldError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_CurrencyMismatchError_Fragment = { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_CurrentPasswordIncorrectError_Fragment = { __typename: 'CurrentPasswordIncorrectError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_DepositLimitReachedError_Fragment = { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_DisputeClosedError_Fragment = { __typename: 'DisputeClosedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_DisputeNotFoundError_Fragment = { __typename: 'DisputeNotFoundError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_EmailTakenError_Fragment = { __typename: 'EmailTakenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_ExperimentAlreadyRunningError_Fragment = { __typename: 'ExperimentAlreadyRunningError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_ExperimentArmOfferUnavailableError_Fragment = { __typename: 'ExperimentArmOfferUnavailableError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_ExperimentNotDraftError_Fragment = { __typename: 'ExperimentNotDraftError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_ExperimentNotRunningBanditError_Fragment = { __typename: 'ExperimentNotRunningBanditError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_ExperimentNotRunningError_Fragment = { __typename: 'ExperimentNotRunningError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_ExperimentPlacementBusyError_Fragment = { __typename: 'ExperimentPlacementBusyError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_GameAlreadyExistsError_Fragment = { __typename: 'GameAlreadyExistsError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_GameCurrencyNotSupportedError_Fragment = { __typename: 'GameCurrencyNotSupportedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_GameDisabledError_Fragment = { __typename: 'GameDisabledError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_GameNotFoundError_Fragment = { __typename: 'GameNotFoundError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_HoldNotFoundError_Fragment = { __typename: 'HoldNotFoundError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_HoldNotOpenError_Fragment = { __typename: 'HoldNotOpenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_IdempotencyConflictError_Fragment = { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_InsufficientFundsError_Fragment = { __typename: 'InsufficientFundsError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_InvalidIdError_Fragment = { __typename: 'InvalidIdError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_InvalidRefreshTokenError_Fragment = { __typename: 'InvalidRefreshTokenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_InvalidResetTokenError_Fragment = { __typename: 'InvalidResetTokenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_JobNotFailedError_Fragment = { __typename: 'JobNotFailedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_KycLevelAlreadyReachedError_Fragment = { __typename: 'KycLevelAlreadyReachedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_KycProviderFailedError_Fragment = { __typename: 'KycProviderFailedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_KycProviderNotConfiguredError_Fragment = { __typename: 'KycProviderNotConfiguredError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_KycProviderUnsupportedError_Fragment = { __typename: 'KycProviderUnsupportedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_KycVerificationNotPendingError_Fragment = { __typename: 'KycVerificationNotPendingError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_LocaleNotOfferedError_Fragment = { __typename: 'LocaleNotOfferedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_LossLimitReachedError_Fragment = { __typename: 'LossLimitReachedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_OfferArchivedError_Fragment = { __typename: 'OfferArchivedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_OfferClaimLimitReachedError_Fragment = { __typename: 'OfferClaimLimitReachedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_OfferNameTakenError_Fragment = { __typename: 'OfferNameTakenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_OfferNotAvailableError_Fragment = { __typename: 'OfferNotAvailableError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_OfferNotShownError_Fragment = { __typename: 'OfferNotShownError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PaymentAmountOutOfBoundsError_Fragment = { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PaymentCurrencyUnsupportedError_Fragment = { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PaymentNotFoundError_Fragment = { __typename: 'PaymentNotFoundError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PaymentProviderFailedError_Fragment = { __typename: 'PaymentProviderFailedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PaymentProviderUnsupportedError_Fragment = { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PokerBuyInOutOfRangeError_Fragment = { __typename: 'PokerBuyInOutOfRangeError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PokerHandFinishedError_Fragment = { __typename: 'PokerHandFinishedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PokerIllegalActionError_Fragment = { __typename: 'PokerIllegalActionError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PokerIllegalAmountError_Fragment = { __typename: 'PokerIllegalAmountError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PokerNotInHandError_Fragment = { __typename: 'PokerNotInHandError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PokerNotSeatedError_Fragment = { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PokerNotYourTurnError_Fragment = { __typename: 'PokerNotYourTurnError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PokerProviderUnavailableError_Fragment = { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PokerSeatUnavailableError_Fragment = { __typename: 'PokerSeatUnavailableError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_PokerTableNotFoundError_Fragment = { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_RefundExceedsPaymentError_Fragment = { __typename: 'RefundExceedsPaymentError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_RgCannotShortenError_Fragment = { __typename: 'RgCannotShortenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_RiskActionNotPendingError_Fragment = { __typename: 'RiskActionNotPendingError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_RiskActionSameStaffError_Fragment = { __typename: 'RiskActionSameStaffError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_RiskCaseClosedError_Fragment = { __typename: 'RiskCaseClosedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_RiskCaseHasPendingActionsError_Fragment = { __typename: 'RiskCaseHasPendingActionsError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_RiskCasePlayerNotInCaseError_Fragment = { __typename: 'RiskCasePlayerNotInCaseError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_SelfApprovalError_Fragment = { __typename: 'SelfApprovalError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_SelfExcludedError_Fragment = { __typename: 'SelfExcludedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_SessionLimitReachedError_Fragment = { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_TenantDomainTakenError_Fragment = { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_TenantNotFoundError_Fragment = { __typename: 'TenantNotFoundError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_TenantRequiredError_Fragment = { __typename: 'TenantRequiredError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_TenantSlugTakenError_Fragment = { __typename: 'TenantSlugTakenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_TenantSuspendedError_Fragment = { __typename: 'TenantSuspendedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_TimeOutActiveError_Fragment = { __typename: 'TimeOutActiveError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_TransactionNotFoundError_Fragment = { __typename: 'TransactionNotFoundError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_UnknownDialectError_Fragment = { __typename: 'UnknownDialectError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_UnknownMenuItemError_Fragment = { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_UnsupportedCurrencyError_Fragment = { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> };

type BonusTemplateErrorFields_VerificationRequiredError_Fragment = { __typename: 'VerificationRequiredError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipAdjustmentBelowZeroError_Fragment = { __typename: 'VipAdjustmentBelowZeroError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipCheckNotPendingError_Fragment = { __typename: 'VipCheckNotPendingError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipCheckSameStaffError_Fragment = { __typename: 'VipCheckSameStaffError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipCheckTierNotHighValueError_Fragment = { __typename: 'VipCheckTierNotHighValueError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipInsufficientPointsError_Fragment = { __typename: 'VipInsufficientPointsError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipManagerNotABenefitError_Fragment = { __typename: 'VipManagerNotABenefitError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipManagerNotStaffError_Fragment = { __typename: 'VipManagerNotStaffError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipProgrammeOffError_Fragment = { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipRedemptionPriceMismatchError_Fragment = { __typename: 'VipRedemptionPriceMismatchError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipRedemptionTooSmallError_Fragment = { __typename: 'VipRedemptionTooSmallError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipRedemptionUnavailableError_Fragment = { __typename: 'VipRedemptionUnavailableError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipRewardTemplateUnknownError_Fragment = { __typename: 'VipRewardTemplateUnknownError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipRewardsSuppressedError_Fragment = { __typename: 'VipRewardsSuppressedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipTierArchivedError_Fragment = { __typename: 'VipTierArchivedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipTierKeyTakenError_Fragment = { __typename: 'VipTierKeyTakenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_VipTierRankTakenError_Fragment = { __typename: 'VipTierRankTakenError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_WageringCapExceededError_Fragment = { __typename: 'WageringCapExceededError', rule: string, cap: number, effectiveMultiple: string | null, code: ErrorCode, message: string };

type BonusTemplateErrorFields_WithdrawalAlreadyApprovedError_Fragment = { __typename: 'WithdrawalAlreadyApprovedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_WithdrawalCompleterApprovedError_Fragment = { __typename: 'WithdrawalCompleterApprovedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_WithdrawalExceedsAvailableError_Fragment = { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_WithdrawalNeedsConfirmationError_Fragment = { __typename: 'WithdrawalNeedsConfirmationError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_WithdrawalNoRouteError_Fragment = { __typename: 'WithdrawalNoRouteError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_WithdrawalNotFoundError_Fragment = { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_WithdrawalNotParkedError_Fragment = { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_WithdrawalNotPendingError_Fragment = { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_WithdrawalProviderNotFundingError_Fragment = { __typename: 'WithdrawalProviderNotFundingError', code: ErrorCode, message: string };

type BonusTemplateErrorFields_WithdrawalSelfApprovalError_Fragment = { __typename: 'WithdrawalSelfApprovalError', code: ErrorCode, message: string };

export type BonusTemplateErrorFieldsFragment =
  | BonusTemplateErrorFields_AccountDisabledError_Fragment
  | BonusTemplateErrorFields_AccountFrozenError_Fragment
  | BonusTemplateErrorFields_AccountNotFoundError_Fragment
  | BonusTemplateErrorFields_AdjustmentNotFoundError_Fragment
  | BonusTemplateErrorFields_AdjustmentNotPendingError_Fragment
  | BonusTemplateErrorFields_AffiliateClosedError_Fragment
  | BonusTemplateErrorFields_AffiliateCodeTakenError_Fragment
  | BonusTemplateErrorFields_AffiliateEmailTakenError_Fragment
  | BonusTemplateErrorFields_AffiliateHasSubsError_Fragment
  | BonusTemplateErrorFields_AffiliateLinkCodeTakenError_Fragment
  | BonusTemplateErrorFields_AffiliateParentIsSelfError_Fragment
  | BonusTemplateErrorFields_AffiliateParentIsSubError_Fragment
  | BonusTemplateErrorFields_AffiliateParentUnknownError_Fragment
  | BonusTemplateErrorFields_AffiliatePlanArchivedError_Fragment
  | BonusTemplateErrorFields_AffiliatePlanNameTakenError_Fragment
  | BonusTemplateErrorFields_AffiliateStatementAlreadyPaidError_Fragment
  | BonusTemplateErrorFields_AffiliateStatementNothingPayableError_Fragment
  | BonusTemplateErrorFields_AffiliateStatementSameStaffError_Fragment
  | BonusTemplateErrorFields_AffiliateStatementStatusError_Fragment
  | BonusTemplateErrorFields_AlreadyReversedError_Fragment
  | BonusTemplateErrorFields_AuditChainEmptyError_Fragment
  | BonusTemplateErrorFields_BalanceOverflowError_Fragment
  | BonusTemplateErrorFields_BonusBudgetExceededError_Fragment
  | BonusTemplateErrorFields_BonusNotActiveError_Fragment
  | BonusTemplateErrorFields_BonusNotEligibleError_Fragment
  | BonusTemplateErrorFields_BonusNotPendingReviewError_Fragment
  | BonusTemplateErrorFields_BonusTemplateArchivedError_Fragment
  | BonusTemplateErrorFields_BonusTemplateNameTakenError_Fragment
  | BonusTemplateErrorFields_CannotGrantError_Fragment
  | BonusTemplateErrorFields_CaptureExceedsHoldError_Fragment
  | BonusTemplateErrorFields_CurrencyMismatchError_Fragment
  | BonusTemplateErrorFields_CurrentPasswordIncorrectError_Fragment
  | BonusTemplateErrorFields_DepositLimitReachedError_Fragment
  | BonusTemplateErrorFields_DisputeClosedError_Fragment
  | BonusTemplateErrorFields_DisputeNotFoundError_Fragment
  | BonusTemplateErrorFields_EmailTakenError_Fragment
  | BonusTemplateErrorFields_ExperimentAlreadyRunningError_Fragment
  | BonusTemplateErrorFields_ExperimentArmOfferUnavailableError_Fragment
  | BonusTemplateErrorFields_ExperimentNotDraftError_Fragment
  | BonusTemplateErrorFields_ExperimentNotRunningBanditError_Fragment
  | BonusTemplateErrorFields_ExperimentNotRunningError_Fragment
  | BonusTemplateErrorFields_ExperimentPlacementBusyError_Fragment
  | BonusTemplateErrorFields_GameAlreadyExistsError_Fragment
  | BonusTemplateErrorFields_GameCurrencyNotSupportedError_Fragment
  | BonusTemplateErrorFields_GameDisabledError_Fragment
  | BonusTemplateErrorFields_GameNotFoundError_Fragment
  | BonusTemplateErrorFields_HoldNotFoundError_Fragment
  | BonusTemplateErrorFields_HoldNotOpenError_Fragment
  | BonusTemplateErrorFields_IdempotencyConflictError_Fragment
  | BonusTemplateErrorFields_InsufficientFundsError_Fragment
  | BonusTemplateErrorFields_InvalidCredentialsError_Fragment
  | BonusTemplateErrorFields_InvalidIdError_Fragment
  | BonusTemplateErrorFields_InvalidRefreshTokenError_Fragment
  | BonusTemplateErrorFields_InvalidResetTokenError_Fragment
  | BonusTemplateErrorFields_JobNotFailedError_Fragment
  | BonusTemplateErrorFields_KycLevelAlreadyReachedError_Fragment
  | BonusTemplateErrorFields_KycProviderFailedError_Fragment
  | BonusTemplateErrorFields_KycProviderNotConfiguredError_Fragment
  | BonusTemplateErrorFields_KycProviderUnsupportedError_Fragment
  | BonusTemplateErrorFields_KycVerificationNotPendingError_Fragment
  | BonusTemplateErrorFields_LocaleNotOfferedError_Fragment
  | BonusTemplateErrorFields_LossLimitReachedError_Fragment
  | BonusTemplateErrorFields_NotFoundError_Fragment
  | BonusTemplateErrorFields_OfferArchivedError_Fragment
  | BonusTemplateErrorFields_OfferClaimLimitReachedError_Fragment
  | BonusTemplateErrorFields_OfferNameTakenError_Fragment
  | BonusTemplateErrorFields_OfferNotAvailableError_Fragment
  | BonusTemplateErrorFields_OfferNotShownError_Fragment
  | BonusTemplateErrorFields_PaymentAmountOutOfBoundsError_Fragment
  | BonusTemplateErrorFields_PaymentCurrencyUnsupportedError_Fragment
  | BonusTemplateErrorFields_PaymentNotFoundError_Fragment
  | BonusTemplateErrorFields_PaymentProviderFailedError_Fragment
  | BonusTemplateErrorFields_PaymentProviderUnsupportedError_Fragment
  | BonusTemplateErrorFields_PokerBuyInOutOfRangeError_Fragment
  | BonusTemplateErrorFields_PokerHandFinishedError_Fragment
  | BonusTemplateErrorFields_PokerIllegalActionError_Fragment
  | BonusTemplateErrorFields_PokerIllegalAmountError_Fragment
  | BonusTemplateErrorFields_PokerNotInHandError_Fragment
  | BonusTemplateErrorFields_PokerNotSeatedError_Fragment
  | BonusTemplateErrorFields_PokerNotYourTurnError_Fragment
  | BonusTemplateErrorFields_PokerProviderUnavailableError_Fragment
  | BonusTemplateErrorFields_PokerSeatUnavailableError_Fragment
  | BonusTemplateErrorFields_PokerTableNotFoundError_Fragment
  | BonusTemplateErrorFields_RefundExceedsPaymentError_Fragment
  | BonusTemplateErrorFields_RgCannotShortenError_Fragment
  | BonusTemplateErrorFields_RiskActionNotPendingError_Fragment
  | BonusTemplateErrorFields_RiskActionSameStaffError_Fragment
  | BonusTemplateErrorFields_RiskCaseClosedError_Fragment
  | BonusTemplateErrorFields_RiskCaseHasPendingActionsError_Fragment
  | BonusTemplateErrorFields_RiskCasePlayerNotInCaseError_Fragment
  | BonusTemplateErrorFields_SelfApprovalError_Fragment
  | BonusTemplateErrorFields_SelfExcludedError_Fragment
  | BonusTemplateErrorFields_SessionLimitReachedError_Fragment
  | BonusTemplateErrorFields_TenantDomainTakenError_Fragment
  | BonusTemplateErrorFields_TenantNotFoundError_Fragment
  | BonusTemplateErrorFields_TenantRequiredError_Fragment
  | BonusTemplateErrorFields_TenantSlugTakenError_Fragment
  | BonusTemplateErrorFields_TenantSuspendedError_Fragment
  | BonusTemplateErrorFields_TimeOutActiveError_Fragment
  | BonusTemplateErrorFields_TransactionNotFoundError_Fragment
  | BonusTemplateErrorFields_UnknownDialectError_Fragment
  | BonusTemplateErrorFields_UnknownMenuItemError_Fragment
  | BonusTemplateErrorFields_UnsupportedCurrencyError_Fragment
  | BonusTemplateErrorFields_ValidationError_Fragment
  | BonusTemplateErrorFields_VerificationRequiredError_Fragment
  | BonusTemplateErrorFields_VipAdjustmentBelowZeroError_Fragment
  | BonusTemplateErrorFields_VipCheckNotPendingError_Fragment
  | BonusTemplateErrorFields_VipCheckSameStaffError_Fragment
  | BonusTemplateErrorFields_VipCheckTierNotHighValueError_Fragment
  | BonusTemplateErrorFields_VipInsufficientPointsError_Fragment
  | BonusTemplateErrorFields_VipManagerNotABenefitError_Fragment
  | BonusTemplateErrorFields_VipManagerNotStaffError_Fragment
  | BonusTemplateErrorFields_VipProgrammeOffError_Fragment
  | BonusTemplateErrorFields_VipRedemptionPriceMismatchError_Fragment
  | BonusTemplateErrorFields_VipRedemptionTooSmallError_Fragment
  | BonusTemplateErrorFields_VipRedemptionUnavailableError_Fragment
  | BonusTemplateErrorFields_VipRewardTemplateUnknownError_Fragment
  | BonusTemplateErrorFields_VipRewardsSuppressedError_Fragment
  | BonusTemplateErrorFields_VipTierArchivedError_Fragment
  | BonusTemplateErrorFields_VipTierKeyTakenError_Fragment
  | BonusTemplateErrorFields_VipTierRankTakenError_Fragment
  | BonusTemplateErrorFields_WageringCapExceededError_Fragment
  | BonusTemplateErrorFields_WithdrawalAlreadyApprovedError_Fragment
  | BonusTemplateErrorFields_WithdrawalCompleterApprovedError_Fragment
  | BonusTemplateErrorFields_WithdrawalExceedsAvailableError_Fragment
  | BonusTemplateErrorFields_WithdrawalNeedsConfirmationError_Fragment
  | BonusTemplateErrorFields_WithdrawalNoRouteError_Fragment
  | BonusTemplateErrorFields_WithdrawalNotFoundError_Fragment
  | BonusTemplateErrorFields_WithdrawalNotParkedError_Fragment
  | BonusTemplateErrorFields_WithdrawalNotPendingError_Fragment
  | BonusTemplateErrorFields_WithdrawalProviderNotFundingError_Fragment
  | BonusTemplateErrorFields_WithdrawalSelfApprovalError_Fragment
;

export type BonusTemplatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  status?: BonusTemplateStatus | null | undefined;
  kind?: BonusKind | null | undefined;
}>;


export type BonusTemplatesQuery = { bonusTemplates: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, kind: BonusKind, product: BonusProduct, status: BonusTemplateStatus, version: number, wageringMultiple: string | null, createdAt: string, updatedAt: string, terms: { validityHours: number, wagering: { multiplier: number, base: WageringBase } } } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type BonusTemplateQueryVariables = Exact<{
  id: string;
}>;


export type BonusTemplateQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate', id: string, name: string, kind: BonusKind, product: BonusProduct, status: BonusTemplateStatus, version: number, wageringMultiple: string | null, createdBy: string, createdAt: string, updatedAt: string, terms: { kind: BonusKind, product: BonusProduct, matchPercent: number | null, cashbackPercent: number | null, cashbackPeriod: CashbackPeriod | null, maxConversionMultiple: number | null, validityHours: number, currencies: Array<{ currency: string, amount: { amount: string, currency: string } | null, maxBonus: { amount: string, currency: string } | null, minDeposit: { amount: string, currency: string } | null, maxBet: { amount: string, currency: string } | null, freeBetStake: { amount: string, currency: string } | null }>, freeBets: { count: number, games: Array<string>, winsTo: FreeBetWinsTo } | null, wagering: { multiplier: number, base: WageringBase }, gameWeights: Array<{ scope: BonusWeightScope, key: string | null, percent: number }>, eligibility: { countries: Array<string>, tags: Array<string>, excludedTags: Array<string> } } }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type BonusTemplateExpectedCostQueryVariables = Exact<{
  id: string;
  currency: string;
  mix?: Array<BonusGameShareInput> | BonusGameShareInput | null | undefined;
}>;


export type BonusTemplateExpectedCostQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate', id: string, expectedCost: { amount: string, currency: string } | null }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type BonusSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type BonusSettingsQuery = { bonusSettings: { jurisdiction: BonusJurisdiction | null, maxWageringMultiplier: number | null, wageringCap: number | null, wageringCapRule: string | null, updatedAt: string | null } | null };

export type BonusBudgetsQueryVariables = Exact<{
  templateId?: string | null | undefined;
  tenantWideOnly?: boolean | null | undefined;
}>;


export type BonusBudgetsQuery = { bonusBudgets: Array<{ id: string, currency: string, basis: BonusBudgetBasis, period: BonusBudgetPeriod, createdAt: string, updatedAt: string, template: { id: string, name: string } | null, totalLimit: { amount: string, currency: string } | null, perPlayerLimit: { amount: string, currency: string } | null, usage: { periodStart: string, periodEnd: string | null, reserved: { amount: string, currency: string }, consumed: { amount: string, currency: string }, remaining: { amount: string, currency: string } | null } }> | null };

export type CreateBonusTemplateMutationVariables = Exact<{
  input: CreateBonusTemplateInput;
}>;


export type CreateBonusTemplateMutation = { createBonusTemplate:
    | { __typename: 'BonusTemplateNameTakenError', code: ErrorCode, message: string }
    | { __typename: 'CreateBonusTemplatePayload', template: { id: string, name: string, kind: BonusKind, product: BonusProduct, status: BonusTemplateStatus, version: number, wageringMultiple: string | null, createdBy: string, createdAt: string, updatedAt: string, terms: { kind: BonusKind, product: BonusProduct, matchPercent: number | null, cashbackPercent: number | null, cashbackPeriod: CashbackPeriod | null, maxConversionMultiple: number | null, validityHours: number, currencies: Array<{ currency: string, amount: { amount: string, currency: string } | null, maxBonus: { amount: string, currency: string } | null, minDeposit: { amount: string, currency: string } | null, maxBet: { amount: string, currency: string } | null, freeBetStake: { amount: string, currency: string } | null }>, freeBets: { count: number, games: Array<string>, winsTo: FreeBetWinsTo } | null, wagering: { multiplier: number, base: WageringBase }, gameWeights: Array<{ scope: BonusWeightScope, key: string | null, percent: number }>, eligibility: { countries: Array<string>, tags: Array<string>, excludedTags: Array<string> } } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WageringCapExceededError', rule: string, cap: number, effectiveMultiple: string | null, code: ErrorCode, message: string }
   };

export type UpdateBonusTemplateMutationVariables = Exact<{
  input: UpdateBonusTemplateInput;
}>;


export type UpdateBonusTemplateMutation = { updateBonusTemplate:
    | { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string }
    | { __typename: 'BonusTemplateNameTakenError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateBonusTemplatePayload', template: { id: string, name: string, kind: BonusKind, product: BonusProduct, status: BonusTemplateStatus, version: number, wageringMultiple: string | null, createdBy: string, createdAt: string, updatedAt: string, terms: { kind: BonusKind, product: BonusProduct, matchPercent: number | null, cashbackPercent: number | null, cashbackPeriod: CashbackPeriod | null, maxConversionMultiple: number | null, validityHours: number, currencies: Array<{ currency: string, amount: { amount: string, currency: string } | null, maxBonus: { amount: string, currency: string } | null, minDeposit: { amount: string, currency: string } | null, maxBet: { amount: string, currency: string } | null, freeBetStake: { amount: string, currency: string } | null }>, freeBets: { count: number, games: Array<string>, winsTo: FreeBetWinsTo } | null, wagering: { multiplier: number, base: WageringBase }, gameWeights: Array<{ scope: BonusWeightScope, key: string | null, percent: number }>, eligibility: { countries: Array<string>, tags: Array<string>, excludedTags: Array<string> } } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WageringCapExceededError', rule: string, cap: number, effectiveMultiple: string | null, code: ErrorCode, message: string }
   };

export type ArchiveBonusTemplateMutationVariables = Exact<{
  input: ArchiveBonusTemplateInput;
}>;


export type ArchiveBonusTemplateMutation = { archiveBonusTemplate:
    | { __typename: 'ArchiveBonusTemplatePayload', template: { id: string, name: string, kind: BonusKind, product: BonusProduct, status: BonusTemplateStatus, version: number, wageringMultiple: string | null, createdBy: string, createdAt: string, updatedAt: string, terms: { kind: BonusKind, product: BonusProduct, matchPercent: number | null, cashbackPercent: number | null, cashbackPeriod: CashbackPeriod | null, maxConversionMultiple: number | null, validityHours: number, currencies: Array<{ currency: string, amount: { amount: string, currency: string } | null, maxBonus: { amount: string, currency: string } | null, minDeposit: { amount: string, currency: string } | null, maxBet: { amount: string, currency: string } | null, freeBetStake: { amount: string, currency: string } | null }>, freeBets: { count: number, games: Array<string>, winsTo: FreeBetWinsTo } | null, wagering: { multiplier: number, base: WageringBase }, gameWeights: Array<{ scope: BonusWeightScope, key: string | null, percent: number }>, eligibility: { countries: Array<string>, tags: Array<string>, excludedTags: Array<string> } } } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type SetBonusSettingsMutationVariables = Exact<{
  input: SetBonusSettingsInput;
}>;


export type SetBonusSettingsMutation = { setBonusSettings:
    | { __typename: 'SetBonusSettingsPayload', settings: { jurisdiction: BonusJurisdiction | null, maxWageringMultiplier: number | null, wageringCap: number | null, wageringCapRule: string | null, updatedAt: string | null }, activeTemplatesOverCap: Array<{ id: string, name: string, wageringMultiple: string | null }> }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SetBonusBudgetMutationVariables = Exact<{
  input: SetBonusBudgetInput;
}>;


export type SetBonusBudgetMutation = { setBonusBudget:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SetBonusBudgetPayload', budget: { id: string, currency: string, basis: BonusBudgetBasis, period: BonusBudgetPeriod, createdAt: string, updatedAt: string, template: { id: string, name: string } | null, totalLimit: { amount: string, currency: string } | null, perPlayerLimit: { amount: string, currency: string } | null, usage: { periodStart: string, periodEnd: string | null, reserved: { amount: string, currency: string }, consumed: { amount: string, currency: string }, remaining: { amount: string, currency: string } | null } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RemoveBonusBudgetMutationVariables = Exact<{
  input: RemoveBonusBudgetInput;
}>;


export type RemoveBonusBudgetMutation = { removeBonusBudget:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RemoveBonusBudgetPayload', removedBudgetId: string }
   };

export type BonusMoneyFragment = { amount: string, currency: string, decimal: string };

export type BonusGrantFieldsFragment = { id: string, templateVersion: number, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, endedAt: string | null, createdAt: string, player: { id: string }, template: { id: string, name: string } | null, granted: { amount: string, currency: string, decimal: string }, balance: { amount: string, currency: string, decimal: string }, converted: { amount: string, currency: string, decimal: string } | null, forfeited: { amount: string, currency: string, decimal: string } | null, forfeitCost: { amount: string, currency: string, decimal: string }, progress: { percent: number, wagered: { amount: string, currency: string, decimal: string }, required: { amount: string, currency: string, decimal: string }, contributions: Array<{ gameCode: string, staked: { amount: string, currency: string, decimal: string }, wagered: { amount: string, currency: string, decimal: string } }> }, maxBet: { amount: string, currency: string, decimal: string } | null, freeBets: { total: number, used: number, games: Array<string>, stake: { amount: string, currency: string, decimal: string } } | null };

export type BonusGrantSummaryFragment = { id: string, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, createdAt: string, player: { id: string }, granted: { amount: string }, balance: { amount: string }, forfeitCost: { amount: string }, progress: { percent: number } };

export type BonusGrantReviewFieldsFragment = { review: { reason: string, ip: string | null, deviceFingerprint: string | null, decidedAt: string | null, note: string | null, sharedWith: Array<{ id: string }>, decidedBy: { id: string } | null } | null };

type BonusGrantErrors_BonusBudgetExceededError_Fragment = { scope: BonusBudgetScope, limit: string, remaining: string, budget: { id: string } | null };

type BonusGrantErrors_BonusNotActiveError_Fragment = { status: BonusGrantStatus };

type BonusGrantErrors_BonusNotEligibleError_Fragment = { reason: BonusNotEligibleReason };

type BonusGrantErrors_BonusNotPendingReviewError_Fragment = { status: BonusGrantStatus };

type BonusGrantErrors_InvalidIdError_Fragment = { expectedType: string, path: Array<string> };

export type BonusGrantErrorsFragment =
  | BonusGrantErrors_BonusBudgetExceededError_Fragment
  | BonusGrantErrors_BonusNotActiveError_Fragment
  | BonusGrantErrors_BonusNotEligibleError_Fragment
  | BonusGrantErrors_BonusNotPendingReviewError_Fragment
  | BonusGrantErrors_InvalidIdError_Fragment
;

export type MyBonusesQueryVariables = Exact<{
  status?: BonusGrantStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type MyBonusesQuery = { myBonuses: { totalCount: number, nodes: Array<{ id: string, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, createdAt: string, player: { id: string }, granted: { amount: string }, balance: { amount: string }, forfeitCost: { amount: string }, progress: { percent: number } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type PlayerBonusesQueryVariables = Exact<{
  id: string;
  status?: BonusGrantStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlayerBonusesQuery = { player: { id: string, bonuses: { totalCount: number, nodes: Array<{ id: string, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, createdAt: string, player: { id: string }, granted: { amount: string }, balance: { amount: string }, forfeitCost: { amount: string }, progress: { percent: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type BonusGrantQueryVariables = Exact<{
  id: string;
}>;


export type BonusGrantQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant', id: string, templateVersion: number, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, endedAt: string | null, createdAt: string, player: { id: string }, template: { id: string, name: string } | null, granted: { amount: string, currency: string, decimal: string }, balance: { amount: string, currency: string, decimal: string }, converted: { amount: string, currency: string, decimal: string } | null, forfeited: { amount: string, currency: string, decimal: string } | null, forfeitCost: { amount: string, currency: string, decimal: string }, progress: { percent: number, wagered: { amount: string, currency: string, decimal: string }, required: { amount: string, currency: string, decimal: string }, contributions: Array<{ gameCode: string, staked: { amount: string, currency: string, decimal: string }, wagered: { amount: string, currency: string, decimal: string } }> }, maxBet: { amount: string, currency: string, decimal: string } | null, freeBets: { total: number, used: number, games: Array<string>, stake: { amount: string, currency: string, decimal: string } } | null, review: { reason: string, ip: string | null, deviceFingerprint: string | null, decidedAt: string | null, note: string | null, sharedWith: Array<{ id: string }>, decidedBy: { id: string } | null } | null }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type BonusReviewQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BonusReviewQueueQuery = { bonusReviewQueue: { totalCount: number, nodes: Array<{ id: string, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, createdAt: string, player: { id: string }, granted: { amount: string }, balance: { amount: string }, forfeitCost: { amount: string }, progress: { percent: number }, review: { reason: string, ip: string | null, deviceFingerprint: string | null, decidedAt: string | null, note: string | null, sharedWith: Array<{ id: string }>, decidedBy: { id: string } | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ClaimBonusMutationVariables = Exact<{
  input: ClaimBonusInput;
}>;


export type ClaimBonusMutation = { claimBonus:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'BonusBudgetExceededError', scope: BonusBudgetScope, limit: string, remaining: string, code: ErrorCode, message: string, budget: { id: string } | null }
    | { __typename: 'BonusNotEligibleError', reason: BonusNotEligibleReason, code: ErrorCode, message: string }
    | { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string }
    | { __typename: 'ClaimBonusPayload', replay: boolean, grant: { id: string, templateVersion: number, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, endedAt: string | null, createdAt: string, player: { id: string }, template: { id: string, name: string } | null, granted: { amount: string, currency: string, decimal: string }, balance: { amount: string, currency: string, decimal: string }, converted: { amount: string, currency: string, decimal: string } | null, forfeited: { amount: string, currency: string, decimal: string } | null, forfeitCost: { amount: string, currency: string, decimal: string }, progress: { percent: number, wagered: { amount: string, currency: string, decimal: string }, required: { amount: string, currency: string, decimal: string }, contributions: Array<{ gameCode: string, staked: { amount: string, currency: string, decimal: string }, wagered: { amount: string, currency: string, decimal: string } }> }, maxBet: { amount: string, currency: string, decimal: string } | null, freeBets: { total: number, used: number, games: Array<string>, stake: { amount: string, currency: string, decimal: string } } | null } }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SelfExcludedError', code: ErrorCode, message: string }
    | { __typename: 'TimeOutActiveError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ForfeitBonusMutationVariables = Exact<{
  input: ForfeitBonusInput;
}>;


export type ForfeitBonusMutation = { forfeitBonus:
    | { __typename: 'BonusNotActiveError', status: BonusGrantStatus, code: ErrorCode, message: string }
    | { __typename: 'ForfeitBonusPayload', grant: { id: string, templateVersion: number, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, endedAt: string | null, createdAt: string, player: { id: string }, template: { id: string, name: string } | null, granted: { amount: string, currency: string, decimal: string }, balance: { amount: string, currency: string, decimal: string }, converted: { amount: string, currency: string, decimal: string } | null, forfeited: { amount: string, currency: string, decimal: string } | null, forfeitCost: { amount: string, currency: string, decimal: string }, progress: { percent: number, wagered: { amount: string, currency: string, decimal: string }, required: { amount: string, currency: string, decimal: string }, contributions: Array<{ gameCode: string, staked: { amount: string, currency: string, decimal: string }, wagered: { amount: string, currency: string, decimal: string } }> }, maxBet: { amount: string, currency: string, decimal: string } | null, freeBets: { total: number, used: number, games: Array<string>, stake: { amount: string, currency: string, decimal: string } } | null } }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type GrantBonusMutationVariables = Exact<{
  input: GrantBonusInput;
}>;


export type GrantBonusMutation = { grantBonus:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'BonusBudgetExceededError', scope: BonusBudgetScope, limit: string, remaining: string, code: ErrorCode, message: string, budget: { id: string } | null }
    | { __typename: 'BonusNotEligibleError', reason: BonusNotEligibleReason, code: ErrorCode, message: string }
    | { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string }
    | { __typename: 'GrantBonusPayload', replay: boolean, grant: { id: string, templateVersion: number, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, endedAt: string | null, createdAt: string, player: { id: string }, template: { id: string, name: string } | null, granted: { amount: string, currency: string, decimal: string }, balance: { amount: string, currency: string, decimal: string }, converted: { amount: string, currency: string, decimal: string } | null, forfeited: { amount: string, currency: string, decimal: string } | null, forfeitCost: { amount: string, currency: string, decimal: string }, progress: { percent: number, wagered: { amount: string, currency: string, decimal: string }, required: { amount: string, currency: string, decimal: string }, contributions: Array<{ gameCode: string, staked: { amount: string, currency: string, decimal: string }, wagered: { amount: string, currency: string, decimal: string } }> }, maxBet: { amount: string, currency: string, decimal: string } | null, freeBets: { total: number, used: number, games: Array<string>, stake: { amount: string, currency: string, decimal: string } } | null, review: { reason: string, ip: string | null, deviceFingerprint: string | null, decidedAt: string | null, note: string | null, sharedWith: Array<{ id: string }>, decidedBy: { id: string } | null } | null } }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SelfExcludedError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TimeOutActiveError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ForfeitPlayerBonusMutationVariables = Exact<{
  input: ForfeitPlayerBonusInput;
}>;


export type ForfeitPlayerBonusMutation = { forfeitPlayerBonus:
    | { __typename: 'BonusNotActiveError', status: BonusGrantStatus, code: ErrorCode, message: string }
    | { __typename: 'ForfeitPlayerBonusPayload', grant: { id: string, templateVersion: number, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, endedAt: string | null, createdAt: string, player: { id: string }, template: { id: string, name: string } | null, granted: { amount: string, currency: string, decimal: string }, balance: { amount: string, currency: string, decimal: string }, converted: { amount: string, currency: string, decimal: string } | null, forfeited: { amount: string, currency: string, decimal: string } | null, forfeitCost: { amount: string, currency: string, decimal: string }, progress: { percent: number, wagered: { amount: string, currency: string, decimal: string }, required: { amount: string, currency: string, decimal: string }, contributions: Array<{ gameCode: string, staked: { amount: string, currency: string, decimal: string }, wagered: { amount: string, currency: string, decimal: string } }> }, maxBet: { amount: string, currency: string, decimal: string } | null, freeBets: { total: number, used: number, games: Array<string>, stake: { amount: string, currency: string, decimal: string } } | null } }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ApproveBonusReviewMutationVariables = Exact<{
  input: ApproveBonusReviewInput;
}>;


export type ApproveBonusReviewMutation = { approveBonusReview:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'ApproveBonusReviewPayload', grant: { id: string, templateVersion: number, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, endedAt: string | null, createdAt: string, player: { id: string }, template: { id: string, name: string } | null, granted: { amount: string, currency: string, decimal: string }, balance: { amount: string, currency: string, decimal: string }, converted: { amount: string, currency: string, decimal: string } | null, forfeited: { amount: string, currency: string, decimal: string } | null, forfeitCost: { amount: string, currency: string, decimal: string }, progress: { percent: number, wagered: { amount: string, currency: string, decimal: string }, required: { amount: string, currency: string, decimal: string }, contributions: Array<{ gameCode: string, staked: { amount: string, currency: string, decimal: string }, wagered: { amount: string, currency: string, decimal: string } }> }, maxBet: { amount: string, currency: string, decimal: string } | null, freeBets: { total: number, used: number, games: Array<string>, stake: { amount: string, currency: string, decimal: string } } | null, review: { reason: string, ip: string | null, deviceFingerprint: string | null, decidedAt: string | null, note: string | null, sharedWith: Array<{ id: string }>, decidedBy: { id: string } | null } | null } }
    | { __typename: 'BonusNotEligibleError', reason: BonusNotEligibleReason, code: ErrorCode, message: string }
    | { __typename: 'BonusNotPendingReviewError', status: BonusGrantStatus, code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SelfExcludedError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TimeOutActiveError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RejectBonusReviewMutationVariables = Exact<{
  input: RejectBonusReviewInput;
}>;


export type RejectBonusReviewMutation = { rejectBonusReview:
    | { __typename: 'BonusNotPendingReviewError', status: BonusGrantStatus, code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RejectBonusReviewPayload', grant: { id: string, templateVersion: number, currency: string, kind: BonusGrantKind, status: BonusGrantStatus, expiresAt: string, endReason: BonusGrantEndReason | null, endedAt: string | null, createdAt: string, player: { id: string }, template: { id: string, name: string } | null, granted: { amount: string, currency: string, decimal: string }, balance: { amount: string, currency: string, decimal: string }, converted: { amount: string, currency: string, decimal: string } | null, forfeited: { amount: string, currency: string, decimal: string } | null, forfeitCost: { amount: string, currency: string, decimal: string }, progress: { percent: number, wagered: { amount: string, currency: string, decimal: string }, required: { amount: string, currency: string, decimal: string }, contributions: Array<{ gameCode: string, staked: { amount: string, currency: string, decimal: string }, wagered: { amount: string, currency: string, decimal: string } }> }, maxBet: { amount: string, currency: string, decimal: string } | null, freeBets: { total: number, used: number, games: Array<string>, stake: { amount: string, currency: string, decimal: string } } | null, review: { reason: string, ip: string | null, deviceFingerprint: string | null, decidedAt: string | null, note: string | null, sharedWith: Array<{ id: string }>, decidedBy: { id: string } | null } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type BonusUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BonusUpdatedSubscription = { bonusUpdated: { seq: number, status: BonusGrantStatus, freeBetsUsed: number, endReason: BonusGrantEndReason | null, occurredAt: string, balance: { amount: string, currency: string, decimal: string }, wagered: { amount: string, currency: string, decimal: string }, required: { amount: string, currency: string, decimal: string }, grant: { id: string, status: BonusGrantStatus } | null } };

export type ConsoleWithdrawalsQueryVariables = Exact<{
  status?: WithdrawalStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleWithdrawalsQuery = { withdrawals: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string, email: string, displayName: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null }> } | null };

export type ConsolePlayerQueryVariables = Exact<{
  id: string;
}>;


export type ConsolePlayerQuery = { player: { blockedAt: string | null, blockedReason: string | null, tags: Array<string>, id: string, email: string, displayName: string, locale: Locale, status: PlayerStatus, createdAt: string, balances: Array<{ currency: string, cash: { amount: string, currency: string, decimal: string }, bonus: { amount: string, currency: string, decimal: string }, held: { amount: string, currency: string, decimal: string }, available: { amount: string, currency: string, decimal: string } }>, notes: { totalCount: number, nodes: Array<{ id: string, body: string, authorKind: PlayerNoteAuthorKind, createdAt: string, author: { id: string, email: string } | null }> } } | null };

export type ConsoleMoneyFragment = { amount: string, currency: string, decimal: string };

export type ConsoleKpisQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConsoleKpisQuery = { kpis: { timeZone: string, periods: Array<{ start: string, currencies: Array<{ currency: string, activePlayers: number, ggr: { amount: string, currency: string, decimal: string }, ngr: { amount: string, currency: string, decimal: string }, deposits: { count: number, amount: { amount: string, currency: string, decimal: string } }, withdrawals: { count: number, amount: { amount: string, currency: string, decimal: string } } }> }> } | null, kpiCohorts: Array<{ start: string, size: number, retention: Array<{ day: number, rate: number, complete: boolean }> }> | null };

export type ConsoleRiskCasesQueryVariables = Exact<{
  status?: RiskCaseStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleRiskCasesQuery = { riskCases: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: RiskCaseKind, severity: RiskSeverity, status: RiskCaseStatus, title: string, score: number | null, openedAt: string, updatedAt: string, players: Array<{ id: string, email: string }> } }> } | null };

export type ConsoleRiskCaseQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleRiskCaseQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase', id: string, kind: RiskCaseKind, severity: RiskSeverity, status: RiskCaseStatus, title: string, score: number | null, resolution: RiskCaseResolution | null, resolutionNote: string | null, openedAt: string, version: number, players: Array<{ id: string, email: string }>, evidence: Array<{ type: string, summary: string, at: string, data: unknown }>, actions: { nodes: Array<{ id: string, action: RiskCaseActionKind, status: RiskCaseActionStatus, note: string, requestedAt: string, result: unknown, player: { id: string, email: string }, requestedBy: { id: string, email: string } | null, decidedBy: { id: string, email: string } | null }> } }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type ExperimentFieldsFragment = { id: string, name: string, description: string | null, placement: string, kind: ExperimentKind, goal: ExperimentGoal, currency: string | null, status: ExperimentStatus, phase: number, outcomeWindowHours: number, minExposuresPerArm: number, reweightMinutes: number, armFloor: number, winnerThreshold: number, startedAt: string | null, stoppedAt: string | null, stopReason: string | null, createdBy: string, createdAt: string, updatedAt: string, arms: Array<{ key: string, name: string, isControl: boolean, weight: number, status: ExperimentArmStatus, offer: { id: string } | null }>, periods: Array<{ phase: number, period: number, startsAt: string, endsAt: string | null, reason: ExperimentPeriodReason, weights: Array<{ armKey: string, weight: number }> }> };

export type ExperimentIntervalFieldsFragment = { estimate: number, lower: number, upper: number };

export type ExperimentSrmFieldsFragment = { checked: boolean, chiSquare: number | null, degreesOfFreedom: number | null, pValue: number | null, mismatch: boolean, threshold: number, arms: Array<{ armKey: string, observed: number, expected: number }>, periods: Array<{ period: number, startsAt: string, weights: Array<{ armKey: string, weight: number }>, exposures: Array<{ armKey: string, weight: number }> }> };

type ExperimentErrorFields_AccountDisabledError_Fragment = { __typename: 'AccountDisabledError', code: ErrorCode, message: string };

type ExperimentErrorFields_AccountFrozenError_Fragment = { __typename: 'AccountFrozenError', code: ErrorCode, message: string };

type ExperimentErrorFields_AccountNotFoundError_Fragment = { __typename: 'AccountNotFoundError', code: ErrorCode, message: string };

type ExperimentErrorFields_AdjustmentNotFoundError_Fragment = { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string };

type ExperimentErrorFields_AdjustmentNotPendingError_Fragment = { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateClosedError_Fragment = { __typename: 'AffiliateClosedError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateCodeTakenError_Fragment = { __typename: 'AffiliateCodeTakenError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateEmailTakenError_Fragment = { __typename: 'AffiliateEmailTakenError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateHasSubsError_Fragment = { __typename: 'AffiliateHasSubsError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateLinkCodeTakenError_Fragment = { __typename: 'AffiliateLinkCodeTakenError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateParentIsSelfError_Fragment = { __typename: 'AffiliateParentIsSelfError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateParentIsSubError_Fragment = { __typename: 'AffiliateParentIsSubError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateParentUnknownError_Fragment = { __typename: 'AffiliateParentUnknownError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliatePlanArchivedError_Fragment = { __typename: 'AffiliatePlanArchivedError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliatePlanNameTakenError_Fragment = { __typename: 'AffiliatePlanNameTakenError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateStatementAlreadyPaidError_Fragment = { __typename: 'AffiliateStatementAlreadyPaidError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateStatementNothingPayableError_Fragment = { __typename: 'AffiliateStatementNothingPayableError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateStatementSameStaffError_Fragment = { __typename: 'AffiliateStatementSameStaffError', code: ErrorCode, message: string };

type ExperimentErrorFields_AffiliateStatementStatusError_Fragment = { __typename: 'AffiliateStatementStatusError', code: ErrorCode, message: string };

type ExperimentErrorFields_AlreadyReversedError_Fragment = { __typename: 'AlreadyReversedError', code: ErrorCode, message: string };

type ExperimentErrorFields_AuditChainEmptyError_Fragment = { __typename: 'AuditChainEmptyError', code: ErrorCode, message: string };

type ExperimentErrorFields_BalanceOverflowError_Fragment = { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null };

type ExperimentErrorFields_BonusBudgetExceededError_Fragment = { __typename: 'BonusBudgetExceededError', code: ErrorCode, message: string };

type ExperimentErrorFields_BonusNotActiveError_Fragment = { __typename: 'BonusNotActiveError', code: ErrorCode, message: string };

type ExperimentErrorFields_BonusNotEligibleError_Fragment = { __typename: 'BonusNotEligibleError', code: ErrorCode, message: string };

type ExperimentErrorFields_BonusNotPendingReviewError_Fragment = { __typename: 'BonusNotPendingReviewError', code: ErrorCode, message: string };

type ExperimentErrorFields_BonusTemplateArchivedError_Fragment = { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string };

type ExperimentErrorFields_BonusTemplateNameTakenError_Fragment = { __typename: 'BonusTemplateNameTakenError', code: ErrorCode, message: string };

type ExperimentErrorFields_CannotGrantError_Fragment = { __typename: 'CannotGrantError', code: ErrorCode, message: string };

type ExperimentErrorFields_CaptureExceedsHoldError_Fragment = { __typename: 'CaptureExceedsHoldError', code: ErrorCode, message: string };

type ExperimentErrorFields_CurrencyMismatchError_Fragment = { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string };

type ExperimentErrorFields_CurrentPasswordIncorrectError_Fragment = { __typename: 'CurrentPasswordIncorrectError', code: ErrorCode, message: string };

type ExperimentErrorFields_DepositLimitReachedError_Fragment = { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string };

type ExperimentErrorFields_DisputeClosedError_Fragment = { __typename: 'DisputeClosedError', code: ErrorCode, message: string };

type ExperimentErrorFields_DisputeNotFoundError_Fragment = { __typename: 'DisputeNotFoundError', code: ErrorCode, message: string };

type ExperimentErrorFields_EmailTakenError_Fragment = { __typename: 'EmailTakenError', code: ErrorCode, message: string };

type ExperimentErrorFields_ExperimentAlreadyRunningError_Fragment = { __typename: 'ExperimentAlreadyRunningError', code: ErrorCode, message: string };

type ExperimentErrorFields_ExperimentArmOfferUnavailableError_Fragment = { __typename: 'ExperimentArmOfferUnavailableError', armKey: string, code: ErrorCode, message: string };

type ExperimentErrorFields_ExperimentNotDraftError_Fragment = { __typename: 'ExperimentNotDraftError', status: ExperimentStatus, code: ErrorCode, message: string };

type ExperimentErrorFields_ExperimentNotRunningBanditError_Fragment = { __typename: 'ExperimentNotRunningBanditError', code: ErrorCode, message: string };

type ExperimentErrorFields_ExperimentNotRunningError_Fragment = { __typename: 'ExperimentNotRunningError', status: ExperimentStatus, code: ErrorCode, message: string };

type ExperimentErrorFields_ExperimentPlacementBusyError_Fragment = { __typename: 'ExperimentPlacementBusyError', placement: string, code: ErrorCode, message: string, runningExperiment: { id: string } | null };

type ExperimentErrorFields_GameAlreadyExistsError_Fragment = { __typename: 'GameAlreadyExistsError', code: ErrorCode, message: string };

type ExperimentErrorFields_GameCurrencyNotSupportedError_Fragment = { __typename: 'GameCurrencyNotSupportedError', code: ErrorCode, message: string };

type ExperimentErrorFields_GameDisabledError_Fragment = { __typename: 'GameDisabledError', code: ErrorCode, message: string };

type ExperimentErrorFields_GameNotFoundError_Fragment = { __typename: 'GameNotFoundError', code: ErrorCode, message: string };

type ExperimentErrorFields_HoldNotFoundError_Fragment = { __typename: 'HoldNotFoundError', code: ErrorCode, message: string };

type ExperimentErrorFields_HoldNotOpenError_Fragment = { __typename: 'HoldNotOpenError', code: ErrorCode, message: string };

type ExperimentErrorFields_IdempotencyConflictError_Fragment = { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string };

type ExperimentErrorFields_InsufficientFundsError_Fragment = { __typename: 'InsufficientFundsError', code: ErrorCode, message: string };

type ExperimentErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string };

type ExperimentErrorFields_InvalidIdError_Fragment = { __typename: 'InvalidIdError', code: ErrorCode, message: string };

type ExperimentErrorFields_InvalidRefreshTokenError_Fragment = { __typename: 'InvalidRefreshTokenError', code: ErrorCode, message: string };

type ExperimentErrorFields_InvalidResetTokenError_Fragment = { __typename: 'InvalidResetTokenError', code: ErrorCode, message: string };

type ExperimentErrorFields_JobNotFailedError_Fragment = { __typename: 'JobNotFailedError', code: ErrorCode, message: string };

type ExperimentErrorFields_KycLevelAlreadyReachedError_Fragment = { __typename: 'KycLevelAlreadyReachedError', code: ErrorCode, message: string };

type ExperimentErrorFields_KycProviderFailedError_Fragment = { __typename: 'KycProviderFailedError', code: ErrorCode, message: string };

type ExperimentErrorFields_KycProviderNotConfiguredError_Fragment = { __typename: 'KycProviderNotConfiguredError', code: ErrorCode, message: string };

type ExperimentErrorFields_KycProviderUnsupportedError_Fragment = { __typename: 'KycProviderUnsupportedError', code: ErrorCode, message: string };

type ExperimentErrorFields_KycVerificationNotPendingError_Fragment = { __typename: 'KycVerificationNotPendingError', code: ErrorCode, message: string };

type ExperimentErrorFields_LocaleNotOfferedError_Fragment = { __typename: 'LocaleNotOfferedError', code: ErrorCode, message: string };

type ExperimentErrorFields_LossLimitReachedError_Fragment = { __typename: 'LossLimitReachedError', code: ErrorCode, message: string };

type ExperimentErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string };

type ExperimentErrorFields_OfferArchivedError_Fragment = { __typename: 'OfferArchivedError', code: ErrorCode, message: string };

type ExperimentErrorFields_OfferClaimLimitReachedError_Fragment = { __typename: 'OfferClaimLimitReachedError', code: ErrorCode, message: string };

type ExperimentErrorFields_OfferNameTakenError_Fragment = { __typename: 'OfferNameTakenError', code: ErrorCode, message: string };

type ExperimentErrorFields_OfferNotAvailableError_Fragment = { __typename: 'OfferNotAvailableError', code: ErrorCode, message: string };

type ExperimentErrorFields_OfferNotShownError_Fragment = { __typename: 'OfferNotShownError', code: ErrorCode, message: string };

type ExperimentErrorFields_PaymentAmountOutOfBoundsError_Fragment = { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string };

type ExperimentErrorFields_PaymentCurrencyUnsupportedError_Fragment = { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string };

type ExperimentErrorFields_PaymentNotFoundError_Fragment = { __typename: 'PaymentNotFoundError', code: ErrorCode, message: string };

type ExperimentErrorFields_PaymentProviderFailedError_Fragment = { __typename: 'PaymentProviderFailedError', code: ErrorCode, message: string };

type ExperimentErrorFields_PaymentProviderUnsupportedError_Fragment = { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string };

type ExperimentErrorFields_PokerBuyInOutOfRangeError_Fragment = { __typename: 'PokerBuyInOutOfRangeError', code: ErrorCode, message: string };

type ExperimentErrorFields_PokerHandFinishedError_Fragment = { __typename: 'PokerHandFinishedError', code: ErrorCode, message: string };

type ExperimentErrorFields_PokerIllegalActionError_Fragment = { __typename: 'PokerIllegalActionError', code: ErrorCode, message: string };

type ExperimentErrorFields_PokerIllegalAmountError_Fragment = { __typename: 'PokerIllegalAmountError', code: ErrorCode, message: string };

type ExperimentErrorFields_PokerNotInHandError_Fragment = { __typename: 'PokerNotInHandError', code: ErrorCode, message: string };

type ExperimentErrorFields_PokerNotSeatedError_Fragment = { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string };

type ExperimentErrorFields_PokerNotYourTurnError_Fragment = { __typename: 'PokerNotYourTurnError', code: ErrorCode, message: string };

type ExperimentErrorFields_PokerProviderUnavailableError_Fragment = { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string };

type ExperimentErrorFields_PokerSeatUnavailableError_Fragment = { __typename: 'PokerSeatUnavailableError', code: ErrorCode, message: string };

type ExperimentErrorFields_PokerTableNotFoundError_Fragment = { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string };

type ExperimentErrorFields_RefundExceedsPaymentError_Fragment = { __typename: 'RefundExceedsPaymentError', code: ErrorCode, message: string };

type ExperimentErrorFields_RgCannotShortenError_Fragment = { __typename: 'RgCannotShortenError', code: ErrorCode, message: string };

type ExperimentErrorFields_RiskActionNotPendingError_Fragment = { __typename: 'RiskActionNotPendingError', code: ErrorCode, message: string };

type ExperimentErrorFields_RiskActionSameStaffError_Fragment = { __typename: 'RiskActionSameStaffError', code: ErrorCode, message: string };

type ExperimentErrorFields_RiskCaseClosedError_Fragment = { __typename: 'RiskCaseClosedError', code: ErrorCode, message: string };

type ExperimentErrorFields_RiskCaseHasPendingActionsError_Fragment = { __typename: 'RiskCaseHasPendingActionsError', code: ErrorCode, message: string };

type ExperimentErrorFields_RiskCasePlayerNotInCaseError_Fragment = { __typename: 'RiskCasePlayerNotInCaseError', code: ErrorCode, message: string };

type ExperimentErrorFields_SelfApprovalError_Fragment = { __typename: 'SelfApprovalError', code: ErrorCode, message: string };

type ExperimentErrorFields_SelfExcludedError_Fragment = { __typename: 'SelfExcludedError', code: ErrorCode, message: string };

type ExperimentErrorFields_SessionLimitReachedError_Fragment = { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string };

type ExperimentErrorFields_TenantDomainTakenError_Fragment = { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string };

type ExperimentErrorFields_TenantNotFoundError_Fragment = { __typename: 'TenantNotFoundError', code: ErrorCode, message: string };

type ExperimentErrorFields_TenantRequiredError_Fragment = { __typename: 'TenantRequiredError', code: ErrorCode, message: string };

type ExperimentErrorFields_TenantSlugTakenError_Fragment = { __typename: 'TenantSlugTakenError', code: ErrorCode, message: string };

type ExperimentErrorFields_TenantSuspendedError_Fragment = { __typename: 'TenantSuspendedError', code: ErrorCode, message: string };

type ExperimentErrorFields_TimeOutActiveError_Fragment = { __typename: 'TimeOutActiveError', code: ErrorCode, message: string };

type ExperimentErrorFields_TransactionNotFoundError_Fragment = { __typename: 'TransactionNotFoundError', code: ErrorCode, message: string };

type ExperimentErrorFields_UnknownDialectError_Fragment = { __typename: 'UnknownDialectError', code: ErrorCode, message: string };

type ExperimentErrorFields_UnknownMenuItemError_Fragment = { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string };

type ExperimentErrorFields_UnsupportedCurrencyError_Fragment = { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string };

type ExperimentErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> };

type ExperimentErrorFields_VerificationRequiredError_Fragment = { __typename: 'VerificationRequiredError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipAdjustmentBelowZeroError_Fragment = { __typename: 'VipAdjustmentBelowZeroError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipCheckNotPendingError_Fragment = { __typename: 'VipCheckNotPendingError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipCheckSameStaffError_Fragment = { __typename: 'VipCheckSameStaffError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipCheckTierNotHighValueError_Fragment = { __typename: 'VipCheckTierNotHighValueError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipInsufficientPointsError_Fragment = { __typename: 'VipInsufficientPointsError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipManagerNotABenefitError_Fragment = { __typename: 'VipManagerNotABenefitError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipManagerNotStaffError_Fragment = { __typename: 'VipManagerNotStaffError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipProgrammeOffError_Fragment = { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipRedemptionPriceMismatchError_Fragment = { __typename: 'VipRedemptionPriceMismatchError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipRedemptionTooSmallError_Fragment = { __typename: 'VipRedemptionTooSmallError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipRedemptionUnavailableError_Fragment = { __typename: 'VipRedemptionUnavailableError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipRewardTemplateUnknownError_Fragment = { __typename: 'VipRewardTemplateUnknownError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipRewardsSuppressedError_Fragment = { __typename: 'VipRewardsSuppressedError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipTierArchivedError_Fragment = { __typename: 'VipTierArchivedError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipTierKeyTakenError_Fragment = { __typename: 'VipTierKeyTakenError', code: ErrorCode, message: string };

type ExperimentErrorFields_VipTierRankTakenError_Fragment = { __typename: 'VipTierRankTakenError', code: ErrorCode, message: string };

type ExperimentErrorFields_WageringCapExceededError_Fragment = { __typename: 'WageringCapExceededError', code: ErrorCode, message: string };

type ExperimentErrorFields_WithdrawalAlreadyApprovedError_Fragment = { __typename: 'WithdrawalAlreadyApprovedError', code: ErrorCode, message: string };

type ExperimentErrorFields_WithdrawalCompleterApprovedError_Fragment = { __typename: 'WithdrawalCompleterApprovedError', code: ErrorCode, message: string };

type ExperimentErrorFields_WithdrawalExceedsAvailableError_Fragment = { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string };

type ExperimentErrorFields_WithdrawalNeedsConfirmationError_Fragment = { __typename: 'WithdrawalNeedsConfirmationError', code: ErrorCode, message: string };

type ExperimentErrorFields_WithdrawalNoRouteError_Fragment = { __typename: 'WithdrawalNoRouteError', code: ErrorCode, message: string };

type ExperimentErrorFields_WithdrawalNotFoundError_Fragment = { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string };

type ExperimentErrorFields_WithdrawalNotParkedError_Fragment = { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string };

type ExperimentErrorFields_WithdrawalNotPendingError_Fragment = { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string };

type ExperimentErrorFields_WithdrawalProviderNotFundingError_Fragment = { __typename: 'WithdrawalProviderNotFundingError', code: ErrorCode, message: string };

type ExperimentErrorFields_WithdrawalSelfApprovalError_Fragment = { __typename: 'WithdrawalSelfApprovalError', code: ErrorCode, message: string };

export type ExperimentErrorFieldsFragment =
  | ExperimentErrorFields_AccountDisabledError_Fragment
  | ExperimentErrorFields_AccountFrozenError_Fragment
  | ExperimentErrorFields_AccountNotFoundError_Fragment
  | ExperimentErrorFields_AdjustmentNotFoundError_Fragment
  | ExperimentErrorFields_AdjustmentNotPendingError_Fragment
  | ExperimentErrorFields_AffiliateClosedError_Fragment
  | ExperimentErrorFields_AffiliateCodeTakenError_Fragment
  | ExperimentErrorFields_AffiliateEmailTakenError_Fragment
  | ExperimentErrorFields_AffiliateHasSubsError_Fragment
  | ExperimentErrorFields_AffiliateLinkCodeTakenError_Fragment
  | ExperimentErrorFields_AffiliateParentIsSelfError_Fragment
  | ExperimentErrorFields_AffiliateParentIsSubError_Fragment
  | ExperimentErrorFields_AffiliateParentUnknownError_Fragment
  | ExperimentErrorFields_AffiliatePlanArchivedError_Fragment
  | ExperimentErrorFields_AffiliatePlanNameTakenError_Fragment
  | ExperimentErrorFields_AffiliateStatementAlreadyPaidError_Fragment
  | ExperimentErrorFields_AffiliateStatementNothingPayableError_Fragment
  | ExperimentErrorFields_AffiliateStatementSameStaffError_Fragment
  | ExperimentErrorFields_AffiliateStatementStatusError_Fragment
  | ExperimentErrorFields_AlreadyReversedError_Fragment
  | ExperimentErrorFields_AuditChainEmptyError_Fragment
  | ExperimentErrorFields_BalanceOverflowError_Fragment
  | ExperimentErrorFields_BonusBudgetExceededError_Fragment
  | ExperimentErrorFields_BonusNotActiveError_Fragment
  | ExperimentErrorFields_BonusNotEligibleError_Fragment
  | ExperimentErrorFields_BonusNotPendingReviewError_Fragment
  | ExperimentErrorFields_BonusTemplateArchivedError_Fragment
  | ExperimentErrorFields_BonusTemplateNameTakenError_Fragment
  | ExperimentErrorFields_CannotGrantError_Fragment
  | ExperimentErrorFields_CaptureExceedsHoldError_Fragment
  | ExperimentErrorFields_CurrencyMismatchError_Fragment
  | ExperimentErrorFields_CurrentPasswordIncorrectError_Fragment
  | ExperimentErrorFields_DepositLimitReachedError_Fragment
  | ExperimentErrorFields_DisputeClosedError_Fragment
  | ExperimentErrorFields_DisputeNotFoundError_Fragment
  | ExperimentErrorFields_EmailTakenError_Fragment
  | ExperimentErrorFields_ExperimentAlreadyRunningError_Fragment
  | ExperimentErrorFields_ExperimentArmOfferUnavailableError_Fragment
  | ExperimentErrorFields_ExperimentNotDraftError_Fragment
  | ExperimentErrorFields_ExperimentNotRunningBanditError_Fragment
  | ExperimentErrorFields_ExperimentNotRunningError_Fragment
  | ExperimentErrorFields_ExperimentPlacementBusyError_Fragment
  | ExperimentErrorFields_GameAlreadyExistsError_Fragment
  | ExperimentErrorFields_GameCurrencyNotSupportedError_Fragment
  | ExperimentErrorFields_GameDisabledError_Fragment
  | ExperimentErrorFields_GameNotFoundError_Fragment
  | ExperimentErrorFields_HoldNotFoundError_Fragment
  | ExperimentErrorFields_HoldNotOpenError_Fragment
  | ExperimentErrorFields_IdempotencyConflictError_Fragment
  | ExperimentErrorFields_InsufficientFundsError_Fragment
  | ExperimentErrorFields_InvalidCredentialsError_Fragment
  | ExperimentErrorFields_InvalidIdError_Fragment
  | ExperimentErrorFields_InvalidRefreshTokenError_Fragment
  | ExperimentErrorFields_InvalidResetTokenError_Fragment
  | ExperimentErrorFields_JobNotFailedError_Fragment
  | ExperimentErrorFields_KycLevelAlreadyReachedError_Fragment
  | ExperimentErrorFields_KycProviderFailedError_Fragment
  | ExperimentErrorFields_KycProviderNotConfiguredError_Fragment
  | ExperimentErrorFields_KycProviderUnsupportedError_Fragment
  | ExperimentErrorFields_KycVerificationNotPendingError_Fragment
  | ExperimentErrorFields_LocaleNotOfferedError_Fragment
  | ExperimentErrorFields_LossLimitReachedError_Fragment
  | ExperimentErrorFields_NotFoundError_Fragment
  | ExperimentErrorFields_OfferArchivedError_Fragment
  | ExperimentErrorFields_OfferClaimLimitReachedError_Fragment
  | ExperimentErrorFields_OfferNameTakenError_Fragment
  | ExperimentErrorFields_OfferNotAvailableError_Fragment
  | ExperimentErrorFields_OfferNotShownError_Fragment
  | ExperimentErrorFields_PaymentAmountOutOfBoundsError_Fragment
  | ExperimentErrorFields_PaymentCurrencyUnsupportedError_Fragment
  | ExperimentErrorFields_PaymentNotFoundError_Fragment
  | ExperimentErrorFields_PaymentProviderFailedError_Fragment
  | ExperimentErrorFields_PaymentProviderUnsupportedError_Fragment
  | ExperimentErrorFields_PokerBuyInOutOfRangeError_Fragment
  | ExperimentErrorFields_PokerHandFinishedError_Fragment
  | ExperimentErrorFields_PokerIllegalActionError_Fragment
  | ExperimentErrorFields_PokerIllegalAmountError_Fragment
  | ExperimentErrorFields_PokerNotInHandError_Fragment
  | ExperimentErrorFields_PokerNotSeatedError_Fragment
  | ExperimentErrorFields_PokerNotYourTurnError_Fragment
  | ExperimentErrorFields_PokerProviderUnavailableError_Fragment
  | ExperimentErrorFields_PokerSeatUnavailableError_Fragment
  | ExperimentErrorFields_PokerTableNotFoundError_Fragment
  | ExperimentErrorFields_RefundExceedsPaymentError_Fragment
  | ExperimentErrorFields_RgCannotShortenError_Fragment
  | ExperimentErrorFields_RiskActionNotPendingError_Fragment
  | ExperimentErrorFields_RiskActionSameStaffError_Fragment
  | ExperimentErrorFields_RiskCaseClosedError_Fragment
  | ExperimentErrorFields_RiskCaseHasPendingActionsError_Fragment
  | ExperimentErrorFields_RiskCasePlayerNotInCaseError_Fragment
  | ExperimentErrorFields_SelfApprovalError_Fragment
  | ExperimentErrorFields_SelfExcludedError_Fragment
  | ExperimentErrorFields_SessionLimitReachedError_Fragment
  | ExperimentErrorFields_TenantDomainTakenError_Fragment
  | ExperimentErrorFields_TenantNotFoundError_Fragment
  | ExperimentErrorFields_TenantRequiredError_Fragment
  | ExperimentErrorFields_TenantSlugTakenError_Fragment
  | ExperimentErrorFields_TenantSuspendedError_Fragment
  | ExperimentErrorFields_TimeOutActiveError_Fragment
  | ExperimentErrorFields_TransactionNotFoundError_Fragment
  | ExperimentErrorFields_UnknownDialectError_Fragment
  | ExperimentErrorFields_UnknownMenuItemError_Fragment
  | ExperimentErrorFields_UnsupportedCurrencyError_Fragment
  | ExperimentErrorFields_ValidationError_Fragment
  | ExperimentErrorFields_VerificationRequiredError_Fragment
  | ExperimentErrorFields_VipAdjustmentBelowZeroError_Fragment
  | ExperimentErrorFields_VipCheckNotPendingError_Fragment
  | ExperimentErrorFields_VipCheckSameStaffError_Fragment
  | ExperimentErrorFields_VipCheckTierNotHighValueError_Fragment
  | ExperimentErrorFields_VipInsufficientPointsError_Fragment
  | ExperimentErrorFields_VipManagerNotABenefitError_Fragment
  | ExperimentErrorFields_VipManagerNotStaffError_Fragment
  | ExperimentErrorFields_VipProgrammeOffError_Fragment
  | ExperimentErrorFields_VipRedemptionPriceMismatchError_Fragment
  | ExperimentErrorFields_VipRedemptionTooSmallError_Fragment
  | ExperimentErrorFields_VipRedemptionUnavailableError_Fragment
  | ExperimentErrorFields_VipRewardTemplateUnknownError_Fragment
  | ExperimentErrorFields_VipRewardsSuppressedError_Fragment
  | ExperimentErrorFields_VipTierArchivedError_Fragment
  | ExperimentErrorFields_VipTierKeyTakenError_Fragment
  | ExperimentErrorFields_VipTierRankTakenError_Fragment
  | ExperimentErrorFields_WageringCapExceededError_Fragment
  | ExperimentErrorFields_WithdrawalAlreadyApprovedError_Fragment
  | ExperimentErrorFields_WithdrawalCompleterApprovedError_Fragment
  | ExperimentErrorFields_WithdrawalExceedsAvailableError_Fragment
  | ExperimentErrorFields_WithdrawalNeedsConfirmationError_Fragment
  | ExperimentErrorFields_WithdrawalNoRouteError_Fragment
  | ExperimentErrorFields_WithdrawalNotFoundError_Fragment
  | ExperimentErrorFields_WithdrawalNotParkedError_Fragment
  | ExperimentErrorFields_WithdrawalNotPendingError_Fragment
  | ExperimentErrorFields_WithdrawalProviderNotFundingError_Fragment
  | ExperimentErrorFields_WithdrawalSelfApprovalError_Fragment
;

export type ExperimentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: ExperimentStatus | null | undefined;
  placement?: string | null | undefined;
}>;


export type ExperimentsQuery = { experiments: { totalCount: number, nodes: Array<{ id: string, name: string, description: string | null, placement: string, kind: ExperimentKind, goal: ExperimentGoal, currency: string | null, status: ExperimentStatus, phase: number, outcomeWindowHours: number, minExposuresPerArm: number, reweightMinutes: number, armFloor: number, winnerThreshold: number, startedAt: string | null, stoppedAt: string | null, stopReason: string | null, createdBy: string, createdAt: string, updatedAt: string, arms: Array<{ key: string, name: string, isControl: boolean, weight: number, status: ExperimentArmStatus, offer: { id: string } | null }>, periods: Array<{ phase: number, period: number, startsAt: string, endsAt: string | null, reason: ExperimentPeriodReason, weights: Array<{ armKey: string, weight: number }> }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type ExperimentQueryVariables = Exact<{
  id: string;
}>;


export type ExperimentQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment', id: string, name: string, description: string | null, placement: string, kind: ExperimentKind, goal: ExperimentGoal, currency: string | null, status: ExperimentStatus, phase: number, outcomeWindowHours: number, minExposuresPerArm: number, reweightMinutes: number, armFloor: number, winnerThreshold: number, startedAt: string | null, stoppedAt: string | null, stopReason: string | null, createdBy: string, createdAt: string, updatedAt: string, arms: Array<{ key: string, name: string, isControl: boolean, weight: number, status: ExperimentArmStatus, offer: { id: string } | null }>, periods: Array<{ phase: number, period: number, startsAt: string, endsAt: string | null, reason: ExperimentPeriodReason, weights: Array<{ armKey: string, weight: number }> }> }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type ExperimentResultsQueryVariables = Exact<{
  id: string;
  phase?: number | null | undefined;
}>;


export type ExperimentResultsQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment', id: string, phase: number, results: { phase: number, goal: ExperimentGoal, metricKind: ExperimentMetricKind, arms: Array<{ exposed: number, measured: number, claims: number, conversions: number, rgSignals: number, claimRate: number | null, conversionRate: number | null, revenuePerPlayer: number | null, probabilityBest: number | null, arm: { key: string, isControl: boolean }, revenue: { amount: string, currency: string } | null, metric: { estimate: number, lower: number, upper: number } | null, vsControl: { pValue: number, difference: { estimate: number, lower: number, upper: number }, relative: { estimate: number, lower: number, upper: number } | null } | null }>, srm: { checked: boolean, chiSquare: number | null, degreesOfFreedom: number | null, pValue: number | null, mismatch: boolean, threshold: number, arms: Array<{ armKey: string, observed: number, expected: number }>, periods: Array<{ period: number, startsAt: string, weights: Array<{ armKey: string, weight: number }>, exposures: Array<{ armKey: string, weight: number }> }> } } }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type ExperimentSrmQueryVariables = Exact<{
  id: string;
  phase?: number | null | undefined;
}>;


export type ExperimentSrmQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment', id: string, srm: { checked: boolean, chiSquare: number | null, degreesOfFreedom: number | null, pValue: number | null, mismatch: boolean, threshold: number, arms: Array<{ armKey: string, observed: number, expected: number }>, periods: Array<{ period: number, startsAt: string, weights: Array<{ armKey: string, weight: number }>, exposures: Array<{ armKey: string, weight: number }> }> } }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type EvaluateOfferPolicyQueryVariables = Exact<{
  experimentId: string;
  weights: Array<ExperimentArmWeightInput> | ExperimentArmWeightInput;
  phase?: number | null | undefined;
}>;


export type EvaluateOfferPolicyQuery = { evaluateOfferPolicy: { phase: number, weights: Array<{ armKey: string, weight: number }>, estimate: { n: number, value: number, variance: number, standardError: number, lower: number, upper: number, selfNormalized: number, effectiveSampleSize: number } | null, logging: { n: number, value: number, standardError: number, lower: number, upper: number } | null } | null };

export type CreateExperimentMutationVariables = Exact<{
  input: CreateExperimentInput;
}>;


export type CreateExperimentMutation = { createExperiment:
    | { __typename: 'CreateExperimentPayload', experiment: { id: string, name: string, description: string | null, placement: string, kind: ExperimentKind, goal: ExperimentGoal, currency: string | null, status: ExperimentStatus, phase: number, outcomeWindowHours: number, minExposuresPerArm: number, reweightMinutes: number, armFloor: number, winnerThreshold: number, startedAt: string | null, stoppedAt: string | null, stopReason: string | null, createdBy: string, createdAt: string, updatedAt: string, arms: Array<{ key: string, name: string, isControl: boolean, weight: number, status: ExperimentArmStatus, offer: { id: string } | null }>, periods: Array<{ phase: number, period: number, startsAt: string, endsAt: string | null, reason: ExperimentPeriodReason, weights: Array<{ armKey: string, weight: number }> }> } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateExperimentMutationVariables = Exact<{
  input: UpdateExperimentInput;
}>;


export type UpdateExperimentMutation = { updateExperiment:
    | { __typename: 'ExperimentNotDraftError', status: ExperimentStatus, code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpdateExperimentPayload', experiment: { id: string, name: string, description: string | null, placement: string, kind: ExperimentKind, goal: ExperimentGoal, currency: string | null, status: ExperimentStatus, phase: number, outcomeWindowHours: number, minExposuresPerArm: number, reweightMinutes: number, armFloor: number, winnerThreshold: number, startedAt: string | null, stoppedAt: string | null, stopReason: string | null, createdBy: string, createdAt: string, updatedAt: string, arms: Array<{ key: string, name: string, isControl: boolean, weight: number, status: ExperimentArmStatus, offer: { id: string } | null }>, periods: Array<{ phase: number, period: number, startsAt: string, endsAt: string | null, reason: ExperimentPeriodReason, weights: Array<{ armKey: string, weight: number }> }> } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type StartExperimentMutationVariables = Exact<{
  input: StartExperimentInput;
}>;


export type StartExperimentMutation = { startExperiment:
    | { __typename: 'ExperimentAlreadyRunningError', code: ErrorCode, message: string }
    | { __typename: 'ExperimentArmOfferUnavailableError', armKey: string, code: ErrorCode, message: string }
    | { __typename: 'ExperimentPlacementBusyError', placement: string, code: ErrorCode, message: string, runningExperiment: { id: string } | null }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'StartExperimentPayload', experiment: { id: string, name: string, description: string | null, placement: string, kind: ExperimentKind, goal: ExperimentGoal, currency: string | null, status: ExperimentStatus, phase: number, outcomeWindowHours: number, minExposuresPerArm: number, reweightMinutes: number, armFloor: number, winnerThreshold: number, startedAt: string | null, stoppedAt: string | null, stopReason: string | null, createdBy: string, createdAt: string, updatedAt: string, arms: Array<{ key: string, name: string, isControl: boolean, weight: number, status: ExperimentArmStatus, offer: { id: string } | null }>, periods: Array<{ phase: number, period: number, startsAt: string, endsAt: string | null, reason: ExperimentPeriodReason, weights: Array<{ armKey: string, weight: number }> }> } }
   };

export type StopExperimentMutationVariables = Exact<{
  input: StopExperimentInput;
}>;


export type StopExperimentMutation = { stopExperiment:
    | { __typename: 'ExperimentNotRunningError', status: ExperimentStatus, code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'StopExperimentPayload', experiment: { id: string, name: string, description: string | null, placement: string, kind: ExperimentKind, goal: ExperimentGoal, currency: string | null, status: ExperimentStatus, phase: number, outcomeWindowHours: number, minExposuresPerArm: number, reweightMinutes: number, armFloor: number, winnerThreshold: number, startedAt: string | null, stoppedAt: string | null, stopReason: string | null, createdBy: string, createdAt: string, updatedAt: string, arms: Array<{ key: string, name: string, isControl: boolean, weight: number, status: ExperimentArmStatus, offer: { id: string } | null }>, periods: Array<{ phase: number, period: number, startsAt: string, endsAt: string | null, reason: ExperimentPeriodReason, weights: Array<{ armKey: string, weight: number }> }> } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

type ErrorFields_AccountDisabledError_Fragment = { __typename: 'AccountDisabledError', code: ErrorCode, message: string };

type ErrorFields_AccountFrozenError_Fragment = { __typename: 'AccountFrozenError', code: ErrorCode, message: string };

type ErrorFields_AccountNotFoundError_Fragment = { __typename: 'AccountNotFoundError', code: ErrorCode, message: string };

type ErrorFields_AdjustmentNotFoundError_Fragment = { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string };

type ErrorFields_AdjustmentNotPendingError_Fragment = { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string };

type ErrorFields_AffiliateClosedError_Fragment = { __typename: 'AffiliateClosedError', code: ErrorCode, message: string };

type ErrorFields_AffiliateCodeTakenError_Fragment = { __typename: 'AffiliateCodeTakenError', code: ErrorCode, message: string };

type ErrorFields_AffiliateEmailTakenError_Fragment = { __typename: 'AffiliateEmailTakenError', code: ErrorCode, message: string };

type ErrorFields_AffiliateHasSubsError_Fragment = { __typename: 'AffiliateHasSubsError', code: ErrorCode, message: string };

type ErrorFields_AffiliateLinkCodeTakenError_Fragment = { __typename: 'AffiliateLinkCodeTakenError', code: ErrorCode, message: string };

type ErrorFields_AffiliateParentIsSelfError_Fragment = { __typename: 'AffiliateParentIsSelfError', code: ErrorCode, message: string };

type ErrorFields_AffiliateParentIsSubError_Fragment = { __typename: 'AffiliateParentIsSubError', code: ErrorCode, message: string };

type ErrorFields_AffiliateParentUnknownError_Fragment = { __typename: 'AffiliateParentUnknownError', code: ErrorCode, message: string };

type ErrorFields_AffiliatePlanArchivedError_Fragment = { __typename: 'AffiliatePlanArchivedError', code: ErrorCode, message: string };

type ErrorFields_AffiliatePlanNameTakenError_Fragment = { __typename: 'AffiliatePlanNameTakenError', code: ErrorCode, message: string };

type ErrorFields_AffiliateStatementAlreadyPaidError_Fragment = { __typename: 'AffiliateStatementAlreadyPaidError', code: ErrorCode, message: string };

type ErrorFields_AffiliateStatementNothingPayableError_Fragment = { __typename: 'AffiliateStatementNothingPayableError', code: ErrorCode, message: string };

type ErrorFields_AffiliateStatementSameStaffError_Fragment = { __typename: 'AffiliateStatementSameStaffError', code: ErrorCode, message: string };

type ErrorFields_AffiliateStatementStatusError_Fragment = { __typename: 'AffiliateStatementStatusError', code: ErrorCode, message: string };

type ErrorFields_AlreadyReversedError_Fragment = { __typename: 'AlreadyReversedError', code: ErrorCode, message: string };

type ErrorFields_AuditChainEmptyError_Fragment = { __typename: 'AuditChainEmptyError', code: ErrorCode, message: string };

type ErrorFields_BalanceOverflowError_Fragment = { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null };

type ErrorFields_BonusBudgetExceededError_Fragment = { __typename: 'BonusBudgetExceededError', code: ErrorCode, message: string };

type ErrorFields_BonusNotActiveError_Fragment = { __typename: 'BonusNotActiveError', code: ErrorCode, message: string };

type ErrorFields_BonusNotEligibleError_Fragment = { __typename: 'BonusNotEligibleError', code: ErrorCode, message: string };

type ErrorFields_BonusNotPendingReviewError_Fragment = { __typename: 'BonusNotPendingReviewError', code: ErrorCode, message: string };

type ErrorFields_BonusTemplateArchivedError_Fragment = { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string };

type ErrorFields_BonusTemplateNameTakenError_Fragment = { __typename: 'BonusTemplateNameTakenError', code: ErrorCode, message: string };

type ErrorFields_CannotGrantError_Fragment = { __typename: 'CannotGrantError', code: ErrorCode, message: string };

type ErrorFields_CaptureExceedsHoldError_Fragment = { __typename: 'CaptureExceedsHoldError', code: ErrorCode, message: string };

type ErrorFields_CurrencyMismatchError_Fragment = { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string };

type ErrorFields_CurrentPasswordIncorrectError_Fragment = { __typename: 'CurrentPasswordIncorrectError', code: ErrorCode, message: string };

type ErrorFields_DepositLimitReachedError_Fragment = { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string };

type ErrorFields_DisputeClosedError_Fragment = { __typename: 'DisputeClosedError', code: ErrorCode, message: string };

type ErrorFields_DisputeNotFoundError_Fragment = { __typename: 'DisputeNotFoundError', code: ErrorCode, message: string };

type ErrorFields_EmailTakenError_Fragment = { __typename: 'EmailTakenError', code: ErrorCode, message: string };

type ErrorFields_ExperimentAlreadyRunningError_Fragment = { __typename: 'ExperimentAlreadyRunningError', code: ErrorCode, message: string };

type ErrorFields_ExperimentArmOfferUnavailableError_Fragment = { __typename: 'ExperimentArmOfferUnavailableError', code: ErrorCode, message: string };

type ErrorFields_ExperimentNotDraftError_Fragment = { __typename: 'ExperimentNotDraftError', code: ErrorCode, message: string };

type ErrorFields_ExperimentNotRunningBanditError_Fragment = { __typename: 'ExperimentNotRunningBanditError', code: ErrorCode, message: string };

type ErrorFields_ExperimentNotRunningError_Fragment = { __typename: 'ExperimentNotRunningError', code: ErrorCode, message: string };

type ErrorFields_ExperimentPlacementBusyError_Fragment = { __typename: 'ExperimentPlacementBusyError', code: ErrorCode, message: string };

type ErrorFields_GameAlreadyExistsError_Fragment = { __typename: 'GameAlreadyExistsError', code: ErrorCode, message: string };

type ErrorFields_GameCurrencyNotSupportedError_Fragment = { __typename: 'GameCurrencyNotSupportedError', code: ErrorCode, message: string };

type ErrorFields_GameDisabledError_Fragment = { __typename: 'GameDisabledError', code: ErrorCode, message: string };

type ErrorFields_GameNotFoundError_Fragment = { __typename: 'GameNotFoundError', code: ErrorCode, message: string };

type ErrorFields_HoldNotFoundError_Fragment = { __typename: 'HoldNotFoundError', code: ErrorCode, message: string };

type ErrorFields_HoldNotOpenError_Fragment = { __typename: 'HoldNotOpenError', code: ErrorCode, message: string };

type ErrorFields_IdempotencyConflictError_Fragment = { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string };

type ErrorFields_InsufficientFundsError_Fragment = { __typename: 'InsufficientFundsError', code: ErrorCode, message: string };

type ErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string };

type ErrorFields_InvalidIdError_Fragment = { __typename: 'InvalidIdError', code: ErrorCode, message: string };

type ErrorFields_InvalidRefreshTokenError_Fragment = { __typename: 'InvalidRefreshTokenError', code: ErrorCode, message: string };

type ErrorFields_InvalidResetTokenError_Fragment = { __typename: 'InvalidResetTokenError', code: ErrorCode, message: string };

type ErrorFields_JobNotFailedError_Fragment = { __typename: 'JobNotFailedError', code: ErrorCode, message: string };

type ErrorFields_KycLevelAlreadyReachedError_Fragment = { __typename: 'KycLevelAlreadyReachedError', code: ErrorCode, message: string };

type ErrorFields_KycProviderFailedError_Fragment = { __typename: 'KycProviderFailedError', code: ErrorCode, message: string };

type ErrorFields_KycProviderNotConfiguredError_Fragment = { __typename: 'KycProviderNotConfiguredError', code: ErrorCode, message: string };

type ErrorFields_KycProviderUnsupportedError_Fragment = { __typename: 'KycProviderUnsupportedError', code: ErrorCode, message: string };

type ErrorFields_KycVerificationNotPendingError_Fragment = { __typename: 'KycVerificationNotPendingError', code: ErrorCode, message: string };

type ErrorFields_LocaleNotOfferedError_Fragment = { __typename: 'LocaleNotOfferedError', code: ErrorCode, message: string };

type ErrorFields_LossLimitReachedError_Fragment = { __typename: 'LossLimitReachedError', code: ErrorCode, message: string };

type ErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string };

type ErrorFields_OfferArchivedError_Fragment = { __typename: 'OfferArchivedError', code: ErrorCode, message: string };

type ErrorFields_OfferClaimLimitReachedError_Fragment = { __typename: 'OfferClaimLimitReachedError', code: ErrorCode, message: string };

type ErrorFields_OfferNameTakenError_Fragment = { __typename: 'OfferNameTakenError', code: ErrorCode, message: string };

type ErrorFields_OfferNotAvailableError_Fragment = { __typename: 'OfferNotAvailableError', code: ErrorCode, message: string };

type ErrorFields_OfferNotShownError_Fragment = { __typename: 'OfferNotShownError', code: ErrorCode, message: string };

type ErrorFields_PaymentAmountOutOfBoundsError_Fragment = { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string };

type ErrorFields_PaymentCurrencyUnsupportedError_Fragment = { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string };

type ErrorFields_PaymentNotFoundError_Fragment = { __typename: 'PaymentNotFoundError', code: ErrorCode, message: string };

type ErrorFields_PaymentProviderFailedError_Fragment = { __typename: 'PaymentProviderFailedError', code: ErrorCode, message: string };

type ErrorFields_PaymentProviderUnsupportedError_Fragment = { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string };

type ErrorFields_PokerBuyInOutOfRangeError_Fragment = { __typename: 'PokerBuyInOutOfRangeError', code: ErrorCode, message: string };

type ErrorFields_PokerHandFinishedError_Fragment = { __typename: 'PokerHandFinishedError', code: ErrorCode, message: string };

type ErrorFields_PokerIllegalActionError_Fragment = { __typename: 'PokerIllegalActionError', code: ErrorCode, message: string };

type ErrorFields_PokerIllegalAmountError_Fragment = { __typename: 'PokerIllegalAmountError', code: ErrorCode, message: string };

type ErrorFields_PokerNotInHandError_Fragment = { __typename: 'PokerNotInHandError', code: ErrorCode, message: string };

type ErrorFields_PokerNotSeatedError_Fragment = { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string };

type ErrorFields_PokerNotYourTurnError_Fragment = { __typename: 'PokerNotYourTurnError', code: ErrorCode, message: string };

type ErrorFields_PokerProviderUnavailableError_Fragment = { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string };

type ErrorFields_PokerSeatUnavailableError_Fragment = { __typename: 'PokerSeatUnavailableError', code: ErrorCode, message: string };

type ErrorFields_PokerTableNotFoundError_Fragment = { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string };

type ErrorFields_RefundExceedsPaymentError_Fragment = { __typename: 'RefundExceedsPaymentError', code: ErrorCode, message: string };

type ErrorFields_RgCannotShortenError_Fragment = { __typename: 'RgCannotShortenError', code: ErrorCode, message: string };

type ErrorFields_RiskActionNotPendingError_Fragment = { __typename: 'RiskActionNotPendingError', code: ErrorCode, message: string };

type ErrorFields_RiskActionSameStaffError_Fragment = { __typename: 'RiskActionSameStaffError', code: ErrorCode, message: string };

type ErrorFields_RiskCaseClosedError_Fragment = { __typename: 'RiskCaseClosedError', code: ErrorCode, message: string };

type ErrorFields_RiskCaseHasPendingActionsError_Fragment = { __typename: 'RiskCaseHasPendingActionsError', code: ErrorCode, message: string };

type ErrorFields_RiskCasePlayerNotInCaseError_Fragment = { __typename: 'RiskCasePlayerNotInCaseError', code: ErrorCode, message: string };

type ErrorFields_SelfApprovalError_Fragment = { __typename: 'SelfApprovalError', code: ErrorCode, message: string };

type ErrorFields_SelfExcludedError_Fragment = { __typename: 'SelfExcludedError', code: ErrorCode, message: string };

type ErrorFields_SessionLimitReachedError_Fragment = { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string };

type ErrorFields_TenantDomainTakenError_Fragment = { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string };

type ErrorFields_TenantNotFoundError_Fragment = { __typename: 'TenantNotFoundError', code: ErrorCode, message: string };

type ErrorFields_TenantRequiredError_Fragment = { __typename: 'TenantRequiredError', code: ErrorCode, message: string };

type ErrorFields_TenantSlugTakenError_Fragment = { __typename: 'TenantSlugTakenError', code: ErrorCode, message: string };

type ErrorFields_TenantSuspendedError_Fragment = { __typename: 'TenantSuspendedError', code: ErrorCode, message: string };

type ErrorFields_TimeOutActiveError_Fragment = { __typename: 'TimeOutActiveError', code: ErrorCode, message: string };

type ErrorFields_TransactionNotFoundError_Fragment = { __typename: 'TransactionNotFoundError', code: ErrorCode, message: string };

type ErrorFields_UnknownDialectError_Fragment = { __typename: 'UnknownDialectError', code: ErrorCode, message: string };

type ErrorFields_UnknownMenuItemError_Fragment = { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string };

type ErrorFields_UnsupportedCurrencyError_Fragment = { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string };

type ErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> };

type ErrorFields_VerificationRequiredError_Fragment = { __typename: 'VerificationRequiredError', code: ErrorCode, message: string };

type ErrorFields_VipAdjustmentBelowZeroError_Fragment = { __typename: 'VipAdjustmentBelowZeroError', code: ErrorCode, message: string };

type ErrorFields_VipCheckNotPendingError_Fragment = { __typename: 'VipCheckNotPendingError', code: ErrorCode, message: string };

type ErrorFields_VipCheckSameStaffError_Fragment = { __typename: 'VipCheckSameStaffError', code: ErrorCode, message: string };

type ErrorFields_VipCheckTierNotHighValueError_Fragment = { __typename: 'VipCheckTierNotHighValueError', code: ErrorCode, message: string };

type ErrorFields_VipInsufficientPointsError_Fragment = { __typename: 'VipInsufficientPointsError', code: ErrorCode, message: string };

type ErrorFields_VipManagerNotABenefitError_Fragment = { __typename: 'VipManagerNotABenefitError', code: ErrorCode, message: string };

type ErrorFields_VipManagerNotStaffError_Fragment = { __typename: 'VipManagerNotStaffError', code: ErrorCode, message: string };

type ErrorFields_VipProgrammeOffError_Fragment = { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string };

type ErrorFields_VipRedemptionPriceMismatchError_Fragment = { __typename: 'VipRedemptionPriceMismatchError', code: ErrorCode, message: string };

type ErrorFields_VipRedemptionTooSmallError_Fragment = { __typename: 'VipRedemptionTooSmallError', code: ErrorCode, message: string };

type ErrorFields_VipRedemptionUnavailableError_Fragment = { __typename: 'VipRedemptionUnavailableError', code: ErrorCode, message: string };

type ErrorFields_VipRewardTemplateUnknownError_Fragment = { __typename: 'VipRewardTemplateUnknownError', code: ErrorCode, message: string };

type ErrorFields_VipRewardsSuppressedError_Fragment = { __typename: 'VipRewardsSuppressedError', code: ErrorCode, message: string };

type ErrorFields_VipTierArchivedError_Fragment = { __typename: 'VipTierArchivedError', code: ErrorCode, message: string };

type ErrorFields_VipTierKeyTakenError_Fragment = { __typename: 'VipTierKeyTakenError', code: ErrorCode, message: string };

type ErrorFields_VipTierRankTakenError_Fragment = { __typename: 'VipTierRankTakenError', code: ErrorCode, message: string };

type ErrorFields_WageringCapExceededError_Fragment = { __typename: 'WageringCapExceededError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalAlreadyApprovedError_Fragment = { __typename: 'WithdrawalAlreadyApprovedError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalCompleterApprovedError_Fragment = { __typename: 'WithdrawalCompleterApprovedError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalExceedsAvailableError_Fragment = { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalNeedsConfirmationError_Fragment = { __typename: 'WithdrawalNeedsConfirmationError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalNoRouteError_Fragment = { __typename: 'WithdrawalNoRouteError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalNotFoundError_Fragment = { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalNotParkedError_Fragment = { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalNotPendingError_Fragment = { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalProviderNotFundingError_Fragment = { __typename: 'WithdrawalProviderNotFundingError', code: ErrorCode, message: string };

type ErrorFields_WithdrawalSelfApprovalError_Fragment = { __typename: 'WithdrawalSelfApprovalError', code: ErrorCode, message: string };

export type ErrorFieldsFragment =
  | ErrorFields_AccountDisabledError_Fragment
  | ErrorFields_AccountFrozenError_Fragment
  | ErrorFields_AccountNotFoundError_Fragment
  | ErrorFields_AdjustmentNotFoundError_Fragment
  | ErrorFields_AdjustmentNotPendingError_Fragment
  | ErrorFields_AffiliateClosedError_Fragment
  | ErrorFields_AffiliateCodeTakenError_Fragment
  | ErrorFields_AffiliateEmailTakenError_Fragment
  | ErrorFields_AffiliateHasSubsError_Fragment
  | ErrorFields_AffiliateLinkCodeTakenError_Fragment
  | ErrorFields_AffiliateParentIsSelfError_Fragment
  | ErrorFields_AffiliateParentIsSubError_Fragment
  | ErrorFields_AffiliateParentUnknownError_Fragment
  | ErrorFields_AffiliatePlanArchivedError_Fragment
  | ErrorFields_AffiliatePlanNameTakenError_Fragment
  | ErrorFields_AffiliateStatementAlreadyPaidError_Fragment
  | ErrorFields_AffiliateStatementNothingPayableError_Fragment
  | ErrorFields_AffiliateStatementSameStaffError_Fragment
  | ErrorFields_AffiliateStatementStatusError_Fragment
  | ErrorFields_AlreadyReversedError_Fragment
  | ErrorFields_AuditChainEmptyError_Fragment
  | ErrorFields_BalanceOverflowError_Fragment
  | ErrorFields_BonusBudgetExceededError_Fragment
  | ErrorFields_BonusNotActiveError_Fragment
  | ErrorFields_BonusNotEligibleError_Fragment
  | ErrorFields_BonusNotPendingReviewError_Fragment
  | ErrorFields_BonusTemplateArchivedError_Fragment
  | ErrorFields_BonusTemplateNameTakenError_Fragment
  | ErrorFields_CannotGrantError_Fragment
  | ErrorFields_CaptureExceedsHoldError_Fragment
  | ErrorFields_CurrencyMismatchError_Fragment
  | ErrorFields_CurrentPasswordIncorrectError_Fragment
  | ErrorFields_DepositLimitReachedError_Fragment
  | ErrorFields_DisputeClosedError_Fragment
  | ErrorFields_DisputeNotFoundError_Fragment
  | ErrorFields_EmailTakenError_Fragment
  | ErrorFields_ExperimentAlreadyRunningError_Fragment
  | ErrorFields_ExperimentArmOfferUnavailableError_Fragment
  | ErrorFields_ExperimentNotDraftError_Fragment
  | ErrorFields_ExperimentNotRunningBanditError_Fragment
  | ErrorFields_ExperimentNotRunningError_Fragment
  | ErrorFields_ExperimentPlacementBusyError_Fragment
  | ErrorFields_GameAlreadyExistsError_Fragment
  | ErrorFields_GameCurrencyNotSupportedError_Fragment
  | ErrorFields_GameDisabledError_Fragment
  | ErrorFields_GameNotFoundError_Fragment
  | ErrorFields_HoldNotFoundError_Fragment
  | ErrorFields_HoldNotOpenError_Fragment
  | ErrorFields_IdempotencyConflictError_Fragment
  | ErrorFields_InsufficientFundsError_Fragment
  | ErrorFields_InvalidCredentialsError_Fragment
  | ErrorFields_InvalidIdError_Fragment
  | ErrorFields_InvalidRefreshTokenError_Fragment
  | ErrorFields_InvalidResetTokenError_Fragment
  | ErrorFields_JobNotFailedError_Fragment
  | ErrorFields_KycLevelAlreadyReachedError_Fragment
  | ErrorFields_KycProviderFailedError_Fragment
  | ErrorFields_KycProviderNotConfiguredError_Fragment
  | ErrorFields_KycProviderUnsupportedError_Fragment
  | ErrorFields_KycVerificationNotPendingError_Fragment
  | ErrorFields_LocaleNotOfferedError_Fragment
  | ErrorFields_LossLimitReachedError_Fragment
  | ErrorFields_NotFoundError_Fragment
  | ErrorFields_OfferArchivedError_Fragment
  | ErrorFields_OfferClaimLimitReachedError_Fragment
  | ErrorFields_OfferNameTakenError_Fragment
  | ErrorFields_OfferNotAvailableError_Fragment
  | ErrorFields_OfferNotShownError_Fragment
  | ErrorFields_PaymentAmountOutOfBoundsError_Fragment
  | ErrorFields_PaymentCurrencyUnsupportedError_Fragment
  | ErrorFields_PaymentNotFoundError_Fragment
  | ErrorFields_PaymentProviderFailedError_Fragment
  | ErrorFields_PaymentProviderUnsupportedError_Fragment
  | ErrorFields_PokerBuyInOutOfRangeError_Fragment
  | ErrorFields_PokerHandFinishedError_Fragment
  | ErrorFields_PokerIllegalActionError_Fragment
  | ErrorFields_PokerIllegalAmountError_Fragment
  | ErrorFields_PokerNotInHandError_Fragment
  | ErrorFields_PokerNotSeatedError_Fragment
  | ErrorFields_PokerNotYourTurnError_Fragment
  | ErrorFields_PokerProviderUnavailableError_Fragment
  | ErrorFields_PokerSeatUnavailableError_Fragment
  | ErrorFields_PokerTableNotFoundError_Fragment
  | ErrorFields_RefundExceedsPaymentError_Fragment
  | ErrorFields_RgCannotShortenError_Fragment
  | ErrorFields_RiskActionNotPendingError_Fragment
  | ErrorFields_RiskActionSameStaffError_Fragment
  | ErrorFields_RiskCaseClosedError_Fragment
  | ErrorFields_RiskCaseHasPendingActionsError_Fragment
  | ErrorFields_RiskCasePlayerNotInCaseError_Fragment
  | ErrorFields_SelfApprovalError_Fragment
  | ErrorFields_SelfExcludedError_Fragment
  | ErrorFields_SessionLimitReachedError_Fragment
  | ErrorFields_TenantDomainTakenError_Fragment
  | ErrorFields_TenantNotFoundError_Fragment
  | ErrorFields_TenantRequiredError_Fragment
  | ErrorFields_TenantSlugTakenError_Fragment
  | ErrorFields_TenantSuspendedError_Fragment
  | ErrorFields_TimeOutActiveError_Fragment
  | ErrorFields_TransactionNotFoundError_Fragment
  | ErrorFields_UnknownDialectError_Fragment
  | ErrorFields_UnknownMenuItemError_Fragment
  | ErrorFields_UnsupportedCurrencyError_Fragment
  | ErrorFields_ValidationError_Fragment
  | ErrorFields_VerificationRequiredError_Fragment
  | ErrorFields_VipAdjustmentBelowZeroError_Fragment
  | ErrorFields_VipCheckNotPendingError_Fragment
  | ErrorFields_VipCheckSameStaffError_Fragment
  | ErrorFields_VipCheckTierNotHighValueError_Fragment
  | ErrorFields_VipInsufficientPointsError_Fragment
  | ErrorFields_VipManagerNotABenefitError_Fragment
  | ErrorFields_VipManagerNotStaffError_Fragment
  | ErrorFields_VipProgrammeOffError_Fragment
  | ErrorFields_VipRedemptionPriceMismatchError_Fragment
  | ErrorFields_VipRedemptionTooSmallError_Fragment
  | ErrorFields_VipRedemptionUnavailableError_Fragment
  | ErrorFields_VipRewardTemplateUnknownError_Fragment
  | ErrorFields_VipRewardsSuppressedError_Fragment
  | ErrorFields_VipTierArchivedError_Fragment
  | ErrorFields_VipTierKeyTakenError_Fragment
  | ErrorFields_VipTierRankTakenError_Fragment
  | ErrorFields_WageringCapExceededError_Fragment
  | ErrorFields_WithdrawalAlreadyApprovedError_Fragment
  | ErrorFields_WithdrawalCompleterApprovedError_Fragment
  | ErrorFields_WithdrawalExceedsAvailableError_Fragment
  | ErrorFields_WithdrawalNeedsConfirmationError_Fragment
  | ErrorFields_WithdrawalNoRouteError_Fragment
  | ErrorFields_WithdrawalNotFoundError_Fragment
  | ErrorFields_WithdrawalNotParkedError_Fragment
  | ErrorFields_WithdrawalNotPendingError_Fragment
  | ErrorFields_WithdrawalProviderNotFundingError_Fragment
  | ErrorFields_WithdrawalSelfApprovalError_Fragment
;

export type TokenFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type GameFieldsFragment = { id: string, provider: string, externalRef: string, name: string, category: GameCategory, currencies: Array<string>, enabled: boolean, launchUrlTemplate: string | null };

export type GamesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  currency?: string | null | undefined;
  provider?: string | null | undefined;
  category?: GameCategory | null | undefined;
  includeDisabled?: boolean | null | undefined;
}>;


export type GamesQuery = { games: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, provider: string, externalRef: string, name: string, category: GameCategory, currencies: Array<string>, enabled: boolean, launchUrlTemplate: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type GameQueryVariables = Exact<{
  id: string;
}>;


export type GameQuery = { game: { id: string, provider: string, externalRef: string, name: string, category: GameCategory, currencies: Array<string>, enabled: boolean, launchUrlTemplate: string | null } | null };

export type AddGameMutationVariables = Exact<{
  input: AddGameInput;
}>;


export type AddGameMutation = { addGame:
    | { __typename: 'AddGamePayload', game: { id: string, provider: string, externalRef: string, name: string, category: GameCategory, currencies: Array<string>, enabled: boolean, launchUrlTemplate: string | null } }
    | { __typename: 'GameAlreadyExistsError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateGameMutationVariables = Exact<{
  input: UpdateGameInput;
}>;


export type UpdateGameMutation = { updateGame:
    | { __typename: 'GameNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'UpdateGamePayload', game: { id: string, provider: string, externalRef: string, name: string, category: GameCategory, currencies: Array<string>, enabled: boolean, launchUrlTemplate: string | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type LaunchGameMutationVariables = Exact<{
  input: LaunchGameInput;
}>;


export type LaunchGameMutation = { launchGame:
    | { __typename: 'GameCurrencyNotSupportedError', code: ErrorCode, message: string }
    | { __typename: 'GameDisabledError', code: ErrorCode, message: string }
    | { __typename: 'GameNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'LaunchGamePayload', currency: string, url: string, token: string, expiresAt: string, game: { id: string, name: string } }
    | { __typename: 'SelfExcludedError', code: ErrorCode, message: string }
    | { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string }
    | { __typename: 'TimeOutActiveError', code: ErrorCode, message: string }
   };

export type PlayerFieldsFragment = { id: string, email: string, displayName: string, locale: Locale, status: PlayerStatus, createdAt: string };

export type StaffUserFieldsFragment = { id: string, email: string, name: string, roles: Array<TenantRole>, disabledAt: string | null, createdAt: string };

export type ApiKeyFieldsFragment = { id: string, name: string, permissions: Array<Permission>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null };

export type InvalidIdFieldsFragment = { expectedType: string, path: Array<string> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: ViewerKind, roles: Array<StaffRole>, permissions: Array<Permission>, tenant: { id: string, slug: string } | null, player: { id: string, email: string, displayName: string, locale: Locale, status: PlayerStatus, createdAt: string } | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null } | null };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'Affiliate', id: string }
    | { __typename: 'AffiliateLink', id: string }
    | { __typename: 'AffiliatePlan', id: string }
    | { __typename: 'AffiliateStatement', id: string }
    | { __typename: 'ApiKey', name: string, id: string }
    | { __typename: 'AuditCheckpoint', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BackgroundJob', id: string }
    | { __typename: 'BonusBudget', id: string }
    | { __typename: 'BonusGrant', id: string }
    | { __typename: 'BonusTemplate', id: string }
    | { __typename: 'CollusionPair', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'Experiment', id: string }
    | { __typename: 'Game', id: string }
    | { __typename: 'GameProvider', id: string }
    | { __typename: 'JobQueue', id: string }
    | { __typename: 'KycProvider', id: string }
    | { __typename: 'KycVerification', id: string }
    | { __typename: 'LedgerAccount', id: string }
    | { __typename: 'LedgerHold', id: string }
    | { __typename: 'LedgerTransaction', id: string }
    | { __typename: 'MenuChange', id: string }
    | { __typename: 'Offer', id: string }
    | { __typename: 'OfferClaim', id: string }
    | { __typename: 'OfferDecision', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PaymentProvider', id: string }
    | { __typename: 'Player', email: string, id: string }
    | { __typename: 'PlayerNote', body: string, id: string }
    | { __typename: 'PlayerOffer', id: string }
    | { __typename: 'PlayerSession', ip: string | null, id: string }
    | { __typename: 'PokerHand', id: string }
    | { __typename: 'PokerTable', id: string }
    | { __typename: 'RiskCase', id: string }
    | { __typename: 'RiskCaseAction', id: string }
    | { __typename: 'RiskLink', id: string }
    | { __typename: 'StaffUser', email: string, id: string }
    | { __typename: 'Tenant', slug: string, id: string }
    | { __typename: 'VipCheck', id: string }
    | { __typename: 'VipPointsAdjustment', id: string }
    | { __typename: 'VipRedemption', id: string }
    | { __typename: 'VipReward', id: string }
    | { __typename: 'VipStatusChange', id: string }
    | { __typename: 'VipTier', id: string }
    | { __typename: 'WalletAdjustment', id: string }
    | { __typename: 'WalletStatementLine', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type PlayerQueryVariables = Exact<{
  id: string;
}>;


export type PlayerQuery = { player: { id: string, email: string, displayName: string, locale: Locale, status: PlayerStatus, createdAt: string } | null };

export type PlayersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: PlayerFilter | null | undefined;
  orderBy?: PlayerOrder | null | undefined;
}>;


export type PlayersQuery = { players: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, email: string, displayName: string, locale: Locale, status: PlayerStatus, createdAt: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type PlayerDetailQueryVariables = Exact<{
  id: string;
  notes?: number | null | undefined;
  sessions?: number | null | undefined;
}>;


export type PlayerDetailQuery = { player: { blockedAt: string | null, blockedReason: string | null, tags: Array<string>, id: string, email: string, displayName: string, locale: Locale, status: PlayerStatus, createdAt: string, blockedBy: { id: string, email: string } | null, notes: { totalCount: number, nodes: Array<{ id: string, body: string, authorKind: PlayerNoteAuthorKind, createdAt: string, author: { id: string, email: string } | null, player: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } }, sessions: { totalCount: number, nodes: Array<{ id: string, createdAt: string, lastUsedAt: string | null, expiresAt: string, ip: string | null, revokedAt: string | null, player: { id: string } }> } } | null };

export type PlayerNotesQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PlayerNotesQuery = { player: { id: string, notes: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, body: string, createdAt: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } } | null };

export type StaffUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type StaffUsersQuery = { staffUsers: { totalCount: number, edges: Array<{ node: { id: string, email: string, name: string, roles: Array<TenantRole>, disabledAt: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type ApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, edges: Array<{ node: { id: string, name: string, permissions: Array<Permission>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type RegisterPlayerMutationVariables = Exact<{
  input: RegisterPlayerInput;
}>;


export type RegisterPlayerMutation = { registerPlayer:
    | { __typename: 'EmailTakenError', code: ErrorCode, message: string }
    | { __typename: 'LocaleNotOfferedError', offered: Array<Locale>, code: ErrorCode, message: string }
    | { __typename: 'RegisterPlayerPayload', player: { id: string, email: string, displayName: string, locale: Locale, status: PlayerStatus, createdAt: string }, tokens: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login:
    | { __typename: 'AccountDisabledError', code: ErrorCode, message: string }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string }
    | { __typename: 'LoginPayload', player: { id: string, email: string, displayName: string, locale: Locale, status: PlayerStatus, createdAt: string }, tokens: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type StaffLoginMutationVariables = Exact<{
  input: StaffLoginInput;
}>;


export type StaffLoginMutation = { staffLogin:
    | { __typename: 'AccountDisabledError', code: ErrorCode, message: string }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string }
    | { __typename: 'StaffLoginPayload', tokens: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string }, staffUser: { id: string, email: string } | null }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { refreshSession:
    | { __typename: 'InvalidRefreshTokenError', code: ErrorCode, message: string }
    | { __typename: 'RefreshSessionPayload', tokens: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
   };

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { logout: { sessionsEnded: number } };

export type CreateStaffUserMutationVariables = Exact<{
  input: CreateStaffUserInput;
}>;


export type CreateStaffUserMutation = { createStaffUser:
    | { __typename: 'CannotGrantError', missing: Array<Permission>, code: ErrorCode, message: string }
    | { __typename: 'CreateStaffUserPayload', staffUser: { id: string, email: string, name: string, roles: Array<TenantRole>, disabledAt: string | null, createdAt: string } }
    | { __typename: 'EmailTakenError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SetStaffRolesMutationVariables = Exact<{
  input: SetStaffRolesInput;
}>;


export type SetStaffRolesMutation = { setStaffRoles:
    | { __typename: 'CannotGrantError', missing: Array<Permission>, code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SetStaffRolesPayload', staffUser: { id: string, email: string, name: string, roles: Array<TenantRole>, disabledAt: string | null, createdAt: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DisableStaffUserMutationVariables = Exact<{
  input: DisableStaffUserInput;
}>;


export type DisableStaffUserMutation = { disableStaffUser:
    | { __typename: 'DisableStaffUserPayload', staffUser: { id: string, email: string, name: string, roles: Array<TenantRole>, disabledAt: string | null, createdAt: string } }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey:
    | { __typename: 'CannotGrantError', missing: Array<Permission>, code: ErrorCode, message: string }
    | { __typename: 'CreateApiKeyPayload', key: string, apiKey: { id: string, name: string, permissions: Array<Permission>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RevokeApiKeyPayload', apiKey: { id: string, name: string, permissions: Array<Permission>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
   };

export type BlockPlayerMutationVariables = Exact<{
  input: BlockPlayerInput;
}>;


export type BlockPlayerMutation = { blockPlayer:
    | { __typename: 'BlockPlayerPayload', player: { blockedAt: string | null, blockedReason: string | null, id: string, email: string, displayName: string, locale: Locale, status: PlayerStatus, createdAt: string } }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UnblockPlayerMutationVariables = Exact<{
  input: UnblockPlayerInput;
}>;


export type UnblockPlayerMutation = { unblockPlayer:
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'UnblockPlayerPayload', player: { blockedAt: string | null, blockedReason: string | null, id: string, email: string, displayName: string, locale: Locale, status: PlayerStatus, createdAt: string } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type AddPlayerNoteMutationVariables = Exact<{
  input: AddPlayerNoteInput;
}>;


export type AddPlayerNoteMutation = { addPlayerNote:
    | { __typename: 'AddPlayerNotePayload', note: { id: string, body: string, authorKind: PlayerNoteAuthorKind, createdAt: string, author: { id: string } | null }, player: { id: string } }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type AddPlayerTagsMutationVariables = Exact<{
  input: AddPlayerTagsInput;
}>;


export type AddPlayerTagsMutation = { addPlayerTags:
    | { __typename: 'AddPlayerTagsPayload', player: { id: string, tags: Array<string> } }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RemovePlayerTagsMutationVariables = Exact<{
  input: RemovePlayerTagsInput;
}>;


export type RemovePlayerTagsMutation = { removePlayerTags:
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RemovePlayerTagsPayload', player: { id: string, tags: Array<string> } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile:
    | { __typename: 'LocaleNotOfferedError', offered: Array<Locale>, code: ErrorCode, message: string }
    | { __typename: 'UpdateMyProfilePayload', player: { id: string, email: string, displayName: string, locale: Locale, status: PlayerStatus, createdAt: string } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type BackgroundJobFieldsFragment = { id: string, state: BackgroundJobState, data: unknown, attempts: number, retryLimit: number, createdAt: string, startAfter: string, startedAt: string | null, completedAt: string | null, error: string | null };

export type JobQueueFieldsFragment = { id: string, name: string, description: string, schedule: string | null, oldestWaitingSeconds: number | null, counts: { created: number, retry: number, active: number, completed: number, cancelled: number, failed: number } };

export type JobQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type JobQueuesQuery = { jobQueues: Array<{ id: string, name: string, description: string, schedule: string | null, oldestWaitingSeconds: number | null, counts: { created: number, retry: number, active: number, completed: number, cancelled: number, failed: number } }> | null };

export type JobQueueJobsQueryVariables = Exact<{
  id: string;
  state?: BackgroundJobState | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type JobQueueJobsQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue', id: string, name: string, description: string, schedule: string | null, oldestWaitingSeconds: number | null, jobs: { totalCount: number, nodes: Array<{ id: string, state: BackgroundJobState, data: unknown, attempts: number, retryLimit: number, createdAt: string, startAfter: string, startedAt: string | null, completedAt: string | null, error: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, counts: { created: number, retry: number, active: number, completed: number, cancelled: number, failed: number } }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type RetryBackgroundJobMutationVariables = Exact<{
  input: RetryBackgroundJobInput;
}>;


export type RetryBackgroundJobMutation = { retryBackgroundJob:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'JobNotFailedError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RetryBackgroundJobPayload', job: { id: string, state: BackgroundJobState, data: unknown, attempts: number, retryLimit: number, createdAt: string, startAfter: string, startedAt: string | null, completedAt: string | null, error: string | null } }
   };

export type KpiMoneyFragment = { amount: string, currency: string };

export type KpiCurrencyFieldsFragment = { currency: string, holdPercent: number | null, activePlayers: number, turnover: { amount: string, currency: string }, realTurnover: { amount: string, currency: string }, bonusTurnover: { amount: string, currency: string }, wins: { amount: string, currency: string }, realWins: { amount: string, currency: string }, rake: { amount: string, currency: string }, ggr: { amount: string, currency: string }, bonusCost: { amount: string, currency: string }, ngr: { amount: string, currency: string }, deposits: { count: number, amount: { amount: string, currency: string } }, withdrawals: { count: number, amount: { amount: string, currency: string } }, firstDeposits: { count: number, amount: { amount: string, currency: string } }, arpu: { amount: string, currency: string } | null, products: Array<{ product: KpiProduct, rounds: number, activePlayers: number, realTurnover: { amount: string, currency: string }, bonusTurnover: { amount: string, currency: string }, realWins: { amount: string, currency: string }, ggr: { amount: string, currency: string } }> };

export type TenantKpisFieldsFragment = { timeZone: string, granularity: KpiGranularity, from: string, to: string, fedUntil: string | null, periods: Array<{ start: string, end: string, registrations: number, currencies: Array<{ currency: string, holdPercent: number | null, activePlayers: number, turnover: { amount: string, currency: string }, realTurnover: { amount: string, currency: string }, bonusTurnover: { amount: string, currency: string }, wins: { amount: string, currency: string }, realWins: { amount: string, currency: string }, rake: { amount: string, currency: string }, ggr: { amount: string, currency: string }, bonusCost: { amount: string, currency: string }, ngr: { amount: string, currency: string }, deposits: { count: number, amount: { amount: string, currency: string } }, withdrawals: { count: number, amount: { amount: string, currency: string } }, firstDeposits: { count: number, amount: { amount: string, currency: string } }, arpu: { amount: string, currency: string } | null, products: Array<{ product: KpiProduct, rounds: number, activePlayers: number, realTurnover: { amount: string, currency: string }, bonusTurnover: { amount: string, currency: string }, realWins: { amount: string, currency: string }, ggr: { amount: string, currency: string } }> }> }> };

export type KpisQueryVariables = Exact<{
  from: string;
  to: string;
  granularity?: KpiGranularity | null | undefined;
}>;


export type KpisQuery = { kpis: { timeZone: string, granularity: KpiGranularity, from: string, to: string, fedUntil: string | null, periods: Array<{ start: string, end: string, registrations: number, currencies: Array<{ currency: string, holdPercent: number | null, activePlayers: number, turnover: { amount: string, currency: string }, realTurnover: { amount: string, currency: string }, bonusTurnover: { amount: string, currency: string }, wins: { amount: string, currency: string }, realWins: { amount: string, currency: string }, rake: { amount: string, currency: string }, ggr: { amount: string, currency: string }, bonusCost: { amount: string, currency: string }, ngr: { amount: string, currency: string }, deposits: { count: number, amount: { amount: string, currency: string } }, withdrawals: { count: number, amount: { amount: string, currency: string } }, firstDeposits: { count: number, amount: { amount: string, currency: string } }, arpu: { amount: string, currency: string } | null, products: Array<{ product: KpiProduct, rounds: number, activePlayers: number, realTurnover: { amount: string, currency: string }, bonusTurnover: { amount: string, currency: string }, realWins: { amount: string, currency: string }, ggr: { amount: string, currency: string } }> }> }> } | null };

export type KpiCohortsQueryVariables = Exact<{
  from: string;
  to: string;
  kind?: KpiCohortKind | null | undefined;
  window?: KpiRetentionWindow | null | undefined;
  granularity?: KpiGranularity | null | undefined;
}>;


export type KpiCohortsQuery = { kpiCohorts: Array<{ start: string, end: string, size: number, retention: Array<{ day: number, players: number, rate: number, complete: boolean }> }> | null };

export type KpiFunnelQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type KpiFunnelQuery = { kpiFunnel: { registered: number, deposited: number, played: number } | null };

export type KpiReconciliationFieldsFragment = { day: string, checkedAt: string, matches: boolean, fedUntil: string | null, differences: Array<{ currency: string | null, figure: string, rollup: string, ledger: string }> };

export type KpiReconciliationsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type KpiReconciliationsQuery = { kpiReconciliations: Array<{ day: string, checkedAt: string, matches: boolean, fedUntil: string | null, differences: Array<{ currency: string | null, figure: string, rollup: string, ledger: string }> }> | null };

export type ReconcileKpisMutationVariables = Exact<{
  input: ReconcileKpisInput;
}>;


export type ReconcileKpisMutation = { reconcileKpis:
    | { __typename: 'ReconcileKpisPayload', reconciliation: { day: string, checkedAt: string, matches: boolean, fedUntil: string | null, differences: Array<{ currency: string | null, figure: string, rollup: string, ledger: string }> } | null }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   };

export type PlatformKpisQueryVariables = Exact<{
  from: string;
  to: string;
  granularity?: KpiGranularity | null | undefined;
}>;


export type PlatformKpisQuery = { platformKpis: Array<{ timeZone: string, granularity: KpiGranularity, from: string, to: string, fedUntil: string | null, tenant: { id: string, slug: string, name: string }, periods: Array<{ start: string, end: string, registrations: number, currencies: Array<{ currency: string, holdPercent: number | null, activePlayers: number, turnover: { amount: string, currency: string }, realTurnover: { amount: string, currency: string }, bonusTurnover: { amount: string, currency: string }, wins: { amount: string, currency: string }, realWins: { amount: string, currency: string }, rake: { amount: string, currency: string }, ggr: { amount: string, currency: string }, bonusCost: { amount: string, currency: string }, ngr: { amount: string, currency: string }, deposits: { count: number, amount: { amount: string, currency: string } }, withdrawals: { count: number, amount: { amount: string, currency: string } }, firstDeposits: { count: number, amount: { amount: string, currency: string } }, arpu: { amount: string, currency: string } | null, products: Array<{ product: KpiProduct, rounds: number, activePlayers: number, realTurnover: { amount: string, currency: string }, bonusTurnover: { amount: string, currency: string }, realWins: { amount: string, currency: string }, ggr: { amount: string, currency: string } }> }> }> }> | null };

export type RebuildKpisMutationVariables = Exact<{
  input: RebuildKpisInput;
}>;


export type RebuildKpisMutation = { rebuildKpis:
    | { __typename: 'RebuildKpisPayload', rebuiltAt: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string }
   };

export type TenantMenuItemFieldsFragment = { key: string, kind: MenuItemKind, enabled: boolean, position: number, label: string, overridden: boolean, labels: Array<{ locale: string, text: string }> };

export type MenuQueryVariables = Exact<{ [key: string]: never; }>;


export type MenuQuery = { menu: { features: Array<string>, items: Array<{ key: string, label: string, position: number }> } | null };

export type TenantMenuQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantMenuQuery = { tenantMenu: Array<{ key: string, kind: MenuItemKind, enabled: boolean, position: number, label: string, overridden: boolean, labels: Array<{ locale: string, text: string }> }> | null };

export type MenuChangeQueryVariables = Exact<{
  id: string;
}>;


export type MenuChangeQuery = { node:
    | { __typename: 'Affiliate', id: string }
    | { __typename: 'AffiliateLink', id: string }
    | { __typename: 'AffiliatePlan', id: string }
    | { __typename: 'AffiliateStatement', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditCheckpoint', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BackgroundJob', id: string }
    | { __typename: 'BonusBudget', id: string }
    | { __typename: 'BonusGrant', id: string }
    | { __typename: 'BonusTemplate', id: string }
    | { __typename: 'CollusionPair', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'Experiment', id: string }
    | { __typename: 'Game', id: string }
    | { __typename: 'GameProvider', id: string }
    | { __typename: 'JobQueue', id: string }
    | { __typename: 'KycProvider', id: string }
    | { __typename: 'KycVerification', id: string }
    | { __typename: 'LedgerAccount', id: string }
    | { __typename: 'LedgerHold', id: string }
    | { __typename: 'LedgerTransaction', id: string }
    | { __typename: 'MenuChange', itemKey: string, action: MenuChangeAction, id: string }
    | { __typename: 'Offer', id: string }
    | { __typename: 'OfferClaim', id: string }
    | { __typename: 'OfferDecision', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PaymentProvider', id: string }
    | { __typename: 'Player', id: string }
    | { __typename: 'PlayerNote', id: string }
    | { __typename: 'PlayerOffer', id: string }
    | { __typename: 'PlayerSession', id: string }
    | { __typename: 'PokerHand', id: string }
    | { __typename: 'PokerTable', id: string }
    | { __typename: 'RiskCase', id: string }
    | { __typename: 'RiskCaseAction', id: string }
    | { __typename: 'RiskLink', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'Tenant', id: string }
    | { __typename: 'VipCheck', id: string }
    | { __typename: 'VipPointsAdjustment', id: string }
    | { __typename: 'VipRedemption', id: string }
    | { __typename: 'VipReward', id: string }
    | { __typename: 'VipStatusChange', id: string }
    | { __typename: 'VipTier', id: string }
    | { __typename: 'WalletAdjustment', id: string }
    | { __typename: 'WalletStatementLine', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type MenuChangesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  itemKey?: string | null | undefined;
}>;


export type MenuChangesQuery = { menuChanges: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, itemKey: string, action: MenuChangeAction, actorKind: MenuChangeActorKind, createdAt: string, actor:
          | { __typename: 'ApiKey', id: string, name: string }
          | { __typename: 'PlatformOperator', name: string }
          | { __typename: 'StaffUser', id: string, email: string }
         | null, before: { enabled: boolean, position: number } | null, after: { enabled: boolean, position: number } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type MenuCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type MenuCatalogueQuery = { menuCatalogue: Array<{ key: string, kind: MenuItemKind, defaultEnabled: boolean, defaultPosition: number }> | null };

export type SetMenuItemMutationVariables = Exact<{
  input: SetMenuItemInput;
}>;


export type SetMenuItemMutation = { setMenuItem:
    | { __typename: 'SetMenuItemPayload', items: Array<{ key: string, kind: MenuItemKind, enabled: boolean, position: number, label: string, overridden: boolean, labels: Array<{ locale: string, text: string }> }> }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ReorderMenuMutationVariables = Exact<{
  input: ReorderMenuInput;
}>;


export type ReorderMenuMutation = { reorderMenu:
    | { __typename: 'ReorderMenuPayload', items: Array<{ key: string, kind: MenuItemKind, enabled: boolean, position: number, label: string, overridden: boolean, labels: Array<{ locale: string, text: string }> }> }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ResetMenuItemMutationVariables = Exact<{
  input: ResetMenuItemInput;
}>;


export type ResetMenuItemMutation = { resetMenuItem:
    | { __typename: 'ResetMenuItemPayload', items: Array<{ key: string, kind: MenuItemKind, enabled: boolean, position: number, label: string, overridden: boolean, labels: Array<{ locale: string, text: string }> }> }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string }
   };

export type DefineMenuCatalogueItemMutationVariables = Exact<{
  input: DefineMenuCatalogueItemInput;
}>;


export type DefineMenuCatalogueItemMutation = { defineMenuCatalogueItem:
    | { __typename: 'DefineMenuCatalogueItemPayload', item: { key: string, kind: MenuItemKind, defaultEnabled: boolean, defaultPosition: number } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type MenuUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MenuUpdatedSubscription = { menuUpdated: { seq: number, menu: { features: Array<string>, items: Array<{ key: string, label: string, position: number }> } } };

export type OfferFieldsFragment = { id: string, name: string, description: string | null, status: OfferStatus, placements: Array<string>, priority: number, startsAt: string | null, endsAt: string | null, version: number, createdBy: string, createdAt: string, updatedAt: string, reward: { id: string, name: string } | null, eligibility: { currencies: Array<string>, countries: Array<string>, tags: Array<string>, excludedTags: Array<string>, minDeposits: number | null, maxDeposits: number | null, minDaysSinceLastDeposit: number | null, maxDaysSinceLastDeposit: number | null }, frequency: { maxClaims: number, impressions: { max: number, windowHours: number } | null } };

export type OfferDecisionFieldsFragment = { id: string, placement: string, currency: string | null, policy: OfferDecisionPolicy, probability: number | null, phase: number | null, armKey: string | null, suppressedReason: OfferSuppressionReason | null, createdAt: string, player: { id: string }, candidates: Array<{ eligible: boolean, reason: OfferIneligibleReason | null, offer: { id: string } | null }> | null, shown: Array<{ id: string }>, chosenOffer: { id: string } | null, experiment: { id: string } | null };

export type PlayerOfferFieldsFragment = { id: string, name: string, description: string | null, rewardKind: OfferRewardKind | null, endsAt: string | null };

type OfferErrorFields_AccountDisabledError_Fragment = { __typename: 'AccountDisabledError', code: ErrorCode, message: string };

type OfferErrorFields_AccountFrozenError_Fragment = { __typename: 'AccountFrozenError', code: ErrorCode, message: string };

type OfferErrorFields_AccountNotFoundError_Fragment = { __typename: 'AccountNotFoundError', code: ErrorCode, message: string };

type OfferErrorFields_AdjustmentNotFoundError_Fragment = { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string };

type OfferErrorFields_AdjustmentNotPendingError_Fragment = { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateClosedError_Fragment = { __typename: 'AffiliateClosedError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateCodeTakenError_Fragment = { __typename: 'AffiliateCodeTakenError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateEmailTakenError_Fragment = { __typename: 'AffiliateEmailTakenError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateHasSubsError_Fragment = { __typename: 'AffiliateHasSubsError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateLinkCodeTakenError_Fragment = { __typename: 'AffiliateLinkCodeTakenError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateParentIsSelfError_Fragment = { __typename: 'AffiliateParentIsSelfError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateParentIsSubError_Fragment = { __typename: 'AffiliateParentIsSubError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateParentUnknownError_Fragment = { __typename: 'AffiliateParentUnknownError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliatePlanArchivedError_Fragment = { __typename: 'AffiliatePlanArchivedError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliatePlanNameTakenError_Fragment = { __typename: 'AffiliatePlanNameTakenError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateStatementAlreadyPaidError_Fragment = { __typename: 'AffiliateStatementAlreadyPaidError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateStatementNothingPayableError_Fragment = { __typename: 'AffiliateStatementNothingPayableError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateStatementSameStaffError_Fragment = { __typename: 'AffiliateStatementSameStaffError', code: ErrorCode, message: string };

type OfferErrorFields_AffiliateStatementStatusError_Fragment = { __typename: 'AffiliateStatementStatusError', code: ErrorCode, message: string };

type OfferErrorFields_AlreadyReversedError_Fragment = { __typename: 'AlreadyReversedError', code: ErrorCode, message: string };

type OfferErrorFields_AuditChainEmptyError_Fragment = { __typename: 'AuditChainEmptyError', code: ErrorCode, message: string };

type OfferErrorFields_BalanceOverflowError_Fragment = { __typename: 'BalanceOverflowError', code: ErrorCode, message: string };

type OfferErrorFields_BonusBudgetExceededError_Fragment = { __typename: 'BonusBudgetExceededError', code: ErrorCode, message: string };

type OfferErrorFields_BonusNotActiveError_Fragment = { __typename: 'BonusNotActiveError', code: ErrorCode, message: string };

type OfferErrorFields_BonusNotEligibleError_Fragment = { __typename: 'BonusNotEligibleError', code: ErrorCode, message: string, notEligible: BonusNotEligibleReason };

type OfferErrorFields_BonusNotPendingReviewError_Fragment = { __typename: 'BonusNotPendingReviewError', code: ErrorCode, message: string };

type OfferErrorFields_BonusTemplateArchivedError_Fragment = { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string };

type OfferErrorFields_BonusTemplateNameTakenError_Fragment = { __typename: 'BonusTemplateNameTakenError', code: ErrorCode, message: string };

type OfferErrorFields_CannotGrantError_Fragment = { __typename: 'CannotGrantError', code: ErrorCode, message: string };

type OfferErrorFields_CaptureExceedsHoldError_Fragment = { __typename: 'CaptureExceedsHoldError', code: ErrorCode, message: string };

type OfferErrorFields_CurrencyMismatchError_Fragment = { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string };

type OfferErrorFields_CurrentPasswordIncorrectError_Fragment = { __typename: 'CurrentPasswordIncorrectError', code: ErrorCode, message: string };

type OfferErrorFields_DepositLimitReachedError_Fragment = { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string };

type OfferErrorFields_DisputeClosedError_Fragment = { __typename: 'DisputeClosedError', code: ErrorCode, message: string };

type OfferErrorFields_DisputeNotFoundError_Fragment = { __typename: 'DisputeNotFoundError', code: ErrorCode, message: string };

type OfferErrorFields_EmailTakenError_Fragment = { __typename: 'EmailTakenError', code: ErrorCode, message: string };

type OfferErrorFields_ExperimentAlreadyRunningError_Fragment = { __typename: 'ExperimentAlreadyRunningError', code: ErrorCode, message: string };

type OfferErrorFields_ExperimentArmOfferUnavailableError_Fragment = { __typename: 'ExperimentArmOfferUnavailableError', code: ErrorCode, message: string };

type OfferErrorFields_ExperimentNotDraftError_Fragment = { __typename: 'ExperimentNotDraftError', code: ErrorCode, message: string };

type OfferErrorFields_ExperimentNotRunningBanditError_Fragment = { __typename: 'ExperimentNotRunningBanditError', code: ErrorCode, message: string };

type OfferErrorFields_ExperimentNotRunningError_Fragment = { __typename: 'ExperimentNotRunningError', code: ErrorCode, message: string };

type OfferErrorFields_ExperimentPlacementBusyError_Fragment = { __typename: 'ExperimentPlacementBusyError', code: ErrorCode, message: string };

type OfferErrorFields_GameAlreadyExistsError_Fragment = { __typename: 'GameAlreadyExistsError', code: ErrorCode, message: string };

type OfferErrorFields_GameCurrencyNotSupportedError_Fragment = { __typename: 'GameCurrencyNotSupportedError', code: ErrorCode, message: string };

type OfferErrorFields_GameDisabledError_Fragment = { __typename: 'GameDisabledError', code: ErrorCode, message: string };

type OfferErrorFields_GameNotFoundError_Fragment = { __typename: 'GameNotFoundError', code: ErrorCode, message: string };

type OfferErrorFields_HoldNotFoundError_Fragment = { __typename: 'HoldNotFoundError', code: ErrorCode, message: string };

type OfferErrorFields_HoldNotOpenError_Fragment = { __typename: 'HoldNotOpenError', code: ErrorCode, message: string };

type OfferErrorFields_IdempotencyConflictError_Fragment = { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string };

type OfferErrorFields_InsufficientFundsError_Fragment = { __typename: 'InsufficientFundsError', code: ErrorCode, message: string };

type OfferErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string };

type OfferErrorFields_InvalidIdError_Fragment = { __typename: 'InvalidIdError', code: ErrorCode, message: string };

type OfferErrorFields_InvalidRefreshTokenError_Fragment = { __typename: 'InvalidRefreshTokenError', code: ErrorCode, message: string };

type OfferErrorFields_InvalidResetTokenError_Fragment = { __typename: 'InvalidResetTokenError', code: ErrorCode, message: string };

type OfferErrorFields_JobNotFailedError_Fragment = { __typename: 'JobNotFailedError', code: ErrorCode, message: string };

type OfferErrorFields_KycLevelAlreadyReachedError_Fragment = { __typename: 'KycLevelAlreadyReachedError', code: ErrorCode, message: string };

type OfferErrorFields_KycProviderFailedError_Fragment = { __typename: 'KycProviderFailedError', code: ErrorCode, message: string };

type OfferErrorFields_KycProviderNotConfiguredError_Fragment = { __typename: 'KycProviderNotConfiguredError', code: ErrorCode, message: string };

type OfferErrorFields_KycProviderUnsupportedError_Fragment = { __typename: 'KycProviderUnsupportedError', code: ErrorCode, message: string };

type OfferErrorFields_KycVerificationNotPendingError_Fragment = { __typename: 'KycVerificationNotPendingError', code: ErrorCode, message: string };

type OfferErrorFields_LocaleNotOfferedError_Fragment = { __typename: 'LocaleNotOfferedError', code: ErrorCode, message: string };

type OfferErrorFields_LossLimitReachedError_Fragment = { __typename: 'LossLimitReachedError', code: ErrorCode, message: string };

type OfferErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string };

type OfferErrorFields_OfferArchivedError_Fragment = { __typename: 'OfferArchivedError', code: ErrorCode, message: string };

type OfferErrorFields_OfferClaimLimitReachedError_Fragment = { __typename: 'OfferClaimLimitReachedError', limit: number, code: ErrorCode, message: string };

type OfferErrorFields_OfferNameTakenError_Fragment = { __typename: 'OfferNameTakenError', code: ErrorCode, message: string };

type OfferErrorFields_OfferNotAvailableError_Fragment = { __typename: 'OfferNotAvailableError', code: ErrorCode, message: string, notAvailable: OfferNotAvailableReason };

type OfferErrorFields_OfferNotShownError_Fragment = { __typename: 'OfferNotShownError', code: ErrorCode, message: string };

type OfferErrorFields_PaymentAmountOutOfBoundsError_Fragment = { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string };

type OfferErrorFields_PaymentCurrencyUnsupportedError_Fragment = { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string };

type OfferErrorFields_PaymentNotFoundError_Fragment = { __typename: 'PaymentNotFoundError', code: ErrorCode, message: string };

type OfferErrorFields_PaymentProviderFailedError_Fragment = { __typename: 'PaymentProviderFailedError', code: ErrorCode, message: string };

type OfferErrorFields_PaymentProviderUnsupportedError_Fragment = { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string };

type OfferErrorFields_PokerBuyInOutOfRangeError_Fragment = { __typename: 'PokerBuyInOutOfRangeError', code: ErrorCode, message: string };

type OfferErrorFields_PokerHandFinishedError_Fragment = { __typename: 'PokerHandFinishedError', code: ErrorCode, message: string };

type OfferErrorFields_PokerIllegalActionError_Fragment = { __typename: 'PokerIllegalActionError', code: ErrorCode, message: string };

type OfferErrorFields_PokerIllegalAmountError_Fragment = { __typename: 'PokerIllegalAmountError', code: ErrorCode, message: string };

type OfferErrorFields_PokerNotInHandError_Fragment = { __typename: 'PokerNotInHandError', code: ErrorCode, message: string };

type OfferErrorFields_PokerNotSeatedError_Fragment = { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string };

type OfferErrorFields_PokerNotYourTurnError_Fragment = { __typename: 'PokerNotYourTurnError', code: ErrorCode, message: string };

type OfferErrorFields_PokerProviderUnavailableError_Fragment = { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string };

type OfferErrorFields_PokerSeatUnavailableError_Fragment = { __typename: 'PokerSeatUnavailableError', code: ErrorCode, message: string };

type OfferErrorFields_PokerTableNotFoundError_Fragment = { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string };

type OfferErrorFields_RefundExceedsPaymentError_Fragment = { __typename: 'RefundExceedsPaymentError', code: ErrorCode, message: string };

type OfferErrorFields_RgCannotShortenError_Fragment = { __typename: 'RgCannotShortenError', code: ErrorCode, message: string };

type OfferErrorFields_RiskActionNotPendingError_Fragment = { __typename: 'RiskActionNotPendingError', code: ErrorCode, message: string };

type OfferErrorFields_RiskActionSameStaffError_Fragment = { __typename: 'RiskActionSameStaffError', code: ErrorCode, message: string };

type OfferErrorFields_RiskCaseClosedError_Fragment = { __typename: 'RiskCaseClosedError', code: ErrorCode, message: string };

type OfferErrorFields_RiskCaseHasPendingActionsError_Fragment = { __typename: 'RiskCaseHasPendingActionsError', code: ErrorCode, message: string };

type OfferErrorFields_RiskCasePlayerNotInCaseError_Fragment = { __typename: 'RiskCasePlayerNotInCaseError', code: ErrorCode, message: string };

type OfferErrorFields_SelfApprovalError_Fragment = { __typename: 'SelfApprovalError', code: ErrorCode, message: string };

type OfferErrorFields_SelfExcludedError_Fragment = { __typename: 'SelfExcludedError', code: ErrorCode, message: string };

type OfferErrorFields_SessionLimitReachedError_Fragment = { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string };

type OfferErrorFields_TenantDomainTakenError_Fragment = { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string };

type OfferErrorFields_TenantNotFoundError_Fragment = { __typename: 'TenantNotFoundError', code: ErrorCode, message: string };

type OfferErrorFields_TenantRequiredError_Fragment = { __typename: 'TenantRequiredError', code: ErrorCode, message: string };

type OfferErrorFields_TenantSlugTakenError_Fragment = { __typename: 'TenantSlugTakenError', code: ErrorCode, message: string };

type OfferErrorFields_TenantSuspendedError_Fragment = { __typename: 'TenantSuspendedError', code: ErrorCode, message: string };

type OfferErrorFields_TimeOutActiveError_Fragment = { __typename: 'TimeOutActiveError', code: ErrorCode, message: string };

type OfferErrorFields_TransactionNotFoundError_Fragment = { __typename: 'TransactionNotFoundError', code: ErrorCode, message: string };

type OfferErrorFields_UnknownDialectError_Fragment = { __typename: 'UnknownDialectError', code: ErrorCode, message: string };

type OfferErrorFields_UnknownMenuItemError_Fragment = { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string };

type OfferErrorFields_UnsupportedCurrencyError_Fragment = { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string };

type OfferErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> };

type OfferErrorFields_VerificationRequiredError_Fragment = { __typename: 'VerificationRequiredError', code: ErrorCode, message: string };

type OfferErrorFields_VipAdjustmentBelowZeroError_Fragment = { __typename: 'VipAdjustmentBelowZeroError', code: ErrorCode, message: string };

type OfferErrorFields_VipCheckNotPendingError_Fragment = { __typename: 'VipCheckNotPendingError', code: ErrorCode, message: string };

type OfferErrorFields_VipCheckSameStaffError_Fragment = { __typename: 'VipCheckSameStaffError', code: ErrorCode, message: string };

type OfferErrorFields_VipCheckTierNotHighValueError_Fragment = { __typename: 'VipCheckTierNotHighValueError', code: ErrorCode, message: string };

type OfferErrorFields_VipInsufficientPointsError_Fragment = { __typename: 'VipInsufficientPointsError', code: ErrorCode, message: string };

type OfferErrorFields_VipManagerNotABenefitError_Fragment = { __typename: 'VipManagerNotABenefitError', code: ErrorCode, message: string };

type OfferErrorFields_VipManagerNotStaffError_Fragment = { __typename: 'VipManagerNotStaffError', code: ErrorCode, message: string };

type OfferErrorFields_VipProgrammeOffError_Fragment = { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string };

type OfferErrorFields_VipRedemptionPriceMismatchError_Fragment = { __typename: 'VipRedemptionPriceMismatchError', code: ErrorCode, message: string };

type OfferErrorFields_VipRedemptionTooSmallError_Fragment = { __typename: 'VipRedemptionTooSmallError', code: ErrorCode, message: string };

type OfferErrorFields_VipRedemptionUnavailableError_Fragment = { __typename: 'VipRedemptionUnavailableError', code: ErrorCode, message: string };

type OfferErrorFields_VipRewardTemplateUnknownError_Fragment = { __typename: 'VipRewardTemplateUnknownError', code: ErrorCode, message: string };

type OfferErrorFields_VipRewardsSuppressedError_Fragment = { __typename: 'VipRewardsSuppressedError', code: ErrorCode, message: string };

type OfferErrorFields_VipTierArchivedError_Fragment = { __typename: 'VipTierArchivedError', code: ErrorCode, message: string };

type OfferErrorFields_VipTierKeyTakenError_Fragment = { __typename: 'VipTierKeyTakenError', code: ErrorCode, message: string };

type OfferErrorFields_VipTierRankTakenError_Fragment = { __typename: 'VipTierRankTakenError', code: ErrorCode, message: string };

type OfferErrorFields_WageringCapExceededError_Fragment = { __typename: 'WageringCapExceededError', code: ErrorCode, message: string };

type OfferErrorFields_WithdrawalAlreadyApprovedError_Fragment = { __typename: 'WithdrawalAlreadyApprovedError', code: ErrorCode, message: string };

type OfferErrorFields_WithdrawalCompleterApprovedError_Fragment = { __typename: 'WithdrawalCompleterApprovedError', code: ErrorCode, message: string };

type OfferErrorFields_WithdrawalExceedsAvailableError_Fragment = { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string };

type OfferErrorFields_WithdrawalNeedsConfirmationError_Fragment = { __typename: 'WithdrawalNeedsConfirmationError', code: ErrorCode, message: string };

type OfferErrorFields_WithdrawalNoRouteError_Fragment = { __typename: 'WithdrawalNoRouteError', code: ErrorCode, message: string };

type OfferErrorFields_WithdrawalNotFoundError_Fragment = { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string };

type OfferErrorFields_WithdrawalNotParkedError_Fragment = { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string };

type OfferErrorFields_WithdrawalNotPendingError_Fragment = { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string };

type OfferErrorFields_WithdrawalProviderNotFundingError_Fragment = { __typename: 'WithdrawalProviderNotFundingError', code: ErrorCode, message: string };

type OfferErrorFields_WithdrawalSelfApprovalError_Fragment = { __typename: 'WithdrawalSelfApprovalError', code: ErrorCode, message: string };

export type OfferErrorFieldsFragment =
  | OfferErrorFields_AccountDisabledError_Fragment
  | OfferErrorFields_AccountFrozenError_Fragment
  | OfferErrorFields_AccountNotFoundError_Fragment
  | OfferErrorFields_AdjustmentNotFoundError_Fragment
  | OfferErrorFields_AdjustmentNotPendingError_Fragment
  | OfferErrorFields_AffiliateClosedError_Fragment
  | OfferErrorFields_AffiliateCodeTakenError_Fragment
  | OfferErrorFields_AffiliateEmailTakenError_Fragment
  | OfferErrorFields_AffiliateHasSubsError_Fragment
  | OfferErrorFields_AffiliateLinkCodeTakenError_Fragment
  | OfferErrorFields_AffiliateParentIsSelfError_Fragment
  | OfferErrorFields_AffiliateParentIsSubError_Fragment
  | OfferErrorFields_AffiliateParentUnknownError_Fragment
  | OfferErrorFields_AffiliatePlanArchivedError_Fragment
  | OfferErrorFields_AffiliatePlanNameTakenError_Fragment
  | OfferErrorFields_AffiliateStatementAlreadyPaidError_Fragment
  | OfferErrorFields_AffiliateStatementNothingPayableError_Fragment
  | OfferErrorFields_AffiliateStatementSameStaffError_Fragment
  | OfferErrorFields_AffiliateStatementStatusError_Fragment
  | OfferErrorFields_AlreadyReversedError_Fragment
  | OfferErrorFields_AuditChainEmptyError_Fragment
  | OfferErrorFields_BalanceOverflowError_Fragment
  | OfferErrorFields_BonusBudgetExceededError_Fragment
  | OfferErrorFields_BonusNotActiveError_Fragment
  | OfferErrorFields_BonusNotEligibleError_Fragment
  | OfferErrorFields_BonusNotPendingReviewError_Fragment
  | OfferErrorFields_BonusTemplateArchivedError_Fragment
  | OfferErrorFields_BonusTemplateNameTakenError_Fragment
  | OfferErrorFields_CannotGrantError_Fragment
  | OfferErrorFields_CaptureExceedsHoldError_Fragment
  | OfferErrorFields_CurrencyMismatchError_Fragment
  | OfferErrorFields_CurrentPasswordIncorrectError_Fragment
  | OfferErrorFields_DepositLimitReachedError_Fragment
  | OfferErrorFields_DisputeClosedError_Fragment
  | OfferErrorFields_DisputeNotFoundError_Fragment
  | OfferErrorFields_EmailTakenError_Fragment
  | OfferErrorFields_ExperimentAlreadyRunningError_Fragment
  | OfferErrorFields_ExperimentArmOfferUnavailableError_Fragment
  | OfferErrorFields_ExperimentNotDraftError_Fragment
  | OfferErrorFields_ExperimentNotRunningBanditError_Fragment
  | OfferErrorFields_ExperimentNotRunningError_Fragment
  | OfferErrorFields_ExperimentPlacementBusyError_Fragment
  | OfferErrorFields_GameAlreadyExistsError_Fragment
  | OfferErrorFields_GameCurrencyNotSupportedError_Fragment
  | OfferErrorFields_GameDisabledError_Fragment
  | OfferErrorFields_GameNotFoundError_Fragment
  | OfferErrorFields_HoldNotFoundError_Fragment
  | OfferErrorFields_HoldNotOpenError_Fragment
  | OfferErrorFields_IdempotencyConflictError_Fragment
  | OfferErrorFields_InsufficientFundsError_Fragment
  | OfferErrorFields_InvalidCredentialsError_Fragment
  | OfferErrorFields_InvalidIdError_Fragment
  | OfferErrorFields_InvalidRefreshTokenError_Fragment
  | OfferErrorFields_InvalidResetTokenError_Fragment
  | OfferErrorFields_JobNotFailedError_Fragment
  | OfferErrorFields_KycLevelAlreadyReachedError_Fragment
  | OfferErrorFields_KycProviderFailedError_Fragment
  | OfferErrorFields_KycProviderNotConfiguredError_Fragment
  | OfferErrorFields_KycProviderUnsupportedError_Fragment
  | OfferErrorFields_KycVerificationNotPendingError_Fragment
  | OfferErrorFields_LocaleNotOfferedError_Fragment
  | OfferErrorFields_LossLimitReachedError_Fragment
  | OfferErrorFields_NotFoundError_Fragment
  | OfferErrorFields_OfferArchivedError_Fragment
  | OfferErrorFields_OfferClaimLimitReachedError_Fragment
  | OfferErrorFields_OfferNameTakenError_Fragment
  | OfferErrorFields_OfferNotAvailableError_Fragment
  | OfferErrorFields_OfferNotShownError_Fragment
  | OfferErrorFields_PaymentAmountOutOfBoundsError_Fragment
  | OfferErrorFields_PaymentCurrencyUnsupportedError_Fragment
  | OfferErrorFields_PaymentNotFoundError_Fragment
  | OfferErrorFields_PaymentProviderFailedError_Fragment
  | OfferErrorFields_PaymentProviderUnsupportedError_Fragment
  | OfferErrorFields_PokerBuyInOutOfRangeError_Fragment
  | OfferErrorFields_PokerHandFinishedError_Fragment
  | OfferErrorFields_PokerIllegalActionError_Fragment
  | OfferErrorFields_PokerIllegalAmountError_Fragment
  | OfferErrorFields_PokerNotInHandError_Fragment
  | OfferErrorFields_PokerNotSeatedError_Fragment
  | OfferErrorFields_PokerNotYourTurnError_Fragment
  | OfferErrorFields_PokerProviderUnavailableError_Fragment
  | OfferErrorFields_PokerSeatUnavailableError_Fragment
  | OfferErrorFields_PokerTableNotFoundError_Fragment
  | OfferErrorFields_RefundExceedsPaymentError_Fragment
  | OfferErrorFields_RgCannotShortenError_Fragment
  | OfferErrorFields_RiskActionNotPendingError_Fragment
  | OfferErrorFields_RiskActionSameStaffError_Fragment
  | OfferErrorFields_RiskCaseClosedError_Fragment
  | OfferErrorFields_RiskCaseHasPendingActionsError_Fragment
  | OfferErrorFields_RiskCasePlayerNotInCaseError_Fragment
  | OfferErrorFields_SelfApprovalError_Fragment
  | OfferErrorFields_SelfExcludedError_Fragment
  | OfferErrorFields_SessionLimitReachedError_Fragment
  | OfferErrorFields_TenantDomainTakenError_Fragment
  | OfferErrorFields_TenantNotFoundError_Fragment
  | OfferErrorFields_TenantRequiredError_Fragment
  | OfferErrorFields_TenantSlugTakenError_Fragment
  | OfferErrorFields_TenantSuspendedError_Fragment
  | OfferErrorFields_TimeOutActiveError_Fragment
  | OfferErrorFields_TransactionNotFoundError_Fragment
  | OfferErrorFields_UnknownDialectError_Fragment
  | OfferErrorFields_UnknownMenuItemError_Fragment
  | OfferErrorFields_UnsupportedCurrencyError_Fragment
  | OfferErrorFields_ValidationError_Fragment
  | OfferErrorFields_VerificationRequiredError_Fragment
  | OfferErrorFields_VipAdjustmentBelowZeroError_Fragment
  | OfferErrorFields_VipCheckNotPendingError_Fragment
  | OfferErrorFields_VipCheckSameStaffError_Fragment
  | OfferErrorFields_VipCheckTierNotHighValueError_Fragment
  | OfferErrorFields_VipInsufficientPointsError_Fragment
  | OfferErrorFields_VipManagerNotABenefitError_Fragment
  | OfferErrorFields_VipManagerNotStaffError_Fragment
  | OfferErrorFields_VipProgrammeOffError_Fragment
  | OfferErrorFields_VipRedemptionPriceMismatchError_Fragment
  | OfferErrorFields_VipRedemptionTooSmallError_Fragment
  | OfferErrorFields_VipRedemptionUnavailableError_Fragment
  | OfferErrorFields_VipRewardTemplateUnknownError_Fragment
  | OfferErrorFields_VipRewardsSuppressedError_Fragment
  | OfferErrorFields_VipTierArchivedError_Fragment
  | OfferErrorFields_VipTierKeyTakenError_Fragment
  | OfferErrorFields_VipTierRankTakenError_Fragment
  | OfferErrorFields_WageringCapExceededError_Fragment
  | OfferErrorFields_WithdrawalAlreadyApprovedError_Fragment
  | OfferErrorFields_WithdrawalCompleterApprovedError_Fragment
  | OfferErrorFields_WithdrawalExceedsAvailableError_Fragment
  | OfferErrorFields_WithdrawalNeedsConfirmationError_Fragment
  | OfferErrorFields_WithdrawalNoRouteError_Fragment
  | OfferErrorFields_WithdrawalNotFoundError_Fragment
  | OfferErrorFields_WithdrawalNotParkedError_Fragment
  | OfferErrorFields_WithdrawalNotPendingError_Fragment
  | OfferErrorFields_WithdrawalProviderNotFundingError_Fragment
  | OfferErrorFields_WithdrawalSelfApprovalError_Fragment
;

export type OffersQueryVariables = Exact<{
  status?: OfferStatus | null | undefined;
  placement?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OffersQuery = { offers: { totalCount: number, nodes: Array<{ id: string, name: string, description: string | null, status: OfferStatus, placements: Array<string>, priority: number, startsAt: string | null, endsAt: string | null, version: number, createdBy: string, createdAt: string, updatedAt: string, reward: { id: string, name: string } | null, eligibility: { currencies: Array<string>, countries: Array<string>, tags: Array<string>, excludedTags: Array<string>, minDeposits: number | null, maxDeposits: number | null, minDaysSinceLastDeposit: number | null, maxDaysSinceLastDeposit: number | null }, frequency: { maxClaims: number, impressions: { max: number, windowHours: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type OfferQueryVariables = Exact<{
  id: string;
}>;


export type OfferQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer', id: string, name: string, description: string | null, status: OfferStatus, placements: Array<string>, priority: number, startsAt: string | null, endsAt: string | null, version: number, createdBy: string, createdAt: string, updatedAt: string, reward: { id: string, name: string } | null, eligibility: { currencies: Array<string>, countries: Array<string>, tags: Array<string>, excludedTags: Array<string>, minDeposits: number | null, maxDeposits: number | null, minDaysSinceLastDeposit: number | null, maxDaysSinceLastDeposit: number | null }, frequency: { maxClaims: number, impressions: { max: number, windowHours: number } | null } }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type CreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferMutation = { createOffer:
    | { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string }
    | { __typename: 'CreateOfferPayload', offer: { id: string, name: string, description: string | null, status: OfferStatus, placements: Array<string>, priority: number, startsAt: string | null, endsAt: string | null, version: number, createdBy: string, createdAt: string, updatedAt: string, reward: { id: string, name: string } | null, eligibility: { currencies: Array<string>, countries: Array<string>, tags: Array<string>, excludedTags: Array<string>, minDeposits: number | null, maxDeposits: number | null, minDaysSinceLastDeposit: number | null, maxDaysSinceLastDeposit: number | null }, frequency: { maxClaims: number, impressions: { max: number, windowHours: number } | null } } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OfferNameTakenError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type UpdateOfferMutation = { updateOffer:
    | { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OfferArchivedError', code: ErrorCode, message: string }
    | { __typename: 'OfferNameTakenError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UpdateOfferPayload', offer: { id: string, name: string, description: string | null, status: OfferStatus, placements: Array<string>, priority: number, startsAt: string | null, endsAt: string | null, version: number, createdBy: string, createdAt: string, updatedAt: string, reward: { id: string, name: string } | null, eligibility: { currencies: Array<string>, countries: Array<string>, tags: Array<string>, excludedTags: Array<string>, minDeposits: number | null, maxDeposits: number | null, minDaysSinceLastDeposit: number | null, maxDaysSinceLastDeposit: number | null }, frequency: { maxClaims: number, impressions: { max: number, windowHours: number } | null } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SetOfferStatusMutationVariables = Exact<{
  input: SetOfferStatusInput;
}>;


export type SetOfferStatusMutation = { setOfferStatus:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OfferArchivedError', code: ErrorCode, message: string }
    | { __typename: 'OfferNameTakenError', code: ErrorCode, message: string }
    | { __typename: 'SetOfferStatusPayload', offer: { id: string, name: string, description: string | null, status: OfferStatus, placements: Array<string>, priority: number, startsAt: string | null, endsAt: string | null, version: number, createdBy: string, createdAt: string, updatedAt: string, reward: { id: string, name: string } | null, eligibility: { currencies: Array<string>, countries: Array<string>, tags: Array<string>, excludedTags: Array<string>, minDeposits: number | null, maxDeposits: number | null, minDaysSinceLastDeposit: number | null, maxDaysSinceLastDeposit: number | null }, frequency: { maxClaims: number, impressions: { max: number, windowHours: number } | null } } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
   };

export type OffersForQueryVariables = Exact<{
  placement: string;
  currency: string;
}>;


export type OffersForQuery = { offersFor: { decision: { id: string }, offers: Array<{ id: string, name: string, description: string | null, rewardKind: OfferRewardKind | null, endsAt: string | null }> } | null };

export type ClaimOfferMutationVariables = Exact<{
  input: ClaimOfferInput;
}>;


export type ClaimOfferMutation = { claimOffer:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'BonusBudgetExceededError', code: ErrorCode, message: string }
    | { __typename: 'BonusNotEligibleError', code: ErrorCode, message: string, notEligible: BonusNotEligibleReason }
    | { __typename: 'ClaimOfferPayload', replay: boolean, claim: { id: string, currency: string, claimedAt: string, decision: { id: string } | null, offer: { id: string, name: string, description: string | null, rewardKind: OfferRewardKind | null, endsAt: string | null } }, grant: { id: string, status: BonusGrantStatus, kind: BonusGrantKind, currency: string, granted: { amount: string, currency: string } } }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OfferArchivedError', code: ErrorCode, message: string }
    | { __typename: 'OfferClaimLimitReachedError', limit: number, code: ErrorCode, message: string }
    | { __typename: 'OfferNotAvailableError', code: ErrorCode, message: string, notAvailable: OfferNotAvailableReason }
    | { __typename: 'OfferNotShownError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type MyOffersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyOffersQuery = { myOffers: { totalCount: number, nodes: Array<{ id: string, currency: string, claimedAt: string, decision: { id: string } | null, offer: { id: string, name: string, description: string | null, rewardKind: OfferRewardKind | null, endsAt: string | null }, grant: { id: string, status: BonusGrantStatus } }> } | null };

export type OfferDecisionsQueryVariables = Exact<{
  playerId?: string | null | undefined;
  placement?: string | null | undefined;
  offerId?: string | null | undefined;
  policy?: OfferDecisionPolicy | null | undefined;
  experimentId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OfferDecisionsQuery = { offerDecisions: { totalCount: number, nodes: Array<{ id: string, placement: string, currency: string | null, policy: OfferDecisionPolicy, probability: number | null, phase: number | null, armKey: string | null, suppressedReason: OfferSuppressionReason | null, createdAt: string, player: { id: string }, candidates: Array<{ eligible: boolean, reason: OfferIneligibleReason | null, offer: { id: string } | null }> | null, shown: Array<{ id: string }>, chosenOffer: { id: string } | null, experiment: { id: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PlayerOfferNodeQueryVariables = Exact<{
  id: string;
}>;


export type PlayerOfferNodeQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer', id: string, name: string, description: string | null, rewardKind: OfferRewardKind | null, endsAt: string | null }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type OfferDecisionQueryVariables = Exact<{
  id: string;
}>;


export type OfferDecisionQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision', id: string, placement: string, currency: string | null, policy: OfferDecisionPolicy, probability: number | null, phase: number | null, armKey: string | null, suppressedReason: OfferSuppressionReason | null, createdAt: string, player: { id: string }, candidates: Array<{ eligible: boolean, reason: OfferIneligibleReason | null, offer: { id: string } | null }> | null, shown: Array<{ id: string }>, chosenOffer: { id: string } | null, experiment: { id: string } | null }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type PlayerOfferDecisionsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type PlayerOfferDecisionsQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player', offerDecisions: { totalCount: number, nodes: Array<{ id: string, policy: OfferDecisionPolicy }> } }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type PaymentInvalidIdFragment = { expectedType: string, path: Array<string> };

export type PaymentMoneyFragment = { amount: string, currency: string, decimal: string };

export type PaymentFieldsFragment = { id: string, provider: PaymentAdapter, status: PaymentStatus, providerRef: string | null, refusal: DepositRefusalReason | null, failureReason: string | null, createdAt: string, confirmedAt: string | null, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, confirmedAmount: { amount: string, currency: string, decimal: string } | null, refundedAmount: { amount: string, currency: string, decimal: string }, ledgerTransaction: { id: string } | null };

export type WithdrawalFieldsFragment = { id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null };

export type DisputeFieldsFragment = { id: string, provider: PaymentAdapter, providerRef: string, status: DisputeStatus, reason: string | null, dueBy: string | null, createdAt: string, closedAt: string | null, payment: { id: string }, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, evidence: Array<{ note: string, at: string, author: { id: string } | null }>, clawedCash: { amount: string, currency: string, decimal: string }, receivable: { amount: string, currency: string, decimal: string }, clawbackTransaction: { id: string } | null };

export type PaymentProviderFieldsFragment = { id: string, adapter: PaymentAdapter, enabled: boolean, currencies: Array<string>, minAmount: string, maxAmount: string, keyFingerprint: string, endpoint: string | null, webhookPath: string };

export type SetPaymentProviderMutationVariables = Exact<{
  input: SetPaymentProviderInput;
}>;


export type SetPaymentProviderMutation = { setPaymentProvider:
    | { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string }
    | { __typename: 'SetPaymentProviderPayload', provider: { id: string, adapter: PaymentAdapter, enabled: boolean, currencies: Array<string>, minAmount: string, maxAmount: string, keyFingerprint: string, endpoint: string | null, webhookPath: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PaymentProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentProvidersQuery = { paymentProviders: Array<{ id: string, adapter: PaymentAdapter, enabled: boolean, currencies: Array<string>, minAmount: string, maxAmount: string, keyFingerprint: string, endpoint: string | null, webhookPath: string }> | null };

export type SetPaymentSettingsMutationVariables = Exact<{
  input: SetPaymentSettingsInput;
}>;


export type SetPaymentSettingsMutation = { setPaymentSettings:
    | { __typename: 'SetPaymentSettingsPayload', settings: { dualApprovalAbove: string | null, chargebackFreeze: ChargebackFreezePolicy, stalePendingMinutes: number } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DepositOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepositOptionsQuery = { depositOptions: Array<{ provider: PaymentAdapter, currencies: Array<string>, minAmount: string, maxAmount: string }> | null };

export type CreateDepositMutationVariables = Exact<{
  input: CreateDepositInput;
}>;


export type CreateDepositMutation = { createDeposit:
    | { __typename: 'CreateDepositPayload', clientSecret: string | null, sessionId: string | null, sessionData: string | null, payment: { id: string, provider: PaymentAdapter, status: PaymentStatus, providerRef: string | null, refusal: DepositRefusalReason | null, failureReason: string | null, createdAt: string, confirmedAt: string | null, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, confirmedAmount: { amount: string, currency: string, decimal: string } | null, refundedAmount: { amount: string, currency: string, decimal: string }, ledgerTransaction: { id: string } | null } }
    | { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string }
    | { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string }
    | { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string }
    | { __typename: 'PaymentProviderFailedError', code: ErrorCode, message: string }
    | { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string }
    | { __typename: 'SelfExcludedError', code: ErrorCode, message: string }
    | { __typename: 'TimeOutActiveError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'VerificationRequiredError', requiredLevel: VerificationLevel, currentLevel: VerificationLevel, reason: VerificationReason, code: ErrorCode, message: string }
   };

export type MyPaymentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type MyPaymentsQuery = { myPayments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, provider: PaymentAdapter, status: PaymentStatus, providerRef: string | null, refusal: DepositRefusalReason | null, failureReason: string | null, createdAt: string, confirmedAt: string | null, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, confirmedAmount: { amount: string, currency: string, decimal: string } | null, refundedAmount: { amount: string, currency: string, decimal: string }, ledgerTransaction: { id: string } | null }> } | null };

export type PaymentsQueryVariables = Exact<{
  filter?: PaymentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PaymentsQuery = { payments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, provider: PaymentAdapter, status: PaymentStatus, providerRef: string | null, refusal: DepositRefusalReason | null, failureReason: string | null, createdAt: string, confirmedAt: string | null, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, confirmedAmount: { amount: string, currency: string, decimal: string } | null, refundedAmount: { amount: string, currency: string, decimal: string }, ledgerTransaction: { id: string } | null }> } | null };

export type PaymentQueryVariables = Exact<{
  id: string;
}>;


export type PaymentQuery = { payment: { id: string, provider: PaymentAdapter, status: PaymentStatus, providerRef: string | null, refusal: DepositRefusalReason | null, failureReason: string | null, createdAt: string, confirmedAt: string | null, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, confirmedAmount: { amount: string, currency: string, decimal: string } | null, refundedAmount: { amount: string, currency: string, decimal: string }, ledgerTransaction: { id: string } | null } | null };

export type RequestWithdrawalMutationVariables = Exact<{
  input: RequestWithdrawalInput;
}>;


export type RequestWithdrawalMutation = { requestWithdrawal:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string }
    | { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string }
    | { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string }
    | { __typename: 'RequestWithdrawalPayload', replay: boolean, withdrawal: { id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null }, parts: Array<{ id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null }> }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'VerificationRequiredError', requiredLevel: VerificationLevel, currentLevel: VerificationLevel, reason: VerificationReason, code: ErrorCode, message: string }
    | { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNeedsConfirmationError', code: ErrorCode, message: string, forfeits: Array<{ kind: string, subjectRef: string, amount: { amount: string, currency: string, decimal: string } }>, total: { amount: string, currency: string, decimal: string } }
    | { __typename: 'WithdrawalNoRouteError', routable: string, code: ErrorCode, message: string }
    | { __typename: 'WithdrawalProviderNotFundingError', code: ErrorCode, message: string }
   };

export type CancelWithdrawalMutationVariables = Exact<{
  input: CancelWithdrawalInput;
}>;


export type CancelWithdrawalMutation = { cancelWithdrawal:
    | { __typename: 'CancelWithdrawalPayload', withdrawal: { id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null } }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string }
   };

export type ApproveWithdrawalMutationVariables = Exact<{
  input: ApproveWithdrawalInput;
}>;


export type ApproveWithdrawalMutation = { approveWithdrawal:
    | { __typename: 'ApproveWithdrawalPayload', withdrawal: { id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null } }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WithdrawalAlreadyApprovedError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalSelfApprovalError', code: ErrorCode, message: string }
   };

export type RejectWithdrawalMutationVariables = Exact<{
  input: RejectWithdrawalInput;
}>;


export type RejectWithdrawalMutation = { rejectWithdrawal:
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'RejectWithdrawalPayload', withdrawal: { id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string }
   };

export type CompleteManualWithdrawalMutationVariables = Exact<{
  input: CompleteManualWithdrawalInput;
}>;


export type CompleteManualWithdrawalMutation = { completeManualWithdrawal:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'CompleteManualWithdrawalPayload', replay: boolean, withdrawal: { id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null } }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WithdrawalCompleterApprovedError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string }
   };

export type RejectManualWithdrawalMutationVariables = Exact<{
  input: RejectManualWithdrawalInput;
}>;


export type RejectManualWithdrawalMutation = { rejectManualWithdrawal:
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'RejectManualWithdrawalPayload', withdrawal: { id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string }
   };

export type RefundDepositMutationVariables = Exact<{
  input: RefundDepositInput;
}>;


export type RefundDepositMutation = { refundDeposit:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'PaymentNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RefundDepositPayload', replay: boolean, withdrawal: { id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null } }
    | { __typename: 'RefundExceedsPaymentError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string }
   };

export type WithdrawalsQueryVariables = Exact<{
  filter?: WithdrawalFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WithdrawalsQuery = { withdrawals: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null }> } | null };

export type WithdrawalQueryVariables = Exact<{
  id: string;
}>;


export type WithdrawalQuery = { withdrawal: { id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null } | null };

export type MyWithdrawalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type MyWithdrawalsQuery = { myWithdrawals: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, kind: WithdrawalKind, status: WithdrawalStatus, provider: PaymentAdapter | null, route: WithdrawalRoute | null, instrumentRef: string | null, paidReference: string | null, requiredApprovals: number, note: string | null, failureReason: string | null, createdAt: string, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, sourcePayment: { id: string } | null, instrumentPayment: { id: string } | null, paidBy: { id: string } | null, request: { id: string } | null, account: { id: string }, approvals: Array<{ at: string, approver: { id: string } | null }>, requestedBy: { id: string } | null, decidedBy: { id: string } | null, ledgerTransaction: { id: string } | null }> } | null };

export type WithdrawalReferencesQueryVariables = Exact<{
  filter?: WithdrawalFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type WithdrawalReferencesQuery = { withdrawals: { nodes: Array<{ id: string, amount: { amount: string, currency: string }, player: { id: string, email: string, displayName: string }, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind, balance: { amount: string }, held: { amount: string } }, sourcePayment: { id: string, status: PaymentStatus, amount: { amount: string, currency: string }, player: { id: string } } | null }> } | null };

export type PlayerPaymentsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PlayerPaymentsQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player', id: string, payments: { totalCount: number, nodes: Array<{ id: string, status: PaymentStatus }> }, withdrawals: { totalCount: number, nodes: Array<{ id: string, status: WithdrawalStatus, kind: WithdrawalKind }> } }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type DisputesQueryVariables = Exact<{
  filter?: DisputeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type DisputesQuery = { disputes: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, provider: PaymentAdapter, providerRef: string, status: DisputeStatus, reason: string | null, dueBy: string | null, createdAt: string, closedAt: string | null, payment: { id: string }, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, evidence: Array<{ note: string, at: string, author: { id: string } | null }>, clawedCash: { amount: string, currency: string, decimal: string }, receivable: { amount: string, currency: string, decimal: string }, clawbackTransaction: { id: string } | null }> } | null };

export type DisputeQueryVariables = Exact<{
  id: string;
}>;


export type DisputeQuery = { dispute: { id: string, provider: PaymentAdapter, providerRef: string, status: DisputeStatus, reason: string | null, dueBy: string | null, createdAt: string, closedAt: string | null, payment: { id: string }, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, evidence: Array<{ note: string, at: string, author: { id: string } | null }>, clawedCash: { amount: string, currency: string, decimal: string }, receivable: { amount: string, currency: string, decimal: string }, clawbackTransaction: { id: string } | null } | null };

export type AddDisputeEvidenceMutationVariables = Exact<{
  input: AddDisputeEvidenceInput;
}>;


export type AddDisputeEvidenceMutation = { addDisputeEvidence:
    | { __typename: 'AddDisputeEvidencePayload', dispute: { id: string, provider: PaymentAdapter, providerRef: string, status: DisputeStatus, reason: string | null, dueBy: string | null, createdAt: string, closedAt: string | null, payment: { id: string }, player: { id: string }, amount: { amount: string, currency: string, decimal: string }, evidence: Array<{ note: string, at: string, author: { id: string } | null }>, clawedCash: { amount: string, currency: string, decimal: string }, receivable: { amount: string, currency: string, decimal: string }, clawbackTransaction: { id: string } | null } }
    | { __typename: 'DisputeClosedError', code: ErrorCode, message: string }
    | { __typename: 'DisputeNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PaymentReconciliationQueryVariables = Exact<{
  day: string;
}>;


export type PaymentReconciliationQuery = { paymentReconciliation: Array<{ kind: ReconciliationMismatchKind, provider: PaymentAdapter, providerRef: string | null, ledgerCredits: number, detail: string, payment: { id: string } | null, player: { id: string }, providerAmount: { amount: string, currency: string, decimal: string } | null, ledgerAmount: { amount: string, currency: string, decimal: string } }> | null };

export type PaymentEventFieldsFragment = { stream: string, seq: number, kind: PaymentEventKind, status: string, provider: PaymentAdapter | null, occurredAt: string, player: { id: string }, subject:
    | { __typename: 'Dispute', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null, amount: { amount: string, currency: string, decimal: string } };

export type MyPaymentEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyPaymentEventsSubscription = { myPaymentEvents: { stream: string, seq: number, kind: PaymentEventKind, status: string, provider: PaymentAdapter | null, occurredAt: string, player: { id: string }, subject:
      | { __typename: 'Dispute', id: string }
      | { __typename: 'Payment', id: string }
      | { __typename: 'Withdrawal', id: string }
     | null, amount: { amount: string, currency: string, decimal: string } } };

export type PaymentEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PaymentEventsSubscription = { paymentEvents: { stream: string, seq: number, kind: PaymentEventKind, status: string, provider: PaymentAdapter | null, occurredAt: string, player: { id: string }, subject:
      | { __typename: 'Dispute', id: string }
      | { __typename: 'Payment', id: string }
      | { __typename: 'Withdrawal', id: string }
     | null, amount: { amount: string, currency: string, decimal: string } } };

export type PokerTableFieldsFragment = { id: string, provider: string, name: string, variant: PokerVariant, currency: string, maxSeats: number, rakeBasisPoints: number, turnSeconds: number, status: PokerTableStatus, seatsTaken: number, smallBlind: { amount: string, currency: string }, bigBlind: { amount: string, currency: string }, ante: { amount: string }, minBuyIn: { amount: string }, maxBuyIn: { amount: string }, rakeCap: { amount: string } | null };

export type PokerSeatFieldsFragment = { seat: number, status: PokerSeatStatus, player: { id: string } | null, stack: { amount: string, currency: string } };

export type PokerHandFieldsFragment = { id: string, handNo: number, status: PokerHandStatus, phh: string | null, startedAt: string, endedAt: string | null, rake: { amount: string, currency: string } | null, table: { id: string } };

export type PokerInvalidIdFieldsFragment = { expectedType: string, path: Array<string> };

export type PokerTablesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  status?: PokerTableStatus | null | undefined;
  variant?: PokerVariant | null | undefined;
}>;


export type PokerTablesQuery = { pokerTables: { totalCount: number, nodes: Array<{ id: string, provider: string, name: string, variant: PokerVariant, currency: string, maxSeats: number, rakeBasisPoints: number, turnSeconds: number, status: PokerTableStatus, seatsTaken: number, smallBlind: { amount: string, currency: string }, bigBlind: { amount: string, currency: string }, ante: { amount: string }, minBuyIn: { amount: string }, maxBuyIn: { amount: string }, rakeCap: { amount: string } | null }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type PokerTableQueryVariables = Exact<{
  id: string;
}>;


export type PokerTableQuery = { pokerTable: { id: string, provider: string, name: string, variant: PokerVariant, currency: string, maxSeats: number, rakeBasisPoints: number, turnSeconds: number, status: PokerTableStatus, seatsTaken: number, smallBlind: { amount: string, currency: string }, bigBlind: { amount: string, currency: string }, ante: { amount: string }, minBuyIn: { amount: string }, maxBuyIn: { amount: string }, rakeCap: { amount: string } | null } | null };

export type PokerHandQueryVariables = Exact<{
  id: string;
}>;


export type PokerHandQuery = { node:
    | { __typename: 'Affiliate', id: string }
    | { __typename: 'AffiliateLink', id: string }
    | { __typename: 'AffiliatePlan', id: string }
    | { __typename: 'AffiliateStatement', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditCheckpoint', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BackgroundJob', id: string }
    | { __typename: 'BonusBudget', id: string }
    | { __typename: 'BonusGrant', id: string }
    | { __typename: 'BonusTemplate', id: string }
    | { __typename: 'CollusionPair', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'Experiment', id: string }
    | { __typename: 'Game', id: string }
    | { __typename: 'GameProvider', id: string }
    | { __typename: 'JobQueue', id: string }
    | { __typename: 'KycProvider', id: string }
    | { __typename: 'KycVerification', id: string }
    | { __typename: 'LedgerAccount', id: string }
    | { __typename: 'LedgerHold', id: string }
    | { __typename: 'LedgerTransaction', id: string }
    | { __typename: 'MenuChange', id: string }
    | { __typename: 'Offer', id: string }
    | { __typename: 'OfferClaim', id: string }
    | { __typename: 'OfferDecision', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PaymentProvider', id: string }
    | { __typename: 'Player', id: string }
    | { __typename: 'PlayerNote', id: string }
    | { __typename: 'PlayerOffer', id: string }
    | { __typename: 'PlayerSession', id: string }
    | { __typename: 'PokerHand', id: string, handNo: number, status: PokerHandStatus, phh: string | null, startedAt: string, endedAt: string | null, rake: { amount: string, currency: string } | null, table: { id: string } }
    | { __typename: 'PokerTable', id: string }
    | { __typename: 'RiskCase', id: string }
    | { __typename: 'RiskCaseAction', id: string }
    | { __typename: 'RiskLink', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'Tenant', id: string }
    | { __typename: 'VipCheck', id: string }
    | { __typename: 'VipPointsAdjustment', id: string }
    | { __typename: 'VipRedemption', id: string }
    | { __typename: 'VipReward', id: string }
    | { __typename: 'VipStatusChange', id: string }
    | { __typename: 'VipTier', id: string }
    | { __typename: 'WalletAdjustment', id: string }
    | { __typename: 'WalletStatementLine', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type PokerTableSnapshotQueryVariables = Exact<{
  tableId: string;
}>;


export type PokerTableSnapshotQuery = { pokerTableSnapshot: { seq: number, mySeat: number | null, turnDeadline: string | null, table: { id: string, provider: string, name: string, variant: PokerVariant, currency: string, maxSeats: number, rakeBasisPoints: number, turnSeconds: number, status: PokerTableStatus, seatsTaken: number, smallBlind: { amount: string, currency: string }, bigBlind: { amount: string, currency: string }, ante: { amount: string }, minBuyIn: { amount: string }, maxBuyIn: { amount: string }, rakeCap: { amount: string } | null }, seats: Array<{ seat: number, status: PokerSeatStatus, player: { id: string } | null, stack: { amount: string, currency: string } }>, hand: { handNo: number, street: PokerStreet, status: PokerHandStatus, board: Array<string>, buttonSeat: number, seatToAct: number | null, seq: number, hand: { id: string } | null, currentBet: { amount: string }, minRaiseIncrement: { amount: string }, pot: { amount: string }, pots: Array<{ eligibleSeats: Array<number>, amount: { amount: string } }>, toCall: { amount: string } | null, players: Array<{ seat: number, folded: boolean, allIn: boolean, holeCards: Array<string> | null, holeCount: number, player: { id: string } | null, stack: { amount: string }, streetBet: { amount: string }, totalBet: { amount: string } }>, legalActions: Array<{ type: PokerActionType, amount: { amount: string } | null, min: { amount: string } | null, max: { amount: string } | null }> } | null } | null };

export type PokerHandsQueryVariables = Exact<{
  tableId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PokerHandsQuery = { pokerHands: { totalCount: number, nodes: Array<{ id: string, handNo: number, status: PokerHandStatus, phh: string | null, startedAt: string, endedAt: string | null, rake: { amount: string, currency: string } | null, table: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type CreatePokerTableMutationVariables = Exact<{
  input: CreatePokerTableInput;
}>;


export type CreatePokerTableMutation = { createPokerTable:
    | { __typename: 'CreatePokerTablePayload', table: { id: string, provider: string, name: string, variant: PokerVariant, currency: string, maxSeats: number, rakeBasisPoints: number, turnSeconds: number, status: PokerTableStatus, seatsTaken: number, smallBlind: { amount: string, currency: string }, bigBlind: { amount: string, currency: string }, ante: { amount: string }, minBuyIn: { amount: string }, maxBuyIn: { amount: string }, rakeCap: { amount: string } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ClosePokerTableMutationVariables = Exact<{
  input: ClosePokerTableInput;
}>;


export type ClosePokerTableMutation = { closePokerTable:
    | { __typename: 'ClosePokerTablePayload', table: { id: string, provider: string, name: string, variant: PokerVariant, currency: string, maxSeats: number, rakeBasisPoints: number, turnSeconds: number, status: PokerTableStatus, seatsTaken: number, smallBlind: { amount: string, currency: string }, bigBlind: { amount: string, currency: string }, ante: { amount: string }, minBuyIn: { amount: string }, maxBuyIn: { amount: string }, rakeCap: { amount: string } | null } }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
   };

export type SitAtPokerTableMutationVariables = Exact<{
  input: SitAtPokerTableInput;
}>;


export type SitAtPokerTableMutation = { sitAtPokerTable:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'PokerBuyInOutOfRangeError', code: ErrorCode, message: string, min: { amount: string, currency: string }, max: { amount: string, currency: string } }
    | { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string }
    | { __typename: 'PokerSeatUnavailableError', reason: PokerSeatUnavailableReason, seatNumber: number | null, code: ErrorCode, message: string }
    | { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SelfExcludedError', code: ErrorCode, message: string }
    | { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string }
    | { __typename: 'SitAtPokerTablePayload', seq: number, table: { id: string }, seat: { seat: number, status: PokerSeatStatus, player: { id: string } | null, stack: { amount: string, currency: string } } }
    | { __typename: 'TimeOutActiveError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type PokerActMutationVariables = Exact<{
  input: PokerActInput;
}>;


export type PokerActMutation = { pokerAct:
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'PokerActPayload', seq: number, table: { id: string }, hand: { id: string, handNo: number } | null }
    | { __typename: 'PokerHandFinishedError', code: ErrorCode, message: string }
    | { __typename: 'PokerIllegalActionError', code: ErrorCode, message: string }
    | { __typename: 'PokerIllegalAmountError', code: ErrorCode, message: string, min: { amount: string } | null, max: { amount: string } | null }
    | { __typename: 'PokerNotInHandError', code: ErrorCode, message: string }
    | { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string }
    | { __typename: 'PokerNotYourTurnError', code: ErrorCode, message: string }
    | { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string }
    | { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SitOutPokerTableMutationVariables = Exact<{
  input: SitOutPokerTableInput;
}>;


export type SitOutPokerTableMutation = { sitOutPokerTable:
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string }
    | { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string }
    | { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SitOutPokerTablePayload', seq: number, table: { id: string }, seat: { seat: number, status: PokerSeatStatus, player: { id: string } | null, stack: { amount: string, currency: string } } }
   };

export type LeavePokerTableMutationVariables = Exact<{
  input: LeavePokerTableInput;
}>;


export type LeavePokerTableMutation = { leavePokerTable:
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'LeavePokerTablePayload', pending: boolean, seq: number, table: { id: string }, cashedOut: { amount: string, currency: string } | null }
    | { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string }
    | { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string }
    | { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string }
   };

export type TableEventsSubscriptionVariables = Exact<{
  tableId: string;
  afterSeq?: number | null | undefined;
}>;


export type TableEventsSubscription = { tableEvents: { seq: number, type: string, data: unknown, occurredAt: string, hand: { id: string } | null } };

export type ResponsibleGamblingFieldsFragment = { timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: RgPlayRefusal | null, marketingAllowed: boolean, player: { id: string }, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, pendingRemoval: boolean, pendingEffectiveAt: string | null, amount: { amount: string, currency: string, decimal: string } | null, pendingAmount: { amount: string, currency: string, decimal: string } | null, used: { amount: string, currency: string, decimal: string } }>, allowances: Array<{ kind: RgLimitKind, period: RgLimitPeriod, remaining: { amount: string, currency: string, decimal: string } }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null, flag: { flaggedAt: string, reason: string | null, flaggedBy: string | null } | null };

export type ResponsibleGamblingQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponsibleGamblingQuery = { responsibleGambling: { timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: RgPlayRefusal | null, marketingAllowed: boolean, player: { id: string }, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, pendingRemoval: boolean, pendingEffectiveAt: string | null, amount: { amount: string, currency: string, decimal: string } | null, pendingAmount: { amount: string, currency: string, decimal: string } | null, used: { amount: string, currency: string, decimal: string } }>, allowances: Array<{ kind: RgLimitKind, period: RgLimitPeriod, remaining: { amount: string, currency: string, decimal: string } }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null, flag: { flaggedAt: string, reason: string | null, flaggedBy: string | null } | null } | null };

export type PlayerResponsibleGamblingQueryVariables = Exact<{
  playerId: string;
}>;


export type PlayerResponsibleGamblingQuery = { playerResponsibleGambling: { timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: RgPlayRefusal | null, marketingAllowed: boolean, player: { id: string }, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, pendingRemoval: boolean, pendingEffectiveAt: string | null, amount: { amount: string, currency: string, decimal: string } | null, pendingAmount: { amount: string, currency: string, decimal: string } | null, used: { amount: string, currency: string, decimal: string } }>, allowances: Array<{ kind: RgLimitKind, period: RgLimitPeriod, remaining: { amount: string, currency: string, decimal: string } }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null, flag: { flaggedAt: string, reason: string | null, flaggedBy: string | null } | null } | null };

export type PlayerDetailResponsibleGamblingQueryVariables = Exact<{
  id: string;
}>;


export type PlayerDetailResponsibleGamblingQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player', id: string, responsibleGambling: { timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: RgPlayRefusal | null, marketingAllowed: boolean, player: { id: string }, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, pendingRemoval: boolean, pendingEffectiveAt: string | null, amount: { amount: string, currency: string, decimal: string } | null, pendingAmount: { amount: string, currency: string, decimal: string } | null, used: { amount: string, currency: string, decimal: string } }>, allowances: Array<{ kind: RgLimitKind, period: RgLimitPeriod, remaining: { amount: string, currency: string, decimal: string } }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null, flag: { flaggedAt: string, reason: string | null, flaggedBy: string | null } | null } | null }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type SetResponsibleGamblingLimitMutationVariables = Exact<{
  input: SetResponsibleGamblingLimitInput;
}>;


export type SetResponsibleGamblingLimitMutation = { setResponsibleGamblingLimit:
    | { __typename: 'SetResponsibleGamblingLimitPayload', appliesAt: string, responsibleGambling: { timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: RgPlayRefusal | null, marketingAllowed: boolean, player: { id: string }, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, pendingRemoval: boolean, pendingEffectiveAt: string | null, amount: { amount: string, currency: string, decimal: string } | null, pendingAmount: { amount: string, currency: string, decimal: string } | null, used: { amount: string, currency: string, decimal: string } }>, allowances: Array<{ kind: RgLimitKind, period: RgLimitPeriod, remaining: { amount: string, currency: string, decimal: string } }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null, flag: { flaggedAt: string, reason: string | null, flaggedBy: string | null } | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SetSessionTimeLimitMutationVariables = Exact<{
  minutes?: number | null | undefined;
}>;


export type SetSessionTimeLimitMutation = { setSessionTimeLimit:
    | { __typename: 'SetSessionTimeLimitPayload', appliesAt: string, responsibleGambling: { timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: RgPlayRefusal | null, marketingAllowed: boolean, player: { id: string }, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, pendingRemoval: boolean, pendingEffectiveAt: string | null, amount: { amount: string, currency: string, decimal: string } | null, pendingAmount: { amount: string, currency: string, decimal: string } | null, used: { amount: string, currency: string, decimal: string } }>, allowances: Array<{ kind: RgLimitKind, period: RgLimitPeriod, remaining: { amount: string, currency: string, decimal: string } }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null, flag: { flaggedAt: string, reason: string | null, flaggedBy: string | null } | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SetRealityCheckIntervalMutationVariables = Exact<{
  minutes?: number | null | undefined;
}>;


export type SetRealityCheckIntervalMutation = { setRealityCheckInterval:
    | { __typename: 'SetRealityCheckIntervalPayload', appliesAt: string, responsibleGambling: { timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: RgPlayRefusal | null, marketingAllowed: boolean, player: { id: string }, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, pendingRemoval: boolean, pendingEffectiveAt: string | null, amount: { amount: string, currency: string, decimal: string } | null, pendingAmount: { amount: string, currency: string, decimal: string } | null, used: { amount: string, currency: string, decimal: string } }>, allowances: Array<{ kind: RgLimitKind, period: RgLimitPeriod, remaining: { amount: string, currency: string, decimal: string } }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null, flag: { flaggedAt: string, reason: string | null, flaggedBy: string | null } | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type TakeTimeOutMutationVariables = Exact<{
  hours: number;
}>;


export type TakeTimeOutMutation = { takeTimeOut:
    | { __typename: 'RgCannotShortenError', code: ErrorCode, message: string }
    | { __typename: 'TakeTimeOutPayload', appliesAt: string, responsibleGambling: { timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: RgPlayRefusal | null, marketingAllowed: boolean, player: { id: string }, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, pendingRemoval: boolean, pendingEffectiveAt: string | null, amount: { amount: string, currency: string, decimal: string } | null, pendingAmount: { amount: string, currency: string, decimal: string } | null, used: { amount: string, currency: string, decimal: string } }>, allowances: Array<{ kind: RgLimitKind, period: RgLimitPeriod, remaining: { amount: string, currency: string, decimal: string } }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null, flag: { flaggedAt: string, reason: string | null, flaggedBy: string | null } | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SelfExcludeMutationVariables = Exact<{
  months: number;
}>;


export type SelfExcludeMutation = { selfExclude:
    | { __typename: 'RgCannotShortenError', code: ErrorCode, message: string }
    | { __typename: 'SelfExcludePayload', appliesAt: string, responsibleGambling: { timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: RgPlayRefusal | null, marketingAllowed: boolean, player: { id: string }, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, pendingRemoval: boolean, pendingEffectiveAt: string | null, amount: { amount: string, currency: string, decimal: string } | null, pendingAmount: { amount: string, currency: string, decimal: string } | null, used: { amount: string, currency: string, decimal: string } }>, allowances: Array<{ kind: RgLimitKind, period: RgLimitPeriod, remaining: { amount: string, currency: string, decimal: string } }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null, flag: { flaggedAt: string, reason: string | null, flaggedBy: string | null } | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RealityCheckSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RealityCheckSubscription = { realityCheck: { kind: RgNoticeKind, seq: number, sessionStartedAt: string | null, elapsedMinutes: number | null, sessionLimitMinutes: number | null, until: string | null, occurredAt: string } };

export type FlagPlayerForResponsibleGamblingMutationVariables = Exact<{
  input: FlagPlayerForResponsibleGamblingInput;
}>;


export type FlagPlayerForResponsibleGamblingMutation = { flagPlayerForResponsibleGambling:
    | { __typename: 'FlagPlayerForResponsibleGamblingPayload', changed: boolean, responsibleGambling: { timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: RgPlayRefusal | null, marketingAllowed: boolean, player: { id: string }, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, pendingRemoval: boolean, pendingEffectiveAt: string | null, amount: { amount: string, currency: string, decimal: string } | null, pendingAmount: { amount: string, currency: string, decimal: string } | null, used: { amount: string, currency: string, decimal: string } }>, allowances: Array<{ kind: RgLimitKind, period: RgLimitPeriod, remaining: { amount: string, currency: string, decimal: string } }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null, flag: { flaggedAt: string, reason: string | null, flaggedBy: string | null } | null } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ClearResponsibleGamblingFlagMutationVariables = Exact<{
  input: ClearResponsibleGamblingFlagInput;
}>;


export type ClearResponsibleGamblingFlagMutation = { clearResponsibleGamblingFlag:
    | { __typename: 'ClearResponsibleGamblingFlagPayload', changed: boolean, responsibleGambling: { timeOutUntil: string | null, selfExcludedFrom: string | null, selfExcludedUntil: string | null, sessionLimitMinutes: number | null, realityCheckMinutes: number | null, playRefusal: RgPlayRefusal | null, marketingAllowed: boolean, player: { id: string }, limits: Array<{ kind: RgLimitKind, currency: string, period: RgLimitPeriod, pendingRemoval: boolean, pendingEffectiveAt: string | null, amount: { amount: string, currency: string, decimal: string } | null, pendingAmount: { amount: string, currency: string, decimal: string } | null, used: { amount: string, currency: string, decimal: string } }>, allowances: Array<{ kind: RgLimitKind, period: RgLimitPeriod, remaining: { amount: string, currency: string, decimal: string } }>, pendingSessionLimit: { minutes: number | null, effectiveAt: string } | null, session: { startedAt: string, lastActivityAt: string, nextNoticeAt: string | null } | null, flag: { flaggedAt: string, reason: string | null, flaggedBy: string | null } | null } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

type RiskErrorFields_AccountDisabledError_Fragment = { __typename: 'AccountDisabledError', code: ErrorCode, message: string };

type RiskErrorFields_AccountFrozenError_Fragment = { __typename: 'AccountFrozenError', code: ErrorCode, message: string };

type RiskErrorFields_AccountNotFoundError_Fragment = { __typename: 'AccountNotFoundError', code: ErrorCode, message: string };

type RiskErrorFields_AdjustmentNotFoundError_Fragment = { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string };

type RiskErrorFields_AdjustmentNotPendingError_Fragment = { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateClosedError_Fragment = { __typename: 'AffiliateClosedError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateCodeTakenError_Fragment = { __typename: 'AffiliateCodeTakenError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateEmailTakenError_Fragment = { __typename: 'AffiliateEmailTakenError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateHasSubsError_Fragment = { __typename: 'AffiliateHasSubsError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateLinkCodeTakenError_Fragment = { __typename: 'AffiliateLinkCodeTakenError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateParentIsSelfError_Fragment = { __typename: 'AffiliateParentIsSelfError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateParentIsSubError_Fragment = { __typename: 'AffiliateParentIsSubError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateParentUnknownError_Fragment = { __typename: 'AffiliateParentUnknownError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliatePlanArchivedError_Fragment = { __typename: 'AffiliatePlanArchivedError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliatePlanNameTakenError_Fragment = { __typename: 'AffiliatePlanNameTakenError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateStatementAlreadyPaidError_Fragment = { __typename: 'AffiliateStatementAlreadyPaidError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateStatementNothingPayableError_Fragment = { __typename: 'AffiliateStatementNothingPayableError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateStatementSameStaffError_Fragment = { __typename: 'AffiliateStatementSameStaffError', code: ErrorCode, message: string };

type RiskErrorFields_AffiliateStatementStatusError_Fragment = { __typename: 'AffiliateStatementStatusError', code: ErrorCode, message: string };

type RiskErrorFields_AlreadyReversedError_Fragment = { __typename: 'AlreadyReversedError', code: ErrorCode, message: string };

type RiskErrorFields_AuditChainEmptyError_Fragment = { __typename: 'AuditChainEmptyError', code: ErrorCode, message: string };

type RiskErrorFields_BalanceOverflowError_Fragment = { __typename: 'BalanceOverflowError', code: ErrorCode, message: string };

type RiskErrorFields_BonusBudgetExceededError_Fragment = { __typename: 'BonusBudgetExceededError', code: ErrorCode, message: string };

type RiskErrorFields_BonusNotActiveError_Fragment = { __typename: 'BonusNotActiveError', code: ErrorCode, message: string };

type RiskErrorFields_BonusNotEligibleError_Fragment = { __typename: 'BonusNotEligibleError', code: ErrorCode, message: string };

type RiskErrorFields_BonusNotPendingReviewError_Fragment = { __typename: 'BonusNotPendingReviewError', code: ErrorCode, message: string };

type RiskErrorFields_BonusTemplateArchivedError_Fragment = { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string };

type RiskErrorFields_BonusTemplateNameTakenError_Fragment = { __typename: 'BonusTemplateNameTakenError', code: ErrorCode, message: string };

type RiskErrorFields_CannotGrantError_Fragment = { __typename: 'CannotGrantError', code: ErrorCode, message: string };

type RiskErrorFields_CaptureExceedsHoldError_Fragment = { __typename: 'CaptureExceedsHoldError', code: ErrorCode, message: string };

type RiskErrorFields_CurrencyMismatchError_Fragment = { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string };

type RiskErrorFields_CurrentPasswordIncorrectError_Fragment = { __typename: 'CurrentPasswordIncorrectError', code: ErrorCode, message: string };

type RiskErrorFields_DepositLimitReachedError_Fragment = { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string };

type RiskErrorFields_DisputeClosedError_Fragment = { __typename: 'DisputeClosedError', code: ErrorCode, message: string };

type RiskErrorFields_DisputeNotFoundError_Fragment = { __typename: 'DisputeNotFoundError', code: ErrorCode, message: string };

type RiskErrorFields_EmailTakenError_Fragment = { __typename: 'EmailTakenError', code: ErrorCode, message: string };

type RiskErrorFields_ExperimentAlreadyRunningError_Fragment = { __typename: 'ExperimentAlreadyRunningError', code: ErrorCode, message: string };

type RiskErrorFields_ExperimentArmOfferUnavailableError_Fragment = { __typename: 'ExperimentArmOfferUnavailableError', code: ErrorCode, message: string };

type RiskErrorFields_ExperimentNotDraftError_Fragment = { __typename: 'ExperimentNotDraftError', code: ErrorCode, message: string };

type RiskErrorFields_ExperimentNotRunningBanditError_Fragment = { __typename: 'ExperimentNotRunningBanditError', code: ErrorCode, message: string };

type RiskErrorFields_ExperimentNotRunningError_Fragment = { __typename: 'ExperimentNotRunningError', code: ErrorCode, message: string };

type RiskErrorFields_ExperimentPlacementBusyError_Fragment = { __typename: 'ExperimentPlacementBusyError', code: ErrorCode, message: string };

type RiskErrorFields_GameAlreadyExistsError_Fragment = { __typename: 'GameAlreadyExistsError', code: ErrorCode, message: string };

type RiskErrorFields_GameCurrencyNotSupportedError_Fragment = { __typename: 'GameCurrencyNotSupportedError', code: ErrorCode, message: string };

type RiskErrorFields_GameDisabledError_Fragment = { __typename: 'GameDisabledError', code: ErrorCode, message: string };

type RiskErrorFields_GameNotFoundError_Fragment = { __typename: 'GameNotFoundError', code: ErrorCode, message: string };

type RiskErrorFields_HoldNotFoundError_Fragment = { __typename: 'HoldNotFoundError', code: ErrorCode, message: string };

type RiskErrorFields_HoldNotOpenError_Fragment = { __typename: 'HoldNotOpenError', code: ErrorCode, message: string };

type RiskErrorFields_IdempotencyConflictError_Fragment = { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string };

type RiskErrorFields_InsufficientFundsError_Fragment = { __typename: 'InsufficientFundsError', code: ErrorCode, message: string };

type RiskErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string };

type RiskErrorFields_InvalidIdError_Fragment = { __typename: 'InvalidIdError', code: ErrorCode, message: string };

type RiskErrorFields_InvalidRefreshTokenError_Fragment = { __typename: 'InvalidRefreshTokenError', code: ErrorCode, message: string };

type RiskErrorFields_InvalidResetTokenError_Fragment = { __typename: 'InvalidResetTokenError', code: ErrorCode, message: string };

type RiskErrorFields_JobNotFailedError_Fragment = { __typename: 'JobNotFailedError', code: ErrorCode, message: string };

type RiskErrorFields_KycLevelAlreadyReachedError_Fragment = { __typename: 'KycLevelAlreadyReachedError', code: ErrorCode, message: string };

type RiskErrorFields_KycProviderFailedError_Fragment = { __typename: 'KycProviderFailedError', code: ErrorCode, message: string };

type RiskErrorFields_KycProviderNotConfiguredError_Fragment = { __typename: 'KycProviderNotConfiguredError', code: ErrorCode, message: string };

type RiskErrorFields_KycProviderUnsupportedError_Fragment = { __typename: 'KycProviderUnsupportedError', code: ErrorCode, message: string };

type RiskErrorFields_KycVerificationNotPendingError_Fragment = { __typename: 'KycVerificationNotPendingError', code: ErrorCode, message: string };

type RiskErrorFields_LocaleNotOfferedError_Fragment = { __typename: 'LocaleNotOfferedError', code: ErrorCode, message: string };

type RiskErrorFields_LossLimitReachedError_Fragment = { __typename: 'LossLimitReachedError', code: ErrorCode, message: string };

type RiskErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string };

type RiskErrorFields_OfferArchivedError_Fragment = { __typename: 'OfferArchivedError', code: ErrorCode, message: string };

type RiskErrorFields_OfferClaimLimitReachedError_Fragment = { __typename: 'OfferClaimLimitReachedError', code: ErrorCode, message: string };

type RiskErrorFields_OfferNameTakenError_Fragment = { __typename: 'OfferNameTakenError', code: ErrorCode, message: string };

type RiskErrorFields_OfferNotAvailableError_Fragment = { __typename: 'OfferNotAvailableError', code: ErrorCode, message: string };

type RiskErrorFields_OfferNotShownError_Fragment = { __typename: 'OfferNotShownError', code: ErrorCode, message: string };

type RiskErrorFields_PaymentAmountOutOfBoundsError_Fragment = { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string };

type RiskErrorFields_PaymentCurrencyUnsupportedError_Fragment = { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string };

type RiskErrorFields_PaymentNotFoundError_Fragment = { __typename: 'PaymentNotFoundError', code: ErrorCode, message: string };

type RiskErrorFields_PaymentProviderFailedError_Fragment = { __typename: 'PaymentProviderFailedError', code: ErrorCode, message: string };

type RiskErrorFields_PaymentProviderUnsupportedError_Fragment = { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string };

type RiskErrorFields_PokerBuyInOutOfRangeError_Fragment = { __typename: 'PokerBuyInOutOfRangeError', code: ErrorCode, message: string };

type RiskErrorFields_PokerHandFinishedError_Fragment = { __typename: 'PokerHandFinishedError', code: ErrorCode, message: string };

type RiskErrorFields_PokerIllegalActionError_Fragment = { __typename: 'PokerIllegalActionError', code: ErrorCode, message: string };

type RiskErrorFields_PokerIllegalAmountError_Fragment = { __typename: 'PokerIllegalAmountError', code: ErrorCode, message: string };

type RiskErrorFields_PokerNotInHandError_Fragment = { __typename: 'PokerNotInHandError', code: ErrorCode, message: string };

type RiskErrorFields_PokerNotSeatedError_Fragment = { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string };

type RiskErrorFields_PokerNotYourTurnError_Fragment = { __typename: 'PokerNotYourTurnError', code: ErrorCode, message: string };

type RiskErrorFields_PokerProviderUnavailableError_Fragment = { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string };

type RiskErrorFields_PokerSeatUnavailableError_Fragment = { __typename: 'PokerSeatUnavailableError', code: ErrorCode, message: string };

type RiskErrorFields_PokerTableNotFoundError_Fragment = { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string };

type RiskErrorFields_RefundExceedsPaymentError_Fragment = { __typename: 'RefundExceedsPaymentError', code: ErrorCode, message: string };

type RiskErrorFields_RgCannotShortenError_Fragment = { __typename: 'RgCannotShortenError', code: ErrorCode, message: string };

type RiskErrorFields_RiskActionNotPendingError_Fragment = { __typename: 'RiskActionNotPendingError', code: ErrorCode, message: string, actionStatus: string };

type RiskErrorFields_RiskActionSameStaffError_Fragment = { __typename: 'RiskActionSameStaffError', code: ErrorCode, message: string };

type RiskErrorFields_RiskCaseClosedError_Fragment = { __typename: 'RiskCaseClosedError', code: ErrorCode, message: string };

type RiskErrorFields_RiskCaseHasPendingActionsError_Fragment = { __typename: 'RiskCaseHasPendingActionsError', pending: number, code: ErrorCode, message: string };

type RiskErrorFields_RiskCasePlayerNotInCaseError_Fragment = { __typename: 'RiskCasePlayerNotInCaseError', code: ErrorCode, message: string };

type RiskErrorFields_SelfApprovalError_Fragment = { __typename: 'SelfApprovalError', code: ErrorCode, message: string };

type RiskErrorFields_SelfExcludedError_Fragment = { __typename: 'SelfExcludedError', code: ErrorCode, message: string };

type RiskErrorFields_SessionLimitReachedError_Fragment = { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string };

type RiskErrorFields_TenantDomainTakenError_Fragment = { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string };

type RiskErrorFields_TenantNotFoundError_Fragment = { __typename: 'TenantNotFoundError', code: ErrorCode, message: string };

type RiskErrorFields_TenantRequiredError_Fragment = { __typename: 'TenantRequiredError', code: ErrorCode, message: string };

type RiskErrorFields_TenantSlugTakenError_Fragment = { __typename: 'TenantSlugTakenError', code: ErrorCode, message: string };

type RiskErrorFields_TenantSuspendedError_Fragment = { __typename: 'TenantSuspendedError', code: ErrorCode, message: string };

type RiskErrorFields_TimeOutActiveError_Fragment = { __typename: 'TimeOutActiveError', code: ErrorCode, message: string };

type RiskErrorFields_TransactionNotFoundError_Fragment = { __typename: 'TransactionNotFoundError', code: ErrorCode, message: string };

type RiskErrorFields_UnknownDialectError_Fragment = { __typename: 'UnknownDialectError', code: ErrorCode, message: string };

type RiskErrorFields_UnknownMenuItemError_Fragment = { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string };

type RiskErrorFields_UnsupportedCurrencyError_Fragment = { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string };

type RiskErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> };

type RiskErrorFields_VerificationRequiredError_Fragment = { __typename: 'VerificationRequiredError', code: ErrorCode, message: string };

type RiskErrorFields_VipAdjustmentBelowZeroError_Fragment = { __typename: 'VipAdjustmentBelowZeroError', code: ErrorCode, message: string };

type RiskErrorFields_VipCheckNotPendingError_Fragment = { __typename: 'VipCheckNotPendingError', code: ErrorCode, message: string };

type RiskErrorFields_VipCheckSameStaffError_Fragment = { __typename: 'VipCheckSameStaffError', code: ErrorCode, message: string };

type RiskErrorFields_VipCheckTierNotHighValueError_Fragment = { __typename: 'VipCheckTierNotHighValueError', code: ErrorCode, message: string };

type RiskErrorFields_VipInsufficientPointsError_Fragment = { __typename: 'VipInsufficientPointsError', code: ErrorCode, message: string };

type RiskErrorFields_VipManagerNotABenefitError_Fragment = { __typename: 'VipManagerNotABenefitError', code: ErrorCode, message: string };

type RiskErrorFields_VipManagerNotStaffError_Fragment = { __typename: 'VipManagerNotStaffError', code: ErrorCode, message: string };

type RiskErrorFields_VipProgrammeOffError_Fragment = { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string };

type RiskErrorFields_VipRedemptionPriceMismatchError_Fragment = { __typename: 'VipRedemptionPriceMismatchError', code: ErrorCode, message: string };

type RiskErrorFields_VipRedemptionTooSmallError_Fragment = { __typename: 'VipRedemptionTooSmallError', code: ErrorCode, message: string };

type RiskErrorFields_VipRedemptionUnavailableError_Fragment = { __typename: 'VipRedemptionUnavailableError', code: ErrorCode, message: string };

type RiskErrorFields_VipRewardTemplateUnknownError_Fragment = { __typename: 'VipRewardTemplateUnknownError', code: ErrorCode, message: string };

type RiskErrorFields_VipRewardsSuppressedError_Fragment = { __typename: 'VipRewardsSuppressedError', code: ErrorCode, message: string };

type RiskErrorFields_VipTierArchivedError_Fragment = { __typename: 'VipTierArchivedError', code: ErrorCode, message: string };

type RiskErrorFields_VipTierKeyTakenError_Fragment = { __typename: 'VipTierKeyTakenError', code: ErrorCode, message: string };

type RiskErrorFields_VipTierRankTakenError_Fragment = { __typename: 'VipTierRankTakenError', code: ErrorCode, message: string };

type RiskErrorFields_WageringCapExceededError_Fragment = { __typename: 'WageringCapExceededError', code: ErrorCode, message: string };

type RiskErrorFields_WithdrawalAlreadyApprovedError_Fragment = { __typename: 'WithdrawalAlreadyApprovedError', code: ErrorCode, message: string };

type RiskErrorFields_WithdrawalCompleterApprovedError_Fragment = { __typename: 'WithdrawalCompleterApprovedError', code: ErrorCode, message: string };

type RiskErrorFields_WithdrawalExceedsAvailableError_Fragment = { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string };

type RiskErrorFields_WithdrawalNeedsConfirmationError_Fragment = { __typename: 'WithdrawalNeedsConfirmationError', code: ErrorCode, message: string };

type RiskErrorFields_WithdrawalNoRouteError_Fragment = { __typename: 'WithdrawalNoRouteError', code: ErrorCode, message: string };

type RiskErrorFields_WithdrawalNotFoundError_Fragment = { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string };

type RiskErrorFields_WithdrawalNotParkedError_Fragment = { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string };

type RiskErrorFields_WithdrawalNotPendingError_Fragment = { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string };

type RiskErrorFields_WithdrawalProviderNotFundingError_Fragment = { __typename: 'WithdrawalProviderNotFundingError', code: ErrorCode, message: string };

type RiskErrorFields_WithdrawalSelfApprovalError_Fragment = { __typename: 'WithdrawalSelfApprovalError', code: ErrorCode, message: string };

export type RiskErrorFieldsFragment =
  | RiskErrorFields_AccountDisabledError_Fragment
  | RiskErrorFields_AccountFrozenError_Fragment
  | RiskErrorFields_AccountNotFoundError_Fragment
  | RiskErrorFields_AdjustmentNotFoundError_Fragment
  | RiskErrorFields_AdjustmentNotPendingError_Fragment
  | RiskErrorFields_AffiliateClosedError_Fragment
  | RiskErrorFields_AffiliateCodeTakenError_Fragment
  | RiskErrorFields_AffiliateEmailTakenError_Fragment
  | RiskErrorFields_AffiliateHasSubsError_Fragment
  | RiskErrorFields_AffiliateLinkCodeTakenError_Fragment
  | RiskErrorFields_AffiliateParentIsSelfError_Fragment
  | RiskErrorFields_AffiliateParentIsSubError_Fragment
  | RiskErrorFields_AffiliateParentUnknownError_Fragment
  | RiskErrorFields_AffiliatePlanArchivedError_Fragment
  | RiskErrorFields_AffiliatePlanNameTakenError_Fragment
  | RiskErrorFields_AffiliateStatementAlreadyPaidError_Fragment
  | RiskErrorFields_AffiliateStatementNothingPayableError_Fragment
  | RiskErrorFields_AffiliateStatementSameStaffError_Fragment
  | RiskErrorFields_AffiliateStatementStatusError_Fragment
  | RiskErrorFields_AlreadyReversedError_Fragment
  | RiskErrorFields_AuditChainEmptyError_Fragment
  | RiskErrorFields_BalanceOverflowError_Fragment
  | RiskErrorFields_BonusBudgetExceededError_Fragment
  | RiskErrorFields_BonusNotActiveError_Fragment
  | RiskErrorFields_BonusNotEligibleError_Fragment
  | RiskErrorFields_BonusNotPendingReviewError_Fragment
  | RiskErrorFields_BonusTemplateArchivedError_Fragment
  | RiskErrorFields_BonusTemplateNameTakenError_Fragment
  | RiskErrorFields_CannotGrantError_Fragment
  | RiskErrorFields_CaptureExceedsHoldError_Fragment
  | RiskErrorFields_CurrencyMismatchError_Fragment
  | RiskErrorFields_CurrentPasswordIncorrectError_Fragment
  | RiskErrorFields_DepositLimitReachedError_Fragment
  | RiskErrorFields_DisputeClosedError_Fragment
  | RiskErrorFields_DisputeNotFoundError_Fragment
  | RiskErrorFields_EmailTakenError_Fragment
  | RiskErrorFields_ExperimentAlreadyRunningError_Fragment
  | RiskErrorFields_ExperimentArmOfferUnavailableError_Fragment
  | RiskErrorFields_ExperimentNotDraftError_Fragment
  | RiskErrorFields_ExperimentNotRunningBanditError_Fragment
  | RiskErrorFields_ExperimentNotRunningError_Fragment
  | RiskErrorFields_ExperimentPlacementBusyError_Fragment
  | RiskErrorFields_GameAlreadyExistsError_Fragment
  | RiskErrorFields_GameCurrencyNotSupportedError_Fragment
  | RiskErrorFields_GameDisabledError_Fragment
  | RiskErrorFields_GameNotFoundError_Fragment
  | RiskErrorFields_HoldNotFoundError_Fragment
  | RiskErrorFields_HoldNotOpenError_Fragment
  | RiskErrorFields_IdempotencyConflictError_Fragment
  | RiskErrorFields_InsufficientFundsError_Fragment
  | RiskErrorFields_InvalidCredentialsError_Fragment
  | RiskErrorFields_InvalidIdError_Fragment
  | RiskErrorFields_InvalidRefreshTokenError_Fragment
  | RiskErrorFields_InvalidResetTokenError_Fragment
  | RiskErrorFields_JobNotFailedError_Fragment
  | RiskErrorFields_KycLevelAlreadyReachedError_Fragment
  | RiskErrorFields_KycProviderFailedError_Fragment
  | RiskErrorFields_KycProviderNotConfiguredError_Fragment
  | RiskErrorFields_KycProviderUnsupportedError_Fragment
  | RiskErrorFields_KycVerificationNotPendingError_Fragment
  | RiskErrorFields_LocaleNotOfferedError_Fragment
  | RiskErrorFields_LossLimitReachedError_Fragment
  | RiskErrorFields_NotFoundError_Fragment
  | RiskErrorFields_OfferArchivedError_Fragment
  | RiskErrorFields_OfferClaimLimitReachedError_Fragment
  | RiskErrorFields_OfferNameTakenError_Fragment
  | RiskErrorFields_OfferNotAvailableError_Fragment
  | RiskErrorFields_OfferNotShownError_Fragment
  | RiskErrorFields_PaymentAmountOutOfBoundsError_Fragment
  | RiskErrorFields_PaymentCurrencyUnsupportedError_Fragment
  | RiskErrorFields_PaymentNotFoundError_Fragment
  | RiskErrorFields_PaymentProviderFailedError_Fragment
  | RiskErrorFields_PaymentProviderUnsupportedError_Fragment
  | RiskErrorFields_PokerBuyInOutOfRangeError_Fragment
  | RiskErrorFields_PokerHandFinishedError_Fragment
  | RiskErrorFields_PokerIllegalActionError_Fragment
  | RiskErrorFields_PokerIllegalAmountError_Fragment
  | RiskErrorFields_PokerNotInHandError_Fragment
  | RiskErrorFields_PokerNotSeatedError_Fragment
  | RiskErrorFields_PokerNotYourTurnError_Fragment
  | RiskErrorFields_PokerProviderUnavailableError_Fragment
  | RiskErrorFields_PokerSeatUnavailableError_Fragment
  | RiskErrorFields_PokerTableNotFoundError_Fragment
  | RiskErrorFields_RefundExceedsPaymentError_Fragment
  | RiskErrorFields_RgCannotShortenError_Fragment
  | RiskErrorFields_RiskActionNotPendingError_Fragment
  | RiskErrorFields_RiskActionSameStaffError_Fragment
  | RiskErrorFields_RiskCaseClosedError_Fragment
  | RiskErrorFields_RiskCaseHasPendingActionsError_Fragment
  | RiskErrorFields_RiskCasePlayerNotInCaseError_Fragment
  | RiskErrorFields_SelfApprovalError_Fragment
  | RiskErrorFields_SelfExcludedError_Fragment
  | RiskErrorFields_SessionLimitReachedError_Fragment
  | RiskErrorFields_TenantDomainTakenError_Fragment
  | RiskErrorFields_TenantNotFoundError_Fragment
  | RiskErrorFields_TenantRequiredError_Fragment
  | RiskErrorFields_TenantSlugTakenError_Fragment
  | RiskErrorFields_TenantSuspendedError_Fragment
  | RiskErrorFields_TimeOutActiveError_Fragment
  | RiskErrorFields_TransactionNotFoundError_Fragment
  | RiskErrorFields_UnknownDialectError_Fragment
  | RiskErrorFields_UnknownMenuItemError_Fragment
  | RiskErrorFields_UnsupportedCurrencyError_Fragment
  | RiskErrorFields_ValidationError_Fragment
  | RiskErrorFields_VerificationRequiredError_Fragment
  | RiskErrorFields_VipAdjustmentBelowZeroError_Fragment
  | RiskErrorFields_VipCheckNotPendingError_Fragment
  | RiskErrorFields_VipCheckSameStaffError_Fragment
  | RiskErrorFields_VipCheckTierNotHighValueError_Fragment
  | RiskErrorFields_VipInsufficientPointsError_Fragment
  | RiskErrorFields_VipManagerNotABenefitError_Fragment
  | RiskErrorFields_VipManagerNotStaffError_Fragment
  | RiskErrorFields_VipProgrammeOffError_Fragment
  | RiskErrorFields_VipRedemptionPriceMismatchError_Fragment
  | RiskErrorFields_VipRedemptionTooSmallError_Fragment
  | RiskErrorFields_VipRedemptionUnavailableError_Fragment
  | RiskErrorFields_VipRewardTemplateUnknownError_Fragment
  | RiskErrorFields_VipRewardsSuppressedError_Fragment
  | RiskErrorFields_VipTierArchivedError_Fragment
  | RiskErrorFields_VipTierKeyTakenError_Fragment
  | RiskErrorFields_VipTierRankTakenError_Fragment
  | RiskErrorFields_WageringCapExceededError_Fragment
  | RiskErrorFields_WithdrawalAlreadyApprovedError_Fragment
  | RiskErrorFields_WithdrawalCompleterApprovedError_Fragment
  | RiskErrorFields_WithdrawalExceedsAvailableError_Fragment
  | RiskErrorFields_WithdrawalNeedsConfirmationError_Fragment
  | RiskErrorFields_WithdrawalNoRouteError_Fragment
  | RiskErrorFields_WithdrawalNotFoundError_Fragment
  | RiskErrorFields_WithdrawalNotParkedError_Fragment
  | RiskErrorFields_WithdrawalNotPendingError_Fragment
  | RiskErrorFields_WithdrawalProviderNotFundingError_Fragment
  | RiskErrorFields_WithdrawalSelfApprovalError_Fragment
;

export type RiskCaseActionFieldsFragment = { id: string, action: RiskCaseActionKind, status: RiskCaseActionStatus, note: string, requestedAt: string, decidedAt: string | null, decisionNote: string | null, result: unknown, player: { id: string }, requestedBy: { id: string } | null, decidedBy: { id: string } | null };

export type RiskCaseFieldsFragment = { id: string, kind: RiskCaseKind, severity: RiskSeverity, status: RiskCaseStatus, title: string, score: number | null, resolution: RiskCaseResolution | null, resolutionNote: string | null, openedAt: string, updatedAt: string, closedAt: string | null, version: number, players: Array<{ id: string }>, evidence: Array<{ type: string, summary: string, at: string, data: unknown }>, closedBy: { id: string } | null };

export type RiskCasesQueryVariables = Exact<{
  status?: RiskCaseStatus | null | undefined;
  kind?: RiskCaseKind | null | undefined;
  playerId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RiskCasesQuery = { riskCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: RiskCaseKind, severity: RiskSeverity, status: RiskCaseStatus, title: string, score: number | null, resolution: RiskCaseResolution | null, resolutionNote: string | null, openedAt: string, updatedAt: string, closedAt: string | null, version: number, players: Array<{ id: string }>, evidence: Array<{ type: string, summary: string, at: string, data: unknown }>, closedBy: { id: string } | null }> } | null };

export type RiskCaseQueryVariables = Exact<{
  id: string;
}>;


export type RiskCaseQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase', id: string, kind: RiskCaseKind, severity: RiskSeverity, status: RiskCaseStatus, title: string, score: number | null, resolution: RiskCaseResolution | null, resolutionNote: string | null, openedAt: string, updatedAt: string, closedAt: string | null, version: number, actions: { totalCount: number, nodes: Array<{ id: string, action: RiskCaseActionKind, status: RiskCaseActionStatus, note: string, requestedAt: string, decidedAt: string | null, decisionNote: string | null, result: unknown, player: { id: string }, requestedBy: { id: string } | null, decidedBy: { id: string } | null }> }, players: Array<{ id: string }>, evidence: Array<{ type: string, summary: string, at: string, data: unknown }>, closedBy: { id: string } | null }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type RiskActionQueueQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type RiskActionQueueQuery = { riskActionQueue: { totalCount: number, nodes: Array<{ id: string, action: RiskCaseActionKind, status: RiskCaseActionStatus, note: string, requestedAt: string, decidedAt: string | null, decisionNote: string | null, result: unknown, riskCase: { id: string }, player: { id: string }, requestedBy: { id: string } | null, decidedBy: { id: string } | null }> } | null };

export type PlayerRiskCasesQueryVariables = Exact<{
  id: string;
}>;


export type PlayerRiskCasesQuery = { node:
    | { riskCases: { totalCount: number, nodes: Array<{ id: string, kind: RiskCaseKind, status: RiskCaseStatus }> } }
    | Record<PropertyKey, never>
   | null };

export type OpenRiskCaseMutationVariables = Exact<{
  input: OpenRiskCaseInput;
}>;


export type OpenRiskCaseMutation = { openRiskCase:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'OpenRiskCasePayload', riskCase: { id: string, kind: RiskCaseKind, severity: RiskSeverity, status: RiskCaseStatus, title: string, score: number | null, resolution: RiskCaseResolution | null, resolutionNote: string | null, openedAt: string, updatedAt: string, closedAt: string | null, version: number, players: Array<{ id: string }>, evidence: Array<{ type: string, summary: string, at: string, data: unknown }>, closedBy: { id: string } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type TakeRiskCaseActionMutationVariables = Exact<{
  input: TakeRiskCaseActionInput;
}>;


export type TakeRiskCaseActionMutation = { takeRiskCaseAction:
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RiskCaseClosedError', code: ErrorCode, message: string }
    | { __typename: 'RiskCasePlayerNotInCaseError', code: ErrorCode, message: string }
    | { __typename: 'TakeRiskCaseActionPayload', replay: boolean, action: { id: string, action: RiskCaseActionKind, status: RiskCaseActionStatus, note: string, requestedAt: string, decidedAt: string | null, decisionNote: string | null, result: unknown, player: { id: string }, requestedBy: { id: string } | null, decidedBy: { id: string } | null }, riskCase: { id: string, version: number, status: RiskCaseStatus } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ApproveRiskCaseActionMutationVariables = Exact<{
  input: ApproveRiskCaseActionInput;
}>;


export type ApproveRiskCaseActionMutation = { approveRiskCaseAction:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'ApproveRiskCaseActionPayload', action: { id: string, action: RiskCaseActionKind, status: RiskCaseActionStatus, note: string, requestedAt: string, decidedAt: string | null, decisionNote: string | null, result: unknown, player: { id: string }, requestedBy: { id: string } | null, decidedBy: { id: string } | null }, riskCase: { id: string, version: number } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RiskActionNotPendingError', code: ErrorCode, message: string, actionStatus: string }
    | { __typename: 'RiskActionSameStaffError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RejectRiskCaseActionMutationVariables = Exact<{
  input: RejectRiskCaseActionInput;
}>;


export type RejectRiskCaseActionMutation = { rejectRiskCaseAction:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RejectRiskCaseActionPayload', action: { id: string, action: RiskCaseActionKind, status: RiskCaseActionStatus, note: string, requestedAt: string, decidedAt: string | null, decisionNote: string | null, result: unknown, player: { id: string }, requestedBy: { id: string } | null, decidedBy: { id: string } | null }, riskCase: { id: string, version: number } }
    | { __typename: 'RiskActionNotPendingError', code: ErrorCode, message: string, actionStatus: string }
    | { __typename: 'RiskActionSameStaffError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ResolveRiskCaseMutationVariables = Exact<{
  input: ResolveRiskCaseInput;
}>;


export type ResolveRiskCaseMutation = { resolveRiskCase:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ResolveRiskCasePayload', riskCase: { id: string, kind: RiskCaseKind, severity: RiskSeverity, status: RiskCaseStatus, title: string, score: number | null, resolution: RiskCaseResolution | null, resolutionNote: string | null, openedAt: string, updatedAt: string, closedAt: string | null, version: number, players: Array<{ id: string }>, evidence: Array<{ type: string, summary: string, at: string, data: unknown }>, closedBy: { id: string } | null } }
    | { __typename: 'RiskCaseClosedError', code: ErrorCode, message: string }
    | { __typename: 'RiskCaseHasPendingActionsError', pending: number, code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RiskCaseUpdatedSubscriptionVariables = Exact<{
  caseId?: string | null | undefined;
  playerId?: string | null | undefined;
}>;


export type RiskCaseUpdatedSubscription = { riskCaseUpdated: { seq: number, change: RiskCaseChange, version: number, occurredAt: string, riskCase: { id: string, kind: RiskCaseKind, status: RiskCaseStatus, severity: RiskSeverity, players: Array<{ id: string }> }, action: { id: string, action: RiskCaseActionKind, status: RiskCaseActionStatus } | null } };

export type CollusionPairFieldsFragment = { id: string, hands: number, score: number, impact: number, softPlay: number, dumping: number, flowBigBlinds: number, flagged: boolean, lastHandAt: string | null, updatedAt: string, playerA: { id: string }, playerB: { id: string }, statisticsA: { decisions: number, impactBigBlinds: number, fieldImpactBigBlinds: number, facedPartner: number, foldsToPartner: number, raisesVsPartner: number, facedField: number, foldsToField: number, raisesVsField: number, dumps: number }, statisticsB: { decisions: number, impactBigBlinds: number, facedPartner: number, foldsToPartner: number, dumps: number }, tables: Array<{ id: string }>, topHands: Array<{ impactBigBlinds: number, hand: { id: string } | null }> };

export type CollusionPairsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  minHands?: number | null | undefined;
  flagged?: boolean | null | undefined;
}>;


export type CollusionPairsQuery = { collusionPairs: { totalCount: number, nodes: Array<{ id: string, hands: number, score: number, impact: number, softPlay: number, dumping: number, flowBigBlinds: number, flagged: boolean, lastHandAt: string | null, updatedAt: string, playerA: { id: string }, playerB: { id: string }, statisticsA: { decisions: number, impactBigBlinds: number, fieldImpactBigBlinds: number, facedPartner: number, foldsToPartner: number, raisesVsPartner: number, facedField: number, foldsToField: number, raisesVsField: number, dumps: number }, statisticsB: { decisions: number, impactBigBlinds: number, facedPartner: number, foldsToPartner: number, dumps: number }, tables: Array<{ id: string }>, topHands: Array<{ impactBigBlinds: number, hand: { id: string } | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PlayerCollusionPairsQueryVariables = Exact<{
  id: string;
}>;


export type PlayerCollusionPairsQuery = { node:
    | { collusionPairs: { totalCount: number, nodes: Array<{ id: string, hands: number, score: number, impact: number, softPlay: number, dumping: number, flowBigBlinds: number, flagged: boolean, lastHandAt: string | null, updatedAt: string, playerA: { id: string }, playerB: { id: string }, statisticsA: { decisions: number, impactBigBlinds: number, fieldImpactBigBlinds: number, facedPartner: number, foldsToPartner: number, raisesVsPartner: number, facedField: number, foldsToField: number, raisesVsField: number, dumps: number }, statisticsB: { decisions: number, impactBigBlinds: number, facedPartner: number, foldsToPartner: number, dumps: number }, tables: Array<{ id: string }>, topHands: Array<{ impactBigBlinds: number, hand: { id: string } | null }> }> } }
    | Record<PropertyKey, never>
   | null };

export type CollusionPairNodeQueryVariables = Exact<{
  id: string;
}>;


export type CollusionPairNodeQuery = { node:
    | { id: string, hands: number, score: number, impact: number, softPlay: number, dumping: number, flowBigBlinds: number, flagged: boolean, lastHandAt: string | null, updatedAt: string, playerA: { id: string }, playerB: { id: string }, statisticsA: { decisions: number, impactBigBlinds: number, fieldImpactBigBlinds: number, facedPartner: number, foldsToPartner: number, raisesVsPartner: number, facedField: number, foldsToField: number, raisesVsField: number, dumps: number }, statisticsB: { decisions: number, impactBigBlinds: number, facedPartner: number, foldsToPartner: number, dumps: number }, tables: Array<{ id: string }>, topHands: Array<{ impactBigBlinds: number, hand: { id: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type ScanCollusionMutationVariables = Exact<{
  input: ScanCollusionInput;
}>;


export type ScanCollusionMutation = { scanCollusion:
    | { __typename: 'ScanCollusionPayload', hands: number, pairs: number, flagged: number }
    | { __typename: 'TenantNotFoundError', message: string, code: ErrorCode }
    | { __typename: 'TenantRequiredError', message: string, code: ErrorCode }
    | { __typename: 'TenantSuspendedError', message: string, code: ErrorCode }
    | { __typename: 'ValidationError', message: string, code: ErrorCode }
   };

export type KycVerificationFieldsFragment = { id: string, adapter: KycAdapter, level: VerificationLevel, status: KycVerificationStatus, result: string | null, underAge: boolean, failureReason: string | null, decidedByProvider: boolean, createdAt: string, completedAt: string | null, expiresAt: string | null, decidedBy: { id: string } | null, reports: Array<{ providerRef: string, name: string, status: string, result: string | null, subResult: string | null, dateOfBirth: string | null, ageValidation: string | null }>, player: { id: string } };

export type PlayerVerificationFieldsFragment = { level: VerificationLevel, pending: { id: string, adapter: KycAdapter, level: VerificationLevel, status: KycVerificationStatus, result: string | null, underAge: boolean, failureReason: string | null, decidedByProvider: boolean, createdAt: string, completedAt: string | null, expiresAt: string | null, decidedBy: { id: string } | null, reports: Array<{ providerRef: string, name: string, status: string, result: string | null, subResult: string | null, dateOfBirth: string | null, ageValidation: string | null }>, player: { id: string } } | null, requirements: Array<{ level: VerificationLevel, reason: VerificationReason, currency: string | null, threshold: string | null, deposited: string | null }> };

export type RiskSettingsFieldsFragment = { withdrawalLevel: VerificationLevel, currenciesWithoutThreshold: Array<string>, depositLevel: VerificationLevel, flagSeverity: RiskSeverity, flagLevel: VerificationLevel, minimumAge: number, depositThresholds: Array<{ currency: string, amount: string }> };

export type SetKycProviderMutationVariables = Exact<{
  input: SetKycProviderInput;
}>;


export type SetKycProviderMutation = { setKycProvider:
    | { __typename: 'KycProviderUnsupportedError', adapterCode: string, code: ErrorCode, message: string }
    | { __typename: 'SetKycProviderPayload', provider: { id: string, adapter: KycAdapter, enabled: boolean, keyFingerprint: string, endpoint: string | null, webhookPath: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type KycProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type KycProvidersQuery = { kycProviders: Array<{ id: string, adapter: KycAdapter, enabled: boolean, keyFingerprint: string, endpoint: string | null, webhookPath: string }> | null };

export type StartVerificationMutationVariables = Exact<{
  input: StartVerificationInput;
}>;


export type StartVerificationMutation = { startVerification:
    | { __typename: 'KycLevelAlreadyReachedError', level: VerificationLevel, code: ErrorCode, message: string }
    | { __typename: 'KycProviderFailedError', code: ErrorCode, message: string }
    | { __typename: 'KycProviderNotConfiguredError', code: ErrorCode, message: string }
    | { __typename: 'KycProviderUnsupportedError', code: ErrorCode, message: string }
    | { __typename: 'StartVerificationPayload', sdkToken: string | null, formUri: string | null, verification: { id: string, adapter: KycAdapter, level: VerificationLevel, status: KycVerificationStatus, result: string | null, underAge: boolean, failureReason: string | null, decidedByProvider: boolean, createdAt: string, completedAt: string | null, expiresAt: string | null, decidedBy: { id: string } | null, reports: Array<{ providerRef: string, name: string, status: string, result: string | null, subResult: string | null, dateOfBirth: string | null, ageValidation: string | null }>, player: { id: string } } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type MyVerificationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVerificationQuery = { myVerification: { level: VerificationLevel, pending: { id: string, adapter: KycAdapter, level: VerificationLevel, status: KycVerificationStatus, result: string | null, underAge: boolean, failureReason: string | null, decidedByProvider: boolean, createdAt: string, completedAt: string | null, expiresAt: string | null, decidedBy: { id: string } | null, reports: Array<{ providerRef: string, name: string, status: string, result: string | null, subResult: string | null, dateOfBirth: string | null, ageValidation: string | null }>, player: { id: string } } | null, requirements: Array<{ level: VerificationLevel, reason: VerificationReason, currency: string | null, threshold: string | null, deposited: string | null }> } | null };

export type PlayerVerificationQueryVariables = Exact<{
  id: string;
}>;


export type PlayerVerificationQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player', id: string, status: PlayerStatus, verification: { level: VerificationLevel, pending: { id: string, adapter: KycAdapter, level: VerificationLevel, status: KycVerificationStatus, result: string | null, underAge: boolean, failureReason: string | null, decidedByProvider: boolean, createdAt: string, completedAt: string | null, expiresAt: string | null, decidedBy: { id: string } | null, reports: Array<{ providerRef: string, name: string, status: string, result: string | null, subResult: string | null, dateOfBirth: string | null, ageValidation: string | null }>, player: { id: string } } | null, requirements: Array<{ level: VerificationLevel, reason: VerificationReason, currency: string | null, threshold: string | null, deposited: string | null }> } }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type PlayerVerificationsQueryVariables = Exact<{
  playerId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlayerVerificationsQuery = { playerVerifications: { totalCount: number, nodes: Array<{ id: string, adapter: KycAdapter, level: VerificationLevel, status: KycVerificationStatus, result: string | null, underAge: boolean, failureReason: string | null, decidedByProvider: boolean, createdAt: string, completedAt: string | null, expiresAt: string | null, decidedBy: { id: string } | null, reports: Array<{ providerRef: string, name: string, status: string, result: string | null, subResult: string | null, dateOfBirth: string | null, ageValidation: string | null }>, player: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type KycVerificationNodeQueryVariables = Exact<{
  id: string;
}>;


export type KycVerificationNodeQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification', id: string, adapter: KycAdapter, level: VerificationLevel, status: KycVerificationStatus, result: string | null, underAge: boolean, failureReason: string | null, decidedByProvider: boolean, createdAt: string, completedAt: string | null, expiresAt: string | null, decidedBy: { id: string } | null, reports: Array<{ providerRef: string, name: string, status: string, result: string | null, subResult: string | null, dateOfBirth: string | null, ageValidation: string | null }>, player: { id: string } }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type RequestVerificationMutationVariables = Exact<{
  input: RequestVerificationInput;
}>;


export type RequestVerificationMutation = { requestVerification:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RequestVerificationPayload', level: VerificationLevel, player: { id: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type DecideVerificationMutationVariables = Exact<{
  input: DecideVerificationInput;
}>;


export type DecideVerificationMutation = { decideVerification:
    | { __typename: 'DecideVerificationPayload', verification: { id: string, adapter: KycAdapter, level: VerificationLevel, status: KycVerificationStatus, result: string | null, underAge: boolean, failureReason: string | null, decidedByProvider: boolean, createdAt: string, completedAt: string | null, expiresAt: string | null, decidedBy: { id: string } | null, reports: Array<{ providerRef: string, name: string, status: string, result: string | null, subResult: string | null, dateOfBirth: string | null, ageValidation: string | null }>, player: { id: string } } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'KycVerificationNotPendingError', status: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RiskSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskSettingsQuery = { riskSettings: { withdrawalLevel: VerificationLevel, currenciesWithoutThreshold: Array<string>, depositLevel: VerificationLevel, flagSeverity: RiskSeverity, flagLevel: VerificationLevel, minimumAge: number, depositThresholds: Array<{ currency: string, amount: string }> } | null };

export type UpdateRiskSettingsMutationVariables = Exact<{
  input: UpdateRiskSettingsInput;
}>;


export type UpdateRiskSettingsMutation = { updateRiskSettings:
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UpdateRiskSettingsPayload', settings: { withdrawalLevel: VerificationLevel, currenciesWithoutThreshold: Array<string>, depositLevel: VerificationLevel, flagSeverity: RiskSeverity, flagLevel: VerificationLevel, minimumAge: number, depositThresholds: Array<{ currency: string, amount: string }> } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type MyVerificationUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyVerificationUpdatedSubscription = { myVerificationUpdated: { seq: number, status: KycVerificationStatus, verification: { id: string, status: KycVerificationStatus, level: VerificationLevel } } };

export type RiskLinkSignalFieldsFragment = { kind: RiskLinkSignalKind, value: string, players: number, weight: number };

export type LinkedAccountsQueryVariables = Exact<{
  playerId: string;
}>;


export type LinkedAccountsQuery = { linkedAccounts: Array<{ score: number, player: { id: string }, signals: Array<{ kind: RiskLinkSignalKind, value: string, players: number, weight: number }>, link: { id: string } }> | null };

export type PlayerLinkedAccountsQueryVariables = Exact<{
  id: string;
}>;


export type PlayerLinkedAccountsQuery = { node:
    | { id: string, linkedAccounts: Array<{ score: number, player: { id: string } }> }
    | Record<PropertyKey, never>
   | null };

export type RiskLinksQueryVariables = Exact<{
  minScore?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RiskLinksQuery = { riskLinks: { totalCount: number, nodes: Array<{ id: string, score: number, firstLinkedAt: string, lastLinkedAt: string, players: Array<{ id: string }>, signals: Array<{ kind: RiskLinkSignalKind, value: string, players: number, weight: number }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type GameProviderFieldsFragment = { id: string, code: string, dialect: SeamlessDialect, auth: GameProviderAuth, currencies: Array<string>, enabled: boolean, keyFingerprint: string, operatorApi: { url: string, operatorRef: string, keyFingerprint: string } | null };

export type GameProvidersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type GameProvidersQuery = { gameProviders: { totalCount: number, nodes: Array<{ id: string, code: string, dialect: SeamlessDialect, auth: GameProviderAuth, currencies: Array<string>, enabled: boolean, keyFingerprint: string, operatorApi: { url: string, operatorRef: string, keyFingerprint: string } | null }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type SetGameProviderMutationVariables = Exact<{
  input: SetGameProviderInput;
}>;


export type SetGameProviderMutation = { setGameProvider:
    | { __typename: 'SetGameProviderPayload', provider: { id: string, code: string, dialect: SeamlessDialect, auth: GameProviderAuth, currencies: Array<string>, enabled: boolean, keyFingerprint: string, operatorApi: { url: string, operatorRef: string, keyFingerprint: string } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type TenantFieldsFragment = { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, timeZone: string, createdAt: string, updatedAt: string };

export type CurrentTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentTenantQuery = { currentTenant: { slug: string, name: string, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string> } | null };

export type TenantsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  status?: TenantStatus | null | undefined;
}>;


export type TenantsQuery = { tenants: { totalCount: number, nodes: Array<{ id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, timeZone: string, createdAt: string, updatedAt: string }>, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, timeZone: string, createdAt: string, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type TenantNodeQueryVariables = Exact<{
  id: string;
}>;


export type TenantNodeQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player' }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant', id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, timeZone: string, createdAt: string, updatedAt: string }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant:
    | { __typename: 'CreateTenantPayload', tenant: { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, timeZone: string, createdAt: string, updatedAt: string } }
    | { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string }
    | { __typename: 'TenantSlugTakenError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UpdateTenantMutationVariables = Exact<{
  input: UpdateTenantInput;
}>;


export type UpdateTenantMutation = { updateTenant:
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string }
    | { __typename: 'UpdateTenantPayload', tenant: { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, timeZone: string, createdAt: string, updatedAt: string } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SuspendTenantMutationVariables = Exact<{
  id: string;
}>;


export type SuspendTenantMutation = { suspendTenant:
    | { __typename: 'InvalidIdError', expectedType: string, path: Array<string>, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SuspendTenantPayload', tenant: { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, timeZone: string, createdAt: string, updatedAt: string } }
   };

export type ReactivateTenantMutationVariables = Exact<{
  id: string;
}>;


export type ReactivateTenantMutation = { reactivateTenant:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ReactivateTenantPayload', tenant: { id: string, slug: string, name: string, status: TenantStatus, defaultCurrency: string, currencies: Array<string>, defaultLocale: string, locales: Array<string>, domains: Array<string>, timeZone: string, createdAt: string, updatedAt: string } }
   };

export type VipPointsPartsFragment = { balance: string, expiring: { at: string, points: string } | null, lots: Array<{ earnedOn: string, earned: string, remaining: string, expired: string, expiresAt: string | null }> };

export type MyVipPointsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type MyVipPointsQuery = { myVipPoints: { balance: string, history: { nodes: Array<{ kind: VipPointsEntryKind, points: string, balanceAfter: string, createdAt: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } }, expiring: { at: string, points: string } | null, lots: Array<{ earnedOn: string, earned: string, remaining: string, expired: string, expiresAt: string | null }> } | null };

export type PlayerVipPointsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlayerVipPointsQuery = { player: { id: string, vipPoints: { balance: string, history: { nodes: Array<{ kind: VipPointsEntryKind, points: string, balanceAfter: string, createdAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, expiring: { at: string, points: string } | null, lots: Array<{ earnedOn: string, earned: string, remaining: string, expired: string, expiresAt: string | null }> } } | null };

type VipRewardsErrorFields_AccountDisabledError_Fragment = { __typename: 'AccountDisabledError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AccountFrozenError_Fragment = { __typename: 'AccountFrozenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AccountNotFoundError_Fragment = { __typename: 'AccountNotFoundError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AdjustmentNotFoundError_Fragment = { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AdjustmentNotPendingError_Fragment = { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateClosedError_Fragment = { __typename: 'AffiliateClosedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateCodeTakenError_Fragment = { __typename: 'AffiliateCodeTakenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateEmailTakenError_Fragment = { __typename: 'AffiliateEmailTakenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateHasSubsError_Fragment = { __typename: 'AffiliateHasSubsError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateLinkCodeTakenError_Fragment = { __typename: 'AffiliateLinkCodeTakenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateParentIsSelfError_Fragment = { __typename: 'AffiliateParentIsSelfError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateParentIsSubError_Fragment = { __typename: 'AffiliateParentIsSubError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateParentUnknownError_Fragment = { __typename: 'AffiliateParentUnknownError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliatePlanArchivedError_Fragment = { __typename: 'AffiliatePlanArchivedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliatePlanNameTakenError_Fragment = { __typename: 'AffiliatePlanNameTakenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateStatementAlreadyPaidError_Fragment = { __typename: 'AffiliateStatementAlreadyPaidError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateStatementNothingPayableError_Fragment = { __typename: 'AffiliateStatementNothingPayableError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateStatementSameStaffError_Fragment = { __typename: 'AffiliateStatementSameStaffError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AffiliateStatementStatusError_Fragment = { __typename: 'AffiliateStatementStatusError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AlreadyReversedError_Fragment = { __typename: 'AlreadyReversedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_AuditChainEmptyError_Fragment = { __typename: 'AuditChainEmptyError', code: ErrorCode, message: string };

type VipRewardsErrorFields_BalanceOverflowError_Fragment = { __typename: 'BalanceOverflowError', code: ErrorCode, message: string };

type VipRewardsErrorFields_BonusBudgetExceededError_Fragment = { __typename: 'BonusBudgetExceededError', code: ErrorCode, message: string };

type VipRewardsErrorFields_BonusNotActiveError_Fragment = { __typename: 'BonusNotActiveError', code: ErrorCode, message: string };

type VipRewardsErrorFields_BonusNotEligibleError_Fragment = { __typename: 'BonusNotEligibleError', code: ErrorCode, message: string, notEligible: BonusNotEligibleReason };

type VipRewardsErrorFields_BonusNotPendingReviewError_Fragment = { __typename: 'BonusNotPendingReviewError', code: ErrorCode, message: string };

type VipRewardsErrorFields_BonusTemplateArchivedError_Fragment = { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_BonusTemplateNameTakenError_Fragment = { __typename: 'BonusTemplateNameTakenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_CannotGrantError_Fragment = { __typename: 'CannotGrantError', code: ErrorCode, message: string };

type VipRewardsErrorFields_CaptureExceedsHoldError_Fragment = { __typename: 'CaptureExceedsHoldError', code: ErrorCode, message: string };

type VipRewardsErrorFields_CurrencyMismatchError_Fragment = { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string };

type VipRewardsErrorFields_CurrentPasswordIncorrectError_Fragment = { __typename: 'CurrentPasswordIncorrectError', code: ErrorCode, message: string };

type VipRewardsErrorFields_DepositLimitReachedError_Fragment = { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_DisputeClosedError_Fragment = { __typename: 'DisputeClosedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_DisputeNotFoundError_Fragment = { __typename: 'DisputeNotFoundError', code: ErrorCode, message: string };

type VipRewardsErrorFields_EmailTakenError_Fragment = { __typename: 'EmailTakenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_ExperimentAlreadyRunningError_Fragment = { __typename: 'ExperimentAlreadyRunningError', code: ErrorCode, message: string };

type VipRewardsErrorFields_ExperimentArmOfferUnavailableError_Fragment = { __typename: 'ExperimentArmOfferUnavailableError', code: ErrorCode, message: string };

type VipRewardsErrorFields_ExperimentNotDraftError_Fragment = { __typename: 'ExperimentNotDraftError', code: ErrorCode, message: string };

type VipRewardsErrorFields_ExperimentNotRunningBanditError_Fragment = { __typename: 'ExperimentNotRunningBanditError', code: ErrorCode, message: string };

type VipRewardsErrorFields_ExperimentNotRunningError_Fragment = { __typename: 'ExperimentNotRunningError', code: ErrorCode, message: string };

type VipRewardsErrorFields_ExperimentPlacementBusyError_Fragment = { __typename: 'ExperimentPlacementBusyError', code: ErrorCode, message: string };

type VipRewardsErrorFields_GameAlreadyExistsError_Fragment = { __typename: 'GameAlreadyExistsError', code: ErrorCode, message: string };

type VipRewardsErrorFields_GameCurrencyNotSupportedError_Fragment = { __typename: 'GameCurrencyNotSupportedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_GameDisabledError_Fragment = { __typename: 'GameDisabledError', code: ErrorCode, message: string };

type VipRewardsErrorFields_GameNotFoundError_Fragment = { __typename: 'GameNotFoundError', code: ErrorCode, message: string };

type VipRewardsErrorFields_HoldNotFoundError_Fragment = { __typename: 'HoldNotFoundError', code: ErrorCode, message: string };

type VipRewardsErrorFields_HoldNotOpenError_Fragment = { __typename: 'HoldNotOpenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_IdempotencyConflictError_Fragment = { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string };

type VipRewardsErrorFields_InsufficientFundsError_Fragment = { __typename: 'InsufficientFundsError', code: ErrorCode, message: string };

type VipRewardsErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string };

type VipRewardsErrorFields_InvalidIdError_Fragment = { __typename: 'InvalidIdError', code: ErrorCode, message: string };

type VipRewardsErrorFields_InvalidRefreshTokenError_Fragment = { __typename: 'InvalidRefreshTokenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_InvalidResetTokenError_Fragment = { __typename: 'InvalidResetTokenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_JobNotFailedError_Fragment = { __typename: 'JobNotFailedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_KycLevelAlreadyReachedError_Fragment = { __typename: 'KycLevelAlreadyReachedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_KycProviderFailedError_Fragment = { __typename: 'KycProviderFailedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_KycProviderNotConfiguredError_Fragment = { __typename: 'KycProviderNotConfiguredError', code: ErrorCode, message: string };

type VipRewardsErrorFields_KycProviderUnsupportedError_Fragment = { __typename: 'KycProviderUnsupportedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_KycVerificationNotPendingError_Fragment = { __typename: 'KycVerificationNotPendingError', code: ErrorCode, message: string };

type VipRewardsErrorFields_LocaleNotOfferedError_Fragment = { __typename: 'LocaleNotOfferedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_LossLimitReachedError_Fragment = { __typename: 'LossLimitReachedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string };

type VipRewardsErrorFields_OfferArchivedError_Fragment = { __typename: 'OfferArchivedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_OfferClaimLimitReachedError_Fragment = { __typename: 'OfferClaimLimitReachedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_OfferNameTakenError_Fragment = { __typename: 'OfferNameTakenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_OfferNotAvailableError_Fragment = { __typename: 'OfferNotAvailableError', code: ErrorCode, message: string };

type VipRewardsErrorFields_OfferNotShownError_Fragment = { __typename: 'OfferNotShownError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PaymentAmountOutOfBoundsError_Fragment = { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PaymentCurrencyUnsupportedError_Fragment = { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PaymentNotFoundError_Fragment = { __typename: 'PaymentNotFoundError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PaymentProviderFailedError_Fragment = { __typename: 'PaymentProviderFailedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PaymentProviderUnsupportedError_Fragment = { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PokerBuyInOutOfRangeError_Fragment = { __typename: 'PokerBuyInOutOfRangeError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PokerHandFinishedError_Fragment = { __typename: 'PokerHandFinishedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PokerIllegalActionError_Fragment = { __typename: 'PokerIllegalActionError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PokerIllegalAmountError_Fragment = { __typename: 'PokerIllegalAmountError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PokerNotInHandError_Fragment = { __typename: 'PokerNotInHandError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PokerNotSeatedError_Fragment = { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PokerNotYourTurnError_Fragment = { __typename: 'PokerNotYourTurnError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PokerProviderUnavailableError_Fragment = { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PokerSeatUnavailableError_Fragment = { __typename: 'PokerSeatUnavailableError', code: ErrorCode, message: string };

type VipRewardsErrorFields_PokerTableNotFoundError_Fragment = { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string };

type VipRewardsErrorFields_RefundExceedsPaymentError_Fragment = { __typename: 'RefundExceedsPaymentError', code: ErrorCode, message: string };

type VipRewardsErrorFields_RgCannotShortenError_Fragment = { __typename: 'RgCannotShortenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_RiskActionNotPendingError_Fragment = { __typename: 'RiskActionNotPendingError', code: ErrorCode, message: string };

type VipRewardsErrorFields_RiskActionSameStaffError_Fragment = { __typename: 'RiskActionSameStaffError', code: ErrorCode, message: string };

type VipRewardsErrorFields_RiskCaseClosedError_Fragment = { __typename: 'RiskCaseClosedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_RiskCaseHasPendingActionsError_Fragment = { __typename: 'RiskCaseHasPendingActionsError', code: ErrorCode, message: string };

type VipRewardsErrorFields_RiskCasePlayerNotInCaseError_Fragment = { __typename: 'RiskCasePlayerNotInCaseError', code: ErrorCode, message: string };

type VipRewardsErrorFields_SelfApprovalError_Fragment = { __typename: 'SelfApprovalError', code: ErrorCode, message: string };

type VipRewardsErrorFields_SelfExcludedError_Fragment = { __typename: 'SelfExcludedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_SessionLimitReachedError_Fragment = { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_TenantDomainTakenError_Fragment = { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_TenantNotFoundError_Fragment = { __typename: 'TenantNotFoundError', code: ErrorCode, message: string };

type VipRewardsErrorFields_TenantRequiredError_Fragment = { __typename: 'TenantRequiredError', code: ErrorCode, message: string };

type VipRewardsErrorFields_TenantSlugTakenError_Fragment = { __typename: 'TenantSlugTakenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_TenantSuspendedError_Fragment = { __typename: 'TenantSuspendedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_TimeOutActiveError_Fragment = { __typename: 'TimeOutActiveError', code: ErrorCode, message: string };

type VipRewardsErrorFields_TransactionNotFoundError_Fragment = { __typename: 'TransactionNotFoundError', code: ErrorCode, message: string };

type VipRewardsErrorFields_UnknownDialectError_Fragment = { __typename: 'UnknownDialectError', code: ErrorCode, message: string };

type VipRewardsErrorFields_UnknownMenuItemError_Fragment = { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string };

type VipRewardsErrorFields_UnsupportedCurrencyError_Fragment = { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string };

type VipRewardsErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> };

type VipRewardsErrorFields_VerificationRequiredError_Fragment = { __typename: 'VerificationRequiredError', code: ErrorCode, message: string };

type VipRewardsErrorFields_VipAdjustmentBelowZeroError_Fragment = { __typename: 'VipAdjustmentBelowZeroError', code: ErrorCode, message: string, belowZeroBalance: string, belowZeroRequested: string };

type VipRewardsErrorFields_VipCheckNotPendingError_Fragment = { __typename: 'VipCheckNotPendingError', code: ErrorCode, message: string, checkStatus: string };

type VipRewardsErrorFields_VipCheckSameStaffError_Fragment = { __typename: 'VipCheckSameStaffError', code: ErrorCode, message: string };

type VipRewardsErrorFields_VipCheckTierNotHighValueError_Fragment = { __typename: 'VipCheckTierNotHighValueError', code: ErrorCode, message: string };

type VipRewardsErrorFields_VipInsufficientPointsError_Fragment = { __typename: 'VipInsufficientPointsError', balance: string, requested: string, code: ErrorCode, message: string };

type VipRewardsErrorFields_VipManagerNotABenefitError_Fragment = { __typename: 'VipManagerNotABenefitError', code: ErrorCode, message: string };

type VipRewardsErrorFields_VipManagerNotStaffError_Fragment = { __typename: 'VipManagerNotStaffError', code: ErrorCode, message: string };

type VipRewardsErrorFields_VipProgrammeOffError_Fragment = { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string };

type VipRewardsErrorFields_VipRedemptionPriceMismatchError_Fragment = { __typename: 'VipRedemptionPriceMismatchError', cost: string, code: ErrorCode, message: string };

type VipRewardsErrorFields_VipRedemptionTooSmallError_Fragment = { __typename: 'VipRedemptionTooSmallError', code: ErrorCode, message: string };

type VipRewardsErrorFields_VipRedemptionUnavailableError_Fragment = { __typename: 'VipRedemptionUnavailableError', currency: string, code: ErrorCode, message: string, unavailable: VipRedemptionUnavailableReason };

type VipRewardsErrorFields_VipRewardTemplateUnknownError_Fragment = { __typename: 'VipRewardTemplateUnknownError', code: ErrorCode, message: string };

type VipRewardsErrorFields_VipRewardsSuppressedError_Fragment = { __typename: 'VipRewardsSuppressedError', code: ErrorCode, message: string, suppressedReason: VipSuppressionReason };

type VipRewardsErrorFields_VipTierArchivedError_Fragment = { __typename: 'VipTierArchivedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_VipTierKeyTakenError_Fragment = { __typename: 'VipTierKeyTakenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_VipTierRankTakenError_Fragment = { __typename: 'VipTierRankTakenError', code: ErrorCode, message: string };

type VipRewardsErrorFields_WageringCapExceededError_Fragment = { __typename: 'WageringCapExceededError', code: ErrorCode, message: string };

type VipRewardsErrorFields_WithdrawalAlreadyApprovedError_Fragment = { __typename: 'WithdrawalAlreadyApprovedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_WithdrawalCompleterApprovedError_Fragment = { __typename: 'WithdrawalCompleterApprovedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_WithdrawalExceedsAvailableError_Fragment = { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string };

type VipRewardsErrorFields_WithdrawalNeedsConfirmationError_Fragment = { __typename: 'WithdrawalNeedsConfirmationError', code: ErrorCode, message: string };

type VipRewardsErrorFields_WithdrawalNoRouteError_Fragment = { __typename: 'WithdrawalNoRouteError', code: ErrorCode, message: string };

type VipRewardsErrorFields_WithdrawalNotFoundError_Fragment = { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string };

type VipRewardsErrorFields_WithdrawalNotParkedError_Fragment = { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string };

type VipRewardsErrorFields_WithdrawalNotPendingError_Fragment = { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string };

type VipRewardsErrorFields_WithdrawalProviderNotFundingError_Fragment = { __typename: 'WithdrawalProviderNotFundingError', code: ErrorCode, message: string };

type VipRewardsErrorFields_WithdrawalSelfApprovalError_Fragment = { __typename: 'WithdrawalSelfApprovalError', code: ErrorCode, message: string };

export type VipRewardsErrorFieldsFragment =
  | VipRewardsErrorFields_AccountDisabledError_Fragment
  | VipRewardsErrorFields_AccountFrozenError_Fragment
  | VipRewardsErrorFields_AccountNotFoundError_Fragment
  | VipRewardsErrorFields_AdjustmentNotFoundError_Fragment
  | VipRewardsErrorFields_AdjustmentNotPendingError_Fragment
  | VipRewardsErrorFields_AffiliateClosedError_Fragment
  | VipRewardsErrorFields_AffiliateCodeTakenError_Fragment
  | VipRewardsErrorFields_AffiliateEmailTakenError_Fragment
  | VipRewardsErrorFields_AffiliateHasSubsError_Fragment
  | VipRewardsErrorFields_AffiliateLinkCodeTakenError_Fragment
  | VipRewardsErrorFields_AffiliateParentIsSelfError_Fragment
  | VipRewardsErrorFields_AffiliateParentIsSubError_Fragment
  | VipRewardsErrorFields_AffiliateParentUnknownError_Fragment
  | VipRewardsErrorFields_AffiliatePlanArchivedError_Fragment
  | VipRewardsErrorFields_AffiliatePlanNameTakenError_Fragment
  | VipRewardsErrorFields_AffiliateStatementAlreadyPaidError_Fragment
  | VipRewardsErrorFields_AffiliateStatementNothingPayableError_Fragment
  | VipRewardsErrorFields_AffiliateStatementSameStaffError_Fragment
  | VipRewardsErrorFields_AffiliateStatementStatusError_Fragment
  | VipRewardsErrorFields_AlreadyReversedError_Fragment
  | VipRewardsErrorFields_AuditChainEmptyError_Fragment
  | VipRewardsErrorFields_BalanceOverflowError_Fragment
  | VipRewardsErrorFields_BonusBudgetExceededError_Fragment
  | VipRewardsErrorFields_BonusNotActiveError_Fragment
  | VipRewardsErrorFields_BonusNotEligibleError_Fragment
  | VipRewardsErrorFields_BonusNotPendingReviewError_Fragment
  | VipRewardsErrorFields_BonusTemplateArchivedError_Fragment
  | VipRewardsErrorFields_BonusTemplateNameTakenError_Fragment
  | VipRewardsErrorFields_CannotGrantError_Fragment
  | VipRewardsErrorFields_CaptureExceedsHoldError_Fragment
  | VipRewardsErrorFields_CurrencyMismatchError_Fragment
  | VipRewardsErrorFields_CurrentPasswordIncorrectError_Fragment
  | VipRewardsErrorFields_DepositLimitReachedError_Fragment
  | VipRewardsErrorFields_DisputeClosedError_Fragment
  | VipRewardsErrorFields_DisputeNotFoundError_Fragment
  | VipRewardsErrorFields_EmailTakenError_Fragment
  | VipRewardsErrorFields_ExperimentAlreadyRunningError_Fragment
  | VipRewardsErrorFields_ExperimentArmOfferUnavailableError_Fragment
  | VipRewardsErrorFields_ExperimentNotDraftError_Fragment
  | VipRewardsErrorFields_ExperimentNotRunningBanditError_Fragment
  | VipRewardsErrorFields_ExperimentNotRunningError_Fragment
  | VipRewardsErrorFields_ExperimentPlacementBusyError_Fragment
  | VipRewardsErrorFields_GameAlreadyExistsError_Fragment
  | VipRewardsErrorFields_GameCurrencyNotSupportedError_Fragment
  | VipRewardsErrorFields_GameDisabledError_Fragment
  | VipRewardsErrorFields_GameNotFoundError_Fragment
  | VipRewardsErrorFields_HoldNotFoundError_Fragment
  | VipRewardsErrorFields_HoldNotOpenError_Fragment
  | VipRewardsErrorFields_IdempotencyConflictError_Fragment
  | VipRewardsErrorFields_InsufficientFundsError_Fragment
  | VipRewardsErrorFields_InvalidCredentialsError_Fragment
  | VipRewardsErrorFields_InvalidIdError_Fragment
  | VipRewardsErrorFields_InvalidRefreshTokenError_Fragment
  | VipRewardsErrorFields_InvalidResetTokenError_Fragment
  | VipRewardsErrorFields_JobNotFailedError_Fragment
  | VipRewardsErrorFields_KycLevelAlreadyReachedError_Fragment
  | VipRewardsErrorFields_KycProviderFailedError_Fragment
  | VipRewardsErrorFields_KycProviderNotConfiguredError_Fragment
  | VipRewardsErrorFields_KycProviderUnsupportedError_Fragment
  | VipRewardsErrorFields_KycVerificationNotPendingError_Fragment
  | VipRewardsErrorFields_LocaleNotOfferedError_Fragment
  | VipRewardsErrorFields_LossLimitReachedError_Fragment
  | VipRewardsErrorFields_NotFoundError_Fragment
  | VipRewardsErrorFields_OfferArchivedError_Fragment
  | VipRewardsErrorFields_OfferClaimLimitReachedError_Fragment
  | VipRewardsErrorFields_OfferNameTakenError_Fragment
  | VipRewardsErrorFields_OfferNotAvailableError_Fragment
  | VipRewardsErrorFields_OfferNotShownError_Fragment
  | VipRewardsErrorFields_PaymentAmountOutOfBoundsError_Fragment
  | VipRewardsErrorFields_PaymentCurrencyUnsupportedError_Fragment
  | VipRewardsErrorFields_PaymentNotFoundError_Fragment
  | VipRewardsErrorFields_PaymentProviderFailedError_Fragment
  | VipRewardsErrorFields_PaymentProviderUnsupportedError_Fragment
  | VipRewardsErrorFields_PokerBuyInOutOfRangeError_Fragment
  | VipRewardsErrorFields_PokerHandFinishedError_Fragment
  | VipRewardsErrorFields_PokerIllegalActionError_Fragment
  | VipRewardsErrorFields_PokerIllegalAmountError_Fragment
  | VipRewardsErrorFields_PokerNotInHandError_Fragment
  | VipRewardsErrorFields_PokerNotSeatedError_Fragment
  | VipRewardsErrorFields_PokerNotYourTurnError_Fragment
  | VipRewardsErrorFields_PokerProviderUnavailableError_Fragment
  | VipRewardsErrorFields_PokerSeatUnavailableError_Fragment
  | VipRewardsErrorFields_PokerTableNotFoundError_Fragment
  | VipRewardsErrorFields_RefundExceedsPaymentError_Fragment
  | VipRewardsErrorFields_RgCannotShortenError_Fragment
  | VipRewardsErrorFields_RiskActionNotPendingError_Fragment
  | VipRewardsErrorFields_RiskActionSameStaffError_Fragment
  | VipRewardsErrorFields_RiskCaseClosedError_Fragment
  | VipRewardsErrorFields_RiskCaseHasPendingActionsError_Fragment
  | VipRewardsErrorFields_RiskCasePlayerNotInCaseError_Fragment
  | VipRewardsErrorFields_SelfApprovalError_Fragment
  | VipRewardsErrorFields_SelfExcludedError_Fragment
  | VipRewardsErrorFields_SessionLimitReachedError_Fragment
  | VipRewardsErrorFields_TenantDomainTakenError_Fragment
  | VipRewardsErrorFields_TenantNotFoundError_Fragment
  | VipRewardsErrorFields_TenantRequiredError_Fragment
  | VipRewardsErrorFields_TenantSlugTakenError_Fragment
  | VipRewardsErrorFields_TenantSuspendedError_Fragment
  | VipRewardsErrorFields_TimeOutActiveError_Fragment
  | VipRewardsErrorFields_TransactionNotFoundError_Fragment
  | VipRewardsErrorFields_UnknownDialectError_Fragment
  | VipRewardsErrorFields_UnknownMenuItemError_Fragment
  | VipRewardsErrorFields_UnsupportedCurrencyError_Fragment
  | VipRewardsErrorFields_ValidationError_Fragment
  | VipRewardsErrorFields_VerificationRequiredError_Fragment
  | VipRewardsErrorFields_VipAdjustmentBelowZeroError_Fragment
  | VipRewardsErrorFields_VipCheckNotPendingError_Fragment
  | VipRewardsErrorFields_VipCheckSameStaffError_Fragment
  | VipRewardsErrorFields_VipCheckTierNotHighValueError_Fragment
  | VipRewardsErrorFields_VipInsufficientPointsError_Fragment
  | VipRewardsErrorFields_VipManagerNotABenefitError_Fragment
  | VipRewardsErrorFields_VipManagerNotStaffError_Fragment
  | VipRewardsErrorFields_VipProgrammeOffError_Fragment
  | VipRewardsErrorFields_VipRedemptionPriceMismatchError_Fragment
  | VipRewardsErrorFields_VipRedemptionTooSmallError_Fragment
  | VipRewardsErrorFields_VipRedemptionUnavailableError_Fragment
  | VipRewardsErrorFields_VipRewardTemplateUnknownError_Fragment
  | VipRewardsErrorFields_VipRewardsSuppressedError_Fragment
  | VipRewardsErrorFields_VipTierArchivedError_Fragment
  | VipRewardsErrorFields_VipTierKeyTakenError_Fragment
  | VipRewardsErrorFields_VipTierRankTakenError_Fragment
  | VipRewardsErrorFields_WageringCapExceededError_Fragment
  | VipRewardsErrorFields_WithdrawalAlreadyApprovedError_Fragment
  | VipRewardsErrorFields_WithdrawalCompleterApprovedError_Fragment
  | VipRewardsErrorFields_WithdrawalExceedsAvailableError_Fragment
  | VipRewardsErrorFields_WithdrawalNeedsConfirmationError_Fragment
  | VipRewardsErrorFields_WithdrawalNoRouteError_Fragment
  | VipRewardsErrorFields_WithdrawalNotFoundError_Fragment
  | VipRewardsErrorFields_WithdrawalNotParkedError_Fragment
  | VipRewardsErrorFields_WithdrawalNotPendingError_Fragment
  | VipRewardsErrorFields_WithdrawalProviderNotFundingError_Fragment
  | VipRewardsErrorFields_WithdrawalSelfApprovalError_Fragment
;

export type VipRedemptionFieldsFragment = { id: string, kind: VipRedemptionKind, points: string, currency: string, createdAt: string, player: { id: string }, cash: { amount: string, currency: string } | null, bonusTemplate: { id: string } | null, grant: { id: string, status: BonusGrantStatus, granted: { amount: string, currency: string } } | null, pointsTransaction: { id: string } | null, cashTransaction: { id: string } | null };

export type VipCheckFieldsFragment = { id: string, kind: VipCheckKind, status: VipCheckStatus, evidence: string, evidenceReference: string | null, recordedAt: string, decidedAt: string | null, decisionNote: string | null, validUntil: string | null, player: { id: string }, tier: { id: string, key: string, name: string }, recordedBy: { id: string } | null, decidedBy: { id: string } | null };

export type VipRewardFieldsFragment = { id: string, period: string, status: VipRewardStatus, waitingReason: VipSuppressionReason | null, failure: string | null, createdAt: string, grantedAt: string | null, player: { id: string }, template: { id: string } | null, grant: { id: string, status: BonusGrantStatus } | null };

export type RedeemVipPointsMutationVariables = Exact<{
  input: RedeemVipPointsInput;
}>;


export type RedeemVipPointsMutation = { redeemVipPoints:
    | { __typename: 'BonusBudgetExceededError', code: ErrorCode, message: string }
    | { __typename: 'BonusNotEligibleError', code: ErrorCode, message: string, notEligible: BonusNotEligibleReason }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'RedeemVipPointsPayload', replay: boolean, redemption: { id: string, kind: VipRedemptionKind, points: string, currency: string, createdAt: string, player: { id: string }, cash: { amount: string, currency: string } | null, bonusTemplate: { id: string } | null, grant: { id: string, status: BonusGrantStatus, granted: { amount: string, currency: string } } | null, pointsTransaction: { id: string } | null, cashTransaction: { id: string } | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'VipInsufficientPointsError', balance: string, requested: string, code: ErrorCode, message: string }
    | { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string }
    | { __typename: 'VipRedemptionPriceMismatchError', cost: string, code: ErrorCode, message: string }
    | { __typename: 'VipRedemptionTooSmallError', code: ErrorCode, message: string }
    | { __typename: 'VipRedemptionUnavailableError', currency: string, code: ErrorCode, message: string, unavailable: VipRedemptionUnavailableReason }
    | { __typename: 'VipRewardsSuppressedError', code: ErrorCode, message: string, suppressedReason: VipSuppressionReason }
   };

export type MyVipRedemptionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyVipRedemptionsQuery = { myVipRedemptions: { totalCount: number, nodes: Array<{ id: string, kind: VipRedemptionKind, points: string, currency: string, createdAt: string, player: { id: string }, cash: { amount: string, currency: string } | null, bonusTemplate: { id: string } | null, grant: { id: string, status: BonusGrantStatus, granted: { amount: string, currency: string } } | null, pointsTransaction: { id: string } | null, cashTransaction: { id: string } | null }> } | null };

export type PlayerVipRedemptionsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type PlayerVipRedemptionsQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player', vipRedemptions: { totalCount: number, nodes: Array<{ id: string, kind: VipRedemptionKind, points: string, currency: string, createdAt: string, player: { id: string }, cash: { amount: string, currency: string } | null, bonusTemplate: { id: string } | null, grant: { id: string, status: BonusGrantStatus, granted: { amount: string, currency: string } } | null, pointsTransaction: { id: string } | null, cashTransaction: { id: string } | null }> } }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type AdjustVipPointsMutationVariables = Exact<{
  input: AdjustVipPointsInput;
}>;


export type AdjustVipPointsMutation = { adjustVipPoints:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AdjustVipPointsPayload', replay: boolean, balance: string, adjustment: { id: string, points: string, reason: string, createdBy: string, createdAt: string, player: { id: string }, transaction: { id: string } | null } }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'VipAdjustmentBelowZeroError', code: ErrorCode, message: string, belowZeroBalance: string, belowZeroRequested: string }
    | { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string }
   };

export type RecordVipCheckMutationVariables = Exact<{
  input: RecordVipCheckInput;
}>;


export type RecordVipCheckMutation = { recordVipCheck:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RecordVipCheckPayload', check: { id: string, kind: VipCheckKind, status: VipCheckStatus, evidence: string, evidenceReference: string | null, recordedAt: string, decidedAt: string | null, decisionNote: string | null, validUntil: string | null, player: { id: string }, tier: { id: string, key: string, name: string }, recordedBy: { id: string } | null, decidedBy: { id: string } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'VipCheckTierNotHighValueError', code: ErrorCode, message: string }
    | { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string }
   };

export type ApproveVipCheckMutationVariables = Exact<{
  input: ApproveVipCheckInput;
}>;


export type ApproveVipCheckMutation = { approveVipCheck:
    | { __typename: 'ApproveVipCheckPayload', check: { id: string, kind: VipCheckKind, status: VipCheckStatus, evidence: string, evidenceReference: string | null, recordedAt: string, decidedAt: string | null, decisionNote: string | null, validUntil: string | null, player: { id: string }, tier: { id: string, key: string, name: string }, recordedBy: { id: string } | null, decidedBy: { id: string } | null } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'VipCheckNotPendingError', code: ErrorCode, message: string, checkStatus: string }
    | { __typename: 'VipCheckSameStaffError', code: ErrorCode, message: string }
    | { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string }
   };

export type RejectVipCheckMutationVariables = Exact<{
  input: RejectVipCheckInput;
}>;


export type RejectVipCheckMutation = { rejectVipCheck:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RejectVipCheckPayload', check: { id: string, kind: VipCheckKind, status: VipCheckStatus, evidence: string, evidenceReference: string | null, recordedAt: string, decidedAt: string | null, decisionNote: string | null, validUntil: string | null, player: { id: string }, tier: { id: string, key: string, name: string }, recordedBy: { id: string } | null, decidedBy: { id: string } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'VipCheckNotPendingError', code: ErrorCode, message: string, checkStatus: string }
    | { __typename: 'VipCheckSameStaffError', code: ErrorCode, message: string }
    | { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string }
   };

export type VipCheckQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VipCheckQueueQuery = { vipCheckQueue: { totalCount: number, nodes: Array<{ id: string, kind: VipCheckKind, status: VipCheckStatus, evidence: string, evidenceReference: string | null, recordedAt: string, decidedAt: string | null, decisionNote: string | null, validUntil: string | null, player: { id: string }, tier: { id: string, key: string, name: string }, recordedBy: { id: string } | null, decidedBy: { id: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PlayerVipChecksQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type PlayerVipChecksQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player', vipChecks: { totalCount: number, nodes: Array<{ id: string, kind: VipCheckKind, status: VipCheckStatus, evidence: string, evidenceReference: string | null, recordedAt: string, decidedAt: string | null, decisionNote: string | null, validUntil: string | null, player: { id: string }, tier: { id: string, key: string, name: string }, recordedBy: { id: string } | null, decidedBy: { id: string } | null }> } }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type MyVipRewardsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyVipRewardsQuery = { myVipRewards: { totalCount: number, nodes: Array<{ id: string, period: string, status: VipRewardStatus, waitingReason: VipSuppressionReason | null, failure: string | null, createdAt: string, grantedAt: string | null, player: { id: string }, template: { id: string } | null, grant: { id: string, status: BonusGrantStatus } | null }> } | null };

export type PlayerVipRewardsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type PlayerVipRewardsQuery = { node:
    | { __typename: 'Affiliate' }
    | { __typename: 'AffiliateLink' }
    | { __typename: 'AffiliatePlan' }
    | { __typename: 'AffiliateStatement' }
    | { __typename: 'ApiKey' }
    | { __typename: 'AuditCheckpoint' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BackgroundJob' }
    | { __typename: 'BonusBudget' }
    | { __typename: 'BonusGrant' }
    | { __typename: 'BonusTemplate' }
    | { __typename: 'CollusionPair' }
    | { __typename: 'Dispute' }
    | { __typename: 'Experiment' }
    | { __typename: 'Game' }
    | { __typename: 'GameProvider' }
    | { __typename: 'JobQueue' }
    | { __typename: 'KycProvider' }
    | { __typename: 'KycVerification' }
    | { __typename: 'LedgerAccount' }
    | { __typename: 'LedgerHold' }
    | { __typename: 'LedgerTransaction' }
    | { __typename: 'MenuChange' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'OfferDecision' }
    | { __typename: 'Payment' }
    | { __typename: 'PaymentProvider' }
    | { __typename: 'Player', vipRewards: { totalCount: number, nodes: Array<{ id: string, period: string, status: VipRewardStatus, waitingReason: VipSuppressionReason | null, failure: string | null, createdAt: string, grantedAt: string | null, player: { id: string }, template: { id: string } | null, grant: { id: string, status: BonusGrantStatus } | null }> } }
    | { __typename: 'PlayerNote' }
    | { __typename: 'PlayerOffer' }
    | { __typename: 'PlayerSession' }
    | { __typename: 'PokerHand' }
    | { __typename: 'PokerTable' }
    | { __typename: 'RiskCase' }
    | { __typename: 'RiskCaseAction' }
    | { __typename: 'RiskLink' }
    | { __typename: 'StaffUser' }
    | { __typename: 'Tenant' }
    | { __typename: 'VipCheck' }
    | { __typename: 'VipPointsAdjustment' }
    | { __typename: 'VipRedemption' }
    | { __typename: 'VipReward' }
    | { __typename: 'VipStatusChange' }
    | { __typename: 'VipTier' }
    | { __typename: 'WalletAdjustment' }
    | { __typename: 'WalletStatementLine' }
    | { __typename: 'Withdrawal' }
   | null };

export type VipNodeQueryVariables = Exact<{
  id: string;
}>;


export type VipNodeQuery = { node:
    | { __typename: 'Affiliate', id: string }
    | { __typename: 'AffiliateLink', id: string }
    | { __typename: 'AffiliatePlan', id: string }
    | { __typename: 'AffiliateStatement', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditCheckpoint', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BackgroundJob', id: string }
    | { __typename: 'BonusBudget', id: string }
    | { __typename: 'BonusGrant', id: string }
    | { __typename: 'BonusTemplate', id: string }
    | { __typename: 'CollusionPair', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'Experiment', id: string }
    | { __typename: 'Game', id: string }
    | { __typename: 'GameProvider', id: string }
    | { __typename: 'JobQueue', id: string }
    | { __typename: 'KycProvider', id: string }
    | { __typename: 'KycVerification', id: string }
    | { __typename: 'LedgerAccount', id: string }
    | { __typename: 'LedgerHold', id: string }
    | { __typename: 'LedgerTransaction', id: string }
    | { __typename: 'MenuChange', id: string }
    | { __typename: 'Offer', id: string }
    | { __typename: 'OfferClaim', id: string }
    | { __typename: 'OfferDecision', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PaymentProvider', id: string }
    | { __typename: 'Player', id: string }
    | { __typename: 'PlayerNote', id: string }
    | { __typename: 'PlayerOffer', id: string }
    | { __typename: 'PlayerSession', id: string }
    | { __typename: 'PokerHand', id: string }
    | { __typename: 'PokerTable', id: string }
    | { __typename: 'RiskCase', id: string }
    | { __typename: 'RiskCaseAction', id: string }
    | { __typename: 'RiskLink', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'Tenant', id: string }
    | { __typename: 'VipCheck', evidence: string, id: string }
    | { __typename: 'VipPointsAdjustment', id: string }
    | { __typename: 'VipRedemption', points: string, id: string }
    | { __typename: 'VipReward', period: string, id: string }
    | { __typename: 'VipStatusChange', id: string }
    | { __typename: 'VipTier', id: string }
    | { __typename: 'WalletAdjustment', id: string }
    | { __typename: 'WalletStatementLine', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type VipTierFieldsFragment = { id: string, key: string, name: string, rank: number, threshold: string, archivedAt: string | null, version: number, benefits: { pointRate: number, monthlyReward: boolean, withdrawalPriority: boolean, personalManager: boolean, highValue: boolean, monthlyRewardTemplate: { id: string } | null } };

export type VipSettingsFieldsFragment = { enabled: boolean, windowDays: number, reviewDays: number, graceDays: number, downgradePolicy: VipDowngradePolicy, expiryDays: number | null, minAge: number | null, checkValidityDays: number, version: number, earnRates: Array<{ currency: string, perPoint: string }>, rakeRates: Array<{ currency: string, perPoint: string }>, gameWeights: { default: number, games: Array<{ game: string, percent: number }>, categories: Array<{ category: GameCategory, percent: number }> }, cashRedemption: Array<{ currency: string, perPoint: string }>, bonusRedemptions: Array<{ points: string, template: { id: string } | null }> };

export type VipStatusFieldsFragment = { tierSince: string | null, pointsInWindow: string, windowDays: number, pointsToNextTier: string | null, windowRollsAt: string | null, reviewAt: string | null, graceUntil: string | null, missingChecks: Array<VipCheckKind>, suppressed: VipSuppressionReason | null, tier: { id: string, key: string, name: string } | null, earnedTier: { id: string, key: string } | null, nextTier: { id: string, key: string } | null, heldTier: { id: string, key: string } | null, benefits: { pointRate: number, withdrawalPriority: boolean, personalManager: boolean, highValue: boolean } | null, manager: { name: string, staffUser: { id: string } | null } | null, reasons: Array<{ code: VipStatusReasonCode, message: string }>, history: { totalCount: number, nodes: Array<{ id: string, kind: VipStatusChangeKind, points: string | null, missingChecks: Array<VipCheckKind>, createdAt: string, fromTier: { key: string } | null, toTier: { key: string } | null }> } };

type VipErrorFields_AccountDisabledError_Fragment = { __typename: 'AccountDisabledError', code: ErrorCode, message: string };

type VipErrorFields_AccountFrozenError_Fragment = { __typename: 'AccountFrozenError', code: ErrorCode, message: string };

type VipErrorFields_AccountNotFoundError_Fragment = { __typename: 'AccountNotFoundError', code: ErrorCode, message: string };

type VipErrorFields_AdjustmentNotFoundError_Fragment = { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string };

type VipErrorFields_AdjustmentNotPendingError_Fragment = { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateClosedError_Fragment = { __typename: 'AffiliateClosedError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateCodeTakenError_Fragment = { __typename: 'AffiliateCodeTakenError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateEmailTakenError_Fragment = { __typename: 'AffiliateEmailTakenError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateHasSubsError_Fragment = { __typename: 'AffiliateHasSubsError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateLinkCodeTakenError_Fragment = { __typename: 'AffiliateLinkCodeTakenError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateParentIsSelfError_Fragment = { __typename: 'AffiliateParentIsSelfError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateParentIsSubError_Fragment = { __typename: 'AffiliateParentIsSubError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateParentUnknownError_Fragment = { __typename: 'AffiliateParentUnknownError', code: ErrorCode, message: string };

type VipErrorFields_AffiliatePlanArchivedError_Fragment = { __typename: 'AffiliatePlanArchivedError', code: ErrorCode, message: string };

type VipErrorFields_AffiliatePlanNameTakenError_Fragment = { __typename: 'AffiliatePlanNameTakenError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateStatementAlreadyPaidError_Fragment = { __typename: 'AffiliateStatementAlreadyPaidError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateStatementNothingPayableError_Fragment = { __typename: 'AffiliateStatementNothingPayableError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateStatementSameStaffError_Fragment = { __typename: 'AffiliateStatementSameStaffError', code: ErrorCode, message: string };

type VipErrorFields_AffiliateStatementStatusError_Fragment = { __typename: 'AffiliateStatementStatusError', code: ErrorCode, message: string };

type VipErrorFields_AlreadyReversedError_Fragment = { __typename: 'AlreadyReversedError', code: ErrorCode, message: string };

type VipErrorFields_AuditChainEmptyError_Fragment = { __typename: 'AuditChainEmptyError', code: ErrorCode, message: string };

type VipErrorFields_BalanceOverflowError_Fragment = { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null };

type VipErrorFields_BonusBudgetExceededError_Fragment = { __typename: 'BonusBudgetExceededError', code: ErrorCode, message: string };

type VipErrorFields_BonusNotActiveError_Fragment = { __typename: 'BonusNotActiveError', code: ErrorCode, message: string };

type VipErrorFields_BonusNotEligibleError_Fragment = { __typename: 'BonusNotEligibleError', code: ErrorCode, message: string };

type VipErrorFields_BonusNotPendingReviewError_Fragment = { __typename: 'BonusNotPendingReviewError', code: ErrorCode, message: string };

type VipErrorFields_BonusTemplateArchivedError_Fragment = { __typename: 'BonusTemplateArchivedError', code: ErrorCode, message: string };

type VipErrorFields_BonusTemplateNameTakenError_Fragment = { __typename: 'BonusTemplateNameTakenError', code: ErrorCode, message: string };

type VipErrorFields_CannotGrantError_Fragment = { __typename: 'CannotGrantError', code: ErrorCode, message: string };

type VipErrorFields_CaptureExceedsHoldError_Fragment = { __typename: 'CaptureExceedsHoldError', code: ErrorCode, message: string };

type VipErrorFields_CurrencyMismatchError_Fragment = { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string };

type VipErrorFields_CurrentPasswordIncorrectError_Fragment = { __typename: 'CurrentPasswordIncorrectError', code: ErrorCode, message: string };

type VipErrorFields_DepositLimitReachedError_Fragment = { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string };

type VipErrorFields_DisputeClosedError_Fragment = { __typename: 'DisputeClosedError', code: ErrorCode, message: string };

type VipErrorFields_DisputeNotFoundError_Fragment = { __typename: 'DisputeNotFoundError', code: ErrorCode, message: string };

type VipErrorFields_EmailTakenError_Fragment = { __typename: 'EmailTakenError', code: ErrorCode, message: string };

type VipErrorFields_ExperimentAlreadyRunningError_Fragment = { __typename: 'ExperimentAlreadyRunningError', code: ErrorCode, message: string };

type VipErrorFields_ExperimentArmOfferUnavailableError_Fragment = { __typename: 'ExperimentArmOfferUnavailableError', code: ErrorCode, message: string };

type VipErrorFields_ExperimentNotDraftError_Fragment = { __typename: 'ExperimentNotDraftError', code: ErrorCode, message: string };

type VipErrorFields_ExperimentNotRunningBanditError_Fragment = { __typename: 'ExperimentNotRunningBanditError', code: ErrorCode, message: string };

type VipErrorFields_ExperimentNotRunningError_Fragment = { __typename: 'ExperimentNotRunningError', code: ErrorCode, message: string };

type VipErrorFields_ExperimentPlacementBusyError_Fragment = { __typename: 'ExperimentPlacementBusyError', code: ErrorCode, message: string };

type VipErrorFields_GameAlreadyExistsError_Fragment = { __typename: 'GameAlreadyExistsError', code: ErrorCode, message: string };

type VipErrorFields_GameCurrencyNotSupportedError_Fragment = { __typename: 'GameCurrencyNotSupportedError', code: ErrorCode, message: string };

type VipErrorFields_GameDisabledError_Fragment = { __typename: 'GameDisabledError', code: ErrorCode, message: string };

type VipErrorFields_GameNotFoundError_Fragment = { __typename: 'GameNotFoundError', code: ErrorCode, message: string };

type VipErrorFields_HoldNotFoundError_Fragment = { __typename: 'HoldNotFoundError', code: ErrorCode, message: string };

type VipErrorFields_HoldNotOpenError_Fragment = { __typename: 'HoldNotOpenError', code: ErrorCode, message: string };

type VipErrorFields_IdempotencyConflictError_Fragment = { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string };

type VipErrorFields_InsufficientFundsError_Fragment = { __typename: 'InsufficientFundsError', code: ErrorCode, message: string };

type VipErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string };

type VipErrorFields_InvalidIdError_Fragment = { __typename: 'InvalidIdError', code: ErrorCode, message: string };

type VipErrorFields_InvalidRefreshTokenError_Fragment = { __typename: 'InvalidRefreshTokenError', code: ErrorCode, message: string };

type VipErrorFields_InvalidResetTokenError_Fragment = { __typename: 'InvalidResetTokenError', code: ErrorCode, message: string };

type VipErrorFields_JobNotFailedError_Fragment = { __typename: 'JobNotFailedError', code: ErrorCode, message: string };

type VipErrorFields_KycLevelAlreadyReachedError_Fragment = { __typename: 'KycLevelAlreadyReachedError', code: ErrorCode, message: string };

type VipErrorFields_KycProviderFailedError_Fragment = { __typename: 'KycProviderFailedError', code: ErrorCode, message: string };

type VipErrorFields_KycProviderNotConfiguredError_Fragment = { __typename: 'KycProviderNotConfiguredError', code: ErrorCode, message: string };

type VipErrorFields_KycProviderUnsupportedError_Fragment = { __typename: 'KycProviderUnsupportedError', code: ErrorCode, message: string };

type VipErrorFields_KycVerificationNotPendingError_Fragment = { __typename: 'KycVerificationNotPendingError', code: ErrorCode, message: string };

type VipErrorFields_LocaleNotOfferedError_Fragment = { __typename: 'LocaleNotOfferedError', code: ErrorCode, message: string };

type VipErrorFields_LossLimitReachedError_Fragment = { __typename: 'LossLimitReachedError', code: ErrorCode, message: string };

type VipErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: ErrorCode, message: string };

type VipErrorFields_OfferArchivedError_Fragment = { __typename: 'OfferArchivedError', code: ErrorCode, message: string };

type VipErrorFields_OfferClaimLimitReachedError_Fragment = { __typename: 'OfferClaimLimitReachedError', code: ErrorCode, message: string };

type VipErrorFields_OfferNameTakenError_Fragment = { __typename: 'OfferNameTakenError', code: ErrorCode, message: string };

type VipErrorFields_OfferNotAvailableError_Fragment = { __typename: 'OfferNotAvailableError', code: ErrorCode, message: string };

type VipErrorFields_OfferNotShownError_Fragment = { __typename: 'OfferNotShownError', code: ErrorCode, message: string };

type VipErrorFields_PaymentAmountOutOfBoundsError_Fragment = { __typename: 'PaymentAmountOutOfBoundsError', code: ErrorCode, message: string };

type VipErrorFields_PaymentCurrencyUnsupportedError_Fragment = { __typename: 'PaymentCurrencyUnsupportedError', code: ErrorCode, message: string };

type VipErrorFields_PaymentNotFoundError_Fragment = { __typename: 'PaymentNotFoundError', code: ErrorCode, message: string };

type VipErrorFields_PaymentProviderFailedError_Fragment = { __typename: 'PaymentProviderFailedError', code: ErrorCode, message: string };

type VipErrorFields_PaymentProviderUnsupportedError_Fragment = { __typename: 'PaymentProviderUnsupportedError', code: ErrorCode, message: string };

type VipErrorFields_PokerBuyInOutOfRangeError_Fragment = { __typename: 'PokerBuyInOutOfRangeError', code: ErrorCode, message: string };

type VipErrorFields_PokerHandFinishedError_Fragment = { __typename: 'PokerHandFinishedError', code: ErrorCode, message: string };

type VipErrorFields_PokerIllegalActionError_Fragment = { __typename: 'PokerIllegalActionError', code: ErrorCode, message: string };

type VipErrorFields_PokerIllegalAmountError_Fragment = { __typename: 'PokerIllegalAmountError', code: ErrorCode, message: string };

type VipErrorFields_PokerNotInHandError_Fragment = { __typename: 'PokerNotInHandError', code: ErrorCode, message: string };

type VipErrorFields_PokerNotSeatedError_Fragment = { __typename: 'PokerNotSeatedError', code: ErrorCode, message: string };

type VipErrorFields_PokerNotYourTurnError_Fragment = { __typename: 'PokerNotYourTurnError', code: ErrorCode, message: string };

type VipErrorFields_PokerProviderUnavailableError_Fragment = { __typename: 'PokerProviderUnavailableError', code: ErrorCode, message: string };

type VipErrorFields_PokerSeatUnavailableError_Fragment = { __typename: 'PokerSeatUnavailableError', code: ErrorCode, message: string };

type VipErrorFields_PokerTableNotFoundError_Fragment = { __typename: 'PokerTableNotFoundError', code: ErrorCode, message: string };

type VipErrorFields_RefundExceedsPaymentError_Fragment = { __typename: 'RefundExceedsPaymentError', code: ErrorCode, message: string };

type VipErrorFields_RgCannotShortenError_Fragment = { __typename: 'RgCannotShortenError', code: ErrorCode, message: string };

type VipErrorFields_RiskActionNotPendingError_Fragment = { __typename: 'RiskActionNotPendingError', code: ErrorCode, message: string };

type VipErrorFields_RiskActionSameStaffError_Fragment = { __typename: 'RiskActionSameStaffError', code: ErrorCode, message: string };

type VipErrorFields_RiskCaseClosedError_Fragment = { __typename: 'RiskCaseClosedError', code: ErrorCode, message: string };

type VipErrorFields_RiskCaseHasPendingActionsError_Fragment = { __typename: 'RiskCaseHasPendingActionsError', code: ErrorCode, message: string };

type VipErrorFields_RiskCasePlayerNotInCaseError_Fragment = { __typename: 'RiskCasePlayerNotInCaseError', code: ErrorCode, message: string };

type VipErrorFields_SelfApprovalError_Fragment = { __typename: 'SelfApprovalError', code: ErrorCode, message: string };

type VipErrorFields_SelfExcludedError_Fragment = { __typename: 'SelfExcludedError', code: ErrorCode, message: string };

type VipErrorFields_SessionLimitReachedError_Fragment = { __typename: 'SessionLimitReachedError', code: ErrorCode, message: string };

type VipErrorFields_TenantDomainTakenError_Fragment = { __typename: 'TenantDomainTakenError', code: ErrorCode, message: string };

type VipErrorFields_TenantNotFoundError_Fragment = { __typename: 'TenantNotFoundError', code: ErrorCode, message: string };

type VipErrorFields_TenantRequiredError_Fragment = { __typename: 'TenantRequiredError', code: ErrorCode, message: string };

type VipErrorFields_TenantSlugTakenError_Fragment = { __typename: 'TenantSlugTakenError', code: ErrorCode, message: string };

type VipErrorFields_TenantSuspendedError_Fragment = { __typename: 'TenantSuspendedError', code: ErrorCode, message: string };

type VipErrorFields_TimeOutActiveError_Fragment = { __typename: 'TimeOutActiveError', code: ErrorCode, message: string };

type VipErrorFields_TransactionNotFoundError_Fragment = { __typename: 'TransactionNotFoundError', code: ErrorCode, message: string };

type VipErrorFields_UnknownDialectError_Fragment = { __typename: 'UnknownDialectError', code: ErrorCode, message: string };

type VipErrorFields_UnknownMenuItemError_Fragment = { __typename: 'UnknownMenuItemError', code: ErrorCode, message: string };

type VipErrorFields_UnsupportedCurrencyError_Fragment = { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string };

type VipErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> };

type VipErrorFields_VerificationRequiredError_Fragment = { __typename: 'VerificationRequiredError', code: ErrorCode, message: string };

type VipErrorFields_VipAdjustmentBelowZeroError_Fragment = { __typename: 'VipAdjustmentBelowZeroError', code: ErrorCode, message: string };

type VipErrorFields_VipCheckNotPendingError_Fragment = { __typename: 'VipCheckNotPendingError', code: ErrorCode, message: string };

type VipErrorFields_VipCheckSameStaffError_Fragment = { __typename: 'VipCheckSameStaffError', code: ErrorCode, message: string };

type VipErrorFields_VipCheckTierNotHighValueError_Fragment = { __typename: 'VipCheckTierNotHighValueError', code: ErrorCode, message: string };

type VipErrorFields_VipInsufficientPointsError_Fragment = { __typename: 'VipInsufficientPointsError', code: ErrorCode, message: string };

type VipErrorFields_VipManagerNotABenefitError_Fragment = { __typename: 'VipManagerNotABenefitError', code: ErrorCode, message: string };

type VipErrorFields_VipManagerNotStaffError_Fragment = { __typename: 'VipManagerNotStaffError', code: ErrorCode, message: string };

type VipErrorFields_VipProgrammeOffError_Fragment = { __typename: 'VipProgrammeOffError', code: ErrorCode, message: string };

type VipErrorFields_VipRedemptionPriceMismatchError_Fragment = { __typename: 'VipRedemptionPriceMismatchError', code: ErrorCode, message: string };

type VipErrorFields_VipRedemptionTooSmallError_Fragment = { __typename: 'VipRedemptionTooSmallError', code: ErrorCode, message: string };

type VipErrorFields_VipRedemptionUnavailableError_Fragment = { __typename: 'VipRedemptionUnavailableError', code: ErrorCode, message: string };

type VipErrorFields_VipRewardTemplateUnknownError_Fragment = { __typename: 'VipRewardTemplateUnknownError', code: ErrorCode, message: string };

type VipErrorFields_VipRewardsSuppressedError_Fragment = { __typename: 'VipRewardsSuppressedError', code: ErrorCode, message: string };

type VipErrorFields_VipTierArchivedError_Fragment = { __typename: 'VipTierArchivedError', code: ErrorCode, message: string };

type VipErrorFields_VipTierKeyTakenError_Fragment = { __typename: 'VipTierKeyTakenError', key: string, code: ErrorCode, message: string };

type VipErrorFields_VipTierRankTakenError_Fragment = { __typename: 'VipTierRankTakenError', code: ErrorCode, message: string };

type VipErrorFields_WageringCapExceededError_Fragment = { __typename: 'WageringCapExceededError', code: ErrorCode, message: string };

type VipErrorFields_WithdrawalAlreadyApprovedError_Fragment = { __typename: 'WithdrawalAlreadyApprovedError', code: ErrorCode, message: string };

type VipErrorFields_WithdrawalCompleterApprovedError_Fragment = { __typename: 'WithdrawalCompleterApprovedError', code: ErrorCode, message: string };

type VipErrorFields_WithdrawalExceedsAvailableError_Fragment = { __typename: 'WithdrawalExceedsAvailableError', code: ErrorCode, message: string };

type VipErrorFields_WithdrawalNeedsConfirmationError_Fragment = { __typename: 'WithdrawalNeedsConfirmationError', code: ErrorCode, message: string };

type VipErrorFields_WithdrawalNoRouteError_Fragment = { __typename: 'WithdrawalNoRouteError', code: ErrorCode, message: string };

type VipErrorFields_WithdrawalNotFoundError_Fragment = { __typename: 'WithdrawalNotFoundError', code: ErrorCode, message: string };

type VipErrorFields_WithdrawalNotParkedError_Fragment = { __typename: 'WithdrawalNotParkedError', code: ErrorCode, message: string };

type VipErrorFields_WithdrawalNotPendingError_Fragment = { __typename: 'WithdrawalNotPendingError', code: ErrorCode, message: string };

type VipErrorFields_WithdrawalProviderNotFundingError_Fragment = { __typename: 'WithdrawalProviderNotFundingError', code: ErrorCode, message: string };

type VipErrorFields_WithdrawalSelfApprovalError_Fragment = { __typename: 'WithdrawalSelfApprovalError', code: ErrorCode, message: string };

export type VipErrorFieldsFragment =
  | VipErrorFields_AccountDisabledError_Fragment
  | VipErrorFields_AccountFrozenError_Fragment
  | VipErrorFields_AccountNotFoundError_Fragment
  | VipErrorFields_AdjustmentNotFoundError_Fragment
  | VipErrorFields_AdjustmentNotPendingError_Fragment
  | VipErrorFields_AffiliateClosedError_Fragment
  | VipErrorFields_AffiliateCodeTakenError_Fragment
  | VipErrorFields_AffiliateEmailTakenError_Fragment
  | VipErrorFields_AffiliateHasSubsError_Fragment
  | VipErrorFields_AffiliateLinkCodeTakenError_Fragment
  | VipErrorFields_AffiliateParentIsSelfError_Fragment
  | VipErrorFields_AffiliateParentIsSubError_Fragment
  | VipErrorFields_AffiliateParentUnknownError_Fragment
  | VipErrorFields_AffiliatePlanArchivedError_Fragment
  | VipErrorFields_AffiliatePlanNameTakenError_Fragment
  | VipErrorFields_AffiliateStatementAlreadyPaidError_Fragment
  | VipErrorFields_AffiliateStatementNothingPayableError_Fragment
  | VipErrorFields_AffiliateStatementSameStaffError_Fragment
  | VipErrorFields_AffiliateStatementStatusError_Fragment
  | VipErrorFields_AlreadyReversedError_Fragment
  | VipErrorFields_AuditChainEmptyError_Fragment
  | VipErrorFields_BalanceOverflowError_Fragment
  | VipErrorFields_BonusBudgetExceededError_Fragment
  | VipErrorFields_BonusNotActiveError_Fragment
  | VipErrorFields_BonusNotEligibleError_Fragment
  | VipErrorFields_BonusNotPendingReviewError_Fragment
  | VipErrorFields_BonusTemplateArchivedError_Fragment
  | VipErrorFields_BonusTemplateNameTakenError_Fragment
  | VipErrorFields_CannotGrantError_Fragment
  | VipErrorFields_CaptureExceedsHoldError_Fragment
  | VipErrorFields_CurrencyMismatchError_Fragment
  | VipErrorFields_CurrentPasswordIncorrectError_Fragment
  | VipErrorFields_DepositLimitReachedError_Fragment
  | VipErrorFields_DisputeClosedError_Fragment
  | VipErrorFields_DisputeNotFoundError_Fragment
  | VipErrorFields_EmailTakenError_Fragment
  | VipErrorFields_ExperimentAlreadyRunningError_Fragment
  | VipErrorFields_ExperimentArmOfferUnavailableError_Fragment
  | VipErrorFields_ExperimentNotDraftError_Fragment
  | VipErrorFields_ExperimentNotRunningBanditError_Fragment
  | VipErrorFields_ExperimentNotRunningError_Fragment
  | VipErrorFields_ExperimentPlacementBusyError_Fragment
  | VipErrorFields_GameAlreadyExistsError_Fragment
  | VipErrorFields_GameCurrencyNotSupportedError_Fragment
  | VipErrorFields_GameDisabledError_Fragment
  | VipErrorFields_GameNotFoundError_Fragment
  | VipErrorFields_HoldNotFoundError_Fragment
  | VipErrorFields_HoldNotOpenError_Fragment
  | VipErrorFields_IdempotencyConflictError_Fragment
  | VipErrorFields_InsufficientFundsError_Fragment
  | VipErrorFields_InvalidCredentialsError_Fragment
  | VipErrorFields_InvalidIdError_Fragment
  | VipErrorFields_InvalidRefreshTokenError_Fragment
  | VipErrorFields_InvalidResetTokenError_Fragment
  | VipErrorFields_JobNotFailedError_Fragment
  | VipErrorFields_KycLevelAlreadyReachedError_Fragment
  | VipErrorFields_KycProviderFailedError_Fragment
  | VipErrorFields_KycProviderNotConfiguredError_Fragment
  | VipErrorFields_KycProviderUnsupportedError_Fragment
  | VipErrorFields_KycVerificationNotPendingError_Fragment
  | VipErrorFields_LocaleNotOfferedError_Fragment
  | VipErrorFields_LossLimitReachedError_Fragment
  | VipErrorFields_NotFoundError_Fragment
  | VipErrorFields_OfferArchivedError_Fragment
  | VipErrorFields_OfferClaimLimitReachedError_Fragment
  | VipErrorFields_OfferNameTakenError_Fragment
  | VipErrorFields_OfferNotAvailableError_Fragment
  | VipErrorFields_OfferNotShownError_Fragment
  | VipErrorFields_PaymentAmountOutOfBoundsError_Fragment
  | VipErrorFields_PaymentCurrencyUnsupportedError_Fragment
  | VipErrorFields_PaymentNotFoundError_Fragment
  | VipErrorFields_PaymentProviderFailedError_Fragment
  | VipErrorFields_PaymentProviderUnsupportedError_Fragment
  | VipErrorFields_PokerBuyInOutOfRangeError_Fragment
  | VipErrorFields_PokerHandFinishedError_Fragment
  | VipErrorFields_PokerIllegalActionError_Fragment
  | VipErrorFields_PokerIllegalAmountError_Fragment
  | VipErrorFields_PokerNotInHandError_Fragment
  | VipErrorFields_PokerNotSeatedError_Fragment
  | VipErrorFields_PokerNotYourTurnError_Fragment
  | VipErrorFields_PokerProviderUnavailableError_Fragment
  | VipErrorFields_PokerSeatUnavailableError_Fragment
  | VipErrorFields_PokerTableNotFoundError_Fragment
  | VipErrorFields_RefundExceedsPaymentError_Fragment
  | VipErrorFields_RgCannotShortenError_Fragment
  | VipErrorFields_RiskActionNotPendingError_Fragment
  | VipErrorFields_RiskActionSameStaffError_Fragment
  | VipErrorFields_RiskCaseClosedError_Fragment
  | VipErrorFields_RiskCaseHasPendingActionsError_Fragment
  | VipErrorFields_RiskCasePlayerNotInCaseError_Fragment
  | VipErrorFields_SelfApprovalError_Fragment
  | VipErrorFields_SelfExcludedError_Fragment
  | VipErrorFields_SessionLimitReachedError_Fragment
  | VipErrorFields_TenantDomainTakenError_Fragment
  | VipErrorFields_TenantNotFoundError_Fragment
  | VipErrorFields_TenantRequiredError_Fragment
  | VipErrorFields_TenantSlugTakenError_Fragment
  | VipErrorFields_TenantSuspendedError_Fragment
  | VipErrorFields_TimeOutActiveError_Fragment
  | VipErrorFields_TransactionNotFoundError_Fragment
  | VipErrorFields_UnknownDialectError_Fragment
  | VipErrorFields_UnknownMenuItemError_Fragment
  | VipErrorFields_UnsupportedCurrencyError_Fragment
  | VipErrorFields_ValidationError_Fragment
  | VipErrorFields_VerificationRequiredError_Fragment
  | VipErrorFields_VipAdjustmentBelowZeroError_Fragment
  | VipErrorFields_VipCheckNotPendingError_Fragment
  | VipErrorFields_VipCheckSameStaffError_Fragment
  | VipErrorFields_VipCheckTierNotHighValueError_Fragment
  | VipErrorFields_VipInsufficientPointsError_Fragment
  | VipErrorFields_VipManagerNotABenefitError_Fragment
  | VipErrorFields_VipManagerNotStaffError_Fragment
  | VipErrorFields_VipProgrammeOffError_Fragment
  | VipErrorFields_VipRedemptionPriceMismatchError_Fragment
  | VipErrorFields_VipRedemptionTooSmallError_Fragment
  | VipErrorFields_VipRedemptionUnavailableError_Fragment
  | VipErrorFields_VipRewardTemplateUnknownError_Fragment
  | VipErrorFields_VipRewardsSuppressedError_Fragment
  | VipErrorFields_VipTierArchivedError_Fragment
  | VipErrorFields_VipTierKeyTakenError_Fragment
  | VipErrorFields_VipTierRankTakenError_Fragment
  | VipErrorFields_WageringCapExceededError_Fragment
  | VipErrorFields_WithdrawalAlreadyApprovedError_Fragment
  | VipErrorFields_WithdrawalCompleterApprovedError_Fragment
  | VipErrorFields_WithdrawalExceedsAvailableError_Fragment
  | VipErrorFields_WithdrawalNeedsConfirmationError_Fragment
  | VipErrorFields_WithdrawalNoRouteError_Fragment
  | VipErrorFields_WithdrawalNotFoundError_Fragment
  | VipErrorFields_WithdrawalNotParkedError_Fragment
  | VipErrorFields_WithdrawalNotPendingError_Fragment
  | VipErrorFields_WithdrawalProviderNotFundingError_Fragment
  | VipErrorFields_WithdrawalSelfApprovalError_Fragment
;

export type VipSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type VipSettingsQuery = { vipSettings: { enabled: boolean, windowDays: number, reviewDays: number, graceDays: number, downgradePolicy: VipDowngradePolicy, expiryDays: number | null, minAge: number | null, checkValidityDays: number, version: number, earnRates: Array<{ currency: string, perPoint: string }>, rakeRates: Array<{ currency: string, perPoint: string }>, gameWeights: { default: number, games: Array<{ game: string, percent: number }>, categories: Array<{ category: GameCategory, percent: number }> }, cashRedemption: Array<{ currency: string, perPoint: string }>, bonusRedemptions: Array<{ points: string, template: { id: string } | null }> } | null };

export type VipTiersQueryVariables = Exact<{
  archived?: boolean | null | undefined;
}>;


export type VipTiersQuery = { vipTiers: Array<{ id: string, key: string, name: string, rank: number, threshold: string, archivedAt: string | null, version: number, benefits: { pointRate: number, monthlyReward: boolean, withdrawalPriority: boolean, personalManager: boolean, highValue: boolean, monthlyRewardTemplate: { id: string } | null } }> | null };

export type MyVipStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVipStatusQuery = { myVipStatus: { tierSince: string | null, pointsInWindow: string, windowDays: number, pointsToNextTier: string | null, windowRollsAt: string | null, reviewAt: string | null, graceUntil: string | null, missingChecks: Array<VipCheckKind>, suppressed: VipSuppressionReason | null, tier: { id: string, key: string, name: string } | null, earnedTier: { id: string, key: string } | null, nextTier: { id: string, key: string } | null, heldTier: { id: string, key: string } | null, benefits: { pointRate: number, withdrawalPriority: boolean, personalManager: boolean, highValue: boolean } | null, manager: { name: string, staffUser: { id: string } | null } | null, reasons: Array<{ code: VipStatusReasonCode, message: string }>, history: { totalCount: number, nodes: Array<{ id: string, kind: VipStatusChangeKind, points: string | null, missingChecks: Array<VipCheckKind>, createdAt: string, fromTier: { key: string } | null, toTier: { key: string } | null }> } } | null };

export type PlayerVipStatusQueryVariables = Exact<{
  id: string;
}>;


export type PlayerVipStatusQuery = { player: { id: string, vipStatus: { tierSince: string | null, pointsInWindow: string, windowDays: number, pointsToNextTier: string | null, windowRollsAt: string | null, reviewAt: string | null, graceUntil: string | null, missingChecks: Array<VipCheckKind>, suppressed: VipSuppressionReason | null, tier: { id: string, key: string, name: string } | null, earnedTier: { id: string, key: string } | null, nextTier: { id: string, key: string } | null, heldTier: { id: string, key: string } | null, benefits: { pointRate: number, withdrawalPriority: boolean, personalManager: boolean, highValue: boolean } | null, manager: { name: string, staffUser: { id: string } | null } | null, reasons: Array<{ code: VipStatusReasonCode, message: string }>, history: { totalCount: number, nodes: Array<{ id: string, kind: VipStatusChangeKind, points: string | null, missingChecks: Array<VipCheckKind>, createdAt: string, fromTier: { key: string } | null, toTier: { key: string } | null }> } } } | null };

export type UpdateVipSettingsMutationVariables = Exact<{
  input: UpdateVipSettingsInput;
}>;


export type UpdateVipSettingsMutation = { updateVipSettings:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UpdateVipSettingsPayload', settings: { enabled: boolean, windowDays: number, reviewDays: number, graceDays: number, downgradePolicy: VipDowngradePolicy, expiryDays: number | null, minAge: number | null, checkValidityDays: number, version: number, earnRates: Array<{ currency: string, perPoint: string }>, rakeRates: Array<{ currency: string, perPoint: string }>, gameWeights: { default: number, games: Array<{ game: string, percent: number }>, categories: Array<{ category: GameCategory, percent: number }> }, cashRedemption: Array<{ currency: string, perPoint: string }>, bonusRedemptions: Array<{ points: string, template: { id: string } | null }> } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type CreateVipTierMutationVariables = Exact<{
  input: CreateVipTierInput;
}>;


export type CreateVipTierMutation = { createVipTier:
    | { __typename: 'CreateVipTierPayload', tier: { id: string, key: string, name: string, rank: number, threshold: string, archivedAt: string | null, version: number, benefits: { pointRate: number, monthlyReward: boolean, withdrawalPriority: boolean, personalManager: boolean, highValue: boolean, monthlyRewardTemplate: { id: string } | null } } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'VipRewardTemplateUnknownError', code: ErrorCode, message: string }
    | { __typename: 'VipTierKeyTakenError', key: string, code: ErrorCode, message: string }
    | { __typename: 'VipTierRankTakenError', code: ErrorCode, message: string }
   };

export type UpdateVipTierMutationVariables = Exact<{
  input: UpdateVipTierInput;
}>;


export type UpdateVipTierMutation = { updateVipTier:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'UpdateVipTierPayload', tier: { id: string, key: string, name: string, rank: number, threshold: string, archivedAt: string | null, version: number, benefits: { pointRate: number, monthlyReward: boolean, withdrawalPriority: boolean, personalManager: boolean, highValue: boolean, monthlyRewardTemplate: { id: string } | null } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
    | { __typename: 'VipRewardTemplateUnknownError', code: ErrorCode, message: string }
    | { __typename: 'VipTierArchivedError', code: ErrorCode, message: string }
    | { __typename: 'VipTierRankTakenError', code: ErrorCode, message: string }
   };

export type ArchiveVipTierMutationVariables = Exact<{
  input: ArchiveVipTierInput;
}>;


export type ArchiveVipTierMutation = { archiveVipTier:
    | { __typename: 'ArchiveVipTierPayload', tier: { id: string, key: string, name: string, rank: number, threshold: string, archivedAt: string | null, version: number, benefits: { pointRate: number, monthlyReward: boolean, withdrawalPriority: boolean, personalManager: boolean, highValue: boolean, monthlyRewardTemplate: { id: string } | null } } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
   };

export type AssignVipManagerMutationVariables = Exact<{
  input: AssignVipManagerInput;
}>;


export type AssignVipManagerMutation = { assignVipManager:
    | { __typename: 'AssignVipManagerPayload', status: { tierSince: string | null, pointsInWindow: string, windowDays: number, pointsToNextTier: string | null, windowRollsAt: string | null, reviewAt: string | null, graceUntil: string | null, missingChecks: Array<VipCheckKind>, suppressed: VipSuppressionReason | null, tier: { id: string, key: string, name: string } | null, earnedTier: { id: string, key: string } | null, nextTier: { id: string, key: string } | null, heldTier: { id: string, key: string } | null, benefits: { pointRate: number, withdrawalPriority: boolean, personalManager: boolean, highValue: boolean } | null, manager: { name: string, staffUser: { id: string } | null } | null, reasons: Array<{ code: VipStatusReasonCode, message: string }>, history: { totalCount: number, nodes: Array<{ id: string, kind: VipStatusChangeKind, points: string | null, missingChecks: Array<VipCheckKind>, createdAt: string, fromTier: { key: string } | null, toTier: { key: string } | null }> } } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TenantSuspendedError', code: ErrorCode, message: string }
    | { __typename: 'VipManagerNotABenefitError', code: ErrorCode, message: string }
    | { __typename: 'VipManagerNotStaffError', code: ErrorCode, message: string }
   };

export type VipStatusChangedSubscriptionVariables = Exact<{
  playerId?: string | null | undefined;
}>;


export type VipStatusChangedSubscription = { vipStatusChanged: { seq: number, kind: VipStatusChangeKind, occurredAt: string, player: { id: string } | null, tier: { key: string } | null, previousTier: { key: string } | null } };

export type SetPlayerDateOfBirthMutationVariables = Exact<{
  input: SetPlayerDateOfBirthInput;
}>;


export type SetPlayerDateOfBirthMutation = { setPlayerDateOfBirth:
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'SetPlayerDateOfBirthPayload', player: { id: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type WalletMoneyFieldsFragment = { amount: string, currency: string, decimal: string };

export type WalletActorFieldsFragment = { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null };

export type LedgerTransactionFieldsFragment = { id: string, code: string, reference: string | null, createdAt: string, reverses: { id: string } | null, reversedBy: { id: string } | null, createdBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, entries: Array<{ seq: string, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind }, amount: { amount: string, currency: string }, balanceAfter: { amount: string } }> };

export type LedgerHoldFieldsFragment = { id: string, status: HoldStatus, expiresAt: string | null, account: { id: string }, amount: { amount: string, currency: string }, captured: { amount: string } | null, transaction: { id: string } | null };

export type LedgerAccountFieldsFragment = { id: string, ownerType: LedgerOwnerType, ownerRef: string | null, currency: string, kind: LedgerAccountKind, stripe: number, floorPolicy: LedgerFloorPolicy, frozen: boolean, seq: string, owner: { id: string } | null, balance: { amount: string }, held: { amount: string }, available: { amount: string } };

export type WalletBalanceFieldsFragment = { currency: string, cash: { amount: string, currency: string, decimal: string }, bonus: { amount: string, currency: string, decimal: string }, held: { amount: string, currency: string, decimal: string }, available: { amount: string, currency: string, decimal: string } };

export type WalletQueryVariables = Exact<{ [key: string]: never; }>;


export type WalletQuery = { wallet: Array<{ currency: string, cash: { amount: string, currency: string, decimal: string }, bonus: { amount: string, currency: string, decimal: string }, held: { amount: string, currency: string, decimal: string }, available: { amount: string, currency: string, decimal: string } }> | null };

export type PlayerBalancesQueryVariables = Exact<{
  id: string;
}>;


export type PlayerBalancesQuery = { node:
    | { id: string, balances: Array<{ currency: string, cash: { amount: string, currency: string, decimal: string }, bonus: { amount: string, currency: string, decimal: string }, held: { amount: string, currency: string, decimal: string }, available: { amount: string, currency: string, decimal: string } }> }
    | Record<PropertyKey, never>
   | null };

export type WalletStatementQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: WalletStatementFilter | null | undefined;
}>;


export type WalletStatementQuery = { walletStatement: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, code: string, reference: string | null, currency: string, kind: LedgerAccountKind, createdAt: string, amount: { amount: string, currency: string }, balanceAfter: { amount: string } } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type WalletBalanceAtQueryVariables = Exact<{
  currency: string;
  at: string;
}>;


export type WalletBalanceAtQuery = { walletBalanceAt: { currency: string, at: string, cash: { amount: string }, bonus: { amount: string } } | null };

export type LedgerAccountsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: LedgerAccountFilter | null | undefined;
}>;


export type LedgerAccountsQuery = { ledgerAccounts: { totalCount: number, edges: Array<{ node: { id: string, ownerType: LedgerOwnerType, ownerRef: string | null, currency: string, kind: LedgerAccountKind, stripe: number, floorPolicy: LedgerFloorPolicy, frozen: boolean, seq: string, owner: { id: string } | null, balance: { amount: string }, held: { amount: string }, available: { amount: string } } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type LedgerTransactionQueryVariables = Exact<{
  id: string;
}>;


export type LedgerTransactionQuery = { ledgerTransaction: { id: string, code: string, reference: string | null, createdAt: string, reverses: { id: string } | null, reversedBy: { id: string } | null, createdBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, entries: Array<{ seq: string, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind }, amount: { amount: string, currency: string }, balanceAfter: { amount: string } }> } | null };

export type LedgerTransactionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: LedgerTransactionFilter | null | undefined;
}>;


export type LedgerTransactionsQuery = { ledgerTransactions: { totalCount: number, nodes: Array<{ id: string, code: string, reference: string | null, createdAt: string, reverses: { id: string } | null, reversedBy: { id: string } | null, createdBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, entries: Array<{ seq: string, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind }, amount: { amount: string, currency: string }, balanceAfter: { amount: string } }> }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type LedgerNodeQueryVariables = Exact<{
  id: string;
}>;


export type LedgerNodeQuery = { node:
    | { __typename: 'Affiliate', id: string }
    | { __typename: 'AffiliateLink', id: string }
    | { __typename: 'AffiliatePlan', id: string }
    | { __typename: 'AffiliateStatement', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'AuditCheckpoint', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BackgroundJob', id: string }
    | { __typename: 'BonusBudget', id: string }
    | { __typename: 'BonusGrant', id: string }
    | { __typename: 'BonusTemplate', id: string }
    | { __typename: 'CollusionPair', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'Experiment', id: string }
    | { __typename: 'Game', id: string }
    | { __typename: 'GameProvider', id: string }
    | { __typename: 'JobQueue', id: string }
    | { __typename: 'KycProvider', id: string }
    | { __typename: 'KycVerification', id: string }
    | { __typename: 'LedgerAccount', currency: string, id: string, balance: { amount: string } }
    | { __typename: 'LedgerHold', id: string, holdStatus: HoldStatus }
    | { __typename: 'LedgerTransaction', code: string, id: string }
    | { __typename: 'MenuChange', id: string }
    | { __typename: 'Offer', id: string }
    | { __typename: 'OfferClaim', id: string }
    | { __typename: 'OfferDecision', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PaymentProvider', id: string }
    | { __typename: 'Player', id: string }
    | { __typename: 'PlayerNote', id: string }
    | { __typename: 'PlayerOffer', id: string }
    | { __typename: 'PlayerSession', id: string }
    | { __typename: 'PokerHand', id: string }
    | { __typename: 'PokerTable', id: string }
    | { __typename: 'RiskCase', id: string }
    | { __typename: 'RiskCaseAction', id: string }
    | { __typename: 'RiskLink', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'Tenant', id: string }
    | { __typename: 'VipCheck', id: string }
    | { __typename: 'VipPointsAdjustment', id: string }
    | { __typename: 'VipRedemption', id: string }
    | { __typename: 'VipReward', id: string }
    | { __typename: 'VipStatusChange', id: string }
    | { __typename: 'VipTier', id: string }
    | { __typename: 'WalletAdjustment', id: string, adjustmentStatus: WalletAdjustmentStatus }
    | { __typename: 'WalletStatementLine', code: string, id: string }
    | { __typename: 'Withdrawal', id: string }
   | null };

export type PostedTransactionFieldsFragment = { id: string, code: string, reference: string | null, createdAt: string, createdBy: { kind: WalletActorKind, apiKey: { id: string } | null }, entries: Array<{ seq: string, account: { id: string }, amount: { amount: string }, balanceAfter: { amount: string } }> };

export type PostTransfersMutationVariables = Exact<{
  input: PostTransfersInput;
}>;


export type PostTransfersMutation = { postTransfers:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string }
    | { __typename: 'DepositLimitReachedError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'PostTransfersPayload', replay: boolean, transaction: { id: string, code: string, reference: string | null, createdAt: string, createdBy: { kind: WalletActorKind, apiKey: { id: string } | null }, entries: Array<{ seq: string, account: { id: string }, amount: { amount: string }, balanceAfter: { amount: string } }> } }
    | { __typename: 'SelfExcludedError', code: ErrorCode, message: string }
    | { __typename: 'TimeOutActiveError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ReserveHoldMutationVariables = Exact<{
  input: ReserveHoldInput;
}>;


export type ReserveHoldMutation = { reserveHold:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'ReserveHoldPayload', replay: boolean, hold: { id: string, status: HoldStatus, expiresAt: string | null, account: { id: string }, amount: { amount: string, currency: string }, captured: { amount: string } | null, transaction: { id: string } | null } }
    | { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type CaptureHoldMutationVariables = Exact<{
  input: CaptureHoldInput;
}>;


export type CaptureHoldMutation = { captureHold:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'CaptureExceedsHoldError', code: ErrorCode, message: string }
    | { __typename: 'CaptureHoldPayload', replay: boolean, hold: { id: string, status: HoldStatus, expiresAt: string | null, account: { id: string }, amount: { amount: string, currency: string }, captured: { amount: string } | null, transaction: { id: string } | null }, transaction: { id: string, code: string, reference: string | null, createdAt: string, reverses: { id: string } | null, reversedBy: { id: string } | null, createdBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, entries: Array<{ seq: string, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind }, amount: { amount: string, currency: string }, balanceAfter: { amount: string } }> } }
    | { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string }
    | { __typename: 'HoldNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'HoldNotOpenError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ReleaseHoldMutationVariables = Exact<{
  input: ReleaseHoldInput;
}>;


export type ReleaseHoldMutation = { releaseHold:
    | { __typename: 'HoldNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'HoldNotOpenError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'ReleaseHoldPayload', replay: boolean, hold: { id: string, status: HoldStatus, expiresAt: string | null, account: { id: string }, amount: { amount: string, currency: string }, captured: { amount: string } | null, transaction: { id: string } | null } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ReverseLedgerTransactionMutationVariables = Exact<{
  input: ReverseLedgerTransactionInput;
}>;


export type ReverseLedgerTransactionMutation = { reverseLedgerTransaction:
    | { __typename: 'AlreadyReversedError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'ReverseLedgerTransactionPayload', replay: boolean, reversal: { id: string, code: string, reference: string | null, createdAt: string, reverses: { id: string } | null, reversedBy: { id: string } | null, createdBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, entries: Array<{ seq: string, account: { id: string, ownerType: LedgerOwnerType, currency: string, kind: LedgerAccountKind }, amount: { amount: string, currency: string }, balanceAfter: { amount: string } }> } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'TransactionNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type FreezeLedgerAccountMutationVariables = Exact<{
  input: FreezeLedgerAccountInput;
}>;


export type FreezeLedgerAccountMutation = { freezeLedgerAccount:
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'FreezeLedgerAccountPayload', account: { id: string, ownerType: LedgerOwnerType, ownerRef: string | null, currency: string, kind: LedgerAccountKind, stripe: number, floorPolicy: LedgerFloorPolicy, frozen: boolean, seq: string, owner: { id: string } | null, balance: { amount: string }, held: { amount: string }, available: { amount: string } } }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type UnfreezeLedgerAccountMutationVariables = Exact<{
  input: UnfreezeLedgerAccountInput;
}>;


export type UnfreezeLedgerAccountMutation = { unfreezeLedgerAccount:
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'UnfreezeLedgerAccountPayload', account: { id: string, ownerType: LedgerOwnerType, ownerRef: string | null, currency: string, kind: LedgerAccountKind, stripe: number, floorPolicy: LedgerFloorPolicy, frozen: boolean, seq: string, owner: { id: string } | null, balance: { amount: string }, held: { amount: string }, available: { amount: string } } }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type LedgerAccountEventFieldsFragment = { seq: number, currency: string, kind: LedgerAccountKind, code: string, account: { id: string }, balance: { amount: string }, held: { amount: string }, available: { amount: string }, transaction: { id: string } | null, hold: { id: string } | null };

export type WalletUpdatedSubscriptionVariables = Exact<{
  after?: Array<LedgerAccountPositionInput> | LedgerAccountPositionInput | null | undefined;
}>;


export type WalletUpdatedSubscription = { walletUpdated: { seq: number, currency: string, kind: LedgerAccountKind, code: string, account: { id: string }, balance: { amount: string }, held: { amount: string }, available: { amount: string }, transaction: { id: string } | null, hold: { id: string } | null } };

export type LedgerEventsSubscriptionVariables = Exact<{
  after?: Array<LedgerAccountPositionInput> | LedgerAccountPositionInput | null | undefined;
}>;


export type LedgerEventsSubscription = { ledgerEvents: { seq: number, currency: string, kind: LedgerAccountKind, code: string, account: { ownerType: LedgerOwnerType, id: string, owner: { id: string } | null }, balance: { amount: string }, held: { amount: string }, available: { amount: string }, transaction: { id: string } | null, hold: { id: string } | null } };

export type WalletAdjustmentFieldsFragment = { id: string, reason: string, status: WalletAdjustmentStatus, account: { id: string }, amount: { amount: string, currency: string }, requestedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, decidedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null } | null, transaction: { id: string } | null };

export type WalletAdjustmentsQueryVariables = Exact<{
  filter?: WalletAdjustmentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WalletAdjustmentsQuery = { walletAdjustments: { totalCount: number, edges: Array<{ node: { id: string, reason: string, status: WalletAdjustmentStatus, account: { id: string }, amount: { amount: string, currency: string }, requestedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, decidedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null } | null, transaction: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null };

export type RequestWalletAdjustmentMutationVariables = Exact<{
  input: RequestWalletAdjustmentInput;
}>;


export type RequestWalletAdjustmentMutation = { requestWalletAdjustment:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AccountNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'RequestWalletAdjustmentPayload', replay: boolean, adjustment: { id: string, reason: string, status: WalletAdjustmentStatus, account: { id: string }, amount: { amount: string, currency: string }, requestedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, decidedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null } | null, transaction: { id: string } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'UnsupportedCurrencyError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type ApproveWalletAdjustmentMutationVariables = Exact<{
  input: ApproveWalletAdjustmentInput;
}>;


export type ApproveWalletAdjustmentMutation = { approveWalletAdjustment:
    | { __typename: 'AccountFrozenError', code: ErrorCode, message: string }
    | { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string }
    | { __typename: 'ApproveWalletAdjustmentPayload', replay: boolean, adjustment: { id: string, reason: string, status: WalletAdjustmentStatus, account: { id: string }, amount: { amount: string, currency: string }, requestedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, decidedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null } | null, transaction: { id: string } | null } }
    | { __typename: 'BalanceOverflowError', code: ErrorCode, message: string, ledgerAccount: { id: string } | null }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InsufficientFundsError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'SelfApprovalError', code: ErrorCode, message: string }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type RejectWalletAdjustmentMutationVariables = Exact<{
  input: RejectWalletAdjustmentInput;
}>;


export type RejectWalletAdjustmentMutation = { rejectWalletAdjustment:
    | { __typename: 'AdjustmentNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'AdjustmentNotPendingError', code: ErrorCode, message: string }
    | { __typename: 'IdempotencyConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidIdError', code: ErrorCode, message: string, expectedType: string, path: Array<string> }
    | { __typename: 'RejectWalletAdjustmentPayload', adjustment: { id: string, reason: string, status: WalletAdjustmentStatus, account: { id: string }, amount: { amount: string, currency: string }, requestedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null }, decidedBy: { kind: WalletActorKind, providerCode: string | null, staffUser: { id: string, email: string } | null, apiKey: { id: string, name: string } | null, player: { id: string } | null } | null, transaction: { id: string } | null } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type SetWalletApprovalThresholdMutationVariables = Exact<{
  input: SetWalletApprovalThresholdInput;
}>;


export type SetWalletApprovalThresholdMutation = { setWalletApprovalThreshold:
    | { __typename: 'SetWalletApprovalThresholdPayload', threshold: { amount: string, currency: string } }
    | { __typename: 'TenantNotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TenantRequiredError', code: ErrorCode, message: string }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, issues: Array<{ path: Array<string>, message: string }> }
   };

export type NodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Affiliate', id: string }
    | { __typename: 'AffiliateLink', id: string }
    | { __typename: 'AffiliatePlan', id: string }
    | { __typename: 'AffiliateStatement', id: string }
    | { __typename: 'ApiKey', name: string, id: string }
    | { __typename: 'AuditCheckpoint', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BackgroundJob', id: string }
    | { __typename: 'BonusBudget', id: string }
    | { __typename: 'BonusGrant', id: string }
    | { __typename: 'BonusTemplate', id: string }
    | { __typename: 'CollusionPair', id: string }
    | { __typename: 'Dispute', id: string }
    | { __typename: 'Experiment', id: string }
    | { __typename: 'Game', id: string }
    | { __typename: 'GameProvider', id: string }
    | { __typename: 'JobQueue', id: string }
    | { __typename: 'KycProvider', id: string }
    | { __typename: 'KycVerification', id: string }
    | { __typename: 'LedgerAccount', id: string }
    | { __typename: 'LedgerHold', id: string }
    | { __typename: 'LedgerTransaction', id: string }
    | { __typename: 'MenuChange', id: string }
    | { __typename: 'Offer', id: string }
    | { __typename: 'OfferClaim', id: string }
    | { __typename: 'OfferDecision', id: string }
    | { __typename: 'Payment', id: string }
    | { __typename: 'PaymentProvider', id: string }
    | { __typename: 'Player', email: string, id: string }
    | { __typename: 'PlayerNote', id: string }
    | { __typename: 'PlayerOffer', id: string }
    | { __typename: 'PlayerSession', id: string }
    | { __typename: 'PokerHand', id: string }
    | { __typename: 'PokerTable', id: string }
    | { __typename: 'RiskCase', id: string }
    | { __typename: 'RiskCaseAction', id: string }
    | { __typename: 'RiskLink', id: string }
    | { __typename: 'StaffUser', email: string, id: string }
    | { __typename: 'Tenant', slug: string, id: string }
    | { __typename: 'VipCheck', id: string }
    | { __typename: 'VipPointsAdjustment', id: string }
    | { __typename: 'VipRedemption', id: string }
    | { __typename: 'VipReward', id: string }
    | { __typename: 'VipStatusChange', id: string }
    | { __typename: 'VipTier', id: string }
    | { __typename: 'WalletAdjustment', id: string }
    | { __typename: 'WalletStatementLine', id: string }
    | { __typename: 'Withdrawal', id: string }
   | null> | null };

export const AffiliateMoneyFieldsFragmentDoc = gql`
    fragment AffiliateMoneyFields on Money {
  amount
  currency
}
    `;
export const AffiliateCpaTermsFieldsFragmentDoc = gql`
    fragment AffiliateCpaTermsFields on AffiliateCpaTerms {
  windowDays
  holdDays
  minBets
  byCurrency {
    currency
    amount {
      ...AffiliateMoneyFields
    }
    baseline {
      ...AffiliateMoneyFields
    }
    minWagered {
      ...AffiliateMoneyFields
    }
  }
}
    ${AffiliateMoneyFieldsFragmentDoc}`;
export const AffiliateRevShareTermsFieldsFragmentDoc = gql`
    fragment AffiliateRevShareTermsFields on AffiliateRevShareTerms {
  basis
  mode
  ngrTiers {
    currency
    tiers {
      from {
        ...AffiliateMoneyFields
      }
      rate
    }
  }
  playerTiers {
    from
    rate
  }
}
    ${AffiliateMoneyFieldsFragmentDoc}`;
export const AffiliateNgrRulesFieldsFragmentDoc = gql`
    fragment AffiliateNgrRulesFields on AffiliateNgrRules {
  bonusCost
  chargebacks
  depositFee
  withdrawalFee
  gamingTax
  adminFee {
    kind
    rate
    byCurrency {
      amount {
        ...AffiliateMoneyFields
      }
    }
  }
}
    ${AffiliateMoneyFieldsFragmentDoc}`;
export const AffiliatePlanFieldsFragmentDoc = gql`
    fragment AffiliatePlanFields on AffiliatePlan {
  id
  name
  version
  archived
  archivedAt
  terms {
    cpa {
      ...AffiliateCpaTermsFields
    }
    revShare {
      ...AffiliateRevShareTermsFields
    }
    ngr {
      ...AffiliateNgrRulesFields
    }
    negativeCarryover
    subAffiliateRate
    clawbackDays
  }
  createdAt
  updatedAt
}
    ${AffiliateCpaTermsFieldsFragmentDoc}
${AffiliateRevShareTermsFieldsFragmentDoc}
${AffiliateNgrRulesFieldsFragmentDoc}`;
export const AffiliatePlanSummaryFieldsFragmentDoc = gql`
    fragment AffiliatePlanSummaryFields on AffiliatePlan {
  id
  name
  version
  archived
  archivedAt
  terms {
    negativeCarryover
    subAffiliateRate
    clawbackDays
  }
  createdAt
  updatedAt
}
    `;
export const AffiliateStatementSummaryFieldsFragmentDoc = gql`
    fragment AffiliateStatementSummaryFields on AffiliateStatement {
  id
  periodStart
  periodEnd
  planVersion
  status
  submittedAt
  approvedAt
  paidAt
  rejectionReason
  affiliate {
    id
    code
  }
  plan {
    id
  }
  currencies {
    currency
    due {
      ...AffiliateMoneyFields
    }
    payable {
      ...AffiliateMoneyFields
    }
  }
}
    ${AffiliateMoneyFieldsFragmentDoc}`;
export const AffiliateStatementFieldsFragmentDoc = gql`
    fragment AffiliateStatementFields on AffiliateStatement {
  id
  periodStart
  periodEnd
  planVersion
  status
  unpriced {
    currency
    players
    stakes {
      amount
    }
    wins {
      amount
    }
    deposits {
      amount
    }
  }
  affiliate {
    id
    code
  }
  plan {
    id
    name
  }
  submittedBy {
    id
  }
  submittedAt
  approvedBy {
    id
  }
  approvedAt
  rejectedBy {
    id
  }
  rejectedAt
  rejectionReason
  paidAt
  newPayingPlayers
  funnel {
    clicks
    registrations
    firstDeposits
    qualified
    excluded
    approved
  }
  currencies {
    currency
    ngr {
      stakes {
        ...AffiliateMoneyFields
      }
      wins {
        ...AffiliateMoneyFields
      }
      ggr {
        ...AffiliateMoneyFields
      }
      bonusCost {
        ...AffiliateMoneyFields
      }
      chargebacks {
        ...AffiliateMoneyFields
      }
      depositFees {
        ...AffiliateMoneyFields
      }
      withdrawalFees {
        ...AffiliateMoneyFields
      }
      gamingTax {
        ...AffiliateMoneyFields
      }
      adminFee {
        ...AffiliateMoneyFields
      }
      ngr {
        ...AffiliateMoneyFields
      }
    }
    revShare {
      basis
      mode
      measure
      tier
      bands {
        from
        to
        rate
        ngr {
          ...AffiliateMoneyFields
        }
      }
      amount {
        ...AffiliateMoneyFields
      }
    }
    carriedInRevShare {
      ...AffiliateMoneyFields
    }
    carriedInDebt {
      ...AffiliateMoneyFields
    }
    revShareBalance {
      ...AffiliateMoneyFields
    }
    revSharePayable {
      ...AffiliateMoneyFields
    }
    own {
      ...AffiliateMoneyFields
    }
    subAffiliateOverride {
      ...AffiliateMoneyFields
    }
    due {
      ...AffiliateMoneyFields
    }
    payable {
      ...AffiliateMoneyFields
    }
    carryOutRevShare {
      ...AffiliateMoneyFields
    }
    carryOutDebt {
      ...AffiliateMoneyFields
    }
    lines {
      kind
      amount {
        ...AffiliateMoneyFields
      }
      players {
        id
      }
      subAffiliate {
        id
      }
      explanation
    }
    commissionTransaction {
      id
    }
    payout {
      amount {
        ...AffiliateMoneyFields
      }
      method
      reference
      paidBy {
        id
      }
      paidAt
      transaction {
        id
      }
    }
  }
}
    ${AffiliateMoneyFieldsFragmentDoc}`;
export const AffiliateFieldsFragmentDoc = gql`
    fragment AffiliateFields on Affiliate {
  id
  code
  name
  email
  status
  parent {
    id
    code
  }
  version
  createdAt
  updatedAt
}
    `;
export const AffiliateLinkFieldsFragmentDoc = gql`
    fragment AffiliateLinkFields on AffiliateLink {
  id
  code
  landingUrl
  campaign
  clickPath
  affiliate {
    id
  }
  createdAt
}
    `;
export const AffiliateExclusionFieldsFragmentDoc = gql`
    fragment AffiliateExclusionFields on AffiliateExclusion {
  reason
  note
  excludedBy
  excludedAt
}
    `;
export const AuditActorFieldsFragmentDoc = gql`
    fragment AuditActorFields on AuditActor {
  __typename
  ... on Player {
    id
    email
  }
  ... on StaffUser {
    id
    email
  }
  ... on ApiKey {
    id
    name
  }
  ... on AuditSystemActor {
    kind
    job
  }
}
    `;
export const AuditEventFieldsFragmentDoc = gql`
    fragment AuditEventFields on AuditEvent {
  id
  seq
  occurredAt
  actorKind
  actor {
    ...AuditActorFields
  }
  action
  targetType
  targetRef
  target {
    __typename
    id
  }
  diff
  requestRef
  ip
  prevHash
  hash
}
    ${AuditActorFieldsFragmentDoc}`;
export const AuditCheckpointFieldsFragmentDoc = gql`
    fragment AuditCheckpointFields on AuditCheckpoint {
  id
  seq
  headHash
  signedAt
  keyFingerprint
  signature
  createdBy {
    ...AuditActorFields
  }
}
    ${AuditActorFieldsFragmentDoc}`;
export const BanditStateFieldsFragmentDoc = gql`
    fragment BanditStateFields on BanditState {
  phase
  enoughData
  minExposuresPerArm
  lastReweightAt
  nextReweightAt
  winnerArmKey
  winnerDeclaredAt
  arms {
    armKey
    isControl
    stopped
    weight
    pBest
    exposed
    measured
    stoppedReason
    stoppedAt
  }
  stoppedArms {
    armKey
    stoppedReason
    stoppedAt
  }
  history(first: $historyFirst) {
    period
    startsAt
    endsAt
    reason
    weights {
      armKey
      weight
      pBest
    }
  }
}
    `;
export const BonusMoneyFieldsFragmentDoc = gql`
    fragment BonusMoneyFields on Money {
  amount
  currency
}
    `;
export const BonusTermsFieldsFragmentDoc = gql`
    fragment BonusTermsFields on BonusTerms {
  kind
  product
  currencies {
    currency
    amount {
      ...BonusMoneyFields
    }
    maxBonus {
      ...BonusMoneyFields
    }
    minDeposit {
      ...BonusMoneyFields
    }
    maxBet {
      ...BonusMoneyFields
    }
    freeBetStake {
      ...BonusMoneyFields
    }
  }
  matchPercent
  cashbackPercent
  cashbackPeriod
  freeBets {
    count
    games
    winsTo
  }
  wagering {
    multiplier
    base
  }
  gameWeights {
    scope
    key
    percent
  }
  maxConversionMultiple
  validityHours
  eligibility {
    countries
    tags
    excludedTags
  }
}
    ${BonusMoneyFieldsFragmentDoc}`;
export const BonusTemplateFieldsFragmentDoc = gql`
    fragment BonusTemplateFields on BonusTemplate {
  id
  name
  kind
  product
  status
  version
  wageringMultiple
  terms {
    ...BonusTermsFields
  }
  createdBy
  createdAt
  updatedAt
}
    ${BonusTermsFieldsFragmentDoc}`;
export const BonusTemplateSummaryFieldsFragmentDoc = gql`
    fragment BonusTemplateSummaryFields on BonusTemplate {
  id
  name
  kind
  product
  status
  version
  wageringMultiple
  terms {
    wagering {
      multiplier
      base
    }
    validityHours
  }
  createdAt
  updatedAt
}
    `;
export const BonusBudgetFieldsFragmentDoc = gql`
    fragment BonusBudgetFields on BonusBudget {
  id
  template {
    id
    name
  }
  currency
  basis
  period
  totalLimit {
    ...BonusMoneyFields
  }
  perPlayerLimit {
    ...BonusMoneyFields
  }
  usage {
    periodStart
    periodEnd
    reserved {
      ...BonusMoneyFields
    }
    consumed {
      ...BonusMoneyFields
    }
    remaining {
      ...BonusMoneyFields
    }
  }
  createdAt
  updatedAt
}
    ${BonusMoneyFieldsFragmentDoc}`;
export const BonusSettingsFieldsFragmentDoc = gql`
    fragment BonusSettingsFields on BonusSettings {
  jurisdiction
  maxWageringMultiplier
  wageringCap
  wageringCapRule
  updatedAt
}
    `;
export const ErrorFieldsFragmentDoc = gql`
    fragment ErrorFields on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on BalanceOverflowError {
    ledgerAccount {
      id
    }
  }
}
    `;
export const BonusTemplateErrorFieldsFragmentDoc = gql`
    fragment BonusTemplateErrorFields on Error {
  ...ErrorFields
  ... on WageringCapExceededError {
    rule
    cap
    effectiveMultiple
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const BonusMoneyFragmentDoc = gql`
    fragment BonusMoney on Money {
  amount
  currency
  decimal
}
    `;
export const BonusGrantFieldsFragmentDoc = gql`
    fragment BonusGrantFields on BonusGrant {
  id
  player {
    id
  }
  template {
    id
    name
  }
  templateVersion
  currency
  kind
  status
  granted {
    ...BonusMoney
  }
  balance {
    ...BonusMoney
  }
  converted {
    ...BonusMoney
  }
  forfeited {
    ...BonusMoney
  }
  forfeitCost {
    ...BonusMoney
  }
  progress {
    wagered {
      ...BonusMoney
    }
    required {
      ...BonusMoney
    }
    percent
    contributions {
      gameCode
      staked {
        ...BonusMoney
      }
      wagered {
        ...BonusMoney
      }
    }
  }
  maxBet {
    ...BonusMoney
  }
  freeBets {
    total
    used
    stake {
      ...BonusMoney
    }
    games
  }
  expiresAt
  endReason
  endedAt
  createdAt
}
    ${BonusMoneyFragmentDoc}`;
export const BonusGrantSummaryFragmentDoc = gql`
    fragment BonusGrantSummary on BonusGrant {
  id
  player {
    id
  }
  currency
  kind
  status
  granted {
    amount
  }
  balance {
    amount
  }
  forfeitCost {
    amount
  }
  progress {
    percent
  }
  expiresAt
  endReason
  createdAt
}
    `;
export const BonusGrantReviewFieldsFragmentDoc = gql`
    fragment BonusGrantReviewFields on BonusGrant {
  review {
    reason
    ip
    deviceFingerprint
    sharedWith {
      id
    }
    decidedBy {
      id
    }
    decidedAt
    note
  }
}
    `;
export const BonusGrantErrorsFragmentDoc = gql`
    fragment BonusGrantErrors on Error {
  ... on BonusNotEligibleError {
    reason
  }
  ... on BonusBudgetExceededError {
    budget {
      id
    }
    scope
    limit
    remaining
  }
  ... on BonusNotActiveError {
    status
  }
  ... on BonusNotPendingReviewError {
    status
  }
  ... on InvalidIdError {
    expectedType
    path
  }
}
    `;
export const ConsoleMoneyFragmentDoc = gql`
    fragment ConsoleMoney on Money {
  amount
  currency
  decimal
}
    `;
export const ExperimentFieldsFragmentDoc = gql`
    fragment ExperimentFields on Experiment {
  id
  name
  description
  placement
  kind
  goal
  currency
  status
  phase
  outcomeWindowHours
  minExposuresPerArm
  reweightMinutes
  armFloor
  winnerThreshold
  arms {
    key
    name
    offer {
      id
    }
    isControl
    weight
    status
  }
  periods {
    phase
    period
    startsAt
    endsAt
    reason
    weights {
      armKey
      weight
    }
  }
  startedAt
  stoppedAt
  stopReason
  createdBy
  createdAt
  updatedAt
}
    `;
export const ExperimentIntervalFieldsFragmentDoc = gql`
    fragment ExperimentIntervalFields on ExperimentInterval {
  estimate
  lower
  upper
}
    `;
export const ExperimentSrmFieldsFragmentDoc = gql`
    fragment ExperimentSrmFields on ExperimentSrm {
  checked
  chiSquare
  degreesOfFreedom
  pValue
  mismatch
  threshold
  arms {
    armKey
    observed
    expected
  }
  periods {
    period
    startsAt
    weights {
      armKey
      weight
    }
    exposures {
      armKey
      weight
    }
  }
}
    `;
export const ExperimentErrorFieldsFragmentDoc = gql`
    fragment ExperimentErrorFields on Error {
  ...ErrorFields
  ... on ExperimentNotDraftError {
    status
  }
  ... on ExperimentNotRunningError {
    status
  }
  ... on ExperimentPlacementBusyError {
    placement
    runningExperiment {
      id
    }
  }
  ... on ExperimentArmOfferUnavailableError {
    armKey
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const TokenFieldsFragmentDoc = gql`
    fragment TokenFields on AuthTokens {
  accessToken
  accessTokenExpiresAt
  refreshToken
}
    `;
export const PageInfoFieldsFragmentDoc = gql`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `;
export const GameFieldsFragmentDoc = gql`
    fragment GameFields on Game {
  id
  provider
  externalRef
  name
  category
  currencies
  enabled
  launchUrlTemplate
}
    `;
export const PlayerFieldsFragmentDoc = gql`
    fragment PlayerFields on Player {
  id
  email
  displayName
  locale
  status
  createdAt
}
    `;
export const StaffUserFieldsFragmentDoc = gql`
    fragment StaffUserFields on StaffUser {
  id
  email
  name
  roles
  disabledAt
  createdAt
}
    `;
export const ApiKeyFieldsFragmentDoc = gql`
    fragment ApiKeyFields on ApiKey {
  id
  name
  permissions
  createdAt
  revokedAt
  lastUsedAt
}
    `;
export const InvalidIdFieldsFragmentDoc = gql`
    fragment InvalidIdFields on InvalidIdError {
  expectedType
  path
}
    `;
export const BackgroundJobFieldsFragmentDoc = gql`
    fragment BackgroundJobFields on BackgroundJob {
  id
  state
  data
  attempts
  retryLimit
  createdAt
  startAfter
  startedAt
  completedAt
  error
}
    `;
export const JobQueueFieldsFragmentDoc = gql`
    fragment JobQueueFields on JobQueue {
  id
  name
  description
  schedule
  counts {
    created
    retry
    active
    completed
    cancelled
    failed
  }
  oldestWaitingSeconds
}
    `;
export const KpiMoneyFragmentDoc = gql`
    fragment KpiMoney on Money {
  amount
  currency
}
    `;
export const KpiCurrencyFieldsFragmentDoc = gql`
    fragment KpiCurrencyFields on KpiCurrencyFigures {
  currency
  turnover {
    ...KpiMoney
  }
  realTurnover {
    ...KpiMoney
  }
  bonusTurnover {
    ...KpiMoney
  }
  wins {
    ...KpiMoney
  }
  realWins {
    ...KpiMoney
  }
  rake {
    ...KpiMoney
  }
  ggr {
    ...KpiMoney
  }
  bonusCost {
    ...KpiMoney
  }
  ngr {
    ...KpiMoney
  }
  holdPercent
  deposits {
    count
    amount {
      ...KpiMoney
    }
  }
  withdrawals {
    count
    amount {
      ...KpiMoney
    }
  }
  firstDeposits {
    count
    amount {
      ...KpiMoney
    }
  }
  activePlayers
  arpu {
    ...KpiMoney
  }
  products {
    product
    realTurnover {
      ...KpiMoney
    }
    bonusTurnover {
      ...KpiMoney
    }
    realWins {
      ...KpiMoney
    }
    ggr {
      ...KpiMoney
    }
    rounds
    activePlayers
  }
}
    ${KpiMoneyFragmentDoc}`;
export const TenantKpisFieldsFragmentDoc = gql`
    fragment TenantKpisFields on TenantKpis {
  timeZone
  granularity
  from
  to
  fedUntil
  periods {
    start
    end
    registrations
    currencies {
      ...KpiCurrencyFields
    }
  }
}
    ${KpiCurrencyFieldsFragmentDoc}`;
export const KpiReconciliationFieldsFragmentDoc = gql`
    fragment KpiReconciliationFields on KpiReconciliation {
  day
  checkedAt
  matches
  fedUntil
  differences {
    currency
    figure
    rollup
    ledger
  }
}
    `;
export const TenantMenuItemFieldsFragmentDoc = gql`
    fragment TenantMenuItemFields on TenantMenuItem {
  key
  kind
  enabled
  position
  label
  labels {
    locale
    text
  }
  overridden
}
    `;
export const OfferFieldsFragmentDoc = gql`
    fragment OfferFields on Offer {
  id
  name
  description
  status
  reward {
    id
    name
  }
  placements
  priority
  startsAt
  endsAt
  eligibility {
    currencies
    countries
    tags
    excludedTags
    minDeposits
    maxDeposits
    minDaysSinceLastDeposit
    maxDaysSinceLastDeposit
  }
  frequency {
    impressions {
      max
      windowHours
    }
    maxClaims
  }
  version
  createdBy
  createdAt
  updatedAt
}
    `;
export const OfferDecisionFieldsFragmentDoc = gql`
    fragment OfferDecisionFields on OfferDecision {
  id
  player {
    id
  }
  placement
  currency
  policy
  candidates {
    offer {
      id
    }
    eligible
    reason
  }
  shown {
    id
  }
  chosenOffer {
    id
  }
  probability
  experiment {
    id
  }
  phase
  armKey
  suppressedReason
  createdAt
}
    `;
export const PlayerOfferFieldsFragmentDoc = gql`
    fragment PlayerOfferFields on PlayerOffer {
  id
  name
  description
  rewardKind
  endsAt
}
    `;
export const OfferErrorFieldsFragmentDoc = gql`
    fragment OfferErrorFields on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on OfferNotAvailableError {
    notAvailable: reason
  }
  ... on OfferClaimLimitReachedError {
    limit
  }
  ... on BonusNotEligibleError {
    notEligible: reason
  }
}
    `;
export const PaymentInvalidIdFragmentDoc = gql`
    fragment PaymentInvalidId on InvalidIdError {
  expectedType
  path
}
    `;
export const PaymentMoneyFragmentDoc = gql`
    fragment PaymentMoney on Money {
  amount
  currency
  decimal
}
    `;
export const PaymentFieldsFragmentDoc = gql`
    fragment PaymentFields on Payment {
  id
  player {
    id
  }
  provider
  amount {
    ...PaymentMoney
  }
  status
  providerRef
  confirmedAmount {
    ...PaymentMoney
  }
  refundedAmount {
    ...PaymentMoney
  }
  ledgerTransaction {
    id
  }
  refusal
  failureReason
  createdAt
  confirmedAt
}
    ${PaymentMoneyFragmentDoc}`;
export const WithdrawalFieldsFragmentDoc = gql`
    fragment WithdrawalFields on Withdrawal {
  id
  player {
    id
  }
  kind
  amount {
    ...PaymentMoney
  }
  status
  provider
  route
  sourcePayment {
    id
  }
  instrumentPayment {
    id
  }
  instrumentRef
  paidReference
  paidBy {
    id
  }
  request {
    id
  }
  account {
    id
  }
  requiredApprovals
  approvals {
    approver {
      id
    }
    at
  }
  requestedBy {
    id
  }
  decidedBy {
    id
  }
  note
  failureReason
  ledgerTransaction {
    id
  }
  createdAt
}
    ${PaymentMoneyFragmentDoc}`;
export const DisputeFieldsFragmentDoc = gql`
    fragment DisputeFields on Dispute {
  id
  payment {
    id
  }
  player {
    id
  }
  provider
  providerRef
  status
  reason
  amount {
    ...PaymentMoney
  }
  dueBy
  evidence {
    note
    author {
      id
    }
    at
  }
  clawedCash {
    ...PaymentMoney
  }
  receivable {
    ...PaymentMoney
  }
  clawbackTransaction {
    id
  }
  createdAt
  closedAt
}
    ${PaymentMoneyFragmentDoc}`;
export const PaymentProviderFieldsFragmentDoc = gql`
    fragment PaymentProviderFields on PaymentProvider {
  id
  adapter
  enabled
  currencies
  minAmount
  maxAmount
  keyFingerprint
  endpoint
  webhookPath
}
    `;
export const PaymentEventFieldsFragmentDoc = gql`
    fragment PaymentEventFields on PaymentEvent {
  stream
  seq
  kind
  player {
    id
  }
  subject {
    __typename
    ... on Payment {
      id
    }
    ... on Withdrawal {
      id
    }
    ... on Dispute {
      id
    }
  }
  status
  amount {
    ...PaymentMoney
  }
  provider
  occurredAt
}
    ${PaymentMoneyFragmentDoc}`;
export const PokerTableFieldsFragmentDoc = gql`
    fragment PokerTableFields on PokerTable {
  id
  provider
  name
  variant
  currency
  smallBlind {
    amount
    currency
  }
  bigBlind {
    amount
    currency
  }
  ante {
    amount
  }
  maxSeats
  minBuyIn {
    amount
  }
  maxBuyIn {
    amount
  }
  rakeBasisPoints
  rakeCap {
    amount
  }
  turnSeconds
  status
  seatsTaken
}
    `;
export const PokerSeatFieldsFragmentDoc = gql`
    fragment PokerSeatFields on PokerSeat {
  seat
  player {
    id
  }
  stack {
    amount
    currency
  }
  status
}
    `;
export const PokerHandFieldsFragmentDoc = gql`
    fragment PokerHandFields on PokerHand {
  id
  handNo
  status
  rake {
    amount
    currency
  }
  phh
  startedAt
  endedAt
  table {
    id
  }
}
    `;
export const PokerInvalidIdFieldsFragmentDoc = gql`
    fragment PokerInvalidIdFields on InvalidIdError {
  expectedType
  path
}
    `;
export const ResponsibleGamblingFieldsFragmentDoc = gql`
    fragment ResponsibleGamblingFields on ResponsibleGambling {
  player {
    id
  }
  limits {
    kind
    currency
    period
    amount {
      amount
      currency
      decimal
    }
    pendingAmount {
      amount
      currency
      decimal
    }
    pendingRemoval
    pendingEffectiveAt
    used {
      amount
      currency
      decimal
    }
  }
  allowances {
    kind
    remaining {
      amount
      currency
      decimal
    }
    period
  }
  timeOutUntil
  selfExcludedFrom
  selfExcludedUntil
  sessionLimitMinutes
  pendingSessionLimit {
    minutes
    effectiveAt
  }
  realityCheckMinutes
  session {
    startedAt
    lastActivityAt
    nextNoticeAt
  }
  playRefusal
  marketingAllowed
  flag {
    flaggedAt
    reason
    flaggedBy
  }
}
    `;
export const RiskErrorFieldsFragmentDoc = gql`
    fragment RiskErrorFields on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on RiskActionNotPendingError {
    actionStatus: status
  }
  ... on RiskCaseHasPendingActionsError {
    pending
  }
}
    `;
export const RiskCaseActionFieldsFragmentDoc = gql`
    fragment RiskCaseActionFields on RiskCaseAction {
  id
  action
  status
  note
  player {
    id
  }
  requestedBy {
    id
  }
  requestedAt
  decidedBy {
    id
  }
  decidedAt
  decisionNote
  result
}
    `;
export const RiskCaseFieldsFragmentDoc = gql`
    fragment RiskCaseFields on RiskCase {
  id
  kind
  severity
  status
  title
  score
  players {
    id
  }
  evidence {
    type
    summary
    at
    data
  }
  resolution
  resolutionNote
  closedBy {
    id
  }
  openedAt
  updatedAt
  closedAt
  version
}
    `;
export const CollusionPairFieldsFragmentDoc = gql`
    fragment CollusionPairFields on CollusionPair {
  id
  playerA {
    id
  }
  playerB {
    id
  }
  hands
  score
  impact
  softPlay
  dumping
  flowBigBlinds
  flagged
  statisticsA {
    decisions
    impactBigBlinds
    fieldImpactBigBlinds
    facedPartner
    foldsToPartner
    raisesVsPartner
    facedField
    foldsToField
    raisesVsField
    dumps
  }
  statisticsB {
    decisions
    impactBigBlinds
    facedPartner
    foldsToPartner
    dumps
  }
  tables {
    id
  }
  topHands {
    hand {
      id
    }
    impactBigBlinds
  }
  lastHandAt
  updatedAt
}
    `;
export const KycVerificationFieldsFragmentDoc = gql`
    fragment KycVerificationFields on KycVerification {
  id
  adapter
  level
  status
  result
  underAge
  failureReason
  decidedBy {
    id
  }
  decidedByProvider
  createdAt
  completedAt
  expiresAt
  reports {
    providerRef
    name
    status
    result
    subResult
    dateOfBirth
    ageValidation
  }
  player {
    id
  }
}
    `;
export const PlayerVerificationFieldsFragmentDoc = gql`
    fragment PlayerVerificationFields on PlayerVerification {
  level
  pending {
    ...KycVerificationFields
  }
  requirements {
    level
    reason
    currency
    threshold
    deposited
  }
}
    ${KycVerificationFieldsFragmentDoc}`;
export const RiskSettingsFieldsFragmentDoc = gql`
    fragment RiskSettingsFields on RiskSettings {
  withdrawalLevel
  depositThresholds {
    currency
    amount
  }
  currenciesWithoutThreshold
  depositLevel
  flagSeverity
  flagLevel
  minimumAge
}
    `;
export const RiskLinkSignalFieldsFragmentDoc = gql`
    fragment RiskLinkSignalFields on RiskLinkSignal {
  kind
  value
  players
  weight
}
    `;
export const GameProviderFieldsFragmentDoc = gql`
    fragment GameProviderFields on GameProvider {
  id
  code
  dialect
  auth
  currencies
  enabled
  keyFingerprint
  operatorApi {
    url
    operatorRef
    keyFingerprint
  }
}
    `;
export const TenantFieldsFragmentDoc = gql`
    fragment TenantFields on Tenant {
  id
  slug
  name
  status
  defaultCurrency
  currencies
  defaultLocale
  locales
  domains
  timeZone
  createdAt
  updatedAt
}
    `;
export const VipPointsPartsFragmentDoc = gql`
    fragment VipPointsParts on VipPoints {
  balance
  expiring {
    at
    points
  }
  lots {
    earnedOn
    earned
    remaining
    expired
    expiresAt
  }
}
    `;
export const VipRewardsErrorFieldsFragmentDoc = gql`
    fragment VipRewardsErrorFields on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      path
      message
    }
  }
  ... on VipRewardsSuppressedError {
    suppressedReason: reason
  }
  ... on VipInsufficientPointsError {
    balance
    requested
  }
  ... on VipAdjustmentBelowZeroError {
    belowZeroBalance: balance
    belowZeroRequested: requested
  }
  ... on VipRedemptionPriceMismatchError {
    cost
  }
  ... on VipRedemptionUnavailableError {
    unavailable: reason
    currency
  }
  ... on VipCheckNotPendingError {
    checkStatus: status
  }
  ... on BonusNotEligibleError {
    notEligible: reason
  }
}
    `;
export const VipRedemptionFieldsFragmentDoc = gql`
    fragment VipRedemptionFields on VipRedemption {
  id
  player {
    id
  }
  kind
  points
  currency
  cash {
    amount
    currency
  }
  bonusTemplate {
    id
  }
  grant {
    id
    status
    granted {
      amount
      currency
    }
  }
  pointsTransaction {
    id
  }
  cashTransaction {
    id
  }
  createdAt
}
    `;
export const VipCheckFieldsFragmentDoc = gql`
    fragment VipCheckFields on VipCheck {
  id
  player {
    id
  }
  tier {
    id
    key
    name
  }
  kind
  status
  evidence
  evidenceReference
  recordedBy {
    id
  }
  recordedAt
  decidedBy {
    id
  }
  decidedAt
  decisionNote
  validUntil
}
    `;
export const VipRewardFieldsFragmentDoc = gql`
    fragment VipRewardFields on VipReward {
  id
  player {
    id
  }
  period
  status
  waitingReason
  template {
    id
  }
  grant {
    id
    status
  }
  failure
  createdAt
  grantedAt
}
    `;
export const VipTierFieldsFragmentDoc = gql`
    fragment VipTierFields on VipTier {
  id
  key
  name
  rank
  threshold
  benefits {
    pointRate
    monthlyReward
    monthlyRewardTemplate {
      id
    }
    withdrawalPriority
    personalManager
    highValue
  }
  archivedAt
  version
}
    `;
export const VipSettingsFieldsFragmentDoc = gql`
    fragment VipSettingsFields on VipSettings {
  enabled
  earnRates {
    currency
    perPoint
  }
  rakeRates {
    currency
    perPoint
  }
  gameWeights {
    games {
      game
      percent
    }
    categories {
      category
      percent
    }
    default
  }
  windowDays
  reviewDays
  graceDays
  downgradePolicy
  expiryDays
  cashRedemption {
    currency
    perPoint
  }
  bonusRedemptions {
    template {
      id
    }
    points
  }
  minAge
  checkValidityDays
  version
}
    `;
export const VipStatusFieldsFragmentDoc = gql`
    fragment VipStatusFields on VipStatus {
  tier {
    id
    key
    name
  }
  tierSince
  earnedTier {
    id
    key
  }
  pointsInWindow
  windowDays
  nextTier {
    id
    key
  }
  pointsToNextTier
  windowRollsAt
  reviewAt
  graceUntil
  heldTier {
    id
    key
  }
  missingChecks
  suppressed
  benefits {
    pointRate
    withdrawalPriority
    personalManager
    highValue
  }
  manager {
    name
    staffUser {
      id
    }
  }
  reasons {
    code
    message
  }
  history(first: 50) {
    totalCount
    nodes {
      id
      kind
      fromTier {
        key
      }
      toTier {
        key
      }
      points
      missingChecks
      createdAt
    }
  }
}
    `;
export const VipErrorFieldsFragmentDoc = gql`
    fragment VipErrorFields on Error {
  ...ErrorFields
  ... on VipTierKeyTakenError {
    key
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const WalletActorFieldsFragmentDoc = gql`
    fragment WalletActorFields on WalletActor {
  kind
  providerCode
  staffUser {
    id
    email
  }
  apiKey {
    id
    name
  }
  player {
    id
  }
}
    `;
export const LedgerTransactionFieldsFragmentDoc = gql`
    fragment LedgerTransactionFields on LedgerTransaction {
  id
  code
  reference
  reverses {
    id
  }
  reversedBy {
    id
  }
  createdBy {
    ...WalletActorFields
  }
  createdAt
  entries {
    account {
      id
      ownerType
      currency
      kind
    }
    amount {
      amount
      currency
    }
    balanceAfter {
      amount
    }
    seq
  }
}
    ${WalletActorFieldsFragmentDoc}`;
export const LedgerHoldFieldsFragmentDoc = gql`
    fragment LedgerHoldFields on LedgerHold {
  id
  account {
    id
  }
  amount {
    amount
    currency
  }
  captured {
    amount
  }
  status
  expiresAt
  transaction {
    id
  }
}
    `;
export const LedgerAccountFieldsFragmentDoc = gql`
    fragment LedgerAccountFields on LedgerAccount {
  id
  ownerType
  owner {
    id
  }
  ownerRef
  currency
  kind
  stripe
  floorPolicy
  balance {
    amount
  }
  held {
    amount
  }
  available {
    amount
  }
  frozen
  seq
}
    `;
export const WalletMoneyFieldsFragmentDoc = gql`
    fragment WalletMoneyFields on Money {
  amount
  currency
  decimal
}
    `;
export const WalletBalanceFieldsFragmentDoc = gql`
    fragment WalletBalanceFields on WalletBalance {
  currency
  cash {
    ...WalletMoneyFields
  }
  bonus {
    ...WalletMoneyFields
  }
  held {
    ...WalletMoneyFields
  }
  available {
    ...WalletMoneyFields
  }
}
    ${WalletMoneyFieldsFragmentDoc}`;
export const PostedTransactionFieldsFragmentDoc = gql`
    fragment PostedTransactionFields on LedgerTransaction {
  id
  code
  reference
  createdAt
  createdBy {
    kind
    apiKey {
      id
    }
  }
  entries {
    account {
      id
    }
    amount {
      amount
    }
    balanceAfter {
      amount
    }
    seq
  }
}
    `;
export const LedgerAccountEventFieldsFragmentDoc = gql`
    fragment LedgerAccountEventFields on LedgerAccountEvent {
  account {
    id
  }
  seq
  currency
  kind
  balance {
    amount
  }
  held {
    amount
  }
  available {
    amount
  }
  code
  transaction {
    id
  }
  hold {
    id
  }
}
    `;
export const WalletAdjustmentFieldsFragmentDoc = gql`
    fragment WalletAdjustmentFields on WalletAdjustment {
  id
  account {
    id
  }
  amount {
    amount
    currency
  }
  reason
  status
  requestedBy {
    ...WalletActorFields
  }
  decidedBy {
    ...WalletActorFields
  }
  transaction {
    id
  }
}
    ${WalletActorFieldsFragmentDoc}`;
export const ChangePasswordDocument = gql`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    __typename
    ... on ChangePasswordPayload {
      sessionsEnded
    }
    ... on Error {
      code
      message
    }
  }
}
    `;
export const RequestPasswordResetDocument = gql`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    __typename
    ... on RequestPasswordResetPayload {
      accepted
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `;
export const ResetPasswordDocument = gql`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    __typename
    ... on ResetPasswordPayload {
      accountKind
    }
    ... on ValidationError {
      issues {
        path
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `;
export const AffiliatePlansDocument = gql`
    query AffiliatePlans($archived: Boolean, $first: Int, $after: String) {
  affiliatePlans(archived: $archived, first: $first, after: $after) {
    totalCount
    nodes {
      ...AffiliatePlanSummaryFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${AffiliatePlanSummaryFieldsFragmentDoc}`;
export const AffiliatePlanDocument = gql`
    query AffiliatePlan($id: ID!) {
  affiliatePlan(id: $id) {
    ...AffiliatePlanFields
  }
}
    ${AffiliatePlanFieldsFragmentDoc}`;
export const AffiliateWithPlanDocument = gql`
    query AffiliateWithPlan($id: ID!) {
  affiliate(id: $id) {
    id
    version
    plan {
      id
      name
      version
    }
    planOverrides {
      overridden
      cpa {
        ...AffiliateCpaTermsFields
      }
      revShare {
        ...AffiliateRevShareTermsFields
      }
      ngr {
        ...AffiliateNgrRulesFields
      }
      negativeCarryover
      subAffiliateRate
      clawbackDays
    }
  }
}
    ${AffiliateCpaTermsFieldsFragmentDoc}
${AffiliateRevShareTermsFieldsFragmentDoc}
${AffiliateNgrRulesFieldsFragmentDoc}`;
export const CreateAffiliatePlanDocument = gql`
    mutation CreateAffiliatePlan($input: CreateAffiliatePlanInput!) {
  createAffiliatePlan(input: $input) {
    __typename
    ... on CreateAffiliatePlanPayload {
      plan {
        ...AffiliatePlanFields
      }
    }
    ... on AffiliatePlanNameTakenError {
      planName
    }
    ...ErrorFields
  }
}
    ${AffiliatePlanFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const UpdateAffiliatePlanDocument = gql`
    mutation UpdateAffiliatePlan($input: UpdateAffiliatePlanInput!) {
  updateAffiliatePlan(input: $input) {
    __typename
    ... on UpdateAffiliatePlanPayload {
      plan {
        ...AffiliatePlanFields
      }
    }
    ... on AffiliatePlanNameTakenError {
      planName
    }
    ...ErrorFields
  }
}
    ${AffiliatePlanFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ArchiveAffiliatePlanDocument = gql`
    mutation ArchiveAffiliatePlan($input: ArchiveAffiliatePlanInput!) {
  archiveAffiliatePlan(input: $input) {
    __typename
    ... on ArchiveAffiliatePlanPayload {
      plan {
        ...AffiliatePlanFields
      }
    }
    ...ErrorFields
  }
}
    ${AffiliatePlanFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const AssignAffiliatePlanDocument = gql`
    mutation AssignAffiliatePlan($input: AssignAffiliatePlanInput!) {
  assignAffiliatePlan(input: $input) {
    __typename
    ... on AssignAffiliatePlanPayload {
      affiliate {
        id
        version
        plan {
          id
          version
        }
        planOverrides {
          overridden
        }
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const InviteAffiliateDocument = gql`
    mutation InviteAffiliate($input: InviteAffiliateInput!) {
  inviteAffiliate(input: $input) {
    __typename
    ... on InviteAffiliatePayload {
      affiliate {
        id
        status
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const AffiliateSignInDocument = gql`
    mutation AffiliateSignIn($input: AffiliateSignInInput!) {
  affiliateSignIn(input: $input) {
    __typename
    ... on AffiliateSignInPayload {
      tokens {
        accessToken
        accessTokenExpiresAt
        refreshToken
      }
      affiliate {
        code
        name
        status
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const MyAffiliateDocument = gql`
    query MyAffiliate($first: Int, $after: String, $subsFirst: Int) {
  myAffiliate {
    code
    name
    status
    links(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        code
        landingUrl
        campaign
        clickPath
        clickCount
        createdAt
      }
    }
    subAffiliates(first: $subsFirst) {
      totalCount
      nodes {
        code
        name
      }
    }
  }
}
    `;
export const MyAffiliateFunnelDocument = gql`
    query MyAffiliateFunnel($from: Date!, $to: Date!, $granularity: AffiliateFunnelGranularity!) {
  myAffiliate {
    funnel(from: $from, to: $to, granularity: $granularity) {
      from
      to
      granularity
      buckets {
        start
        clicks
        registrations
        firstDepositors
        firstDeposits {
          amount
          currency
        }
      }
      links {
        code
        buckets {
          start
          clicks
          registrations
        }
      }
    }
  }
}
    `;
export const MyAffiliateStatementsDocument = gql`
    query MyAffiliateStatements($first: Int, $after: String) {
  myAffiliate {
    statements(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        periodStart
        periodEnd
        status
        funnel {
          clicks
          registrations
          firstDeposits
          qualified
          excluded
          approved
        }
        newPayingPlayers
        currencies {
          currency
          ngr {
            ggr {
              amount
            }
            ngr {
              amount
            }
          }
          own {
            amount
          }
          subAffiliateOverride {
            amount
          }
          due {
            amount
          }
          payable {
            amount
          }
          carryOutRevShare {
            amount
          }
          carryOutDebt {
            amount
          }
          lines {
            kind
            amount {
              amount
            }
            playerCount
            explanation
          }
          paidAt
        }
      }
    }
  }
}
    `;
export const AffiliateStatementsDocument = gql`
    query AffiliateStatements($filter: AffiliateStatementFilter, $first: Int, $after: String) {
  affiliateStatements(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes {
      ...AffiliateStatementSummaryFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${AffiliateStatementSummaryFieldsFragmentDoc}`;
export const AffiliateStatementDocument = gql`
    query AffiliateStatement($id: ID!) {
  affiliateStatement(id: $id) {
    ...AffiliateStatementFields
  }
}
    ${AffiliateStatementFieldsFragmentDoc}`;
export const AffiliateStatementPlayersDocument = gql`
    query AffiliateStatementPlayers($id: ID!, $first: Int, $after: String) {
  affiliateStatement(id: $id) {
    id
    currencies {
      currency
      players(first: $first, after: $after) {
        totalCount
        nodes {
          player {
            id
          }
          stakes {
            ...AffiliateMoneyFields
          }
          wins {
            ...AffiliateMoneyFields
          }
          bonusCost {
            ...AffiliateMoneyFields
          }
          chargebacks {
            ...AffiliateMoneyFields
          }
          deposits {
            ...AffiliateMoneyFields
          }
          withdrawals {
            ...AffiliateMoneyFields
          }
          cpaStatus
          qualifiedOn
          approvedOn
          exclusions
          cpaAmount {
            ...AffiliateMoneyFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    ${AffiliateMoneyFieldsFragmentDoc}`;
export const AffiliateWithStatementsDocument = gql`
    query AffiliateWithStatements($id: ID!, $first: Int) {
  affiliate(id: $id) {
    id
    statements(first: $first) {
      totalCount
      nodes {
        ...AffiliateStatementSummaryFields
      }
    }
  }
}
    ${AffiliateStatementSummaryFieldsFragmentDoc}`;
export const SubmitAffiliateStatementDocument = gql`
    mutation SubmitAffiliateStatement($input: SubmitAffiliateStatementInput!) {
  submitAffiliateStatement(input: $input) {
    __typename
    ... on SubmitAffiliateStatementPayload {
      statement {
        ...AffiliateStatementSummaryFields
      }
    }
    ... on AffiliateStatementStatusError {
      status
      expected
    }
    ...ErrorFields
  }
}
    ${AffiliateStatementSummaryFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ApproveAffiliateStatementDocument = gql`
    mutation ApproveAffiliateStatement($input: ApproveAffiliateStatementInput!) {
  approveAffiliateStatement(input: $input) {
    __typename
    ... on ApproveAffiliateStatementPayload {
      statement {
        ...AffiliateStatementFields
      }
    }
    ... on AffiliateStatementStatusError {
      status
      expected
    }
    ...ErrorFields
  }
}
    ${AffiliateStatementFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RejectAffiliateStatementDocument = gql`
    mutation RejectAffiliateStatement($input: RejectAffiliateStatementInput!) {
  rejectAffiliateStatement(input: $input) {
    __typename
    ... on RejectAffiliateStatementPayload {
      statement {
        ...AffiliateStatementSummaryFields
        rejectedBy {
          id
        }
        rejectedAt
      }
    }
    ... on AffiliateStatementStatusError {
      status
      expected
    }
    ...ErrorFields
  }
}
    ${AffiliateStatementSummaryFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const PayAffiliateStatementDocument = gql`
    mutation PayAffiliateStatement($input: PayAffiliateStatementInput!) {
  payAffiliateStatement(input: $input) {
    __typename
    ... on PayAffiliateStatementPayload {
      statement {
        ...AffiliateStatementFields
      }
    }
    ... on AffiliateStatementStatusError {
      status
      expected
    }
    ... on AffiliateStatementNothingPayableError {
      currency
    }
    ... on AffiliateStatementAlreadyPaidError {
      currency
    }
    ...ErrorFields
  }
}
    ${AffiliateStatementFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const CreateAffiliateDocument = gql`
    mutation CreateAffiliate($input: CreateAffiliateInput!) {
  createAffiliate(input: $input) {
    __typename
    ... on CreateAffiliatePayload {
      affiliate {
        ...AffiliateFields
      }
    }
    ... on AffiliateCodeTakenError {
      affiliateCode
    }
    ...ErrorFields
  }
}
    ${AffiliateFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const UpdateAffiliateDocument = gql`
    mutation UpdateAffiliate($input: UpdateAffiliateInput!) {
  updateAffiliate(input: $input) {
    __typename
    ... on UpdateAffiliatePayload {
      affiliate {
        ...AffiliateFields
      }
    }
    ...ErrorFields
  }
}
    ${AffiliateFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const CreateAffiliateLinkDocument = gql`
    mutation CreateAffiliateLink($input: CreateAffiliateLinkInput!) {
  createAffiliateLink(input: $input) {
    __typename
    ... on CreateAffiliateLinkPayload {
      link {
        ...AffiliateLinkFields
      }
    }
    ... on AffiliateLinkCodeTakenError {
      linkCode
    }
    ...ErrorFields
  }
}
    ${AffiliateLinkFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const UpdateAffiliateSettingsDocument = gql`
    mutation UpdateAffiliateSettings($input: UpdateAffiliateSettingsInput!) {
  updateAffiliateSettings(input: $input) {
    __typename
    ... on UpdateAffiliateSettingsPayload {
      settings {
        attributionWindowDays
        version
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const AffiliateSettingsDocument = gql`
    query AffiliateSettings {
  affiliateSettings {
    attributionWindowDays
    version
  }
}
    `;
export const AffiliatesDocument = gql`
    query Affiliates($status: AffiliateStatus, $parentAffiliateId: ID, $search: String, $first: Int, $after: String) {
  affiliates(
    status: $status
    parentAffiliateId: $parentAffiliateId
    search: $search
    first: $first
    after: $after
  ) {
    totalCount
    nodes {
      ...AffiliateFields
      clickCount
      registrationCount
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${AffiliateFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const AffiliateDocument = gql`
    query Affiliate($id: ID!) {
  affiliate(id: $id) {
    ...AffiliateFields
    clickCount
    registrationCount
    subAffiliates(first: 50) {
      totalCount
      nodes {
        id
        code
      }
    }
    links(first: 50) {
      totalCount
      nodes {
        ...AffiliateLinkFields
      }
    }
  }
}
    ${AffiliateFieldsFragmentDoc}
${AffiliateLinkFieldsFragmentDoc}`;
export const AffiliateNodeDocument = gql`
    query AffiliateNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Affiliate {
      code
    }
    ... on AffiliateLink {
      code
    }
  }
}
    `;
export const PlayerAffiliateAttributionDocument = gql`
    query PlayerAffiliateAttribution($id: ID!) {
  player(id: $id) {
    id
    affiliateAttribution {
      affiliate {
        id
        code
      }
      link {
        id
        code
      }
      method
      attributedAt
      exclusion {
        ...AffiliateExclusionFields
      }
    }
  }
}
    ${AffiliateExclusionFieldsFragmentDoc}`;
export const SetAffiliatePlayerExclusionDocument = gql`
    mutation SetAffiliatePlayerExclusion($input: SetAffiliatePlayerExclusionInput!) {
  setAffiliatePlayerExclusion(input: $input) {
    __typename
    ... on SetAffiliatePlayerExclusionPayload {
      attribution {
        affiliate {
          id
        }
        exclusion {
          ...AffiliateExclusionFields
        }
      }
    }
    ... on Error {
      message
    }
  }
}
    ${AffiliateExclusionFieldsFragmentDoc}`;
export const AuditEventsDocument = gql`
    query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $actorKind: AuditActorKind, $actorId: ID, $action: String, $targetType: AuditTargetType, $targetId: ID, $targetRef: String, $from: DateTime, $to: DateTime) {
  auditEvents(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: {actorKind: $actorKind, actorId: $actorId, action: $action, targetType: $targetType, targetId: $targetId, targetRef: $targetRef, from: $from, to: $to}
  ) {
    totalCount
    edges {
      cursor
      node {
        ...AuditEventFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${AuditEventFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const PlayerAuditTrailDocument = gql`
    query PlayerAuditTrail($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $action: String) {
  node(id: $id) {
    __typename
    ... on Player {
      id
      auditTrail(
        first: $first
        after: $after
        last: $last
        before: $before
        filter: {action: $action}
      ) {
        totalCount
        nodes {
          ...AuditEventFields
        }
        pageInfo {
          ...PageInfoFields
        }
      }
    }
  }
}
    ${AuditEventFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const AuditEventNodeDocument = gql`
    query AuditEventNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on AuditEvent {
      ...AuditEventFields
    }
    ... on AuditCheckpoint {
      ...AuditCheckpointFields
    }
  }
}
    ${AuditEventFieldsFragmentDoc}
${AuditCheckpointFieldsFragmentDoc}`;
export const VerifyAuditChainDocument = gql`
    query VerifyAuditChain($fromSeq: Int, $toSeq: Int) {
  verifyAuditChain(fromSeq: $fromSeq, toSeq: $toSeq) {
    ok
    fromSeq
    toSeq
    headSeq
    checked
    checkpointsChecked
    broken {
      seq
      event {
        id
        seq
        hash
      }
      reason
    }
  }
}
    `;
export const AuditCheckpointsDocument = gql`
    query AuditCheckpoints($first: Int, $after: String, $last: Int, $before: String) {
  auditCheckpoints(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges {
      cursor
      node {
        ...AuditCheckpointFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${AuditCheckpointFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const ExportAuditRangeDocument = gql`
    query ExportAuditRange($fromSeq: Int, $toSeq: Int) {
  exportAuditRange(fromSeq: $fromSeq, toSeq: $toSeq) {
    format
    fromSeq
    toSeq
    signingKey {
      algorithm
      publicKey
      keyFingerprint
    }
    events {
      id
      seq
    }
    checkpoints {
      id
      seq
    }
    document
  }
}
    `;
export const AuditSigningKeyDocument = gql`
    query AuditSigningKey {
  auditSigningKey {
    algorithm
    publicKey
    keyFingerprint
  }
}
    `;
export const CreateAuditCheckpointDocument = gql`
    mutation CreateAuditCheckpoint($input: CreateAuditCheckpointInput! = {}) {
  createAuditCheckpoint(input: $input) {
    __typename
    ... on CreateAuditCheckpointPayload {
      checkpoint {
        ...AuditCheckpointFields
      }
    }
    ...ErrorFields
  }
}
    ${AuditCheckpointFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ExperimentBanditDocument = gql`
    query ExperimentBandit($id: ID!, $historyFirst: Int = 20) {
  node(id: $id) {
    __typename
    ... on Experiment {
      id
      kind
      bandit {
        ...BanditStateFields
      }
    }
  }
}
    ${BanditStateFieldsFragmentDoc}`;
export const ReweightExperimentNowDocument = gql`
    mutation ReweightExperimentNow($input: ReweightExperimentNowInput!, $historyFirst: Int = 20) {
  reweightExperimentNow(input: $input) {
    __typename
    ... on ReweightExperimentNowPayload {
      outcome
      period
      winnerDeclared
      bandit {
        ...BanditStateFields
      }
    }
    ...ErrorFields
  }
}
    ${BanditStateFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const BonusTemplatesDocument = gql`
    query BonusTemplates($first: Int, $after: String, $last: Int, $before: String, $status: BonusTemplateStatus, $kind: BonusKind) {
  bonusTemplates(
    first: $first
    after: $after
    last: $last
    before: $before
    status: $status
    kind: $kind
  ) {
    totalCount
    edges {
      cursor
      node {
        ...BonusTemplateSummaryFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${BonusTemplateSummaryFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const BonusTemplateDocument = gql`
    query BonusTemplate($id: ID!) {
  node(id: $id) {
    __typename
    ... on BonusTemplate {
      ...BonusTemplateFields
    }
  }
}
    ${BonusTemplateFieldsFragmentDoc}`;
export const BonusTemplateExpectedCostDocument = gql`
    query BonusTemplateExpectedCost($id: ID!, $currency: Currency!, $mix: [BonusGameShareInput!]) {
  node(id: $id) {
    __typename
    ... on BonusTemplate {
      id
      expectedCost(currency: $currency, mix: $mix) {
        ...BonusMoneyFields
      }
    }
  }
}
    ${BonusMoneyFieldsFragmentDoc}`;
export const BonusSettingsDocument = gql`
    query BonusSettings {
  bonusSettings {
    ...BonusSettingsFields
  }
}
    ${BonusSettingsFieldsFragmentDoc}`;
export const BonusBudgetsDocument = gql`
    query BonusBudgets($templateId: ID, $tenantWideOnly: Boolean) {
  bonusBudgets(templateId: $templateId, tenantWideOnly: $tenantWideOnly) {
    ...BonusBudgetFields
  }
}
    ${BonusBudgetFieldsFragmentDoc}`;
export const CreateBonusTemplateDocument = gql`
    mutation CreateBonusTemplate($input: CreateBonusTemplateInput!) {
  createBonusTemplate(input: $input) {
    __typename
    ... on CreateBonusTemplatePayload {
      template {
        ...BonusTemplateFields
      }
    }
    ...BonusTemplateErrorFields
  }
}
    ${BonusTemplateFieldsFragmentDoc}
${BonusTemplateErrorFieldsFragmentDoc}`;
export const UpdateBonusTemplateDocument = gql`
    mutation UpdateBonusTemplate($input: UpdateBonusTemplateInput!) {
  updateBonusTemplate(input: $input) {
    __typename
    ... on UpdateBonusTemplatePayload {
      template {
        ...BonusTemplateFields
      }
    }
    ...BonusTemplateErrorFields
  }
}
    ${BonusTemplateFieldsFragmentDoc}
${BonusTemplateErrorFieldsFragmentDoc}`;
export const ArchiveBonusTemplateDocument = gql`
    mutation ArchiveBonusTemplate($input: ArchiveBonusTemplateInput!) {
  archiveBonusTemplate(input: $input) {
    __typename
    ... on ArchiveBonusTemplatePayload {
      template {
        ...BonusTemplateFields
      }
    }
    ...ErrorFields
  }
}
    ${BonusTemplateFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SetBonusSettingsDocument = gql`
    mutation SetBonusSettings($input: SetBonusSettingsInput!) {
  setBonusSettings(input: $input) {
    __typename
    ... on SetBonusSettingsPayload {
      settings {
        ...BonusSettingsFields
      }
      activeTemplatesOverCap {
        id
        name
        wageringMultiple
      }
    }
    ...ErrorFields
  }
}
    ${BonusSettingsFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SetBonusBudgetDocument = gql`
    mutation SetBonusBudget($input: SetBonusBudgetInput!) {
  setBonusBudget(input: $input) {
    __typename
    ... on SetBonusBudgetPayload {
      budget {
        ...BonusBudgetFields
      }
    }
    ...ErrorFields
  }
}
    ${BonusBudgetFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RemoveBonusBudgetDocument = gql`
    mutation RemoveBonusBudget($input: RemoveBonusBudgetInput!) {
  removeBonusBudget(input: $input) {
    __typename
    ... on RemoveBonusBudgetPayload {
      removedBudgetId
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const MyBonusesDocument = gql`
    query MyBonuses($status: BonusGrantStatus, $first: Int, $after: String, $last: Int, $before: String) {
  myBonuses(
    status: $status
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    nodes {
      ...BonusGrantSummary
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    ${BonusGrantSummaryFragmentDoc}`;
export const PlayerBonusesDocument = gql`
    query PlayerBonuses($id: ID!, $status: BonusGrantStatus, $first: Int, $after: String) {
  player(id: $id) {
    id
    bonuses(status: $status, first: $first, after: $after) {
      totalCount
      nodes {
        ...BonusGrantSummary
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    ${BonusGrantSummaryFragmentDoc}`;
export const BonusGrantDocument = gql`
    query BonusGrant($id: ID!) {
  node(id: $id) {
    __typename
    ... on BonusGrant {
      ...BonusGrantFields
      ...BonusGrantReviewFields
    }
  }
}
    ${BonusGrantFieldsFragmentDoc}
${BonusGrantReviewFieldsFragmentDoc}`;
export const BonusReviewQueueDocument = gql`
    query BonusReviewQueue($first: Int, $after: String) {
  bonusReviewQueue(first: $first, after: $after) {
    totalCount
    nodes {
      ...BonusGrantSummary
      ...BonusGrantReviewFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${BonusGrantSummaryFragmentDoc}
${BonusGrantReviewFieldsFragmentDoc}`;
export const ClaimBonusDocument = gql`
    mutation ClaimBonus($input: ClaimBonusInput!) {
  claimBonus(input: $input) {
    __typename
    ... on ClaimBonusPayload {
      replay
      grant {
        ...BonusGrantFields
      }
    }
    ...BonusGrantErrors
    ...ErrorFields
  }
}
    ${BonusGrantFieldsFragmentDoc}
${BonusGrantErrorsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ForfeitBonusDocument = gql`
    mutation ForfeitBonus($input: ForfeitBonusInput!) {
  forfeitBonus(input: $input) {
    __typename
    ... on ForfeitBonusPayload {
      grant {
        ...BonusGrantFields
      }
    }
    ...BonusGrantErrors
    ...ErrorFields
  }
}
    ${BonusGrantFieldsFragmentDoc}
${BonusGrantErrorsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const GrantBonusDocument = gql`
    mutation GrantBonus($input: GrantBonusInput!) {
  grantBonus(input: $input) {
    __typename
    ... on GrantBonusPayload {
      replay
      grant {
        ...BonusGrantFields
        ...BonusGrantReviewFields
      }
    }
    ...BonusGrantErrors
    ...ErrorFields
  }
}
    ${BonusGrantFieldsFragmentDoc}
${BonusGrantReviewFieldsFragmentDoc}
${BonusGrantErrorsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ForfeitPlayerBonusDocument = gql`
    mutation ForfeitPlayerBonus($input: ForfeitPlayerBonusInput!) {
  forfeitPlayerBonus(input: $input) {
    __typename
    ... on ForfeitPlayerBonusPayload {
      grant {
        ...BonusGrantFields
      }
    }
    ...BonusGrantErrors
    ...ErrorFields
  }
}
    ${BonusGrantFieldsFragmentDoc}
${BonusGrantErrorsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ApproveBonusReviewDocument = gql`
    mutation ApproveBonusReview($input: ApproveBonusReviewInput!) {
  approveBonusReview(input: $input) {
    __typename
    ... on ApproveBonusReviewPayload {
      grant {
        ...BonusGrantFields
        ...BonusGrantReviewFields
      }
    }
    ...BonusGrantErrors
    ...ErrorFields
  }
}
    ${BonusGrantFieldsFragmentDoc}
${BonusGrantReviewFieldsFragmentDoc}
${BonusGrantErrorsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RejectBonusReviewDocument = gql`
    mutation RejectBonusReview($input: RejectBonusReviewInput!) {
  rejectBonusReview(input: $input) {
    __typename
    ... on RejectBonusReviewPayload {
      grant {
        ...BonusGrantFields
        ...BonusGrantReviewFields
      }
    }
    ...BonusGrantErrors
    ...ErrorFields
  }
}
    ${BonusGrantFieldsFragmentDoc}
${BonusGrantReviewFieldsFragmentDoc}
${BonusGrantErrorsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const BonusUpdatedDocument = gql`
    subscription BonusUpdated {
  bonusUpdated {
    seq
    status
    balance {
      ...BonusMoney
    }
    wagered {
      ...BonusMoney
    }
    required {
      ...BonusMoney
    }
    freeBetsUsed
    endReason
    occurredAt
    grant {
      id
      status
    }
  }
}
    ${BonusMoneyFragmentDoc}`;
export const ConsoleWithdrawalsDocument = gql`
    query ConsoleWithdrawals($status: WithdrawalStatus, $first: Int, $after: String) {
  withdrawals(filter: {status: $status}, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...WithdrawalFields
      player {
        id
        email
        displayName
      }
    }
  }
}
    ${PageInfoFieldsFragmentDoc}
${WithdrawalFieldsFragmentDoc}`;
export const ConsolePlayerDocument = gql`
    query ConsolePlayer($id: ID!) {
  player(id: $id) {
    ...PlayerFields
    blockedAt
    blockedReason
    tags
    balances {
      ...WalletBalanceFields
    }
    notes(first: 10) {
      totalCount
      nodes {
        id
        body
        authorKind
        author {
          id
          email
        }
        createdAt
      }
    }
  }
}
    ${PlayerFieldsFragmentDoc}
${WalletBalanceFieldsFragmentDoc}`;
export const ConsoleKpisDocument = gql`
    query ConsoleKpis($from: Date!, $to: Date!) {
  kpis(from: $from, to: $to, granularity: DAY) {
    timeZone
    periods {
      start
      currencies {
        currency
        ggr {
          ...ConsoleMoney
        }
        ngr {
          ...ConsoleMoney
        }
        deposits {
          count
          amount {
            ...ConsoleMoney
          }
        }
        withdrawals {
          count
          amount {
            ...ConsoleMoney
          }
        }
        activePlayers
      }
    }
  }
  kpiCohorts(from: $from, to: $to, kind: REGISTRATION, window: ROLLING_24H) {
    start
    size
    retention {
      day
      rate
      complete
    }
  }
}
    ${ConsoleMoneyFragmentDoc}`;
export const ConsoleRiskCasesDocument = gql`
    query ConsoleRiskCases($status: RiskCaseStatus, $first: Int, $after: String) {
  riskCases(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        id
        kind
        severity
        status
        title
        score
        openedAt
        updatedAt
        players {
          id
          email
        }
      }
    }
  }
}
    ${PageInfoFieldsFragmentDoc}`;
export const ConsoleRiskCaseDocument = gql`
    query ConsoleRiskCase($id: ID!) {
  node(id: $id) {
    __typename
    ... on RiskCase {
      id
      kind
      severity
      status
      title
      score
      resolution
      resolutionNote
      openedAt
      version
      players {
        id
        email
      }
      evidence {
        type
        summary
        at
        data
      }
      actions(first: 100) {
        nodes {
          id
          action
          status
          note
          player {
            id
            email
          }
          requestedBy {
            id
            email
          }
          decidedBy {
            id
            email
          }
          requestedAt
          result
        }
      }
    }
  }
}
    `;
export const ExperimentsDocument = gql`
    query Experiments($first: Int, $after: String, $status: ExperimentStatus, $placement: String) {
  experiments(
    first: $first
    after: $after
    status: $status
    placement: $placement
  ) {
    totalCount
    nodes {
      ...ExperimentFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${ExperimentFieldsFragmentDoc}`;
export const ExperimentDocument = gql`
    query Experiment($id: ID!) {
  node(id: $id) {
    __typename
    ... on Experiment {
      ...ExperimentFields
    }
  }
}
    ${ExperimentFieldsFragmentDoc}`;
export const ExperimentResultsDocument = gql`
    query ExperimentResults($id: ID!, $phase: Int) {
  node(id: $id) {
    __typename
    ... on Experiment {
      id
      phase
      results(phase: $phase) {
        phase
        goal
        metricKind
        arms {
          arm {
            key
            isControl
          }
          exposed
          measured
          claims
          conversions
          rgSignals
          claimRate
          conversionRate
          revenuePerPlayer
          revenue {
            amount
            currency
          }
          metric {
            ...ExperimentIntervalFields
          }
          vsControl {
            difference {
              ...ExperimentIntervalFields
            }
            relative {
              ...ExperimentIntervalFields
            }
            pValue
          }
          probabilityBest
        }
        srm {
          ...ExperimentSrmFields
        }
      }
    }
  }
}
    ${ExperimentIntervalFieldsFragmentDoc}
${ExperimentSrmFieldsFragmentDoc}`;
export const ExperimentSrmDocument = gql`
    query ExperimentSrm($id: ID!, $phase: Int) {
  node(id: $id) {
    __typename
    ... on Experiment {
      id
      srm(phase: $phase) {
        ...ExperimentSrmFields
      }
    }
  }
}
    ${ExperimentSrmFieldsFragmentDoc}`;
export const EvaluateOfferPolicyDocument = gql`
    query EvaluateOfferPolicy($experimentId: ID!, $weights: [ExperimentArmWeightInput!]!, $phase: Int) {
  evaluateOfferPolicy(
    experimentId: $experimentId
    weights: $weights
    phase: $phase
  ) {
    phase
    weights {
      armKey
      weight
    }
    estimate {
      n
      value
      variance
      standardError
      lower
      upper
      selfNormalized
      effectiveSampleSize
    }
    logging {
      n
      value
      standardError
      lower
      upper
    }
  }
}
    `;
export const CreateExperimentDocument = gql`
    mutation CreateExperiment($input: CreateExperimentInput!) {
  createExperiment(input: $input) {
    __typename
    ... on CreateExperimentPayload {
      experiment {
        ...ExperimentFields
      }
    }
    ...ExperimentErrorFields
  }
}
    ${ExperimentFieldsFragmentDoc}
${ExperimentErrorFieldsFragmentDoc}`;
export const UpdateExperimentDocument = gql`
    mutation UpdateExperiment($input: UpdateExperimentInput!) {
  updateExperiment(input: $input) {
    __typename
    ... on UpdateExperimentPayload {
      experiment {
        ...ExperimentFields
      }
    }
    ...ExperimentErrorFields
  }
}
    ${ExperimentFieldsFragmentDoc}
${ExperimentErrorFieldsFragmentDoc}`;
export const StartExperimentDocument = gql`
    mutation StartExperiment($input: StartExperimentInput!) {
  startExperiment(input: $input) {
    __typename
    ... on StartExperimentPayload {
      experiment {
        ...ExperimentFields
      }
    }
    ...ExperimentErrorFields
  }
}
    ${ExperimentFieldsFragmentDoc}
${ExperimentErrorFieldsFragmentDoc}`;
export const StopExperimentDocument = gql`
    mutation StopExperiment($input: StopExperimentInput!) {
  stopExperiment(input: $input) {
    __typename
    ... on StopExperimentPayload {
      experiment {
        ...ExperimentFields
      }
    }
    ...ExperimentErrorFields
  }
}
    ${ExperimentFieldsFragmentDoc}
${ExperimentErrorFieldsFragmentDoc}`;
export const GamesDocument = gql`
    query Games($first: Int, $after: String, $last: Int, $before: String, $currency: Currency, $provider: String, $category: GameCategory, $includeDisabled: Boolean) {
  games(
    first: $first
    after: $after
    last: $last
    before: $before
    currency: $currency
    provider: $provider
    category: $category
    includeDisabled: $includeDisabled
  ) {
    totalCount
    edges {
      cursor
      node {
        ...GameFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${GameFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const GameDocument = gql`
    query Game($id: ID!) {
  game(id: $id) {
    ...GameFields
  }
}
    ${GameFieldsFragmentDoc}`;
export const AddGameDocument = gql`
    mutation AddGame($input: AddGameInput!) {
  addGame(input: $input) {
    __typename
    ... on AddGamePayload {
      game {
        ...GameFields
      }
    }
    ...ErrorFields
  }
}
    ${GameFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const UpdateGameDocument = gql`
    mutation UpdateGame($input: UpdateGameInput!) {
  updateGame(input: $input) {
    __typename
    ... on UpdateGamePayload {
      game {
        ...GameFields
      }
    }
    ... on InvalidIdError {
      expectedType
      path
    }
    ...ErrorFields
  }
}
    ${GameFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const LaunchGameDocument = gql`
    mutation LaunchGame($input: LaunchGameInput!) {
  launchGame(input: $input) {
    __typename
    ... on LaunchGamePayload {
      currency
      url
      token
      expiresAt
      game {
        id
        name
      }
    }
    ... on InvalidIdError {
      expectedType
      path
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const ViewerDocument = gql`
    query Viewer {
  viewer {
    kind
    roles
    permissions
    tenant {
      id
      slug
    }
    player {
      ...PlayerFields
    }
    staffUser {
      id
      email
    }
    apiKey {
      id
      name
    }
  }
}
    ${PlayerFieldsFragmentDoc}`;
export const NodeDocument = gql`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Player {
      email
    }
    ... on StaffUser {
      email
    }
    ... on ApiKey {
      name
    }
    ... on Tenant {
      slug
    }
    ... on PlayerNote {
      body
    }
    ... on PlayerSession {
      ip
    }
  }
}
    `;
export const PlayerDocument = gql`
    query Player($id: ID!) {
  player(id: $id) {
    ...PlayerFields
  }
}
    ${PlayerFieldsFragmentDoc}`;
export const PlayersDocument = gql`
    query Players($first: Int, $after: String, $last: Int, $before: String, $filter: PlayerFilter, $orderBy: PlayerOrder) {
  players(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    edges {
      cursor
      node {
        ...PlayerFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${PlayerFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const PlayerDetailDocument = gql`
    query PlayerDetail($id: ID!, $notes: Int, $sessions: Int) {
  player(id: $id) {
    ...PlayerFields
    blockedAt
    blockedReason
    blockedBy {
      id
      email
    }
    tags
    notes(first: $notes) {
      totalCount
      nodes {
        id
        body
        authorKind
        author {
          id
          email
        }
        player {
          id
        }
        createdAt
      }
      pageInfo {
        ...PageInfoFields
      }
    }
    sessions(first: $sessions) {
      totalCount
      nodes {
        id
        createdAt
        lastUsedAt
        expiresAt
        ip
        revokedAt
        player {
          id
        }
      }
    }
  }
}
    ${PlayerFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const PlayerNotesDocument = gql`
    query PlayerNotes($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  player(id: $id) {
    id
    notes(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        cursor
        node {
          id
          body
          createdAt
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
}
    ${PageInfoFieldsFragmentDoc}`;
export const StaffUsersDocument = gql`
    query StaffUsers($first: Int, $after: String, $last: Int, $before: String) {
  staffUsers(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges {
      node {
        ...StaffUserFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${StaffUserFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const ApiKeysDocument = gql`
    query ApiKeys($first: Int, $after: String, $last: Int, $before: String) {
  apiKeys(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges {
      node {
        ...ApiKeyFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${ApiKeyFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const RegisterPlayerDocument = gql`
    mutation RegisterPlayer($input: RegisterPlayerInput!) {
  registerPlayer(input: $input) {
    __typename
    ... on RegisterPlayerPayload {
      player {
        ...PlayerFields
      }
      tokens {
        ...TokenFields
      }
    }
    ... on LocaleNotOfferedError {
      offered
    }
    ...ErrorFields
  }
}
    ${PlayerFieldsFragmentDoc}
${TokenFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const LoginDocument = gql`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on LoginPayload {
      player {
        ...PlayerFields
      }
      tokens {
        ...TokenFields
      }
    }
    ...ErrorFields
  }
}
    ${PlayerFieldsFragmentDoc}
${TokenFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const StaffLoginDocument = gql`
    mutation StaffLogin($input: StaffLoginInput!) {
  staffLogin(input: $input) {
    __typename
    ... on StaffLoginPayload {
      tokens {
        ...TokenFields
      }
      staffUser {
        id
        email
      }
    }
    ...ErrorFields
  }
}
    ${TokenFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RefreshSessionDocument = gql`
    mutation RefreshSession($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    __typename
    ... on RefreshSessionPayload {
      tokens {
        ...TokenFields
      }
    }
    ...ErrorFields
  }
}
    ${TokenFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const LogoutDocument = gql`
    mutation Logout($input: LogoutInput!) {
  logout(input: $input) {
    sessionsEnded
  }
}
    `;
export const CreateStaffUserDocument = gql`
    mutation CreateStaffUser($input: CreateStaffUserInput!) {
  createStaffUser(input: $input) {
    __typename
    ... on CreateStaffUserPayload {
      staffUser {
        ...StaffUserFields
      }
    }
    ... on CannotGrantError {
      missing
    }
    ...ErrorFields
  }
}
    ${StaffUserFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SetStaffRolesDocument = gql`
    mutation SetStaffRoles($input: SetStaffRolesInput!) {
  setStaffRoles(input: $input) {
    __typename
    ... on SetStaffRolesPayload {
      staffUser {
        ...StaffUserFields
      }
    }
    ... on CannotGrantError {
      missing
    }
    ... on InvalidIdError {
      ...InvalidIdFields
    }
    ...ErrorFields
  }
}
    ${StaffUserFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const DisableStaffUserDocument = gql`
    mutation DisableStaffUser($input: DisableStaffUserInput!) {
  disableStaffUser(input: $input) {
    __typename
    ... on DisableStaffUserPayload {
      staffUser {
        ...StaffUserFields
      }
    }
    ... on InvalidIdError {
      ...InvalidIdFields
    }
    ...ErrorFields
  }
}
    ${StaffUserFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const CreateApiKeyDocument = gql`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeyPayload {
      key
      apiKey {
        ...ApiKeyFields
      }
    }
    ... on CannotGrantError {
      missing
    }
    ...ErrorFields
  }
}
    ${ApiKeyFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RevokeApiKeyDocument = gql`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    __typename
    ... on RevokeApiKeyPayload {
      apiKey {
        ...ApiKeyFields
      }
    }
    ... on InvalidIdError {
      ...InvalidIdFields
    }
    ...ErrorFields
  }
}
    ${ApiKeyFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const BlockPlayerDocument = gql`
    mutation BlockPlayer($input: BlockPlayerInput!) {
  blockPlayer(input: $input) {
    __typename
    ... on BlockPlayerPayload {
      player {
        ...PlayerFields
        blockedAt
        blockedReason
      }
    }
    ... on InvalidIdError {
      ...InvalidIdFields
    }
    ...ErrorFields
  }
}
    ${PlayerFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const UnblockPlayerDocument = gql`
    mutation UnblockPlayer($input: UnblockPlayerInput!) {
  unblockPlayer(input: $input) {
    __typename
    ... on UnblockPlayerPayload {
      player {
        ...PlayerFields
        blockedAt
        blockedReason
      }
    }
    ... on InvalidIdError {
      ...InvalidIdFields
    }
    ...ErrorFields
  }
}
    ${PlayerFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const AddPlayerNoteDocument = gql`
    mutation AddPlayerNote($input: AddPlayerNoteInput!) {
  addPlayerNote(input: $input) {
    __typename
    ... on AddPlayerNotePayload {
      note {
        id
        body
        authorKind
        author {
          id
        }
        createdAt
      }
      player {
        id
      }
    }
    ... on InvalidIdError {
      ...InvalidIdFields
    }
    ...ErrorFields
  }
}
    ${InvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const AddPlayerTagsDocument = gql`
    mutation AddPlayerTags($input: AddPlayerTagsInput!) {
  addPlayerTags(input: $input) {
    __typename
    ... on AddPlayerTagsPayload {
      player {
        id
        tags
      }
    }
    ... on InvalidIdError {
      ...InvalidIdFields
    }
    ...ErrorFields
  }
}
    ${InvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RemovePlayerTagsDocument = gql`
    mutation RemovePlayerTags($input: RemovePlayerTagsInput!) {
  removePlayerTags(input: $input) {
    __typename
    ... on RemovePlayerTagsPayload {
      player {
        id
        tags
      }
    }
    ... on InvalidIdError {
      ...InvalidIdFields
    }
    ...ErrorFields
  }
}
    ${InvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const UpdateMyProfileDocument = gql`
    mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    __typename
    ... on UpdateMyProfilePayload {
      player {
        ...PlayerFields
      }
    }
    ... on LocaleNotOfferedError {
      offered
    }
    ...ErrorFields
  }
}
    ${PlayerFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const JobQueuesDocument = gql`
    query JobQueues {
  jobQueues {
    ...JobQueueFields
  }
}
    ${JobQueueFieldsFragmentDoc}`;
export const JobQueueJobsDocument = gql`
    query JobQueueJobs($id: ID!, $state: BackgroundJobState, $first: Int, $after: String) {
  node(id: $id) {
    __typename
    ... on JobQueue {
      ...JobQueueFields
      jobs(state: $state, first: $first, after: $after) {
        totalCount
        nodes {
          ...BackgroundJobFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    ${JobQueueFieldsFragmentDoc}
${BackgroundJobFieldsFragmentDoc}`;
export const RetryBackgroundJobDocument = gql`
    mutation RetryBackgroundJob($input: RetryBackgroundJobInput!) {
  retryBackgroundJob(input: $input) {
    __typename
    ... on RetryBackgroundJobPayload {
      job {
        ...BackgroundJobFields
      }
    }
    ...ErrorFields
  }
}
    ${BackgroundJobFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const KpisDocument = gql`
    query Kpis($from: Date!, $to: Date!, $granularity: KpiGranularity) {
  kpis(from: $from, to: $to, granularity: $granularity) {
    ...TenantKpisFields
  }
}
    ${TenantKpisFieldsFragmentDoc}`;
export const KpiCohortsDocument = gql`
    query KpiCohorts($from: Date!, $to: Date!, $kind: KpiCohortKind, $window: KpiRetentionWindow, $granularity: KpiGranularity) {
  kpiCohorts(
    from: $from
    to: $to
    kind: $kind
    window: $window
    granularity: $granularity
  ) {
    start
    end
    size
    retention {
      day
      players
      rate
      complete
    }
  }
}
    `;
export const KpiFunnelDocument = gql`
    query KpiFunnel($from: Date!, $to: Date!) {
  kpiFunnel(from: $from, to: $to) {
    registered
    deposited
    played
  }
}
    `;
export const KpiReconciliationsDocument = gql`
    query KpiReconciliations($from: Date!, $to: Date!) {
  kpiReconciliations(from: $from, to: $to) {
    ...KpiReconciliationFields
  }
}
    ${KpiReconciliationFieldsFragmentDoc}`;
export const ReconcileKpisDocument = gql`
    mutation ReconcileKpis($input: ReconcileKpisInput!) {
  reconcileKpis(input: $input) {
    __typename
    ... on ReconcileKpisPayload {
      reconciliation {
        ...KpiReconciliationFields
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    ${KpiReconciliationFieldsFragmentDoc}`;
export const PlatformKpisDocument = gql`
    query PlatformKpis($from: Date!, $to: Date!, $granularity: KpiGranularity) {
  platformKpis(from: $from, to: $to, granularity: $granularity) {
    tenant {
      id
      slug
      name
    }
    ...TenantKpisFields
  }
}
    ${TenantKpisFieldsFragmentDoc}`;
export const RebuildKpisDocument = gql`
    mutation RebuildKpis($input: RebuildKpisInput!) {
  rebuildKpis(input: $input) {
    __typename
    ... on RebuildKpisPayload {
      rebuiltAt
    }
    ... on Error {
      code
      message
    }
  }
}
    `;
export const MenuDocument = gql`
    query Menu {
  menu {
    items {
      key
      label
      position
    }
    features
  }
}
    `;
export const TenantMenuDocument = gql`
    query TenantMenu {
  tenantMenu {
    ...TenantMenuItemFields
  }
}
    ${TenantMenuItemFieldsFragmentDoc}`;
export const MenuChangeDocument = gql`
    query MenuChange($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on MenuChange {
      itemKey
      action
    }
  }
}
    `;
export const MenuChangesDocument = gql`
    query MenuChanges($first: Int, $after: String, $last: Int, $before: String, $itemKey: String) {
  menuChanges(
    first: $first
    after: $after
    last: $last
    before: $before
    itemKey: $itemKey
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        itemKey
        action
        actorKind
        actor {
          __typename
          ... on StaffUser {
            id
            email
          }
          ... on ApiKey {
            id
            name
          }
          ... on PlatformOperator {
            name
          }
        }
        createdAt
        before {
          enabled
          position
        }
        after {
          enabled
          position
        }
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${PageInfoFieldsFragmentDoc}`;
export const MenuCatalogueDocument = gql`
    query MenuCatalogue {
  menuCatalogue {
    key
    kind
    defaultEnabled
    defaultPosition
  }
}
    `;
export const SetMenuItemDocument = gql`
    mutation SetMenuItem($input: SetMenuItemInput!) {
  setMenuItem(input: $input) {
    __typename
    ... on SetMenuItemPayload {
      items {
        ...TenantMenuItemFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantMenuItemFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ReorderMenuDocument = gql`
    mutation ReorderMenu($input: ReorderMenuInput!) {
  reorderMenu(input: $input) {
    __typename
    ... on ReorderMenuPayload {
      items {
        ...TenantMenuItemFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantMenuItemFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ResetMenuItemDocument = gql`
    mutation ResetMenuItem($input: ResetMenuItemInput!) {
  resetMenuItem(input: $input) {
    __typename
    ... on ResetMenuItemPayload {
      items {
        ...TenantMenuItemFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantMenuItemFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const DefineMenuCatalogueItemDocument = gql`
    mutation DefineMenuCatalogueItem($input: DefineMenuCatalogueItemInput!) {
  defineMenuCatalogueItem(input: $input) {
    __typename
    ... on DefineMenuCatalogueItemPayload {
      item {
        key
        kind
        defaultEnabled
        defaultPosition
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const MenuUpdatedDocument = gql`
    subscription MenuUpdated {
  menuUpdated {
    seq
    menu {
      items {
        key
        label
        position
      }
      features
    }
  }
}
    `;
export const OffersDocument = gql`
    query Offers($status: OfferStatus, $placement: String, $first: Int, $after: String) {
  offers(status: $status, placement: $placement, first: $first, after: $after) {
    totalCount
    nodes {
      ...OfferFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${OfferFieldsFragmentDoc}`;
export const OfferDocument = gql`
    query Offer($id: ID!) {
  node(id: $id) {
    __typename
    ... on Offer {
      ...OfferFields
    }
  }
}
    ${OfferFieldsFragmentDoc}`;
export const CreateOfferDocument = gql`
    mutation CreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    __typename
    ... on CreateOfferPayload {
      offer {
        ...OfferFields
      }
    }
    ... on Error {
      ...OfferErrorFields
    }
  }
}
    ${OfferFieldsFragmentDoc}
${OfferErrorFieldsFragmentDoc}`;
export const UpdateOfferDocument = gql`
    mutation UpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    __typename
    ... on UpdateOfferPayload {
      offer {
        ...OfferFields
      }
    }
    ... on Error {
      ...OfferErrorFields
    }
  }
}
    ${OfferFieldsFragmentDoc}
${OfferErrorFieldsFragmentDoc}`;
export const SetOfferStatusDocument = gql`
    mutation SetOfferStatus($input: SetOfferStatusInput!) {
  setOfferStatus(input: $input) {
    __typename
    ... on SetOfferStatusPayload {
      offer {
        ...OfferFields
      }
    }
    ... on Error {
      ...OfferErrorFields
    }
  }
}
    ${OfferFieldsFragmentDoc}
${OfferErrorFieldsFragmentDoc}`;
export const OffersForDocument = gql`
    query OffersFor($placement: String!, $currency: Currency!) {
  offersFor(placement: $placement, currency: $currency) {
    decision {
      id
    }
    offers {
      ...PlayerOfferFields
    }
  }
}
    ${PlayerOfferFieldsFragmentDoc}`;
export const ClaimOfferDocument = gql`
    mutation ClaimOffer($input: ClaimOfferInput!) {
  claimOffer(input: $input) {
    __typename
    ... on ClaimOfferPayload {
      replay
      claim {
        id
        currency
        decision {
          id
        }
        claimedAt
        offer {
          ...PlayerOfferFields
        }
      }
      grant {
        id
        status
        kind
        currency
        granted {
          amount
          currency
        }
      }
    }
    ... on Error {
      ...OfferErrorFields
    }
  }
}
    ${PlayerOfferFieldsFragmentDoc}
${OfferErrorFieldsFragmentDoc}`;
export const MyOffersDocument = gql`
    query MyOffers($first: Int, $after: String) {
  myOffers(first: $first, after: $after) {
    totalCount
    nodes {
      id
      currency
      decision {
        id
      }
      claimedAt
      offer {
        ...PlayerOfferFields
      }
      grant {
        id
        status
      }
    }
  }
}
    ${PlayerOfferFieldsFragmentDoc}`;
export const OfferDecisionsDocument = gql`
    query OfferDecisions($playerId: ID, $placement: String, $offerId: ID, $policy: OfferDecisionPolicy, $experimentId: ID, $first: Int, $after: String) {
  offerDecisions(
    playerId: $playerId
    placement: $placement
    offerId: $offerId
    policy: $policy
    experimentId: $experimentId
    first: $first
    after: $after
  ) {
    totalCount
    nodes {
      ...OfferDecisionFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${OfferDecisionFieldsFragmentDoc}`;
export const PlayerOfferNodeDocument = gql`
    query PlayerOfferNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on PlayerOffer {
      ...PlayerOfferFields
    }
  }
}
    ${PlayerOfferFieldsFragmentDoc}`;
export const OfferDecisionDocument = gql`
    query OfferDecision($id: ID!) {
  node(id: $id) {
    __typename
    ... on OfferDecision {
      ...OfferDecisionFields
    }
  }
}
    ${OfferDecisionFieldsFragmentDoc}`;
export const PlayerOfferDecisionsDocument = gql`
    query PlayerOfferDecisions($id: ID!, $first: Int) {
  node(id: $id) {
    __typename
    ... on Player {
      offerDecisions(first: $first) {
        totalCount
        nodes {
          id
          policy
        }
      }
    }
  }
}
    `;
export const SetPaymentProviderDocument = gql`
    mutation SetPaymentProvider($input: SetPaymentProviderInput!) {
  setPaymentProvider(input: $input) {
    __typename
    ... on SetPaymentProviderPayload {
      provider {
        ...PaymentProviderFields
      }
    }
    ...ErrorFields
  }
}
    ${PaymentProviderFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const PaymentProvidersDocument = gql`
    query PaymentProviders {
  paymentProviders {
    ...PaymentProviderFields
  }
}
    ${PaymentProviderFieldsFragmentDoc}`;
export const SetPaymentSettingsDocument = gql`
    mutation SetPaymentSettings($input: SetPaymentSettingsInput!) {
  setPaymentSettings(input: $input) {
    __typename
    ... on SetPaymentSettingsPayload {
      settings {
        dualApprovalAbove
        chargebackFreeze
        stalePendingMinutes
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const DepositOptionsDocument = gql`
    query DepositOptions {
  depositOptions {
    provider
    currencies
    minAmount
    maxAmount
  }
}
    `;
export const CreateDepositDocument = gql`
    mutation CreateDeposit($input: CreateDepositInput!) {
  createDeposit(input: $input) {
    __typename
    ... on CreateDepositPayload {
      payment {
        ...PaymentFields
      }
      clientSecret
      sessionId
      sessionData
    }
    ... on VerificationRequiredError {
      requiredLevel
      currentLevel
      reason
    }
    ...ErrorFields
  }
}
    ${PaymentFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const MyPaymentsDocument = gql`
    query MyPayments($first: Int, $after: String, $last: Int, $before: String) {
  myPayments(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...PaymentFields
    }
  }
}
    ${PageInfoFieldsFragmentDoc}
${PaymentFieldsFragmentDoc}`;
export const PaymentsDocument = gql`
    query Payments($filter: PaymentFilter, $first: Int, $after: String, $last: Int, $before: String) {
  payments(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...PaymentFields
    }
  }
}
    ${PageInfoFieldsFragmentDoc}
${PaymentFieldsFragmentDoc}`;
export const PaymentDocument = gql`
    query Payment($id: ID!) {
  payment(id: $id) {
    ...PaymentFields
  }
}
    ${PaymentFieldsFragmentDoc}`;
export const RequestWithdrawalDocument = gql`
    mutation RequestWithdrawal($input: RequestWithdrawalInput!) {
  requestWithdrawal(input: $input) {
    __typename
    ... on RequestWithdrawalPayload {
      replay
      withdrawal {
        ...WithdrawalFields
      }
      parts {
        ...WithdrawalFields
      }
    }
    ... on WithdrawalNoRouteError {
      routable
    }
    ... on VerificationRequiredError {
      requiredLevel
      currentLevel
      reason
    }
    ... on WithdrawalNeedsConfirmationError {
      forfeits {
        kind
        subjectRef
        amount {
          ...PaymentMoney
        }
      }
      total {
        ...PaymentMoney
      }
    }
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${PaymentMoneyFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const CancelWithdrawalDocument = gql`
    mutation CancelWithdrawal($input: CancelWithdrawalInput!) {
  cancelWithdrawal(input: $input) {
    __typename
    ... on CancelWithdrawalPayload {
      withdrawal {
        ...WithdrawalFields
      }
    }
    ...PaymentInvalidId
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${PaymentInvalidIdFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ApproveWithdrawalDocument = gql`
    mutation ApproveWithdrawal($input: ApproveWithdrawalInput!) {
  approveWithdrawal(input: $input) {
    __typename
    ... on ApproveWithdrawalPayload {
      withdrawal {
        ...WithdrawalFields
      }
    }
    ...PaymentInvalidId
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${PaymentInvalidIdFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RejectWithdrawalDocument = gql`
    mutation RejectWithdrawal($input: RejectWithdrawalInput!) {
  rejectWithdrawal(input: $input) {
    __typename
    ... on RejectWithdrawalPayload {
      withdrawal {
        ...WithdrawalFields
      }
    }
    ...PaymentInvalidId
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${PaymentInvalidIdFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const CompleteManualWithdrawalDocument = gql`
    mutation CompleteManualWithdrawal($input: CompleteManualWithdrawalInput!) {
  completeManualWithdrawal(input: $input) {
    __typename
    ... on CompleteManualWithdrawalPayload {
      replay
      withdrawal {
        ...WithdrawalFields
      }
    }
    ...PaymentInvalidId
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${PaymentInvalidIdFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RejectManualWithdrawalDocument = gql`
    mutation RejectManualWithdrawal($input: RejectManualWithdrawalInput!) {
  rejectManualWithdrawal(input: $input) {
    __typename
    ... on RejectManualWithdrawalPayload {
      withdrawal {
        ...WithdrawalFields
      }
    }
    ...PaymentInvalidId
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${PaymentInvalidIdFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RefundDepositDocument = gql`
    mutation RefundDeposit($input: RefundDepositInput!) {
  refundDeposit(input: $input) {
    __typename
    ... on RefundDepositPayload {
      replay
      withdrawal {
        ...WithdrawalFields
      }
    }
    ...PaymentInvalidId
    ...ErrorFields
  }
}
    ${WithdrawalFieldsFragmentDoc}
${PaymentInvalidIdFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const WithdrawalsDocument = gql`
    query Withdrawals($filter: WithdrawalFilter, $first: Int, $after: String, $last: Int, $before: String) {
  withdrawals(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...WithdrawalFields
    }
  }
}
    ${PageInfoFieldsFragmentDoc}
${WithdrawalFieldsFragmentDoc}`;
export const WithdrawalDocument = gql`
    query Withdrawal($id: ID!) {
  withdrawal(id: $id) {
    ...WithdrawalFields
  }
}
    ${WithdrawalFieldsFragmentDoc}`;
export const MyWithdrawalsDocument = gql`
    query MyWithdrawals($first: Int, $after: String, $last: Int, $before: String) {
  myWithdrawals(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...WithdrawalFields
    }
  }
}
    ${PageInfoFieldsFragmentDoc}
${WithdrawalFieldsFragmentDoc}`;
export const WithdrawalReferencesDocument = gql`
    query WithdrawalReferences($filter: WithdrawalFilter, $first: Int) {
  withdrawals(filter: $filter, first: $first) {
    nodes {
      id
      amount {
        amount
        currency
      }
      player {
        id
        email
        displayName
      }
      account {
        id
        ownerType
        currency
        kind
        balance {
          amount
        }
        held {
          amount
        }
      }
      sourcePayment {
        id
        status
        amount {
          amount
          currency
        }
        player {
          id
        }
      }
    }
  }
}
    `;
export const PlayerPaymentsDocument = gql`
    query PlayerPayments($id: ID!, $first: Int, $last: Int, $before: String) {
  node(id: $id) {
    __typename
    ... on Player {
      id
      payments(first: $first, last: $last, before: $before) {
        totalCount
        nodes {
          id
          status
        }
      }
      withdrawals(first: $first) {
        totalCount
        nodes {
          id
          status
          kind
        }
      }
    }
  }
}
    `;
export const DisputesDocument = gql`
    query Disputes($filter: DisputeFilter, $first: Int, $after: String, $last: Int, $before: String) {
  disputes(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...DisputeFields
    }
  }
}
    ${PageInfoFieldsFragmentDoc}
${DisputeFieldsFragmentDoc}`;
export const DisputeDocument = gql`
    query Dispute($id: ID!) {
  dispute(id: $id) {
    ...DisputeFields
  }
}
    ${DisputeFieldsFragmentDoc}`;
export const AddDisputeEvidenceDocument = gql`
    mutation AddDisputeEvidence($input: AddDisputeEvidenceInput!) {
  addDisputeEvidence(input: $input) {
    __typename
    ... on AddDisputeEvidencePayload {
      dispute {
        ...DisputeFields
      }
    }
    ...PaymentInvalidId
    ...ErrorFields
  }
}
    ${DisputeFieldsFragmentDoc}
${PaymentInvalidIdFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const PaymentReconciliationDocument = gql`
    query PaymentReconciliation($day: Date!) {
  paymentReconciliation(day: $day) {
    kind
    payment {
      id
    }
    player {
      id
    }
    provider
    providerRef
    providerAmount {
      ...PaymentMoney
    }
    ledgerAmount {
      ...PaymentMoney
    }
    ledgerCredits
    detail
  }
}
    ${PaymentMoneyFragmentDoc}`;
export const MyPaymentEventsDocument = gql`
    subscription MyPaymentEvents {
  myPaymentEvents {
    ...PaymentEventFields
  }
}
    ${PaymentEventFieldsFragmentDoc}`;
export const PaymentEventsDocument = gql`
    subscription PaymentEvents {
  paymentEvents {
    ...PaymentEventFields
  }
}
    ${PaymentEventFieldsFragmentDoc}`;
export const PokerTablesDocument = gql`
    query PokerTables($first: Int, $after: String, $last: Int, $before: String, $status: PokerTableStatus, $variant: PokerVariant) {
  pokerTables(
    first: $first
    after: $after
    last: $last
    before: $before
    status: $status
    variant: $variant
  ) {
    totalCount
    nodes {
      ...PokerTableFields
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${PokerTableFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const PokerTableDocument = gql`
    query PokerTable($id: ID!) {
  pokerTable(id: $id) {
    ...PokerTableFields
  }
}
    ${PokerTableFieldsFragmentDoc}`;
export const PokerHandDocument = gql`
    query PokerHand($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on PokerHand {
      ...PokerHandFields
    }
  }
}
    ${PokerHandFieldsFragmentDoc}`;
export const PokerTableSnapshotDocument = gql`
    query PokerTableSnapshot($tableId: ID!) {
  pokerTableSnapshot(tableId: $tableId) {
    seq
    mySeat
    turnDeadline
    table {
      ...PokerTableFields
    }
    seats {
      ...PokerSeatFields
    }
    hand {
      hand {
        id
      }
      handNo
      street
      status
      board
      buttonSeat
      seatToAct
      currentBet {
        amount
      }
      minRaiseIncrement {
        amount
      }
      pot {
        amount
      }
      pots {
        amount {
          amount
        }
        eligibleSeats
      }
      toCall {
        amount
      }
      seq
      players {
        seat
        player {
          id
        }
        stack {
          amount
        }
        streetBet {
          amount
        }
        totalBet {
          amount
        }
        folded
        allIn
        holeCards
        holeCount
      }
      legalActions {
        type
        amount {
          amount
        }
        min {
          amount
        }
        max {
          amount
        }
      }
    }
  }
}
    ${PokerTableFieldsFragmentDoc}
${PokerSeatFieldsFragmentDoc}`;
export const PokerHandsDocument = gql`
    query PokerHands($tableId: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  pokerHands(
    tableId: $tableId
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    nodes {
      ...PokerHandFields
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${PokerHandFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const CreatePokerTableDocument = gql`
    mutation CreatePokerTable($input: CreatePokerTableInput!) {
  createPokerTable(input: $input) {
    __typename
    ... on CreatePokerTablePayload {
      table {
        ...PokerTableFields
      }
    }
    ...ErrorFields
  }
}
    ${PokerTableFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ClosePokerTableDocument = gql`
    mutation ClosePokerTable($input: ClosePokerTableInput!) {
  closePokerTable(input: $input) {
    __typename
    ... on ClosePokerTablePayload {
      table {
        ...PokerTableFields
      }
    }
    ...PokerInvalidIdFields
    ...ErrorFields
  }
}
    ${PokerTableFieldsFragmentDoc}
${PokerInvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SitAtPokerTableDocument = gql`
    mutation SitAtPokerTable($input: SitAtPokerTableInput!) {
  sitAtPokerTable(input: $input) {
    __typename
    ... on SitAtPokerTablePayload {
      table {
        id
      }
      seq
      seat {
        ...PokerSeatFields
      }
    }
    ... on PokerBuyInOutOfRangeError {
      min {
        amount
        currency
      }
      max {
        amount
        currency
      }
    }
    ... on PokerSeatUnavailableError {
      reason
      seatNumber
    }
    ...PokerInvalidIdFields
    ...ErrorFields
  }
}
    ${PokerSeatFieldsFragmentDoc}
${PokerInvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const PokerActDocument = gql`
    mutation PokerAct($input: PokerActInput!) {
  pokerAct(input: $input) {
    __typename
    ... on PokerActPayload {
      table {
        id
      }
      hand {
        id
        handNo
      }
      seq
    }
    ... on PokerIllegalAmountError {
      min {
        amount
      }
      max {
        amount
      }
    }
    ...PokerInvalidIdFields
    ...ErrorFields
  }
}
    ${PokerInvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SitOutPokerTableDocument = gql`
    mutation SitOutPokerTable($input: SitOutPokerTableInput!) {
  sitOutPokerTable(input: $input) {
    __typename
    ... on SitOutPokerTablePayload {
      table {
        id
      }
      seq
      seat {
        ...PokerSeatFields
      }
    }
    ...PokerInvalidIdFields
    ...ErrorFields
  }
}
    ${PokerSeatFieldsFragmentDoc}
${PokerInvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const LeavePokerTableDocument = gql`
    mutation LeavePokerTable($input: LeavePokerTableInput!) {
  leavePokerTable(input: $input) {
    __typename
    ... on LeavePokerTablePayload {
      table {
        id
      }
      pending
      cashedOut {
        amount
        currency
      }
      seq
    }
    ...PokerInvalidIdFields
    ...ErrorFields
  }
}
    ${PokerInvalidIdFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const TableEventsDocument = gql`
    subscription TableEvents($tableId: ID!, $afterSeq: Int) {
  tableEvents(tableId: $tableId, afterSeq: $afterSeq) {
    seq
    type
    hand {
      id
    }
    data
    occurredAt
  }
}
    `;
export const ResponsibleGamblingDocument = gql`
    query ResponsibleGambling {
  responsibleGambling {
    ...ResponsibleGamblingFields
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}`;
export const PlayerResponsibleGamblingDocument = gql`
    query PlayerResponsibleGambling($playerId: ID!) {
  playerResponsibleGambling(playerId: $playerId) {
    ...ResponsibleGamblingFields
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}`;
export const PlayerDetailResponsibleGamblingDocument = gql`
    query PlayerDetailResponsibleGambling($id: ID!) {
  node(id: $id) {
    __typename
    ... on Player {
      id
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}`;
export const SetResponsibleGamblingLimitDocument = gql`
    mutation SetResponsibleGamblingLimit($input: SetResponsibleGamblingLimitInput!) {
  setResponsibleGamblingLimit(input: $input) {
    __typename
    ... on SetResponsibleGamblingLimitPayload {
      appliesAt
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ...ErrorFields
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SetSessionTimeLimitDocument = gql`
    mutation SetSessionTimeLimit($minutes: Int) {
  setSessionTimeLimit(input: {minutes: $minutes}) {
    __typename
    ... on SetSessionTimeLimitPayload {
      appliesAt
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ...ErrorFields
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SetRealityCheckIntervalDocument = gql`
    mutation SetRealityCheckInterval($minutes: Int) {
  setRealityCheckInterval(input: {minutes: $minutes}) {
    __typename
    ... on SetRealityCheckIntervalPayload {
      appliesAt
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ...ErrorFields
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const TakeTimeOutDocument = gql`
    mutation TakeTimeOut($hours: Int!) {
  takeTimeOut(input: {hours: $hours}) {
    __typename
    ... on TakeTimeOutPayload {
      appliesAt
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ...ErrorFields
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SelfExcludeDocument = gql`
    mutation SelfExclude($months: Int!) {
  selfExclude(input: {months: $months}) {
    __typename
    ... on SelfExcludePayload {
      appliesAt
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ...ErrorFields
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RealityCheckDocument = gql`
    subscription RealityCheck {
  realityCheck {
    kind
    seq
    sessionStartedAt
    elapsedMinutes
    sessionLimitMinutes
    until
    occurredAt
  }
}
    `;
export const FlagPlayerForResponsibleGamblingDocument = gql`
    mutation FlagPlayerForResponsibleGambling($input: FlagPlayerForResponsibleGamblingInput!) {
  flagPlayerForResponsibleGambling(input: $input) {
    __typename
    ... on FlagPlayerForResponsibleGamblingPayload {
      changed
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ...ErrorFields
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ClearResponsibleGamblingFlagDocument = gql`
    mutation ClearResponsibleGamblingFlag($input: ClearResponsibleGamblingFlagInput!) {
  clearResponsibleGamblingFlag(input: $input) {
    __typename
    ... on ClearResponsibleGamblingFlagPayload {
      changed
      responsibleGambling {
        ...ResponsibleGamblingFields
      }
    }
    ...ErrorFields
  }
}
    ${ResponsibleGamblingFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RiskCasesDocument = gql`
    query RiskCases($status: RiskCaseStatus, $kind: RiskCaseKind, $playerId: ID, $first: Int = 20, $after: String) {
  riskCases(
    status: $status
    kind: $kind
    playerId: $playerId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...RiskCaseFields
    }
  }
}
    ${RiskCaseFieldsFragmentDoc}`;
export const RiskCaseDocument = gql`
    query RiskCase($id: ID!) {
  node(id: $id) {
    __typename
    ... on RiskCase {
      ...RiskCaseFields
      actions(first: 50) {
        totalCount
        nodes {
          ...RiskCaseActionFields
        }
      }
    }
  }
}
    ${RiskCaseFieldsFragmentDoc}
${RiskCaseActionFieldsFragmentDoc}`;
export const RiskActionQueueDocument = gql`
    query RiskActionQueue($first: Int) {
  riskActionQueue(first: $first) {
    totalCount
    nodes {
      ...RiskCaseActionFields
      riskCase {
        id
      }
    }
  }
}
    ${RiskCaseActionFieldsFragmentDoc}`;
export const PlayerRiskCasesDocument = gql`
    query PlayerRiskCases($id: ID!) {
  node(id: $id) {
    ... on Player {
      riskCases(first: 20) {
        totalCount
        nodes {
          id
          kind
          status
        }
      }
    }
  }
}
    `;
export const OpenRiskCaseDocument = gql`
    mutation OpenRiskCase($input: OpenRiskCaseInput!) {
  openRiskCase(input: $input) {
    __typename
    ... on OpenRiskCasePayload {
      riskCase {
        ...RiskCaseFields
      }
    }
    ... on Error {
      ...RiskErrorFields
    }
  }
}
    ${RiskCaseFieldsFragmentDoc}
${RiskErrorFieldsFragmentDoc}`;
export const TakeRiskCaseActionDocument = gql`
    mutation TakeRiskCaseAction($input: TakeRiskCaseActionInput!) {
  takeRiskCaseAction(input: $input) {
    __typename
    ... on TakeRiskCaseActionPayload {
      replay
      action {
        ...RiskCaseActionFields
      }
      riskCase {
        id
        version
        status
      }
    }
    ... on Error {
      ...RiskErrorFields
    }
  }
}
    ${RiskCaseActionFieldsFragmentDoc}
${RiskErrorFieldsFragmentDoc}`;
export const ApproveRiskCaseActionDocument = gql`
    mutation ApproveRiskCaseAction($input: ApproveRiskCaseActionInput!) {
  approveRiskCaseAction(input: $input) {
    __typename
    ... on ApproveRiskCaseActionPayload {
      action {
        ...RiskCaseActionFields
      }
      riskCase {
        id
        version
      }
    }
    ... on Error {
      ...RiskErrorFields
    }
  }
}
    ${RiskCaseActionFieldsFragmentDoc}
${RiskErrorFieldsFragmentDoc}`;
export const RejectRiskCaseActionDocument = gql`
    mutation RejectRiskCaseAction($input: RejectRiskCaseActionInput!) {
  rejectRiskCaseAction(input: $input) {
    __typename
    ... on RejectRiskCaseActionPayload {
      action {
        ...RiskCaseActionFields
      }
      riskCase {
        id
        version
      }
    }
    ... on Error {
      ...RiskErrorFields
    }
  }
}
    ${RiskCaseActionFieldsFragmentDoc}
${RiskErrorFieldsFragmentDoc}`;
export const ResolveRiskCaseDocument = gql`
    mutation ResolveRiskCase($input: ResolveRiskCaseInput!) {
  resolveRiskCase(input: $input) {
    __typename
    ... on ResolveRiskCasePayload {
      riskCase {
        ...RiskCaseFields
      }
    }
    ... on Error {
      ...RiskErrorFields
    }
  }
}
    ${RiskCaseFieldsFragmentDoc}
${RiskErrorFieldsFragmentDoc}`;
export const RiskCaseUpdatedDocument = gql`
    subscription RiskCaseUpdated($caseId: ID, $playerId: ID) {
  riskCaseUpdated(caseId: $caseId, playerId: $playerId) {
    seq
    change
    version
    riskCase {
      id
      kind
      status
      severity
      players {
        id
      }
    }
    action {
      id
      action
      status
    }
    occurredAt
  }
}
    `;
export const CollusionPairsDocument = gql`
    query CollusionPairs($first: Int, $after: String, $minHands: Int, $flagged: Boolean) {
  collusionPairs(
    first: $first
    after: $after
    minHands: $minHands
    flagged: $flagged
  ) {
    totalCount
    nodes {
      ...CollusionPairFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${CollusionPairFieldsFragmentDoc}`;
export const PlayerCollusionPairsDocument = gql`
    query PlayerCollusionPairs($id: ID!) {
  node(id: $id) {
    ... on Player {
      collusionPairs(first: 20) {
        totalCount
        nodes {
          ...CollusionPairFields
        }
      }
    }
  }
}
    ${CollusionPairFieldsFragmentDoc}`;
export const CollusionPairNodeDocument = gql`
    query CollusionPairNode($id: ID!) {
  node(id: $id) {
    ... on CollusionPair {
      ...CollusionPairFields
    }
  }
}
    ${CollusionPairFieldsFragmentDoc}`;
export const ScanCollusionDocument = gql`
    mutation ScanCollusion($input: ScanCollusionInput!) {
  scanCollusion(input: $input) {
    __typename
    ... on ScanCollusionPayload {
      hands
      pairs
      flagged
    }
    ... on Error {
      message
      code
    }
  }
}
    `;
export const SetKycProviderDocument = gql`
    mutation SetKycProvider($input: SetKycProviderInput!) {
  setKycProvider(input: $input) {
    __typename
    ... on SetKycProviderPayload {
      provider {
        id
        adapter
        enabled
        keyFingerprint
        endpoint
        webhookPath
      }
    }
    ... on KycProviderUnsupportedError {
      adapterCode
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const KycProvidersDocument = gql`
    query KycProviders {
  kycProviders {
    id
    adapter
    enabled
    keyFingerprint
    endpoint
    webhookPath
  }
}
    `;
export const StartVerificationDocument = gql`
    mutation StartVerification($input: StartVerificationInput!) {
  startVerification(input: $input) {
    __typename
    ... on StartVerificationPayload {
      sdkToken
      formUri
      verification {
        ...KycVerificationFields
      }
    }
    ... on KycLevelAlreadyReachedError {
      level
    }
    ...ErrorFields
  }
}
    ${KycVerificationFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const MyVerificationDocument = gql`
    query MyVerification {
  myVerification {
    ...PlayerVerificationFields
  }
}
    ${PlayerVerificationFieldsFragmentDoc}`;
export const PlayerVerificationDocument = gql`
    query PlayerVerification($id: ID!) {
  node(id: $id) {
    __typename
    ... on Player {
      id
      status
      verification {
        ...PlayerVerificationFields
      }
    }
  }
}
    ${PlayerVerificationFieldsFragmentDoc}`;
export const PlayerVerificationsDocument = gql`
    query PlayerVerifications($playerId: ID!, $first: Int, $after: String) {
  playerVerifications(playerId: $playerId, first: $first, after: $after) {
    totalCount
    nodes {
      ...KycVerificationFields
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${KycVerificationFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const KycVerificationNodeDocument = gql`
    query KycVerificationNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on KycVerification {
      ...KycVerificationFields
    }
  }
}
    ${KycVerificationFieldsFragmentDoc}`;
export const RequestVerificationDocument = gql`
    mutation RequestVerification($input: RequestVerificationInput!) {
  requestVerification(input: $input) {
    __typename
    ... on RequestVerificationPayload {
      level
      player {
        id
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const DecideVerificationDocument = gql`
    mutation DecideVerification($input: DecideVerificationInput!) {
  decideVerification(input: $input) {
    __typename
    ... on DecideVerificationPayload {
      verification {
        ...KycVerificationFields
      }
    }
    ... on KycVerificationNotPendingError {
      status
    }
    ...ErrorFields
  }
}
    ${KycVerificationFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const RiskSettingsDocument = gql`
    query RiskSettings {
  riskSettings {
    ...RiskSettingsFields
  }
}
    ${RiskSettingsFieldsFragmentDoc}`;
export const UpdateRiskSettingsDocument = gql`
    mutation UpdateRiskSettings($input: UpdateRiskSettingsInput!) {
  updateRiskSettings(input: $input) {
    __typename
    ... on UpdateRiskSettingsPayload {
      settings {
        ...RiskSettingsFields
      }
    }
    ...ErrorFields
  }
}
    ${RiskSettingsFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const MyVerificationUpdatedDocument = gql`
    subscription MyVerificationUpdated {
  myVerificationUpdated {
    seq
    status
    verification {
      id
      status
      level
    }
  }
}
    `;
export const LinkedAccountsDocument = gql`
    query LinkedAccounts($playerId: ID!) {
  linkedAccounts(playerId: $playerId) {
    player {
      id
    }
    score
    signals {
      ...RiskLinkSignalFields
    }
    link {
      id
    }
  }
}
    ${RiskLinkSignalFieldsFragmentDoc}`;
export const PlayerLinkedAccountsDocument = gql`
    query PlayerLinkedAccounts($id: ID!) {
  node(id: $id) {
    ... on Player {
      id
      linkedAccounts {
        player {
          id
        }
        score
      }
    }
  }
}
    `;
export const RiskLinksDocument = gql`
    query RiskLinks($minScore: Float, $first: Int, $after: String) {
  riskLinks(minScore: $minScore, first: $first, after: $after) {
    totalCount
    nodes {
      id
      score
      players {
        id
      }
      signals {
        ...RiskLinkSignalFields
      }
      firstLinkedAt
      lastLinkedAt
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${RiskLinkSignalFieldsFragmentDoc}`;
export const GameProvidersDocument = gql`
    query GameProviders($first: Int, $after: String, $last: Int, $before: String) {
  gameProviders(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    nodes {
      ...GameProviderFields
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${GameProviderFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const SetGameProviderDocument = gql`
    mutation SetGameProvider($input: SetGameProviderInput!) {
  setGameProvider(input: $input) {
    __typename
    ... on SetGameProviderPayload {
      provider {
        ...GameProviderFields
      }
    }
    ...ErrorFields
  }
}
    ${GameProviderFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const CurrentTenantDocument = gql`
    query CurrentTenant {
  currentTenant {
    slug
    name
    defaultCurrency
    currencies
    defaultLocale
    locales
  }
}
    `;
export const TenantsDocument = gql`
    query Tenants($first: Int, $after: String, $last: Int, $before: String, $status: TenantStatus) {
  tenants(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: {status: $status}
  ) {
    totalCount
    nodes {
      ...TenantFields
    }
    edges {
      cursor
      node {
        ...TenantFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${TenantFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const TenantNodeDocument = gql`
    query TenantNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on Tenant {
      ...TenantFields
    }
  }
}
    ${TenantFieldsFragmentDoc}`;
export const CreateTenantDocument = gql`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    __typename
    ... on CreateTenantPayload {
      tenant {
        ...TenantFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const UpdateTenantDocument = gql`
    mutation UpdateTenant($input: UpdateTenantInput!) {
  updateTenant(input: $input) {
    __typename
    ... on UpdateTenantPayload {
      tenant {
        ...TenantFields
      }
    }
    ...ErrorFields
    ... on InvalidIdError {
      expectedType
      path
    }
  }
}
    ${TenantFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const SuspendTenantDocument = gql`
    mutation SuspendTenant($id: ID!) {
  suspendTenant(input: {id: $id}) {
    __typename
    ... on SuspendTenantPayload {
      tenant {
        ...TenantFields
      }
    }
    ...ErrorFields
    ... on InvalidIdError {
      expectedType
      path
    }
  }
}
    ${TenantFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const ReactivateTenantDocument = gql`
    mutation ReactivateTenant($id: ID!) {
  reactivateTenant(input: {id: $id}) {
    __typename
    ... on ReactivateTenantPayload {
      tenant {
        ...TenantFields
      }
    }
    ...ErrorFields
  }
}
    ${TenantFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}`;
export const MyVipPointsDocument = gql`
    query MyVipPoints($first: Int, $after: String, $last: Int, $before: String) {
  myVipPoints {
    ...VipPointsParts
    history(first: $first, after: $after, last: $last, before: $before) {
      nodes {
        kind
        points
        balanceAfter
        createdAt
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
}
    ${VipPointsPartsFragmentDoc}`;
export const PlayerVipPointsDocument = gql`
    query PlayerVipPoints($id: ID!, $first: Int, $after: String) {
  player(id: $id) {
    id
    vipPoints {
      ...VipPointsParts
      history(first: $first, after: $after) {
        nodes {
          kind
          points
          balanceAfter
          createdAt
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    ${VipPointsPartsFragmentDoc}`;
export const RedeemVipPointsDocument = gql`
    mutation RedeemVipPoints($input: RedeemVipPointsInput!) {
  redeemVipPoints(input: $input) {
    __typename
    ... on RedeemVipPointsPayload {
      replay
      redemption {
        ...VipRedemptionFields
      }
    }
    ... on Error {
      ...VipRewardsErrorFields
    }
  }
}
    ${VipRedemptionFieldsFragmentDoc}
${VipRewardsErrorFieldsFragmentDoc}`;
export const MyVipRedemptionsDocument = gql`
    query MyVipRedemptions($first: Int, $after: String) {
  myVipRedemptions(first: $first, after: $after) {
    totalCount
    nodes {
      ...VipRedemptionFields
    }
  }
}
    ${VipRedemptionFieldsFragmentDoc}`;
export const PlayerVipRedemptionsDocument = gql`
    query PlayerVipRedemptions($id: ID!, $first: Int) {
  node(id: $id) {
    __typename
    ... on Player {
      vipRedemptions(first: $first) {
        totalCount
        nodes {
          ...VipRedemptionFields
        }
      }
    }
  }
}
    ${VipRedemptionFieldsFragmentDoc}`;
export const AdjustVipPointsDocument = gql`
    mutation AdjustVipPoints($input: AdjustVipPointsInput!) {
  adjustVipPoints(input: $input) {
    __typename
    ... on AdjustVipPointsPayload {
      replay
      balance
      adjustment {
        id
        player {
          id
        }
        points
        reason
        transaction {
          id
        }
        createdBy
        createdAt
      }
    }
    ... on Error {
      ...VipRewardsErrorFields
    }
  }
}
    ${VipRewardsErrorFieldsFragmentDoc}`;
export const RecordVipCheckDocument = gql`
    mutation RecordVipCheck($input: RecordVipCheckInput!) {
  recordVipCheck(input: $input) {
    __typename
    ... on RecordVipCheckPayload {
      check {
        ...VipCheckFields
      }
    }
    ... on Error {
      ...VipRewardsErrorFields
    }
  }
}
    ${VipCheckFieldsFragmentDoc}
${VipRewardsErrorFieldsFragmentDoc}`;
export const ApproveVipCheckDocument = gql`
    mutation ApproveVipCheck($input: ApproveVipCheckInput!) {
  approveVipCheck(input: $input) {
    __typename
    ... on ApproveVipCheckPayload {
      check {
        ...VipCheckFields
      }
    }
    ... on Error {
      ...VipRewardsErrorFields
    }
  }
}
    ${VipCheckFieldsFragmentDoc}
${VipRewardsErrorFieldsFragmentDoc}`;
export const RejectVipCheckDocument = gql`
    mutation RejectVipCheck($input: RejectVipCheckInput!) {
  rejectVipCheck(input: $input) {
    __typename
    ... on RejectVipCheckPayload {
      check {
        ...VipCheckFields
      }
    }
    ... on Error {
      ...VipRewardsErrorFields
    }
  }
}
    ${VipCheckFieldsFragmentDoc}
${VipRewardsErrorFieldsFragmentDoc}`;
export const VipCheckQueueDocument = gql`
    query VipCheckQueue($first: Int, $after: String) {
  vipCheckQueue(first: $first, after: $after) {
    totalCount
    nodes {
      ...VipCheckFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    ${VipCheckFieldsFragmentDoc}`;
export const PlayerVipChecksDocument = gql`
    query PlayerVipChecks($id: ID!, $first: Int) {
  node(id: $id) {
    __typename
    ... on Player {
      vipChecks(first: $first) {
        totalCount
        nodes {
          ...VipCheckFields
        }
      }
    }
  }
}
    ${VipCheckFieldsFragmentDoc}`;
export const MyVipRewardsDocument = gql`
    query MyVipRewards($first: Int) {
  myVipRewards(first: $first) {
    totalCount
    nodes {
      ...VipRewardFields
    }
  }
}
    ${VipRewardFieldsFragmentDoc}`;
export const PlayerVipRewardsDocument = gql`
    query PlayerVipRewards($id: ID!, $first: Int) {
  node(id: $id) {
    __typename
    ... on Player {
      vipRewards(first: $first) {
        totalCount
        nodes {
          ...VipRewardFields
        }
      }
    }
  }
}
    ${VipRewardFieldsFragmentDoc}`;
export const VipNodeDocument = gql`
    query VipNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on VipCheck {
      evidence
    }
    ... on VipRedemption {
      points
    }
    ... on VipReward {
      period
    }
  }
}
    `;
export const VipSettingsDocument = gql`
    query VipSettings {
  vipSettings {
    ...VipSettingsFields
  }
}
    ${VipSettingsFieldsFragmentDoc}`;
export const VipTiersDocument = gql`
    query VipTiers($archived: Boolean) {
  vipTiers(archived: $archived) {
    ...VipTierFields
  }
}
    ${VipTierFieldsFragmentDoc}`;
export const MyVipStatusDocument = gql`
    query MyVipStatus {
  myVipStatus {
    ...VipStatusFields
  }
}
    ${VipStatusFieldsFragmentDoc}`;
export const PlayerVipStatusDocument = gql`
    query PlayerVipStatus($id: ID!) {
  player(id: $id) {
    id
    vipStatus {
      ...VipStatusFields
    }
  }
}
    ${VipStatusFieldsFragmentDoc}`;
export const UpdateVipSettingsDocument = gql`
    mutation UpdateVipSettings($input: UpdateVipSettingsInput!) {
  updateVipSettings(input: $input) {
    __typename
    ... on UpdateVipSettingsPayload {
      settings {
        ...VipSettingsFields
      }
    }
    ... on Error {
      ...VipErrorFields
    }
  }
}
    ${VipSettingsFieldsFragmentDoc}
${VipErrorFieldsFragmentDoc}`;
export const CreateVipTierDocument = gql`
    mutation CreateVipTier($input: CreateVipTierInput!) {
  createVipTier(input: $input) {
    __typename
    ... on CreateVipTierPayload {
      tier {
        ...VipTierFields
      }
    }
    ... on Error {
      ...VipErrorFields
    }
  }
}
    ${VipTierFieldsFragmentDoc}
${VipErrorFieldsFragmentDoc}`;
export const UpdateVipTierDocument = gql`
    mutation UpdateVipTier($input: UpdateVipTierInput!) {
  updateVipTier(input: $input) {
    __typename
    ... on UpdateVipTierPayload {
      tier {
        ...VipTierFields
      }
    }
    ... on Error {
      ...VipErrorFields
    }
  }
}
    ${VipTierFieldsFragmentDoc}
${VipErrorFieldsFragmentDoc}`;
export const ArchiveVipTierDocument = gql`
    mutation ArchiveVipTier($input: ArchiveVipTierInput!) {
  archiveVipTier(input: $input) {
    __typename
    ... on ArchiveVipTierPayload {
      tier {
        ...VipTierFields
      }
    }
    ... on Error {
      ...VipErrorFields
    }
  }
}
    ${VipTierFieldsFragmentDoc}
${VipErrorFieldsFragmentDoc}`;
export const AssignVipManagerDocument = gql`
    mutation AssignVipManager($input: AssignVipManagerInput!) {
  assignVipManager(input: $input) {
    __typename
    ... on AssignVipManagerPayload {
      status {
        ...VipStatusFields
      }
    }
    ... on Error {
      ...VipErrorFields
    }
  }
}
    ${VipStatusFieldsFragmentDoc}
${VipErrorFieldsFragmentDoc}`;
export const VipStatusChangedDocument = gql`
    subscription VipStatusChanged($playerId: ID) {
  vipStatusChanged(playerId: $playerId) {
    seq
    kind
    player {
      id
    }
    tier {
      key
    }
    previousTier {
      key
    }
    occurredAt
  }
}
    `;
export const SetPlayerDateOfBirthDocument = gql`
    mutation SetPlayerDateOfBirth($input: SetPlayerDateOfBirthInput!) {
  setPlayerDateOfBirth(input: $input) {
    __typename
    ... on SetPlayerDateOfBirthPayload {
      player {
        id
      }
    }
    ... on Error {
      ...ErrorFields
    }
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const WalletDocument = gql`
    query Wallet {
  wallet {
    ...WalletBalanceFields
  }
}
    ${WalletBalanceFieldsFragmentDoc}`;
export const PlayerBalancesDocument = gql`
    query PlayerBalances($id: ID!) {
  node(id: $id) {
    ... on Player {
      id
      balances {
        ...WalletBalanceFields
      }
    }
  }
}
    ${WalletBalanceFieldsFragmentDoc}`;
export const WalletStatementDocument = gql`
    query WalletStatement($first: Int, $after: String, $last: Int, $before: String, $filter: WalletStatementFilter) {
  walletStatement(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        code
        reference
        currency
        kind
        amount {
          amount
          currency
        }
        balanceAfter {
          amount
        }
        createdAt
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${PageInfoFieldsFragmentDoc}`;
export const WalletBalanceAtDocument = gql`
    query WalletBalanceAt($currency: Currency!, $at: DateTime!) {
  walletBalanceAt(currency: $currency, at: $at) {
    currency
    at
    cash {
      amount
    }
    bonus {
      amount
    }
  }
}
    `;
export const LedgerAccountsDocument = gql`
    query LedgerAccounts($first: Int, $after: String, $last: Int, $before: String, $filter: LedgerAccountFilter) {
  ledgerAccounts(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    edges {
      node {
        ...LedgerAccountFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${LedgerAccountFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const LedgerTransactionDocument = gql`
    query LedgerTransaction($id: ID!) {
  ledgerTransaction(id: $id) {
    ...LedgerTransactionFields
  }
}
    ${LedgerTransactionFieldsFragmentDoc}`;
export const LedgerTransactionsDocument = gql`
    query LedgerTransactions($first: Int, $after: String, $last: Int, $before: String, $filter: LedgerTransactionFilter) {
  ledgerTransactions(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    nodes {
      ...LedgerTransactionFields
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${LedgerTransactionFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const LedgerNodeDocument = gql`
    query LedgerNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on LedgerAccount {
      currency
      balance {
        amount
      }
    }
    ... on LedgerTransaction {
      code
    }
    ... on LedgerHold {
      holdStatus: status
    }
    ... on WalletAdjustment {
      adjustmentStatus: status
    }
    ... on WalletStatementLine {
      code
    }
  }
}
    `;
export const PostTransfersDocument = gql`
    mutation PostTransfers($input: PostTransfersInput!) {
  postTransfers(input: $input) {
    __typename
    ... on PostTransfersPayload {
      replay
      transaction {
        ...PostedTransactionFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${PostedTransactionFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const ReserveHoldDocument = gql`
    mutation ReserveHold($input: ReserveHoldInput!) {
  reserveHold(input: $input) {
    __typename
    ... on ReserveHoldPayload {
      replay
      hold {
        ...LedgerHoldFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerHoldFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const CaptureHoldDocument = gql`
    mutation CaptureHold($input: CaptureHoldInput!) {
  captureHold(input: $input) {
    __typename
    ... on CaptureHoldPayload {
      replay
      hold {
        ...LedgerHoldFields
      }
      transaction {
        ...LedgerTransactionFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerHoldFieldsFragmentDoc}
${LedgerTransactionFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const ReleaseHoldDocument = gql`
    mutation ReleaseHold($input: ReleaseHoldInput!) {
  releaseHold(input: $input) {
    __typename
    ... on ReleaseHoldPayload {
      replay
      hold {
        ...LedgerHoldFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerHoldFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const ReverseLedgerTransactionDocument = gql`
    mutation ReverseLedgerTransaction($input: ReverseLedgerTransactionInput!) {
  reverseLedgerTransaction(input: $input) {
    __typename
    ... on ReverseLedgerTransactionPayload {
      replay
      reversal {
        ...LedgerTransactionFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerTransactionFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const FreezeLedgerAccountDocument = gql`
    mutation FreezeLedgerAccount($input: FreezeLedgerAccountInput!) {
  freezeLedgerAccount(input: $input) {
    __typename
    ... on FreezeLedgerAccountPayload {
      account {
        ...LedgerAccountFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerAccountFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const UnfreezeLedgerAccountDocument = gql`
    mutation UnfreezeLedgerAccount($input: UnfreezeLedgerAccountInput!) {
  unfreezeLedgerAccount(input: $input) {
    __typename
    ... on UnfreezeLedgerAccountPayload {
      account {
        ...LedgerAccountFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${LedgerAccountFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const WalletUpdatedDocument = gql`
    subscription WalletUpdated($after: [LedgerAccountPositionInput!]) {
  walletUpdated(after: $after) {
    ...LedgerAccountEventFields
  }
}
    ${LedgerAccountEventFieldsFragmentDoc}`;
export const LedgerEventsDocument = gql`
    subscription LedgerEvents($after: [LedgerAccountPositionInput!]) {
  ledgerEvents(after: $after) {
    ...LedgerAccountEventFields
    account {
      ownerType
      owner {
        id
      }
    }
  }
}
    ${LedgerAccountEventFieldsFragmentDoc}`;
export const WalletAdjustmentsDocument = gql`
    query WalletAdjustments($filter: WalletAdjustmentFilter, $first: Int, $after: String, $last: Int, $before: String) {
  walletAdjustments(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    edges {
      node {
        ...WalletAdjustmentFields
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    ${WalletAdjustmentFieldsFragmentDoc}
${PageInfoFieldsFragmentDoc}`;
export const RequestWalletAdjustmentDocument = gql`
    mutation RequestWalletAdjustment($input: RequestWalletAdjustmentInput!) {
  requestWalletAdjustment(input: $input) {
    __typename
    ... on RequestWalletAdjustmentPayload {
      replay
      adjustment {
        ...WalletAdjustmentFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${WalletAdjustmentFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const ApproveWalletAdjustmentDocument = gql`
    mutation ApproveWalletAdjustment($input: ApproveWalletAdjustmentInput!) {
  approveWalletAdjustment(input: $input) {
    __typename
    ... on ApproveWalletAdjustmentPayload {
      replay
      adjustment {
        ...WalletAdjustmentFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${WalletAdjustmentFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const RejectWalletAdjustmentDocument = gql`
    mutation RejectWalletAdjustment($input: RejectWalletAdjustmentInput!) {
  rejectWalletAdjustment(input: $input) {
    __typename
    ... on RejectWalletAdjustmentPayload {
      adjustment {
        ...WalletAdjustmentFields
      }
    }
    ...ErrorFields
    ...InvalidIdFields
  }
}
    ${WalletAdjustmentFieldsFragmentDoc}
${ErrorFieldsFragmentDoc}
${InvalidIdFieldsFragmentDoc}`;
export const SetWalletApprovalThresholdDocument = gql`
    mutation SetWalletApprovalThreshold($input: SetWalletApprovalThresholdInput!) {
  setWalletApprovalThreshold(input: $input) {
    __typename
    ... on SetWalletApprovalThresholdPayload {
      threshold {
        amount
        currency
      }
    }
    ...ErrorFields
  }
}
    ${ErrorFieldsFragmentDoc}`;
export const NodesDocument = gql`
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Player {
      email
    }
    ... on StaffUser {
      email
    }
    ... on ApiKey {
      name
    }
    ... on Tenant {
      slug
    }
  }
}
    `;

export type SdkFunctionWrapper = <T>(action: (requestHeaders?:Record<string, string>) => Promise<T>, operationName: string, operationType?: string, variables?: any) => Promise<T>;


const defaultWrapper: SdkFunctionWrapper = (action, _operationName, _operationType, _variables) => action();

export function getSdk(client: GraphQLClient, withWrapper: SdkFunctionWrapper = defaultWrapper) {
  return {
    ChangePassword(variables: ChangePasswordMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ChangePasswordMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ChangePasswordMutation>({ document: ChangePasswordDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ChangePassword', 'mutation', variables);
    },
    RequestPasswordReset(variables: RequestPasswordResetMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RequestPasswordResetMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RequestPasswordResetMutation>({ document: RequestPasswordResetDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RequestPasswordReset', 'mutation', variables);
    },
    ResetPassword(variables: ResetPasswordMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ResetPasswordMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ResetPasswordMutation>({ document: ResetPasswordDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ResetPassword', 'mutation', variables);
    },
    AffiliatePlans(variables?: AffiliatePlansQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliatePlansQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliatePlansQuery>({ document: AffiliatePlansDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AffiliatePlans', 'query', variables);
    },
    AffiliatePlan(variables: AffiliatePlanQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliatePlanQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliatePlanQuery>({ document: AffiliatePlanDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AffiliatePlan', 'query', variables);
    },
    AffiliateWithPlan(variables: AffiliateWithPlanQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliateWithPlanQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliateWithPlanQuery>({ document: AffiliateWithPlanDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AffiliateWithPlan', 'query', variables);
    },
    CreateAffiliatePlan(variables: CreateAffiliatePlanMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateAffiliatePlanMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateAffiliatePlanMutation>({ document: CreateAffiliatePlanDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateAffiliatePlan', 'mutation', variables);
    },
    UpdateAffiliatePlan(variables: UpdateAffiliatePlanMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateAffiliatePlanMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateAffiliatePlanMutation>({ document: UpdateAffiliatePlanDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateAffiliatePlan', 'mutation', variables);
    },
    ArchiveAffiliatePlan(variables: ArchiveAffiliatePlanMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ArchiveAffiliatePlanMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ArchiveAffiliatePlanMutation>({ document: ArchiveAffiliatePlanDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ArchiveAffiliatePlan', 'mutation', variables);
    },
    AssignAffiliatePlan(variables: AssignAffiliatePlanMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AssignAffiliatePlanMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AssignAffiliatePlanMutation>({ document: AssignAffiliatePlanDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AssignAffiliatePlan', 'mutation', variables);
    },
    InviteAffiliate(variables: InviteAffiliateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<InviteAffiliateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<InviteAffiliateMutation>({ document: InviteAffiliateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'InviteAffiliate', 'mutation', variables);
    },
    AffiliateSignIn(variables: AffiliateSignInMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliateSignInMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliateSignInMutation>({ document: AffiliateSignInDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AffiliateSignIn', 'mutation', variables);
    },
    MyAffiliate(variables?: MyAffiliateQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyAffiliateQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyAffiliateQuery>({ document: MyAffiliateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyAffiliate', 'query', variables);
    },
    MyAffiliateFunnel(variables: MyAffiliateFunnelQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyAffiliateFunnelQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyAffiliateFunnelQuery>({ document: MyAffiliateFunnelDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyAffiliateFunnel', 'query', variables);
    },
    MyAffiliateStatements(variables?: MyAffiliateStatementsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyAffiliateStatementsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyAffiliateStatementsQuery>({ document: MyAffiliateStatementsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyAffiliateStatements', 'query', variables);
    },
    AffiliateStatements(variables?: AffiliateStatementsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliateStatementsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliateStatementsQuery>({ document: AffiliateStatementsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AffiliateStatements', 'query', variables);
    },
    AffiliateStatement(variables: AffiliateStatementQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliateStatementQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliateStatementQuery>({ document: AffiliateStatementDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AffiliateStatement', 'query', variables);
    },
    AffiliateStatementPlayers(variables: AffiliateStatementPlayersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliateStatementPlayersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliateStatementPlayersQuery>({ document: AffiliateStatementPlayersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AffiliateStatementPlayers', 'query', variables);
    },
    AffiliateWithStatements(variables: AffiliateWithStatementsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliateWithStatementsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliateWithStatementsQuery>({ document: AffiliateWithStatementsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AffiliateWithStatements', 'query', variables);
    },
    SubmitAffiliateStatement(variables: SubmitAffiliateStatementMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SubmitAffiliateStatementMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SubmitAffiliateStatementMutation>({ document: SubmitAffiliateStatementDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SubmitAffiliateStatement', 'mutation', variables);
    },
    ApproveAffiliateStatement(variables: ApproveAffiliateStatementMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ApproveAffiliateStatementMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ApproveAffiliateStatementMutation>({ document: ApproveAffiliateStatementDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ApproveAffiliateStatement', 'mutation', variables);
    },
    RejectAffiliateStatement(variables: RejectAffiliateStatementMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RejectAffiliateStatementMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RejectAffiliateStatementMutation>({ document: RejectAffiliateStatementDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RejectAffiliateStatement', 'mutation', variables);
    },
    PayAffiliateStatement(variables: PayAffiliateStatementMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PayAffiliateStatementMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<PayAffiliateStatementMutation>({ document: PayAffiliateStatementDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PayAffiliateStatement', 'mutation', variables);
    },
    CreateAffiliate(variables: CreateAffiliateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateAffiliateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateAffiliateMutation>({ document: CreateAffiliateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateAffiliate', 'mutation', variables);
    },
    UpdateAffiliate(variables: UpdateAffiliateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateAffiliateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateAffiliateMutation>({ document: UpdateAffiliateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateAffiliate', 'mutation', variables);
    },
    CreateAffiliateLink(variables: CreateAffiliateLinkMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateAffiliateLinkMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateAffiliateLinkMutation>({ document: CreateAffiliateLinkDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateAffiliateLink', 'mutation', variables);
    },
    UpdateAffiliateSettings(variables: UpdateAffiliateSettingsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateAffiliateSettingsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateAffiliateSettingsMutation>({ document: UpdateAffiliateSettingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateAffiliateSettings', 'mutation', variables);
    },
    AffiliateSettings(variables?: AffiliateSettingsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliateSettingsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliateSettingsQuery>({ document: AffiliateSettingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AffiliateSettings', 'query', variables);
    },
    Affiliates(variables?: AffiliatesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliatesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliatesQuery>({ document: AffiliatesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Affiliates', 'query', variables);
    },
    Affiliate(variables: AffiliateQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliateQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliateQuery>({ document: AffiliateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Affiliate', 'query', variables);
    },
    AffiliateNode(variables: AffiliateNodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AffiliateNodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AffiliateNodeQuery>({ document: AffiliateNodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AffiliateNode', 'query', variables);
    },
    PlayerAffiliateAttribution(variables: PlayerAffiliateAttributionQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerAffiliateAttributionQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerAffiliateAttributionQuery>({ document: PlayerAffiliateAttributionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerAffiliateAttribution', 'query', variables);
    },
    SetAffiliatePlayerExclusion(variables: SetAffiliatePlayerExclusionMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetAffiliatePlayerExclusionMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetAffiliatePlayerExclusionMutation>({ document: SetAffiliatePlayerExclusionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetAffiliatePlayerExclusion', 'mutation', variables);
    },
    AuditEvents(variables?: AuditEventsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AuditEventsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AuditEventsQuery>({ document: AuditEventsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AuditEvents', 'query', variables);
    },
    PlayerAuditTrail(variables: PlayerAuditTrailQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerAuditTrailQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerAuditTrailQuery>({ document: PlayerAuditTrailDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerAuditTrail', 'query', variables);
    },
    AuditEventNode(variables: AuditEventNodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AuditEventNodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AuditEventNodeQuery>({ document: AuditEventNodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AuditEventNode', 'query', variables);
    },
    VerifyAuditChain(variables?: VerifyAuditChainQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<VerifyAuditChainQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<VerifyAuditChainQuery>({ document: VerifyAuditChainDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'VerifyAuditChain', 'query', variables);
    },
    AuditCheckpoints(variables?: AuditCheckpointsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AuditCheckpointsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AuditCheckpointsQuery>({ document: AuditCheckpointsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AuditCheckpoints', 'query', variables);
    },
    ExportAuditRange(variables?: ExportAuditRangeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ExportAuditRangeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ExportAuditRangeQuery>({ document: ExportAuditRangeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ExportAuditRange', 'query', variables);
    },
    AuditSigningKey(variables?: AuditSigningKeyQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AuditSigningKeyQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AuditSigningKeyQuery>({ document: AuditSigningKeyDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AuditSigningKey', 'query', variables);
    },
    CreateAuditCheckpoint(variables?: CreateAuditCheckpointMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateAuditCheckpointMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateAuditCheckpointMutation>({ document: CreateAuditCheckpointDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateAuditCheckpoint', 'mutation', variables);
    },
    ExperimentBandit(variables: ExperimentBanditQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ExperimentBanditQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ExperimentBanditQuery>({ document: ExperimentBanditDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ExperimentBandit', 'query', variables);
    },
    ReweightExperimentNow(variables: ReweightExperimentNowMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReweightExperimentNowMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReweightExperimentNowMutation>({ document: ReweightExperimentNowDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReweightExperimentNow', 'mutation', variables);
    },
    BonusTemplates(variables?: BonusTemplatesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<BonusTemplatesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<BonusTemplatesQuery>({ document: BonusTemplatesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'BonusTemplates', 'query', variables);
    },
    BonusTemplate(variables: BonusTemplateQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<BonusTemplateQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<BonusTemplateQuery>({ document: BonusTemplateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'BonusTemplate', 'query', variables);
    },
    BonusTemplateExpectedCost(variables: BonusTemplateExpectedCostQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<BonusTemplateExpectedCostQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<BonusTemplateExpectedCostQuery>({ document: BonusTemplateExpectedCostDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'BonusTemplateExpectedCost', 'query', variables);
    },
    BonusSettings(variables?: BonusSettingsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<BonusSettingsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<BonusSettingsQuery>({ document: BonusSettingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'BonusSettings', 'query', variables);
    },
    BonusBudgets(variables?: BonusBudgetsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<BonusBudgetsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<BonusBudgetsQuery>({ document: BonusBudgetsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'BonusBudgets', 'query', variables);
    },
    CreateBonusTemplate(variables: CreateBonusTemplateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateBonusTemplateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateBonusTemplateMutation>({ document: CreateBonusTemplateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateBonusTemplate', 'mutation', variables);
    },
    UpdateBonusTemplate(variables: UpdateBonusTemplateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateBonusTemplateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateBonusTemplateMutation>({ document: UpdateBonusTemplateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateBonusTemplate', 'mutation', variables);
    },
    ArchiveBonusTemplate(variables: ArchiveBonusTemplateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ArchiveBonusTemplateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ArchiveBonusTemplateMutation>({ document: ArchiveBonusTemplateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ArchiveBonusTemplate', 'mutation', variables);
    },
    SetBonusSettings(variables: SetBonusSettingsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetBonusSettingsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetBonusSettingsMutation>({ document: SetBonusSettingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetBonusSettings', 'mutation', variables);
    },
    SetBonusBudget(variables: SetBonusBudgetMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetBonusBudgetMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetBonusBudgetMutation>({ document: SetBonusBudgetDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetBonusBudget', 'mutation', variables);
    },
    RemoveBonusBudget(variables: RemoveBonusBudgetMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RemoveBonusBudgetMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RemoveBonusBudgetMutation>({ document: RemoveBonusBudgetDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RemoveBonusBudget', 'mutation', variables);
    },
    MyBonuses(variables?: MyBonusesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyBonusesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyBonusesQuery>({ document: MyBonusesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyBonuses', 'query', variables);
    },
    PlayerBonuses(variables: PlayerBonusesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerBonusesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerBonusesQuery>({ document: PlayerBonusesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerBonuses', 'query', variables);
    },
    BonusGrant(variables: BonusGrantQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<BonusGrantQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<BonusGrantQuery>({ document: BonusGrantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'BonusGrant', 'query', variables);
    },
    BonusReviewQueue(variables?: BonusReviewQueueQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<BonusReviewQueueQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<BonusReviewQueueQuery>({ document: BonusReviewQueueDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'BonusReviewQueue', 'query', variables);
    },
    ClaimBonus(variables: ClaimBonusMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClaimBonusMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClaimBonusMutation>({ document: ClaimBonusDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClaimBonus', 'mutation', variables);
    },
    ForfeitBonus(variables: ForfeitBonusMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ForfeitBonusMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ForfeitBonusMutation>({ document: ForfeitBonusDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ForfeitBonus', 'mutation', variables);
    },
    GrantBonus(variables: GrantBonusMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<GrantBonusMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<GrantBonusMutation>({ document: GrantBonusDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'GrantBonus', 'mutation', variables);
    },
    ForfeitPlayerBonus(variables: ForfeitPlayerBonusMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ForfeitPlayerBonusMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ForfeitPlayerBonusMutation>({ document: ForfeitPlayerBonusDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ForfeitPlayerBonus', 'mutation', variables);
    },
    ApproveBonusReview(variables: ApproveBonusReviewMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ApproveBonusReviewMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ApproveBonusReviewMutation>({ document: ApproveBonusReviewDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ApproveBonusReview', 'mutation', variables);
    },
    RejectBonusReview(variables: RejectBonusReviewMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RejectBonusReviewMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RejectBonusReviewMutation>({ document: RejectBonusReviewDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RejectBonusReview', 'mutation', variables);
    },
    ConsoleWithdrawals(variables?: ConsoleWithdrawalsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ConsoleWithdrawalsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ConsoleWithdrawalsQuery>({ document: ConsoleWithdrawalsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ConsoleWithdrawals', 'query', variables);
    },
    ConsolePlayer(variables: ConsolePlayerQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ConsolePlayerQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ConsolePlayerQuery>({ document: ConsolePlayerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ConsolePlayer', 'query', variables);
    },
    ConsoleKpis(variables: ConsoleKpisQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ConsoleKpisQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ConsoleKpisQuery>({ document: ConsoleKpisDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ConsoleKpis', 'query', variables);
    },
    ConsoleRiskCases(variables?: ConsoleRiskCasesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ConsoleRiskCasesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ConsoleRiskCasesQuery>({ document: ConsoleRiskCasesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ConsoleRiskCases', 'query', variables);
    },
    ConsoleRiskCase(variables: ConsoleRiskCaseQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ConsoleRiskCaseQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ConsoleRiskCaseQuery>({ document: ConsoleRiskCaseDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ConsoleRiskCase', 'query', variables);
    },
    Experiments(variables?: ExperimentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ExperimentsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ExperimentsQuery>({ document: ExperimentsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Experiments', 'query', variables);
    },
    Experiment(variables: ExperimentQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ExperimentQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ExperimentQuery>({ document: ExperimentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Experiment', 'query', variables);
    },
    ExperimentResults(variables: ExperimentResultsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ExperimentResultsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ExperimentResultsQuery>({ document: ExperimentResultsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ExperimentResults', 'query', variables);
    },
    ExperimentSrm(variables: ExperimentSrmQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ExperimentSrmQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ExperimentSrmQuery>({ document: ExperimentSrmDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ExperimentSrm', 'query', variables);
    },
    EvaluateOfferPolicy(variables: EvaluateOfferPolicyQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<EvaluateOfferPolicyQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<EvaluateOfferPolicyQuery>({ document: EvaluateOfferPolicyDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'EvaluateOfferPolicy', 'query', variables);
    },
    CreateExperiment(variables: CreateExperimentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateExperimentMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateExperimentMutation>({ document: CreateExperimentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateExperiment', 'mutation', variables);
    },
    UpdateExperiment(variables: UpdateExperimentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateExperimentMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateExperimentMutation>({ document: UpdateExperimentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateExperiment', 'mutation', variables);
    },
    StartExperiment(variables: StartExperimentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<StartExperimentMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<StartExperimentMutation>({ document: StartExperimentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'StartExperiment', 'mutation', variables);
    },
    StopExperiment(variables: StopExperimentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<StopExperimentMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<StopExperimentMutation>({ document: StopExperimentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'StopExperiment', 'mutation', variables);
    },
    Games(variables?: GamesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<GamesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<GamesQuery>({ document: GamesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Games', 'query', variables);
    },
    Game(variables: GameQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<GameQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<GameQuery>({ document: GameDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Game', 'query', variables);
    },
    AddGame(variables: AddGameMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AddGameMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AddGameMutation>({ document: AddGameDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AddGame', 'mutation', variables);
    },
    UpdateGame(variables: UpdateGameMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateGameMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateGameMutation>({ document: UpdateGameDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateGame', 'mutation', variables);
    },
    LaunchGame(variables: LaunchGameMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LaunchGameMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<LaunchGameMutation>({ document: LaunchGameDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LaunchGame', 'mutation', variables);
    },
    Viewer(variables?: ViewerQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ViewerQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ViewerQuery>({ document: ViewerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Viewer', 'query', variables);
    },
    Node(variables: NodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<NodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<NodeQuery>({ document: NodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Node', 'query', variables);
    },
    Player(variables: PlayerQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerQuery>({ document: PlayerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Player', 'query', variables);
    },
    Players(variables?: PlayersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayersQuery>({ document: PlayersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Players', 'query', variables);
    },
    PlayerDetail(variables: PlayerDetailQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerDetailQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerDetailQuery>({ document: PlayerDetailDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerDetail', 'query', variables);
    },
    PlayerNotes(variables: PlayerNotesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerNotesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerNotesQuery>({ document: PlayerNotesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerNotes', 'query', variables);
    },
    StaffUsers(variables?: StaffUsersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<StaffUsersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<StaffUsersQuery>({ document: StaffUsersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'StaffUsers', 'query', variables);
    },
    ApiKeys(variables?: ApiKeysQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ApiKeysQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ApiKeysQuery>({ document: ApiKeysDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ApiKeys', 'query', variables);
    },
    RegisterPlayer(variables: RegisterPlayerMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RegisterPlayerMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RegisterPlayerMutation>({ document: RegisterPlayerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RegisterPlayer', 'mutation', variables);
    },
    Login(variables: LoginMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LoginMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<LoginMutation>({ document: LoginDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Login', 'mutation', variables);
    },
    StaffLogin(variables: StaffLoginMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<StaffLoginMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<StaffLoginMutation>({ document: StaffLoginDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'StaffLogin', 'mutation', variables);
    },
    RefreshSession(variables: RefreshSessionMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RefreshSessionMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RefreshSessionMutation>({ document: RefreshSessionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RefreshSession', 'mutation', variables);
    },
    Logout(variables: LogoutMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LogoutMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<LogoutMutation>({ document: LogoutDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Logout', 'mutation', variables);
    },
    CreateStaffUser(variables: CreateStaffUserMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateStaffUserMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateStaffUserMutation>({ document: CreateStaffUserDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateStaffUser', 'mutation', variables);
    },
    SetStaffRoles(variables: SetStaffRolesMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetStaffRolesMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetStaffRolesMutation>({ document: SetStaffRolesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetStaffRoles', 'mutation', variables);
    },
    DisableStaffUser(variables: DisableStaffUserMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<DisableStaffUserMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<DisableStaffUserMutation>({ document: DisableStaffUserDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'DisableStaffUser', 'mutation', variables);
    },
    CreateApiKey(variables: CreateApiKeyMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateApiKeyMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateApiKeyMutation>({ document: CreateApiKeyDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateApiKey', 'mutation', variables);
    },
    RevokeApiKey(variables: RevokeApiKeyMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RevokeApiKeyMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RevokeApiKeyMutation>({ document: RevokeApiKeyDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RevokeApiKey', 'mutation', variables);
    },
    BlockPlayer(variables: BlockPlayerMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<BlockPlayerMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<BlockPlayerMutation>({ document: BlockPlayerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'BlockPlayer', 'mutation', variables);
    },
    UnblockPlayer(variables: UnblockPlayerMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UnblockPlayerMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UnblockPlayerMutation>({ document: UnblockPlayerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UnblockPlayer', 'mutation', variables);
    },
    AddPlayerNote(variables: AddPlayerNoteMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AddPlayerNoteMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AddPlayerNoteMutation>({ document: AddPlayerNoteDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AddPlayerNote', 'mutation', variables);
    },
    AddPlayerTags(variables: AddPlayerTagsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AddPlayerTagsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AddPlayerTagsMutation>({ document: AddPlayerTagsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AddPlayerTags', 'mutation', variables);
    },
    RemovePlayerTags(variables: RemovePlayerTagsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RemovePlayerTagsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RemovePlayerTagsMutation>({ document: RemovePlayerTagsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RemovePlayerTags', 'mutation', variables);
    },
    UpdateMyProfile(variables: UpdateMyProfileMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateMyProfileMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateMyProfileMutation>({ document: UpdateMyProfileDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateMyProfile', 'mutation', variables);
    },
    JobQueues(variables?: JobQueuesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<JobQueuesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<JobQueuesQuery>({ document: JobQueuesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'JobQueues', 'query', variables);
    },
    JobQueueJobs(variables: JobQueueJobsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<JobQueueJobsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<JobQueueJobsQuery>({ document: JobQueueJobsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'JobQueueJobs', 'query', variables);
    },
    RetryBackgroundJob(variables: RetryBackgroundJobMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RetryBackgroundJobMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RetryBackgroundJobMutation>({ document: RetryBackgroundJobDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RetryBackgroundJob', 'mutation', variables);
    },
    Kpis(variables: KpisQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<KpisQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<KpisQuery>({ document: KpisDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Kpis', 'query', variables);
    },
    KpiCohorts(variables: KpiCohortsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<KpiCohortsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<KpiCohortsQuery>({ document: KpiCohortsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'KpiCohorts', 'query', variables);
    },
    KpiFunnel(variables: KpiFunnelQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<KpiFunnelQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<KpiFunnelQuery>({ document: KpiFunnelDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'KpiFunnel', 'query', variables);
    },
    KpiReconciliations(variables: KpiReconciliationsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<KpiReconciliationsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<KpiReconciliationsQuery>({ document: KpiReconciliationsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'KpiReconciliations', 'query', variables);
    },
    ReconcileKpis(variables: ReconcileKpisMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReconcileKpisMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReconcileKpisMutation>({ document: ReconcileKpisDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReconcileKpis', 'mutation', variables);
    },
    PlatformKpis(variables: PlatformKpisQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlatformKpisQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlatformKpisQuery>({ document: PlatformKpisDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlatformKpis', 'query', variables);
    },
    RebuildKpis(variables: RebuildKpisMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RebuildKpisMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RebuildKpisMutation>({ document: RebuildKpisDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RebuildKpis', 'mutation', variables);
    },
    Menu(variables?: MenuQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MenuQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MenuQuery>({ document: MenuDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Menu', 'query', variables);
    },
    TenantMenu(variables?: TenantMenuQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TenantMenuQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TenantMenuQuery>({ document: TenantMenuDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TenantMenu', 'query', variables);
    },
    MenuChange(variables: MenuChangeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MenuChangeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MenuChangeQuery>({ document: MenuChangeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MenuChange', 'query', variables);
    },
    MenuChanges(variables?: MenuChangesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MenuChangesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MenuChangesQuery>({ document: MenuChangesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MenuChanges', 'query', variables);
    },
    MenuCatalogue(variables?: MenuCatalogueQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MenuCatalogueQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MenuCatalogueQuery>({ document: MenuCatalogueDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MenuCatalogue', 'query', variables);
    },
    SetMenuItem(variables: SetMenuItemMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetMenuItemMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetMenuItemMutation>({ document: SetMenuItemDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetMenuItem', 'mutation', variables);
    },
    ReorderMenu(variables: ReorderMenuMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReorderMenuMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReorderMenuMutation>({ document: ReorderMenuDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReorderMenu', 'mutation', variables);
    },
    ResetMenuItem(variables: ResetMenuItemMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ResetMenuItemMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ResetMenuItemMutation>({ document: ResetMenuItemDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ResetMenuItem', 'mutation', variables);
    },
    DefineMenuCatalogueItem(variables: DefineMenuCatalogueItemMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<DefineMenuCatalogueItemMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<DefineMenuCatalogueItemMutation>({ document: DefineMenuCatalogueItemDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'DefineMenuCatalogueItem', 'mutation', variables);
    },
    Offers(variables?: OffersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OffersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OffersQuery>({ document: OffersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Offers', 'query', variables);
    },
    Offer(variables: OfferQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OfferQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OfferQuery>({ document: OfferDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Offer', 'query', variables);
    },
    CreateOffer(variables: CreateOfferMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateOfferMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateOfferMutation>({ document: CreateOfferDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateOffer', 'mutation', variables);
    },
    UpdateOffer(variables: UpdateOfferMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateOfferMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateOfferMutation>({ document: UpdateOfferDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateOffer', 'mutation', variables);
    },
    SetOfferStatus(variables: SetOfferStatusMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetOfferStatusMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetOfferStatusMutation>({ document: SetOfferStatusDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetOfferStatus', 'mutation', variables);
    },
    OffersFor(variables: OffersForQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OffersForQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OffersForQuery>({ document: OffersForDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OffersFor', 'query', variables);
    },
    ClaimOffer(variables: ClaimOfferMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClaimOfferMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClaimOfferMutation>({ document: ClaimOfferDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClaimOffer', 'mutation', variables);
    },
    MyOffers(variables?: MyOffersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyOffersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyOffersQuery>({ document: MyOffersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyOffers', 'query', variables);
    },
    OfferDecisions(variables?: OfferDecisionsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OfferDecisionsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OfferDecisionsQuery>({ document: OfferDecisionsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OfferDecisions', 'query', variables);
    },
    PlayerOfferNode(variables: PlayerOfferNodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerOfferNodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerOfferNodeQuery>({ document: PlayerOfferNodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerOfferNode', 'query', variables);
    },
    OfferDecision(variables: OfferDecisionQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OfferDecisionQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OfferDecisionQuery>({ document: OfferDecisionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OfferDecision', 'query', variables);
    },
    PlayerOfferDecisions(variables: PlayerOfferDecisionsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerOfferDecisionsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerOfferDecisionsQuery>({ document: PlayerOfferDecisionsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerOfferDecisions', 'query', variables);
    },
    SetPaymentProvider(variables: SetPaymentProviderMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetPaymentProviderMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetPaymentProviderMutation>({ document: SetPaymentProviderDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetPaymentProvider', 'mutation', variables);
    },
    PaymentProviders(variables?: PaymentProvidersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PaymentProvidersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PaymentProvidersQuery>({ document: PaymentProvidersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PaymentProviders', 'query', variables);
    },
    SetPaymentSettings(variables: SetPaymentSettingsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetPaymentSettingsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetPaymentSettingsMutation>({ document: SetPaymentSettingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetPaymentSettings', 'mutation', variables);
    },
    DepositOptions(variables?: DepositOptionsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<DepositOptionsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<DepositOptionsQuery>({ document: DepositOptionsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'DepositOptions', 'query', variables);
    },
    CreateDeposit(variables: CreateDepositMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateDepositMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateDepositMutation>({ document: CreateDepositDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateDeposit', 'mutation', variables);
    },
    MyPayments(variables?: MyPaymentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyPaymentsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyPaymentsQuery>({ document: MyPaymentsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyPayments', 'query', variables);
    },
    Payments(variables?: PaymentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PaymentsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PaymentsQuery>({ document: PaymentsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Payments', 'query', variables);
    },
    Payment(variables: PaymentQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PaymentQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PaymentQuery>({ document: PaymentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Payment', 'query', variables);
    },
    RequestWithdrawal(variables: RequestWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RequestWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RequestWithdrawalMutation>({ document: RequestWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RequestWithdrawal', 'mutation', variables);
    },
    CancelWithdrawal(variables: CancelWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CancelWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CancelWithdrawalMutation>({ document: CancelWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CancelWithdrawal', 'mutation', variables);
    },
    ApproveWithdrawal(variables: ApproveWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ApproveWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ApproveWithdrawalMutation>({ document: ApproveWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ApproveWithdrawal', 'mutation', variables);
    },
    RejectWithdrawal(variables: RejectWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RejectWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RejectWithdrawalMutation>({ document: RejectWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RejectWithdrawal', 'mutation', variables);
    },
    CompleteManualWithdrawal(variables: CompleteManualWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CompleteManualWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CompleteManualWithdrawalMutation>({ document: CompleteManualWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CompleteManualWithdrawal', 'mutation', variables);
    },
    RejectManualWithdrawal(variables: RejectManualWithdrawalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RejectManualWithdrawalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RejectManualWithdrawalMutation>({ document: RejectManualWithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RejectManualWithdrawal', 'mutation', variables);
    },
    RefundDeposit(variables: RefundDepositMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RefundDepositMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RefundDepositMutation>({ document: RefundDepositDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RefundDeposit', 'mutation', variables);
    },
    Withdrawals(variables?: WithdrawalsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WithdrawalsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WithdrawalsQuery>({ document: WithdrawalsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Withdrawals', 'query', variables);
    },
    Withdrawal(variables: WithdrawalQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WithdrawalQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WithdrawalQuery>({ document: WithdrawalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Withdrawal', 'query', variables);
    },
    MyWithdrawals(variables?: MyWithdrawalsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyWithdrawalsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyWithdrawalsQuery>({ document: MyWithdrawalsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyWithdrawals', 'query', variables);
    },
    WithdrawalReferences(variables?: WithdrawalReferencesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WithdrawalReferencesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WithdrawalReferencesQuery>({ document: WithdrawalReferencesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'WithdrawalReferences', 'query', variables);
    },
    PlayerPayments(variables: PlayerPaymentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerPaymentsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerPaymentsQuery>({ document: PlayerPaymentsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerPayments', 'query', variables);
    },
    Disputes(variables?: DisputesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<DisputesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<DisputesQuery>({ document: DisputesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Disputes', 'query', variables);
    },
    Dispute(variables: DisputeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<DisputeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<DisputeQuery>({ document: DisputeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Dispute', 'query', variables);
    },
    AddDisputeEvidence(variables: AddDisputeEvidenceMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AddDisputeEvidenceMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AddDisputeEvidenceMutation>({ document: AddDisputeEvidenceDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AddDisputeEvidence', 'mutation', variables);
    },
    PaymentReconciliation(variables: PaymentReconciliationQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PaymentReconciliationQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PaymentReconciliationQuery>({ document: PaymentReconciliationDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PaymentReconciliation', 'query', variables);
    },
    PokerTables(variables?: PokerTablesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PokerTablesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PokerTablesQuery>({ document: PokerTablesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PokerTables', 'query', variables);
    },
    PokerTable(variables: PokerTableQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PokerTableQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PokerTableQuery>({ document: PokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PokerTable', 'query', variables);
    },
    PokerHand(variables: PokerHandQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PokerHandQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PokerHandQuery>({ document: PokerHandDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PokerHand', 'query', variables);
    },
    PokerTableSnapshot(variables: PokerTableSnapshotQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PokerTableSnapshotQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PokerTableSnapshotQuery>({ document: PokerTableSnapshotDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PokerTableSnapshot', 'query', variables);
    },
    PokerHands(variables: PokerHandsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PokerHandsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PokerHandsQuery>({ document: PokerHandsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PokerHands', 'query', variables);
    },
    CreatePokerTable(variables: CreatePokerTableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreatePokerTableMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreatePokerTableMutation>({ document: CreatePokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreatePokerTable', 'mutation', variables);
    },
    ClosePokerTable(variables: ClosePokerTableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClosePokerTableMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClosePokerTableMutation>({ document: ClosePokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClosePokerTable', 'mutation', variables);
    },
    SitAtPokerTable(variables: SitAtPokerTableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SitAtPokerTableMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SitAtPokerTableMutation>({ document: SitAtPokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SitAtPokerTable', 'mutation', variables);
    },
    PokerAct(variables: PokerActMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PokerActMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<PokerActMutation>({ document: PokerActDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PokerAct', 'mutation', variables);
    },
    SitOutPokerTable(variables: SitOutPokerTableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SitOutPokerTableMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SitOutPokerTableMutation>({ document: SitOutPokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SitOutPokerTable', 'mutation', variables);
    },
    LeavePokerTable(variables: LeavePokerTableMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LeavePokerTableMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<LeavePokerTableMutation>({ document: LeavePokerTableDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LeavePokerTable', 'mutation', variables);
    },
    ResponsibleGambling(variables?: ResponsibleGamblingQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ResponsibleGamblingQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ResponsibleGamblingQuery>({ document: ResponsibleGamblingDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ResponsibleGambling', 'query', variables);
    },
    PlayerResponsibleGambling(variables: PlayerResponsibleGamblingQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerResponsibleGamblingQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerResponsibleGamblingQuery>({ document: PlayerResponsibleGamblingDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerResponsibleGambling', 'query', variables);
    },
    PlayerDetailResponsibleGambling(variables: PlayerDetailResponsibleGamblingQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerDetailResponsibleGamblingQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerDetailResponsibleGamblingQuery>({ document: PlayerDetailResponsibleGamblingDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerDetailResponsibleGambling', 'query', variables);
    },
    SetResponsibleGamblingLimit(variables: SetResponsibleGamblingLimitMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetResponsibleGamblingLimitMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetResponsibleGamblingLimitMutation>({ document: SetResponsibleGamblingLimitDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetResponsibleGamblingLimit', 'mutation', variables);
    },
    SetSessionTimeLimit(variables?: SetSessionTimeLimitMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetSessionTimeLimitMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetSessionTimeLimitMutation>({ document: SetSessionTimeLimitDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetSessionTimeLimit', 'mutation', variables);
    },
    SetRealityCheckInterval(variables?: SetRealityCheckIntervalMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetRealityCheckIntervalMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetRealityCheckIntervalMutation>({ document: SetRealityCheckIntervalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetRealityCheckInterval', 'mutation', variables);
    },
    TakeTimeOut(variables: TakeTimeOutMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TakeTimeOutMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<TakeTimeOutMutation>({ document: TakeTimeOutDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TakeTimeOut', 'mutation', variables);
    },
    SelfExclude(variables: SelfExcludeMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SelfExcludeMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SelfExcludeMutation>({ document: SelfExcludeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SelfExclude', 'mutation', variables);
    },
    FlagPlayerForResponsibleGambling(variables: FlagPlayerForResponsibleGamblingMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<FlagPlayerForResponsibleGamblingMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<FlagPlayerForResponsibleGamblingMutation>({ document: FlagPlayerForResponsibleGamblingDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'FlagPlayerForResponsibleGambling', 'mutation', variables);
    },
    ClearResponsibleGamblingFlag(variables: ClearResponsibleGamblingFlagMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClearResponsibleGamblingFlagMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClearResponsibleGamblingFlagMutation>({ document: ClearResponsibleGamblingFlagDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClearResponsibleGamblingFlag', 'mutation', variables);
    },
    RiskCases(variables?: RiskCasesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RiskCasesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<RiskCasesQuery>({ document: RiskCasesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RiskCases', 'query', variables);
    },
    RiskCase(variables: RiskCaseQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RiskCaseQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<RiskCaseQuery>({ document: RiskCaseDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RiskCase', 'query', variables);
    },
    RiskActionQueue(variables?: RiskActionQueueQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RiskActionQueueQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<RiskActionQueueQuery>({ document: RiskActionQueueDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RiskActionQueue', 'query', variables);
    },
    PlayerRiskCases(variables: PlayerRiskCasesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerRiskCasesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerRiskCasesQuery>({ document: PlayerRiskCasesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerRiskCases', 'query', variables);
    },
    OpenRiskCase(variables: OpenRiskCaseMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OpenRiskCaseMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<OpenRiskCaseMutation>({ document: OpenRiskCaseDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OpenRiskCase', 'mutation', variables);
    },
    TakeRiskCaseAction(variables: TakeRiskCaseActionMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TakeRiskCaseActionMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<TakeRiskCaseActionMutation>({ document: TakeRiskCaseActionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TakeRiskCaseAction', 'mutation', variables);
    },
    ApproveRiskCaseAction(variables: ApproveRiskCaseActionMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ApproveRiskCaseActionMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ApproveRiskCaseActionMutation>({ document: ApproveRiskCaseActionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ApproveRiskCaseAction', 'mutation', variables);
    },
    RejectRiskCaseAction(variables: RejectRiskCaseActionMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RejectRiskCaseActionMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RejectRiskCaseActionMutation>({ document: RejectRiskCaseActionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RejectRiskCaseAction', 'mutation', variables);
    },
    ResolveRiskCase(variables: ResolveRiskCaseMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ResolveRiskCaseMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ResolveRiskCaseMutation>({ document: ResolveRiskCaseDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ResolveRiskCase', 'mutation', variables);
    },
    CollusionPairs(variables?: CollusionPairsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CollusionPairsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<CollusionPairsQuery>({ document: CollusionPairsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CollusionPairs', 'query', variables);
    },
    PlayerCollusionPairs(variables: PlayerCollusionPairsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerCollusionPairsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerCollusionPairsQuery>({ document: PlayerCollusionPairsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerCollusionPairs', 'query', variables);
    },
    CollusionPairNode(variables: CollusionPairNodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CollusionPairNodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<CollusionPairNodeQuery>({ document: CollusionPairNodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CollusionPairNode', 'query', variables);
    },
    ScanCollusion(variables: ScanCollusionMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ScanCollusionMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ScanCollusionMutation>({ document: ScanCollusionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ScanCollusion', 'mutation', variables);
    },
    SetKycProvider(variables: SetKycProviderMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetKycProviderMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetKycProviderMutation>({ document: SetKycProviderDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetKycProvider', 'mutation', variables);
    },
    KycProviders(variables?: KycProvidersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<KycProvidersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<KycProvidersQuery>({ document: KycProvidersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'KycProviders', 'query', variables);
    },
    StartVerification(variables: StartVerificationMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<StartVerificationMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<StartVerificationMutation>({ document: StartVerificationDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'StartVerification', 'mutation', variables);
    },
    MyVerification(variables?: MyVerificationQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyVerificationQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyVerificationQuery>({ document: MyVerificationDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyVerification', 'query', variables);
    },
    PlayerVerification(variables: PlayerVerificationQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerVerificationQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerVerificationQuery>({ document: PlayerVerificationDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerVerification', 'query', variables);
    },
    PlayerVerifications(variables: PlayerVerificationsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerVerificationsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerVerificationsQuery>({ document: PlayerVerificationsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerVerifications', 'query', variables);
    },
    KycVerificationNode(variables: KycVerificationNodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<KycVerificationNodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<KycVerificationNodeQuery>({ document: KycVerificationNodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'KycVerificationNode', 'query', variables);
    },
    RequestVerification(variables: RequestVerificationMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RequestVerificationMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RequestVerificationMutation>({ document: RequestVerificationDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RequestVerification', 'mutation', variables);
    },
    DecideVerification(variables: DecideVerificationMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<DecideVerificationMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<DecideVerificationMutation>({ document: DecideVerificationDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'DecideVerification', 'mutation', variables);
    },
    RiskSettings(variables?: RiskSettingsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RiskSettingsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<RiskSettingsQuery>({ document: RiskSettingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RiskSettings', 'query', variables);
    },
    UpdateRiskSettings(variables: UpdateRiskSettingsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateRiskSettingsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateRiskSettingsMutation>({ document: UpdateRiskSettingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateRiskSettings', 'mutation', variables);
    },
    LinkedAccounts(variables: LinkedAccountsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LinkedAccountsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<LinkedAccountsQuery>({ document: LinkedAccountsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LinkedAccounts', 'query', variables);
    },
    PlayerLinkedAccounts(variables: PlayerLinkedAccountsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerLinkedAccountsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerLinkedAccountsQuery>({ document: PlayerLinkedAccountsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerLinkedAccounts', 'query', variables);
    },
    RiskLinks(variables?: RiskLinksQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RiskLinksQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<RiskLinksQuery>({ document: RiskLinksDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RiskLinks', 'query', variables);
    },
    GameProviders(variables?: GameProvidersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<GameProvidersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<GameProvidersQuery>({ document: GameProvidersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'GameProviders', 'query', variables);
    },
    SetGameProvider(variables: SetGameProviderMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetGameProviderMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetGameProviderMutation>({ document: SetGameProviderDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetGameProvider', 'mutation', variables);
    },
    CurrentTenant(variables?: CurrentTenantQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CurrentTenantQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<CurrentTenantQuery>({ document: CurrentTenantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CurrentTenant', 'query', variables);
    },
    Tenants(variables?: TenantsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TenantsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TenantsQuery>({ document: TenantsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Tenants', 'query', variables);
    },
    TenantNode(variables: TenantNodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TenantNodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TenantNodeQuery>({ document: TenantNodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TenantNode', 'query', variables);
    },
    CreateTenant(variables: CreateTenantMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateTenantMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateTenantMutation>({ document: CreateTenantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateTenant', 'mutation', variables);
    },
    UpdateTenant(variables: UpdateTenantMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateTenantMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateTenantMutation>({ document: UpdateTenantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateTenant', 'mutation', variables);
    },
    SuspendTenant(variables: SuspendTenantMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SuspendTenantMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SuspendTenantMutation>({ document: SuspendTenantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SuspendTenant', 'mutation', variables);
    },
    ReactivateTenant(variables: ReactivateTenantMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReactivateTenantMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReactivateTenantMutation>({ document: ReactivateTenantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReactivateTenant', 'mutation', variables);
    },
    MyVipPoints(variables?: MyVipPointsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyVipPointsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyVipPointsQuery>({ document: MyVipPointsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyVipPoints', 'query', variables);
    },
    PlayerVipPoints(variables: PlayerVipPointsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerVipPointsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerVipPointsQuery>({ document: PlayerVipPointsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerVipPoints', 'query', variables);
    },
    RedeemVipPoints(variables: RedeemVipPointsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RedeemVipPointsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RedeemVipPointsMutation>({ document: RedeemVipPointsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RedeemVipPoints', 'mutation', variables);
    },
    MyVipRedemptions(variables?: MyVipRedemptionsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyVipRedemptionsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyVipRedemptionsQuery>({ document: MyVipRedemptionsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyVipRedemptions', 'query', variables);
    },
    PlayerVipRedemptions(variables: PlayerVipRedemptionsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerVipRedemptionsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerVipRedemptionsQuery>({ document: PlayerVipRedemptionsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerVipRedemptions', 'query', variables);
    },
    AdjustVipPoints(variables: AdjustVipPointsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AdjustVipPointsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AdjustVipPointsMutation>({ document: AdjustVipPointsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AdjustVipPoints', 'mutation', variables);
    },
    RecordVipCheck(variables: RecordVipCheckMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RecordVipCheckMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RecordVipCheckMutation>({ document: RecordVipCheckDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RecordVipCheck', 'mutation', variables);
    },
    ApproveVipCheck(variables: ApproveVipCheckMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ApproveVipCheckMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ApproveVipCheckMutation>({ document: ApproveVipCheckDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ApproveVipCheck', 'mutation', variables);
    },
    RejectVipCheck(variables: RejectVipCheckMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RejectVipCheckMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RejectVipCheckMutation>({ document: RejectVipCheckDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RejectVipCheck', 'mutation', variables);
    },
    VipCheckQueue(variables?: VipCheckQueueQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<VipCheckQueueQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<VipCheckQueueQuery>({ document: VipCheckQueueDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'VipCheckQueue', 'query', variables);
    },
    PlayerVipChecks(variables: PlayerVipChecksQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerVipChecksQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerVipChecksQuery>({ document: PlayerVipChecksDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerVipChecks', 'query', variables);
    },
    MyVipRewards(variables?: MyVipRewardsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyVipRewardsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyVipRewardsQuery>({ document: MyVipRewardsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyVipRewards', 'query', variables);
    },
    PlayerVipRewards(variables: PlayerVipRewardsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerVipRewardsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerVipRewardsQuery>({ document: PlayerVipRewardsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerVipRewards', 'query', variables);
    },
    VipNode(variables: VipNodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<VipNodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<VipNodeQuery>({ document: VipNodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'VipNode', 'query', variables);
    },
    VipSettings(variables?: VipSettingsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<VipSettingsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<VipSettingsQuery>({ document: VipSettingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'VipSettings', 'query', variables);
    },
    VipTiers(variables?: VipTiersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<VipTiersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<VipTiersQuery>({ document: VipTiersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'VipTiers', 'query', variables);
    },
    MyVipStatus(variables?: MyVipStatusQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MyVipStatusQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MyVipStatusQuery>({ document: MyVipStatusDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MyVipStatus', 'query', variables);
    },
    PlayerVipStatus(variables: PlayerVipStatusQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerVipStatusQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerVipStatusQuery>({ document: PlayerVipStatusDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerVipStatus', 'query', variables);
    },
    UpdateVipSettings(variables: UpdateVipSettingsMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateVipSettingsMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateVipSettingsMutation>({ document: UpdateVipSettingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateVipSettings', 'mutation', variables);
    },
    CreateVipTier(variables: CreateVipTierMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CreateVipTierMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CreateVipTierMutation>({ document: CreateVipTierDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CreateVipTier', 'mutation', variables);
    },
    UpdateVipTier(variables: UpdateVipTierMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UpdateVipTierMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UpdateVipTierMutation>({ document: UpdateVipTierDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UpdateVipTier', 'mutation', variables);
    },
    ArchiveVipTier(variables: ArchiveVipTierMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ArchiveVipTierMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ArchiveVipTierMutation>({ document: ArchiveVipTierDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ArchiveVipTier', 'mutation', variables);
    },
    AssignVipManager(variables: AssignVipManagerMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AssignVipManagerMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AssignVipManagerMutation>({ document: AssignVipManagerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AssignVipManager', 'mutation', variables);
    },
    SetPlayerDateOfBirth(variables: SetPlayerDateOfBirthMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetPlayerDateOfBirthMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetPlayerDateOfBirthMutation>({ document: SetPlayerDateOfBirthDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetPlayerDateOfBirth', 'mutation', variables);
    },
    Wallet(variables?: WalletQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WalletQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WalletQuery>({ document: WalletDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Wallet', 'query', variables);
    },
    PlayerBalances(variables: PlayerBalancesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PlayerBalancesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PlayerBalancesQuery>({ document: PlayerBalancesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PlayerBalances', 'query', variables);
    },
    WalletStatement(variables?: WalletStatementQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WalletStatementQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WalletStatementQuery>({ document: WalletStatementDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'WalletStatement', 'query', variables);
    },
    WalletBalanceAt(variables: WalletBalanceAtQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WalletBalanceAtQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WalletBalanceAtQuery>({ document: WalletBalanceAtDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'WalletBalanceAt', 'query', variables);
    },
    LedgerAccounts(variables?: LedgerAccountsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LedgerAccountsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<LedgerAccountsQuery>({ document: LedgerAccountsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LedgerAccounts', 'query', variables);
    },
    LedgerTransaction(variables: LedgerTransactionQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LedgerTransactionQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<LedgerTransactionQuery>({ document: LedgerTransactionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LedgerTransaction', 'query', variables);
    },
    LedgerTransactions(variables?: LedgerTransactionsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LedgerTransactionsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<LedgerTransactionsQuery>({ document: LedgerTransactionsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LedgerTransactions', 'query', variables);
    },
    LedgerNode(variables: LedgerNodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LedgerNodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<LedgerNodeQuery>({ document: LedgerNodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LedgerNode', 'query', variables);
    },
    PostTransfers(variables: PostTransfersMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PostTransfersMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<PostTransfersMutation>({ document: PostTransfersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PostTransfers', 'mutation', variables);
    },
    ReserveHold(variables: ReserveHoldMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReserveHoldMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReserveHoldMutation>({ document: ReserveHoldDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReserveHold', 'mutation', variables);
    },
    CaptureHold(variables: CaptureHoldMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CaptureHoldMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CaptureHoldMutation>({ document: CaptureHoldDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CaptureHold', 'mutation', variables);
    },
    ReleaseHold(variables: ReleaseHoldMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReleaseHoldMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReleaseHoldMutation>({ document: ReleaseHoldDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReleaseHold', 'mutation', variables);
    },
    ReverseLedgerTransaction(variables: ReverseLedgerTransactionMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ReverseLedgerTransactionMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ReverseLedgerTransactionMutation>({ document: ReverseLedgerTransactionDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ReverseLedgerTransaction', 'mutation', variables);
    },
    FreezeLedgerAccount(variables: FreezeLedgerAccountMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<FreezeLedgerAccountMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<FreezeLedgerAccountMutation>({ document: FreezeLedgerAccountDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'FreezeLedgerAccount', 'mutation', variables);
    },
    UnfreezeLedgerAccount(variables: UnfreezeLedgerAccountMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<UnfreezeLedgerAccountMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<UnfreezeLedgerAccountMutation>({ document: UnfreezeLedgerAccountDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'UnfreezeLedgerAccount', 'mutation', variables);
    },
    WalletAdjustments(variables?: WalletAdjustmentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WalletAdjustmentsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<WalletAdjustmentsQuery>({ document: WalletAdjustmentsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'WalletAdjustments', 'query', variables);
    },
    RequestWalletAdjustment(variables: RequestWalletAdjustmentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RequestWalletAdjustmentMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RequestWalletAdjustmentMutation>({ document: RequestWalletAdjustmentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RequestWalletAdjustment', 'mutation', variables);
    },
    ApproveWalletAdjustment(variables: ApproveWalletAdjustmentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ApproveWalletAdjustmentMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ApproveWalletAdjustmentMutation>({ document: ApproveWalletAdjustmentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ApproveWalletAdjustment', 'mutation', variables);
    },
    RejectWalletAdjustment(variables: RejectWalletAdjustmentMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<RejectWalletAdjustmentMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<RejectWalletAdjustmentMutation>({ document: RejectWalletAdjustmentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'RejectWalletAdjustment', 'mutation', variables);
    },
    SetWalletApprovalThreshold(variables: SetWalletApprovalThresholdMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SetWalletApprovalThresholdMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SetWalletApprovalThresholdMutation>({ document: SetWalletApprovalThresholdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SetWalletApprovalThreshold', 'mutation', variables);
    },
    Nodes(variables: NodesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<NodesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<NodesQuery>({ document: NodesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Nodes', 'query', variables);
    }
  };
}
export type Sdk = ReturnType<typeof getSdk>;