import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode, type ValidationRule } from 'graphql';
import { fragmentsOf } from './fragments.js';
import { tooManyAliases } from './query-limit-error.js';

/** QUERY_TOO_MANY_ALIASES when an operation resolves more than `maxAliases` aliases. */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const count = operationAliases(context.getDocument(), operation);
      if (count > maxAliases) context.reportError(tooManyAliases(maxAliases, count));
      return false;
    },
  });
}

/**
 * Every alias the operation would resolve, a fragment's counted each time it is spread
 * (ten aliases in a fragment spread ten times are a hundred resolutions).
 */
export function operationAliases(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = fragmentsOf(document);
  const counted = new Map<string, number>();
  const fragmentAliases = (name: string): number => {
    const known = counted.get(name);
    if (known !== undefined) return known;
    counted.set(name, 0); // a cycle: refused by graphql's NoFragmentCycles rule
    const count = aliasesOf(fragments.get(name)?.selectionSet);
    counted.set(name, count);
    return count;
  };
  const aliasesOf = (set: SelectionSetNode | undefined): number => {
    let count = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) count += (selection.alias ? 1 : 0) + aliasesOf(selection.selectionSet);
      else if (selection.kind === Kind.INLINE_FRAGMENT) count += aliasesOf(selection.selectionSet);
      else count += fragmentAliases(selection.name.value);
    }
    return count;
  };
  return aliasesOf(operation.selectionSet);
}
