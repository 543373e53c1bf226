import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Account } from '../../server/src/modules/auth/account.entity.js';
import { Company } from '../../server/src/modules/company/company.entity.js';
import { Customer } from '../../server/src/modules/customers/customer.entity.js';
import { DataChangeRequest, DataChangeStatus } from '../../server/src/modules/data-changes/data-change-request.entity.js';
import { Block } from '../../server/src/modules/developments/block.entity.js';
import { Development } from '../../server/src/modules/developments/development.entity.js';
import { Portal } from '../../server/src/modules/portal/portal.entity.js';
import { Syndic } from '../../server/src/modules/syndics/syndic.entity.js';
import {
  DESKTOP, PHONE, demoInBrowser, expectAccessible, expectErrorOnField, expectNoHorizontalOverflow, fillFreeText, hasChromium, isInViewport, phonePage, screenshot, signInCustomer, signInStaff, slowOperation, staffPage,
} from '../../server/src/test/browser.js';
import { GraphQLClient } from '../../server/src/test/graphql-client.js';
import { World } from '../../server/src/test/world.js';

// This file's own copy of the demo: what the other browser files change is not seen here.
const demo = demoInBrowser();

/** A GraphQL call from the page, with its session (as the app makes them). */
async function gql(page: Page, query: string, variables: Record<string, unknown> = {}) {
  return page.evaluate(async ([q, v]) => {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-habite-app': 'admin' }, body: JSON.stringify({ query: q, variables: v }) });
    return res.json() as Promise<{ data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] }>;
  }, [query, variables] as const);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Opens a customer's page from the customers list. */
