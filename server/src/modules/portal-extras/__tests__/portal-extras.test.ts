import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { httpExchange } from '../../../test/http.js';
import { StaffRole, World } from '../../../test/world.js';
import { Customer } from '../../customers/customer.entity.js';
import { OutboxMessage } from '../../data-changes/outbox-message.entity.js';
import { Portal } from '../../portal/portal.entity.js';
import { bannerRules } from '../banner.rules.js';
import { todayInSaoPaulo } from '../extras-input.js';
import { Referral } from '../referral.entity.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const menu = async (client: GraphQLClient, name: string) => (await client.ok(`{ myMenus { menu visible } }`)).myMenus.find((m: { menu: string }) => m.menu === name);
const refusal = (setting: string) => ({ extensions: { code: 'FEATURE_DISABLED', setting } });

/** A small PNG, as a phone would send (re-encoded by the server). */
const png = (w = 1200, h = 400) => sharp({ create: { width: w, height: h, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer();

/** POST /files as staff, kind BANNER_IMAGE. */
async function uploadBannerImage(client: GraphQLClient, bytes: Buffer, contentType = 'image/png', name = 'banner.png'): Promise<string> {
  const sent = await httpExchange(`${server.url}/files`, {
    method: 'POST', body: bytes,
    headers: { 'content-type': contentType, 'x-habite-app': 'admin', 'x-habite-file-name': encodeURIComponent(name), 'x-habite-file-purpose': 'BANNER_IMAGE', cookie: client.cookieHeader() },
  });
  expect(sent.status, sent.body.toString('utf8')).toBe(201);
  return sent.json().id as string;
}

const SAVE_BANNER = `mutation($i: BannerInput!) { saveBanner(input: $i) { id title link startsOn endsOn active imageUrl thumbnailUrl developmentIds } }`;
const MY_BANNERS = `{ myBanners { id title link imageUrl } }`;
const day = (offset: number) => {
  const [y, m, d] = todayInSaoPaulo(new Date()).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + offset)).toISOString().slice(0, 10);
};

describe('Banners (SPEC §11)', () => {
  it('banners: a customer sees a banner only while active and in its period (São Paulo dates), and only when it targets a development of a unit they see', async () => {
    const world = await World.create(server);
    const other = await world.development2('Loteamento Sol');
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const bruno = await world.customer();
    await world.soldUnit(bruno.customer, { development: other, block: null, stage: null });
    const { client: admin } = await world.staff();
    const save = async (i: Record<string, unknown>) => (await admin.ok(SAVE_BANNER, { i: { portalId: world.portal.id, imageFileId: await uploadBannerImage(admin, await png()), ...i } })).saveBanner;
    const everyone = await save({ title: 'Para todos', link: 'https://exemplo.com.br/oferta' });
    await save({ title: 'Só Sol', developmentIds: [other.id] });
    await save({ title: 'Ainda não', startsOn: day(1) });
    await save({ title: 'Já passou', endsOn: day(-1) });
    await save({ title: 'Hoje', startsOn: day(0), endsOn: day(0) });
    const off = await save({ title: 'Desligado' });
    await admin.ok(SAVE_BANNER, { i: { id: off.id, active: false } });
    const titles = async (c: GraphQLClient) => (await c.ok(MY_BANNERS)).myBanners.map((b: { title: string }) => b.title).sort();
    const anaClient = await ana.client();
    expect(await titles(anaClient)).toEqual(['Hoje', 'Para todos']);
    expect(await titles(await bruno.client())).toEqual(['Hoje', 'Para todos', 'Só Sol']);
    // A customer who sees no unit in the portal sees no banner at all.
    const carla = await world.customer();
    expect(await titles(await carla.client())).toEqual([]);
    // The image follows the banner's rule: Ana reaches "Para todos"'s, not "Só Sol"'s (the same 404 as a missing file).
    const { portalBanners } = await admin.ok(`query($p: ID!) { portalBanners(portalId: $p) { title imageUrl developmentIds } }`, { p: world.portal.id });
    expect(portalBanners).toHaveLength(6);
    const url = (t: string) => portalBanners.find((b: { title: string }) => b.title === t).imageUrl as string;
    expect(portalBanners.find((b: { title: string }) => b.title === 'Só Sol').developmentIds).toEqual([other.id]);
    const get = (path: string, c: GraphQLClient) => httpExchange(`${server.url}${path}`, { headers: { cookie: c.cookieHeader() } });
    expect((await get(everyone.imageUrl, anaClient)).status).toBe(200);
    expect((await get(url('Só Sol'), anaClient)).status).toBe(404);
    expect((await get(url('Só Sol'), await bruno.client())).status).toBe(200);
  });

  it('R-EXPLAIN-2: the banner rules\' check face agrees with their SQL face for every banner and customer', async () => {
    const world = await World.create(server);
    const other = await world.development2('Loteamento Lua');
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const bruno = await world.customer();
    await world.soldUnit(bruno.customer, { development: other, block: null, stage: null });
    const carla = await world.customer();
    const { client: admin } = await world.staff();
    const image = async () => uploadBannerImage(admin, await png(300, 100));
    for (const i of [
      { title: 'Todos' }, { title: 'Lua', developmentIds: [other.id] }, { title: 'Ambos', developmentIds: [other.id, world.development.id] },
      { title: 'Futuro', startsOn: day(2) }, { title: 'Passado', endsOn: day(-3) }, { title: 'Hoje', startsOn: day(0), endsOn: day(0) },
    ]) await admin.ok(SAVE_BANNER, { i: { portalId: world.portal.id, imageFileId: await image(), ...i } });
    const off = (await admin.ok(SAVE_BANNER, { i: { portalId: world.portal.id, imageFileId: await image(), title: 'Inativo' } })).saveBanner;
    await admin.ok(SAVE_BANNER, { i: { id: off.id, active: false } });
    const { portalBanners } = await admin.ok(`query($p: ID!) { portalBanners(portalId: $p) { title active startsOn endsOn developmentIds } }`, { p: world.portal.id });
    for (const who of [ana, bruno, carla]) {
      const client = await who.client();
      const shown = (await client.ok(MY_BANNERS)).myBanners.map((b: { title: string }) => b.title);
      const seen = [...new Set<string>((await client.ok(`{ myUnits { development { id } } }`)).myUnits.map((u: { development: { id: string } }) => u.development.id))];
      for (const b of portalBanners) {
        const facts = { active: b.active, startsOn: b.startsOn, endsOn: b.endsOn, today: todayInSaoPaulo(new Date()), targets: b.developmentIds.map((id: string) => ({ id, name: id })), seenDevelopmentIds: seen };
        expect(bannerRules.every((r) => r.check(facts).passed), `${who.customer.name}: ${b.title}`).toBe(shown.includes(b.title));
      }
    }
  });

  it('banners: bad input names the field and writes nothing (http link, dates, image, developments of another portal); changes are audited; an AGENT cannot edit', async () => {
    const world = await World.create(server);
    const { client: admin } = await world.staff();
    const image = await uploadBannerImage(admin, await png());
    const bad = async (i: Record<string, unknown>, field: string) => {
      const answer = await admin.request(SAVE_BANNER, { i: { portalId: world.portal.id, title: 'Banner', imageFileId: image, ...i } });
      expect(answer.errors?.[0], field).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    };
    await bad({ link: 'http://exemplo.com.br' }, 'link');
    await bad({ link: 'javascript:alert(1)' }, 'link');
    await bad({ startsOn: '2026-02-30' }, 'startsOn');
    await bad({ startsOn: '2027-03-10', endsOn: '2027-03-01' }, 'endsOn');
    await bad({ title: '  ' }, 'title');
    await bad({ imageFileId: null }, 'imageFileId');
    const elsewhere = await World.create(server);
    await bad({ developmentIds: [elsewhere.development.id] }, 'developmentIds');
    expect((await admin.ok(`query($p: ID!) { portalBanners(portalId: $p) { id } }`, { p: world.portal.id })).portalBanners).toEqual([]);
    // A PDF is not a banner image: refused at upload.
    const pdf = await httpExchange(`${server.url}/files`, {
      method: 'POST', body: Buffer.from('%PDF-1.4\n%%EOF'),
      headers: { 'content-type': 'application/pdf', 'x-habite-app': 'admin', 'x-habite-file-name': 'a.pdf', 'x-habite-file-purpose': 'BANNER_IMAGE', cookie: admin.cookieHeader() },
    });
    expect(pdf.status).toBe(415);

    const banner = (await admin.ok(SAVE_BANNER, { i: { portalId: world.portal.id, title: 'Feirão', imageFileId: image, link: 'https://exemplo.com.br' } })).saveBanner;
    expect(banner).toMatchObject({ title: 'Feirão', link: 'https://exemplo.com.br/', active: true, developmentIds: [] });
    expect(banner.imageUrl).toMatch(/^\/files\//);
    await admin.ok(SAVE_BANNER, { i: { id: banner.id, title: 'Feirão de março', endsOn: '2099-03-31' } });
    const { auditLog } = await admin.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action targetLabel before after } } }`, { id: banner.id });
    expect(auditLog.nodes.map((n: { action: string }) => n.action).sort()).toEqual(['Banner.create', 'Banner.update']);
    expect(auditLog.nodes.find((n: { action: string }) => n.action === 'Banner.update')).toMatchObject({
      targetLabel: 'Banner · Portal Teste · Feirão de março', before: { title: 'Feirão', endsOn: null }, after: { title: 'Feirão de março', endsOn: '2099-03-31' },
    });
    const { client: agent } = await world.staff(StaffRole.AGENT);
    expect((await agent.request(`mutation($id: ID!) { deleteBanner(id: $id) }`, { id: banner.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await admin.ok(`mutation($id: ID!) { deleteBanner(id: $id) }`, { id: banner.id });
    expect((await admin.ok(`query($p: ID!) { portalBanners(portalId: $p) { id } }`, { p: world.portal.id })).portalBanners).toEqual([]);
  });
});

const SAVE_BENEFIT = `mutation($i: BenefitInput!) { saveBenefit(input: $i) { id partner title active } }`;

describe('Portal de benefícios (showBenefits)', () => {
  it('R-SET-1: with showBenefits off the Benefícios menu is hidden and the API refuses the benefits with FEATURE_DISABLED naming showBenefits; on, both serve the active offers', async () => {
    const world = await World.create(server, { showBenefits: false });
    const { client: admin } = await world.staff();
    await admin.ok(SAVE_BENEFIT, { i: { portalId: world.portal.id, partner: 'Academia Movimento', title: '3 meses com 20% de desconto', description: 'Para moradores.', discount: '20%', coupon: 'MORADOR20' } });
    const old = (await admin.ok(SAVE_BENEFIT, { i: { portalId: world.portal.id, partner: 'Loja Casa', title: 'Frete grátis', description: 'Em móveis.', link: 'https://loja.exemplo.com.br' } })).saveBenefit;
    await admin.ok(SAVE_BENEFIT, { i: { id: old.id, active: false } });
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const client = await ana.client();
    const refused = await client.request(`{ benefits { id } }`);
    expect(refused.errors?.[0]).toMatchObject({ ...refusal('showBenefits'), message: 'O portal de benefícios está desativado neste portal.' });
    expect(await menu(client, 'BENEFITS')).toEqual({ menu: 'BENEFITS', visible: false });
    await admin.ok(`mutation($id: ID!) { updatePortalSettings(portalId: $id, input: { showBenefits: true }) { id } }`, { id: world.portal.id });
    expect(await menu(client, 'BENEFITS')).toEqual({ menu: 'BENEFITS', visible: true });
    expect((await client.ok(`{ benefits { partner title discount coupon link } }`)).benefits).toEqual([
      { partner: 'Academia Movimento', title: '3 meses com 20% de desconto', discount: '20%', coupon: 'MORADOR20', link: null },
    ]);
    const { auditLog } = await admin.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action targetLabel } } }`, { id: old.id });
    expect(auditLog.nodes).toContainEqual({ action: 'Benefit.update', targetLabel: 'Benefício · Portal Teste · Loja Casa: Frete grátis' });
  });

  it('benefits: bad input names the field and writes nothing; staff of another company get NOT_FOUND', async () => {
    const world = await World.create(server, { showBenefits: true });
    const { client: admin } = await world.staff();
    const bad = async (i: Record<string, unknown>, field: string) =>
      expect((await admin.request(SAVE_BENEFIT, { i: { portalId: world.portal.id, partner: 'P', title: 'T', description: 'D', ...i } })).errors?.[0], field).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    await bad({ partner: '' }, 'partner');
    await bad({ link: 'ftp://x.com' }, 'link');
    await bad({ coupon: 'x'.repeat(61) }, 'coupon');
    expect((await admin.ok(`query($p: ID!) { portalBenefits(portalId: $p) { id } }`, { p: world.portal.id })).portalBenefits).toEqual([]);
    const other = await World.create(server);
    const { client: outsider } = await other.staff();
    expect((await outsider.request(SAVE_BENEFIT, { i: { portalId: world.portal.id, partner: 'P', title: 'T', description: 'D' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

const REFER = `mutation($i: ReferFriendInput!) { referFriend(input: $i) { id friendName phone email developmentName } }`;

describe('Indique um amigo (showReferFriend)', () => {
  it('R-SET-1: with showReferFriend off the menu is hidden and the API refuses referFriend with FEATURE_DISABLED naming showReferFriend; on, the referral reaches the CRM outbox and the customer sees it listed', async () => {
    const world = await World.create(server, { showReferFriend: false });
    const ana = await world.customer({ name: 'Ana Indica' });
    await world.soldUnit(ana.customer);
    const client = await ana.client();
    const input = { friendName: 'Carlos Amigo', phone: '11987654321', email: 'Carlos@Exemplo.com', developmentId: world.development.id, consent: true };
    expect((await client.request(REFER, { i: input })).errors?.[0]).toMatchObject(refusal('showReferFriend'));
    expect((await client.request(`{ myReferrals { id } }`)).errors?.[0]).toMatchObject(refusal('showReferFriend'));
    expect(await menu(client, 'REFER_FRIEND')).toEqual({ menu: 'REFER_FRIEND', visible: false });
    expect(await world.em.count(OutboxMessage, { company: world.company.id })).toBe(0);

    await world.em.nativeUpdate(Portal, { id: world.portal.id }, { showReferFriend: true });
    expect(await menu(client, 'REFER_FRIEND')).toEqual({ menu: 'REFER_FRIEND', visible: true });
    const { referFriend } = await client.ok(REFER, { i: input });
    expect(referFriend).toMatchObject({ friendName: 'Carlos Amigo', phone: '(11) 98765-4321', email: 'carlos@exemplo.com', developmentName: world.development.name });
    expect((await client.ok(`{ myReferrals { friendName developmentName } }`)).myReferrals).toEqual([{ friendName: 'Carlos Amigo', developmentName: world.development.name }]);

    // The CRM reads it through the integration outbox, like the ERP reads approved data changes (R-SYNC-3).
    const [message] = await server.em().find(OutboxMessage, { company: world.company.id });
    expect(message).toMatchObject({
      topic: 'referral.created',
      payload: {
        referralId: referFriend.id, referredBy: { name: 'Ana Indica' }, friend: { name: 'Carlos Amigo', phone: '(11) 98765-4321', email: 'carlos@exemplo.com' },
        development: { name: world.development.name }, consentAt: expect.any(String),
      },
    });
  });

  it('referrals: without the friend\'s consent (LGPD), a way to reach them, or with a development the portal does not serve, nothing is kept and the field is named', async () => {
    const world = await World.create(server, { showReferFriend: true });
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const client = await ana.client();
    const bad = async (i: Record<string, unknown>, field: string) =>
      expect((await client.request(REFER, { i: { friendName: 'Carlos', phone: '11987654321', consent: true, ...i } })).errors?.[0], field).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    await bad({ consent: false }, 'consent');
    await bad({ phone: null, email: null }, 'phone');
    await bad({ phone: '123' }, 'phone');
    await bad({ phone: null, email: 'nao-e-email' }, 'email');
    await bad({ friendName: ' ' }, 'friendName');
    const elsewhere = await World.create(server);
    await bad({ developmentId: elsewhere.development.id }, 'developmentId');
    expect(await world.em.count(Referral, { customer: ana.customer.id })).toBe(0);
    expect(await world.em.count(OutboxMessage, { company: world.company.id })).toBe(0);
  });
});

const PENDING = `query($k: PendingDocumentationKind!) { myPendingDocumentation(kind: $k) { kind description developmentName } }`;
const ADD_PENDING = `mutation($i: AddPendingDocumentationInput!) { addPendingDocumentation(input: $i) { id kind description resolvedAt } }`;

describe('Propostas e pré-cadastros pendentes (showPendingProposalsPopup, showPendingPreRegistrationsPopup)', () => {
  it('R-SET-1: each pending-documentation notice follows its own toggle: off, the menu is hidden and the API refuses with FEATURE_DISABLED naming it; on, the unresolved items of the portal\'s developments are listed', async () => {
    const world = await World.create(server, { showPendingProposalsPopup: true, showPendingPreRegistrationsPopup: false });
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const { client: admin } = await world.staff();
    const add = async (kind: string, description: string) => (await admin.ok(ADD_PENDING, { i: { customerId: ana.customer.id, developmentId: world.development.id, kind, description } })).addPendingDocumentation;
    await add('PROPOSAL', 'Comprovante de renda');
    const done = await add('PROPOSAL', 'RG do cônjuge');
    await add('PRE_REGISTRATION', 'Comprovante de residência');
    const resolved = (await admin.ok(`mutation($id: ID!) { resolvePendingDocumentation(id: $id) { resolvedAt } }`, { id: done.id })).resolvePendingDocumentation;
    expect(resolved.resolvedAt).not.toBeNull();
    // Another company's development is not the portal's: never listed (and staff of this company cannot even name it).
    const client = await ana.client();
    expect((await client.ok(PENDING, { k: 'PROPOSAL' })).myPendingDocumentation).toEqual([{ kind: 'PROPOSAL', description: 'Comprovante de renda', developmentName: world.development.name }]);
    expect((await client.request(PENDING, { k: 'PRE_REGISTRATION' })).errors?.[0]).toMatchObject(refusal('showPendingPreRegistrationsPopup'));
    expect(await menu(client, 'PENDING_PROPOSALS')).toEqual({ menu: 'PENDING_PROPOSALS', visible: true });
    expect(await menu(client, 'PENDING_PRE_REGISTRATIONS')).toEqual({ menu: 'PENDING_PRE_REGISTRATIONS', visible: false });
    await world.em.nativeUpdate(Portal, { id: world.portal.id }, { showPendingProposalsPopup: false, showPendingPreRegistrationsPopup: true });
    expect((await client.request(PENDING, { k: 'PROPOSAL' })).errors?.[0]).toMatchObject(refusal('showPendingProposalsPopup'));
    expect((await client.ok(PENDING, { k: 'PRE_REGISTRATION' })).myPendingDocumentation).toEqual([{ kind: 'PRE_REGISTRATION', description: 'Comprovante de residência', developmentName: world.development.name }]);
    const { customerPendingDocumentation } = await admin.ok(`query($c: ID!) { customerPendingDocumentation(customerId: $c) { description resolvedAt } }`, { c: ana.customer.id });
    expect(customerPendingDocumentation).toHaveLength(3);
    const { auditLog } = await admin.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action } } }`, { id: done.id });
    expect(auditLog.nodes.map((n: { action: string }) => n.action).sort()).toEqual(['PendingDocumentation.create', 'PendingDocumentation.resolve']);
    expect((await admin.request(ADD_PENDING, { i: { customerId: ana.customer.id, developmentId: world.development.id, kind: 'PROPOSAL', description: '' } })).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'description' } });
  });
});

describe('Confirmação de endereço (showAddressConfirmation)', () => {
  it('R-SET-1: with showAddressConfirmation off the menu is hidden and the API refuses to confirm the address (FEATURE_DISABLED naming it); on, the confirmation is recorded and staff see when, until the address changes', async () => {
    const world = await World.create(server, { showAddressConfirmation: false });
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    await world.em.nativeUpdate(Customer, { id: ana.customer.id }, { street: 'Rua das Flores', streetNumber: '120', district: 'Centro', city: 'Campinas', state: 'SP', postalCode: '13010-100' });
    const client = await ana.client();
    expect((await client.request(`mutation { confirmMyAddress { confirmedAt } }`)).errors?.[0]).toMatchObject(refusal('showAddressConfirmation'));
    expect((await client.request(`{ myAddressStatus { address } }`)).errors?.[0]).toMatchObject(refusal('showAddressConfirmation'));
    expect(await menu(client, 'ADDRESS_CONFIRMATION')).toEqual({ menu: 'ADDRESS_CONFIRMATION', visible: false });

    await world.em.nativeUpdate(Portal, { id: world.portal.id }, { showAddressConfirmation: true });
    expect(await menu(client, 'ADDRESS_CONFIRMATION')).toEqual({ menu: 'ADDRESS_CONFIRMATION', visible: true });
    expect((await client.ok(`{ myAddressStatus { address confirmedAt } }`)).myAddressStatus).toEqual({
      address: 'Rua das Flores, 120 — Centro — Campinas/SP — CEP 13010-100', confirmedAt: null,
    });
    const { confirmMyAddress } = await client.ok(`mutation { confirmMyAddress { confirmedAt } }`);
    expect(confirmMyAddress.confirmedAt).not.toBeNull();
    const { client: admin } = await world.staff();
    const seen = async () => (await admin.ok(`query($id: ID!) { customer(id: $id) { addressConfirmedAt } }`, { id: ana.customer.id })).customer.addressConfirmedAt;
    expect(await seen()).toBe(confirmMyAddress.confirmedAt);
    // A later change to the record (an approved data change bumps its version) voids the confirmation.
    await world.em.nativeUpdate(Customer, { id: ana.customer.id }, { street: 'Av. Brasil', version: 2 });
    expect(await seen()).toBeNull();
  });
});
