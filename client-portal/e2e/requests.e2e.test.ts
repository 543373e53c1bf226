import { mkdir } from 'node:fs/promises';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { capture, demoInBrowser, expectAccessible, expectNoHorizontalOverflow, hasChromium, PHONE, phonePage, signInCustomer, staffPage } from '../../server/src/test/browser.js';
import { GraphQLClient } from '../../server/src/test/graphql-client.js';

const shots = '/tmp/requests-helper/screens';

// This file's own copy of the demo: what is opened, answered, cancelled and rated here is seen nowhere else.
const demo = demoInBrowser();

beforeAll(async () => {
  if (!hasChromium) return;
  await mkdir(shots, { recursive: true });
});

const shot = (page: Page, name: string) => capture(page, `${shots}/${name}.png`, { fullPage: true });

async function signIn(page: Page, login = 'ana@cliente.demo') {
  await signInCustomer(page, demo.base, login);
  await page.getByRole('heading', { name: /^Olá/ }).waitFor();
}

async function staff(): Promise<GraphQLClient> {
  const client = new GraphQLClient(demo.base, { app: 'admin' });
  await client.ok(`mutation { signIn(input: { login: "atendente@horizonte.demo", password: "demo-agent-1", kind: STAFF }) { account { id } } }`);
  return client;
}

/** Every image on the page has loaded (a photo the viewer may not see would not). */
const imagesLoaded = (page: Page, selector: string) => page.locator(selector).evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0));

