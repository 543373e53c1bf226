import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP, PHONE, demoInBrowser, expectAccessible, expectErrorOnField, expectNoHorizontalOverflow, fillFreeText, hasChromium, isInViewport, phonePage, screenshot, signInCustomer, slowOperation,
} from '../../server/src/test/browser.js';
import { GraphQLClient } from '../../server/src/test/graphql-client.js';
import { linkIn } from '../../server/src/test/smtp.js';
import { World } from '../../server/src/test/world.js';
import { Customer } from '../../server/src/modules/customers/customer.entity.js';
import { DataChangeRequest, DataChangeStatus } from '../../server/src/modules/data-changes/data-change-request.entity.js';

// This file's own copy of the demo: what the other browser files change is not seen here.
const demo = demoInBrowser();
const base = (host = 'localhost') => `http://${host}:${demo.server.port}`;

const signIn = (page: Page, login: string, password = 'demo-cliente-1', host = 'localhost') => signInCustomer(page, base(host), login, password);

describe.skipIf(!hasChromium)('client portal in Chromium, on the demo', () => {
  it('R-PORTAL-4: the sign-in screen shows the portal\'s name and login texts, and passes the accessibility check', async () => {
    const page = await phonePage(demo.browser);
    await page.goto(`${base()}/`);
    await expect.poll(() => page.getByText('Minha Horizonte').first().isVisible()).toBe(true);
    expect(await page.getByTestId('login-text-1').textContent()).toBe('Bem-vindo ao portal do cliente Horizonte.');
    await expect.poll(() => page.getByRole('button', { name: 'Sou síndico' }).isVisible()).toBe(true);
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');
    await page.context().close();
  });

  it('signs in with a password; the demo customer sees exactly her visible units (R-UNIT-1, R-UNIT-2) with the delivery forecast', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    const units = page.locator('.cards h3');
    await expect.poll(() => units.allTextContents()).toEqual(['Apto A-101', 'Lote 7']);
    expect(await page.getByText('Previsão de entrega: 31/03/2027').isVisible()).toBe(true);
    await expectAccessible(page, 'home');
    await screenshot(page, 'home');

    await page.getByRole('link', { name: 'Ver unidade: Apto A-101' }).click();
    await page.getByRole('heading', { name: 'Apto A-101' }).waitFor();
    // R-CONTRACT: only the signed, validated contract of a visible type.
    await expect.poll(() => page.locator('#contracts ~ ul strong').allTextContents()).toEqual(['Contrato de compra e venda — A-101']);
    await expectAccessible(page, 'unit');
    await screenshot(page, 'unit');
    await page.context().close();
  });

  it('signs in with a magic link read from the SMTP server', async () => {
    const page = await phonePage(demo.browser);
    await page.goto(`${base()}/`);
    await page.getByLabel('E-mail ou CPF/CNPJ').fill('marcos@cliente.demo');
    await page.getByRole('button', { name: 'Enviar um link de acesso para meu e-mail' }).click();
    await page.getByText('Se este e-mail tiver acesso').waitFor();
    const mail = await demo.server.smtp.waitFor('marcos@cliente.demo', /link de acesso/);
    await page.goto(linkIn(mail, /^\/entrar\/link$/).toString());
    await page.getByRole('heading', { name: 'Olá, Marcos' }).waitFor();
    await expect.poll(() => page.locator('.cards h3').allTextContents()).toEqual(['Apto A-101']);
    await page.context().close();
  });

  it('R-UNIT-1: an associate whose type does not see units sees none, and is told why', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'carla@cliente.demo');
    await page.getByText('Você ainda não tem unidades para acompanhar neste portal.').waitFor();
    expect(await page.getByText('fale com a incorporadora: ela consegue ver o motivo').isVisible()).toBe(true);
    await page.context().close();
  });

  it('R-PORTAL-3: through the wrong address the customer is told the right one, in her words, without a bare localhost or 127.0.0.1', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'lara@cliente.demo', 'demo-cliente-1', 'jardins.localhost');
    const right = base('serena.localhost');
    const alert = page.getByRole('alert');
    await alert.getByText('Sua unidade está no portal de').waitFor();
    // Vila Serena answers on localhost, 127.0.0.1 and serena.localhost: she is given the development's own address, once.
    expect(await alert.textContent()).toBe(`Sua unidade está no portal de Loteamento Vila Serena: entre por ${right}.`);
    expect(await page.getByRole('link', { name: 'Ir para o endereço certo' }).getAttribute('href')).toBe(right);
    await expectAccessible(page, 'sign-in-wrong-address');
    await screenshot(page, 'sign-in-wrong-address');
    await page.context().close();
  });

  it('R-REQ-3: opens an assistance naming a location of the unit', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('link', { name: 'Assistência técnica' }).click();
    await page.getByRole('heading', { name: 'Assistência técnica' }).waitFor();
    await expectAccessible(page, 'requests');
    await screenshot(page, 'requests');
    await page.getByRole('link', { name: 'Abrir pedido' }).click();
    await page.getByRole('heading', { name: 'Novo pedido' }).waitFor();
    // One kind of request each: singular labels.
    expect(await page.getByRole('group', { name: 'Tipo de pedido' }).locator('label').allTextContents()).toEqual(['Atendimento', 'Assistência técnica']);
    expect(await page.getByRole('radio', { name: 'Assistência técnica' }).isChecked()).toBe(true);
    await page.getByLabel('Unidade').selectOption({ label: 'Apto A-101 · Residencial Jardins' });
    await page.getByLabel('Assunto').selectOption({ label: 'Hidráulica' });
    // R-REQ-2: the portal's display name, not the internal one.
    await page.getByLabel('Detalhe').selectOption({ label: 'Vazamento' });
    await page.getByLabel('Local da unidade').selectOption({ label: 'Cozinha' });
    await page.getByLabel('Descreva o que você precisa').fill('Pingando embaixo da pia.');
    await expectAccessible(page, 'new-request');
    await screenshot(page, 'new-request');
    await page.getByRole('button', { name: 'Enviar pedido' }).click();
    await page.getByTestId('request-status').waitFor();
    expect(await page.locator('.description').textContent()).toBe('Pingando embaixo da pia.');
    const summary = await page.locator('main').textContent();
    expect(summary).toMatch(/Protocolo nº \d+ · Apto A-101 · Cozinha/);
    expect(summary).not.toContain('Pedido nº');
    expect(await page.getByTestId('request-status').textContent()).toBe('Aberta');
    await page.context().close();
  });

  it('R-REQ-9: a status change made by staff through the API appears on the open request page without reload, within 2 seconds', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    const staff = new GraphQLClient(base(), { app: 'admin' });
    await staff.ok(`mutation { signIn(input: { login: "admin@horizonte.demo", password: "demo-admin-1", kind: STAFF }) { account { id } } }`);
    const { requests } = await staff.ok(`{ requests(filter: { kind: SERVICE, open: true }, first: 50) { nodes { id number unit { name } status { name } } } }`);
    const target = requests.nodes.find((r: { status: { name: string }; unit: { name: string } | null }) => r.status.name === 'Aberto' && r.unit?.name === 'Apto A-101');
    await page.goto(`${base()}/pedidos/${target.id}`);
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Aberto');
    await expectAccessible(page, 'request-detail');
    await screenshot(page, 'request-detail');
    await page.waitForTimeout(300);
    const { workflows } = await staff.ok(`{ workflows { kind statuses { id name } } }`);
    const analysis = workflows.find((w: { kind: string }) => w.kind === 'SERVICE').statuses.find((s: { name: string }) => s.name === 'Em análise');
    const started = Date.now();
    await staff.ok(`mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`, { i: { requestId: target.id, statusId: analysis.id, comment: 'Recebemos seu pedido.' } });
    await page.getByTestId('request-status').filter({ hasText: 'Em análise' }).waitFor({ timeout: 2000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await page.getByText('Recebemos seu pedido.').isVisible()).toBe(true);
    await page.context().close();
  });

  it('R-DATA-1, R-DATA-2: at phone size, a second change starts from the pending one, says before sending that it replaces it, and keeps its values', async () => {
    // The demo's Marcos has an address change waiting (MANUAL approval).
    const marcos = await demo.server.em().findOneOrFail(Customer, { email: 'marcos@cliente.demo' });
    const waiting = await demo.server.em().findOneOrFail(DataChangeRequest, { customer: marcos.id, status: DataChangeStatus.PENDING });
    const sentOn = new Intl.DateTimeFormat('pt-BR', { timeZone: 'America/Sao_Paulo', day: '2-digit', month: '2-digit', year: 'numeric' }).format(waiting.createdAt);
    const page = await phonePage(demo.browser);
    await signIn(page, 'marcos@cliente.demo');
    // The menu's link, not the home's "Ver meus dados" beside his pending address change (demo).
    await page.getByRole('link', { name: 'Meus dados', exact: true }).click();
    await page.getByRole('heading', { name: 'Meus dados' }).waitFor();
    await expectAccessible(page, 'profile');
    await screenshot(page, 'profile');

    await page.getByRole('button', { name: 'Alterar meus dados' }).click();
    // The form holds the pending values, not the record's.
    expect(await page.getByLabel('Logradouro').inputValue()).toBe('Avenida Paulista');
    expect(await page.getByLabel('Número').inputValue()).toBe('1500');
    expect(await page.getByLabel('Cidade').inputValue()).toBe('São Paulo');
    const notice = page.locator('#profile-form-notice');
    expect(await notice.textContent()).toBe(
      `Você já tem uma alteração aguardando aprovação (enviada em ${sentOn}), e o formulário já traz os valores dela. Ao enviar, ela será substituída por esta.`,
    );
    const send = page.getByRole('button', { name: 'Enviar alteração' });
    expect(await send.getAttribute('aria-describedby')).toBe('profile-form-notice');
    await expectAccessible(page, 'profile-edit-replaces-pending');
    await screenshot(page, 'profile-edit-replaces-pending');

    await page.getByLabel('Cidade').fill('Campinas');
    await send.click();
    await page.getByText('Alteração enviada. Ela substituiu a anterior e aguarda a aprovação da incorporadora.').waitFor();
    const changes = page.getByTestId('data-change');
    await expect.poll(() => changes.first().textContent()).toContain('Campinas');
    // The new request carries the pending address too: nothing was silently dropped.
    const latest = (await changes.first().textContent())!;
    expect(latest).toContain('Em análise');
    expect(latest).toContain('Avenida Paulista');
    expect(latest).toContain('1500');
    expect(await changes.nth(1).textContent()).toContain('Substituída por um pedido mais novo');
    // Until approved, the record shows the old values.
    expect(await page.locator('dl', { hasText: 'Cidade' }).textContent()).toContain('São Paulo');
    expect(await page.locator('dl', { hasText: 'Logradouro' }).textContent()).toContain('Rua das Palmeiras');
    await expectAccessible(page, 'profile-after-replacing');
    await screenshot(page, 'profile-after-replacing');

    // Editing again starts from the new pending change.
    await page.getByRole('button', { name: 'Alterar meus dados' }).click();
    expect(await page.getByLabel('Cidade').inputValue()).toBe('Campinas');
    expect(await page.getByLabel('Logradouro').inputValue()).toBe('Avenida Paulista');
    expect(await notice.textContent()).toContain('Ao enviar, ela será substituída por esta.');
    await page.context().close();
  });

  it('R-DATA-1: with nothing pending, the form starts from the record and says nothing about replacing', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'carla@cliente.demo');
    await page.getByRole('link', { name: 'Meus dados' }).click();
    await page.getByRole('heading', { name: 'Meus dados' }).waitFor();
    await page.getByRole('button', { name: 'Alterar meus dados' }).click();
    await page.getByLabel('Cidade').waitFor();
    expect(await page.locator('#profile-form-notice').count()).toBe(0);
    await page.getByLabel('Bairro').fill('Vila Mariana');
    await page.getByRole('button', { name: 'Enviar alteração' }).click();
    await page.getByText('Alteração enviada. Ela aguarda a aprovação da incorporadora.').waitFor();
    await page.context().close();
  });

  it('R-SET-1: a disabled menu is absent, and its address explains itself', async () => {
    const page = await phonePage(demo.browser);
    // Lara's only development (Vila Serena) does not allow assistance requests through the portal.
    await signIn(page, 'lara@cliente.demo', 'demo-cliente-1', 'serena.localhost');
    await page.getByRole('heading', { name: /Olá/ }).waitFor();
    // The menus arrive with their own query, maybe after the greeting: wait for the one that shows.
    await page.getByRole('link', { name: 'Atendimentos' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Assistência técnica' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Atendimentos' }).count()).toBe(1);
    await page.goto(`${base('serena.localhost')}/assistencia`);
    await page.getByText('Este recurso não está disponível neste portal.').waitFor();
    expect(await page.getByText('A assistência técnica pelo portal não está disponível para as suas unidades').isVisible()).toBe(true);
    await page.context().close();
  });

  it('R-AUTH-2: deactivating my login signs me out, and signing in again is refused', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'bruno@cliente.demo');
    await page.getByRole('heading', { name: 'Olá, Bruno' }).waitFor();
    await page.getByRole('link', { name: 'Dados de acesso' }).click();
    await page.getByRole('heading', { name: 'Dados de acesso' }).waitFor();
    await expectAccessible(page, 'access');
    await screenshot(page, 'access');
    await page.getByRole('button', { name: 'Desativar meu acesso' }).click();
    await page.getByRole('button', { name: 'Sim, desativar meu acesso' }).click();
    await page.getByRole('heading', { name: 'Entrar' }).waitFor();
    await signIn(page, 'bruno@cliente.demo');
    await page.getByText('Seu acesso está inativo').waitFor();
    await page.context().close();
  });

  it('R-REQ-8, R-REQ-10: the syndic sees the files and the common-area requests, and passes the accessibility check', async () => {
    const page = await phonePage(demo.browser);
    await page.goto(`${base()}/`);
    await page.getByRole('button', { name: 'Sou síndico' }).click();
    await page.getByLabel('E-mail').fill('sindico@horizonte.demo');
    await page.getByLabel('Senha', { exact: true }).fill('demo-sindico-1');
    await page.getByRole('button', { name: 'Entrar', exact: true }).click();
    await page.getByRole('heading', { name: 'Área do síndico' }).waitFor();
    expect(await page.getByRole('link', { name: 'Regimento interno do condomínio' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Ata da eleição do síndico' }).isVisible()).toBe(true);
    expect(await page.locator('.request-card').count()).toBe(1);
    await expectAccessible(page, 'syndic');
    await screenshot(page, 'syndic');
    await page.context().close();
  });

  it('R-AUTH-5, R-AUTH-4: first access by invitation, then the data confirmation before anything else', async () => {
    const world = await World.create(demo.server, { requireDataConfirmation: true });
    const host = `confirma-${world.portal.slug}.localhost`;
    await world.bindDomain(host, []);
    const sofia = await world.customer({ name: 'Sofia Lima' });
    await world.soldUnit(sofia.customer);
    const { client: staff } = await world.staff();
    await staff.ok(`mutation($id: ID!) { sendInvitation(accountId: $id) { id } }`, { id: sofia.account.id });
    const mail = await demo.server.smtp.waitFor(sofia.account.email, /Seu acesso/);
    const link = linkIn(mail, /^\/primeiro-acesso$/);
    const page = await phonePage(demo.browser);
    await page.goto(`${base(host)}/primeiro-acesso${link.search}`);
    await page.getByRole('heading', { name: 'Primeiro acesso' }).waitFor();
    await expectAccessible(page, 'first-access');
    await screenshot(page, 'first-access');
    await page.getByLabel('Crie sua senha').fill('minha-senha-1');
    await page.getByRole('button', { name: 'Criar senha e entrar' }).click();
    await page.getByRole('heading', { name: 'Confirme seus dados' }).waitFor();
    // UF is a choice of the 27 here too.
    expect(await page.getByLabel('UF').evaluate((e) => e.tagName)).toBe('SELECT');
    await expectAccessible(page, 'data-confirmation');
    await screenshot(page, 'data-confirmation');
    await page.getByLabel('Cidade').fill('Curitiba');
    await page.getByRole('button', { name: 'Meus dados estão corretos' }).click();
    await page.getByRole('heading', { name: 'Olá, Sofia' }).waitFor();
    await page.getByText('Sua alteração de cadastro está em análise.').waitFor();
    await page.context().close();
  });

  it('Meus dados: the CNPJ, phone and CEP formatted however they were stored; UF a choice of the 27; typed without punctuation, the change is shown formatted', async () => {
    // As an ERP might write them: bare digits.
    await demo.server.em().nativeUpdate(Customer, { email: 'lara@cliente.demo' }, { phone: '11987654321', postalCode: '01310100', state: 'SP', city: 'São Paulo' });
    const page = await phonePage(demo.browser);
    await signIn(page, 'lara@cliente.demo', 'demo-cliente-1', 'serena.localhost');
    await page.getByRole('link', { name: 'Meus dados', exact: true }).click();
    await page.getByRole('heading', { name: 'Meus dados' }).waitFor();
    const shown = async (label: string) => (await page.locator('dl', { has: page.getByText(label, { exact: true }) }).locator('dd').textContent())?.trim();
    expect(await shown('CPF/CNPJ')).toBe('12.ABC.345/01DE-35');
    expect(await shown('Telefone')).toBe('(11) 98765-4321');
    expect(await shown('CEP')).toBe('01310-100');
    await screenshot(page, 'profile-formatted');

    await page.getByRole('button', { name: 'Alterar meus dados' }).click();
    const uf = page.getByLabel('UF');
    expect(await uf.evaluate((e) => e.tagName)).toBe('SELECT');
    const ufs = await uf.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(ufs).toHaveLength(27);
    expect(ufs).toEqual(expect.arrayContaining(['AC', 'DF', 'SP', 'RJ', 'TO']));
    expect(await uf.inputValue()).toBe('SP');
    await page.getByLabel('Telefone').fill('21987654321');
    await page.getByLabel('CEP').fill('20040002');
    await uf.selectOption('RJ');
    await page.getByLabel('Cidade').fill('Rio de Janeiro');
    await expectAccessible(page, 'profile-edit-uf');
    await screenshot(page, 'profile-edit-uf');
    await page.getByRole('button', { name: 'Enviar alteração' }).click();
    await page.getByText('Alteração enviada. Ela aguarda a aprovação da incorporadora.').waitFor();
    const change = (await page.getByTestId('data-change').first().textContent())!;
    expect(change).toContain('Telefone: (11) 98765-4321 → (21) 98765-4321');
    expect(change).toContain('CEP: 01310-100 → 20040-002');
    expect(change).toContain('UF: SP → RJ');
    await page.context().close();
  });

  it('in English: menus, field labels, statuses and what the demo.server writes (the wrong address, why a menu is off) are English; names the company typed stay', async () => {
    const english = async (host: string, login: string) => {
      const page = await phonePage(demo.browser);
      await page.goto(`${base(host)}/`);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.getByLabel('E-mail or CPF/CNPJ').fill(login);
      await page.getByLabel('Password', { exact: true }).fill('demo-cliente-1');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      return page;
    };
    const wrong = await english('jardins.localhost', 'lara@cliente.demo');
    expect(await wrong.getByRole('alert').filter({ hasText: 'Your unit' }).textContent()).toBe(`Your unit is on the portal of Loteamento Vila Serena: sign in at ${base('serena.localhost')}.`);
    expect(await wrong.getByRole('link', { name: 'Go to the right address' }).isVisible()).toBe(true);
    await screenshot(wrong, 'en-sign-in-wrong-address');
    await wrong.context().close();

    const lara = await english('serena.localhost', 'lara@cliente.demo');
    await lara.getByRole('heading', { name: /Hello/ }).waitFor();
    await lara.goto(`${base('serena.localhost')}/assistencia`);
    await lara.getByText('This feature is not available on this portal.').waitFor();
    expect(await lara.getByText('Technical assistance through the portal is not available for your units.', { exact: false }).isVisible()).toBe(true);
    await screenshot(lara, 'en-menu-off');
    await lara.context().close();

    // Marcos has a registration change waiting (the demo's, or the one that replaced it).
    const marcos = await english('localhost', 'marcos@cliente.demo');
    await marcos.getByRole('heading', { name: /Hello/ }).waitFor();
    await marcos.getByRole('navigation').getByRole('link', { name: 'My details', exact: true }).click();
    await marcos.getByRole('heading', { name: 'My details' }).waitFor();
    const main = (await marcos.locator('main').textContent())!;
    for (const label of ['Phone', 'Postal code', 'State', 'City', 'My registration changes']) expect(main).toContain(label);
    expect(main).toContain('111.444.777-35');
    const change = (await marcos.getByTestId('data-change').first().textContent())!;
    expect(change).toContain('Under review');
    expect(change).toMatch(/Postal code: 01431-000 → 01310-200/);
    expect(main).not.toMatch(/Telefone|Meus dados|Em análise|Logradouro/);
    await expectAccessible(marcos, 'en-profile');
    await screenshot(marcos, 'en-profile');
    await marcos.context().close();
  });

  it('switches to English', async () => {
    const page = await phonePage(demo.browser);
    await page.goto(`${base()}/`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.context().close();
  });
});

/** Content no layout expects: a 300-character URL and words longer than a phone is wide. */
const LONG_URL = `https://arquivos.horizonte.demo/vistorias/${'a1b2c3d4e5'.repeat(26)}`.slice(0, 300);
const LONG_WORD = 'Pneumoultramicroscopicossilicovulcanoconiótico'.repeat(6);

/** Issue 9: no sideways scroll at phone size, nor on a laptop; a screenshot of both to look at. */
async function expectLayoutHolds(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page, `${name} at 390 px`);
  await page.setViewportSize(DESKTOP);
  await expectNoHorizontalOverflow(page, `${name} at 1280 px`);
  await page.setViewportSize(PHONE);
  await screenshot(page, name);
}

/** Types into an input, or picks the option of a select (a field may be either). */
async function setValue(control: Locator, value: string) {
  if ((await control.evaluate((element) => element.tagName)) === 'SELECT') await control.selectOption(value);
  else await control.fill(value);
}

async function openNewAssistance(page: Page) {
  await page.goto(`${base()}/pedidos/novo?tipo=ASSISTANCE`);
  await page.getByRole('heading', { name: 'Novo pedido' }).waitFor();
  await page.getByLabel('Unidade').selectOption({ label: 'Apto A-101 · Residencial Jardins' });
  await page.getByLabel('Assunto').selectOption({ label: 'Hidráulica' });
  await page.getByLabel('Detalhe').selectOption({ label: 'Vazamento' });
}

describe.skipIf(!hasChromium)('issue 9 in the client portal: errors on their field, one send at a time, a layout that holds', () => {
  it('expectAccessible fails on serious violations (an unlabelled field, grey on white), and passes the page mended', async () => {
    const page = await phonePage(demo.browser);
    await page.setContent(`<html lang="pt-BR"><head><title>t</title></head><body><main><h1>Teste</h1><input id="cpf"><p style="color: #ccc">Texto claro</p></main></body></html>`);
    const found = await expectAccessible(page, 'a bad page').then(() => '', (err: Error) => err.message);
    expect(found).toMatch(/^accessibility of a bad page: /);
    expect(found).toMatch(/\blabel \(critical\)[^;]*#cpf/);
    expect(found).toMatch(/\bcolor-contrast \(serious\)/);
    await page.setContent(`<html lang="pt-BR"><head><title>t</title></head><body><main><h1>Teste</h1><label for="cpf">CPF</label><input id="cpf"><p>Texto</p></main></body></html>`);
    await expectAccessible(page, 'the same page mended');
    await page.context().close();
  });

  it('expectNoHorizontalOverflow names what sticks out, and accepts what scrolls inside its own container', async () => {
    const page = await phonePage(demo.browser);
    const viewport = '<meta name="viewport" content="width=device-width, initial-scale=1">';
    await page.setContent(`${viewport}<main><p id="wide" style="width: 600px">Largo</p><div style="overflow-x: auto"><table><tr><td style="min-width: 900px">Tabela</td></tr></table></div></main>`);
    await expect(expectNoHorizontalOverflow(page, 'a wide paragraph')).rejects.toThrow(/<p#wide> 600px wide/);
    await page.setContent(`${viewport}<main><p>${LONG_URL}</p><div style="overflow-x: auto"><table><tr><td style="min-width: 900px">Tabela</td></tr></table></div></main>`);
    await expect(expectNoHorizontalOverflow(page, 'an unbroken URL')).rejects.toThrow(/<p> 374px wide, its content reaches/);
    await page.setContent(`${viewport}<main><p style="overflow-wrap: anywhere">${LONG_URL}</p><div style="overflow-x: auto"><table><tr><td style="min-width: 900px">Tabela</td></tr></table></div></main>`);
    await expectNoHorizontalOverflow(page, 'a wrapped URL and a table in its scroller');
    await page.context().close();
  });

  it('at phone size, a refused phone ("123") is marked on its input, described by the visible message, and scrolled into view and focused', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    await page.getByRole('link', { name: 'Meus dados', exact: true }).click();
    await page.getByRole('button', { name: 'Alterar meus dados' }).click();
    const phone = page.getByLabel('Telefone');
    await phone.fill('123');
    const send = page.getByRole('button', { name: 'Enviar alteração' });
    await send.scrollIntoViewIfNeeded();
    expect(await isInViewport(phone), 'the phone is out of sight when the button is pressed').toBe(false);
    await send.click();
    expect(await expectErrorOnField(phone)).toBe('Informe um telefone válido com DDD (por exemplo, (11) 98765-4321).');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await phone.getAttribute('id'));
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);
    expect(await page.getByRole('alert').count(), 'no message at the top: it sits on its field').toBe(0);
    await expectAccessible(page, 'profile-error-on-field');
    await screenshot(page, 'profile-error-on-field');
    await page.context().close();
  });

  it('at phone size, a refusal that names no field ("nothing changed") shows at the top of the form, scrolled into view', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    await page.getByRole('link', { name: 'Meus dados', exact: true }).click();
    await page.getByRole('button', { name: 'Alterar meus dados' }).click();
    // Ana's pending phone change fills the form: putting back the record's phone leaves nothing to change.
    const record = await demo.server.em().findOneOrFail(Customer, { email: 'ana@cliente.demo' });
    await page.getByLabel('Telefone').fill(record.phone ?? '');
    await page.getByRole('button', { name: 'Enviar alteração' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Nada foi alterado.');
    expect(await isInViewport(alert)).toBe(true);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    await page.context().close();
  });

  it('at phone size, a new request: required choices left empty are marked before anything is sent; a description of spaces is refused by the API on the description', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    const opened = await slowOperation(page, 'OpenRequest', 0);
    await page.goto(`${base()}/pedidos/novo?tipo=ASSISTANCE`);
    await page.getByRole('heading', { name: 'Novo pedido' }).waitFor();
    await page.getByRole('button', { name: 'Enviar pedido' }).click();
    // The first one is focused and in view; each says what to do, naming the field by its label.
    expect(await expectErrorOnField(page.getByLabel('Unidade'))).toBe('Escolha uma opção em “Unidade”.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('unit');
    expect(await page.getByLabel('Assunto').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Descreva o que você precisa').getAttribute('aria-invalid')).toBe('true');
    expect(opened.sent()).toBe(0);

    await page.getByLabel('Unidade').selectOption({ label: 'Apto A-101 · Residencial Jardins' });
    await page.getByLabel('Assunto').selectOption({ label: 'Hidráulica' });
    await page.getByLabel('Detalhe').selectOption({ label: 'Vazamento' });
    const description = page.getByLabel('Descreva o que você precisa');
    await description.fill('     ');
    await page.getByRole('button', { name: 'Enviar pedido' }).click();
    expect(await expectErrorOnField(description)).toBe('Descreva o que você precisa.');
    expect(opened.sent()).toBe(1);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);
    await screenshot(page, 'new-request-error-on-field');
    await page.context().close();
  });

  it('a submit that takes a moment shows progress, is disabled while it runs, and a double click sends one request', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page, 'ana@cliente.demo');
    await page.getByRole('heading', { name: 'Olá, Ana' }).waitFor();
    const opened = await slowOperation(page, 'OpenRequest', 1500);
    await openNewAssistance(page);
    await page.getByLabel('Descreva o que você precisa').fill('A torneira da cozinha pinga.');
    await page.getByRole('button', { name: 'Enviar pedido' }).dblclick();
    const submit = page.locator('form button[type="submit"]');
    await expect.poll(() => submit.getAttribute('aria-busy')).toBe('true');
    expect(await submit.isDisabled()).toBe(true);
    expect(await submit.textContent()).toBe('Enviando…');
    await page.getByTestId('request-status').waitFor();
    expect(await page.locator('.description').textContent()).toBe('A torneira da cozinha pinga.');
    expect(opened.sent()).toBe(1);
    await page.context().close();
  });

  it('at 390 px, a request with a 300-character URL and long words (and a staff comment), the home, the lists, the new-request form and the profile filled with long text never scroll sideways', async () => {
    const world = await World.create(demo.server);
    const host = `longo-${world.portal.slug}.localhost`;
    await world.bindDomain(host, []);
    const holder = await world.customer({ name: `Maria ${LONG_WORD}` });
    await world.update(holder.customer, { street: LONG_WORD, complement: LONG_URL.slice(0, 200), district: LONG_WORD, city: LONG_WORD });
    const { unit } = await world.soldUnit(holder.customer, { name: `Apto ${LONG_WORD}` });
    const customer = await holder.client();
    const { openRequest } = await customer.ok(`mutation($i: OpenRequestInput!) { openRequest(input: $i) { id } }`, {
      i: { kind: 'SERVICE', unitId: unit.id, subsubjectId: world.subsubjects.service.id, description: `Fotos do vazamento: ${LONG_URL}\n${LONG_WORD} ${LONG_WORD}` },
    });
    const { client: staff } = await world.staff();
    await staff.ok(`mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`, {
      i: { requestId: openRequest.id, statusId: world.statuses.doing.id, comment: `Veja ${LONG_URL} — ${LONG_WORD}` },
    });

    const page = await phonePage(demo.browser);
    await signIn(page, holder.account.email, holder.password, host);
    await page.getByRole('heading', { name: /Olá, Maria/ }).waitFor();
    await expectLayoutHolds(page, 'long-home');

    await page.goto(`${base(host)}/pedidos/${openRequest.id}`);
    await page.getByText('Veja https://').waitFor();
    await expectLayoutHolds(page, 'long-request-detail');

    await page.goto(`${base(host)}/atendimentos`);
    await page.locator('.request-card').first().waitFor();
    await expectLayoutHolds(page, 'long-requests');

    await page.goto(`${base(host)}/pedidos/novo`);
    await page.getByRole('heading', { name: 'Novo pedido' }).waitFor();
    expect(await fillFreeText(page, LONG_URL)).toBeGreaterThan(0);
    await expectLayoutHolds(page, 'long-new-request');

    await page.goto(`${base(host)}/meus-dados`);
    await page.getByRole('heading', { name: 'Meus dados' }).waitFor();
    await expectLayoutHolds(page, 'long-profile');
    await page.getByRole('button', { name: 'Alterar meus dados' }).click();
    expect(await fillFreeText(page, LONG_WORD.slice(0, 280))).toBeGreaterThan(5);
    await expectLayoutHolds(page, 'long-profile-edit');
    // The fields with a format get valid values, so the change is accepted and listed.
    await setValue(page.getByLabel('Telefone'), '(11) 98765-4321');
    await setValue(page.getByLabel('CEP'), '01310-100');
    await setValue(page.getByLabel('UF'), 'SP');
    await page.getByRole('button', { name: 'Enviar alteração' }).click();
    await page.getByTestId('data-change').first().waitFor();
    await expectLayoutHolds(page, 'long-profile-change');
    await page.context().close();
  });
});
