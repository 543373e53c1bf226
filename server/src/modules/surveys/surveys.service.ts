import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../db/ids.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../domain-errors.js';
import { Account } from '../auth/account.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { visibleUnits } from '../developments/unit.service.js';
import { ConsentPurpose } from '../privacy/consent.entity.js';
import { hasConsent } from '../privacy/consents.js';
import type { ViewerScope } from '../visibility/rule.js';
import { localDay } from '../scheduling/scheduling-time.js';
import { SurveyResponse, type SurveyAnswer } from './survey-response.entity.js';
import { Survey, type SurveyQuestion } from './survey.entity.js';
import { SurveyQuestionKind, SurveyStatus } from './survey.enums.js';
import type { SurveyAnswerInput, SurveyQuestionResult, SurveyView } from './surveys.types.js';

/**
 * Pesquisa for the customer (SPEC §11, showSurveys). A survey is meant for a customer when it is
 * of the portal's company, published, today (Brasília) is within its period, and the customer
 * sees a unit in this portal (R-UNIT-1..3) — in its development, when it names one. Anything else
 * answers NOT_FOUND. One answer per customer: the unique constraint on (survey, customer).
 * R-OPS-3: surveys rest on consent (opt-in, like every purpose in privacy/consents.ts — none is in
 * force until the person gives it): without the SURVEYS consent in force, none is shown and an
 * answer is refused (FORBIDDEN, naming the consent and where to give it).
 */

export const ALREADY_ANSWERED = 'Você já respondeu esta pesquisa: cada cliente responde uma vez. Obrigado!';

export const NO_SURVEYS_CONSENT = 'Responder pesquisas depende do seu consentimento "Pesquisas de satisfação", que você não deu ou retirou. Se quiser responder, ligue essa autorização em Privacidade.';

/** The surveys open today for the customer, with whether they answered. */
export async function openSurveys(em: EntityManager, scope: ViewerScope, companyId: string): Promise<SurveyView[]> {
  if (!scope.customerId || !(await hasConsent(em, scope.accountId, ConsentPurpose.SURVEYS))) return [];
  const units = await visibleUnits(em, scope);
  if (!units.length) return [];
  const developments = [...new Set(units.map((u) => u.development.id))];
  const today = localDay(scope.now);
  const surveys = await em.find(Survey, {
    company: companyId, status: SurveyStatus.PUBLISHED, opensOn: { $lte: today }, closesOn: { $gte: today },
    $or: [{ development: null }, { development: { $in: developments } }],
  }, { orderBy: { closesOn: 'asc', id: 'asc' } });
  const answered = new Set((await em.find(SurveyResponse, { survey: { $in: surveys.map((s) => s.id) }, customer: scope.customerId }, { fields: ['survey'] })).map((r) => r.survey.id));
  return surveys.map((s) => ({ id: s.id, title: s.title, closesOn: s.closesOn, questions: s.questions, answered: answered.has(s.id) }));
}

function answersOf(questions: readonly SurveyQuestion[], input: readonly SurveyAnswerInput[]): SurveyAnswer[] {
  const given = new Map(input.map((a) => [a.questionId, a]));
  if (input.some((a) => !questions.some((q) => q.id === a.questionId))) throw new BadInputError('answers', 'Uma das respostas é de uma pergunta que não está nesta pesquisa: recarregue a página.');
  return questions.map((q, i) => {
    const a = given.get(q.id);
    const n = i + 1;
    if (q.kind === SurveyQuestionKind.SINGLE_CHOICE) {
      const choice = a?.choice;
      if (choice === null || choice === undefined) throw new BadInputError('answers', `Pergunta ${n}: escolha uma opção.`);
      if (!Number.isInteger(choice) || choice < 0 || choice >= q.options.length) throw new BadInputError('answers', `Pergunta ${n}: escolha uma das opções.`);
      return { questionId: q.id, choice, scale: null, text: null };
    }
    if (q.kind === SurveyQuestionKind.SCALE) {
      const scale = a?.scale;
      if (scale === null || scale === undefined) throw new BadInputError('answers', `Pergunta ${n}: dê uma nota de 1 a 5.`);
      if (!Number.isInteger(scale) || scale < 1 || scale > 5) throw new BadInputError('answers', `Pergunta ${n}: a nota vai de 1 a 5.`);
      return { questionId: q.id, choice: null, scale, text: null };
    }
    const text = a?.text?.trim() || null;
    if (text && text.length > 2000) throw new BadInputError('answers', `Pergunta ${n}: no máximo 2.000 caracteres.`);
    return { questionId: q.id, choice: null, scale: null, text };
  });
}

