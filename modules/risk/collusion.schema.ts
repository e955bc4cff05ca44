// Poker collusion scoring in GraphQL (docs/risk.md "Poker collusion").
import { builder } from '../../src/builder.js';
import { TENANT_ERRORS } from '../../src/graphql/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { ValidationError } from '../../src/errors.js';
import { loadPlayer, PlayerType, type Player } from '../identity/index.js';
import { loadPokerHand, loadPokerTable, PokerHandRef, PokerTableRef } from '../poker/index.js';
import { readsRisk } from './risk.cases.schema.js';
import type { PairRow, ScanCounts } from './collusion.scan.js';
import type { SideStats } from './collusion.score.js';
import * as service from './collusion.service.js';


async function player(ctx: Parameters<typeof loadPlayer>[0], id: string): Promise<Player> {
  const found = await loadPlayer(ctx, id);
  if (!found) throw new Error(`player ${id} of a collusion pair not found`);
  return found;
}

const SideType = builder.objectRef<SideStats>('CollusionSideStatistics').implement({
  description: 'One player\'s play towards the other of a pair (docs/risk.md "Poker collusion").',
  fields: (t) => ({
    decisions: t.exposeInt('decisions', { description: 'Decisions made with the other player still in the hand.' }),
    impactBigBlinds: t.exposeFloat('impactBb', { description: 'Σ over those decisions of the change in the other player\'s expected chips against the baseline policy\'s action, in big blinds.' }),
    fieldImpactBigBlinds: t.exposeFloat('fieldImpactBb', { description: 'The same impact on the rest of the table (mean per other player still in), in big blinds.' }),
    facedPartner: t.exposeInt('facedPartner', { description: 'Bets or raises of the other player faced.' }),
    foldsToPartner: t.exposeInt('foldsToPartner', { description: 'Folds to the other player\'s bets or raises.' }),
    raisesVsPartner: t.exposeInt('raisesVsPartner', { description: 'Raises over the other player\'s bets or raises.' }),
    facedField: t.exposeInt('facedField', { description: 'Bets or raises of anyone else faced, in hands with the other player.' }),
    foldsToField: t.exposeInt('foldsToField', { description: 'Folds to those.' }),
    raisesVsField: t.exposeInt('raisesVsField', { description: 'Raises over those.' }),
    dumps: t.exposeInt('dumps', { description: 'Chip-dumping patterns: a bet or raise of at least half the pot, then a fold to the other player\'s aggression while at least as likely to win.' }),
  }),
});

const CollusionHandType = builder.objectRef<{ handId: string; impactBb: number }>('CollusionHand').implement({
  description: 'A hand of a pair, kept as evidence.',
  fields: (t) => ({
    hand: t.field({ type: PokerHandRef, nullable: true, description: 'The hand (null when the viewer may not see poker hands).', resolve: (h, _a, ctx) => loadPokerHand(ctx, h.handId) }),
    impactBigBlinds: t.exposeFloat('impactBb', { description: 'The pair\'s impact on each other in this hand beyond their impact on the rest of the table, in big blinds.' }),
  }),
});

