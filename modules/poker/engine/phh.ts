/**
 * Hand histories in the PHH format (Poker Hand History, https://github.com/uoftcprg/phh-std):
 * TOML key = value files whose `actions` array holds notations such as `d dh p1 AcKd`
 * (hole cards), `d db AhKhQh` (board), `p3 cbr 200` (bet or raise to 200), `p2 f`, `p1 cc`
 * (check or call), `p1 sm AcKd` (show) and `p1 sm` (muck).
 *
 * Players are p1..pn clockwise from the seat left of the button, so the button is pn; heads-up,
 * the antes and blinds arrays are written reversed (p1 is the big blind), as the standard says.
 *
 *   exportPhh(state)        → PHH text of a hand (finished or not)
 *   parsePhh(text)          → the fields
 *   replayPhh(text)         → replays the hand through the engine and checks finishing_stacks
 *
 * Pure: text in, text out. Reading files is the caller's business.
 */
import { CARD_NAMES, parseCards, type Card } from './cards.js';
import { apply, createHand, legalActions } from './engine.js';
import type { Action, EngineError, HandConfig, HandState, Variant } from './types.js';

// ------------------------------------------------------------------ errors

export type PhhErrorCode =
  | 'PHH_SYNTAX'
  | 'PHH_MISSING_FIELD'
  | 'PHH_UNSUPPORTED_VARIANT'
  | 'PHH_UNSUPPORTED'
  | 'PHH_INVALID'
  | 'PHH_ENGINE_REJECTED'
  | 'PHH_CARDS_DIFFER'
  | 'PHH_INCOMPLETE';

export class PhhError extends Error {
  constructor(
    readonly code: PhhErrorCode,
    message: string,
    readonly engineError?: EngineError,
  ) {
    super(message);
    this.name = 'PhhError';
  }
}

// ------------------------------------------------------------------ the TOML subset

export type PhhValue = string | number | boolean | PhhValue[];

/**
 * Parses the TOML subset PHH files use: `key = value` lines, `#` comments, basic ("...") and
 * literal ('...') strings, integers and floats (with `_`, `inf`, `nan`), booleans, arrays over
 * several lines with trailing commas. Dates and times are kept as their text.
 */
