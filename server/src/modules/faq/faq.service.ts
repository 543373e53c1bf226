import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, FeatureDisabledError } from '../../domain-errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { Portal } from '../portal/portal.entity.js';
import { findInScope, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { FaqCategory } from './faq-category.entity.js';
import { FaqEntry } from './faq-entry.entity.js';
import type { FaqCategoryInput, FaqEntryInput } from './faq.input.js';
import { containsPattern, searchTextOf, searchWords } from './faq-search.js';

const order = [{ position: 'asc' }, { name: 'asc' }] as const;
const entryOrder = [{ position: 'asc' }, { question: 'asc' }] as const;

/** R-SET-1: with "Exibir perguntas frequentes" off, the FAQ is refused by the API, not just hidden. */
export function assertFaqOn(portal: Pick<Portal, 'showFaq'>): void {
  if (!portal.showFaq) throw new FeatureDisabledError('showFaq', 'As perguntas frequentes estão desativadas neste portal.');
}

/**
 * The portal's FAQ as a customer reads it: active categories with their active entries, in order;
 * with `search`, only the entries holding every word (accents and case ignored) and the categories
 * that keep any.
 */
export async function customerFaq(em: EntityManager, portal: Pick<Portal, 'id' | 'showFaq'>, search: string | null | undefined): Promise<FaqCategory[]> {
  assertFaqOn(portal);
  const words = searchWords(search);
  const where: FilterQuery<FaqEntry> = {
    active: true, category: { portal: portal.id, active: true },
    ...(words.length ? { $and: words.map((w) => ({ searchText: { $like: containsPattern(w) } })) } : {}),
  };
  const entries = await em.find(FaqEntry, where, { orderBy: [...entryOrder] as never });
  const categories = await em.find(FaqCategory, { portal: portal.id, active: true }, { orderBy: [...order] as never });
  for (const c of categories) c.shown = entries.filter((e) => e.category.id === c.id);
  return categories.filter((c) => c.shown!.length > 0 || !words.length);
}

/** Every category and entry of a portal, active or not, for the admin editor. */
export async function portalFaq(em: EntityManager, staff: StaffViewer, portalId: string): Promise<FaqCategory[]> {
  await getInScope(em, staff, Portal, portalId);
  const categories = await findInScope(em, staff, FaqCategory, { portal: portalId }, { orderBy: [...order] as never });
  const entries = categories.length ? await em.find(FaqEntry, { category: { $in: categories.map((c) => c.id) } }, { orderBy: [...entryOrder] as never }) : [];
  for (const c of categories) c.shown = entries.filter((e) => e.category.id === c.id);
  return categories;
}

function required(value: string | null | undefined, field: string, max: number, empty: string): string | undefined {
  if (value === undefined) return undefined;
  const text = (value ?? '').trim();
  if (!text) throw new BadInputError(field, empty);
  if (text.length > max) throw new BadInputError(field, `No máximo ${max} caracteres.`);
  return text;
}

function position(value: number | null | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (value < 0 || value > 9999) throw new BadInputError('position', 'A ordem vai de 0 a 9999.');
  return value;
}

/** Creates or changes a category of a portal's FAQ (R-SET-2: audited); the portal must be within the staff member's reach. */
export async function saveFaqCategory(em: EntityManager, staff: StaffViewer, audit: AuditService, input: FaqCategoryInput): Promise<FaqCategory> {
  const name = required(input.id ? input.name : (input.name ?? ''), 'name', 120, 'Informe o nome da categoria.');
  if (!input.id && !input.portalId) throw new BadInputError('portalId', 'Escolha o portal da categoria.');
  const pos = position(input.position);
  return em.transactional(async (tx) => {
    // A new category goes only to a portal the staff member may change (every development it serves within their limit).
    if (!input.id) await getInScope(tx, staff, Portal, input.portalId!, { mode: 'write' });
    return audit.save(tx, staff, FaqCategory, {
      load: input.id ? (t) => getInScope(t, staff, FaqCategory, input.id!, LOCKED_WRITE) : undefined,
      create: (t) => t.create(FaqCategory, { portal: t.getReference(Portal, input.portalId!), name: name! }),
      patch: { name, position: pos, active: input.active ?? undefined },
    });
  });
}

/** Creates or changes a question (R-SET-2: audited); its category must be within the staff member's reach. */
export async function saveFaqEntry(em: EntityManager, staff: StaffViewer, audit: AuditService, input: FaqEntryInput): Promise<FaqEntry> {
  const creating = !input.id;
  const question = required(creating ? (input.question ?? '') : input.question, 'question', 300, 'Escreva a pergunta.');
  const answer = required(creating ? (input.answer ?? '') : input.answer, 'answer', 5000, 'Escreva a resposta.');
  if (creating && !input.categoryId) throw new BadInputError('categoryId', 'Escolha a categoria da pergunta.');
  const pos = position(input.position);
  return em.transactional(async (tx) => {
    const existing = input.id ? await getInScope(tx, staff, FaqEntry, input.id, { ...LOCKED_WRITE, populate: ['category'] as never }) : null;
    let category = existing?.category ?? null;
    if (input.categoryId) {
      category = await findInScope(tx, staff, FaqCategory, { id: input.categoryId }).then(([c]) => c ?? null);
      if (!category) throw new BadInputError('categoryId', 'Categoria não encontrada neste portal.');
      await getInScope(tx, staff, Portal, category.portal.id, { mode: 'write' });
      if (existing && category.portal.id !== existing.category.portal.id) throw new BadInputError('categoryId', 'A categoria é de outro portal.');
    }
    // Moving to another category of the same portal (the audit entry keeps the text; the category is on the row).
    if (existing && category && category.id !== existing.category.id) existing.category = category;
    return audit.save(tx, staff, FaqEntry, {
      load: existing ? async () => existing : undefined,
      create: (t) => t.create(FaqEntry, { category: category!, question: question!, answer: answer!, searchText: searchTextOf(question!, answer!) }),
      patch: (entry) => {
        const q = question ?? entry.question;
        const a = answer ?? entry.answer;
        return { question, answer, position: pos, active: input.active ?? undefined, searchText: searchTextOf(q, a) };
      },
    });
  });
}

/** Removes a question (R-SET-2: audited with what it said). */
export async function deleteFaqEntry(em: EntityManager, staff: StaffViewer, audit: AuditService, id: string): Promise<boolean> {
  await em.transactional(async (tx) => {
    const entry = await getInScope(tx, staff, FaqEntry, id, { ...LOCKED_WRITE, populate: ['category'] as never });
    await getInScope(tx, staff, Portal, entry.category.portal.id, { mode: 'write' });
    audit.staffChange(tx, staff, { action: 'FaqEntry.delete', targetType: 'FaqEntry', targetId: entry.id, before: { question: entry.question, answer: entry.answer }, after: null });
    tx.remove(entry);
  });
  return true;
}
