import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { httpExchange } from '../../../test/http.js';
import { startLocalPushService, type LocalPushService, type LocalSubscription } from '../../../test/push-service.js';
import { aCpf, StaffRole, World } from '../../../test/world.js';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { key, tokenClient, UPSERT } from '../../integration/__tests__/integration-client.js';
import { ANONYMISED_CUSTOMER } from '../../integration/upsert/kinds.js';
import { addDays, localDay } from '../../scheduling/scheduling-time.js';
import { NO_SURVEYS_CONSENT } from '../../surveys/surveys.service.js';
import { ANONYMISED_NAME } from '../retention.js';

const SUBSCRIBE = `mutation($i: SubscribePushInput!) { subscribePush(input: $i) { id label serviceOrigin createdAt lastSuccessAt } }`;
const UNSUBSCRIBE = `mutation($e: String!) { unsubscribePush(endpoint: $e) }`;
const DEVICES = `query($e: String) { myPushDevices(currentEndpoint: $e) { label serviceOrigin thisDevice } }`;
const SIGN_OUT = `mutation { signOut }`;
const AUDIT = `query($id: ID) { auditLog(filter: { targetId: $id }, first: 50) { nodes { action targetType targetId before after actorLabel } } }`;
const MY_LOG = `{ myDataAccessLog(first: 50) { nodes { event who what } } }`;
const SET_CONSENT = `mutation($purpose: ConsentPurpose!, $g: Boolean!) { setConsent(purpose: $purpose, granted: $g) { purpose granted } }`;
const REQUEST_DELETION = `mutation { requestDataDeletion(reason: null) { id } }`;
const COMPLETE = `mutation($id: ID!) { completeDeletionRequest(id: $id) { id status retainedUntil } }`;
const SAVE_SURVEY = `mutation($i: SurveyInput!) { saveSurvey(input: $i) { id questions { id } } }`;
const PUBLISH = `mutation($id: ID!) { publishSurvey(id: $id) { id } }`;
const MY_SURVEYS = `{ mySurveys { id answered } }`;
const ANSWER = `mutation($s: ID!, $a: [SurveyAnswerInput!]!) { answerSurvey(surveyId: $s, answers: $a) { id answered } }`;

const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let server: TestServer;
let pushService: LocalPushService;
beforeAll(async () => {
  server = await startTestServer();
  pushService = await startLocalPushService();
});
afterAll(async () => {
  await server?.stop();
  await pushService?.close();
});

const input = (s: LocalSubscription) => ({ endpoint: s.endpoint, p256dh: s.keys.p256dh, auth: s.keys.auth });
const sql = <T>(text: string, params: unknown[] = []) => server.em().getConnection().execute<T[]>(text, params);
const pushRows = (accountId: string) =>
  sql<{ endpoint: string; session_id: string | null }>(`select endpoint, session_id from push_subscription where account_id = ? order by created_at, id`, [accountId]);

async function auditOf(staff: GraphQLClient, targetId: string, prefix: string) {
  const { auditLog } = await staff.ok(AUDIT, { id: targetId });
  return (auditLog.nodes as { action: string; targetType: string; before: unknown; after: unknown; actorLabel: string }[]).filter((n) => n.action.startsWith(prefix));
}

