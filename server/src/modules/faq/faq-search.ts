/**
 * The FAQ search: every word typed must appear in the question or the answer, ignoring case and
 * accents ("manutencao" finds "Manutenção"). Entries keep their text folded this way
 * (`faq_entry.search_text`), so the query is a plain LIKE per word.
 */
export const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export const searchTextOf = (question: string, answer: string): string => fold(`${question}\n${answer}`);

/** The words of a search, folded, at most 8 (a longer search is a sentence: its first words decide). */
export function searchWords(search: string | null | undefined): string[] {
  return [...new Set(fold(search ?? '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))].slice(0, 8);
}

/** A LIKE pattern that matches `word` anywhere, with LIKE's own characters escaped. */
export const containsPattern = (word: string): string => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
