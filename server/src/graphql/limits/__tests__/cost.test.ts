import 'reflect-metadata';
import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { buildSchema, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.js';
import { createSchema } from '../../schema.js';
import { operationCost } from '../cost.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});
const cost = (query: string, variables?: Record<string, unknown>, on = schema) => operationCost({ schema: on, document: parse(query), variables });

describe('query cost, from the schema: 1 per field, lists and pages multiplying what they hold', () => {
  it('a connection counts one page of `first` items: 20 when not given, at most 100', () => {
    expect(cost(`{ requests { nodes { id number } } }`)).toBe(1 + 20 * (1 + 2));
    expect(cost(`query($n: Int) { requests(first: $n) { edges { cursor node { id } } pageInfo { hasNextPage } } }`, { n: 5 })).toBe(1 + 5 * (1 + 1 + (1 + 1) + (1 + 1)));
    expect(cost(`{ requests(first: 1000) { nodes { id } } }`)).toBe(1 + 100 * 2);
  });

  it('any other list counts 20 items, and lists inside lists multiply', () => {
    expect(cost(`{ myUnits { id } }`)).toBe(1 + 20 * 1);
    expect(cost(`{ myUnits { requests { id } } }`)).toBe(1 + 20 * (1 + 20 * 1));
  });

  it('lists that hold a few items say so with listCost: a customer\'s participations, a reservation\'s or unit\'s contracts, a request\'s history', () => {
    // contracts 1 + 5 × 1; reservation 1 + 6; participations 1 + 5 × 7; the page 1 + 10 × (1 + 36)
    expect(cost(`{ customers(first: 10) { nodes { participations { reservation { contracts { id } } } } } }`)).toBe(371);
    expect(cost(`{ myUnits { contracts { id } } }`)).toBe(1 + 20 * (1 + 5 * 1));
    expect(cost(`{ myRequests { nodes { history { id } } } }`)).toBe(1 + 20 * (1 + (1 + 10 * 1)));
  });

  it('introspection costs nothing (its depth and graphql\'s introspection rule bound it)', () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
    expect(cost(`{ me { __typename id } }`)).toBe(2);
  });

  it('a `complexity` declared on a field in type-graphql wins over the defaults', async () => {
    @ObjectType()
    class Report {
      @Field(() => String, { complexity: 50 })
      summary!: string;

      @Field(() => [String], { complexity: ({ childComplexity }) => 2 + childComplexity })
      lines!: string[];
    }
    @Resolver()
    class ReportResolver {
      @Query(() => [Report], { complexity: ({ childComplexity }) => 1 + 3 * childComplexity })
      reports(): Report[] {
        return [];
      }
    }
    const declared = await buildSchema({ resolvers: [ReportResolver], validate: false });
    expect(cost(`{ reports { summary lines } }`, {}, declared)).toBe(1 + 3 * (50 + 2));
  });

  it('a document that takes too many selections to count is priced past any budget', () => {
    // Twenty fragments, each spreading the next twice: a million copies of one field.
    const fragments = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const started = performance.now();
    expect(cost(`{ ...F0 } ${fragments} fragment F20 on Query { me { id } }`)).toBe(Infinity);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('query limits are configuration with defaults', () => {
  it('QUERY_MAX_TOKENS, QUERY_MAX_DEPTH, QUERY_MAX_ALIASES and QUERY_MAX_COST, each at least 1', () => {
    expect(loadConfig({}).queryLimits).toEqual({ maxTokens: 2_000, maxDepth: 10, maxAliases: 15, maxCost: 20_000 });
    expect(loadConfig({ QUERY_MAX_TOKENS: '500', QUERY_MAX_DEPTH: '6', QUERY_MAX_ALIASES: '3', QUERY_MAX_COST: '900' }).queryLimits)
      .toEqual({ maxTokens: 500, maxDepth: 6, maxAliases: 3, maxCost: 900 });
    expect(() => loadConfig({ QUERY_MAX_COST: '0' })).toThrow('QUERY_MAX_COST deve ser maior que zero');
    expect(() => loadConfig({ QUERY_MAX_DEPTH: 'dez' })).toThrow(/QUERY_MAX_DEPTH/);
  });
});
