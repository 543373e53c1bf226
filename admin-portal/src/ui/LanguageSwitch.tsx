import { useI18n } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <button type="button" className="link" lang={locale === 'en' ? 'pt-BR' : 'en'} onClick={() => setLocale(locale === 'en' ? 'pt-BR' : 'en')}>
      {t('app.language')}
    </button>
  );
}
