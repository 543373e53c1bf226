import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Rows of the read path as plain objects shaped like their entities — no identity map, no unit of
 * work, no hydration. The customer's screens read the rule queries' rows this way (the ORM's
 * `em.map` was most of their cost); writes and staff screens keep the ORM.
 *
 * A plain row has every column property of its entity under the property's name, dates as `Date`
 * (the ORM's connections hand timestamps over as text), and each many-to-one as `{ id }` (or null),
 * like an uninitialised reference: `unit.development.id` reads the same either way. Collections
 * (one-to-many, many-to-many) are absent: plain rows are read by GraphQL and by rules, which load
 * children through the request's loaders.
 */

interface Column {
  prop: string;
  field: string;
  reference: boolean;
  date: boolean;
}

type EntityClass = { name: string; prototype: object };

const columnsByMeta = new WeakMap<EntityMetadata, Column[]>();

function columnsOf(em: EntityManager, entity: EntityClass): Column[] {
  const meta = em.getMetadata().get(entity.name);
  let columns = columnsByMeta.get(meta);
  if (!columns) {
    // Lazy columns (secrets such as a staff member's sealed authenticator key) never ride along.
    const stored = (p: EntityProperty) =>
      p.persist !== false && !p.lazy && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner));
    columns = meta.props.filter(stored).map((p) => ({
      prop: p.name,
      field: p.fieldNames[0]!,
      reference: p.kind !== ReferenceKind.SCALAR,
      date: p.runtimeType === 'Date',
    }));
    columnsByMeta.set(meta, columns);
  }
  return columns;
}

/**
 * The select list of an entity's columns under `alias`, each named `<prefix>.<column>` — for an
 * entity joined beside another in one statement (`d.name as "development.name"`).
 */
export function columnsAs(em: EntityManager, entity: EntityClass, alias: string, prefix: string): string {
  const key = `${entity.name} ${alias} ${prefix}`;
  let list = selectLists.get(key);
  if (list === undefined) selectLists.set(key, (list = columnsOf(em, entity).map((c) => `${alias}.${c.field} as "${prefix}.${c.field}"`).join(', ')));
  return list;
}

const selectLists = new Map<string, string>();

/**
 * The plain object of an entity from a row (its columns unprefixed, or as `columnsAs` named them
 * with `prefix`); null when the row holds none of it (a left join that found nothing). With `seen`
 * (one map per statement and entity), the same record on several rows is one object.
 */
export function plainOf<T>(em: EntityManager, entity: EntityClass & { prototype: T }, row: Record<string, unknown>, prefix?: string, seen?: Map<unknown, unknown>): T | null {
  const columns = columnsOf(em, entity);
  const keys = keysOf(columns, prefix ?? '');
  if (prefix && row[keys.id!] == null) return null;
  // A joined record repeated on many rows (the development of 500 units) is made once per statement.
  if (seen) {
    const id = row[keys.id!];
    const known = seen.get(id);
    if (known) return known as T;
    const made = plainOf(em, entity, row, prefix)!;
    seen.set(id, made);
    return made;
  }
  const plain: Record<string, unknown> = Object.create(rowPrototype(entity));
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    const value = row[keys.list[i]!];
    if (value === undefined) continue;
    plain[c.prop] = value === null ? null : c.reference ? { id: value } : c.date && typeof value === 'string' ? new Date(value) : value;
  }
  return plain as T;
}

/** The row keys of an entity's columns under a prefix (computed once: plain rows are made by the thousand). */
const keysByPrefix = new WeakMap<Column[], Map<string, { list: string[]; id: string | undefined }>>();

function keysOf(columns: Column[], prefix: string) {
  let byPrefix = keysByPrefix.get(columns);
  if (!byPrefix) keysByPrefix.set(columns, (byPrefix = new Map()));
  let keys = byPrefix.get(prefix);
  if (!keys) {
    const list = columns.map((c) => (prefix ? `${prefix}.${c.field}` : c.field));
    byPrefix.set(prefix, (keys = { list, id: prefix ? `${prefix}.id` : 'id' }));
  }
  return keys;
}

/** Which entity a plain row is of: set on its prototype (one per entity), never on the row. */
const ENTITY = Symbol('habite.plainRowOf');
const rowPrototypes = new WeakMap<object, object>();

/**
 * The prototype of an entity's plain rows. It also makes them count as instances of the entity's
 * class (`Symbol.hasInstance`): type-graphql turns every root that is not one into a new instance,
 * field by field (running the entity's initialisers, a random id among them), which cost more than
 * the rest of a screen; nothing in MikroORM or Habite asks `instanceof` of an entity class.
 */
function rowPrototype(entity: EntityClass): object {
  let prototype = rowPrototypes.get(entity);
  if (!prototype) {
    prototype = Object.freeze(Object.create(Object.prototype, { [ENTITY]: { value: entity } })) as object;
    rowPrototypes.set(entity, prototype);
    Object.defineProperty(entity, Symbol.hasInstance, {
      value(candidate: unknown): boolean {
        return (candidate != null && (candidate as Record<symbol, unknown>)[ENTITY] === entity) || Function.prototype[Symbol.hasInstance].call(entity, candidate);
      },
    });
  }
  return prototype;
}

/**
 * The record itself when it was read whole beside its parent (a rule query's joined row), so a
 * field resolver answers at once; null for a reference, which it loads.
 */
export function whole<T extends object>(ref: T | null | undefined): T | null {
  return ref != null && (ref as Record<symbol, unknown>)[ENTITY] !== undefined ? ref : null;
}

/** `plainOf` for every row. */
export function plainRows<T>(em: EntityManager, entity: EntityClass & { prototype: T }, rows: Record<string, unknown>[], prefix?: string): T[] {
  return rows.map((row) => plainOf(em, entity, row, prefix)!);
}
