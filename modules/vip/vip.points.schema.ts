import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { UnauthenticatedError } from '../../src/errors.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { PlayerType } from '../identity/index.js';
import type { PointsCode } from './vip.ledger.js';
import * as points from './vip.points.js';
import { formatPoints } from './vip.units.js';

/**
 * VIP points in GraphQL (docs/vip.md "Points"): a player's balance, next expiry, lots and history.
 * `myVipPoints` for the player, `Player.vipPoints` for staff with vip:read. (Redemption and
 * adjustments are the rewards half's, in their own files.)
 */
interface VipPointsValue {
  playerId: string;
}

const KINDS = { VIP_EARN: 'EARN', VIP_ROLLBACK: 'ROLLBACK', VIP_REDEEM: 'REDEEM', VIP_EXPIRE: 'EXPIRE', VIP_ADJUST: 'ADJUST' } as const satisfies Record<PointsCode, string>;

const VipPointsEntryKindEnum = builder.enumType('VipPointsEntryKind', {
  description: 'What changed a player\'s points.',
  values: {
    EARN: { description: 'Points earned on real-money stakes and poker rake (one posting per player per accrual page).' },
    ROLLBACK: { description: 'Points of a bet taken back when the bet was rolled back.' },
    REDEEM: { description: 'Points spent on cash or a bonus.' },
    EXPIRE: { description: 'Points that expired (the oldest first).' },
    ADJUST: { description: 'A staff correction.' },
  } as const,
});

const VipPointsExpiringType = builder.objectRef<points.PointsExpiring>('VipPointsExpiring').implement({
  description: 'The next points to expire.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When they expire.', resolve: (e) => e.at }),
    points: t.string({ description: 'How many points expire then, as a decimal with two places ("12.50").', resolve: (e) => formatPoints(e.points) }),
  }),
});

const VipPointsLotType = builder.objectRef<points.PointsLot>('VipPointsLot').implement({
  description: 'The points a player earned on one UTC day and what is left of them: points are spent and expire oldest first.',
  fields: (t) => ({
    earnedOn: t.field({ type: 'Date', description: 'The UTC day the points were earned.', resolve: (l) => l.earnedOn }),
    earned: t.string({ description: 'Points earned that day net of rollbacks, as a decimal with two places.', resolve: (l) => formatPoints(l.earned) }),
    remaining: t.string({ description: 'Points of that day not yet spent or expired, as a decimal with two places.', resolve: (l) => formatPoints(l.remaining) }),
    expired: t.string({ description: 'Points of that day that expired, as a decimal with two places.', resolve: (l) => formatPoints(l.expired) }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, description: 'When what remains expires; null when the tenant\'s points never expire.', resolve: (l) => l.expiresAt }),
  }),
});

const VipPointsEntryType = builder.objectRef<points.PointsEntry>('VipPointsEntry').implement({
  description: 'One change of a player\'s points on the points ledger.',
  fields: (t) => ({
    kind: t.field({ type: VipPointsEntryKindEnum, description: 'What changed the points.', resolve: (e) => KINDS[e.code] }),
    points: t.string({ description: 'The change, signed ("-4.00" taken, "3.00" given), as a decimal with two places.', resolve: (e) => formatPoints(e.points) }),
    balanceAfter: t.string({ description: 'The balance after this change, as a decimal with two places.', resolve: (e) => formatPoints(e.balanceAfter) }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was posted.', resolve: (e) => e.createdAt }),
  }),
});
const VipPointsEntryConnection = connectionOf(VipPointsEntryType, 'VipPointsEntry');

const VipPointsType = builder.objectRef<VipPointsValue>('VipPoints').implement({
  description: 'A player\'s VIP points: the balance, what expires next, the lots by day and the history.',
  fields: (t) => ({
    balance: t.string({
      description: 'The points balance as a decimal with two places ("12.34"); negative when rolled-back bets took back points already spent (a debt that later earnings repay first).',
      resolve: async (v, _args, ctx) => formatPoints(await points.pointsBalance(ctx, v.playerId)),
    }),
    expiring: t.field({
      type: VipPointsExpiringType,
      nullable: true,
      description: 'The next points to expire, or null when none will.',
      resolve: (v, _args, ctx) => points.nextExpiry(ctx, v.playerId),
    }),
    lots: t.field({
      type: [VipPointsLotType],
      description: 'The days whose points are not all spent or expired, oldest first.',
      args: { first: t.arg.int({ description: 'At most this many lots (1 to 400; default 100).', defaultValue: 100 }) },
      resolve: (v, args, ctx) => points.pointsLots(ctx, v.playerId, Math.min(400, Math.max(1, args.first ?? 100))),
    }),
    history: t.connection(
      {
        type: VipPointsEntryType,
        description: 'The changes of the points, newest first.',
        resolve: (v, args, ctx) => points.pointsHistory(ctx, v.playerId, args),
      },
      VipPointsEntryConnection,
    ),
  }),
});

function playerIdOf(ctx: Context): string {
  if (ctx.principal?.kind !== 'player') throw new UnauthenticatedError();
  return ctx.principal.playerId;
}

builder.queryFields((t) => ({
  myVipPoints: t.field({
    type: VipPointsType,
    description: 'The signed-in player\'s VIP points.',
    authScopes: { player: true },
    resolve: (_root, _args, ctx) => ({ playerId: playerIdOf(ctx) }),
  }),
}));

builder.objectFields(PlayerType, (t) => ({
  vipPoints: t.field({
    type: VipPointsType,
    description: 'The player\'s VIP points. Staff with vip:read.',
    authScopes: { permission: 'vip:read' },
    resolve: (player) => ({ playerId: player.id }),
  }),
}));