describe.skipIf(!hasChromium)('Requests, finished: photos, conversation, cancel, rating (SPEC §5)', () => {
  it('R-REQ-9: Ana opens an assistência with a photo from the file picker, and a staff reply arrives live; an internal note never does', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page);
    await page.goto(`${demo.base}/pedidos/novo?tipo=ASSISTANCE`);
    await page.getByRole('heading', { name: 'Novo pedido' }).waitFor();
    await page.getByLabel('Unidade').selectOption({ label: 'Apto A-101 · Residencial Jardins' });
    await page.getByLabel('Assunto').selectOption({ label: 'Hidráulica' });
    await page.getByLabel('Detalhe').selectOption({ label: 'Vazamento' });
    await page.getByLabel('Descreva o que você precisa').fill('Goteira no teto do banheiro social.');
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#5a7fa8' } }).jpeg().toBuffer();
    await page.getByLabel('Fotos (opcional)').setInputFiles({ name: 'goteira.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('img', { name: 'Foto escolhida: goteira.jpg' }).waitFor();
    await expectAccessible(page, 'new-request-with-photo');
    await expectNoHorizontalOverflow(page, 'new-request-with-photo');
    await shot(page, 'new-request-with-photo');
    await page.getByRole('button', { name: 'Enviar pedido' }).click();
    await page.getByTestId('request-status').waitFor();
    const gallery = page.getByRole('list', { name: 'Fotos enviadas com o pedido' });
    await gallery.getByRole('img', { name: /^Abrir a foto goteira/ }).waitFor();
    await expect.poll(() => imagesLoaded(page, '.photo-grid img')).toEqual([true]);

    const requestId = page.url().split('/').pop()!;
    const agent = await staff();
    await page.waitForTimeout(300);
    await agent.ok(`mutation($i: ReplyToRequestInput!) { replyToRequest(input: $i) { id } }`, { i: { requestId, body: 'Cliente insistente, priorizar.', visibility: 'INTERNAL' } });
    const started = Date.now();
    await agent.ok(`mutation($i: ReplyToRequestInput!) { replyToRequest(input: $i) { id } }`, { i: { requestId, body: 'Recebemos a foto: a vistoria será na quinta de manhã.', visibility: 'PUBLIC' } });
    await page.getByTestId('conversation').getByText('Recebemos a foto: a vistoria será na quinta de manhã.').waitFor({ timeout: 2000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await page.getByTestId('conversation').textContent()).toContain('Carlos Atendente · Equipe');
    expect(await page.locator('main').textContent()).not.toContain('priorizar');

    await page.getByLabel('Sua mensagem para a equipe').fill('Pode ser às 9h?');
    await page.getByRole('button', { name: 'Enviar mensagem' }).click();
    await page.getByTestId('conversation').getByText('Pode ser às 9h?').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('priorizar');
    await expectAccessible(page, 'request-conversation');
    await expectNoHorizontalOverflow(page, 'request-conversation');
    await shot(page, 'request-conversation');
    await page.context().close();
  });

  it('R-REQ-4: Ana sees the demo\'s conversation with its photos, cancels an open request with a reason, and rates a finished one', async () => {
    const page = await phonePage(demo.browser);
    await signIn(page);
    const agent = await staff();
    const { requests } = await agent.ok(`{ requests(first: 50) { nodes { id description } } }`);
    const idOf = (text: string) => requests.nodes.find((r: { description: string }) => r.description.startsWith(text)).id as string;

    // The demo's assistência with photos and a conversation (the internal note is not there).
    await page.goto(`${demo.base}/pedidos/${idOf('Vazamento embaixo da pia')}`);
    await page.getByTestId('conversation').getByText(/Mandei mais uma foto/).waitFor();
    await expect.poll(async () => (await imagesLoaded(page, '.photo-grid img')).length).toBe(3);
    // Photos load lazily: bring the last one into view.
    await page.locator('.photo-grid img').last().scrollIntoViewIfNeeded();
    await expect.poll(() => imagesLoaded(page, '.photo-grid img')).toEqual([true, true, true]);
    expect(await page.locator('main').textContent()).not.toContain('Hidro+');
    await expectAccessible(page, 'demo-conversation');
    await shot(page, 'demo-conversation');

    await page.goto(`${demo.base}/pedidos/${idOf('Preciso da segunda via do boleto de novembro')}`);
    await page.getByRole('button', { name: 'Cancelar este pedido' }).click();
    await page.getByLabel('Motivo (opcional)').fill('Já paguei pelo app do banco.');
    await expectAccessible(page, 'cancel-request');
    await page.getByRole('button', { name: 'Cancelar o pedido' }).click();
    await page.getByTestId('request-status').filter({ hasText: 'Cancelado' }).waitFor();
    expect(await page.getByText('Já paguei pelo app do banco.').isVisible()).toBe(true);
    expect(await page.getByText('Você cancelou este pedido. Se precisar de algo, abra um novo pedido.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Cancelar este pedido' }).count()).toBe(0);

    await page.goto(`${demo.base}/pedidos/${idOf('Segunda via de outubro')}`);
    await page.getByRole('heading', { name: 'Como foi o atendimento?' }).waitFor();
    await page.getByRole('radio', { name: '4 de 5' }).check();
    await page.getByLabel('Comentário (opcional)').fill('Resolveram rápido.');
    await expectAccessible(page, 'rate-request');
    await shot(page, 'rate-request');
    await page.getByRole('button', { name: 'Enviar avaliação' }).click();
    await page.getByText('Você deu nota 4 de 5 — Resolveram rápido.').waitFor();
    expect(await page.getByRole('heading', { name: 'Como foi o atendimento?' }).count()).toBe(0);
    await page.context().close();
  });

  it('R-OPS-4: staff see the photos, the SLA clock and the internal note, write a note and assign the request (admin app)', async () => {
    const page = await staffPage(demo.browser, demo.base, { viewport: PHONE });
    // The desk shows each open request's clock (the demo's older open ones are past their deadline).
    await page.locator('.sla-tag.late').first().waitFor();
    expect(await page.locator('.sla-tag.late').first().textContent()).toMatch(/^atrasado \d+ d/);
    await expectAccessible(page, 'admin-requests-desk');
    const { requests } = await (await staff()).ok(`{ requests(first: 50) { nodes { id description } } }`);
    const id = (text: string) => requests.nodes.find((r: { description: string }) => r.description.startsWith(text)).id as string;

    await page.goto(`${demo.base}/admin/pedidos/${id('Vazamento embaixo da pia')}`);
    await page.getByTestId('sla-clock').waitFor();
    expect(await page.getByTestId('sla-clock').textContent()).toMatch(/Aberto há .*Faltam/);
    expect(await page.getByTestId('staff-conversation').textContent()).toContain('Fornecedor Hidro+ avisado');
    expect(await page.getByTestId('staff-conversation').textContent()).toContain('Nota interna');
    await page.locator('.photo-grid img').last().scrollIntoViewIfNeeded();
    await expect.poll(async () => imagesLoaded(page, '.photo-grid img')).toEqual([true, true, true]);
    expect(await page.getByLabel('Responsável', { exact: true }).locator('option:checked').textContent()).toBe('Carlos Atendente');
    await page.getByRole('radio', { name: 'Nota interna' }).check();
    await page.getByLabel('Nota interna (só a equipe vê)').fill('Peça de reposição pedida.');
    await page.getByRole('button', { name: 'Salvar nota interna' }).click();
    await page.getByTestId('staff-conversation').getByText('Peça de reposição pedida.').waitFor();
    await page.getByLabel('Responsável', { exact: true }).selectOption({ label: 'Beatriz Administradora' });
    await page.getByRole('button', { name: 'Definir responsável' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Definir responsável' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'admin-request-detail');
    await shot(page, 'admin-request-detail');

    // The 12-day-old fissure is late against the assistance workflow's 10 days.
    await page.goto(`${demo.base}/admin/pedidos/${id('Fissura na parede do quarto')}`);
    await page.getByTestId('sla-clock').waitFor();
    expect(await page.getByTestId('sla-clock').textContent()).toMatch(/Atrasado há 2 d/);
    await expectAccessible(page, 'admin-request-late');
    await page.context().close();
  });
});
