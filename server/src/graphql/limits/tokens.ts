import { parse, type DocumentNode } from 'graphql';
import { queryLimitOf } from './query-limit-error.js';

/**
 * The token limit is graphql's own parser option (`maxTokens`): the parser stops at the limit,
 * before building anything, so a huge document costs no more than a small one. Apollo takes it
 * as `parseOptions`; the WebSocket path parses here. Either way `queryLimitOf` turns the
 * parser's abort into QUERY_TOO_LARGE.
 */
export function parseWithinTokens(source: string, maxTokens: number): DocumentNode {
  try {
    return parse(source, { maxTokens });
  } catch (error) {
    throw queryLimitOf(error) ?? error;
  }
}
