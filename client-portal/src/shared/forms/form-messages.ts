import type { Locale } from '../create-i18n';

/** The words of the shared form helpers, in both languages (the apps' own words live in their i18n/messages.ts). */
const MESSAGES = {
  'pt-BR': {
    sending: 'Enviando…',
    required: 'Preencha “{label}”.',
    requiredChoice: 'Escolha uma opção em “{label}”.',
  },
  en: {
    sending: 'Sending…',
    required: 'Fill in “{label}”.',
    requiredChoice: 'Choose an option in “{label}”.',
  },
} satisfies Record<Locale, Record<string, string>>;

export type FormMessage = keyof (typeof MESSAGES)['pt-BR'];

export function formMessage(locale: Locale, key: FormMessage, vars: Record<string, string> = {}): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}
