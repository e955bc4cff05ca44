import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CommissionInputError,
  computeStatement,
  ngrOf,
  parseRate,
  pricesCurrency,
  revShareOf,
  type AffiliateInput,
  type Carry,
  type CurrencyStatement,
  type NgrComponents,
  type NgrRules,
  type Plan,
  type PlayerInput,
  type RevSharePlan,
  type StatementInput,
} from '../../modules/affiliates/affiliates.commission.js';
import { applyRate, formatRate } from '../../modules/affiliates/affiliates.ngr.js';
import { splitByPricing } from '../../modules/affiliates/affiliates.statement-job.js';

/**
 * The commission engine (modules/affiliates/affiliates.commission.ts) against fixtures worked by
 * hand; every expected figure is written out with its arithmetic beside it. Amounts are minor
 * units: 10000 EUR = 100.00 EUR. docs/affiliates.md walks through the same examples.
 */

const NO_DEDUCTIONS: NgrRules = { bonusCost: false, chargebacks: false, depositFee: null, withdrawalFee: null, gamingTax: null, adminFee: null };

function plan(fields: Partial<Plan> = {}): Plan {
  return { cpa: null, revShare: null, ngr: NO_DEDUCTIONS, negativeCarryover: false, subAffiliateRate: null, clawbackDays: null, ...fields };
}

function flat(rate: string | number, currencies: string[] = ['EUR']): RevSharePlan {
  return { basis: 'NGR', mode: 'WHOLE', tiers: Object.fromEntries(currencies.map((c) => [c, [{ from: 0n, rate }]])) };
}

function components(fields: Partial<NgrComponents>): NgrComponents {
  return { stakes: 0n, wins: 0n, bonusCost: 0n, chargebacks: 0n, deposits: 0n, withdrawals: 0n, ...fields };
}

/** A player with nothing but a registration, in EUR, registered on the 2nd of March 2026. */
function player(playerId: string, fields: Partial<PlayerInput> = {}): PlayerInput {
  return {
    playerId,
    currency: 'EUR',
    registeredOn: '2026-03-02',
    firstDeposit: null,
    activity: [],
    period: null,
    flags: {},
    firstDepositChargedBackOn: null,
    cpa: null,
    ...fields,
  };
}

/** A player whose activity in the period gives the line this GGR (stakes − wins), nothing else. */
function gambler(playerId: string, ggr: bigint, fields: Partial<PlayerInput> = {}): PlayerInput {
  const stakes = ggr > 0n ? ggr : 0n;
  const wins = ggr < 0n ? -ggr : 0n;
  return player(playerId, { period: components({ stakes, wins }), ...fields });
}

function affiliate(affiliateId: string, fields: Partial<AffiliateInput> = {}): AffiliateInput {
  return { affiliateId, parentId: null, planId: 'main', carried: {}, players: [], ...fields };
}

const MARCH = { start: '2026-03-01', end: '2026-04-01' };
const APRIL = { start: '2026-04-01', end: '2026-05-01' };
const MAY = { start: '2026-05-01', end: '2026-06-01' };

function run(input: StatementInput) {
  return computeStatement(input);
}

function line(input: StatementInput, affiliateId: string, currency = 'EUR'): CurrencyStatement {
  const found = run(input).affiliates.find((a) => a.affiliateId === affiliateId)?.currencies.find((c) => c.currency === currency);
  if (!found) throw new Error(`no ${currency} line for ${affiliateId}`);
  return found;
}

// A CPA of 100.00 EUR: first deposit >= 20.00, then 50.00 wagered or 10 bets within 7 days of
// registration, 21 days' hold.
const CPA_PLAN: Plan['cpa'] = { windowDays: 7, holdDays: 21, minBets: 10, byCurrency: { EUR: { amount: 10000n, baseline: 2000n, minWagered: 5000n } } };

