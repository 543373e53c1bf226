import { createI18n } from '@shared/create-i18n';
import { messages } from './messages';

export const { I18nProvider, useI18n, LanguageSwitch } = createI18n(messages);