export const CollusionPairRef = builder.objectRef<PairRow>('CollusionPair');
builder.node(CollusionPairRef, {
  description: 'Two players who played poker hands together, with the statistics and the collusion score of their play. Staff with risk:read.',
  id: { resolve: (p) => p.id },
  loadMany: async (ids, ctx) => {
    if (!readsRisk(ctx)) return ids.map(() => null);
    const rows = await service.pairsByIds(ctx, ids.map(String));
    return ids.map((id) => rows.get(String(id)) ?? null);
  },
  fields: (t) => ({
    playerA: t.field({ type: PlayerType, description: 'The first player (by id).', resolve: (p, _a, ctx) => player(ctx, p.player_a) }),
    playerB: t.field({ type: PlayerType, description: 'The second player.', resolve: (p, _a, ctx) => player(ctx, p.player_b) }),
    hands: t.exposeInt('hands', { description: 'Hands played together.' }),
    score: t.exposeFloat('score', { description: 'The collusion score: impact + soft play + 0.5 × dumping (docs/risk.md); higher is worse.' }),
    impact: t.float({ description: 'Both players\' impact on each other less their impact on the rest of the table, big blinds per (hand together + 100).', resolve: (p) => p.parts.impact }),
    softPlay: t.float({ description: 'Fold-to-partner excess plus raise-vs-partner deficit against each player\'s rates against the field, both players.', resolve: (p) => p.parts.softPlay }),
    dumping: t.float({ description: 'Chip-dumping patterns per 100 (hands together + 100).', resolve: (p) => p.parts.dumping }),
    flowBigBlinds: t.float({ description: 'Net chips that moved from playerA to playerB (negative: the other way), in big blinds.', resolve: (p) => p.stats.flowBb }),
    statisticsA: t.field({ type: SideType, description: 'playerA\'s play towards playerB.', resolve: (p) => p.stats.a }),
    statisticsB: t.field({ type: SideType, description: 'playerB\'s play towards playerA.', resolve: (p) => p.stats.b }),
    flagged: t.exposeBoolean('flagged', { description: 'Whether the pair passed the threshold after enough hands (a COLLUSION case is open or was).' }),
    tables: t.field({
      type: [PokerTableRef],
      description: 'Tables they played at together (seat following; the last 50), those the viewer may see.',
      resolve: async (p, _a, ctx) => (await Promise.all(p.table_ids.map((id) => loadPokerTable(ctx, id)))).filter((x) => x !== null),
    }),
    topHands: t.field({ type: [CollusionHandType], description: 'The hands in which they helped each other most (at most 5).', resolve: (p) => p.top_hands }),
    lastHandAt: t.expose('last_hand_at', { type: 'DateTime', nullable: true, description: 'When their last hand scanned ended.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the scan last changed the pair.' }),
  }),
});
const CollusionPairConnection = connectionOf(CollusionPairRef, 'CollusionPair', { totalCount: true });

builder.queryFields((t) => ({
  collusionPairs: t.connection(
    {
      type: CollusionPairRef,
      description: 'The tenant\'s pairs of poker players by collusion score, highest first. Staff with risk:read.',
      authScopes: { permission: 'risk:read' },
      args: {
        minHands: t.arg.int({ description: 'Only pairs with at least this many hands together.' }),
        flagged: t.arg.boolean({ description: 'Only flagged (true) or unflagged (false) pairs.' }),
      },
      resolve: (_root, args, ctx) => service.rankedPairs(ctx, { minHands: args.minHands, flagged: args.flagged }, args),
    },
    CollusionPairConnection,
  ),
}));

builder.objectFields(PlayerType, (t) => ({
  collusionPairs: t.connection(
    {
      type: CollusionPairRef,
      description: 'The pairs the player is in, by collusion score, highest first. Staff with risk:read.',
      authScopes: { permission: 'risk:read' },
      resolve: (p, args, ctx) => service.rankedPairs(ctx, { playerId: p.id }, args),
    },
    CollusionPairConnection,
  ),
}));

const ScanCollusionInput = builder.inputType('ScanCollusionInput', {
  description: 'Why the collusion scan runs now (kept in the audit trail).',
  fields: (t) => ({ reason: t.string({ required: true, description: 'Why, 1-500 characters.' }) }),
});
const ScanCollusionPayload = builder.objectRef<ScanCounts>('ScanCollusionPayload').implement({
  description: 'What the scan read and found.',
  fields: (t) => ({
    hands: t.exposeInt('hands', { description: 'Finished hands read.' }),
    pairs: t.exposeInt('pairs', { description: 'Pairs whose statistics changed (counted once per page of 200 hands).' }),
    flagged: t.exposeInt('flagged', { description: 'Pairs past the threshold: COLLUSION cases opened or given new evidence.' }),
  }),
});

builder.mutationFields((t) => ({
  scanCollusion: t.field({
    type: ScanCollusionPayload,
    description: 'RISK (risk:manage) runs the tenant\'s collusion scan now, as the collusion-scan job does: new finished hands into the pair statistics, COLLUSION cases for pairs past the threshold. Audited (Tenant).',
    authScopes: { permission: 'risk:manage' },
    errors: { types: [ValidationError, ...TENANT_ERRORS] },
    args: { input: t.arg({ type: ScanCollusionInput, required: true, description: 'The reason.' }) },
    resolve: (_root, { input }, ctx) => service.scanCollusionNow(ctx, input),
  }),
}));