describe('CPA: the funnel', () => {
  it('1,000 clicks → 200 registrations → 40 first deposits → 38 qualified → 36 approved (2 excluded) at 100.00 = 3,600.00', () => {
    const players: PlayerInput[] = [];
    const depositOnTheSecond = { on: '2026-03-02', amount: 2500n };
    // 160 registrations that never deposit.
    for (let i = 0; i < 160; i++) players.push(player(`r${String(i).padStart(3, '0')}`));
    // 2 first deposits whose players wager 40.00 in 3 bets: no activity condition met, not qualified.
    for (let i = 0; i < 2; i++) {
      players.push(player(`lazy${i}`, { firstDeposit: depositOnTheSecond, activity: [{ on: '2026-03-03', wagered: 4000n, bets: 3 }] }));
    }
    // 36 qualify by wagering 60.00 on the 3rd (deposit >= 20.00 on the 2nd): approved on the 24th.
    for (let i = 0; i < 36; i++) {
      players.push(player(`good${String(i).padStart(2, '0')}`, { firstDeposit: depositOnTheSecond, activity: [{ on: '2026-03-03', wagered: 6000n, bets: 4 }] }));
    }
    // 2 qualify by bet count (12 small bets), but one is a duplicate and one is fraud-flagged.
    players.push(player('dup', { firstDeposit: depositOnTheSecond, activity: [{ on: '2026-03-04', wagered: 1200n, bets: 12 }], flags: { duplicate: true } }));
    players.push(player('fraud', { firstDeposit: depositOnTheSecond, activity: [{ on: '2026-03-04', wagered: 1200n, bets: 12 }], flags: { fraud: true } }));

    const statement = run({ period: MARCH, plans: { main: plan({ cpa: CPA_PLAN }) }, affiliates: [affiliate('a1', { clicks: 1000, players })] });
    const [a1] = statement.affiliates;
    expect(a1!.funnel).toEqual({ clicks: 1000, registrations: 200, firstDeposits: 40, qualified: 38, excluded: 2, approved: 36 });
    const eur = a1!.currencies[0]!;
    expect(eur.currency).toBe('EUR');
    expect(eur.cpa.filter((c) => c.status === 'APPROVED')).toHaveLength(36);
    expect(eur.cpa.find((c) => c.playerId === 'good00')).toEqual({
      playerId: 'good00', status: 'APPROVED', qualifiedOn: '2026-03-03', approvedOn: '2026-03-24', exclusions: [], amount: 10000n,
    });
    expect(eur.cpa.find((c) => c.playerId === 'dup')).toMatchObject({ status: 'EXCLUDED', exclusions: ['DUPLICATE'], qualifiedOn: '2026-03-04', amount: 0n });
    expect(eur.cpa.find((c) => c.playerId === 'fraud')).toMatchObject({ status: 'EXCLUDED', exclusions: ['FRAUD'] });
    expect(eur.cpa.find((c) => c.playerId === 'lazy0')?.status).toBe('NOT_QUALIFIED');
    expect(eur.cpa.find((c) => c.playerId === 'r000')?.status).toBe('NO_DEPOSIT');
    // 36 × 100.00 = 3,600.00
    expect(eur.payable).toBe(360000n);
    const cpaLine = eur.lines.find((l) => l.kind === 'CPA')!;
    expect(cpaLine.amount).toBe(360000n);
    expect(cpaLine.players).toHaveLength(36);
    expect(cpaLine.explanation).toBe('36 approved players × 100.00 EUR (first deposit >= 20.00, wagering >= 50.00 or 10 bets within 7 days of registration, 21 days\' hold) = 3600.00');
  });

  it('a first deposit below the baseline, or after the window, never qualifies; the window still open says so', () => {
    const input = {
      period: MARCH,
      plans: { main: plan({ cpa: CPA_PLAN }) },
      affiliates: [affiliate('a1', {
        players: [
          // 19.99 < 20.00
          player('low', { firstDeposit: { on: '2026-03-02', amount: 1999n }, activity: [{ on: '2026-03-02', wagered: 9000n, bets: 20 }] }),
          // registered the 2nd, window to the 9th inclusive; deposit on the 10th.
          player('late', { firstDeposit: { on: '2026-03-10', amount: 5000n }, activity: [{ on: '2026-03-10', wagered: 9000n, bets: 20 }] }),
          // deposit on the 9th (the window's last day) and wagering the same day: qualifies.
          player('edge', { firstDeposit: { on: '2026-03-09', amount: 2000n }, activity: [{ on: '2026-03-09', wagered: 5000n, bets: 1 }] }),
          // wagering on the 10th comes after the window: not qualified.
          player('slow', { firstDeposit: { on: '2026-03-02', amount: 2000n }, activity: [{ on: '2026-03-05', wagered: 4999n, bets: 9 }, { on: '2026-03-10', wagered: 1n, bets: 1 }] }),
          // registered on the 30th: the window runs into April.
          player('new', { registeredOn: '2026-03-30' }),
        ],
      })],
    };
    const cpa = line(input, 'a1').cpa;
    const status = Object.fromEntries(cpa.map((c) => [c.playerId, c.status]));
    expect(status).toEqual({ edge: 'APPROVED', late: 'NOT_QUALIFIED', low: 'BELOW_BASELINE', new: 'WINDOW_OPEN', slow: 'NOT_QUALIFIED' });
    // 9th + 21 days' hold = 30th, before April: paid in March.
    expect(cpa.find((c) => c.playerId === 'edge')).toMatchObject({ qualifiedOn: '2026-03-09', approvedOn: '2026-03-30', amount: 10000n });
  });

  it('the hold carries a player qualified late in the month into the next statement, and a paid CPA is not paid again', () => {
    const qualifiedOnThe20th = player('p1', { registeredOn: '2026-03-18', firstDeposit: { on: '2026-03-18', amount: 3000n }, activity: [{ on: '2026-03-20', wagered: 7000n, bets: 2 }] });
    const march = line({ period: MARCH, plans: { main: plan({ cpa: CPA_PLAN }) }, affiliates: [affiliate('a1', { players: [qualifiedOnThe20th] })] }, 'a1');
    // 20 March + 21 days = 10 April.
    expect(march.cpa[0]).toMatchObject({ status: 'ON_HOLD', qualifiedOn: '2026-03-20', approvedOn: '2026-04-10', amount: 0n });
    expect(march.payable).toBe(0n);
    const april = line({ period: APRIL, plans: { main: plan({ cpa: CPA_PLAN }) }, affiliates: [affiliate('a1', { players: [qualifiedOnThe20th] })] }, 'a1');
    expect(april.cpa[0]).toMatchObject({ status: 'APPROVED', amount: 10000n });
    expect(april.payable).toBe(10000n);
    const paid = { ...qualifiedOnThe20th, cpa: { paidOn: '2026-05-01', amount: 10000n, clawedBack: false } };
    const may = line({ period: MAY, plans: { main: plan({ cpa: CPA_PLAN }) }, affiliates: [affiliate('a1', { players: [paid] })] }, 'a1');
    expect(may.cpa[0]?.status).toBe('ALREADY_PAID');
    expect(may.payable).toBe(0n);
  });

  it('a self-excluded player, or one whose qualifying deposit was charged back during the hold, is excluded', () => {
    const qualified = { firstDeposit: { on: '2026-03-02', amount: 3000n }, activity: [{ on: '2026-03-02', wagered: 7000n, bets: 2 }] };
    const cpa = line({
      period: MARCH,
      plans: { main: plan({ cpa: CPA_PLAN }) },
      affiliates: [affiliate('a1', { players: [player('se', { ...qualified, flags: { selfExcluded: true } }), player('cb', { ...qualified, firstDepositChargedBackOn: '2026-03-15' })] })],
    }, 'a1').cpa;
    expect(cpa.map((c) => [c.playerId, c.status, c.exclusions])).toEqual([['cb', 'EXCLUDED', ['CHARGED_BACK']], ['se', 'EXCLUDED', ['SELF_EXCLUDED']]]);
  });
});