export async function answerSurvey(em: EntityManager, scope: ViewerScope, companyId: string, surveyId: string, input: readonly SurveyAnswerInput[]): Promise<void> {
  if (!(await hasConsent(em, scope.accountId, ConsentPurpose.SURVEYS))) throw new ForbiddenError(NO_SURVEYS_CONSENT);
  const survey = (await openSurveys(em, scope, companyId)).find((s) => s.id === surveyId);
  if (!survey) throw new NotFoundError('Pesquisa');
  if (survey.answered) throw new ConflictError(ALREADY_ANSWERED);
  const answers = answersOf(survey.questions, input);
  try {
    await em.transactional(async (tx) => {
      tx.create(SurveyResponse, {
        survey: surveyId, customer: tx.getReference(Customer, scope.customerId!), answeredBy: tx.getReference(Account, scope.accountId), answers, createdAt: scope.now,
      });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw new ConflictError(ALREADY_ANSWERED);
    throw err;
  }
}

/** Counts per option, the average of a scale, the texts. */
export function resultsOf(questions: readonly SurveyQuestion[], responses: readonly { answers: SurveyAnswer[] }[]): SurveyQuestionResult[] {
  return questions.map((q) => {
    const answers = responses.map((r) => r.answers.find((a) => a.questionId === q.id)).filter((a): a is SurveyAnswer => Boolean(a));
    if (q.kind === SurveyQuestionKind.SINGLE_CHOICE) {
      const given = answers.filter((a) => a.choice !== null);
      return { questionId: q.id, kind: q.kind, text: q.text, answered: given.length, counts: q.options.map((label, i) => ({ label, count: given.filter((a) => a.choice === i).length })), average: null, texts: [] };
    }
    if (q.kind === SurveyQuestionKind.SCALE) {
      const given = answers.filter((a) => a.scale !== null);
      const average = given.length ? Math.round((given.reduce((sum, a) => sum + a.scale!, 0) / given.length) * 100) / 100 : null;
      return { questionId: q.id, kind: q.kind, text: q.text, answered: given.length, counts: [1, 2, 3, 4, 5].map((n) => ({ label: String(n), count: given.filter((a) => a.scale === n).length })), average, texts: [] };
    }
    const texts = answers.flatMap((a) => (a.text ? [a.text] : []));
    return { questionId: q.id, kind: q.kind, text: q.text, answered: texts.length, counts: [], average: null, texts };
  });
}

/** The questions as staff typed them, checked; existing ids kept, new ones given one. */
export function questionsOf(input: readonly { id?: string | null; kind: SurveyQuestionKind; text: string; options: string[] }[], existing: readonly SurveyQuestion[]): SurveyQuestion[] {
  if (!input.length) throw new BadInputError('questions', 'Escreva ao menos uma pergunta.');
  if (input.length > 30) throw new BadInputError('questions', 'No máximo 30 perguntas.');
  return input.map((q, i) => {
    const n = i + 1;
    const text = q.text.trim();
    if (!text || text.length > 500) throw new BadInputError('questions', `Pergunta ${n}: escreva a pergunta (até 500 caracteres).`);
    const options = q.kind === SurveyQuestionKind.SINGLE_CHOICE ? q.options.map((o) => o.trim()).filter(Boolean) : [];
    if (q.kind === SurveyQuestionKind.SINGLE_CHOICE && (options.length < 2 || options.length > 10)) throw new BadInputError('questions', `Pergunta ${n}: dê de 2 a 10 opções.`);
    if (options.some((o) => o.length > 200)) throw new BadInputError('questions', `Pergunta ${n}: cada opção tem até 200 caracteres.`);
    const id = q.id && existing.some((e) => e.id === q.id) ? q.id : newId();
    return { id, kind: q.kind, text, options };
  });
}