async function openCustomer(page: Page, search: string, name: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Clientes' }).click();
  await page.getByLabel('Nome, e-mail ou CPF/CNPJ').fill(search);
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

async function customerPage(login: string): Promise<Page> {
  const page = await phonePage(demo.browser);
  await signInCustomer(page, demo.base, login);
  await page.getByRole('heading', { name: /Olá/ }).waitFor();
  return page;
}

describe.skipIf(!hasChromium)('admin app in Chromium, on the demo', () => {
  it('the requests desk, customers, explainer, portals, configuration, developments, data changes, audit and staff pages pass the accessibility check', async () => {
    const page = await staffPage(demo.browser, demo.base);
    await expect.poll(() => page.locator('table tbody tr').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'admin-requests');
    await screenshot(page, 'admin-requests');
    for (const [link, heading, name] of [
      ['Clientes', 'Clientes', 'admin-customers'],
      ['Por que o cliente não vê?', 'Por que o cliente (não) vê?', 'admin-explainer'],
      ['Portais', 'Portais', 'admin-portals'],
      ['Configuração', 'Configuração', 'admin-config'],
      ['Empreendimentos', 'Empreendimentos', 'admin-developments'],
      ['Alterações cadastrais', 'Alterações cadastrais', 'admin-data-changes'],
      ['Auditoria', 'Auditoria', 'admin-audit'],
      ['Equipe', 'Equipe', 'admin-staff'],
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, exact: true, level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, name);
      await screenshot(page, name);
    }
    await page.getByRole('navigation').getByRole('link', { name: 'Portais', exact: true }).click();
    await page.getByRole('link', { name: 'Portal Horizonte' }).click();
    await page.getByRole('heading', { name: 'Configurações' }).waitFor();
    await expectAccessible(page, 'admin-portal');
    await screenshot(page, 'admin-portal');
    await page.context().close();
  });

  it('R-SET-1: an admin turns a menu off and the customer\'s portal changes accordingly', async () => {
    const customer = await customerPage('ana@cliente.demo');
    await expect.poll(() => customer.getByRole('link', { name: 'Atendimentos' }).count()).toBe(1);
    const admin = await staffPage(demo.browser, demo.base);
    await admin.goto(`${demo.base}/admin/portais`);
    await admin.getByRole('link', { name: 'Portal Horizonte' }).click();
    await admin.getByLabel('Exibir menu atendimentos').uncheck();
    await admin.getByRole('button', { name: 'Salvar configurações' }).click();
    // R-EXPLAIN-4: before it is saved, what it does to customers.
    const preview = admin.getByRole('dialog', { name: 'Antes de salvar' });
    expect(await preview.locator('.impact-summary').innerText()).toMatch(/^Esta mudança esconde \d+ pedidos de \d+ clientes e o menu Atendimentos de \d+ clientes\.$/);
    await preview.getByRole('button', { name: 'Salvar' }).click();
    await admin.getByText('Salvo.').waitFor();
    await customer.reload();
    await customer.getByRole('heading', { name: /Olá/ }).waitFor();
    await expect.poll(() => customer.getByRole('link', { name: 'Assistência técnica' }).count()).toBe(1);
    expect(await customer.getByRole('link', { name: 'Atendimentos' }).count()).toBe(0);
    // And back on.
    await admin.getByLabel('Exibir menu atendimentos').check();
    await admin.getByRole('button', { name: 'Salvar configurações' }).click();
    expect(await preview.locator('.impact-summary').innerText()).toMatch(/^Esta mudança mostra \d+ pedidos a \d+ clientes e o menu Atendimentos a \d+ clientes\.$/);
    await preview.getByRole('button', { name: 'Salvar' }).click();
    await admin.getByText('Salvo.').waitFor();
    await admin.context().close();
    await customer.context().close();
  });

  it('R-DATA-3: approving a data change shows it in the customer\'s profile', async () => {
    const admin = await staffPage(demo.browser, demo.base);
    await admin.getByRole('navigation').getByRole('link', { name: 'Alterações cadastrais' }).click();
    const anaChange = admin.getByTestId('data-change').filter({ hasText: 'Ana Souza' });
    await anaChange.waitFor();
    // Original and proposed side by side.
    expect(await anaChange.getByLabel('Proposto: Telefone').inputValue()).toBe('(11) 98888-1234');
    await anaChange.getByRole('button', { name: 'Aprovar' }).click();
    await expect.poll(() => admin.getByTestId('data-change').filter({ hasText: 'Ana Souza' }).count()).toBe(0);
    const customer = await customerPage('ana@cliente.demo');
    await customer.getByRole('link', { name: 'Meus dados', exact: true }).click();
    await expect.poll(async () => (await customer.locator('dl', { hasText: 'Telefone' }).first().textContent()) ?? '').toContain('(11) 98888-1234');
    await admin.context().close();
    await customer.context().close();
  });

  it('R-DATA-5: approving after the record changed shows CONFLICT with the new values; approving over them then works', async () => {
    const em = demo.server.em();
    const marcos = await em.findOneOrFail(Customer, { email: 'marcos@cliente.demo' });
    // The ERP changes the record after the customer asked.
    marcos.street = 'Rua do ERP';
    marcos.version += 1;
    await em.flush();
    const admin = await staffPage(demo.browser, demo.base);
    await admin.getByRole('navigation').getByRole('link', { name: 'Alterações cadastrais' }).click();
    const change = admin.getByTestId('data-change').filter({ hasText: 'Marcos Souza' });
    await change.getByRole('button', { name: 'Aprovar' }).click();
    await change.getByText('O cadastro mudou depois do pedido. Valores atuais: Rua do ERP').waitFor();
    expect(await change.getByRole('alert').textContent()).toContain('Confira os valores atuais');
    await change.getByRole('button', { name: 'Conferi: aprovar sobre os valores atuais' }).click();
    await expect.poll(() => admin.getByTestId('data-change').filter({ hasText: 'Marcos Souza' }).count()).toBe(0);
    await admin.context().close();
  });

  it('R-DATA-1, R-DATA-3: a proposed e-mail that belongs to another customer is shown to the ADMIN as a clash on that field, until corrected', async () => {
    // The customer was told nothing (the server tests prove it); the ADMIN must see it.
    const carla = new GraphQLClient(demo.base, { app: 'client' });
    await carla.ok(`mutation { signIn(input: { login: "carla@cliente.demo", password: "demo-cliente-1" }) { account { id } } }`);
    await carla.ok(`mutation { requestDataChange(changes: [{ field: "email", value: "ana@cliente.demo" }]) { status } }`);
    const admin = await staffPage(demo.browser, demo.base);
    await admin.getByRole('navigation').getByRole('link', { name: 'Alterações cadastrais' }).click();
    const change = admin.getByTestId('data-change').filter({ hasText: 'Carla Mendes' });
    const email = change.getByLabel('Proposto: E-mail');
    await expect.poll(() => email.inputValue()).toBe('ana@cliente.demo');
    const warning = change.getByTestId('email-in-use');
    expect(await warning.textContent()).toBe('Este e-mail já é usado por outro cliente: corrija antes de aprovar, ou recuse a alteração.');
    // The warning is the input's description, so a screen reader reads it on the field.
    expect(await email.getAttribute('aria-describedby')).toBe(await warning.getAttribute('id'));
    await expectAccessible(admin, 'admin-data-change-email-in-use');
    await screenshot(admin, 'admin-data-change-email-in-use');
    await email.fill('carla.nova@cliente.demo');
    await expect.poll(() => warning.count()).toBe(0);
    await change.getByRole('button', { name: 'Corrigir e aprovar' }).click();
    await expect.poll(() => admin.getByTestId('data-change').filter({ hasText: 'Carla Mendes' }).count()).toBe(0);
    await admin.context().close();
  });

  it('R-EXPLAIN-1: the explainer answers "why doesn\'t Ana see B-101" with the inactive block, and the link leads to the block', async () => {
    const admin = await staffPage(demo.browser, demo.base);
    await admin.getByRole('navigation').getByRole('link', { name: 'Clientes' }).click();
    await admin.getByLabel('Nome, e-mail ou CPF/CNPJ').fill('Ana');
    await admin.getByRole('link', { name: 'Ana Souza' }).click();
    await admin.getByRole('heading', { name: 'Ana Souza' }).waitFor();
    await admin.getByRole('listitem').filter({ hasText: 'Apto B-101' }).getByRole('link', { name: 'Por que não vê?' }).click();
    const explanation = admin.getByTestId('explanation');
    await explanation.waitFor();
    expect(await explanation.getByRole('heading').textContent()).toBe('Oculto para o cliente');
    const failed = explanation.locator('li.failed');
    expect(await failed.count()).toBe(1);
    expect(await failed.textContent()).toContain('O bloco "Torre B" está inativo.');
    await expectAccessible(admin, 'admin-explanation');
    await screenshot(admin, 'admin-explanation');
    await failed.getByRole('link', { name: /Corrigir: Ativar o bloco "Torre B"/ }).click();
    await admin.getByRole('heading', { name: 'Residencial Jardins' }).waitFor();
    const block = admin.locator('label.highlight');
    expect(await block.textContent()).toContain('Torre B (Inativo)');
    await admin.context().close();
  });

  it('R-EXPLAIN-1, R-DATA-2, R-REQ-8: the explainer answers "why wasn\'t the change applied?" and "what does the syndic see?" on screen, and the fix links lead to the change and to the development', async () => {
    // Data of this test's own: a pending change of Carla's (MANUAL approval) and a syndic of the development without common areas.
    const em = demo.server.em();
    const company = await em.findOneOrFail(Company, { name: 'Horizonte Incorporadora' });
    // By name: another test of this file corrects her e-mail.
    const carla = await em.findOneOrFail(Customer, { name: 'Carla Mendes' });
    const carlaAccount = await em.findOneOrFail(Account, { customer: carla });
    const change = em.create(DataChangeRequest, {
      company, customer: carla, requestedBy: carlaAccount, status: DataChangeStatus.PENDING, original: { city: carla.city ?? null }, proposed: { city: 'Recife' }, baseVersion: carla.version,
    });
    const serena = await em.findOneOrFail(Development, { name: 'Loteamento Vila Serena' });
    em.create(Syndic, { company, development: serena, name: 'Jorge Síndico' });
    await em.flush();

    const admin = await staffPage(demo.browser, demo.base);
    await admin.getByRole('navigation').getByRole('link', { name: 'Por que o cliente não vê?' }).click();
    await admin.getByLabel('Nome, e-mail ou CPF/CNPJ').fill('Carla');
    await admin.locator('#customer option', { hasText: 'Carla Mendes' }).waitFor({ state: 'attached' });
    // The CPF as Brazilians write it (the demo stores 39053344705).
    await admin.getByLabel('Cliente', { exact: true }).selectOption({ label: 'Carla Mendes (390.533.447-05)' });
    await admin.getByLabel('O quê').selectOption({ label: 'Alteração cadastral' });
    await admin.getByRole('button', { name: 'Explicar' }).click();
    const explanation = admin.getByTestId('explanation');
    await explanation.waitFor();
    expect(await explanation.getByRole('heading').textContent()).toBe('Não aplicada ao cadastro do cliente');
    expect(await explanation.textContent()).toContain('A empresa usa aprovação manual: a alteração fica pendente até um administrador aprová-la.');
    expect(await explanation.textContent()).toMatch(/A alteração de \d{2}\/\d{2}\/\d{4} às \d{2}:\d{2} \(Cidade\) está pendente/);
    expect(await explanation.textContent()).not.toMatch(/MANUAL|PENDING|DATA_CHANGE/);
    await expectAccessible(admin, 'admin-explanation-data-change');
    await screenshot(admin, 'admin-explanation-data-change');
    await explanation.getByRole('link', { name: 'Corrigir: Aprovar, corrigir ou recusar a alteração' }).click();
    await admin.getByRole('heading', { name: 'Alterações cadastrais', level: 1 }).waitFor();
    const linked = admin.getByTestId('linked-data-change').getByTestId('data-change');
    await linked.waitFor();
    expect(await linked.textContent()).toContain('Carla Mendes');
    expect(await linked.getByLabel('Proposto: Cidade').inputValue()).toBe('Recife');
    expect(admin.url()).toContain(`pedido=${change.id}`);

    // The syndic as the subject: Roberto sees the two common areas of Residencial Jardins.
    await admin.getByRole('navigation').getByRole('link', { name: 'Por que o cliente não vê?' }).click();
    await admin.getByLabel('Um síndico').check();
    await admin.locator('#syndic option', { hasText: 'Roberto Síndico' }).waitFor({ state: 'attached' });
    await admin.getByLabel('Síndico', { exact: true }).selectOption({ label: 'Roberto Síndico · Residencial Jardins' });
    await admin.getByLabel('O quê').selectOption({ label: 'Áreas comuns' });
    await admin.getByRole('button', { name: 'Explicar' }).click();
    await expect.poll(async () => (await explanation.getByRole('heading').textContent()) ?? '').toBe('Visível para o síndico');
    expect(await explanation.textContent()).toContain('O síndico vê 2 áreas comuns de "Residencial Jardins": Piscina e Salão de festas.');
    // A customer's request is not the syndic's.
    await admin.getByLabel('O quê').selectOption({ label: 'Pedido' });
    await admin.locator('#request option', { hasText: 'Apto A-101' }).first().waitFor({ state: 'attached' });
    const customerRequest = await admin.locator('#request option', { hasText: 'Apto A-101' }).first().getAttribute('value');
    await admin.getByLabel('Pedido', { exact: true }).selectOption(customerRequest!);
    await admin.getByRole('button', { name: 'Explicar' }).click();
    await expect.poll(async () => (await explanation.getByRole('heading').textContent()) ?? '').toBe('Oculto para o síndico');
    expect(await explanation.locator('li.failed').allTextContents()).toEqual([
      expect.stringContaining('o síndico só vê os pedidos que ele abriu, nunca os dos clientes.'),
      expect.stringContaining('o síndico nunca vê pedidos de unidades.'),
    ]);
    await expectAccessible(admin, 'admin-explanation-syndic');
    await screenshot(admin, 'admin-explanation-syndic');

    // A syndic of a development without common areas: the link leads to that development's common areas.
    await admin.getByLabel('Síndico', { exact: true }).selectOption({ label: 'Jorge Síndico · Loteamento Vila Serena' });
    await admin.getByLabel('O quê').selectOption({ label: 'Áreas comuns' });
    await admin.getByRole('button', { name: 'Explicar' }).click();
    const fix = explanation.getByRole('link', { name: 'Corrigir: Ver as áreas comuns de "Loteamento Vila Serena"' });
    await fix.waitFor();
    expect(await explanation.locator('li.failed').textContent()).toContain('O empreendimento "Loteamento Vila Serena" não tem nenhuma área comum cadastrada');
    await fix.click();
    await admin.getByRole('heading', { name: 'Loteamento Vila Serena', level: 1 }).waitFor();
    await admin.getByRole('region', { name: 'Áreas comuns' }).getByText('Nenhuma área comum cadastrada.').waitFor();
    expect(new URL(admin.url()).hash).toBe('#setting-commonAreas');
    await admin.context().close();
  });

  it('customers: CPF, CNPJ (alphanumeric), phone and CEP formatted on the list, the customer page, the explainer\'s picker and registration changes; UF is a choice; requests are "Protocolo nº"; a self-deactivated login says so', async () => {
    const em = demo.server.em();
    // As an ERP might write them: bare digits.
    await em.nativeUpdate(Customer, { email: 'lara@cliente.demo' }, { phone: '11987654321', postalCode: '01310100', state: 'SP', city: 'São Paulo' });
    const lara = new GraphQLClient(demo.base, { app: 'client', headers: { host: `serena.localhost:${demo.server.port}` } });
    await lara.ok(`mutation { signIn(input: { login: "12.ABC.345/01DE-35", password: "demo-cliente-1" }) { account { id } } }`);
    await lara.ok(`mutation { requestDataChange(changes: [{ field: "phone", value: "21987654321" }, { field: "state", value: "rj" }, { field: "postalCode", value: "20040002" }]) { status } }`);

    const admin = await staffPage(demo.browser, demo.base);
    await admin.getByRole('navigation').getByRole('link', { name: 'Clientes', exact: true }).click();
    const row = (name: string) => admin.getByRole('row').filter({ hasText: name });
    await row('Lara Construções Ltda').waitFor();
    expect(await row('Lara Construções Ltda').textContent()).toContain('12.ABC.345/01DE-35');
    expect(await row('Ana Souza').textContent()).toContain('529.982.247-25');
    expect(await admin.locator('table').textContent()).not.toMatch(/12ABC34501DE35|52998224725/);
    await screenshot(admin, 'admin-customers-formatted');

    await admin.getByRole('link', { name: 'Lara Construções Ltda' }).click();
    await admin.getByRole('heading', { name: 'Lara Construções Ltda' }).waitFor();
    expect(await admin.locator('main p.muted').first().textContent()).toBe('12.ABC.345/01DE-35 · lara@cliente.demo · (11) 98765-4321 · São Paulo/SP');

    await admin.getByRole('navigation').getByRole('link', { name: 'Clientes', exact: true }).click();
    await admin.getByRole('link', { name: 'Paulo Inativo' }).click();
    await admin.getByTestId('login-status').getByText(/^Login inativo desde .+, desativado pelo próprio cliente$/).waitFor();

    await admin.getByRole('navigation').getByRole('link', { name: 'Clientes', exact: true }).click();
    await admin.getByRole('link', { name: 'Ana Souza' }).click();
    const requests = admin.getByRole('region', { name: 'Pedidos' });
    await requests.getByRole('link').first().waitFor();
    expect(await requests.getByRole('link').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Protocolo nº \d+ · /)]));

    await admin.getByRole('navigation').getByRole('link', { name: 'Pedidos', exact: true }).click();
    await admin.getByRole('columnheader', { name: 'Protocolo nº' }).waitFor();
    await admin.locator('table tbody a').first().click();
    await admin.getByRole('heading', { level: 1, name: /^Protocolo nº \d+ · / }).waitFor();

    await admin.getByRole('navigation').getByRole('link', { name: 'Por que o cliente não vê?' }).click();
    await admin.getByLabel('Nome, e-mail ou CPF/CNPJ').fill('12.ABC');
    await admin.locator('#customer option', { hasText: 'Lara' }).waitFor({ state: 'attached' });
    expect(await admin.locator('#customer option', { hasText: 'Lara' }).textContent()).toBe('Lara Construções Ltda (12.ABC.345/01DE-35)');

    await admin.getByRole('navigation').getByRole('link', { name: 'Alterações cadastrais' }).click();
    const change = admin.getByTestId('data-change').filter({ hasText: 'Lara Construções Ltda' });
    await change.waitFor();
    expect(await change.getByRole('row').filter({ hasText: 'Telefone' }).textContent()).toContain('(11) 98765-4321');
    expect(await change.getByLabel('Proposto: Telefone').inputValue()).toBe('(21) 98765-4321');
    expect(await change.getByRole('row').filter({ hasText: 'CEP' }).textContent()).toContain('01310-100');
    expect(await change.getByLabel('Proposto: CEP').inputValue()).toBe('20040-002');
    const uf = change.getByLabel('Proposto: UF');
    expect(await uf.evaluate((e) => e.tagName)).toBe('SELECT');
    expect(await uf.inputValue()).toBe('RJ');
    expect(await uf.locator('option').count()).toBe(28);
    await expectAccessible(admin, 'admin-data-change-formatted');
    await screenshot(admin, 'admin-data-change-formatted');
    await uf.selectOption('ES');
    await change.getByRole('button', { name: 'Corrigir e aprovar' }).click();
    await expect.poll(() => admin.getByTestId('data-change').filter({ hasText: 'Lara Construções Ltda' }).count()).toBe(0);
    expect((await em.fork().findOneOrFail(Customer, { email: 'lara@cliente.demo' })).state).toBe('ES');
    await admin.context().close();
  });

  it('R-EXPLAIN-3: the health check speaks correct Portuguese ("O bloco Torre B está inativo e tem 1 unidade vendida"), and the explainer names the portal once', async () => {
    const admin = await staffPage(demo.browser, demo.base);
    await admin.getByRole('navigation').getByRole('link', { name: 'Portais', exact: true }).click();
    await admin.getByRole('link', { name: 'Portal Horizonte' }).click();
    const issues = admin.getByTestId('health-issue');
    await issues.first().waitFor();
    const text = (await issues.allTextContents()).join('\n');
    expect(text).toContain('O bloco Torre B está inativo e tem 1 unidade vendida (Residencial Jardins): os clientes não a veem (R-UNIT-2).');
    expect(text).toContain('A etapa Etapa 2 está inativa e tem 1 unidade vendida (Residencial Jardins)');
    expect(text).not.toMatch(/\((a|s|es|ões)\)/);
    expect(await admin.getByRole('link', { name: 'Corrigir: Ativar o bloco Torre B' }).count()).toBe(1);

    await admin.getByRole('navigation').getByRole('link', { name: 'Clientes', exact: true }).click();
    await admin.getByRole('link', { name: 'Ana Souza' }).click();
    await admin.getByRole('listitem').filter({ hasText: 'Apto B-101' }).getByRole('link', { name: 'Por que não vê?' }).click();
    const explanation = admin.getByTestId('explanation');
    await explanation.waitFor();
    const said = (await explanation.textContent())!;
    expect(said).toContain('Portal Horizonte, pelo endereço');
    expect(said).toContain('O Portal Horizonte está ativo.');
    expect(said).not.toMatch(/Portal Portal|portal "Portal/);
    await admin.context().close();
  });

  it('in English: the explainer, the health check and the settings are English (labels, rules, details, fixes); what staff typed stays', async () => {
    const admin = await staffPage(demo.browser, demo.base);
    await admin.getByRole('button', { name: 'English' }).click();
    await admin.getByRole('navigation').getByRole('link', { name: 'Customers', exact: true }).click();
    await admin.getByRole('link', { name: 'Ana Souza' }).click();
    await admin.getByRole('listitem').filter({ hasText: 'Apto B-101' }).getByRole('link', { name: 'Why can\u2019t they see it?' }).click();
    const explanation = admin.getByTestId('explanation');
    await explanation.waitFor();
    expect(await explanation.getByRole('heading').textContent()).toBe('Hidden from the customer');
    const said = (await explanation.textContent())!;
    expect(said).toContain('Ana Souza and the unit "Apto B-101"');
    expect(said).toContain('The unit\'s block is active');
    expect(said).toContain('The block "Torre B" is inactive.');
    expect(said).toContain('Portal Horizonte, through the address');
    expect(said).not.toMatch(/ está | não | O bloco|Corrigir/);
    await explanation.getByRole('link', { name: 'Fix it: Activate the block "Torre B"' }).waitFor();
    await expectAccessible(admin, 'en-admin-explanation');
    await screenshot(admin, 'en-admin-explanation');

    await admin.getByRole('navigation').getByRole('link', { name: 'Portals', exact: true }).click();
    await admin.getByRole('link', { name: 'Portal Horizonte' }).click();
    await admin.getByRole('heading', { name: 'Settings' }).waitFor();
    const issues = admin.getByTestId('health-issue');
    await issues.first().waitFor();
    expect((await issues.allTextContents()).join('\n')).toContain('The block Torre B is inactive and has 1 sold unit (Residencial Jardins): customers do not see it (R-UNIT-2).');
    expect(await admin.getByLabel('Show contracts').isVisible()).toBe(true);
    expect(await admin.getByLabel('Show service requests menu').isVisible()).toBe(true);
    await expectAccessible(admin, 'en-admin-portal');
    await screenshot(admin, 'en-admin-portal');
    await admin.context().close();
  });

  it('R-WORK-4: view as client opens the portal as the customer with a banner, and a mutation there is refused', async () => {
    const admin = await staffPage(demo.browser, demo.base, { login: 'atendente@horizonte.demo', password: 'demo-agent-1' });
    await admin.getByRole('navigation').getByRole('link', { name: 'Clientes' }).click();
    await admin.getByLabel('Nome, e-mail ou CPF/CNPJ').fill('Marcos');
    await admin.getByRole('link', { name: 'Marcos Souza' }).click();
    const [view] = await Promise.all([admin.context().waitForEvent('page'), admin.getByRole('button', { name: 'Ver como cliente' }).click()]);
    await view.getByText('Você está vendo o portal como Marcos Souza, somente leitura (Carlos Atendente).').waitFor();
    await view.getByRole('heading', { name: 'Olá, Marcos' }).waitFor();
    // The menu's link, not the home's "Ver meus dados" shown while his address change is pending (R-DATA-5 approves it).
    await view.getByRole('link', { name: 'Meus dados', exact: true }).click();
    await view.getByRole('button', { name: 'Alterar meus dados' }).click();
    await view.getByLabel('Cidade').fill('Recife');
    await view.getByRole('button', { name: 'Enviar alteração' }).click();
    await view.getByText('somente leitura. Nada pode ser alterado nesta sessão.').waitFor();
    await admin.context().close();
  });

  it('R-OPS-2: the audit log shows who, which object by name and each change in words — no ids, no JSON — in pt-BR and English', async () => {
    const em = demo.server.em();
    const portal = await em.findOneOrFail(Portal, { name: 'Portal Horizonte' });
    const torreB = await em.findOneOrFail(Block, { name: 'Torre B' });
    const jardins = await em.findOneOrFail(Development, { name: 'Residencial Jardins' });
    const ana = await em.findOneOrFail(Customer, { email: 'ana@cliente.demo' });
    const admin = await staffPage(demo.browser, demo.base);
    // Changes of this test's own, each undone (the other tests of this file see the demo as it was).
    for (const [query, variables] of [
      ['mutation($id: ID!) { updatePortalSettings(portalId: $id, input: { showContracts: false, finishedAssistanceSla: 36, finishedAssistanceSlaUnit: HOURS }) { id } }', { id: portal.id }],
      ['mutation($id: ID!) { updatePortalSettings(portalId: $id, input: { showContracts: true, finishedAssistanceSla: 2, finishedAssistanceSlaUnit: DAYS }) { id } }', { id: portal.id }],
      ['mutation($id: ID!) { setBlockActive(id: $id, active: true) { id } }', { id: torreB.id }],
      ['mutation($id: ID!) { setBlockActive(id: $id, active: false) { id } }', { id: torreB.id }],
      ['mutation($input: PortalDomainInput!) { savePortalDomain(input: $input) { id } }', { input: { portalId: portal.id, hostname: 'auditoria.localhost', developmentIds: [jardins.id] } }],
      ['mutation($id: ID!) { startViewAsClient(customerId: $id) }', { id: ana.id }],
    ] as const) {
      expect((await gql(admin, query, variables)).errors).toBeUndefined();
    }
    const [domain] = await em.getConnection().execute<{ id: string }[]>(`select id from portal_domain where hostname = 'auditoria.localhost'`);
    expect((await gql(admin, 'mutation($id: ID!) { removePortalDomain(domainId: $id) }', { id: domain!.id })).errors).toBeUndefined();

    await admin.getByRole('navigation').getByRole('link', { name: 'Auditoria' }).click();
    const log = admin.getByRole('list', { name: 'Auditoria' });
    await log.getByText('Pediu para ver como cliente').first().waitFor();
    const entry = (action: string) => log.getByTestId('audit-entry').filter({ hasText: action }).first();
    expect(await entry('Mudou configurações do portal').textContent()).toMatch(/Portal: Portal Horizonte.*Exibir contratos\s*Não\s*Sim.*36 horas\s*2 dias/s);
    expect(await entry('Mudou um bloco').textContent()).toMatch(/Bloco: Residencial Jardins · Torre B.*Ativo\s*Sim\s*Não/s);
    expect(await entry('Salvou um domínio do portal').textContent()).toMatch(/Empreendimentos\s*—\s*Residencial Jardins.*Endereço \(domínio\)\s*—\s*auditoria\.localhost/s);
    expect(await entry('Pediu para ver como cliente').textContent()).toMatch(/Cliente: Ana Souza.*Portal\s*—\s*Portal Horizonte/s);
    expect(await entry('Removeu um domínio do portal').textContent()).toContain('Beatriz Administradora');
    const page = (await admin.locator('main').textContent()) ?? '';
    expect(page).not.toMatch(UUID);
    expect(page).not.toContain('{"');
    expect(page).not.toMatch(/portal\.settings|viewAs\.|showContracts|finishedAssistanceSla|developmentIds|\bBlock\b|\bTRUE\b|\btrue\b|\bfalse\b/);
    await expectAccessible(admin, 'admin-audit-words');
    await screenshot(admin, 'admin-audit-words');

    await admin.getByRole('button', { name: 'English' }).click();
    await admin.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    const english = admin.getByRole('list', { name: 'Audit log' });
    await english.getByText('Asked to view as the customer').first().waitFor();
    const settingsInEnglish = () => english.getByTestId('audit-entry').filter({ hasText: 'Changed portal settings' }).first().textContent();
    // Fields follow their labels' order, which differs between the languages. The settings' names come from the
    // server's catalogue, asked again in English after the switch: they follow a moment later.
    await expect.poll(settingsInEnglish).toMatch(/Show contracts\s*No\s*Yes/);
    expect(await settingsInEnglish()).toMatch(/36 hours\s*2 days/);
    expect(await english.getByTestId('audit-entry').filter({ hasText: 'Changed a block' }).first().textContent()).toMatch(/Block: Residencial Jardins · Torre B.*Active\s*Yes\s*No/s);
    const inEnglish = (await admin.locator('main').textContent()) ?? '';
    expect(inEnglish).not.toMatch(UUID);
    expect(inEnglish).not.toContain('{"');
    await expectAccessible(admin, 'admin-audit-words-en');
    await screenshot(admin, 'admin-audit-words-en');
    await admin.context().close();
  });

  it('buttons appear only to those who may use them: a MANAGER and an AGENT see no "Reativar login", an AGENT\'s explainer shows its fixes as text; the server refuses anyway', async () => {
    const paulo = await demo.server.em().findOneOrFail(Account, { email: 'inativo@cliente.demo' });
    for (const [who, login, password] of [['manager', 'gestor@horizonte.demo', 'demo-gestor-1'], ['agent', 'atendente@horizonte.demo', 'demo-agent-1']] as const) {
      const page = await staffPage(demo.browser, demo.base, { login, password });
      await openCustomer(page, 'Paulo', 'Paulo Inativo');
      const status = page.getByTestId('login-status');
      await status.getByText(/Login inativo desde/).waitFor();
      expect(await page.getByRole('button', { name: 'Reativar login' }).count()).toBe(0);
      expect(await status.getByTestId('reactivate-reason').textContent()).toBe('Reativar um acesso exige a permissão de reativar logins (LGPD): peça a um administrador.');
      expect(await page.getByRole('button', { name: 'Enviar convite' }).count()).toBe(who === 'manager' ? 1 : 0);
      await screenshot(page, `admin-customer-inactive-${who}`);
      const refused = await gql(page, 'mutation($id: ID!) { reactivateLogin(accountId: $id) { id } }', { id: paulo.id });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      await openCustomer(page, 'Ana', 'Ana Souza');
      await page.getByRole('listitem').filter({ hasText: 'Apto B-101' }).getByRole('link', { name: 'Por que não vê?' }).click();
      const failed = page.getByTestId('explanation').locator('li.failed');
      await failed.waitFor();
      if (who === 'manager') {
        await failed.getByRole('link', { name: 'Corrigir: Ativar o bloco "Torre B"' }).waitFor();
        // The health check names the setting a fix points to by its label, never its key.
        await page.getByRole('navigation').getByRole('link', { name: 'Portais', exact: true }).click();
        await page.getByRole('link', { name: 'Portal Horizonte' }).click();
        const issue = page.getByTestId('health-issue').filter({ hasText: 'não permite abrir assistências' });
        await issue.getByRole('link', { name: /Corrigir: Permitir abrir assistências/ }).waitFor();
        expect(await issue.textContent()).toContain('(Empreendimento › Permite abrir assistências pelo portal)');
        expect(await page.locator('main').textContent()).not.toMatch(/allowAssistanceRequests|allowServiceRequests|setting-/);
      } else {
        expect(await page.getByTestId('explanation').getByRole('link').count()).toBe(0);
        expect(await failed.getByTestId('fix-text').textContent()).toBe('A corrigir: Ativar o bloco "Torre B" (Blocos do empreendimento) — peça a um gestor ou administrador');
        await expectAccessible(page, 'admin-explanation-agent');
        await screenshot(page, 'admin-explanation-agent');
        await page.getByRole('button', { name: 'English' }).click();
        await failed.getByText(/ask a manager or an administrator/).waitFor();
        expect(await page.getByTestId('explanation').getByRole('link').count()).toBe(0);
        await screenshot(page, 'admin-explanation-agent-en');
      }
      await page.context().close();
    }
  });

  it('R-OPS-1: an AGENT does not reach ADMIN operations: no menu, a refusal on the page, and the server refuses too', async () => {
    const agent = await staffPage(demo.browser, demo.base, { login: 'atendente@horizonte.demo', password: 'demo-agent-1' });
    for (const link of ['Alterações cadastrais', 'Equipe', 'Portais', 'Configuração']) {
      expect(await agent.getByRole('navigation').getByRole('link', { name: link, exact: true }).count()).toBe(0);
    }
    await agent.goto(`${demo.base}/admin/alteracoes`);
    await agent.getByRole('heading', { name: 'Sem permissão' }).waitFor();
    const result = await agent.evaluate(async () => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-habite-app': 'admin' }, body: JSON.stringify({ query: '{ dataChangeRequests { nodes { id } } }' }) });
      return res.json();
    });
    expect(result.errors[0].extensions.code).toBe('FORBIDDEN');
    await agent.context().close();
  });
});

