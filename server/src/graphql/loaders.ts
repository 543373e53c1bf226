import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Account } from '../modules/auth/account.entity.js';
import { Company } from '../modules/company/company.entity.js';

type EntityClass<T> = { new (...args: never[]): T };

/** Loads rows of one entity by id, one query per batch, in the request's own EntityManager. */
function byId<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = (await em.find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Fresh loaders per HTTP request and per WebSocket operation: nothing cached across viewers. */
export function createLoaders(em: EntityManager) {
  return {
    account: byId(em, Account),
    company: byId(em, Company),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
