// The linked-accounts graph in GraphQL (docs/risk.md "Multi-accounting").
import { builder } from '../../src/builder.js';
import type { Context } from '../../src/context.js';
import { connectionOf } from '../../src/graphql/connections.js';
import { localIdOf } from '../../src/graphql/ids.js';
import { ValidationError } from '../../src/errors.js';
import { loadPlayer, PlayerType, type Player } from '../identity/index.js';
import { readsRisk } from './risk.cases.schema.js';
import * as links from './risk.links.js';
import type { SignalKind } from './risk.signals.js';

const SignalKindEnum = builder.enumType('RiskLinkSignalKind', {
  description: 'What two linked accounts were both seen with.',
  values: {
    DEVICE: { value: 'DEVICE' as const, description: 'The same device fingerprint (the X-Device-Fingerprint header a frontend sends).' },
    IP: { value: 'IP' as const, description: 'The same client address.' },
    INSTRUMENT: { value: 'INSTRUMENT' as const, description: 'The same payment card or account, by the payment provider\'s fingerprint.' },
  } satisfies Record<SignalKind, unknown>,
});

const LinkSignalType = builder.objectRef<links.LinkReason>('RiskLinkSignal').implement({
  description: 'One value two linked accounts share, and what it weighed in their link\'s score.',
  fields: (t) => ({
    kind: t.field({ type: SignalKindEnum, description: 'What kind of value.', resolve: (r) => r.kind }),
    value: t.exposeString('value', { description: 'The value: an address, a device fingerprint, or a provider-namespaced instrument fingerprint (`stripe:...`, `adyen:par:...`).' }),
    players: t.exposeInt('players', { description: 'How many of the tenant\'s players were seen with it when the link was scored.' }),
    weight: t.exposeFloat('weight', { description: 'What it added to the score (0 to 1; an address is discounted by the players sharing it; docs/risk.md).' }),
  }),
});

async function playerOf(ctx: Context, id: string): Promise<Player> {
  const player = await loadPlayer(ctx, id);
  if (!player) throw new Error(`player ${id} of a link not found`);
  return player;
}

export const RiskLinkRef = builder.objectRef<links.LinkRow>('RiskLink');

builder.node(RiskLinkRef, {
  description: 'A link of the tenant\'s linked-accounts graph: two players seen with the same device, address or payment instrument. Staff with risk:read.',
  id: { resolve: (l) => l.id },
  loadMany: async (ids, ctx) => {
    if (!readsRisk(ctx)) return ids.map(() => null);
    const rows = await links.linksByIds(ctx, ids.map(String));
    return ids.map((id) => rows.get(String(id)) ?? null);
  },
  fields: (t) => ({
    players: t.field({ type: [PlayerType], description: 'The two players.', resolve: async (l, _a, ctx) => [await playerOf(ctx, l.player_a), await playerOf(ctx, l.player_b)] }),
    score: t.exposeFloat('score', { description: 'The link\'s score, 0 to 1: 1 − Π(1 − weight) over the shared values.' }),
    signals: t.field({ type: [LinkSignalType], description: 'The values they share, strongest kind first.', resolve: (l) => l.reasons }),
    firstLinkedAt: t.expose('first_linked_at', { type: 'DateTime', description: 'When they were first found linked.' }),
    lastLinkedAt: t.expose('last_linked_at', { type: 'DateTime', description: 'When the link was last scored.' }),
  }),
});
const RiskLinkConnection = connectionOf(RiskLinkRef, 'RiskLink', { totalCount: true });

const LinkedAccountType = builder.objectRef<links.LinkedAccount>('LinkedAccount').implement({
  description: 'An account linked to a player, with the link.',
  fields: (t) => ({
    player: t.field({ type: PlayerType, description: 'The other player.', resolve: (l, _a, ctx) => playerOf(ctx, l.playerId) }),
    score: t.float({ description: 'The link\'s score, 0 to 1.', resolve: (l) => l.link.score }),
    signals: t.field({ type: [LinkSignalType], description: 'The values they share.', resolve: (l) => l.link.reasons }),
    link: t.field({ type: RiskLinkRef, description: 'The link itself.', resolve: (l) => l.link }),
  }),
});

builder.objectFields(PlayerType, (t) => ({
  linkedAccounts: t.field({
    type: [LinkedAccountType],
    description: 'The accounts linked to the player by shared devices, addresses or payment instruments, strongest first (at most 100). Staff with risk:read.',
    authScopes: { permission: 'risk:read' },
    resolve: (player, _a, ctx) => links.linkedAccountsOf(ctx, player.id),
  }),
}));

builder.queryFields((t) => ({
  linkedAccounts: t.field({
    type: [LinkedAccountType],
    description: 'The accounts linked to a player, strongest first (at most 100). Staff with risk:read.',
    authScopes: { permission: 'risk:read' },
    args: { playerId: t.arg.id({ required: true, description: 'The Player ID.' }) },
    resolve: (_root, args, ctx) => links.linkedAccountsOf(ctx, localIdOf(String(args.playerId), 'Player', ['playerId'])),
  }),
  riskLinks: t.connection(
    {
      type: RiskLinkRef,
      description: 'The tenant\'s strongest links: those scoring at least `minScore`, strongest first (then newest). Staff with risk:read.',
      authScopes: { permission: 'risk:read' },
      args: { minScore: t.arg.float({ description: 'Only links scoring at least this, 0 to 1 (default: the case threshold, RISK_LINK_CASE_THRESHOLD).' }) },
      resolve: (_root, args, ctx) => {
        if (args.minScore != null && !(args.minScore >= 0 && args.minScore <= 1)) throw new ValidationError([{ path: ['minScore'], message: 'must be between 0 and 1' }]);
        return links.listRiskLinks(ctx, { minScore: args.minScore }, args);
      },
    },
    RiskLinkConnection,
  ),
}));