describe('R-OPS-3 / R-NOTIFY: phone notifications (Web Push) and the customer\'s data', () => {
  it('R-OPS-3: signing out of a session removes the push subscriptions made from it (audited); another session\'s device keeps its notifications', async () => {
    const world = await World.create(server);
    const ana = await world.customer({ name: 'Ana Sai' });
    const phone = await ana.client({ 'user-agent': ANDROID });
    const ipad = await ana.client({ 'user-agent': IPHONE });
    const onPhone = pushService.newSubscription();
    const onIpad = pushService.newSubscription();
    await phone.ok(SUBSCRIBE, { i: input(onPhone) });
    await ipad.ok(SUBSCRIBE, { i: input(onIpad) });
    const before = await pushRows(ana.account.id);
    // Each row knows the session it was made from.
    expect(before.map((r) => r.endpoint)).toEqual([onPhone.endpoint, onIpad.endpoint]);
    expect(before.every((r) => r.session_id)).toBe(true);
    expect(new Set(before.map((r) => r.session_id)).size).toBe(2);

    expect((await phone.ok(SIGN_OUT)).signOut).toBe(true);
    expect((await pushRows(ana.account.id)).map((r) => r.endpoint)).toEqual([onIpad.endpoint]);
    expect((await ipad.ok(DEVICES, { e: onIpad.endpoint })).myPushDevices).toEqual([{ label: 'Safari no iPhone', serviceOrigin: new URL(onIpad.endpoint).origin, thisDevice: true }]);

    const { client: staff } = await world.staff(StaffRole.ADMIN);
    const offs = await auditOf(staff, ana.customer.id, 'push.unsubscribe');
    expect(offs).toEqual([expect.objectContaining({
      targetType: 'Customer', before: { device: 'Chrome no Android', service: new URL(onPhone.endpoint).origin }, after: { reason: 'SIGNED_OUT' },
    })]);

    // A session with no subscription signs out as before; the other device still has its own.
    expect((await ipad.ok(SIGN_OUT)).signOut).toBe(true);
    expect(await pushRows(ana.account.id)).toEqual([]);
  });

  it('R-OPS-3: turning phone notifications on and off is audited on the customer, in words and the push service\'s origin (never the address or keys); the browser asking again writes nothing', async () => {
    const world = await World.create(server);
    const ana = await world.customer({ name: 'Ana Audita' });
    const phone = await ana.client({ 'user-agent': ANDROID });
    const browser = pushService.newSubscription();
    await phone.ok(SUBSCRIBE, { i: input(browser) });
    await phone.ok(SUBSCRIBE, { i: input(browser) });
    expect((await phone.ok(UNSUBSCRIBE, { e: browser.endpoint })).unsubscribePush).toBe(true);
    expect((await phone.ok(UNSUBSCRIBE, { e: browser.endpoint })).unsubscribePush).toBe(false);

    const { client: staff } = await world.staff(StaffRole.ADMIN);
    const entries = await auditOf(staff, ana.customer.id, 'push.');
    const seen = { device: 'Chrome no Android', service: new URL(browser.endpoint).origin };
    expect(entries.map((e) => [e.action, e.targetType, e.before, e.after]).sort()).toEqual([
      ['push.subscribe', 'Customer', null, seen],
      ['push.unsubscribe', 'Customer', seen, null],
    ].sort());
    expect(entries.every((e) => e.actorLabel.startsWith('Ana Audita'))).toBe(true);
    const written = JSON.stringify(entries);
    for (const secret of [browser.endpoint, browser.keys.p256dh, browser.keys.auth]) expect(written).not.toContain(secret);

    // The customer reads it in words in "who accessed or changed my data".
    const whats = (await phone.ok(MY_LOG)).myDataAccessLog.nodes.map((n: { what: string }) => n.what);
    expect(whats).toEqual(expect.arrayContaining(['Ativou as notificações no celular em um aparelho', 'Desativou as notificações no celular em um aparelho']));
  });

  it('R-OPS-3: the export lists the customer\'s push devices — the browser in words, the push service\'s origin, the dates — never the address or keys, nor another customer\'s', async () => {
    const world = await World.create(server);
    const ana = await world.customer({ name: 'Ana Exporta' });
    const bruno = await world.customer({ name: 'Bruno Outro' });
    const phone = await ana.client({ 'user-agent': ANDROID });
    const hers = pushService.newSubscription();
    const his = pushService.newSubscription();
    await phone.ok(SUBSCRIBE, { i: input(hers) });
    await (await bruno.client({ 'user-agent': IPHONE })).ok(SUBSCRIBE, { i: input(his) });

    const res = await httpExchange(`${server.url}/privacy/export.zip`, { headers: { cookie: phone.cookieHeader(), ...phone.options.headers } });
    expect(res.status).toBe(200);
    const zip = unzipSync(new Uint8Array(res.body));
    const text = Buffer.from(zip['dados.json']!).toString('utf8');
    const data = JSON.parse(text);
    expect(data.aparelhosComNotificacoes).toEqual([{ label: 'Chrome no Android', serviceOrigin: new URL(hers.endpoint).origin, createdAt: expect.any(String), lastSuccessAt: null }]);
    expect(data.indisponivel.map((u: { secao: string }) => u.secao)).not.toContain('aparelhosComNotificacoes');
    for (const secret of [hers.endpoint, hers.keys.p256dh, hers.keys.auth, his.endpoint, his.keys.p256dh, 'Safari no iPhone']) expect(text).not.toContain(secret);
    expect(Buffer.from(zip['LEIA-ME.txt']!).toString('utf8')).toContain('aparelhos com notificações no celular');
  });
});

