export { identityEntities, type ApiKey, type Player, type StaffUser } from './identity.entities.js';
export { authenticate, createPlatformStaff, createStaffUser, loadApiKey, loadPlayer, loadStaffUser, playerExists, playerStanding, blockedPlayersOf, blockPlayerInTx, birthDatesOf, registerPlayer, type PlayerStanding } from './identity.service.js';
export { ApiKeyType, AuthTokensType, LocaleEnum, PlayerType, StaffUserType } from './identity.schema.js';
/** For accounts kept above identity (affiliates, src/session-subjects.ts): their sessions, password links and sign-in errors. */
export { openTenantSession, type IssuedTokens } from './identity.service.js';
export { sendPasswordLink, endTenantSessions, announceEnded } from './identity.passwords.js';
export { AccountDisabledError, InvalidCredentialsError } from './identity.errors.js';
/** Tags a module keeps for a player under its own prefix (VIP: `vip:<tier key>`). */
export { setPrefixedTagInTx, playerRegistrationsInTx, playersRegisteredBetweenInTx } from './identity.service.js';
