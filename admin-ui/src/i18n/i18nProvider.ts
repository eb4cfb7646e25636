import polyglotI18nProvider from 'ra-i18n-polyglot';
import { ru } from './ru';

export const i18nProvider = polyglotI18nProvider(() => ru, 'ru', [{ locale: 'ru', name: 'Русский' }]);
