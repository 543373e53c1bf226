import { beforeAll, describe, expect, it } from 'vitest';
import { demoInBrowser, expectAccessible, expectErrorOnField, hasChromium, screenshot, staffPage } from '../../server/src/test/browser.js';
import type { GraphQLClient } from '../../server/src/test/graphql-client.js';
import { rawCodesOn, signedInClient } from '../../server/src/test/screen-walk.js';

// This file's own copy of the demo: the blocks, rules and series it changes are seen by no other file.
const demo = demoInBrowser();
let admin: GraphQLClient;
let ids: { ana: string; serena: string; horizonte: string };

beforeAll(async () => {
  if (!hasChromium) return;
  admin = await signedInClient(demo.base, 'admin', 'admin@horizonte.demo', 'demo-admin-1');
  const { customers, developments, portals } = await admin.ok(`{ customers(search: "Ana Souza") { nodes { id name } } developments { id name } portals { id name } }`);
  ids = {
    ana: customers.nodes.find((c: { name: string }) => c.name === 'Ana Souza').id,
    serena: developments.find((d: { name: string }) => d.name === 'Loteamento Vila Serena').id,
    horizonte: portals.find((p: { name: string }) => p.name === 'Portal Horizonte').id,
  };
});

describe.skipIf(!hasChromium)('Money in the admin app (SPEC §8)', () => {
  it('R-EXPLAIN-1, R-FIN-1: Ana\'s financial view shows Lote 7\'s records hidden by the sale code, and "Por quê?" opens the explanation naming it', async () => {
    const page = await staffPage(demo.browser, demo.base);
    await page.goto(`${demo.base}/admin/clientes/${ids.ana}#finance`);
    const finance = page.locator('#finance');
    await finance.getByRole('heading', { name: 'Financeiro' }).waitFor();
    const lote7 = finance.getByTestId('customer-sale').filter({ hasText: 'Lote 7' });
    const hidden = lote7.getByTestId('finance-record').first();
    expect(await hidden.innerText()).toContain('Oculto');
    expect(await hidden.innerText()).toContain('R-FIN-1');
    expect(await rawCodesOn(page)).toEqual([]);
    await expectAccessible(page, 'admin-customer-finance');
    await screenshot(page, 'admin-customer-finance');
    await hidden.getByRole('link', { name: 'Por quê?' }).click();
    const explanation = page.getByTestId('explanation');
    await explanation.waitFor();
    expect(await explanation.innerText()).toContain('O código da venda não confere: o ERP enviou "VENDA-LOTE-07"');
    await page.context().close();
  });

  it('R-FIN-10: a manager blocks billing on a block with a reason, sees it listed, and lifts it', async () => {
    const page = await staffPage(demo.browser, demo.base, { login: 'gestor@horizonte.demo', password: 'demo-gestor-1' });
    await page.goto(`${demo.base}/admin/empreendimentos/${ids.serena}#billing-blocks`);
    const section = page.locator('#billing-blocks');
    await section.getByRole('heading', { name: 'Bloqueios de emissão de boletos' }).waitFor();
    // The demo's own block (Quadra 1) is listed with its reason.
    await section.getByTestId('billing-block').filter({ hasText: 'regularização de matrícula' }).waitFor();
    const before = await section.getByTestId('billing-block').count();
    await section.getByLabel('Motivo').fill('curto');
    await section.getByRole('button', { name: 'Bloquear a emissão' }).click();
    expect(await expectErrorOnField(section.locator('#billing-block-reason'))).toMatch(/ao menos 10 caracteres/);
    await section.getByLabel('Motivo').fill('Loteamento em revisão de valores com o banco.');
    await section.getByRole('button', { name: 'Bloquear a emissão' }).click();
    await section.getByTestId('billing-block').filter({ hasText: 'Loteamento em revisão de valores com o banco.' }).waitFor();
    expect(await section.getByTestId('billing-block').count()).toBe(before + 1);
    await expectAccessible(page, 'admin-billing-blocks');
    await screenshot(page, 'admin-billing-blocks');
    page.once('dialog', (dialog) => dialog.accept());
    await section.getByTestId('billing-block').filter({ hasText: 'revisão de valores' }).getByRole('button', { name: 'Retirar o bloqueio' }).click();
    await section.getByTestId('billing-block').filter({ hasText: 'revisão de valores' }).getByText(/retirado em/).waitFor();
    await page.context().close();
  });

  it('R-FIN-5, R-EXPLAIN-3: the admin adds "Intermediárias" to the tax series and the health check\'s warning goes away', async () => {
    const page = await staffPage(demo.browser, demo.base);
    await page.goto(`${demo.base}/admin/portais/${ids.horizonte}#setting-taxSeries`);
    const health = page.getByTestId('health-issue').filter({ hasText: 'Intermediárias' });
    await health.waitFor();
    const series = page.locator('#input-taxSeries');
    expect((await series.inputValue()).split('\n')).toEqual(['Entrada', 'Mensais', 'Chaves']);
    await series.fill('Entrada\nMensais\nChaves\nIntermediárias');
    await page.getByRole('button', { name: 'Salvar configurações' }).click();
    await page.getByText('Salvo.').first().waitFor();
    await expect.poll(() => page.getByTestId('health-issue').filter({ hasText: 'Intermediárias' }).count()).toBe(0);
    await page.context().close();
  });

  it('R-FIN-11, R-SET-2: the admin changes the antecipação rate; a rate out of range shows its error on the field; an agent reads the rules without a form', async () => {
    const page = await staffPage(demo.browser, demo.base);
    await page.goto(`${demo.base}/admin/configuracao#setting-prepaymentRateBasisPoints`);
    const rules = page.locator('#financial-rules');
    await rules.getByRole('heading', { name: 'Regras financeiras' }).waitFor();
    expect(await rules.getByLabel('Taxa de desconto da antecipação (% ao mês)').inputValue()).toBe('1,00');
    await rules.getByLabel('Taxa de desconto da antecipação (% ao mês)').fill('25');
    await rules.getByRole('button', { name: 'Salvar regras financeiras' }).click();
    expect(await expectErrorOnField(rules.locator('#prepayment-rate'))).toMatch(/10,00% ao mês/);
    await rules.getByLabel('Taxa de desconto da antecipação (% ao mês)').fill('1,50');
    await rules.getByRole('button', { name: 'Salvar regras financeiras' }).click();
    await rules.getByText('Salvo.').waitFor();
    const { me } = await admin.ok(`{ me { company { prepaymentRateBasisPoints } } }`);
    expect(me.company.prepaymentRateBasisPoints).toBe(150);
    await expectAccessible(page, 'admin-financial-rules');
    await screenshot(page, 'admin-financial-rules');
    await page.context().close();

    const agent = await staffPage(demo.browser, demo.base, { login: 'atendente@horizonte.demo', password: 'demo-agent-1' });
    await agent.goto(`${demo.base}/admin/configuracao`);
    // An agent may not open the configuration at all; either way there is nothing to change.
    await agent.locator('main h1').first().waitFor();
    expect(await agent.getByRole('button', { name: 'Salvar regras financeiras' }).count()).toBe(0);
    await agent.context().close();
  });
});