describe('NGR', () => {
  const ALL: NgrRules = {
    bonusCost: true,
    chargebacks: true,
    depositFee: 250, // 2.5%
    withdrawalFee: '0.015', // 1.5%
    gamingTax: '0.15',
    adminFee: { kind: 'PERCENT_OF_GGR', rate: 1000 },
  };

  it('GGR − bonus cost − chargebacks − payment fees − gaming tax − admin fee', () => {
    const c = components({ stakes: 1_000_000n, wins: 800_000n, bonusCost: 30_000n, chargebacks: 5_000n, deposits: 500_000n, withdrawals: 300_000n });
    // GGR 200,000; fees 2.5% × 500,000 = 12,500 and 1.5% × 300,000 = 4,500; tax 15% × 200,000 = 30,000;
    // admin 10% × 200,000 = 20,000. NGR = 200,000 − 30,000 − 5,000 − 12,500 − 4,500 − 30,000 − 20,000 = 98,000.
    expect(ngrOf(c, ALL, 'EUR')).toEqual({
      stakes: 1_000_000n, wins: 800_000n, ggr: 200_000n, bonusCost: 30_000n, chargebacks: 5_000n,
      depositFees: 12_500n, withdrawalFees: 4_500n, gamingTax: 30_000n, adminFee: 20_000n, ngr: 98_000n,
    });
    // Only what the plan takes is deducted: GGR − bonus cost = 170,000.
    expect(ngrOf(c, { ...NO_DEDUCTIONS, bonusCost: true }, 'EUR').ngr).toBe(170_000n);
    // A fixed admin fee per period and currency instead of the percentage: 98,000 + 20,000 − 2,500.
    expect(ngrOf(c, { ...ALL, adminFee: { kind: 'FIXED', byCurrency: { EUR: 2_500n } } }, 'EUR').ngr).toBe(115_500n);
    expect(() => ngrOf(c, { ...ALL, adminFee: { kind: 'FIXED', byCurrency: { EUR: 2_500n } } }, 'TRY')).toThrow(CommissionInputError);
  });

  it('no gaming tax and no percent admin fee on a losing period; fees still apply', () => {
    const c = components({ stakes: 100_000n, wins: 150_000n, deposits: 40_000n });
    // GGR −50,000; deposit fee 2.5% × 40,000 = 1,000; tax and admin fee 0. NGR −51,000.
    expect(ngrOf(c, ALL, 'EUR')).toMatchObject({ ggr: -50_000n, depositFees: 1_000n, gamingTax: 0n, adminFee: 0n, ngr: -51_000n });
  });

  it('each percent deduction is rounded toward zero on the line', () => {
    // 2.5% × 333 = 8.325 → 8; 1.5% × 999 = 14.985 → 14; 15% × 7 = 1.05 → 1; 10% × 7 = 0.7 → 0.
    const r = ngrOf(components({ stakes: 7n, deposits: 333n, withdrawals: 999n }), ALL, 'EUR');
    expect([r.depositFees, r.withdrawalFees, r.gamingTax, r.adminFee, r.ngr]).toEqual([8n, 14n, 1n, 0n, 7n - 8n - 14n - 1n]);
  });

  it('the statement sums its players\' components first, then deducts, and explains the sum', () => {
    const input: StatementInput = {
      period: MARCH,
      plans: { main: plan({ ngr: ALL, revShare: flat('0.30') }) },
      affiliates: [affiliate('a1', {
        players: [
          player('p1', { period: components({ stakes: 600_000n, wins: 450_000n, bonusCost: 30_000n, deposits: 300_000n }) }),
          player('p2', { period: components({ stakes: 400_000n, wins: 350_000n, chargebacks: 5_000n, deposits: 200_000n, withdrawals: 300_000n }) }),
        ],
      })],
    };
    const eur = line(input, 'a1');
    // The same totals as the first case: NGR 98,000; 30% = 29,400.
    expect(eur.ngr.ngr).toBe(98_000n);
    expect(eur.revShare?.amount).toBe(29_400n);
    const revShare = eur.lines.find((l) => l.kind === 'REVSHARE')!;
    expect(revShare.players).toEqual(['p1', 'p2']);
    expect(revShare.explanation).toBe(
      'NGR 980.00 EUR = GGR 2000.00 (stakes 10000.00 − wins 8000.00) − bonus cost 300.00 − chargebacks 50.00 − deposit fees 125.00 − withdrawal fees 45.00 − gaming tax 300.00 − admin fee 200.00; tier 1 (NGR 980.00, whole amount): 980.00 × 30% = 294.00 (rounded toward zero)',
    );
  });
});

