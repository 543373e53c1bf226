import { Kind, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';
import { fragmentsOf } from './fragments.js';
import { tooDeep } from './query-limit-error.js';

/**
 * Introspection (`__schema`, `__type`) answers from memory, and the standard introspection query
 * is 15 fields deep (`ofType` nests): it has this depth of its own instead of the API's, and no
 * cost. Its lists inside lists (`types { fields { type { fields … } } }`) are bounded by graphql's
 * own MaxIntrospectionDepthRule. A property of graphql's introspection, not a setting.
 */
export const INTROSPECTION_MAX_DEPTH = 20;

/** QUERY_TOO_DEEP when an operation nests more than `maxDepth` fields (introspection: INTROSPECTION_MAX_DEPTH). */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const { depth, introspection } = operationDepth(context.getDocument(), operation);
      if (depth > maxDepth) context.reportError(tooDeep(maxDepth, depth));
      else if (introspection > INTROSPECTION_MAX_DEPTH) context.reportError(tooDeep(INTROSPECTION_MAX_DEPTH, introspection));
      return false;
    },
  });
}

const isIntrospection = (field: FieldNode) => field.name.value === '__schema' || field.name.value === '__type';

/**
 * The deepest chain of nested fields, fragments included (`{ me { id } }` is 2), apart from the
 * deepest introspection chain (`{ __schema { queryType { name } } }` is 3).
 */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): { depth: number; introspection: number } {
  const fragments = fragmentsOf(document);
  // Each fragment is measured once however often it is spread (a fragment "bomb" stays linear);
  // a cycle counts as 0 here and is refused by graphql's own NoFragmentCycles rule.
  const measured = new Map<string, number>();
  let introspection = 0;
  const fragmentDepth = (name: string): number => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    measured.set(name, 0);
    const depth = depthOf(fragments.get(name)?.selectionSet);
    measured.set(name, depth);
    return depth;
  };
  const depthOf = (set: SelectionSetNode | undefined): number => {
    let deepest = 0;
    for (const selection of set?.selections ?? []) {
      let depth: number;
      if (selection.kind === Kind.INLINE_FRAGMENT) depth = depthOf(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) depth = fragmentDepth(selection.name.value);
      else if (isIntrospection(selection)) {
        introspection = Math.max(introspection, 1 + depthOf(selection.selectionSet));
        depth = 0;
      } else depth = 1 + depthOf(selection.selectionSet);
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  };
  return { depth: depthOf(operation.selectionSet), introspection };
}
