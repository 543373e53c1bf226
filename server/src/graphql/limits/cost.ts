import { getNamedType, getNullableType, GraphQLError, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { PAGE_SIZE } from '../connection.js';
import { tooComplex, type QueryLimitError } from './query-limit-error.js';

// The CommonJS build, loaded by require: it then shares graphql (CommonJS) with type-graphql and
// Apollo — its ESM build loads a second copy and every cost comes out wrong — and Node finds its
// exports (an ESM `import` of it sees none of its named exports under plain Node).
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity/cjs') as typeof import('graphql-query-complexity/cjs');

/** What a list without `first` is assumed to hold: a default page. */
export const LIST_SIZE = PAGE_SIZE.default;

/**
 * The cost of a list field that holds about `items` items, for the `complexity` of a list whose
 * size is far from LIST_SIZE: `@FieldResolver(() => [Contract], { complexity: listCost(5) })`.
 */
export function listCost(items: number): ComplexityEstimator {
  return ({ childComplexity }) => 1 + items * childComplexity;
}

/**
 * The cost of an operation, from the schema (graphql-query-complexity, the library type-graphql's
 * `complexity` option is made for): each field costs 1 plus what it contains, and a list
 * multiplies what it contains by how many items it may hold. The first estimator that answers wins.
 */
const estimators: ComplexityEstimator[] = [
  // A `complexity` declared on the field in type-graphql (`@Field(() => X, { complexity: 5 })`).
  fieldExtensionsEstimator(),
  // Introspection answers from memory; its depth (depth.ts) and graphql's MaxIntrospectionDepthRule bound it.
  ({ type, field }) => (type.name.startsWith('__') || field.name.startsWith('__') ? 0 : undefined),
  // A connection (`…Connection` with `first`): one page of `first` items (connection.ts' pageSize)...
  ({ field, args, childComplexity }) => {
    if (!getNamedType(field.type).name.endsWith('Connection') || !field.args.some((a) => a.name === 'first')) return undefined;
    const first = typeof args.first === 'number' ? args.first : PAGE_SIZE.default;
    return 1 + Math.min(Math.max(first, 1), PAGE_SIZE.max) * childComplexity;
  },
  // ...whose `edges` and `nodes` are that page, already counted.
  ({ type, childComplexity }) => (type.name.endsWith('Connection') ? 1 + childComplexity : undefined),
  // Any other list: assumed to hold a page's worth, unless the field declares `listCost(n)`.
  (args) => (isListType(getNullableType(args.field.type)) ? listCost(LIST_SIZE)(args) : undefined),
  simpleEstimator({ defaultComplexity: 1 }),
];

/**
 * Past this many selections visited (fragments counted each time they are spread) the cost is
 * not worth computing: such a document is refused as too complex whatever its budget.
 */
const MAX_NODES = 10_000;

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** The operation's cost; Infinity when it has too many selections to count. */
export function operationCost({ schema, document, variables, operationName }: CostInput): number {
  try {
    return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators, maxQueryNodes: MAX_NODES });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (error.message.startsWith('Query exceeds the maximum allowed number of nodes')) return Infinity;
    // Variables that do not fit the operation: execution refuses them (BAD_USER_INPUT) before any resolver runs.
    return 0;
  }
}

/**
 * The cost of a document already priced with the same operation and variables: the apps send the
 * same few documents over and over, and both transports hand the same parsed document back for
 * the same text (Apollo's document store, graphql-ws' operationPreparer), so each is priced once.
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const KEPT_PER_DOCUMENT = 100;

export function knownCost(input: CostInput): number {
  // Big variables (a batch of 5,000 rows) are priced by their skeleton — every list cut to its
  // first item —, never coerced whole nor turned into a key: a cost reads numbers such as `first`,
  // never how long an input list is, and a skeleton of valid variables is valid.
  const variables = small(input.variables) ? input.variables : skeleton(input.variables);
  let byVariables = costs.get(input.document);
  if (!byVariables) costs.set(input.document, (byVariables = new Map()));
  if (!small(variables)) return operationCost({ ...input, variables });
  const key = `${input.operationName ?? ''} ${JSON.stringify(variables ?? {})}`;
  let cost = byVariables.get(key);
  if (cost === undefined) {
    cost = operationCost({ ...input, variables });
    if (byVariables.size >= KEPT_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, cost);
  }
  return cost;
}

/** The value with every list cut to its first item (past 32 levels, left whole: then priced whole). */
function skeleton<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (Array.isArray(value)) return (value.length ? [skeleton(value[0], depth + 1)] : []) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v, depth + 1)])) as T;
}

/** Whether a value holds at most `budget` values, counted without walking past the budget. */
function small(value: unknown, budget = { left: 100 }): boolean {
  if (--budget.left < 0) return false;
  if (value === null || typeof value !== 'object') return true;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (!small(item, budget)) return false;
  return true;
}

/** QUERY_TOO_COMPLEX when the operation costs more than `maxCost`; null when it fits. */
export function checkCost(input: CostInput, maxCost: number): QueryLimitError | null {
  const cost = knownCost(input);
  return cost > maxCost ? tooComplex(maxCost, cost) : null;
}