describe('RevShare tiers: whole against marginal at and around each edge', () => {
  // 25% up to 7,500.00, 30% from 7,500.00, 35% from 50,000.00 (EUR).
  const tiers = [{ from: 0n, rate: 2500 }, { from: 750_000n, rate: '0.30' }, { from: 5_000_000n, rate: '0.35' }];
  const whole: RevSharePlan = { basis: 'NGR', mode: 'WHOLE', tiers: { EUR: tiers } };
  const marginal: RevSharePlan = { basis: 'NGR', mode: 'MARGINAL', tiers: { EUR: tiers } };

  it.each([
    // ngr,        tier, whole (reached rate on all),           marginal (each band at its rate)
    [-10_000n, 0, -2_500n, -2_500n], //                 −10,000 × 25%, both modes
    [0n, 0, 0n, 0n],
    [749_999n, 0, 187_499n, 187_499n], //               749,999 × 25% = 187,499.75
    [750_000n, 1, 225_000n, 187_500n], //               750,000 × 30%  |  750,000 × 25% + 0 × 30%
    [750_001n, 1, 225_000n, 187_500n], //               225,000.3      |  187,500 + 0.3
    [4_999_999n, 1, 1_499_999n, 1_462_499n], //         1,499,999.7    |  187,500 + 4,249,999 × 30% = 1,462,499.7
    [5_000_000n, 2, 1_750_000n, 1_462_500n], //         5,000,000 × 35% | 187,500 + 1,275,000 + 0
    [5_000_001n, 2, 1_750_000n, 1_462_500n], //         1,750,000.35   |  1,462,500 + 0.35
    [5_000_100n, 2, 1_750_035n, 1_462_535n], //         1,750,035      |  1,462,500 + 100 × 35%
  ])('NGR %s: tier %s, whole %s, marginal %s', (ngr, tier, wholeAmount, marginalAmount) => {
    const w = revShareOf(whole, ngr, 'EUR', 0);
    const m = revShareOf(marginal, ngr, 'EUR', 0);
    expect([w.tier, w.amount]).toEqual([tier, wholeAmount]);
    expect([m.tier, m.amount]).toEqual([tier, marginalAmount]);
  });

  it('marginal lists each band it used', () => {
    expect(revShareOf(marginal, 5_000_100n, 'EUR', 0).bands).toEqual([
      { from: 0n, to: 750_000n, rate: '25%', ngr: 750_000n },
      { from: 750_000n, to: 5_000_000n, rate: '30%', ngr: 4_250_000n },
      { from: 5_000_000n, to: null, rate: '35%', ngr: 100n },
    ]);
  });

  it('marginal rounds the line once, not each band', () => {
    // 100 × 33.5% = 33.5 and 1 × 50% = 0.5: 34 exactly (per band it would be 33 + 0 = 33).
    const p: RevSharePlan = { basis: 'NGR', mode: 'MARGINAL', tiers: { EUR: [{ from: 0n, rate: '0.335' }, { from: 100n, rate: 5000 }] } };
    expect(revShareOf(p, 101n, 'EUR', 0).amount).toBe(34n);
  });

  it('tiers by new paying players: the reached tier\'s rate on all NGR; excluded players do not count', () => {
    // 0-4 new paying players 25%, 5-9 30%, 10+ 35%.
    const byPlayers: RevSharePlan = { basis: 'NEW_PAYING_PLAYERS', tiers: [{ from: 0, rate: 2500 }, { from: 5, rate: 3000 }, { from: 10, rate: 3500 }] };
    const depositors = (n: number, flags = {}) =>
      Array.from({ length: n }, (_, i) => player(`d${i}`, { firstDeposit: { on: '2026-03-05', amount: 1000n }, flags, period: components({ stakes: 20_000n }) }));
    const at = (players: PlayerInput[]) => line({ period: MARCH, plans: { main: plan({ revShare: byPlayers }) }, affiliates: [affiliate('a1', { players })] }, 'a1');
    // 4 depositors, NGR 80,000 → 25% = 20,000.
    expect(at(depositors(4)).revShare).toMatchObject({ basis: 'NEW_PAYING_PLAYERS', measure: 4n, tier: 0, amount: 20_000n });
    // 5 depositors, NGR 100,000 → 30% = 30,000.
    expect(at(depositors(5)).revShare).toMatchObject({ measure: 5n, tier: 1, amount: 30_000n });
    // 10 → 35% of 200,000 = 70,000.
    expect(at(depositors(10)).revShare).toMatchObject({ measure: 10n, tier: 2, amount: 70_000n });
    // 5 depositors but one fraud-flagged: 4 count, 25% of 100,000.
    const flagged = depositors(5);
    flagged[0] = { ...flagged[0]!, flags: { fraud: true } };
    expect(at(flagged).revShare).toMatchObject({ measure: 4n, tier: 0, amount: 25_000n });
  });
});

describe('negative carryover', () => {
  const months = [MARCH, APRIL, MAY];
  // NGR −100,000, then −50,000, then +200,000 at 30%.
  const ngrs = [-100_000n, -50_000n, 200_000n];

  function threeMonths(negativeCarryover: boolean): CurrencyStatement[] {
    let carried: Record<string, Carry> = {};
    return months.map((period, i) => {
      const eur = line({
        period,
        plans: { main: plan({ revShare: flat('0.30'), negativeCarryover }) },
        affiliates: [affiliate('a1', { carried, players: [gambler('p1', ngrs[i]!)] })],
      }, 'a1');
      carried = { EUR: eur.carryOut };
      return eur;
    });
  }

  it('with it: −30,000 carried, then −45,000, then 60,000 − 45,000 = 15,000 paid', () => {
    const [march, april, may] = threeMonths(true);
    // March: 30% × −100,000 = −30,000; pay max(0, −30,000) = 0; carry −30,000.
    expect([march!.revShare?.amount, march!.revShareBalance, march!.payable, march!.carryOut.revShare]).toEqual([-30_000n, -30_000n, 0n, -30_000n]);
    // April: −30,000 + 30% × −50,000 = −45,000; pay 0; carry −45,000.
    expect([april!.revShare?.amount, april!.revShareBalance, april!.payable, april!.carryOut.revShare]).toEqual([-15_000n, -45_000n, 0n, -45_000n]);
    // May: −45,000 + 30% × 200,000 = 15,000; pay 15,000; carry 0.
    expect([may!.revShare?.amount, may!.revShareBalance, may!.payable, may!.carryOut.revShare]).toEqual([60_000n, 15_000n, 15_000n, 0n]);
    expect(may!.lines.map((l) => [l.kind, l.amount])).toEqual([['CARRIED_REVSHARE', -45_000n], ['REVSHARE', 60_000n]]);
  });

  it('without it: each losing month is reset to zero; May pays 60,000', () => {
    expect(threeMonths(false).map((m) => [m.payable, m.carryOut.revShare])).toEqual([[0n, 0n], [0n, 0n], [60_000n, 0n]]);
  });

  it('a hybrid plan pays its CPA in full while the RevShare part stays negative and carries', () => {
    const cpaPlayer = player('new', { firstDeposit: { on: '2026-03-02', amount: 3000n }, activity: [{ on: '2026-03-02', wagered: 7000n, bets: 1 }] });
    const eur = line({
      period: MARCH,
      plans: { main: plan({ cpa: CPA_PLAN, revShare: flat(2000), negativeCarryover: true }) },
      affiliates: [affiliate('a1', { carried: { EUR: { revShare: -30_000n, debt: 0n } }, players: [cpaPlayer, gambler('loser', -100_000n)] })],
    }, 'a1');
    // RevShare: −30,000 + 20% × −100,000 = −50,000 carried; CPA 10,000 paid.
    expect([eur.revShareBalance, eur.carryOut.revShare, eur.payable]).toEqual([-50_000n, -50_000n, 10_000n]);
  });

  it('a per-affiliate override replaces plan fields: the rate, and carryover off', () => {
    const input: StatementInput = {
      period: MARCH,
      plans: { main: plan({ revShare: flat(2500), negativeCarryover: true }) },
      affiliates: [
        affiliate('plain', { carried: { EUR: { revShare: -10_000n, debt: 0n } }, players: [gambler('p1', 100_000n)] }),
        affiliate('special', { overrides: { revShare: flat('0.40'), negativeCarryover: false }, carried: { EUR: { revShare: -10_000n, debt: 0n } }, players: [gambler('p2', 100_000n)] }),
      ],
    };
    // plain: −10,000 + 25% × 100,000 = 15,000. special: the carry is dropped, 40% × 100,000 = 40,000.
    expect(line(input, 'plain').payable).toBe(15_000n);
    expect(line(input, 'special').payable).toBe(40_000n);
    expect(line(input, 'special').carriedIn.revShare).toBe(0n);
  });

  it('an override to null turns a part of a hybrid plan off for one affiliate', () => {
    const cpaPlayer = player('new', { firstDeposit: { on: '2026-03-02', amount: 3000n }, activity: [{ on: '2026-03-02', wagered: 7000n, bets: 1 }] });
    const input: StatementInput = {
      period: MARCH,
      plans: { main: plan({ cpa: CPA_PLAN, revShare: flat(2500) }) },
      affiliates: [
        affiliate('hybrid', { players: [cpaPlayer, gambler('p1', 100_000n)] }),
        affiliate('revShareOnly', { overrides: { cpa: null }, players: [cpaPlayer, gambler('p1', 100_000n)] }),
      ],
    };
    // 100.00 CPA + 25% × 1,000.00; the override leaves the 250.00 only.
    expect(line(input, 'hybrid').payable).toBe(35_000n);
    expect(line(input, 'revShareOnly').payable).toBe(25_000n);
    expect(line(input, 'revShareOnly').cpa).toEqual([]);
  });
});

