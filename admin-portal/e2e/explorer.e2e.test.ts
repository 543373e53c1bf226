import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_TOKEN } from '../../server/src/modules/integration/__tests__/integration-client.js';
import { capture, DESKTOP, expectAccessible, expectNoHorizontalOverflow, hasChromium, launchChromium, PHONE, screenshot } from '../../server/src/test/browser.js';
import { GraphQLClient } from '../../server/src/test/graphql-client.js';
import { startTestServer, type TestServer } from '../../server/src/test/harness.js';
import { signedInClient } from '../../server/src/test/screen-walk.js';
import { EXAMPLES, type Example } from '../src/explorer/examples.js';

const root = resolve(import.meta.dirname, '..', '..');

let server: TestServer;
let browser: Browser;
let base: string;
let secret: string;

beforeAll(async () => {
  if (!hasChromium) return;
  server = await startTestServer({ clientDist: resolve(root, 'client-portal', 'dist'), adminDist: resolve(root, 'admin-portal', 'dist') }, { database: 'demo' });
  base = `http://localhost:${server.port}`;
  browser = await launchChromium();
  // R-SYNC-1: an ADMIN creates the token (shown once), as in Integrações → Tokens de API.
  const admin = await signedInClient(base, 'admin', 'admin@horizonte.demo', 'demo-admin-1');
  const { createApiToken } = await admin.ok(CREATE_TOKEN, { i: { name: 'ERP — explorador', scopes: ['READ', 'INTEGRATION'] } });
  secret = createApiToken.secret;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * A context that is offline but for this server: any request elsewhere is refused and recorded,
 * and every URL the pages (and their workers) ask for is kept.
 */
async function offlineContext(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; urls: string[]; elsewhere: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });
  const urls: string[] = [];
  const elsewhere: string[] = [];
  const ours = (url: string) => new URL(url).origin === base || url.startsWith('data:') || url.startsWith('blob:');
  context.on('request', (request) => {
    urls.push(request.url());
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (ours(url)) return route.continue();
    elsewhere.push(url);
    return route.abort('internetdisconnected');
  });
  return { context, urls, elsewhere };
}

/** An editor's text as shown (Monaco renders lines of spans, spaces as no-break spaces). */
const shownText = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');
const responseText = (page: Page) => shownText(page, '.graphiql-response');

