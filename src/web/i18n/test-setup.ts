import { activateLocale } from './i18n';
import { en } from './messages/en/index';
import { enLater } from './messages/en/later';

// The web's unit tests read the app in English, as the browser suite does.
activateLocale('en', { ...en, ...enLater });
