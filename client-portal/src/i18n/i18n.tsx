import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { messages, type Locale, type MessageKey } from './messages';

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** A refusal in words: the server's Portuguese message, or ours by its code in English. */
  errorText(error: CombinedError | undefined | null): string;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'habite.locale';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'pt-BR'));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const t = useCallback(
    (key: MessageKey, vars: Record<string, string | number> = {}) =>
      messages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')),
    [locale],
  );
  const errorText = useCallback(
    (error: CombinedError | undefined | null) => {
      if (!error) return '';
      const first = error.graphQLErrors[0];
      if (!first) return t('app.offline');
      const code = String(first.extensions?.code ?? '');
      const key = `error.${code}` as MessageKey;
      if (locale === 'en') return key in messages.en ? t(key) : first.message;
      return first.message || t('error.generic');
    },
    [locale, t],
  );
  return <I18nContext.Provider value={{ locale, setLocale, t, errorText }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
