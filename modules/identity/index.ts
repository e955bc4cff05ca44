export { identityEntities } from './identity.entities.js';
export { authenticate, createPlatformStaff, createStaffUser, loadPlayer, playerExists, registerPlayer } from './identity.service.js';
export { PlayerType, StaffUserType } from './identity.schema.js';