export function parsePhh(text: string): Record<string, PhhValue> {
  const out: Record<string, PhhValue> = {};
  let i = 0;
  const n = text.length;
  let line = 1;
  const fail = (message: string): never => {
    throw new PhhError('PHH_SYNTAX', `line ${line}: ${message}`);
  };
  const skipSpace = (newlines: boolean) => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\r') i++;
      else if (c === '\n' && newlines) {
        i++;
        line++;
      } else if (c === '#') {
        while (i < n && text[i] !== '\n') i++;
      } else return;
    }
  };
  const parseString = (): string => {
    const quote = text[i];
    i++;
    let s = '';
    for (;;) {
      if (i >= n || text[i] === '\n') fail('unterminated string');
      const c = text[i]!;
      if (c === quote) {
        i++;
        return s;
      }
      if (c === '\\' && quote === '"') {
        const e = text[i + 1];
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', b: '\b', f: '\f' };
        if (e !== undefined && simple[e] !== undefined) {
          s += simple[e];
          i += 2;
        } else if (e === 'u' || e === 'U') {
          const len = e === 'u' ? 4 : 8;
          const hex = text.slice(i + 2, i + 2 + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) fail('bad unicode escape');
          s += String.fromCodePoint(parseInt(hex, 16));
          i += 2 + len;
        } else fail(`bad escape \\${e ?? ''}`);
      } else {
        s += c;
        i++;
      }
    }
  };
  const parseValue = (): PhhValue => {
    const c = text[i];
    if (c === '"' || c === "'") return parseString();
    if (c === '[') {
      i++;
      const items: PhhValue[] = [];
      for (;;) {
        skipSpace(true);
        if (text[i] === ']') {
          i++;
          return items;
        }
        items.push(parseValue());
        skipSpace(true);
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail('expected , or ] in an array');
      }
    }
    const m = /^[^\s,\]#]+/.exec(text.slice(i, i + 64));
    if (!m) return fail('expected a value');
    const raw = m[0];
    i += raw.length;
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    if (/^[+-]?(inf|nan)$/.test(raw)) return raw.includes('nan') ? NaN : raw.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?\d[\d_]*(\.\d[\d_]*)?([eE][+-]?\d+)?$/.test(raw)) return Number(raw.replace(/_/g, ''));
    if (/^\d{2}:\d{2}|^\d{4}-\d{2}-\d{2}/.test(raw)) {
      // A date or time, possibly "date time": keep the text.
      const rest = /^ \d{2}:\d{2}[^\s,\]#]*/.exec(text.slice(i, i + 40));
      if (rest) i += rest[0].length;
      return rest ? raw + rest[0] : raw;
    }
    return fail(`cannot read the value ${JSON.stringify(raw)}`);
  };
  for (;;) {
    skipSpace(true);
    if (i >= n) return out;
    if (text[i] === '[') fail('tables are not part of PHH');
    const key = /^[A-Za-z0-9_-]+/.exec(text.slice(i, i + 128));
    if (!key) fail('expected a key');
    i += key![0].length;
    skipSpace(false);
    if (text[i] !== '=') fail(`expected = after ${key![0]}`);
    i++;
    skipSpace(false);
    if (Object.hasOwn(out, key![0])) fail(`${key![0]} is defined twice`);
    out[key![0]] = parseValue();
    skipSpace(false);
    if (i < n && text[i] !== '\n') fail('expected the end of the line');
  }
}

function formatValue(value: PhhValue): string {
  if (typeof value === 'string') return `'${value.includes("'") || value.includes('\n') ? value.replace(/'/g, '’') : value}'`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? 'inf' : value < 0 ? '-inf' : 'nan';
  return `[${value.map(formatValue).join(', ')}]`;
}

// ------------------------------------------------------------------ export

const VARIANT_CODE: Record<Variant, string> = { NLHE: 'NT', PLO: 'PO' };

export interface PhhExportOptions {
  /** Player names for the `players` field (in the order of the hand's players, p1..pn). */
  players?: string[];
  /** More fields to write (for example `table`, `currency`, `time`), after the standard ones. */
  fields?: Record<string, PhhValue>;
}

