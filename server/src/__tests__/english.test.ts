import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/harness.js';
import { World } from '../test/world.js';

const EXPLAIN = `query($i: ExplainVisibilityInput!) { explainVisibility(input: $i) { visible subject checks { ruleId label passed detail fix { label } } } }`;
const EN = { 'x-habite-locale': 'en' };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** Issue 9: "The English side translates dynamic labels too": what the server writes follows the app's language (x-habite-locale). */
describe('the English side: sentences and labels the server writes, in the language the app asks for', () => {
  it('R-EXPLAIN-1: the explainer\'s subject, rule labels, details and fixes in English; the names staff typed stay as written', async () => {
    const world = await World.create(server);
    const ana = await world.customer({ name: 'Ana Souza' });
    const { unit } = await world.soldUnit(ana.customer, { name: 'Apto 7' });
    await world.update(world.block, { active: false });
    const { client } = await world.staff();
    const ask = (headers = {}) => client.request(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id } } }, headers);
    const en = (await ask(EN)).data!.explainVisibility;
    expect(en.subject).toBe('Ana Souza and the unit "Apto 7"');
    const block = en.checks.find((c: { passed: boolean }) => !c.passed);
    expect(block).toMatchObject({ ruleId: 'R-UNIT-2', label: 'The unit\'s block is active', detail: 'The block "Bloco A" is inactive.', fix: { label: 'Activate the block "Bloco A"' } });
    expect(en.checks.map((c: { label: string }) => c.label)).toContain('The portal is active');
    expect(JSON.stringify(en)).not.toMatch(/ está | não | cliente/);
    // Without the header (an API client, the ERP): Portuguese.
    const pt = (await ask()).data!.explainVisibility;
    expect(pt.subject).toBe('Ana Souza e a unidade "Apto 7"');
    expect(pt.checks.find((c: { passed: boolean }) => !c.passed)).toMatchObject({ label: 'O bloco da unidade está ativo', detail: 'O bloco "Bloco A" está inativo.', fix: { label: 'Ativar o bloco "Bloco A"' } });
    expect(pt.checks.find((c: { label: string }) => c.label === 'O portal está ativo').detail).toBe('O Portal Teste está ativo.');
  });

  it('R-SET-1: why a menu is off, for the customer, in their language', async () => {
    const world = await World.create(server, { showContracts: false });
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const reasons = async (headers = {}) => {
      const { myMenus } = await (await ana.client(headers)).ok(`{ myMenus { menu visible reason } }`);
      return myMenus.find((m: { menu: string }) => m.menu === 'CONTRACTS').reason;
    };
    expect(await reasons(EN)).toBe('This portal does not show contracts. Ask the developer for a copy.');
    expect(await reasons()).toBe('Este portal não exibe contratos. Para uma cópia, fale com a incorporadora.');
  });

  it('R-SET-2: the portal settings catalogue (labels and help) in English', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    const catalog = async (headers = {}) => (await client.request(`{ portalSettingsCatalog { key label help } }`, {}, headers)).data!.portalSettingsCatalog as { key: string; label: string; help: string }[];
    const en = await catalog(EN);
    expect(en.find((s) => s.key === 'showContracts')).toEqual({ key: 'showContracts', label: 'Show contracts', help: expect.stringContaining('signed and validated') });
    expect(en.every((s) => s.label && s.help)).toBe(true);
    expect((await catalog()).find((s) => s.key === 'showContracts')?.label).toBe('Exibir contratos');
  });

  it('R-DATA-3: registration field labels in English; values typed without punctuation are kept formatted', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const client = await ana.client(EN);
    const { requestDataChange } = await client.ok(`mutation($c: [FieldValueInput!]!) { requestDataChange(changes: $c) { fields { field label proposed } } }`, {
      c: [{ field: 'phone', value: '11987654321' }, { field: 'postalCode', value: '01310100' }, { field: 'state', value: 'sp' }],
    });
    // Accepted without punctuation, kept as Brazilians write them.
    expect(requestDataChange.fields).toEqual([
      { field: 'phone', label: 'Phone', proposed: '(11) 98765-4321' },
      { field: 'postalCode', label: 'Postal code', proposed: '01310-100' },
      { field: 'state', label: 'State', proposed: 'SP' },
    ]);
    const pt = await (await ana.client()).ok(`{ myDataChangeRequests { fields { label } } }`);
    expect(pt.myDataChangeRequests[0].fields.map((f: { label: string }) => f.label).sort()).toEqual(['CEP', 'Telefone', 'UF']);
  });
});