describe('sub-affiliates', () => {
  const plans = { main: plan({ revShare: flat('0.30'), subAffiliateRate: 1000 }) };

  it('a parent earns 10% of a direct sub\'s own commission, the sub keeps all of it, and nothing reaches a grand-parent', () => {
    const input: StatementInput = {
      period: MARCH,
      plans,
      affiliates: [
        affiliate('parent'),
        affiliate('sub', { parentId: 'parent', players: [gambler('s1', 100_000n)] }),
        affiliate('grandsub', { parentId: 'sub', players: [gambler('g1', 50_000n)] }),
      ],
    };
    // grandsub: 30% × 50,000 = 15,000, not reduced.
    expect(line(input, 'grandsub').payable).toBe(15_000n);
    // sub: own 30% × 100,000 = 30,000, plus 10% × 15,000 = 1,500 from grandsub: 31,500.
    const sub = line(input, 'sub');
    expect([sub.own, sub.subAffiliateOverride, sub.payable]).toEqual([30_000n, 1_500n, 31_500n]);
    // parent: 10% of sub's own 30,000 = 3,000 (not of 31,500: grandsub's commission does not reach it).
    const parent = line(input, 'parent');
    expect([parent.own, parent.subAffiliateOverride, parent.payable]).toEqual([0n, 3_000n, 3_000n]);
    expect(parent.lines).toEqual([{
      kind: 'SUB_AFFILIATE_OVERRIDE', amount: 3_000n, players: [], subAffiliateId: 'sub',
      explanation: "10% of sub-affiliate sub's own commission 300.00 EUR (paid by the operator; the sub's commission is not reduced)",
    }]);
  });

  it('no override on a sub whose own balance is negative or zero; the override is rounded toward zero', () => {
    const input: StatementInput = {
      period: MARCH,
      plans: { main: plan({ revShare: flat('0.30'), subAffiliateRate: 1000, negativeCarryover: true }) },
      affiliates: [
        affiliate('parent', { players: [gambler('p0', 10_000n)] }),
        // own: max(0, 30% × −50,000) − 5,000 carried debt = −5,000: no override, and not a negative one.
        affiliate('losing', { parentId: 'parent', carried: { EUR: { revShare: 0n, debt: -5_000n } }, players: [gambler('l1', -50_000n)] }),
        // 30% × 10,017 = 3,005.1 → 3,005; 10% × 3,005 = 300.5 → 300.
        affiliate('small', { parentId: 'parent', players: [gambler('s1', 10_017n)] }),
      ],
    };
    const parent = line(input, 'parent');
    expect(parent.lines.map((l) => [l.kind, l.subAffiliateId, l.amount])).toEqual([['REVSHARE', null, 3_000n], ['SUB_AFFILIATE_OVERRIDE', 'small', 300n]]);
    expect(parent.payable).toBe(3_300n);
  });

  it('a parent missing from the input, or an affiliate its own parent, is an input error', () => {
    expect(() => run({ period: MARCH, plans, affiliates: [affiliate('sub', { parentId: 'gone' })] })).toThrow(CommissionInputError);
    expect(() => run({ period: MARCH, plans, affiliates: [affiliate('me', { parentId: 'me' })] })).toThrow(CommissionInputError);
  });
});