describe('R-OPS-3: the ERP does not bring back an anonymised customer', () => {
  /** A customer who asked for deletion, carried out by an ADMIN (with a signed sale: the CPF is kept for the retention duty). */
  async function anonymised(world: World, name: string) {
    const person = await world.customer({ name });
    const { reservation } = await world.soldUnit(person.customer);
    await world.contract(reservation);
    const { requestDataDeletion } = await (await person.client()).ok(REQUEST_DELETION);
    return { ...person, requestId: requestDataDeletion.id as string };
  }

  it('R-OPS-3: a row for a customer anonymised by a completed deletion — by ERP code or by the CPF kept — is refused ANONYMISED, in Portuguese, and the batch writes nothing', async () => {
    const world = await World.create(server);
    const { client: erp } = await tokenClient(server, world);
    const { client: staff } = await world.staff(StaffRole.ADMIN);
    const ana = await anonymised(world, 'Ana Apagada');
    const bruno = await anonymised(world, 'Bruno Apagado');
    // The ERP knew Ana by a code before her deletion (adopted by CPF); Bruno only staff registered.
    expect((await erp.ok(UPSERT.customers, { i: { idempotencyKey: key(), rows: [{ code: 'K-ANA', name: 'Ana Apagada', document: ana.customer.document, email: ana.customer.email }] } })).upsertCustomers)
      .toMatchObject({ applied: true, inserted: 0 });
    for (const person of [ana, bruno]) expect((await staff.ok(COMPLETE, { id: person.requestId })).completeDeletionRequest.status).toBe('COMPLETED');

    const stored = () => sql<{ code: string | null; name: string; email: string | null; phone: string | null }>(
      `select c.erp_code as code, c.name, c.email, c.phone from customer c where c.company_id = ? order by c.name, c.erp_code`, [world.company.id]);
    const before = await stored();
    const keys = () => sql<{ code: string }>(`select code from erp_key where company_id = ? and kind = 'CUSTOMER' order by code`, [world.company.id]);
    const keysBefore = await keys();
    const carla = { code: 'K-NOVA', name: 'Carla Nova', document: aCpf(), email: 'carla@erp.dev' };
    const result = (await erp.ok(UPSERT.customers, { i: { idempotencyKey: key(), rows: [
      carla,
      { code: 'K-ANA', name: 'Ana Apagada', document: ana.customer.document, email: 'ana.de.volta@erp.dev', phone: '(11) 98765-4321' },
      { code: 'K-BRUNO', name: 'Bruno Apagado', document: bruno.customer.document, email: 'bruno@erp.dev' },
    ] } })).upsertCustomers;
    expect(result).toMatchObject({ applied: false, inserted: 0, updated: 0 });
    expect(result.errors).toEqual([
      { index: 1, erpCode: 'K-ANA', field: null, code: 'ANONYMISED', message: ANONYMISED_CUSTOMER },
      { index: 2, erpCode: 'K-BRUNO', field: null, code: 'ANONYMISED', message: ANONYMISED_CUSTOMER },
    ]);
    expect(ANONYMISED_CUSTOMER).toBe('Cliente anonimizado a pedido dele (LGPD): os dados pessoais não voltam pela integração.');
    // Nothing written: no new customer, no new code, the anonymised ones still anonymised.
    expect(await stored()).toEqual(before);
    expect(await keys()).toEqual(keysBefore);
    expect(before.filter((c) => c.name === ANONYMISED_NAME).map((c) => [c.email, c.phone])).toEqual([[null, null], [null, null]]);

    // Without the anonymised rows the batch goes through.
    expect((await erp.ok(UPSERT.customers, { i: { idempotencyKey: key(), rows: [carla] } })).upsertCustomers)
      .toMatchObject({ applied: true, inserted: 1, errors: [] });
  });
});

describe('R-OPS-3: surveys rest on the customer\'s consent', () => {
  it('R-OPS-3: without the SURVEYS consent (opt-in) no survey is shown and an answer is FORBIDDEN naming the consent; given, the survey shows; withdrawn, it goes again', async () => {
    const world = await World.create(server, { showSurveys: true });
    const { client: admin } = await world.staff(StaffRole.ADMIN);
    const today = localDay(new Date());
    const saved = (await admin.ok(SAVE_SURVEY, { i: { title: 'Satisfação', opensOn: today, closesOn: addDays(today, 10), questions: [{ kind: 'SCALE', text: 'Que nota dá?' }] } })).saveSurvey;
    await admin.ok(PUBLISH, { id: saved.id });
    const ana = await world.customer({ name: 'Ana Pesquisada' });
    await world.soldUnit(ana.customer);
    const client = await ana.client();
    const answer = [{ questionId: saved.questions[0].id, scale: 5 }];
    const responses = async () => (await sql<{ n: number }>(`select count(*)::int as n from survey_response where survey_id = ?`, [saved.id]))[0]!.n;

    expect((await client.ok(MY_SURVEYS)).mySurveys).toEqual([]);
    const refused = (await client.request(ANSWER, { s: saved.id, a: answer })).errors?.[0];
    expect(refused).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: NO_SURVEYS_CONSENT });
    expect(NO_SURVEYS_CONSENT).toContain('"Pesquisas de satisfação"');
    expect(NO_SURVEYS_CONSENT).toContain('Privacidade');
    expect(await responses()).toBe(0);

    await client.ok(SET_CONSENT, { purpose: 'SURVEYS', g: true });
    expect((await client.ok(MY_SURVEYS)).mySurveys).toEqual([{ id: saved.id, answered: false }]);

    await client.ok(SET_CONSENT, { purpose: 'SURVEYS', g: false });
    expect((await client.ok(MY_SURVEYS)).mySurveys).toEqual([]);
    expect((await client.request(ANSWER, { s: saved.id, a: answer })).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: NO_SURVEYS_CONSENT });
    expect(await responses()).toBe(0);

    await client.ok(SET_CONSENT, { purpose: 'SURVEYS', g: true });
    expect((await client.ok(ANSWER, { s: saved.id, a: answer })).answerSurvey).toEqual({ id: saved.id, answered: true });
    expect(await responses()).toBe(1);
  });
});
