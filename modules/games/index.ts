/** The games catalogue and game launch: what other modules may use. */
export { gamesByIds, knownGameCodes, GAME_CATEGORIES, type GameCategory, type GameRow } from './games.service.js';