describe('clawback', () => {
  const plans = { main: plan({ cpa: CPA_PLAN, revShare: flat('0.30'), clawbackDays: 60 }) };
  const paid = (fields: Partial<PlayerInput> = {}) =>
    player('cb', {
      firstDeposit: { on: '2026-03-02', amount: 3000n },
      activity: [{ on: '2026-03-02', wagered: 7000n, bets: 1 }],
      cpa: { paidOn: '2026-04-01', amount: 10_000n, clawedBack: false },
      ...fields,
    });

  it('a CPA paid in March whose deposit is charged back in April is a negative line in April, carried as debt into May', () => {
    // Charged back on 10 April, 39 days after the 2 March deposit (within 60).
    const april = line({ period: APRIL, plans, affiliates: [affiliate('a1', { players: [paid({ firstDepositChargedBackOn: '2026-04-10' })] })] }, 'a1');
    expect(april.lines.map((l) => [l.kind, l.amount, l.players])).toEqual([['CLAWBACK', -10_000n, ['cb']]]);
    // Nothing else in April: due −10,000, pay 0, carry −10,000 as debt.
    expect([april.due, april.payable, april.carryOut]).toEqual([-10_000n, 0n, { revShare: 0n, debt: -10_000n }]);
    // May (the clawback now recorded): 30% × 50,000 = 15,000 − 10,000 = 5,000 paid, debt cleared.
    const may = line({
      period: MAY,
      plans,
      affiliates: [affiliate('a1', {
        carried: { EUR: april.carryOut },
        players: [paid({ firstDepositChargedBackOn: '2026-04-10', cpa: { paidOn: '2026-04-01', amount: 10_000n, clawedBack: true } }), gambler('p1', 50_000n)],
      })],
    }, 'a1');
    expect(may.lines.map((l) => [l.kind, l.amount])).toEqual([['REVSHARE', 15_000n], ['CARRIED_DEBT', -10_000n]]);
    expect([may.payable, may.carryOut]).toEqual([5_000n, { revShare: 0n, debt: 0n }]);
  });

  it('the clawback is taken from the same statement\'s CPA and RevShare, and carries even without negative carryover', () => {
    const earner = player('new', { registeredOn: '2026-04-02', firstDeposit: { on: '2026-04-02', amount: 3000n }, activity: [{ on: '2026-04-02', wagered: 7000n, bets: 1 }] });
    const april = line({ period: APRIL, plans, affiliates: [affiliate('a1', { players: [paid({ firstDepositChargedBackOn: '2026-04-10' }), earner, gambler('p1', 10_000n)] })] }, 'a1');
    // 3,000 RevShare + 10,000 CPA − 10,000 clawback = 3,000.
    expect([april.revSharePayable, april.payable]).toEqual([3_000n, 3_000n]);
    const twoClawbacks = line({
      period: APRIL,
      plans,
      affiliates: [affiliate('a1', { players: [paid({ firstDepositChargedBackOn: '2026-04-10' }), paid({ playerId: 'cb2', firstDepositChargedBackOn: '2026-04-11' }), gambler('p1', 10_000n)] })],
    }, 'a1');
    // 3,000 − 20,000 = −17,000: the affiliate's balance goes negative.
    expect([twoClawbacks.due, twoClawbacks.payable, twoClawbacks.carryOut.debt]).toEqual([-17_000n, 0n, -17_000n]);
  });

  it('no clawback outside the window, once clawed back, or after the period', () => {
    const none = (p: PlayerInput) => line({ period: APRIL, plans, affiliates: [affiliate('a1', { players: [p] })] }, 'a1').lines;
    // The window runs from the qualifying deposit: a charge-back 61 days after it is not clawed back, 60 days is.
    expect(none(paid({ firstDeposit: { on: '2026-02-08', amount: 3000n }, firstDepositChargedBackOn: '2026-04-10' }))).toEqual([]); // 61 days
    expect(none(paid({ firstDeposit: { on: '2026-02-09', amount: 3000n }, firstDepositChargedBackOn: '2026-04-10' }))).toHaveLength(1); // 60 days
    expect(none(paid({ firstDepositChargedBackOn: '2026-04-10', cpa: { paidOn: '2026-04-01', amount: 10_000n, clawedBack: true } }))).toEqual([]);
    expect(none(paid({ firstDepositChargedBackOn: '2026-05-01' }))).toEqual([]);
  });
});

describe('currencies', () => {
  it('each currency is a line of its own: its NGR, its tiers, its carry, its payment', () => {
    const input: StatementInput = {
      period: MARCH,
      plans: {
        main: plan({
          negativeCarryover: true,
          // 25% / 35% from 5,000.00 EUR or from 150,000.00 TRY.
          revShare: { basis: 'NGR', mode: 'WHOLE', tiers: { EUR: [{ from: 0n, rate: 2500 }, { from: 500_000n, rate: 3500 }], TRY: [{ from: 0n, rate: 2500 }, { from: 15_000_000n, rate: 3500 }] } },
        }),
      },
      affiliates: [affiliate('a1', {
        carried: { EUR: { revShare: -1_000n, debt: 0n } },
        players: [gambler('e1', -20_000n), gambler('t1', 600_000n, { currency: 'TRY' }), gambler('t2', 100_000n, { currency: 'TRY' })],
      })],
    };
    const [eur, tr] = run(input).affiliates[0]!.currencies;
    // EUR: −1,000 + 25% × −20,000 = −6,000, carried.
    expect([eur!.currency, eur!.revShare?.amount, eur!.payable, eur!.carryOut.revShare]).toEqual(['EUR', -5_000n, 0n, -6_000n]);
    // TRY: 700,000 is below the TRY edge (15,000,000), though above the EUR one: 25% = 175,000. The EUR carry does not touch it.
    expect([tr!.currency, tr!.revShare?.tier, tr!.revShare?.amount, tr!.payable, tr!.carryOut.revShare]).toEqual(['TRY', 0, 175_000n, 175_000n, 0n]);
  });

  it('a currency the plan has no tiers or CPA terms for is an input error, not a silent zero', () => {
    const input = (p: PlayerInput): StatementInput => ({ period: MARCH, plans: { main: plan({ revShare: flat(2500), cpa: CPA_PLAN }) }, affiliates: [affiliate('a1', { players: [p] })] });
    expect(() => run(input(gambler('t1', 100n, { currency: 'TRY' })))).toThrow(/no NGR tiers for TRY/);
    const tiersForTry: StatementInput = { ...input(player('t2', { currency: 'TRY' })), plans: { main: plan({ revShare: flat(2500, ['EUR', 'TRY']), cpa: CPA_PLAN }) } };
    expect(() => run(tiersForTry)).toThrow(/no terms for TRY/);
  });
});

