import { AppError } from '../../src/errors.js';

export class UnknownMenuItemError extends AppError {
  constructor(readonly key: string) {
    super('UNKNOWN_MENU_ITEM', {
      en: `There is no menu item or feature "${key}" in the catalogue.`,
      tr: `Katalogda "${key}" adında bir menü öğesi veya özellik yok.`,
    }, 404);
  }
}