describe.skipIf(!hasChromium)('R-SYNC-1: the API explorer at /explorer', () => {
  it('R-SYNC-1: the explorer loads offline, signs in with a token and runs an example', async () => {
    const { context, urls, elsewhere } = await offlineContext(DESKTOP);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));

    // Without a token: what to do, and how to get one — no editor.
    await page.goto(`${base}/explorer`);
    await page.getByRole('heading', { name: 'Explorador da API do Habite' }).waitFor();
    expect(await page.locator('.graphiql-container').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Integrações → Tokens de API' }).getAttribute('href')).toBe('/admin/integracoes');
    await expectAccessible(page, 'explorer without a token');
    await screenshot(page, 'explorer-no-token');

    // Something that is not a token is refused on the field, before any call.
    const field = page.getByLabel('Token de API');
    await field.fill('minha-senha');
    await page.getByRole('button', { name: 'Testar token' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').innerText()).toContain('começa com hbt_');
    // A well-formed token the server does not know is refused by the server.
    await field.fill(`hbt_${'x'.repeat(43)}`);
    await page.getByRole('button', { name: 'Testar token' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('não reconhece este token');

    // The token: the bar says whose it is, GraphiQL opens with the examples.
    await field.fill(`  Bearer ${secret} `);
    await page.getByRole('button', { name: 'Testar token' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Token ERP — explorador · .+ · Leitura e Integração · código da empresa no ERP: HZN/);
    expect(await page.evaluate(() => sessionStorage.getItem('habite.explorer.token'))).toBe(secret);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('[data-example="ListarSincronizacoes"]').waitFor();

    // The first tab checks the token: run it.
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain('"tokenInfo"');
    expect(await responseText(page)).toContain('ERP — explorador');

    // An example, in a tab of its own: the demo's sync runs.
    await page.locator('[data-example="ListarSincronizacoes"]').click();
    await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(2);
    await expect.poll(() => shownText(page, '.graphiql-query-editor')).toContain('query ListarSincronizacoes');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain('"syncRuns"');
    const result = await responseText(page);
    expect(result).toContain('"data"');
    expect(result).toContain('"status"');
    expect(result).not.toContain('"errors"');

    // The docs come from the token's introspection, narrowed to what a token may call.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Mutation', { exact: true }).click();
    await docs.getByText('upsertReservations', { exact: true }).waitFor();
    expect(await docs.getByText('createStaffAccount').count()).toBe(0);
    await screenshot(page, 'explorer-docs');

    // Everything came from this server: pages, scripts, styles, fonts, Monaco's workers, the API.
    expect(elsewhere).toEqual([]);
    expect(urls.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(urls.some((url) => /\/admin\/assets\/graphql\.worker-[\w-]+\.js$/.test(url)), 'the GraphQL worker came from the server').toBe(true);
    expect(urls.filter((url) => url === `${base}/graphql`).length).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('R-SYNC-1: the explorer keeps the token for the tab only, and works at phone size', async () => {
    const { context, elsewhere } = await offlineContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${base}/explorer`);
    await expectNoHorizontalOverflow(page, 'explorer without a token (phone)');
    await page.getByLabel('Token de API').fill(secret);
    await page.getByRole('button', { name: 'Testar token' }).click();
    await page.locator('.graphiql-container').waitFor();
    // A reload in the same tab keeps it (sessionStorage); another tab starts without it.
    await page.reload();
    await page.locator('.graphiql-container').waitFor();
    await expect.poll(() => shownText(page, '.graphiql-query-editor')).toContain('query ConferirToken');
    expect(await page.locator('.graphiql-tab').count(), 'no empty tab added by the reload').toBeLessThanOrEqual(1);
    // It runs at this size too (the response goes below the editors).
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => responseText(page), { timeout: 15_000 }).toContain('"tokenInfo"');
    // The examples open from the sidebar, take the screen, and close on a pick to show it.
    await page.getByRole('button', { name: 'Show Exemplos' }).click();
    await page.locator('[data-example="LerFilaDeSaida"]').waitFor();
    await capture(page, resolve(root, 'test-results', 'screenshots', 'explorer-examples-phone.png'));
    await page.locator('[data-example="LerFilaDeSaida"]').click();
    await expect.poll(() => shownText(page, '.graphiql-query-editor')).toContain('query LerFilaDeSaida');
    expect(await page.locator('.graphiql-query-editor').isVisible()).toBe(true);
    // The pane gave its width back: the editor is not a strip beside an empty pane.
    await expect.poll(async () => (await page.locator('.graphiql-query-editor').boundingBox())?.width ?? 0).toBeGreaterThan(250);
    const other = await context.newPage();
    await other.goto(`${base}/explorer`);
    await other.getByRole('heading', { name: 'Explorador da API do Habite' }).waitFor();
    await other.close();
    await screenshot(page, 'explorer-with-token');
    // "Trocar token" forgets it.
    await page.getByRole('button', { name: 'Trocar token' }).click();
    await page.getByRole('heading', { name: 'Explorador da API do Habite' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('habite.explorer.token'))).toBeNull();
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it('R-SYNC-2: every example runs as written, in the order the explorer lists them, with the run\'s and the outbox\'s ids put in', async () => {
    const erp = new GraphQLClient(base);
    erp.bearer = secret;
    const example = (id: string) => EXAMPLES.find((e) => e.id === id)!;
    const run = async (e: Example, variables = e.variables) => {
      const answer = await erp.request(e.query, variables);
      expect(answer.errors, e.id).toBeUndefined();
      return answer.data!;
    };
    let runId = '';
    const withRun = (e: Example) => {
      const input = (e.variables as { input?: Record<string, unknown> }).input;
      return input ? { ...e.variables, input: { ...input, runId } } : e.variables;
    };
    for (const e of EXAMPLES) {
      if (e.id === 'AbrirSincronizacao') runId = (await run(e)).openSyncRun.id;
      else if (e.id.startsWith('Gravar')) {
        const result = Object.values(await run(e, withRun(e)))[0] as { applied: boolean; errors: unknown[]; runId: string };
        expect(result, e.id).toMatchObject({ applied: true, errors: [], runId });
      } else if (e.id === 'ConfirmarFilaDeSaida') {
        const read = await run(example('LerFilaDeSaida'));
        const ids = read.outbox.nodes.map((m: { id: string }) => m.id);
        if (ids.length) expect((await run(e, { ids })).acknowledgeOutbox).toBe(ids.length);
      } else if (e.id === 'EncerrarSincronizacao' || e.id === 'ErrosDaSincronizacao') await run(e, { ...e.variables, id: runId });
      else await run(e);
    }
    const { syncRun } = await run(example('ErrosDaSincronizacao'), { id: runId });
    expect(syncRun).toMatchObject({ status: 'SUCCEEDED', failedRows: 0 });
    expect((await run(example('ConferirCodigos'))).erpRecords.nodes).toEqual([expect.objectContaining({ kind: 'UNIT', code: 'EMP-JDF-TA-101' })]);
  });
});