/** The PHH text of a hand: every finished hand can be exported, and unfinished ones too. */
export function exportPhh(state: HandState, options: PhhExportOptions = {}): string {
  const { config, players } = state;
  const n = players.length;
  const index = new Map(players.map((p, i) => [p.seat, i + 1]));
  const sb = n === 2 ? 1 : 0;
  const bb = n === 2 ? 0 : 1;
  const effectiveBlinds = players.map((_, i) => (i === sb ? config.smallBlind : i === bb ? config.bigBlind : 0));
  const effectiveAntes = players.map((_, i) => config.ante + (i === bb ? config.bigBlindAnte : 0));
  const written = (values: number[]) => (n === 2 ? values.slice().reverse() : values);

  const actions: string[] = [];
  const exposed = new Set<number>();
  for (const e of state.events) {
    switch (e.type) {
      case 'HOLE_CARDS_DEALT':
        actions.push(`d dh p${index.get(e.seat)} ${(e.cards ?? []).join('') || '????'}`);
        break;
      case 'ACTION':
        actions.push(`p${index.get(e.seat)} ${e.action === 'fold' ? 'f' : e.action === 'check' || e.action === 'call' ? 'cc' : `cbr ${e.to}`}`);
        break;
      case 'BOARD_DEALT':
        actions.push(`d db ${e.cards.join('')}`);
        break;
      case 'CARDS_EXPOSED':
        exposed.add(e.seat);
        actions.push(`p${index.get(e.seat)} sm ${e.cards.join('')}`);
        break;
      case 'SHOWDOWN_SHOW':
        if (!exposed.has(e.seat)) actions.push(`p${index.get(e.seat)} sm ${e.cards.join('')}`);
        break;
      case 'SHOWDOWN_MUCK':
        actions.push(`p${index.get(e.seat)} sm`);
        break;
      default:
        break;
    }
  }

  const fields: [string, PhhValue][] = [
    ['variant', VARIANT_CODE[config.variant]],
    ['ante_trimming_status', false],
    ['antes', written(effectiveAntes)],
    ['blinds_or_straddles', written(effectiveBlinds)],
    ['min_bet', config.minBet],
    ['starting_stacks', players.map((p) => p.startingStack)],
  ];
  const lines = fields.map(([k, v]) => `${k} = ${formatValue(v)}`);
  lines.push('actions = [', ...actions.map((a) => `  ${formatValue(a)},`), ']');
  const more: [string, PhhValue][] = [];
  if (config.handId !== null) more.push(['hand', config.handId]);
  more.push(['seats', players.map((p) => p.seat + 1)]);
  const names = options.players ?? (players.every((p) => p.playerId !== null) ? players.map((p) => p.playerId!) : undefined);
  if (names) more.push(['players', names]);
  if (state.result) {
    more.push(['finishing_stacks', state.result.players.map((p) => p.finalStack)]);
    more.push(['winnings', state.result.players.map((p) => p.won)]);
  }
  if (config.rake) {
    // User-defined fields (PHH reserves a leading underscore for them).
    more.push(['_rake_basis_points', config.rake.basisPoints]);
    if (config.rake.cap !== null) more.push(['_rake_cap', config.rake.cap]);
    more.push(['_rake_no_flop_no_drop', config.rake.noFlopNoDrop]);
    if (state.result) more.push(['_rake', state.result.rake]);
  }
  if (!config.burnCards) more.push(['_burn_cards', false]);
  for (const [k, v] of Object.entries(options.fields ?? {})) more.push([k, v]);
  for (const [k, v] of more) lines.push(`${k} = ${formatValue(v)}`);
  return lines.join('\n') + '\n';
}

// ------------------------------------------------------------------ import / replay

export interface PhhReplayOptions {
  /** Expected final stacks (PHH units), when the file has no finishing_stacks. */
  expectedFinishingStacks?: number[];
  /**
   * Some published histories leave out folds (a player skipped while facing a bet). When
   * true (the default), such a skipped player is folded and the fold is listed in
   * `inferredFolds`; when false, the replay fails with PHH_ENGINE_REJECTED / NOT_YOUR_TURN.
   */
  inferMissingFolds?: boolean;
}

export interface PhhReplay {
  fields: Record<string, PhhValue>;
  variant: Variant;
  /** Chips per PHH unit: amounts with decimals (1259450.25) are scaled to integers. */
  scale: number;
  config: HandConfig;
  state: HandState;
  /** Final stacks in PHH units, p1..pn. */
  finishingStacks: number[];
  expected: number[] | null;
  /** Allowed difference per player in PHH units: one chip for each split pot the player shared. */
  tolerance: number[];
  /** Whether every final stack is within tolerance of the expected one (null: nothing to check). */
  matches: boolean | null;
  mismatches: string[];
  /** Folds the file left out, as PHH notations (see inferMissingFolds). */
  inferredFolds: string[];
}

const SUPPORTED: Record<string, Variant> = { NT: 'NLHE', PO: 'PLO' };

function numberArray(fields: Record<string, PhhValue>, key: string): number[] {
  const v = fields[key];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'number')) throw new PhhError('PHH_MISSING_FIELD', `${key} must be an array of numbers`);
  return v as number[];
}

