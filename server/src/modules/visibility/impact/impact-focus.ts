import type { EntityManager } from '@mikro-orm/postgresql';
import { ContractType } from '../../contracts/contract-type.entity.js';
import { AssociationType } from '../../customers/association-type.entity.js';
import { Development } from '../../developments/development.entity.js';
import { Portal } from '../../portal/portal.entity.js';
import { Workflow } from '../../requests/workflow.entity.js';
import { query } from '../sql.js';

/**
 * R-EXPLAIN-4, the work a preview need not do. A change writes a few columns of a few rows; the
 * lists' rules (impact-kinds.ts) can only flip for what reads them. So before reading what every
 * customer sees, the preview asks what the change writes and where:
 *
 * - `writes`: the `table.column`s (or whole `table`s, for rows added or removed) the mutation
 *   changes. A kind whose SQL (candidates, objects and rules) names none of them cannot change and
 *   is not read at all (`reads`); the menus are read whenever the portal, a development or the
 *   accounts are written, or units are, and password sign-in whenever what it reads is written.
 * - `developments`: the developments whose objects it can reach (a block's, a development's own
 *   permissions, the developments a portal starts or stops serving), or null for all of them.
 *
 * Nothing here decides visibility: it only says what to read again, and reading too much is always
 * safe. Reading too little would hide a change — which the property test
 * (impact.property.test.ts) catches against the customers' own lists. A mutation missing from this
 * table is read in full (a test asks every previewed mutation to be here).
 */
export interface ImpactFocus {
  writes: string[];
  developments: string[] | null;
}

type Args = Record<string, unknown>;
type Input = Record<string, unknown> & { id?: string | null };

/**
 * The columns an input writes, by the entity's metadata; a field that is no column names the whole
 * table, and so does a new row (`creates`: an input without id).
 */
function columnsOf(em: EntityManager, entity: { name: string }, input: Input, creates = !input.id): string[] {
  const meta = em.getMetadata().get(entity.name);
  const writes = new Set<string>();
  if (creates) writes.add(meta.tableName);
  for (const [key, value] of Object.entries(input)) {
    if (key === 'id' || value === undefined) continue;
    const columns = meta.properties[key as keyof typeof meta.properties]?.fieldNames;
    if (columns?.length) for (const column of columns) writes.add(`${meta.tableName}.${column}`);
    else writes.add(meta.tableName);
  }
  return [...writes];
}

const ids = async (em: EntityManager, sql: string, params: Record<string, unknown>) => (await query<{ id: string }>(em, sql, params)).map((r) => r.id).filter(Boolean);

const FOCUS: Record<string, (em: EntityManager, args: Args) => Promise<ImpactFocus>> = {
  // R-UNIT-2: the units of the block (or stage), wherever they are, and the development it belongs to.
  setBlockActive: async (em, { id }) => ({
    writes: ['block.active'],
    developments: await ids(em, 'select development_id as id from block where id = :id union select development_id from unit where block_id = :id', { id }),
  }),
  setStageActive: async (em, { id }) => ({
    writes: ['stage.active'],
    developments: await ids(em, 'select development_id as id from stage where id = :id union select development_id from unit where stage_id = :id', { id }),
  }),
  updateDevelopment: async (em, { input }) => ({ writes: columnsOf(em, Development, input as Input, false), developments: [String((input as Input).id)] }),
  updatePortalSettings: async (em, { input }) => ({ writes: columnsOf(em, Portal, input as Input, false), developments: null }),
  setPortalActive: async () => ({ writes: ['portal.active'], developments: null }),
  // R-UNIT-3: only the developments the portal starts or stops serving.
  setPortalDevelopments: async (em, { portalId, developmentIds }) => {
    const served = await ids(em, 'select development_id as id from portal_development where portal_id = :portal', { portal: portalId });
    const wanted = new Set(developmentIds as string[]);
    return { writes: ['portal_development'], developments: [...served.filter((d) => !wanted.has(d)), ...[...wanted].filter((d) => !served.includes(d))] };
  },
  // R-PORTAL-3: binding one address changes what every other address reaches.
  savePortalDomain: async () => ({ writes: ['portal_domain', 'portal_domain_development'], developments: null }),
  removePortalDomain: async () => ({ writes: ['portal_domain', 'portal_domain_development'], developments: null }),
  saveAssociationType: async (em, { input }) => ({ writes: columnsOf(em, AssociationType, input as Input), developments: null }),
  saveContractType: async (em, { input }) => ({ writes: columnsOf(em, ContractType, input as Input), developments: null }),
  saveWorkflow: async (em, { input }) => ({ writes: columnsOf(em, Workflow, input as Input), developments: null }),
  // R-FIN-10: a billing block of a development (or of a block in it).
  createBillingBlock: async (em, { input }) => ({
    writes: ['billing_block'],
    developments: [String((input as { developmentId: string }).developmentId)],
  }),
  liftBillingBlock: async (em, { id }) => ({ writes: ['billing_block'], developments: await ids(em, 'select development_id as id from billing_block where id = :id', { id }) }),
};

/** What a previewed mutation can reach, from its name and arguments (before it runs); null: everything. */
export async function focusOf(em: EntityManager, mutation: string, args: Args): Promise<ImpactFocus | null> {
  const focus = FOCUS[mutation];
  return focus ? focus(em, args) : null;
}

/** Mutations with a focus (a test checks every previewed mutation has one). */
export const FOCUSED_MUTATIONS = Object.keys(FOCUS);

/** Whether SQL names any of the writes (`table.column`: both words; `table`: the word). */
export function reads(sql: string, writes: readonly string[]): boolean {
  const word = (w: string) => new RegExp(`\\b${w}\\b`).test(sql);
  return writes.some((write) => {
    const [table, column] = write.split('.');
    return word(table!) && (!column || word(column));
  });
}
