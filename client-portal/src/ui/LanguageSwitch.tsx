export { LanguageSwitch } from '../i18n/i18n';
