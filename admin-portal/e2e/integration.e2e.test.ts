import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoInBrowser, expectAccessible, expectErrorOnField, hasChromium, phonePage, screenshot, signInStaff, staffPage } from '../../server/src/test/browser.js';
import type { GraphQLClient } from '../../server/src/test/graphql-client.js';
import { horizontalOverflowOn, rawCodesOn, signedInClient } from '../../server/src/test/screen-walk.js';

// This file's own copy of the demo: the tokens and runs it makes are seen by no other file.
const demo = demoInBrowser();
/** The token's secret is copied to the clipboard. */
const clipboard = ['clipboard-read', 'clipboard-write'];
let admin: GraphQLClient;
/** The demo's failed night: one refused unit row (R-SYNC-4). */
let failedRunId: string;

beforeAll(async () => {
  if (!hasChromium) return;
  admin = await signedInClient(demo.base, 'admin', 'admin@horizonte.demo', 'demo-admin-1');
  const { syncRuns } = await admin.ok(`{ syncRuns(status: FAILED) { nodes { id failedRows } } }`);
  expect(syncRuns.nodes).toHaveLength(1);
  failedRunId = syncRuns.nodes[0].id;
});

/** A third party's call, as an ERP makes it: node's fetch, the token as a bearer, no cookie. */
async function callWithToken(secret: string, query: string) {
  const res = await fetch(`${demo.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** What a person reads on the page has no code of the schema's enums, and nothing that looks like JSON. */
async function expectWords(page: Page) {
  expect(await rawCodesOn(page)).toEqual([]);
  expect(await page.locator('main').innerText()).not.toMatch(/[{}]|"\w+":/);
}

describe.skipIf(!hasChromium)('Integrações in the admin app (R-SYNC-1, R-SYNC-4)', () => {
  it('R-SYNC-1: an ADMIN creates a token, sees its secret once, and revokes it', async () => {
    const page = await staffPage(demo.browser, demo.base, { permissions: clipboard });
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Integrações' }).click();
    await page.getByRole('heading', { name: 'Tokens de API', level: 1 }).waitFor();

    await page.getByLabel('Nome (para quem é)').fill('BI da diretoria');
    await expect.poll(() => page.getByRole('checkbox', { name: /^Leitura/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Criar token' }).click();
    const created = page.getByTestId('created-token');
    await created.getByRole('heading', { name: 'Token “BI da diretoria” criado' }).waitFor();
    await expect.poll(() => created.innerText()).toMatch(/não será mostrado de novo/);
    const secret = await created.getByLabel('Token', { exact: true }).inputValue();
    expect(secret).toMatch(/^hbt_.{20,}/);
    // The form is below the list: the secret, shown once, is brought into view with the focus on it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('token-secret');
    const seen = await page.evaluate(() => {
      const box = document.getElementById('created-token')!.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(seen, 'the new token\'s panel is on screen').toBe(true);
    await created.getByRole('button', { name: 'Copiar token' }).click();
    await created.getByText('Copiado.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    const row = page.getByTestId('api-token').filter({ hasText: 'BI da diretoria' });
    await expect.poll(() => row.innerText()).toMatch(/Leitura[\s\S]*Nunca usado[\s\S]*Ativo/);
    await expectWords(page);
    await expectAccessible(page, 'admin-integration-token-created');
    await screenshot(page, 'admin-integration-token-created');

    // The token works at once, and its use is logged.
    const answer = await callWithToken(secret, 'query QuemSouEu { tokenInfo { name scopes companyName } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.tokenInfo).toEqual({ name: 'BI da diretoria', scopes: ['READ'], companyName: expect.any(String) });

    // Back on the list through the tabs (no reload), its last use shows: the list asks again on each visit.
    await page.getByRole('navigation', { name: 'Integrações' }).getByRole('link', { name: 'Chamadas da API' }).click();
    await page.getByRole('heading', { name: 'Chamadas da API', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Integrações' }).getByRole('link', { name: 'Tokens de API' }).click();
    await page.getByRole('heading', { name: 'Tokens de API', level: 1 }).waitFor();
    await expect.poll(() => row.innerText()).not.toMatch(/Nunca usado/);

    // Reloaded, the screen no longer has the secret: the server never sends it again.
    await page.reload();
    await page.getByRole('heading', { name: 'Tokens de API', level: 1 }).waitFor();
    await expect.poll(() => row.innerText()).not.toMatch(/Nunca usado/);
    expect(await page.getByTestId('created-token').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    // The call in the log: the token's name, the operation, when, the outcome in words, the rows.
    await row.getByRole('link', { name: /Ver chamadas/ }).click();
    await page.getByRole('heading', { name: 'Chamadas da API', level: 1 }).waitFor();
    const call = page.getByTestId('api-call').first();
    await expect.poll(() => call.innerText()).toMatch(/BI da diretoria[\s\S]*QuemSouEu[\s\S]*Concluída/);
    await expect.poll(() => page.getByTestId('api-call').count()).toBe(1);
    await expectWords(page);

    // Revoked after a confirmation: the next call is refused.
    await page.getByRole('navigation', { name: 'Integrações' }).getByRole('link', { name: 'Tokens de API' }).click();
    await page.getByRole('heading', { name: 'Tokens de API', level: 1 }).waitFor();
    await row.getByRole('button', { name: 'Revogar: BI da diretoria' }).click();
    await page.getByText('Revogar o token “BI da diretoria”?').waitFor();
    await page.getByRole('button', { name: 'Sim, revogar o token' }).click();
    await expect.poll(() => row.innerText()).toMatch(/Revogado em \d{2}\/\d{2}\/\d{4}/);
    expect(await row.getByRole('button', { name: /Revogar/ }).count()).toBe(0);
    const refused = await callWithToken(secret, '{ tokenInfo { name } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.context().close();
  });

  it('R-SYNC-1: the token form puts each refusal on its field (no scope, an expiry in the past)', async () => {
    const page = await staffPage(demo.browser, demo.base, { permissions: clipboard });
    await page.goto(`${demo.base}/admin/integracoes`);
    await page.getByLabel('Nome (para quem é)').fill('Sem escopo');
    await page.getByRole('checkbox', { name: /^Leitura/ }).uncheck();
    await page.getByRole('button', { name: 'Criar token' }).click();
    expect(await expectErrorOnField(page.getByRole('group', { name: 'Escopos' }))).toMatch(/ao menos um escopo/);

    await page.getByRole('checkbox', { name: /^Integração/ }).check();
    await page.getByLabel('Validade (opcional)').fill('2020-01-31');
    await page.getByRole('button', { name: 'Criar token' }).click();
    expect(await expectErrorOnField(page.getByLabel('Validade (opcional)'))).toMatch(/futuro/);
    expect(await page.getByTestId('created-token').count()).toBe(0);
    await page.context().close();
  });

  it('R-SYNC-4: a run\'s refused rows are listed in words; a stale run is unlocked', async () => {
    const page = await staffPage(demo.browser, demo.base, { permissions: clipboard });
    await page.goto(`${demo.base}/admin/integracoes/sincronizacoes`);
    await page.getByRole('heading', { name: 'Sincronizações', level: 1 }).waitFor();
    // The demo's two nights (and the runs other tests of this file opened, in whatever order they ran).
    await expect.poll(() => page.getByTestId('sync-run').count()).toBeGreaterThanOrEqual(2);
    await page.getByLabel('Situação').selectOption({ label: 'Com falha' });
    await expect.poll(() => page.getByTestId('sync-run').count()).toBe(1);
    const failed = page.getByTestId('sync-run').first();
    expect(await failed.innerText()).toMatch(/Com falha/);
    await failed.getByRole('link').click();
    await page.waitForURL(`**/admin/integracoes/sincronizacoes/${failedRunId}`);
    await page.getByRole('heading', { name: /^Sincronização de \d{2}\/\d{2}\/\d{4}/, level: 1 }).waitFor();

    const counts = await page.getByTestId('run-counts').innerText();
    expect(counts).toMatch(/Lotes\s*6/);
    expect(counts).toMatch(/Sem mudança\s*414/);
    expect(counts).toMatch(/Recusadas\s*1/);
    const refusal = page.getByTestId('refused-row');
    await expect.poll(() => refusal.count()).toBe(1);
    const text = await refusal.innerText();
    expect(text).toMatch(/Linha 18 do lote · Unidade · UN-C-301/);
    expect(text).toMatch(/Campo\s*Empreendimento \(código no ERP\)/);
    expect(text).toMatch(/Motivo\s*Referência a um código que não existe/);
    expect(text).toMatch(/EMP-009/);
    expect(text).toMatch(/Nome\s*Apto 301/);
    expect(await refusal.locator('.refused-field').innerText()).toMatch(/Empreendimento \(código no ERP\)\s*campo recusado\s*EMP-009/);
    await expectWords(page);
    await expectAccessible(page, 'admin-integration-failed-run');
    await screenshot(page, 'admin-integration-failed-run');

    // An ADMIN starts a run; a second one is refused while it runs (the lock).
    await page.getByRole('navigation', { name: 'Integrações' }).getByRole('link', { name: 'Sincronizações' }).click();
    await page.getByLabel('Observação').fill('Reenvio dos boletos');
    await page.getByRole('button', { name: 'Iniciar sincronização' }).click();
    await page.waitForURL(/\/admin\/integracoes\/sincronizacoes\/[0-9a-f-]{36}$/);
    const runId = page.url().split('/').at(-1)!;
    await page.getByText('Em andamento', { exact: true }).first().waitFor();
    await page.getByText('Reenvio dos boletos').waitFor();
    // The ERP's batches go into it by its identifier: the page gives it to pass on.
    expect(await page.getByTestId('run-id').innerText()).toBe(runId);
    await page.getByText(/poderá destravá-la aqui/).waitFor();
    expect(await page.getByRole('button', { name: 'Destravar' }).count()).toBe(0);
    await page.getByRole('link', { name: '← Sincronizações' }).click();
    await page.getByRole('button', { name: 'Iniciar sincronização' }).click();
    await page.getByRole('alert').filter({ hasText: 'Já há uma sincronização em andamento' }).waitFor();
    // …with the way to the one that runs.
    await page.getByRole('link', { name: 'Ver a sincronização em andamento' }).click();
    await page.waitForURL(`**/admin/integracoes/sincronizacoes/${runId}`);

    // The ERP's process stopped answering an hour ago: the run is stale, and an ADMIN unlocks it after a confirmation.
    await demo.server.em().getConnection().execute(`update sync_run set last_activity_at = now() - interval '1 hour' where id = ?`, [runId]);
    await page.goto(`${demo.base}/admin/integracoes/sincronizacoes/${runId}`);
    await page.getByText('Parada: sem lotes há mais de 15 minutos').first().waitFor();
    await screenshot(page, 'admin-integration-stale-run');
    await page.getByRole('button', { name: 'Destravar' }).click();
    await page.getByText(/Destravar esta sincronização\?/).waitFor();
    await page.getByRole('button', { name: 'Sim, destravar' }).click();
    await page.getByText('Destravada (parou de responder)', { exact: true }).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Encerrar' }).count()).toBe(0);
    const { syncRun } = await admin.ok(`query($id: ID!) { syncRun(id: $id) { status finishedAt } }`, { id: runId });
    expect(syncRun.status).toBe('ABANDONED');
    expect(syncRun.finishedAt).toBeTruthy();
    await expectWords(page);
    await page.context().close();
  });

  it('R-SYNC-4: an ADMIN closes a running run as succeeded', async () => {
    const { openSyncRun } = await admin.ok(`mutation { openSyncRun(note: "Carga manual") { id } }`);
    const page = await staffPage(demo.browser, demo.base, { permissions: clipboard });
    await page.goto(`${demo.base}/admin/integracoes/sincronizacoes/${openSyncRun.id}`);
    await page.getByRole('heading', { name: 'Encerrar' }).waitFor();
    await page.getByRole('button', { name: 'Encerrar como concluída' }).click();
    // One tap does not close it: the ERP may still be sending. Cancel, then confirm.
    await page.getByText(/Encerrar esta sincronização como concluída\?/).waitFor();
    await page.getByRole('button', { name: 'Cancelar' }).click();
    expect((await admin.ok(`query($id: ID!) { syncRun(id: $id) { status } }`, { id: openSyncRun.id })).syncRun.status).toBe('RUNNING');
    await page.getByRole('button', { name: 'Encerrar como concluída' }).click();
    await page.getByRole('button', { name: 'Sim, encerrar' }).click();
    await page.getByText('Concluída', { exact: true }).first().waitFor();
    expect(await page.getByRole('heading', { name: 'Encerrar' }).count()).toBe(0);
    const { syncRun } = await admin.ok(`query($id: ID!) { syncRun(id: $id) { status } }`, { id: openSyncRun.id });
    expect(syncRun.status).toBe('SUCCEEDED');
    await page.context().close();
  });

  it('R-OPS-1: only an ADMIN reaches Integrações (a manager sees no menu entry and is refused at the address)', async () => {
    const page = await staffPage(demo.browser, demo.base, { login: 'gestor@horizonte.demo', password: 'demo-gestor-1', permissions: clipboard });
    expect(await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Integrações' }).count()).toBe(0);
    await page.goto(`${demo.base}/admin/integracoes/sincronizacoes`);
    await page.getByRole('heading', { name: 'Sem permissão' }).waitFor();
    await page.context().close();
  });

  it('the Integrações screens are usable on a phone: no sideways scroll, runs and tokens read as cards', async () => {
    const page = await phonePage(demo.browser);
    await signInStaff(page, demo.base);
    for (const path of ['/admin/integracoes', '/admin/integracoes/chamadas', '/admin/integracoes/sincronizacoes', `/admin/integracoes/sincronizacoes/${failedRunId}`]) {
      await page.goto(`${demo.base}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflowOn(page), path).toEqual([]);
      await expectWords(page);
    }
    await page.goto(`${demo.base}/admin/integracoes/sincronizacoes`);
    await expect.poll(() => page.getByTestId('sync-run').count()).toBeGreaterThan(0);
    // A run's cells stack under their column's name, inside the phone's width.
    const box = await page.getByTestId('sync-run').first().boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('R-SYNC-4: on a laptop the Integrações lists keep words whole (not "Situaçã / o"), say a backwards date range, and list the demo ERP\'s calls', async () => {
    const page = await staffPage(demo.browser, demo.base);
    for (const path of ['/admin/integracoes', '/admin/integracoes/chamadas', '/admin/integracoes/sincronizacoes']) {
      await page.goto(`${demo.base}${path}`);
      await page.locator('main table tbody tr').first().waitFor();
      // Each word of each cell: its text's boxes on one line (a word split over two lines has two).
      const broken = await page.evaluate(() => {
        const found: string[] = [];
        for (const cell of document.querySelectorAll('main table th, main table td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (const match of text.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index!);
              range.setEnd(node, match.index! + match[0].length);
              const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (tops.size > 1) found.push(match[0]);
            }
          }
        }
        return found;
      });
      expect(broken, path).toEqual([]);
    }
    // A date range the wrong way round is said, not shown as an empty list.
    await page.goto(`${demo.base}/admin/integracoes/sincronizacoes`);
    await page.getByLabel('Começou a partir de').fill('2026-12-07');
    await page.getByLabel('Começou até').fill('2026-12-05');
    await page.getByRole('alert').filter({ hasText: 'nenhuma sincronização cabe entre elas' }).waitFor();
    expect(await page.getByText('Nenhuma sincronização encontrada').count()).toBe(0);
    // The demo's ERP token has its nights' calls, the refused batch in words.
    await page.goto(`${demo.base}/admin/integracoes/chamadas`);
    await page.getByText('Lote recusado: linhas com erro (nada gravado)').first().waitFor();
    expect(await page.getByTestId('api-call').filter({ hasText: 'ERP — carga noturna' }).count()).toBeGreaterThanOrEqual(16);
    await page.context().close();
  });
});
