import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, coerceInputValue, Kind, parse, typeFromAST, validate, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, variablesText } from '../examples';

const schemaAt = (name: string) => buildSchema(readFileSync(resolve(import.meta.dirname, '..', '..', '..', '..', 'schema', name), 'utf8'));
// The whole API, and the part API tokens may call (printed by `npm run schema`).
const full = schemaAt('schema.graphql');
const integration = schemaAt('integration.graphql');

/** The problems of an example against a schema: the document's validation, then each variable coerced to its declared type. */
function problemsOf(schema: GraphQLSchema, query: string, variables: Record<string, unknown> = {}): string[] {
  const document = parse(query);
  const problems = validate(schema, document).map((e) => e.message);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const declared = new Set<string>();
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    declared.add(name);
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue; // validate() already said so
    if (!(name in variables)) {
      if (definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue) problems.push(`$${name}: missing`);
      continue;
    }
    coerceInputValue(variables[name], type, (path, _value, error) => problems.push(`$${name}${path.map((p) => `.${p}`).join('')}: ${error.message}`));
  }
  for (const name of Object.keys(variables)) if (!declared.has(name)) problems.push(`$${name}: not declared by the operation`);
  return problems;
}

describe('R-SYNC-1: the explorer\'s examples are valid against the committed schema', () => {
  for (const example of EXAMPLES) {
    it(`R-SYNC-1: "${example.title}" (${example.id}) validates, with its variables, against schema.graphql and integration.graphql`, () => {
      expect(problemsOf(full, example.query, example.variables)).toEqual([]);
      // The part a token may call: an example outside it would answer FORBIDDEN.
      expect(problemsOf(integration, example.query, example.variables)).toEqual([]);
      // The tab's name is the operation's.
      expect(parse(example.query).definitions).toEqual([expect.objectContaining({ name: expect.objectContaining({ value: example.id }) })]);
      if (example.variables) expect(JSON.parse(variablesText(example))).toEqual(example.variables);
    });
  }

  it('R-SYNC-1: there is an example of every operation a token may call (the README promises one of each)', () => {
    const called = new Set(EXAMPLES.flatMap((example) =>
      parse(example.query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? d.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '')) : []))));
    const offered = [integration.getQueryType(), integration.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(offered.filter((field) => !called.has(field))).toEqual([]);
  });

  it('R-SYNC-1: examples have unique ids and say what they do in Portuguese', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const example of EXAMPLES) {
      expect(example.title.length, example.id).toBeGreaterThan(3);
      expect(example.description, example.id).toMatch(/[a-zà-ú]{3,}/);
    }
  });

  it('the checker itself: a field the schema lacks, a wrong enum value and a missing variable are caught', () => {
    expect(problemsOf(integration, `query { tokenInfo { nope } }`)).toEqual([expect.stringContaining('nope')]);
    expect(problemsOf(integration, `query Q($s: SyncRunStatus) { syncRuns(status: $s) { nodes { id } } }`, { s: 'DONE' })).toEqual([expect.stringContaining('$s')]);
    expect(problemsOf(integration, `mutation M($id: ID!) { closeSyncRun(id: $id, status: FAILED) { id } }`)).toEqual(['$id: missing']);
    expect(problemsOf(full, `query { me { id } }`)).toEqual([]);
    expect(problemsOf(integration, `query { me { id } }`)).toEqual([expect.stringContaining('me')]);
  });
});
