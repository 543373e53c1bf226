import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { StaffRole, World } from '../../../test/world.js';
import { Portal } from '../../portal/portal.entity.js';
import { addDays, localDay } from '../../scheduling/scheduling-time.js';

const SAVE = `mutation($i: SurveyInput!) { saveSurvey(input: $i) { id status version questions { id kind options } } }`;
const PUBLISH = `mutation($id: ID!) { publishSurvey(id: $id) { id status responses } }`;
const MINE = `{ mySurveys { id title answered questions { id kind text options } } }`;
const ANSWER = `mutation($s: ID!, $a: [SurveyAnswerInput!]!) { answerSurvey(surveyId: $s, answers: $a) { id answered } }`;
const RESULTS = `query($id: ID!) { surveyResults(id: $id) { responses questions { kind answered counts { label count } average texts } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const today = () => localDay(new Date());

const QUESTIONS = [
  { kind: 'SINGLE_CHOICE', text: 'Como soube da vistoria?', options: ['E-mail', 'Portal', 'Telefone'] },
  { kind: 'SCALE', text: 'Que nota dá ao atendimento?' },
  { kind: 'TEXT', text: 'O que podemos melhorar?' },
];

/** R-OPS-3: surveys rest on consent (opt-in): the customer gives it, as in Privacidade. */
async function consenting<T extends { client(): Promise<{ ok(query: string, variables?: Record<string, unknown>): Promise<unknown> }> }>(person: T): Promise<T> {
  await (await person.client()).ok(`mutation { setConsent(purpose: SURVEYS, granted: true) { granted } }`);
  return person;
}

/** A portal with Pesquisa on, a published survey for every customer written by an ADMIN, and Ana (who gave the surveys consent) with a sold unit. */
async function setup(showSurveys = true, options: { developmentId?: string; publish?: boolean } = {}) {
  const world = await World.create(server, { showSurveys });
  const admin = await world.staff();
  const saved = (await admin.client.ok(SAVE, { i: { title: 'Satisfação com a entrega', opensOn: today(), closesOn: addDays(today(), 10), developmentId: options.developmentId ?? null, questions: QUESTIONS } })).saveSurvey;
  if (options.publish ?? true) await admin.client.ok(PUBLISH, { id: saved.id });
  const ana = await consenting(await world.customer({ name: 'Ana Souza' }));
  await world.soldUnit(ana.customer);
  return { world, admin, ana, survey: saved as { id: string; version: number; questions: { id: string }[] } };
}

const answers = (q: { id: string }[], choice: number, scale: number, text: string | null) => [
  { questionId: q[0]!.id, choice }, { questionId: q[1]!.id, scale }, { questionId: q[2]!.id, text },
];

describe('Pesquisa (SPEC §11, showSurveys)', () => {
  it('R-SET-1: with showSurveys off the Pesquisa menu is hidden and the API refuses with FEATURE_DISABLED naming showSurveys; on, both serve it', async () => {
    const { world, ana, survey } = await setup(false);
    const client = await ana.client();
    for (const [query, variables] of [[MINE, {}], [ANSWER, { s: survey.id, a: [] }]] as const) {
      expect((await client.request(query, variables)).errors?.[0]).toMatchObject({ extensions: { code: 'FEATURE_DISABLED', setting: 'showSurveys' }, message: 'As pesquisas estão desativadas neste portal.' });
    }
    const menu = async () => (await client.ok(`{ myMenus { menu visible } }`)).myMenus.find((m: { menu: string }) => m.menu === 'SURVEYS');
    expect(await menu()).toEqual({ menu: 'SURVEYS', visible: false });
    await world.em.nativeUpdate(Portal, { id: world.portal.id }, { showSurveys: true });
    expect(await menu()).toEqual({ menu: 'SURVEYS', visible: true });
    expect((await client.ok(MINE)).mySurveys).toMatchObject([{ id: survey.id, title: 'Satisfação com a entrega', answered: false }]);
  });

  it('one answer per customer: the second is CONFLICT in words (also when sent at once), enforced by a unique constraint', async () => {
    const { ana, survey } = await setup();
    const client = await ana.client();
    const a = answers(survey.questions, 1, 4, 'Mais horários de vistoria');
    const [first, second] = await Promise.all([client.request(ANSWER, { s: survey.id, a }), client.request(ANSWER, { s: survey.id, a })]);
    const results = [first, second];
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)!.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: 'Você já respondeu esta pesquisa: cada cliente responde uma vez. Obrigado!' });
    expect((await client.ok(MINE)).mySurveys).toMatchObject([{ id: survey.id, answered: true }]);
    expect((await client.request(ANSWER, { s: survey.id, a })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('staff see the results: counts per option, the average of a scale, the texts', async () => {
    const { world, admin, ana, survey } = await setup();
    await (await ana.client()).ok(ANSWER, { s: survey.id, a: answers(survey.questions, 1, 4, 'Mais horários de vistoria') });
    const bia = await consenting(await world.customer());
    await world.soldUnit(bia.customer);
    await (await bia.client()).ok(ANSWER, { s: survey.id, a: answers(survey.questions, 1, 5, null) });
    const { surveyResults } = await admin.client.ok(RESULTS, { id: survey.id });
    expect(surveyResults).toEqual({ responses: 2, questions: [
      { kind: 'SINGLE_CHOICE', answered: 2, counts: [{ label: 'E-mail', count: 0 }, { label: 'Portal', count: 2 }, { label: 'Telefone', count: 0 }], average: null, texts: [] },
      { kind: 'SCALE', answered: 2, counts: [1, 2, 3, 4, 5].map((n) => ({ label: String(n), count: n >= 4 ? 1 : 0 })), average: 4.5, texts: [] },
      { kind: 'TEXT', answered: 1, counts: [], average: null, texts: ['Mais horários de vistoria'] },
    ] });
  });

  it('R-UNIT-1: a customer sees only surveys meant for them (published, in the period, their development); others are NOT_FOUND; bad answers name the field', async () => {
    const { world, admin, ana, survey } = await setup();
    const elsewhere = await world.development2();
    const other = (await admin.client.ok(SAVE, { i: { title: 'Só do loteamento', opensOn: today(), closesOn: today(), developmentId: elsewhere.id, questions: QUESTIONS } })).saveSurvey;
    await admin.client.ok(PUBLISH, { id: other.id });
    const draft = (await admin.client.ok(SAVE, { i: { title: 'Rascunho', opensOn: today(), closesOn: today(), questions: QUESTIONS } })).saveSurvey;
    const client = await ana.client();
    expect((await client.ok(MINE)).mySurveys.map((s: { id: string }) => s.id)).toEqual([survey.id]);
    for (const s of [other, draft]) {
      expect((await client.request(ANSWER, { s: s.id, a: answers(s.questions, 0, 3, null) })).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'Pesquisa não encontrada.' });
    }
    const noUnit = await world.customer();
    expect((await (await noUnit.client()).ok(MINE)).mySurveys).toEqual([]);
    expect((await client.request(ANSWER, { s: survey.id, a: answers(survey.questions, 7, 3, null) })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers' });
    expect((await client.request(ANSWER, { s: survey.id, a: answers(survey.questions, 0, 6, null) })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers' });
    expect((await client.ok(MINE)).mySurveys[0].answered).toBe(false);
  });

  it('staff write a draft (audited), a published survey does not change; an AGENT cannot write; a MANAGER limited to a development writes only surveys for it', async () => {
    const { world, admin, survey } = await setup(true, { publish: false });
    const kept = QUESTIONS.map((q, i) => ({ ...q, id: survey.questions[i]!.id }));
    const changed = (await admin.client.ok(SAVE, { i: { id: survey.id, version: survey.version, title: 'Satisfação', opensOn: today(), closesOn: today(), questions: kept } })).saveSurvey;
    expect(changed.version).toBe(survey.version + 1);
    // The questions keep their ids while a draft changes, so nothing answered points nowhere.
    expect(changed.questions.map((q: { id: string }) => q.id)).toEqual(survey.questions.map((q) => q.id));
    expect((await admin.client.request(SAVE, { i: { title: 'X', opensOn: today(), closesOn: today(), questions: [{ kind: 'SINGLE_CHOICE', text: 'Uma?', options: ['Só'] }] } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questions' });
    expect((await admin.client.request(SAVE, { i: { title: 'X', opensOn: today(), closesOn: addDays(today(), -1), questions: QUESTIONS } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesOn' });
    await admin.client.ok(PUBLISH, { id: survey.id });
    expect((await admin.client.request(SAVE, { i: { id: survey.id, version: changed.version + 1, title: 'Outra', opensOn: today(), closesOn: today(), questions: QUESTIONS } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const { auditLog } = await admin.client.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { action targetLabel } } }`, { id: survey.id });
    expect(auditLog.nodes.map((n: { action: string }) => n.action).sort()).toEqual(['survey.create', 'survey.publish', 'survey.update']);
    const agent = await world.staff(StaffRole.AGENT);
    expect((await agent.client.request(PUBLISH, { id: survey.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await world.development2();
    const limited = await world.staff(StaffRole.MANAGER, { developments: [elsewhere] });
    expect((await limited.client.request(SAVE, { i: { title: 'Para todos', opensOn: today(), closesOn: today(), questions: QUESTIONS } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await limited.client.ok(SAVE, { i: { title: 'Do loteamento', opensOn: today(), closesOn: today(), developmentId: elsewhere.id, questions: QUESTIONS } })).saveSurvey.status).toBe('DRAFT');
    expect((await limited.client.request(PUBLISH, { id: survey.id })).errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'Pesquisa não encontrada.' });
  });
});