describe('a player in several currencies', () => {
  // p registered on 2 March in EUR (first deposit 25.00 on the 2nd, 60.00 wagered on the 3rd) and
  // also played in TRY in March: a revenue-only TRY entry brings that play to the TRY line.
  const main = gambler('p', 10_000n, { firstDeposit: { on: '2026-03-02', amount: 2500n }, activity: [{ on: '2026-03-03', wagered: 6000n, bets: 4 }] });
  const tryPlay = gambler('p', 400_000n, { currency: 'TRY', revenueOnly: true });
  const input = (players: PlayerInput[]): StatementInput => ({
    period: MARCH,
    plans: { main: plan({ cpa: { ...CPA_PLAN!, holdDays: 0 }, revShare: flat(2500, ['EUR', 'TRY']) }) },
    affiliates: [affiliate('a1', { players })],
  });

  it('counts the player once (funnel, CPA, new paying players) and their play on each currency\'s line', () => {
    const [a1] = run(input([main, tryPlay])).affiliates;
    // One registration, one first deposit, one approval: the revenue-only entry is not a second player.
    expect(a1!.funnel).toEqual({ clicks: null, registrations: 1, firstDeposits: 1, qualified: 1, excluded: 0, approved: 1 });
    expect(a1!.newPayingPlayers).toBe(1);
    const [eur, tr] = a1!.currencies;
    // EUR: CPA 100.00 + 25% × 10,000 = 2,500 → 12,500.
    expect([eur!.currency, eur!.cpa.map((c) => [c.playerId, c.status]), eur!.revShare?.amount, eur!.payable]).toEqual(['EUR', [['p', 'APPROVED']], 2_500n, 12_500n]);
    // TRY: no CPA terms needed (no CPA is evaluated there); 25% × 400,000 = 100,000.
    expect([tr!.currency, tr!.cpa, tr!.players.map((x) => x.playerId), tr!.revShare?.amount, tr!.payable]).toEqual(['TRY', [], ['p'], 100_000n, 100_000n]);
  });

  it('refuses a player twice in a currency, two entries without the mark, a revenue-only entry alone or carrying more than period activity', () => {
    expect(() => run(input([main, { ...main, currency: 'TRY' }]))).toThrow(/appears twice for affiliate a1/);
    expect(() => run(input([main, tryPlay, tryPlay]))).toThrow(/appears twice in TRY/);
    expect(() => run(input([tryPlay]))).toThrow(/without the player's own entry/);
    expect(() => run(input([main, { ...tryPlay, firstDeposit: { on: '2026-03-02', amount: 1n } }]))).toThrow(/carries only period activity/);
    expect(() => run(input([main, { ...tryPlay, activity: [{ on: '2026-03-03', wagered: 1n, bets: 1 }] }]))).toThrow(/carries only period activity/);
  });
});

describe('rates and rounding', () => {
  it('parses basis points and decimal strings exactly, and refuses anything else', () => {
    expect(parseRate(3500, 'r')).toEqual({ num: 3500n, den: 10_000n });
    expect(parseRate('0.35', 'r')).toEqual({ num: 35n, den: 100n });
    expect(parseRate('1', 'r')).toEqual({ num: 1n, den: 1n });
    for (const bad of [10_001, -1, 12.5, '1.01', '35%', '.35', '0.3x', '2', '0.']) {
      expect(() => parseRate(bad, 'r'), String(bad)).toThrow(CommissionInputError);
    }
    expect([formatRate(parseRate(2500, 'r')), formatRate(parseRate('0.125', 'r')), formatRate(parseRate('0.0125', 'r')), formatRate(parseRate(1, 'r'))]).toEqual(['25%', '12.5%', '1.25%', '0.01%']);
  });

  it('rounds every rate product toward zero: down when positive, up when negative', () => {
    const third = parseRate('0.333333', 'r');
    // 100 × 0.333333 = 33.3333 → 33; −100 × 0.333333 = −33.3333 → −33; 1 × 35% = 0.35 → 0.
    expect([applyRate(100n, third), applyRate(-100n, third), applyRate(1n, parseRate(3500, 'r')), applyRate(-1n, parseRate(3500, 'r'))]).toEqual([33n, -33n, 0n, 0n]);
    // Amounts beyond 2^53 stay exact: (2^62 + 1) × 50% = 2^61 (the half unit dropped).
    expect(applyRate(2n ** 62n + 1n, parseRate(5000, 'r'))).toBe(2n ** 61n);
  });

  it('the same input gives the same statement', () => {
    const input: StatementInput = { period: MARCH, plans: { main: plan({ revShare: flat('0.30'), cpa: CPA_PLAN }) }, affiliates: [affiliate('a1', { players: [gambler('p2', 5n), gambler('p1', 7n)] })] };
    expect(run(input)).toEqual(run(input));
    expect(line(input, 'a1').players.map((p) => p.playerId)).toEqual(['p1', 'p2']);
  });
});

describe('properties', () => {
  const ascendingTiers = fc
    .uniqueArray(fc.bigInt({ min: 1n, max: 10_000_000n }), { minLength: 0, maxLength: 4 })
    .chain((edges) =>
      fc.tuple(fc.constant([0n, ...edges.sort((a, b) => (a < b ? -1 : 1))]), fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: edges.length + 1, maxLength: edges.length + 1 })),
    )
    .map(([froms, rates]) => froms.map((from, i) => ({ from, rate: [...rates].sort((a, b) => a - b)[i]! })));

  it('with ascending rates, marginal never pays more than whole at the same NGR, and is monotone in NGR', () => {
    fc.assert(
      fc.property(ascendingTiers, fc.bigInt({ min: -10_000_000n, max: 50_000_000n }), fc.bigInt({ min: 0n, max: 1_000_000n }), (tiers, ngr, more) => {
        const whole = revShareOf({ basis: 'NGR', mode: 'WHOLE', tiers: { EUR: tiers } }, ngr, 'EUR', 0).amount;
        const marginal = { basis: 'NGR' as const, mode: 'MARGINAL' as const, tiers: { EUR: tiers } };
        const m = revShareOf(marginal, ngr, 'EUR', 0).amount;
        expect(m <= whole).toBe(true);
        expect(revShareOf(marginal, ngr + more, 'EUR', 0).amount >= m).toBe(true);
      }),
    );
  });

  it('over many months, carryover pays no more than the sum of the positive months, and what it holds back is the final carry', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -1_000_000n, max: 1_000_000n }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 10_000 }), (ngrs, rate) => {
        let carried: Record<string, Carry> = {};
        let paid = 0n;
        let positiveParts = 0n;
        let sum = 0n;
        for (const [i, ngr] of ngrs.entries()) {
          const month = new Date(Date.UTC(2026, i, 1)).toISOString().slice(0, 10);
          const next = new Date(Date.UTC(2026, i + 1, 1)).toISOString().slice(0, 10);
          const eur = line({
            period: { start: month, end: next },
            plans: { main: plan({ revShare: flat(rate), negativeCarryover: true }) },
            affiliates: [affiliate('a1', { carried, players: [gambler('p', ngr)] })],
          }, 'a1');
          const revShare = eur.revShare?.amount ?? 0n;
          expect(eur.payable >= 0n && eur.carryOut.revShare <= 0n).toBe(true);
          paid += eur.payable;
          sum += revShare;
          positiveParts += revShare > 0n ? revShare : 0n;
          carried = { EUR: eur.carryOut };
        }
        expect(paid <= positiveParts).toBe(true);
        expect(paid).toBe(sum - carried.EUR!.revShare);
      }),
    );
  });

  it('a line adds up: its lines less the negative RevShare balance make what is due, paid or carried as debt', () => {
    const arbitraryLine = fc.record({
      ngrs: fc.array(fc.bigInt({ min: -500_000n, max: 500_000n }), { maxLength: 4 }),
      approved: fc.nat({ max: 3 }),
      clawbacks: fc.nat({ max: 3 }),
      carriedRevShare: fc.bigInt({ min: -200_000n, max: 0n }),
      carriedDebt: fc.bigInt({ min: -200_000n, max: 0n }),
      negativeCarryover: fc.boolean(),
      rate: fc.integer({ min: 0, max: 10_000 }),
      subNgr: fc.bigInt({ min: -500_000n, max: 500_000n }),
    });
    fc.assert(
      fc.property(arbitraryLine, (l) => {
        const qualified = { firstDeposit: { on: '2026-03-02', amount: 3000n }, activity: [{ on: '2026-03-02', wagered: 7000n, bets: 1 }] };
        const players = [
          ...l.ngrs.map((ngr, i) => gambler(`g${i}`, ngr)),
          ...Array.from({ length: l.approved }, (_, i) => player(`a${i}`, qualified)),
          ...Array.from({ length: l.clawbacks }, (_, i) =>
            player(`c${i}`, { ...qualified, firstDepositChargedBackOn: '2026-03-20', cpa: { paidOn: '2026-03-01', amount: 10_000n, clawedBack: false } })),
        ];
        const input: StatementInput = {
          period: MARCH,
          plans: { main: plan({ cpa: { ...CPA_PLAN, holdDays: 0 }, revShare: flat(l.rate), negativeCarryover: l.negativeCarryover, clawbackDays: 30, subAffiliateRate: 500 }) },
          affiliates: [
            affiliate('a1', { carried: { EUR: { revShare: l.carriedRevShare, debt: l.carriedDebt } }, players }),
            affiliate('sub', { parentId: 'a1', players: [gambler('s', l.subNgr)] }),
          ],
        };
        const eur = line(input, 'a1');
        const sum = eur.lines.reduce((total, x) => total + x.amount, 0n);
        const negativeBalance = eur.revShareBalance < 0n ? eur.revShareBalance : 0n;
        expect(sum - negativeBalance).toBe(eur.due);
        expect(eur.payable + eur.carryOut.debt).toBe(eur.due);
        expect(eur.payable >= 0n && eur.carryOut.debt <= 0n && eur.carryOut.revShare <= 0n).toBe(true);
        expect(eur.carryOut.revShare).toBe(l.negativeCarryover ? negativeBalance : 0n);
        expect(eur.lines.find((x) => x.kind === 'CPA')?.amount ?? 0n).toBe(BigInt(l.approved) * 10_000n);
        expect(eur.lines.find((x) => x.kind === 'CLAWBACK')?.amount ?? 0n).toBe(BigInt(-l.clawbacks) * 10_000n);
      }),
    );
  });

  it('adding activity in one currency never changes another currency\'s line', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -1_000_000n, max: 1_000_000n }), fc.bigInt({ min: -1_000_000n, max: 1_000_000n }), (eurNgr, tryNgr) => {
        const p = { main: plan({ revShare: flat(3000, ['EUR', 'TRY']), negativeCarryover: true }) };
        const alone = line({ period: MARCH, plans: p, affiliates: [affiliate('a1', { players: [gambler('e', eurNgr)] })] }, 'a1');
        const both = line({ period: MARCH, plans: p, affiliates: [affiliate('a1', { players: [gambler('e', eurNgr), gambler('t', tryNgr, { currency: 'TRY' })] })] }, 'a1');
        expect(both).toEqual(alone);
      }),
    );
  });
});

