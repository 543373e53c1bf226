/** Shared with the admin app: a pt-BR-first i18n context over one app's dictionary. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';

export type Locale = 'pt-BR' | 'en';
type Dictionary = Record<string, string>;

export interface I18n<K extends string> {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: K, vars?: Record<string, string | number>): string;
  /** A refusal in words: the server's Portuguese message, or the app's own text for its code in English. */
  errorText(error: CombinedError | undefined | null): string;
}

const STORAGE_KEY = 'habite.locale';

/** What shared components (forms) need of the i18n of whichever app they run in. */
export interface SharedI18n {
  locale: Locale;
  errorText(error: CombinedError | undefined | null): string;
}

const SharedI18nContext = createContext<SharedI18n>({ locale: 'pt-BR', errorText: (error) => error?.message ?? '' });

export function useSharedI18n(): SharedI18n {
  return useContext(SharedI18nContext);
}

export function createI18n<M extends { 'pt-BR': Dictionary; en: { [K in keyof M['pt-BR']]: string } }>(messages: M) {
  type Key = keyof M['pt-BR'] & string;
  const Context = createContext<I18n<Key> | null>(null);

  function I18nProvider({ children }: { children: ReactNode }) {
    const [locale, setLocaleState] = useState<Locale>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'pt-BR'));
    useEffect(() => {
      document.documentElement.lang = locale;
    }, [locale]);
    const setLocale = useCallback((next: Locale) => {
      localStorage.setItem(STORAGE_KEY, next);
      setLocaleState(next);
    }, []);
    const t = useCallback(
      (key: Key, vars: Record<string, string | number> = {}) =>
        ((messages[locale] as Dictionary)[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')),
      [locale],
    );
    const errorText = useCallback(
      (error: CombinedError | undefined | null) => {
        if (!error) return '';
        const first = error.graphQLErrors[0];
        if (!first) return t('app.offline' as Key);
        const key = `error.${String(first.extensions?.code ?? '')}`;
        if (locale === 'en') return key in messages.en ? t(key as Key) : first.message;
        return first.message || t('error.generic' as Key);
      },
      [locale, t],
    );
    const shared = useMemo(() => ({ locale, errorText }), [locale, errorText]);
    return (
      <Context.Provider value={{ locale, setLocale, t, errorText }}>
        <SharedI18nContext.Provider value={shared}>{children}</SharedI18nContext.Provider>
      </Context.Provider>
    );
  }

  function useI18n(): I18n<Key> {
    const value = useContext(Context);
    if (!value) throw new Error('useI18n outside I18nProvider');
    return value;
  }

  /** "English" / "Português" (the app's `app.language`), each written in its own language and marked so for screen readers. */
  function LanguageSwitch() {
    const { t, locale, setLocale } = useI18n();
    return (
      <button type="button" className="link" lang={locale === 'en' ? 'pt-BR' : 'en'} onClick={() => setLocale(locale === 'en' ? 'pt-BR' : 'en')}>
        {t('app.language' as Key)}
      </button>
    );
  }

  return { I18nProvider, useI18n, LanguageSwitch };
}
