import type { PlayersQuery } from '../../../../codegen/sdk.js';
import { api } from '../api.js';
import { h, replace, when } from '../dom.js';
import { lang, t } from '../i18n.js';
import type { Screen } from '../screen.js';
import { can, failure, loading, pagedTable, refusal } from './common.js';

type Edge = NonNullable<PlayersQuery['players']>['edges'][number];

/** Player search: a prefix of the email or display name, 25 a page. */
export const playersScreen: Screen = (root, { viewer }) => {
  const refused = refusal(viewer, 'PLAYER_READ');
  if (refused) {
    replace(root, h('h1', {}, t('players.title')), refused);
    return;
  }
  const search = h('input', { name: 'search', type: 'search', 'aria-label': t('players.search') });
  const { list, load } = pagedTable<Edge>({
    testId: 'players',
    fetch: async (after) => {
      const term = search.value.trim();
      return (await api.Players({ first: 25, after, ...(term ? { filter: { search: term } } : {}) })).players;
    },
    head: [h('th', {}, t('players.email')), h('th', {}, t('players.name')), h('th', {}, t('players.status')), h('th', {}, t('players.registered'))],
    row: ({ node }) => h('tr', {},
      h('td', {}, h('a', { href: `#/players/${encodeURIComponent(node.id)}` }, node.email)),
      h('td', {}, node.displayName),
      h('td', {}, node.status),
      h('td', {}, when(node.createdAt, lang())),
    ),
  });

  replace(
    root,
    h('h1', {}, t('players.title')),
    h('form', { class: 'inline', onsubmit: (e: Event) => {
      e.preventDefault();
      void load(null);
    } }, h('label', {}, t('players.search'), search), h('button', { type: 'submit', class: 'primary' }, t('common.search'))),
    list,
  );
  void load(null);
};

/** A player's page: profile, tags, balances per currency, latest notes and withdrawals. */
export const playerScreen: Screen = (root, { viewer, params }) => {
  const refused = refusal(viewer, 'PLAYER_READ');
  if (refused) {
    replace(root, h('h1', {}, t('player.title')), refused);
    return;
  }
  const id = params[0]!;
  replace(root, h('h1', {}, t('player.title')), loading());
  void (async () => {
    try {
      const [{ player }, withdrawals] = await Promise.all([
        api.ConsolePlayer({ id }),
        can(viewer, 'PAYMENTS_READ') ? api.Withdrawals({ filter: { playerId: id }, first: 10 }) : Promise.resolve(null),
      ]);
      if (!player) {
        replace(root, h('h1', {}, t('player.title')), h('p', { class: 'notice' }, t('player.notFound')));
        return;
      }
      const field = (label: string, value: string | HTMLElement | null) => h('tr', {}, h('th', {}, label), h('td', {}, value ?? ''));
      replace(
        root,
        h('h1', {}, `${t('player.title')}: ${player.displayName}`),
        h('div', { class: 'card' }, h('table', { 'data-testid': 'profile' },
          field(t('players.email'), player.email),
          field(t('players.status'), player.status),
          field(t('player.locale'), player.locale),
          field(t('players.registered'), when(player.createdAt, lang())),
          player.blockedAt ? field(t('player.blocked'), `${when(player.blockedAt, lang())} ${player.blockedReason ?? ''}`) : null,
          field(t('player.tags'), h('span', {}, player.tags.map((tag) => h('span', { class: 'tag' }, tag)))),
        )),
        h('h2', {}, t('player.balances')),
        player.balances && player.balances.length > 0
          ? h('table', { 'data-testid': 'balances' },
              h('thead', {}, h('tr', {},
                h('th', {}, t('player.currency')), h('th', { class: 'num' }, t('player.cash')), h('th', { class: 'num' }, t('player.bonus')),
                h('th', { class: 'num' }, t('player.held')), h('th', { class: 'num' }, t('player.available')))),
              h('tbody', {}, player.balances.map((b) => h('tr', {},
                h('td', {}, b.currency), h('td', { class: 'num' }, b.cash.decimal), h('td', { class: 'num' }, b.bonus.decimal),
                h('td', { class: 'num' }, b.held.decimal), h('td', { class: 'num' }, b.available.decimal)))))
          : h('p', { class: 'notice' }, t('common.none')),
        h('h2', {}, t('player.notes')),
        player.notes.nodes.length > 0
          ? h('table', {}, h('tbody', {}, player.notes.nodes.map((n) => h('tr', {},
              h('td', {}, when(n.createdAt, lang())), h('td', {}, n.author?.email ?? n.authorKind), h('td', {}, n.body)))))
          : h('p', { class: 'notice' }, t('common.none')),
        withdrawals
          ? [
              h('h2', {}, t('player.withdrawals')),
              (withdrawals.withdrawals?.nodes.length ?? 0) > 0
                ? h('table', {}, h('tbody', {}, withdrawals.withdrawals!.nodes.map((w) => h('tr', {},
                    h('td', {}, when(w.createdAt, lang())), h('td', { class: 'num' }, `${w.amount.decimal} ${w.amount.currency}`), h('td', {}, w.status)))))
                : h('p', { class: 'notice' }, t('common.none')),
            ]
          : null,
      );
    } catch (error) {
      replace(root, h('h1', {}, t('player.title')), failure(error));
    }
  })();
};
