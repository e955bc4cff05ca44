// The affiliate's own statements in its portal (docs/affiliates.md "The affiliate's portal"): NGR and
// commission by month. Aggregates only: the staff statement's players and ledger references are not here.
import { builder } from '../../src/builder.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { money, MoneyType } from '../../src/graphql/money.js';
import type { StatementCurrencyRow, StatementRow } from './affiliates.approval.js';
import { dayOf } from './affiliates.statements.js';
import { AffiliatePortalRef } from './affiliates.portal.schema.js';
import { listStatements, type StatementLineRow } from './affiliates.statements.queries.js';
import { currencyFigureFields, FunnelType, LineKindEnum, loadCurrencyLines, loadExplainedLines, StatusEnum } from './affiliates.statements.schema.js';

const PortalLineType = builder.objectRef<StatementLineRow>('AffiliatePortalStatementLine').implement({
  description: 'A line of the affiliate\'s statement: what it is, its amount, and how it was worked out.',
  fields: (t) => ({
    kind: t.field({ type: LineKindEnum, description: 'What it is.', resolve: (l) => l.kind }),
    amount: t.field({ type: MoneyType, description: 'Its amount (negative lines reduce what is due).', resolve: (l) => money(l.amount, l.currency) }),
    playerCount: t.int({ description: 'How many players are behind a CPA or CLAWBACK line (0 for the others).', resolve: (l) => l.players.length }),
    explanation: t.exposeString('explanation', { description: 'The line in words: counts, tier, rate.' }),
  }),
});

const PortalCurrencyType = builder.objectRef<StatementCurrencyRow>('AffiliatePortalStatementCurrency').implement({
  description: 'The affiliate\'s statement in one currency: NGR, commission, carries, what is payable and whether it was paid.',
  fields: (t) => ({
    ...currencyFigureFields(t),
    lines: t.field({
      type: [PortalLineType],
      description: 'The explained lines, in order.',
      resolve: async (l, _a, ctx) => (await loadExplainedLines(ctx, l.statement_id)).filter((x) => x.currency === l.currency),
    }),
    paidAt: t.expose('paid_at', { type: 'DateTime', nullable: true, description: 'When the payable amount was paid out; null until then.' }),
  }),
});

const PortalStatementType = builder.objectRef<StatementRow>('AffiliatePortalStatement').implement({
  description: 'One month of the affiliate\'s commission, as the statement job computed it.',
  fields: (t) => ({
    periodStart: t.field({ type: 'Date', description: 'The month\'s first day (UTC).', resolve: (s) => dayOf(s.period_start) }),
    periodEnd: t.field({ type: 'Date', description: 'The day after its last (exclusive).', resolve: (s) => dayOf(s.period_end) }),
    status: t.field({ type: StatusEnum, description: 'Where it stands: computed, submitted, approved (payable posted), paid.', resolve: (s) => s.status }),
    funnel: t.field({ type: FunnelType, description: 'Its funnel in the month.', resolve: (s) => s.funnel }),
    newPayingPlayers: t.exposeInt('new_paying_players', { description: 'First deposits in the month by players not excluded.' }),
    currencies: t.field({ type: [PortalCurrencyType], description: 'Its line per currency (money is never summed across currencies).', resolve: (s, _a, ctx) => loadCurrencyLines(ctx, s.id) }),
  }),
});
const PortalStatementConnection = connectionOf(PortalStatementType, 'AffiliatePortalStatement', { totalCount: true });

builder.objectFields(AffiliatePortalRef, (t) => ({
  statements: t.connection(
    {
      type: PortalStatementType,
      description: 'Its monthly statements (NGR and commission by month), newest first.',
      resolve: (a, args, ctx) => listStatements(ctx, { affiliateId: a.id }, args),
    },
    PortalStatementConnection,
  ),
}));
