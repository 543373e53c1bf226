/**
 * The language of the sentences the server writes for a person (the explainer, the health check,
 * why a menu is off, the wrong-address refusal): pt-BR unless the caller asks for English with
 * `x-habite-locale: en` (both apps send their language; over WebSocket, `connectionParams.locale`).
 * Rules write each sentence once, in both languages side by side (`say`); the GraphQL layer
 * picks the caller's (`inLocale`). Names staff typed (statuses, subjects, comments) stay as written.
 */

export type Locale = 'pt-BR' | 'en';

/** A sentence in both languages. */
export interface Said {
  readonly pt: string;
  readonly en: string;
}

export const say = (pt: string, en: string): Said => ({ pt, en });

/** Words that are the same in both languages (a name someone typed, an address). */
export const same = (text: string): Said => ({ pt: text, en: text });

export const inLocale = (said: Said, locale: Locale): string => (locale === 'en' ? said.en : said.pt);

/** `en`, `en-US`, `EN`…: English; anything else (or nothing): pt-BR. */
export function parseLocale(value: unknown): Locale {
  return typeof value === 'string' && /^en\b/i.test(value.trim()) ? 'en' : 'pt-BR';
}

/** English counts: "1 sold unit", "2 sold units", "no sold unit" (0). */
export function countEn(n: number, one: string, many: string): string {
  return n === 0 ? `no ${one}` : `${n} ${n === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C". */
export function listEn(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** "Horizonte" → "Horizonte"; "o bloco" → "O bloco": a phrase opening a sentence. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A portal named in English: "Portal Horizonte" as it is, else "the portal Obra Casa Silva" (never "the portal Portal …"). */
export const portalNamedEn = (name: string) => (/^portal\b/i.test(name.trim()) ? name : `the portal ${name}`);
