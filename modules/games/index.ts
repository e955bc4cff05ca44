/** The games catalogue and game launch: what other modules may use. */
export { gamesByIds, knownGameCodes, gameCategoriesByCode, GAME_CATEGORIES, type GameCategory, type GameRow } from './games.service.js';
