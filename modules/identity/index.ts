export { identityEntities, type ApiKey, type Player, type StaffUser } from './identity.entities.js';
export { authenticate, createPlatformStaff, createStaffUser, loadApiKey, loadPlayer, loadStaffUser, playerExists, playerStanding, blockedPlayersOf, birthDatesOf, registerPlayer, type PlayerStanding } from './identity.service.js';
export { ApiKeyType, LocaleEnum, PlayerType, StaffUserType } from './identity.schema.js';
/** Tags a module keeps for a player under its own prefix (VIP: `vip:<tier key>`). */
export { setPrefixedTagInTx } from './identity.service.js';
