export { menuEntities } from './menu.entities.js';
export { MENU_UPDATED } from './menu.service.js';
