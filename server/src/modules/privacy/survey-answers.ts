import type { EntityManager } from '@mikro-orm/postgresql';
import type { SurveyAnswer } from '../surveys/survey-response.entity.js';
import type { SurveyQuestion } from '../surveys/survey.entity.js';
import { SurveyQuestionKind } from '../surveys/survey.enums.js';
import { query } from '../visibility/sql.js';
import type { MySurveyResponse } from './privacy.types.js';

/** One answer in words: the chosen option, "4 de 5", or the text. */
function answerText(question: SurveyQuestion | undefined, answer: SurveyAnswer): string | null {
  if (question?.kind === SurveyQuestionKind.SINGLE_CHOICE && answer.choice !== null) return question.options[answer.choice] ?? null;
  if (answer.scale !== null) return `${answer.scale} de 5`;
  return answer.text;
}

/** R-OPS-3: the customer's own answers to the company's surveys, newest first (for the copy of their data). */
export async function mySurveyResponses(em: EntityManager, customerId: string, companyId: string): Promise<MySurveyResponse[]> {
  const rows = await query<{ id: string; title: string; created_at: Date; answers: SurveyAnswer[]; questions: SurveyQuestion[] }>(em,
    `select r.id, s.title, r.created_at, r.answers, s.questions from survey_response r join survey s on s.id = r.survey_id
      where r.customer_id = cast(:customer as uuid) and s.company_id = cast(:company as uuid) order by r.created_at desc, r.id desc`,
    { customer: customerId, company: companyId });
  return rows.map((r) => ({
    id: r.id, surveyTitle: r.title, answeredAt: new Date(r.created_at),
    answers: r.answers.map((a) => {
      const question = r.questions.find((q) => q.id === a.questionId);
      return { question: question?.text ?? '', answer: answerText(question, a) };
    }),
  }));
}