describe('currencies a plan does not price', () => {
  const eurOnly = plan({
    cpa: { windowDays: 30, holdDays: 0, minBets: 1, byCurrency: { EUR: { amount: 5000n, baseline: 2000n, minWagered: null } } },
    revShare: flat('0.25', ['EUR']),
  });

  it('a plan prices a currency only when every part it has does', () => {
    expect(pricesCurrency(eurOnly, 'EUR')).toBe(true);
    expect(pricesCurrency(eurOnly, 'USD')).toBe(false);
    // RevShare by new paying players needs no per-currency table; CPA still does.
    expect(pricesCurrency(plan({ revShare: { basis: 'NEW_PAYING_PLAYERS', tiers: [{ from: 0, rate: '0.3' }] } }), 'USD')).toBe(true);
    expect(pricesCurrency(plan({ ngr: { ...NO_DEDUCTIONS, adminFee: { kind: 'FIXED', byCurrency: { EUR: 100n } } } }), 'USD')).toBe(false);
  });

  it('the statement job leaves such players out, whole when their own currency is unpriced, and sums what it left out', () => {
    const entry = (playerId: string, currency: string, fields: Partial<PlayerInput> = {}): PlayerInput => ({
      playerId, currency, registeredOn: '2026-03-02', firstDeposit: null, activity: [], period: components({ stakes: 1000n, wins: 400n }),
      flags: {}, firstDepositChargedBackOn: null, cpa: null, ...fields,
    });
    const { priced, unpriced } = splitByPricing(eurOnly, [
      entry('p1', 'EUR'),
      entry('p1', 'USD', { revenueOnly: true }), // p1's own currency is priced: only this entry is left out
      entry('p2', 'USD'), // p2's own currency is not: p2 is left out whole, its EUR revenue too
      entry('p2', 'EUR', { revenueOnly: true }),
      entry('p3', 'USD', { period: null }),
    ]);
    expect(priced.map((p) => `${p.playerId}/${p.currency}`)).toEqual(['p1/EUR']);
    expect(unpriced).toEqual([
      { currency: 'EUR', players: 1, components: components({ stakes: 1000n, wins: 400n }) },
      { currency: 'USD', players: 3, components: components({ stakes: 2000n, wins: 800n }) },
    ]);
  });
});
