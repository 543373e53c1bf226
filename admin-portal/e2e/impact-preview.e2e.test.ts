import { describe, expect, it } from 'vitest';
import { demoInBrowser, expectAccessible, expectNoHorizontalOverflow, hasChromium, PHONE, screenshot, staffPage } from '../../server/src/test/browser.js';
import { Block } from '../../server/src/modules/developments/block.entity.js';
import { AuditLog } from '../../server/src/modules/audit/audit-log.entity.js';

// This file's own copy of the demo: the block it inactivates is seen by no other file.
const demo = demoInBrowser();

describe.skipIf(!hasChromium)('R-EXPLAIN-4: the admin sees what a change does to customers before saving it', () => {
  it('R-EXPLAIN-4: inactivating Torre A says "esconde 1 unidade de 3 clientes" (Ana, Marcos, Rita), lists them with the explainer one click away; Cancelar changes nothing, Salvar saves with the counts in the audit', async () => {
    const page = await staffPage(demo.browser, demo.base, { viewport: PHONE });
    await page.getByRole('link', { name: 'Empreendimentos', exact: true }).first().click();
    await page.getByRole('link', { name: 'Residencial Jardins' }).first().click();
    await page.getByRole('heading', { name: 'Residencial Jardins', level: 1 }).waitFor();
    const torre = page.getByRole('checkbox', { name: /^Torre A/ });
    expect(await torre.isChecked()).toBe(true);
    await torre.click();

    const dialog = page.getByRole('dialog', { name: 'Antes de salvar' });
    await dialog.waitFor();
    expect(await dialog.locator('.impact-summary').innerText()).toMatch(/^Esta mudança esconde 1 unidade de 3 clientes, 1 contrato de 3 clientes, /);
    await dialog.getByRole('button', { name: 'Ver os clientes' }).first().click();
    const customers = dialog.getByRole('list', { name: 'Clientes afetados' });
    await customers.waitFor();
    expect(await customers.getByRole('listitem').count()).toBe(3);
    expect(await customers.innerText()).toContain('Apto A-101');
    // Each with the rule the change makes fail, in words.
    expect(await customers.getByRole('listitem').first().innerText()).toContain('Apto A-101 — Residencial Jardins · deixa de valer: O bloco da unidade está ativo');
    expect(await customers.getByRole('link', { name: 'Por quê?' }).first().getAttribute('href')).toMatch(/^\/admin\/explicar\?cliente=[0-9a-f-]{36}&unidade=[0-9a-f-]{36}$/);
    await expectAccessible(page, 'impact preview');
    await expectNoHorizontalOverflow(page, 'impact preview');
    await screenshot(page, 'impact-preview');

    // Cancelar: nothing changed, the box is still ticked.
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await torre.isChecked()).toBe(true);
    const em = demo.server.em();
    const block = await em.findOneOrFail(Block, { name: 'Torre A' });
    expect(block.active).toBe(true);
    expect(await em.count(AuditLog, { targetId: block.id })).toBe(0);

    // The explainer link answers for that customer and unit.
    await torre.click();
    await dialog.getByRole('button', { name: 'Ver os clientes' }).first().click();
    await dialog.getByRole('link', { name: 'Por quê?' }).first().click();
    await page.getByText('O bloco "Torre A" está ativo.').waitFor();

    // Salvar: saved, and the audit entry keeps what it did.
    await page.goBack();
    await page.getByRole('heading', { name: 'Residencial Jardins', level: 1 }).waitFor();
    await page.getByRole('checkbox', { name: /^Torre A/ }).click();
    await dialog.getByRole('button', { name: 'Salvar' }).click();
    await page.getByRole('checkbox', { name: /^Torre A \(Inativo\)/ }).waitFor();
    const entry = await demo.server.em().findOneOrFail(AuditLog, { targetId: block.id });
    expect(entry.impact).toEqual(expect.arrayContaining([{ kind: 'UNITS', direction: 'LOST', customers: 3, objects: 1 }]));
    // The audit says it in words.
    await page.goto(`${demo.base}/admin/auditoria`);
    const logged = page.getByTestId('audit-entry').filter({ hasText: 'Torre A' }).first();
    expect(await logged.getByTestId('audit-impact').innerText()).toMatch(/^Esta mudança esconde 1 unidade de 3 clientes, /);
    await page.context().close();
  });
});
