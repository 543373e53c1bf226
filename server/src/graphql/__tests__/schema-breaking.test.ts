import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeName, printIntegrationContract, unacceptedBreaks, type AcceptedBreak } from '../integration-contract.js';
import { createSchema } from '../schema.js';

const root = resolve(import.meta.dirname, '..', '..', '..', '..');
const file = 'schema/integration.graphql';

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const inGit = (() => {
  try {
    return git('rev-parse', '--is-inside-work-tree').trim() === 'true';
  } catch {
    return false;
  }
})();

/**
 * The previous committed version of the integration contract: HEAD's when the file has changed
 * since (work not yet committed), else the one before the last commit that changed it.
 */
function previousContract(current: string): string | undefined {
  const atHead = (() => {
    try {
      return git('show', `HEAD:${file}`);
    } catch {
      return undefined;
    }
  })();
  if (atHead !== undefined && atHead !== current) return atHead;
  const [last] = git('log', '-n', '1', '--format=%H', '--', file).split('\n').filter(Boolean);
  if (!last) return undefined;
  try {
    return git('show', `${last}~1:${file}`);
  } catch {
    return undefined; // the file was born in that commit
  }
}

const accepted = async (): Promise<AcceptedBreak[]> => JSON.parse(await readFile(resolve(root, 'schema', 'breaking-changes.json'), 'utf8')).accepted;

describe('R-SYNC-1: what third parties build on does not break by accident', () => {
  it('R-SYNC-1: schema/integration.graphql is exactly the part of the schema API tokens may call (run `npm run schema`)', async () => {
    const committed = await readFile(resolve(root, file), 'utf8');
    expect(printIntegrationContract(await createSchema())).toBe(committed);
  });

  it.skipIf(!inGit)('R-SYNC-1: no breaking change since the previous committed integration contract, unless schema/breaking-changes.json accepts it', async () => {
    const current = printIntegrationContract(await createSchema());
    const before = previousContract(current);
    if (!before) return; // no earlier version in this clone's history
    const breaks = await unacceptedBreaks(before, current, await accepted());
    const lines = breaks.map((b) => `  ${JSON.stringify({ change: changeName(b), reason: '…' })}  — ${b.message}`);
    expect(breaks, `Breaking changes for ERP integrators. Undo them, or accept each in schema/breaking-changes.json and tell them:\n${lines.join('\n')}`).toEqual([]);
  });

  it('R-SYNC-1: a field removed, a type changed or a required argument added is caught; an added field is not; an accepted change passes', async () => {
    const before = `type Query { units(first: Int): [Unit!]! }\ntype Unit { id: ID!, area: Float, name: String! }`;
    const removed = `type Query { units(first: Int): [Unit!]! }\ntype Unit { id: ID!, name: String! }`;
    const retyped = `type Query { units(first: Int): [Unit!]! }\ntype Unit { id: ID!, area: String, name: String! }`;
    const required = `type Query { units(first: Int, company: ID!): [Unit!]! }\ntype Unit { id: ID!, area: Float, name: String! }`;
    const added = `type Query { units(first: Int): [Unit!]! }\ntype Unit { id: ID!, area: Float, name: String!, floor: Int }`;
    expect((await unacceptedBreaks(before, removed, [])).map(changeName)).toEqual(['FIELD_REMOVED Unit.area']);
    expect((await unacceptedBreaks(before, retyped, [])).map(changeName)).toEqual(['FIELD_TYPE_CHANGED Unit.area']);
    expect((await unacceptedBreaks(before, required, [])).map(changeName)).toEqual(['FIELD_ARGUMENT_ADDED Query.units.company']);
    expect(await unacceptedBreaks(before, added, [])).toEqual([]);
    expect(await unacceptedBreaks(before, removed, [{ change: 'FIELD_REMOVED Unit.area', reason: 'a área vem agora de Unit.privateArea' }])).toEqual([]);
  });
});
