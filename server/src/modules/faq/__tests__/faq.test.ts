import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { StaffRole, World } from '../../../test/world.js';
import { Portal } from '../../portal/portal.entity.js';
import { fold, searchWords } from '../faq-search.js';

const FAQ = `query($s: String) { faq(search: $s) { name entries { question answer } } }`;
const CATEGORY = `mutation($i: FaqCategoryInput!) { saveFaqCategory(input: $i) { id name active } }`;
const ENTRY = `mutation($i: FaqEntryInput!) { saveFaqEntry(input: $i) { id question active categoryId } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** A portal with the FAQ on, two categories and a few questions written by an ADMIN through the API. */
async function setup(showFaq = true) {
  const world = await World.create(server, { showFaq });
  const admin = await world.staff();
  const category = async (name: string, position: number) => (await admin.client.ok(CATEGORY, { i: { portalId: world.portal.id, name, position } })).saveFaqCategory.id as string;
  const entry = async (categoryId: string, question: string, answer: string, position = 0) =>
    (await admin.client.ok(ENTRY, { i: { categoryId, question, answer, position } })).saveFaqEntry.id as string;
  const obra = await category('Obra e entrega', 1);
  const pagamentos = await category('Pagamentos', 0);
  await entry(obra, 'Quando recebo as chaves?', 'Na vistoria de entrega, depois da Previsão de entrega.');
  await entry(obra, 'Como pedir manutenção?', 'Abra uma Assistência técnica no menu.', 1);
  await entry(pagamentos, 'Onde vejo a 2ª via do boleto?', 'No menu Financeiro, em cada parcela.');
  const ana = await world.customer();
  await world.soldUnit(ana.customer);
  return { world, admin, ana, obra, pagamentos, entry };
}

describe('Perguntas frequentes (SPEC §11)', () => {
  it('R-SET-1: with showFaq off the FAQ menu is hidden and the API refuses the FAQ with FEATURE_DISABLED naming showFaq; on, both serve it', async () => {
    const { world, ana } = await setup(false);
    const client = await ana.client();
    const refused = await client.request(FAQ, {});
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FEATURE_DISABLED', setting: 'showFaq' }, message: 'As perguntas frequentes estão desativadas neste portal.' });
    const menu = async () => (await client.ok(`{ myMenus { menu visible } }`)).myMenus.find((m: { menu: string }) => m.menu === 'FAQ');
    expect(await menu()).toEqual({ menu: 'FAQ', visible: false });
    await world.em.nativeUpdate(Portal, { id: world.portal.id }, { showFaq: true });
    expect(await menu()).toEqual({ menu: 'FAQ', visible: true });
    expect((await client.ok(FAQ, {})).faq.map((c: { name: string }) => c.name)).toEqual(['Pagamentos', 'Obra e entrega']);
  });

  it('R-SET-1: an ADMIN turns showFaq on (audited); the toggle is no longer "em breve"', async () => {
    const { world, admin } = await setup(false);
    await admin.client.ok(`mutation($id: ID!) { updatePortalSettings(portalId: $id, input: { showFaq: true }) { id showFaq } }`, { id: world.portal.id });
    const { auditLog } = await admin.client.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { before after } } }`, { id: world.portal.id });
    expect(auditLog.nodes).toContainEqual({ before: { showFaq: false }, after: { showFaq: true } });
  });

  it('the FAQ is searchable by words, ignoring accents and case; every word must match; an empty result is an empty list', async () => {
    const { ana } = await setup();
    const client = await ana.client();
    const search = async (s: string) => (await client.ok(FAQ, { s })).faq.map((c: { name: string; entries: { question: string }[] }) => [c.name, c.entries.map((e) => e.question)]);
    expect(await search('MANUTENCAO')).toEqual([['Obra e entrega', ['Como pedir manutenção?']]]);
    expect(await search('menu boleto')).toEqual([['Pagamentos', ['Onde vejo a 2ª via do boleto?']]]);
    expect(await search('chaves entrega')).toEqual([['Obra e entrega', ['Quando recebo as chaves?']]]);
    expect(await search('piscina')).toEqual([]);
    expect(await search('100%_')).toEqual([]);
    expect((await search('  ')).length).toBe(2);
  });

  it('inactive questions and categories are not shown to the customer; staff see and edit them (audited)', async () => {
    const { world, admin, ana, obra, pagamentos } = await setup();
    await admin.client.ok(CATEGORY, { i: { id: pagamentos, active: false } });
    const { portalFaq } = await admin.client.ok(`query($p: ID!) { portalFaq(portalId: $p) { id entries { id question } } }`, { p: world.portal.id });
    const [first] = portalFaq.find((c: { id: string }) => c.id === obra).entries;
    await admin.client.ok(ENTRY, { i: { id: first.id, active: false, answer: 'Nova resposta' } });
    const { faq } = await (await ana.client()).ok(FAQ, {});
    expect(faq).toEqual([{ name: 'Obra e entrega', entries: [{ question: 'Como pedir manutenção?', answer: 'Abra uma Assistência técnica no menu.' }] }]);
    const { auditLog } = await admin.client.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action before after } } }`, { id: first.id });
    expect(auditLog.nodes.map((n: { action: string }) => n.action).sort()).toEqual(['FaqEntry.create', 'FaqEntry.update']);
    await admin.client.ok(`mutation($id: ID!) { deleteFaqEntry(id: $id) }`, { id: first.id });
    expect((await admin.client.ok(`query($p: ID!) { portalFaq(portalId: $p) { entries { id } } }`, { p: world.portal.id })).portalFaq.flatMap((c: { entries: unknown[] }) => c.entries)).toHaveLength(2);
  });

  it('bad input names the field and writes nothing; an AGENT cannot edit; staff limited away from the portal get NOT_FOUND', async () => {
    const { world, admin, obra } = await setup();
    expect((await admin.client.request(ENTRY, { i: { categoryId: obra, question: 'Oi?', answer: ' ' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answer' });
    expect((await admin.client.request(CATEGORY, { i: { name: 'Sem portal' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'portalId' });
    const agent = await world.staff(StaffRole.AGENT);
    expect((await agent.client.request(ENTRY, { i: { categoryId: obra, question: 'Oi?', answer: 'Oi' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await world.development2();
    world.portal.developments.remove(elsewhere);
    await world.em.flush();
    const limited = await world.staff(StaffRole.MANAGER, { developments: [elsewhere] });
    const hidden = await limited.client.request(ENTRY, { i: { categoryId: obra, question: 'Oi?', answer: 'Oi' } });
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categoryId' });
    expect((await limited.client.request(CATEGORY, { i: { portalId: world.portal.id, name: 'X' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { portalFaq } = await admin.client.ok(`query($p: ID!) { portalFaq(portalId: $p) { name entries { question } } }`, { p: world.portal.id });
    expect(portalFaq.map((c: { name: string }) => c.name)).toEqual(['Pagamentos', 'Obra e entrega']);
    expect(portalFaq.flatMap((c: { entries: unknown[] }) => c.entries)).toHaveLength(3);
  });

  it('the search folds accents and splits words (unit)', () => {
    expect(fold('Manutenção ÁGUA')).toBe('manutencao agua');
    expect(searchWords('  2ª via, do BOLETO ')).toEqual(['2a', 'via', 'do', 'boleto']);
  });
});
