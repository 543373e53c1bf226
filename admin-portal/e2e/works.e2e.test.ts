import { beforeAll, describe, expect, it } from 'vitest';
import { capture, daysSinceDemoLoaded, demoInBrowser, expectAccessible, hasChromium, phonePage, screenshot, signInCustomer, staffPage } from '../../server/src/test/browser.js';
import type { GraphQLClient } from '../../server/src/test/graphql-client.js';
import { rawCodesOn, signedInClient } from '../../server/src/test/screen-walk.js';

const SHOTS = process.env.WORKS_SHOTS ?? '/tmp/works-shots';

// This file's own copy of the demo: the entry approved here is seen by no other file.
const demo = demoInBrowser();
let admin: GraphQLClient;
let jardins: string;

beforeAll(async () => {
  if (!hasChromium) return;
  admin = await signedInClient(demo.base, 'admin', 'admin@horizonte.demo', 'demo-admin-1');
  const { developments } = await admin.ok(`{ developments { id name } }`);
  jardins = developments.find((d: { name: string }) => d.name === 'Residencial Jardins').id;
});

describe.skipIf(!hasChromium)('The works in the admin app (SPEC §9)', () => {
  it('R-WORK-1: staff approve a work-log entry in review and the customer\'s timeline shows it', async () => {
    const page = await staffPage(demo.browser, demo.base);
    await page.goto(`${demo.base}/admin/empreendimentos/${jardins}`);
    await page.getByRole('link', { name: 'Diário de obra' }).click();
    await page.getByRole('heading', { name: /^Diário de obra — Residencial Jardins/ }).waitFor();
    const entry = page.getByTestId('staff-work-log-entry').filter({ hasText: 'Instalações elétricas' });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('Em análise');
    expect(await rawCodesOn(page)).toEqual([]);
    await expectAccessible(page, 'admin-work-log');
    await screenshot(page, 'admin-work-log');
    await entry.getByRole('button', { name: 'Aprovar' }).click();
    await entry.getByText('Aprovado', { exact: true }).waitFor();

    // The customer, on her phone: the entry is now in the timeline, with its photo.
    const phone = await phonePage(demo.browser);
    await signInCustomer(phone, demo.base, 'ana@cliente.demo');
    await phone.getByRole('heading', { name: /^Olá/ }).waitFor();
    await phone.getByRole('navigation').getByRole('link', { name: 'Diário de obra', exact: true }).click();
    const shown = phone.getByTestId('work-log-entry').filter({ hasText: 'Instalações elétricas' });
    await shown.waitFor();
    expect(await shown.getByRole('button', { name: /Ampliar a foto 1 de 1/ }).count()).toBe(1);
    await capture(phone, `${SHOTS}/work-log-after-approval-phone.png`, { fullPage: true });
    await phone.context().close();

    // Rejecting asks for the reason, on its field.
    await entry.getByRole('button', { name: 'Reprovar (tirar do portal)' }).click();
    await entry.getByRole('button', { name: 'Reprovar', exact: true }).click();
    await expect.poll(() => entry.getByLabel('Motivo da reprovação').getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('R-WORK-1, R-WORK-2: staff write an entry and enter a schedule stage; the new pages are accessible', async () => {
    const page = await staffPage(demo.browser, demo.base);
    await page.goto(`${demo.base}/admin/empreendimentos/${jardins}/diario-de-obra`);
    await page.getByRole('button', { name: 'Novo registro' }).click();
    await page.getByLabel('Ocorrências').fill('Visita técnica da fiscalização.');
    await page.getByLabel('Função').first().fill('Engenheiro');
    await page.getByLabel('Pessoas').first().fill('2');
    await expectAccessible(page, 'admin-work-log-form');
    await page.getByRole('button', { name: 'Salvar', exact: true }).click();
    await page.getByTestId('staff-work-log-entry').filter({ hasText: 'Visita técnica da fiscalização.' }).waitFor();

    await page.goto(`${demo.base}/admin/empreendimentos/${jardins}/cronograma`);
    await page.getByRole('heading', { name: /^Cronograma — Residencial Jardins/ }).waitFor();
    expect(await page.getByTestId('schedule-row').filter({ hasText: 'Estrutura' }).innerText()).toContain(`Estrutura: ${12 + daysSinceDemoLoaded()} dias de atraso`);
    await expectAccessible(page, 'admin-schedule');
    await screenshot(page, 'admin-schedule');
    await page.getByRole('button', { name: 'Nova etapa' }).click();
    await page.getByLabel('Etapa', { exact: true }).fill('Paisagismo');
    await page.getByLabel('Início previsto').fill('2027-05-01');
    await page.getByLabel('Término previsto').fill('2027-04-01');
    await page.getByRole('button', { name: 'Salvar etapa' }).click();
    // The API's refusal sits on its field.
    await expect.poll(() => page.getByLabel('Término previsto').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Término previsto').fill('2027-06-30');
    await page.getByRole('button', { name: 'Salvar etapa' }).click();
    await page.getByTestId('schedule-row').filter({ hasText: 'Paisagismo' }).waitFor();
    await page.context().close();
  });
});
