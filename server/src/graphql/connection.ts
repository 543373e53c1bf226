import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadInputError } from '../domain-errors.js';

/** A page of a list: how many, and after which cursor. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType({ description: 'Posição numa lista paginada por cursor.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** A cursor connection type (`<Name>Connection` with `<Name>Edge`) for lists that grow. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [node], { description: 'Os mesmos itens de `edges`, sem o cursor.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Connection;
}

/** `first` of every connection: 20 when not given, at most 100 (the query cost counts pages the same way). */
export const PAGE_SIZE = { default: 20, min: 1, max: 100 } as const;
export const PAGE_SIZE_MESSAGE = `Informe entre ${PAGE_SIZE.min} e ${PAGE_SIZE.max} itens por página.`;

/** Page size, bounded: `first` defaults to 20 and may not exceed 100. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? PAGE_SIZE.default;
  if (!Number.isInteger(size) || size < PAGE_SIZE.min || size > PAGE_SIZE.max) throw new BadInputError('first', PAGE_SIZE_MESSAGE);
  return size;
}

/** Keyset cursors: opaque to clients, (timestamp, id) inside. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    const date = new Date(at);
    const year = date.getUTCFullYear();
    // Only cursors Habite could have made: a real moment and a UUID (never raw input for PostgreSQL).
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(year) || year < 1900 || year > 2200) throw new Error('bad cursor');
    return { at: date, id };
  } catch {
    throw new BadInputError(field, 'Cursor de paginação inválido.');
  }
}

/** Builds the connection from `size + 1` rows fetched in order (the extra row says whether there is more). */
export function toConnection<T>(rows: T[], size: number, cursorOf: (row: T) => string): ConnectionShape<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: cursorOf(node) }));
  return { edges, nodes: page, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}


/**
 * The ORM condition for the rows after a keyset cursor: `(field, id)` below the cursor's for a list
 * newest first (`desc`), above it for one oldest first (`asc`); no condition without a cursor.
 */
export function afterCursor(field: string, cursor: { at: Date; id: string } | null, order: 'asc' | 'desc' = 'desc'): Record<string, unknown> {
  if (!cursor) return {};
  const beyond = order === 'desc' ? '$lt' : '$gt';
  return { $or: [{ [field]: { [beyond]: cursor.at } }, { [field]: cursor.at, id: { [beyond]: cursor.id } }] };
}
