/** The games catalogue and game launch: what other modules may use. */
export { gamesByIds, type GameRow } from './games.service.js';