/** Content no layout expects: a 300-character URL and words longer than a phone is wide. */
const LONG_URL = `https://arquivos.horizonte.demo/vistorias/${'a1b2c3d4e5'.repeat(26)}`.slice(0, 300);
const LONG_WORD = 'Pneumoultramicroscopicossilicovulcanoconiótico'.repeat(6);

/** The admin app at phone size, signed in as a demo login. */
async function staffPhonePage(login = 'admin@horizonte.demo', password = 'demo-admin-1'): Promise<Page> {
  const page = await phonePage(demo.browser);
  await signInStaff(page, demo.base, login, password);
  return page;
}

/** The admin app at phone size in a session of a test world's staff (its cookie, copied from the API client). */
async function worldStaffPhonePage(staff: GraphQLClient): Promise<Page> {
  const page = await phonePage(demo.browser);
  await page.context().addCookies([...staff.cookies].map(([name, value]) => ({ name, value, url: demo.base })));
  return page;
}

/** Issue 9: no sideways scroll at phone size, nor on a laptop; a screenshot of both to look at. */
async function expectLayoutHolds(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page, `${name} at 390 px`);
  await page.setViewportSize(DESKTOP);
  await expectNoHorizontalOverflow(page, `${name} at 1280 px`);
  await page.setViewportSize(PHONE);
  await screenshot(page, name);
}

