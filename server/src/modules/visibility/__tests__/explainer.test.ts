import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { RequestKind, ReservationStatus, StaffRole, World } from '../../../test/world.js';
import { DataChangeApproval } from '../../company/company.entity.js';
import { Customer } from '../../customers/customer.entity.js';

const EXPLAIN = `query($i: ExplainVisibilityInput!) { explainVisibility(input: $i) { visible subject hostname checks { ruleId label passed detail fix { screen id label setting } } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

type Check = { ruleId: string; passed: boolean; detail: string; fix: { screen: string; id: string; setting: string | null } | null };
const failed = (explanation: { checks: Check[] }) => explanation.checks.filter((c) => !c.passed);

describe('R-EXPLAIN-1: staff ask why a customer does (not) see something, and get the rule and the fix', () => {
  it('R-EXPLAIN-1: FAQ "unidade não aparece mesmo com a reserva Vendida" → the inactive block, with a link to it', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    await world.update(world.block, { active: false });
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id } } });
    expect(explainVisibility.visible).toBe(false);
    expect(explainVisibility.checks.map((c: Check) => [c.ruleId, c.passed])).toEqual([
      ['R-UNIT-1', true], ['R-UNIT-2', false], ['R-UNIT-2', true], ['R-UNIT-3', true], ['R-UNIT-3', true], ['R-PORTAL-3', true],
    ]);
    expect(failed(explainVisibility)[0]).toMatchObject({ detail: 'O bloco "Bloco A" está inativo.', fix: { screen: 'BLOCK', id: world.block.id } });
  });

  it('R-EXPLAIN-1: FAQ "associado não visualiza unidades" → the association type without "Visualiza Unidades Portal"', async () => {
    const world = await World.create(server);
    const holder = await world.customer();
    const guarantor = await world.customer();
    const unit = await world.unit();
    await world.reservation(unit, holder.customer, ReservationStatus.SOLD, [{ customer: guarantor.customer, type: world.types.guarantor }]);
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: guarantor.customer.id, target: { unitId: unit.id } } });
    expect(failed(explainVisibility)).toEqual([expect.objectContaining({ ruleId: 'R-UNIT-1', detail: expect.stringContaining('"Fiador"'), fix: expect.objectContaining({ screen: 'ASSOCIATION_TYPE', id: world.types.guarantor.id }) })]);
  });

  it('R-EXPLAIN-1: FAQ "contratos não exibidos" → Exibir Contratos, assinado e validado, tipo visível', async () => {
    const world = await World.create(server, { showContracts: false });
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    const contract = await world.contract(reservation, { validated: false, type: world.types.internal });
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { contractId: contract.id } } });
    expect(failed(explainVisibility).map((c: Check) => [c.ruleId, c.fix?.screen, c.fix?.setting])).toEqual([
      ['R-CONTRACT-1', 'PORTAL_SETTINGS', 'showContracts'], ['R-CONTRACT-2', 'CONTRACT', null], ['R-CONTRACT-3', 'CONTRACT_TYPE', null],
    ]);
    expect(explainVisibility.checks.find((c: Check) => c.ruleId === 'R-CONTRACT-4').passed).toBe(true);
  });

  it('R-EXPLAIN-1: FAQ "cliente não consegue abrir atendimentos" → the development permission and the menu', async () => {
    const world = await World.create(server, { showServiceMenu: false });
    await world.update(world.development, { allowServiceRequests: false });
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { menu: 'SERVICE' } } });
    expect(failed(explainVisibility).map((c: Check) => [c.ruleId, c.fix?.screen, c.fix?.setting])).toEqual([
      ['R-SET-1', 'PORTAL_SETTINGS', 'showServiceMenu'], ['R-REQ-1', 'DEVELOPMENT', 'allowServiceRequests'],
    ]);
  });

  it('R-EXPLAIN-1: FAQ "Usuário não pode acessar esse painel" → the domain binding, naming the right address', async () => {
    const world = await World.create(server);
    const lots = await world.development2('Loteamento Serena');
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer, { development: lots });
    await world.bindDomain(`torre-${world.portal.slug}.test`, [world.development]);
    await world.bindDomain(`lotes-${world.portal.slug}.test`, [lots]);
    const { client } = await world.staff();
    const asked = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id }, hostname: `torre-${world.portal.slug}.test` } });
    expect(failed(asked.explainVisibility)).toEqual([expect.objectContaining({ ruleId: 'R-PORTAL-3', detail: expect.stringContaining(`lotes-${world.portal.slug}.test`), fix: expect.objectContaining({ screen: 'PORTAL_DOMAINS' }) })]);
    // Without an address, the explainer takes the one the customer should use: visible.
    const bare = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id } } });
    expect(bare.explainVisibility).toMatchObject({ visible: true, hostname: `lotes-${world.portal.slug}.test` });
  });

  it('R-EXPLAIN-1: FAQ "login do usuário inativo" → who deactivated it and when', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    await (await ana.client()).ok(`mutation { deactivateMyLogin }`);
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { login: true } } });
    expect(failed(explainVisibility)).toEqual([expect.objectContaining({ ruleId: 'R-AUTH-1', detail: expect.stringMatching(/^O login foi desativado pelo próprio cliente \(Dados de acesso\) em \d{2}\/\d{2}\/\d{4} às \d{2}:\d{2}\./), fix: expect.objectContaining({ screen: 'ACCOUNT', id: ana.account.id }) })]);
  });

  it('R-EXPLAIN-1: FAQ "acesso do síndico não aparece" → Exibir acesso do síndico', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { menu: 'SYNDIC_ACCESS' } } });
    expect(failed(explainVisibility)).toEqual([expect.objectContaining({ ruleId: 'R-REQ-8', fix: expect.objectContaining({ setting: 'showSyndicAccess' }) })]);
  });

  it('R-EXPLAIN-1: a finished assistance past the SLA → R-REQ-5, pointing at the SLA setting', async () => {
    const world = await World.create(server, { finishedAssistanceSlaMinutes: 60 });
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const old = await world.request({ openedBy: ana.account, unit, kind: RequestKind.ASSISTANCE, status: world.statuses.aDone, finishedAt: new Date(Date.now() - 2 * 3_600_000) });
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { requestId: old.id } } });
    expect(failed(explainVisibility)).toEqual([expect.objectContaining({ ruleId: 'R-REQ-5', fix: expect.objectContaining({ setting: 'finishedAssistanceSla' }) })]);
  });

  it('R-EXPLAIN-1: a visible unit says so, every rule passing; only staff may ask; one target only', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id } } });
    expect(explainVisibility.visible).toBe(true);
    expect(failed(explainVisibility)).toEqual([]);
    expect((await (await ana.client()).request(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id } } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const two = await client.request(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id, menu: 'FAQ' } } });
    expect(two.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'target' });
  });
});

const REQUEST_CHANGE = `mutation($c: [FieldValueInput!]!) { requestDataChange(changes: $c) { id status } }`;
const explainChange = (customerId: string) => ({ i: { customerId, target: { dataChange: true } } });

describe('R-EXPLAIN-1, R-DATA: staff ask "why wasn\'t my registration change applied?"', () => {
  async function setup(approval = DataChangeApproval.MANUAL) {
    const world = await World.create(server);
    await world.update(world.company, { dataChangeApproval: approval });
    const ana = await world.customer({ name: 'Ana Souza' });
    await world.soldUnit(ana.customer);
    const admin = await world.staff(StaffRole.ADMIN);
    return { world, ana, customer: await ana.client(), admin: admin.client };
  }

  it('R-EXPLAIN-1, R-DATA-2: the explainer says a change waits for an ADMIN under MANUAL approval, linking the request and the approval mode', async () => {
    const { world, ana, customer, admin } = await setup();
    const { requestDataChange } = await customer.ok(REQUEST_CHANGE, { c: [{ field: 'phone', value: '(11) 98888-7777' }] });
    const { explainVisibility } = await admin.ok(EXPLAIN, explainChange(ana.customer.id));
    expect(explainVisibility).toMatchObject({ visible: false, subject: 'Ana Souza e as alterações cadastrais' });
    expect(explainVisibility.checks.map((c: Check) => [c.ruleId, c.passed])).toEqual([['R-DATA-2', false], ['R-DATA-4', false], ['R-DATA-5', true], ['R-DATA-2', true]]);
    const [mode, applied] = explainVisibility.checks as Check[];
    expect(mode!.detail).toBe('A empresa usa aprovação manual: a alteração fica pendente até um administrador aprová-la.');
    expect(mode!.fix).toMatchObject({ screen: 'COMPANY_SETTINGS', id: world.company.id, setting: 'dataChangeApproval' });
    expect(applied!.detail).toMatch(/^A alteração de \d{2}\/\d{2}\/\d{4} às \d{2}:\d{2} \(Telefone\) está pendente: nenhum administrador a aprovou ou recusou ainda\.$/);
    expect(applied!.fix).toMatchObject({ screen: 'DATA_CHANGE', id: requestDataChange.id });
  });

  it('R-EXPLAIN-1, R-DATA-2: under AUTOMATIC approval the explainer says the change was applied at once', async () => {
    const { ana, customer, admin } = await setup(DataChangeApproval.AUTOMATIC);
    await customer.ok(REQUEST_CHANGE, { c: [{ field: 'city', value: 'Campinas' }] });
    const { explainVisibility } = await admin.ok(EXPLAIN, explainChange(ana.customer.id));
    expect(explainVisibility.visible).toBe(true);
    expect(failed(explainVisibility)).toEqual([]);
    expect(explainVisibility.checks.map((c: Check) => c.detail)).toEqual([
      expect.stringContaining('A empresa usa aprovação automática'),
      expect.stringMatching(/^A alteração de .+ \(Cidade\) foi aplicada automaticamente em .+ e está no cadastro\.$/),
    ]);
  });

  it('R-EXPLAIN-1, R-DATA-3: a rejected change is explained with who rejected it, when, and the reason the customer sees', async () => {
    const { ana, customer, admin } = await setup();
    const { requestDataChange } = await customer.ok(REQUEST_CHANGE, { c: [{ field: 'street', value: 'Rua Nova' }, { field: 'postalCode', value: '01310-100' }] });
    await admin.ok(`mutation($id: ID!) { rejectDataChange(id: $id, reason: "O CEP não confere com a rua.") { id } }`, { id: requestDataChange.id });
    const { explainVisibility } = await admin.ok(EXPLAIN, explainChange(ana.customer.id));
    expect(explainVisibility.visible).toBe(false);
    const applied = explainVisibility.checks.find((c: Check) => c.ruleId === 'R-DATA-4');
    expect(applied.detail).toMatch(/^A alteração de .+ \(Logradouro e CEP\) foi recusada por Equipe \S+ em .+\. Motivo, que o cliente vê: "O CEP não confere com a rua\."/);
    expect(applied.fix).toMatchObject({ screen: 'DATA_CHANGE', id: requestDataChange.id });
    // Decided: the approval mode is not what holds it, and approving it is no longer a question.
    expect(explainVisibility.checks.map((c: Check) => [c.ruleId, c.passed])).toEqual([['R-DATA-2', true], ['R-DATA-4', false]]);
  });

  it('R-EXPLAIN-1, R-DATA-1: a change superseded by a newer one says by which (its date), and links the newer one', async () => {
    const { ana, customer, admin } = await setup();
    await customer.ok(REQUEST_CHANGE, { c: [{ field: 'city', value: 'Campinas' }] });
    const second = await customer.ok(REQUEST_CHANGE, { c: [{ field: 'city', value: 'Santos' }] });
    const { explainVisibility } = await admin.ok(EXPLAIN, explainChange(ana.customer.id));
    const history = (explainVisibility.checks as Check[]).filter((c) => c.ruleId === 'R-DATA-4');
    expect(history).toHaveLength(2);
    expect(history[0]!.fix?.id).toBe(second.requestDataChange.id);
    expect(history[1]!.detail).toMatch(/\(Cidade\) foi substituída pela alteração de \d{2}\/\d{2}\/\d{4} às \d{2}:\d{2}, que o cliente enviou depois: só a mais nova pode ser aprovada\.$/);
    expect(history[1]!.fix).toMatchObject({ screen: 'DATA_CHANGE', id: second.requestDataChange.id });
  });

  it('R-EXPLAIN-1, R-DATA-5: a pending change made before the record changed says approving it would answer CONFLICT', async () => {
    const { ana, customer, admin } = await setup();
    const { requestDataChange } = await customer.ok(REQUEST_CHANGE, { c: [{ field: 'phone', value: '(11) 98888-7777' }] });
    // The ERP updates the record after the customer asked.
    const em = server.em();
    const record = await em.findOneOrFail(Customer, { id: ana.customer.id });
    record.city = 'Osasco';
    record.version += 1;
    await em.flush();
    const { explainVisibility } = await admin.ok(EXPLAIN, explainChange(ana.customer.id));
    const conflict = explainVisibility.checks.find((c: Check) => c.ruleId === 'R-DATA-5');
    expect(conflict).toMatchObject({ passed: false, fix: { screen: 'DATA_CHANGE', id: requestDataChange.id } });
    expect(conflict.detail).toContain('aprovar agora dá conflito');
    // And it does.
    const approved = await admin.request(`mutation($id: ID!) { approveDataChange(id: $id) { id } }`, { id: requestDataChange.id });
    expect(approved.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('R-EXPLAIN-1, R-DATA-2: a proposed e-mail that is another customer\'s stays pending even under AUTOMATIC, and the explainer says an ADMIN must correct it', async () => {
    const { world, ana, customer, admin } = await setup(DataChangeApproval.AUTOMATIC);
    const other = await world.customer({ name: 'Bruno Lima' });
    const { requestDataChange } = await customer.ok(REQUEST_CHANGE, { c: [{ field: 'email', value: other.account.email }] });
    expect(requestDataChange.status).toBe('PENDING');
    const { explainVisibility } = await admin.ok(EXPLAIN, explainChange(ana.customer.id));
    expect(explainVisibility.checks.map((c: Check) => [c.ruleId, c.passed])).toEqual([['R-DATA-2', true], ['R-DATA-4', false], ['R-DATA-5', true], ['R-DATA-2', false]]);
    const email = explainVisibility.checks.at(-1) as Check;
    expect(email.detail).toContain('já é o login de outro cliente da empresa');
    expect(email.detail).not.toContain(other.account.email);
    expect(email.fix).toMatchObject({ screen: 'DATA_CHANGE', id: requestDataChange.id });
  });

  it('R-EXPLAIN-1, R-DATA-1: a customer who never asked for a change is told so', async () => {
    const { ana, admin } = await setup();
    const { explainVisibility } = await admin.ok(EXPLAIN, explainChange(ana.customer.id));
    expect(failed(explainVisibility)).toEqual([expect.objectContaining({ ruleId: 'R-DATA-1', detail: expect.stringContaining('não pediu nenhuma alteração cadastral') })]);
  });
});

describe('R-EXPLAIN-1, R-REQ-8: staff ask "what can this syndic see and open?"', () => {
  const asSyndic = (syndicId: string, target: Record<string, unknown>) => ({ i: { syndicId, target } });

  it('R-EXPLAIN-1, R-REQ-8: with "Exibir acesso do síndico" off the syndic cannot sign in, and the link leads to the setting', async () => {
    const world = await World.create(server, { showSyndicAccess: false });
    const syndic = await world.syndic();
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, asSyndic(syndic.syndic.id, { login: true }));
    expect(explainVisibility.subject).toBe(`${syndic.syndic.name}, síndico de "${world.development.name}", e o acesso ao portal`);
    expect(failed(explainVisibility)).toEqual([expect.objectContaining({
      ruleId: 'R-REQ-8', detail: expect.stringContaining('o síndico não consegue entrar'),
      fix: expect.objectContaining({ screen: 'PORTAL_SETTINGS', id: world.portal.id, setting: 'showSyndicAccess' }),
    })]);
    // The explanation agrees with the sign-in itself.
    const signIn = await world.server.client({ app: 'client', headers: world.headers }).request(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, {
      i: { login: syndic.account.email, password: syndic.password, kind: 'SYNDIC' },
    });
    expect(signIn.errors?.[0]?.extensions).toMatchObject({ code: 'FEATURE_DISABLED', setting: 'showSyndicAccess' });
  });

  it('R-EXPLAIN-1, R-REQ-8, R-REQ-1: a syndic\'s assistance menu off says which switch: the portal menu and the development permission', async () => {
    const world = await World.create(server, { showSyndicAccess: true, showAssistanceMenu: false });
    await world.update(world.development, { allowAssistanceRequests: false });
    const syndic = await world.syndic();
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, asSyndic(syndic.syndic.id, { menu: 'ASSISTANCE' }));
    expect(explainVisibility.subject).toContain('o menu "Assistência técnica"');
    expect(failed(explainVisibility).map((c: Check) => [c.ruleId, c.fix?.screen, c.fix?.setting])).toEqual([
      ['R-SET-1', 'PORTAL_SETTINGS', 'showAssistanceMenu'], ['R-REQ-1', 'DEVELOPMENT', 'allowAssistanceRequests'],
    ]);
    expect(failed(explainVisibility)[1]!.detail).toBe(`"${world.development.name}" não permite abrir assistências pelo portal.`);
    // The service menu is on: the same question answers visible, and the syndic's portal agrees.
    const service = await client.ok(EXPLAIN, asSyndic(syndic.syndic.id, { menu: 'SERVICE' }));
    expect(service.explainVisibility.visible).toBe(true);
    const { myMenus } = await (await syndic.client()).ok(`{ myMenus { menu visible } }`);
    expect(myMenus.filter((m: { menu: string }) => ['SERVICE', 'ASSISTANCE'].includes(m.menu))).toEqual([{ menu: 'SERVICE', visible: true }, { menu: 'ASSISTANCE', visible: false }]);
  });

  it('R-EXPLAIN-1, R-REQ-8: the common areas of the syndic\'s development, counted in words ("1 área comum", "2 áreas comuns"), and none at all', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const syndic = await world.syndic();
    const { client } = await world.staff();
    const ask = async () => (await client.ok(EXPLAIN, asSyndic(syndic.syndic.id, { commonAreas: true }))).explainVisibility;
    const none = await ask();
    expect(failed(none)).toEqual([expect.objectContaining({
      ruleId: 'R-REQ-8', detail: `O empreendimento "${world.development.name}" não tem nenhuma área comum cadastrada: o síndico não tem para onde abrir pedidos.`,
      fix: expect.objectContaining({ screen: 'DEVELOPMENT', id: world.development.id }),
    })]);
    await world.commonArea('Salão de festas');
    expect((await ask()).checks.at(-1).detail).toBe(`O síndico vê 1 área comum de "${world.development.name}": Salão de festas.`);
    await world.commonArea('Piscina');
    const two = await ask();
    expect(two.visible).toBe(true);
    expect(two.checks.at(-1).detail).toBe(`O síndico vê 2 áreas comuns de "${world.development.name}": Piscina e Salão de festas.`);
    // Another development's area is not the syndic's.
    await world.commonArea('Quadra', await world.development2());
    expect((await ask()).checks.at(-1).detail).toContain('2 áreas comuns');
    const { myCommonAreas } = await (await syndic.client()).ok(`{ myCommonAreas { name } }`);
    expect(myCommonAreas.map((a: { name: string }) => a.name)).toEqual(['Piscina', 'Salão de festas']);
  });

  it('R-EXPLAIN-1, R-REQ-8: through a portal that does not serve the syndic\'s development, no common area and no menu, with the link to the portal\'s developments', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const elsewhere = await world.development2('Residencial Outro');
    world.portal.developments.remove(elsewhere);
    await world.em.flush();
    const syndic = await world.syndic(elsewhere);
    await world.commonArea('Salão de festas', elsewhere);
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, asSyndic(syndic.syndic.id, { commonAreas: true }));
    expect(failed(explainVisibility).map((c: Check) => [c.ruleId, c.fix?.screen ?? null])).toEqual([['R-UNIT-3', 'PORTAL_DEVELOPMENTS'], ['R-REQ-8', null]]);
    expect(failed(explainVisibility)[1]!.detail).toBe('O empreendimento "Residencial Outro" tem 1 área comum, mas o síndico não vê nenhuma: corrija as regras que falharam acima.');
    const portal = await (await syndic.client()).ok(`{ myCommonAreas { name } myMenus { menu visible } }`);
    expect(portal.myCommonAreas).toEqual([]);
    expect(portal.myMenus.find((m: { menu: string }) => m.menu === 'SERVICE').visible).toBe(false);
  });

  it('R-EXPLAIN-1, R-REQ-8: a customer\'s request is invisible to the syndic (not theirs, a unit\'s), the syndic\'s own is visible', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const syndic = await world.syndic();
    const hall = await world.commonArea('Salão de festas');
    const customers = await world.request({ openedBy: ana.account, unit });
    const own = await world.request({ openedBy: syndic.account, commonArea: hall, kind: RequestKind.ASSISTANCE });
    const { client } = await world.staff();
    const theirs = (await client.ok(EXPLAIN, asSyndic(syndic.syndic.id, { requestId: customers.id }))).explainVisibility;
    expect(theirs.visible).toBe(false);
    expect(failed(theirs).map((c: Check) => [c.ruleId, c.detail])).toEqual([
      ['R-REQ-8', 'O pedido foi aberto por outra pessoa: o síndico só vê os pedidos que ele abriu, nunca os dos clientes.'],
      ['R-REQ-8', `O pedido é da unidade "${unit.name}": o síndico nunca vê pedidos de unidades.`],
    ]);
    const mine = (await client.ok(EXPLAIN, asSyndic(syndic.syndic.id, { requestId: own.id }))).explainVisibility;
    expect(mine).toMatchObject({ visible: true, subject: expect.stringContaining(`a assistência técnica de protocolo nº ${own.number}`) });
    expect(mine.checks.find((c: Check) => c.detail.includes('Salão de festas')).passed).toBe(true);
    // The same as the syndic's own list.
    const { myRequests } = await (await syndic.client()).ok(`{ myRequests(first: 10) { nodes { id } } }`);
    expect(myRequests.nodes).toEqual([{ id: own.id }]);
  });

  it('R-EXPLAIN-1, R-OPS-4: staff limited to another development get NOT_FOUND for the syndic and for the customer, as for missing ones', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const other = await world.development2('Loteamento Fora');
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const syndic = await world.syndic();
    const { client } = await world.staff(StaffRole.MANAGER, { developments: [other] });
    const code = async (variables: Record<string, unknown>) => (await client.request(EXPLAIN, variables)).errors?.[0]?.extensions?.code;
    expect(await code(asSyndic(syndic.syndic.id, { commonAreas: true }))).toBe('NOT_FOUND');
    expect(await code(asSyndic(syndic.syndic.id, { login: true }))).toBe('NOT_FOUND');
    expect(await code(explainChange(ana.customer.id))).toBe('NOT_FOUND');
    expect(await code(asSyndic('00000000-0000-4000-8000-00000000abcd', { commonAreas: true }))).toBe('NOT_FOUND');
    // Within the limit, the same questions are answered.
    const inside = await world.staff(StaffRole.MANAGER, { developments: [world.development] });
    expect((await inside.client.request(EXPLAIN, asSyndic(syndic.syndic.id, { commonAreas: true }))).errors).toBeUndefined();
    expect((await inside.client.request(EXPLAIN, explainChange(ana.customer.id))).errors).toBeUndefined();
  });

  it('R-EXPLAIN-1: exactly one subject (customer or syndic), and only the questions that subject has', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const syndic = await world.syndic();
    const { client } = await world.staff();
    const error = async (variables: Record<string, unknown>) => (await client.request(EXPLAIN, variables)).errors?.[0]?.extensions;
    expect(await error({ i: { customerId: ana.customer.id, syndicId: syndic.syndic.id, target: { login: true } } })).toEqual({ code: 'BAD_USER_INPUT', field: 'customerId' });
    expect(await error({ i: { target: { login: true } } })).toEqual({ code: 'BAD_USER_INPUT', field: 'customerId' });
    expect(await error(asSyndic(syndic.syndic.id, { unitId: unit.id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'target' });
    expect(await error(asSyndic(syndic.syndic.id, { menu: 'CONTRACTS' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'target' });
    expect(await error(asSyndic(syndic.syndic.id, { dataChange: true }))).toEqual({ code: 'BAD_USER_INPUT', field: 'target' });
    expect(await error({ i: { customerId: ana.customer.id, target: { commonAreas: true } } })).toEqual({ code: 'BAD_USER_INPUT', field: 'target' });
  });
});
