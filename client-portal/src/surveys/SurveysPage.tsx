import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { SurveyAnswerInput } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../shared/format/dates';
import { Link } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import './surveys.css';

const MySurveysQuery = graphql(`
  query MySurveys {
    mySurveys {
      id
      title
      closesOn
      answered
      questions { id kind text options }
    }
    myConsents { purpose granted }
  }
`);

const AnswerSurveyMutation = graphql(`
  mutation AnswerSurvey($surveyId: ID!, $answers: [SurveyAnswerInput!]!) {
    answerSurvey(surveyId: $surveyId, answers: $answers) { id answered }
  }
`);

interface Survey {
  id: string;
  title: string;
  closesOn: string;
  questions: { id: string; kind: string; text: string; options: string[] }[];
}

/** One survey to answer, a question per fieldset (phone first: big radio targets). */
function SurveyForm({ survey }: { survey: Survey }) {
  const { t, errorText } = useI18n();
  const [answers, setAnswers] = useState<Record<string, SurveyAnswerInput>>({});
  const [state, send] = useMutation(AnswerSurveyMutation);
  const set = (questionId: string, patch: Partial<SurveyAnswerInput>) => setAnswers((a) => ({ ...a, [questionId]: { ...a[questionId], ...patch, questionId } }));

  return (
    <form className="card survey" aria-labelledby={`pesquisa-${survey.id}`} onSubmit={(e) => {
      e.preventDefault();
      void send({ surveyId: survey.id, answers: survey.questions.map((q) => answers[q.id] ?? { questionId: q.id }) });
    }}>
      <h2 id={`pesquisa-${survey.id}`}>{survey.title}</h2>
      <p className="muted">{t('surveys.until', { day: formatDate(survey.closesOn) })}</p>
      {survey.questions.map((q, i) => (
        <fieldset key={q.id} className="question">
          <legend>{i + 1}. {q.text}</legend>
          {q.kind === 'SINGLE_CHOICE' && q.options.map((option, index) => (
            <label key={option} className="choice">
              <input type="radio" name={`${survey.id}-${q.id}`} checked={answers[q.id]?.choice === index} onChange={() => set(q.id, { choice: index })} /> {option}
            </label>
          ))}
          {q.kind === 'SCALE' && (
            <div className="scale">
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="choice">
                  <input type="radio" name={`${survey.id}-${q.id}`} checked={answers[q.id]?.scale === n} onChange={() => set(q.id, { scale: n })} aria-label={t('surveys.score', { n: String(n) })} /> {n}
                </label>
              ))}
              <p className="muted">{t('surveys.scaleHint')}</p>
            </div>
          )}
          {q.kind === 'TEXT' && (
            <textarea id={`${survey.id}-${q.id}`} aria-label={q.text} rows={3} maxLength={2000} value={answers[q.id]?.text ?? ''} onChange={(e) => set(q.id, { text: e.target.value })} placeholder={t('surveys.optional')} />
          )}
        </fieldset>
      ))}
      {state.error && <div role="alert" className="notice error"><p>{errorText(state.error)}</p></div>}
      <button type="submit" disabled={state.fetching} aria-busy={state.fetching || undefined}>{state.fetching ? t('surveys.sending') : t('surveys.send')}</button>
    </form>
  );
}

/** Pesquisa (showSurveys): the surveys open for the customer; each answered once; without the surveys consent, where to give it. */
export function SurveysPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MySurveysQuery });
  let body;
  if (fetching && !data) body = <Loading />;
  else if (!data) body = <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  // R-OPS-3: surveys rest on consent; without it the server shows none, and here the reason and where to change it.
  else if (data.mySurveys.length === 0 && !data.myConsents.some((c) => c.purpose === 'SURVEYS' && c.granted)) {
    body = <Empty title={t('surveys.noConsent')} why={t('surveys.noConsentWhy')}><Link to="/privacidade">{t('nav.privacy')}</Link></Empty>;
  } else if (data.mySurveys.length === 0) body = <Empty title={t('surveys.none')} why={t('surveys.noneWhy')}><Link to="/">{t('nav.home')}</Link></Empty>;
  else {
    body = data.mySurveys.map((s) => s.answered
      ? <div key={s.id} className="notice" role="status"><p><strong>{s.title}</strong></p><p>{t('surveys.thanks')}</p></div>
      : <SurveyForm key={s.id} survey={s} />);
  }
  return (
    <>
      <h1>{t('surveys.title')}</h1>
      <div aria-live="polite">{body}</div>
    </>
  );
}