describe.skipIf(!hasChromium)('issue 9 in the admin app: errors on their field, one send at a time, a layout that holds', () => {
  it('at phone size, a domain "not a host" is refused on its input, scrolled into view; the button shows progress while it waits, and a double click sends one', async () => {
    const admin = await staffPhonePage();
    await admin.goto(`${demo.base}/admin/portais`);
    await admin.getByRole('link', { name: 'Portal Horizonte' }).click();
    await admin.getByRole('heading', { name: 'Configurações' }).waitFor();
    const saved = await slowOperation(admin, 'SavePortalDomain', 1500);
    const hostname = admin.getByLabel('Endereço (domínio)');
    await hostname.fill('not a host');
    await admin.evaluate(() => window.scrollTo(0, 0));
    await admin.getByRole('button', { name: 'Salvar domínio' }).dblclick();
    const busy = admin.locator('button[aria-busy="true"]');
    await busy.waitFor();
    expect(await busy.isDisabled()).toBe(true);
    expect(await busy.textContent()).toBe('Enviando…');
    expect(await expectErrorOnField(hostname)).toBe('Endereço inválido: informe só o domínio, como portal.suaempresa.com.br.');
    expect(saved.sent()).toBe(1);
    expect(await admin.evaluate(() => document.activeElement?.id)).toBe('hostname');
    expect(await admin.getByRole('button', { name: 'Salvar domínio' }).isEnabled()).toBe(true);
    await screenshot(admin, 'admin-domain-error-on-field');
    await admin.context().close();
  });

  it('at phone size, rejecting a data change without a reason marks the reason; a status change that meets a newer one shows the refusal at the top of its form, in view', async () => {
    const world = await World.create(demo.server);
    const holder = await world.customer({ name: 'Helena Prado' });
    const { unit } = await world.soldUnit(holder.customer);
    const customer = await holder.client();
    await customer.ok(`mutation { requestDataChange(changes: [{ field: "city", value: "Recife" }]) { id } }`);
    const request = await world.request({ openedBy: holder.account, unit });
    const { client: staff } = await world.staff();

    const admin = await worldStaffPhonePage(staff);
    await admin.goto(`${demo.base}/admin/alteracoes`);
    const change = admin.getByTestId('data-change').filter({ hasText: 'Helena Prado' });
    await change.waitFor();
    await change.getByRole('button', { name: 'Recusar' }).click();
    expect(await expectErrorOnField(change.getByLabel('Motivo'))).toBe('Explique ao cliente por que a alteração foi recusada.');
    await screenshot(admin, 'admin-data-change-reason-on-field');

    await admin.goto(`${demo.base}/admin/pedidos/${request.id}`);
    await admin.getByRole('heading', { name: 'Mudar situação' }).waitFor();
    // Someone else moves the request on meanwhile.
    await staff.ok(`mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`, { i: { requestId: request.id, statusId: world.statuses.doing.id } });
    await admin.getByLabel('Situação', { exact: true }).selectOption(world.statuses.done.id);
    await admin.getByRole('button', { name: 'Mudar situação' }).click();
    const alert = admin.getByRole('form', { name: 'Mudar situação' }).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('enquanto você o via');
    expect(await isInViewport(alert)).toBe(true);
    await admin.context().close();
  });

  it('at 390 px, the request detail (300-character URL, long words, a long staff comment) and the customer page with long names never scroll sideways', async () => {
    const world = await World.create(demo.server);
    const holder = await world.customer({ name: `Maria ${LONG_WORD}` });
    await world.update(holder.customer, { city: LONG_WORD, state: 'SP' });
    const { unit } = await world.soldUnit(holder.customer, { name: `Apto ${LONG_WORD}` });
    const customer = await holder.client();
    const { openRequest } = await customer.ok(`mutation($i: OpenRequestInput!) { openRequest(input: $i) { id } }`, {
      i: { kind: 'SERVICE', unitId: unit.id, subsubjectId: world.subsubjects.service.id, description: `Fotos do vazamento: ${LONG_URL}\n${LONG_WORD} ${LONG_WORD}` },
    });
    const { client: staff } = await world.staff();
    await staff.ok(`mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`, {
      i: { requestId: openRequest.id, statusId: world.statuses.doing.id, comment: `Veja ${LONG_URL} — ${LONG_WORD}` },
    });

    const admin = await worldStaffPhonePage(staff);
    await admin.goto(`${demo.base}/admin/pedidos/${openRequest.id}`);
    await admin.getByText('Veja https://').waitFor();
    await expectLayoutHolds(admin, 'admin-long-request-detail');
    expect(await fillFreeText(admin, LONG_URL)).toBeGreaterThan(0);
    await expectLayoutHolds(admin, 'admin-long-request-comment');

    await admin.getByRole('link', { name: `Maria ${LONG_WORD}` }).click();
    await admin.getByTestId('login-status').waitFor();
    await expectLayoutHolds(admin, 'admin-long-customer');

    await admin.goto(`${demo.base}/admin/`);
    await admin.locator('table tbody tr').first().waitFor();
    await expectLayoutHolds(admin, 'admin-long-requests-desk');
    await admin.context().close();
  });
});