function decimals(text: string): number {
  if (/e/i.test(text)) throw new PhhError('PHH_UNSUPPORTED', `exponent notation is not supported: ${text}`);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

interface ParsedAction {
  raw: string;
  actor: 'd' | number; // player index 0..n-1
  verb: string;
  args: string[];
}

function parseAction(raw: string, n: number): ParsedAction | null {
  const text = raw.replace(/#.*$/, '').trim();
  if (text === '') return null;
  const [actor, verb, ...args] = text.split(/\s+/);
  if (actor === 'd') {
    if (verb !== 'dh' && verb !== 'db') throw new PhhError('PHH_UNSUPPORTED', `unknown dealer action: ${raw}`);
    return { raw, actor: 'd', verb, args };
  }
  const m = /^p(\d+)$/.exec(actor ?? '');
  if (!m || Number(m[1]) < 1 || Number(m[1]) > n) throw new PhhError('PHH_INVALID', `unknown actor in ${JSON.stringify(raw)}`);
  return { raw, actor: Number(m[1]) - 1, verb: verb ?? '', args };
}

function readCards(text: string | undefined, raw: string): (Card | null)[] {
  if (text === undefined || text.length % 2 !== 0) throw new PhhError('PHH_INVALID', `bad cards in ${JSON.stringify(raw)}`);
  const out: (Card | null)[] = [];
  for (let i = 0; i < text.length; i += 2) {
    const c = text.slice(i, i + 2);
    if (c === '??') out.push(null);
    else {
      try {
        out.push(parseCards(c)[0]!);
      } catch {
        throw new PhhError('PHH_INVALID', `bad card ${c} in ${JSON.stringify(raw)}`);
      }
    }
  }
  return out;
}

/**
 * Replays a PHH hand (NT or PO) through the engine: builds the deck the recorded cards imply
 * (unknown cards are filled with unused ones), applies every player action, checks the dealt
 * and shown cards, and compares the final stacks with `finishing_stacks` (or the expected
 * stacks given), allowing one chip per split pot for odd-chip differences.
 */
export function replayPhh(text: string, options: PhhReplayOptions = {}): PhhReplay {
  const fields = parsePhh(text);
  const code = fields.variant;
  if (typeof code !== 'string') throw new PhhError('PHH_MISSING_FIELD', 'variant is missing');
  const variant = SUPPORTED[code];
  if (!variant) throw new PhhError('PHH_UNSUPPORTED_VARIANT', `variant ${code} is not supported (NT and PO are)`);
  const stacks = numberArray(fields, 'starting_stacks');
  const n = stacks.length;
  let antes = numberArray(fields, 'antes');
  let blinds = numberArray(fields, 'blinds_or_straddles');
  const minBet = fields.min_bet;
  if (typeof minBet !== 'number') throw new PhhError('PHH_MISSING_FIELD', 'min_bet is missing');
  if (antes.length !== n || blinds.length !== n) throw new PhhError('PHH_INVALID', 'antes and blinds_or_straddles need one entry per player');
  if (!Array.isArray(fields.actions) || !fields.actions.every((a) => typeof a === 'string')) throw new PhhError('PHH_MISSING_FIELD', 'actions must be an array of strings');
  if (n === 2) {
    antes = antes.slice().reverse();
    blinds = blinds.slice().reverse();
  }
  const actions = (fields.actions as string[]).map((a) => parseAction(a, n)).filter((a): a is ParsedAction => a !== null);

  // Scale: chips are integers, so amounts with decimals are multiplied by a power of ten.
  let places = 0;
  for (const x of [...stacks, ...antes, ...blinds, minBet]) places = Math.max(places, decimals(String(x)));
  for (const a of actions) if (a.verb === 'cbr') places = Math.max(places, decimals(a.args[0] ?? ''));
  const scale = 10 ** places;
  const chips = (x: number, what: string): number => {
    const v = Math.round(x * scale);
    if (!Number.isSafeInteger(v) || Math.abs(v - x * scale) > 1e-6 * scale) throw new PhhError('PHH_INVALID', `${what} ${x} is not a usable amount`);
    return v;
  };

  const sb = n === 2 ? 1 : 0;
  const bb = n === 2 ? 0 : 1;
  blinds.forEach((b, i) => {
    if (i !== sb && i !== bb && b !== 0) throw new PhhError('PHH_UNSUPPORTED', 'straddles are not supported');
  });
  let ante = 0;
  let bigBlindAnte = 0;
  if (antes.every((a) => a === antes[0])) ante = antes[0]!;
  else if (antes.every((a, i) => i === bb || a === 0)) bigBlindAnte = antes[bb]!;
  else throw new PhhError('PHH_UNSUPPORTED', 'only uniform antes and big-blind antes are supported');

  const config: HandConfig = {
    variant,
    smallBlind: chips(blinds[sb]!, 'small blind'),
    bigBlind: chips(blinds[bb]!, 'big blind'),
    ante: chips(ante, 'ante'),
    bigBlindAnte: chips(bigBlindAnte, 'big-blind ante'),
    minBet: chips(minBet, 'min_bet'),
    burnCards: fields._burn_cards !== false,
  };
  const basisPoints = fields._rake_basis_points;
  if (typeof basisPoints === 'number') {
    const cap = fields._rake_cap;
    config.rake = { basisPoints, cap: typeof cap === 'number' ? chips(cap, '_rake_cap') : null, noFlopNoDrop: fields._rake_no_flop_no_drop !== false };
  }

  // First pass: the cards, to build the deck.
  const holeCount = variant === 'PLO' ? 4 : 2;
  const holes: (Card | null)[][] = Array.from({ length: n }, () => Array<Card | null>(holeCount).fill(null));
  const board: Card[] = [];
  for (const a of actions) {
    if (a.actor === 'd' && a.verb === 'dh') {
      const m = /^p(\d+)$/.exec(a.args[0] ?? '');
      const p = m ? Number(m[1]) - 1 : -1;
      if (p < 0 || p >= n) throw new PhhError('PHH_INVALID', `bad player in ${JSON.stringify(a.raw)}`);
      const cards = readCards(a.args[1], a.raw);
      if (cards.length !== holeCount) throw new PhhError('PHH_INVALID', `${variant} deals ${holeCount} hole cards: ${a.raw}`);
      holes[p] = cards;
    } else if (a.actor === 'd') {
      for (const c of readCards(a.args[0], a.raw)) {
        if (!c) throw new PhhError('PHH_INVALID', `unknown board card in ${a.raw}`);
        board.push(c);
      }
    } else if (a.verb === 'sm' && a.args[0] !== undefined && a.args[0] !== '-') {
      const shown = readCards(a.args[0], a.raw);
      const hole = holes[a.actor]!;
      shown.forEach((c, k) => {
        if (c && hole[k] === null) hole[k] = c;
      });
    }
  }
  if (board.length > 5) throw new PhhError('PHH_INVALID', 'more than five board cards');
  const slots: (Card | null)[] = Array<Card | null>(52).fill(null);
  holes.forEach((hole, i) => hole.forEach((c, k) => (slots[k * n + i] = c)));
  let at = holeCount * n;
  board.forEach((c, k) => {
    if (config.burnCards && (k === 0 || k === 3 || k === 4)) at++;
    slots[at++] = c;
  });
  const used = new Set(slots.filter((c): c is Card => c !== null));
  if (used.size !== slots.filter((c) => c !== null).length) throw new PhhError('PHH_INVALID', 'a card is dealt twice');
  const spare = CARD_NAMES.filter((c) => !used.has(c));
  const deck = slots.map((c) => c ?? spare.shift()!);

  const seats = stacks.map((s, i) => ({ seat: i, stack: chips(s, `starting stack of p${i + 1}`) }));
  const created = createHand(config, seats, n - 1, deck);
  if (!created.ok) throw new PhhError('PHH_ENGINE_REJECTED', `createHand: ${created.error.message}`, created.error);
  let state = created.state;
  const inferredFolds: string[] = [];

  for (const a of actions) {
    if (a.actor === 'd') continue;
    if (a.verb === 'sm') {
      if (a.args[0] !== undefined && a.args[0] !== '-') {
        const shown = readCards(a.args[0], a.raw);
        const hole = state.players[a.actor]!.hole;
        if (shown.some((c, k) => c !== null && c !== hole[k])) throw new PhhError('PHH_CARDS_DIFFER', `${a.raw}: the engine dealt ${hole.join('')}`);
      }
      continue;
    }
    if (a.verb !== 'f' && a.verb !== 'cc' && a.verb !== 'cbr') throw new PhhError('PHH_UNSUPPORTED', `unsupported action ${JSON.stringify(a.raw)}`);
    const seat = a.actor;
    while (options.inferMissingFolds !== false && state.status !== 'COMPLETE' && state.toAct !== seat) {
      const skipped = legalActions(state);
      if (!skipped || skipped.toCall === 0) break;
      const folded = apply(state, { seat: skipped.seat, type: 'fold' });
      if (!folded.ok) break;
      inferredFolds.push(`p${skipped.seat + 1} f`);
      state = folded.state;
    }
    const legal = legalActions(state);
    let action: Action;
    if (a.verb === 'f') action = { seat, type: 'fold' };
    else if (a.verb === 'cc') action = { seat, type: legal && legal.toCall > 0 ? 'call' : 'check' };
    else {
      const amount = chips(Number(a.args[0]), `amount of ${a.raw}`);
      action = { seat, type: state.currentBet === 0 ? 'bet' : 'raise', amount };
    }
    const next = apply(state, action);
    if (!next.ok) throw new PhhError('PHH_ENGINE_REJECTED', `${a.raw}: ${next.error.code} ${next.error.message}`, next.error);
    state = next.state;
  }
  if (state.status !== 'COMPLETE') throw new PhhError('PHH_INCOMPLETE', 'the actions end before the hand does');
  holes.forEach((hole, i) => {
    const dealt = state.players[i]!.hole;
    if (hole.some((c, k) => c !== null && c !== dealt[k])) throw new PhhError('PHH_CARDS_DIFFER', `p${i + 1}: the engine dealt ${dealt.join('')}`);
  });
  if (board.some((c, k) => state.board[k] !== c)) throw new PhhError('PHH_CARDS_DIFFER', `board: the engine dealt ${state.board.join('')}, the file ${board.join('')}`);

  const result = state.result!;
  const finishingStacks = result.players.map((p) => p.finalStack / scale);
  const splits = result.players.map((p) => result.pots.filter((pot) => pot.winners.length > 1 && pot.winners.some((w) => w.seat === p.seat)).length);
  const tolerance = splits.map((k) => k / scale);
  const expectedRaw = options.expectedFinishingStacks ?? (Array.isArray(fields.finishing_stacks) ? (fields.finishing_stacks as number[]) : null);
  const mismatches: string[] = [];
  if (expectedRaw) {
    if (expectedRaw.length !== n) mismatches.push(`expected ${expectedRaw.length} stacks, the hand has ${n} players`);
    finishingStacks.forEach((got, i) => {
      const want = expectedRaw[i];
      if (typeof want !== 'number' || Math.abs(got - want) > tolerance[i]! + 1e-9) mismatches.push(`p${i + 1}: ${got}, expected ${String(want)} (tolerance ${tolerance[i]})`);
    });
  }
  return {
    fields,
    variant,
    scale,
    config,
    state,
    finishingStacks,
    expected: expectedRaw,
    tolerance,
    matches: expectedRaw ? mismatches.length === 0 : null,
    mismatches,
    inferredFolds,
  };
}
