import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ActionButton, SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { formatDate } from '@shared/format/dates';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import type { SurveyQuestionKind } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { WorksDevelopmentQuery } from '../works/WorkLogAdmin';
import { ErrorMessage, Loading } from '../ui/Status';
import './surveys-admin.css';

const StaffSurveysQuery = graphql(`
  query StaffSurveys {
    staffSurveys { id title opensOn closesOn status developmentName responses version questions { id kind text options } }
  }
`);

const SaveSurveyMutation = graphql(`
  mutation SaveSurvey($input: SurveyInput!) {
    saveSurvey(input: $input) { id status version }
  }
`);

const PublishSurveyMutation = graphql(`
  mutation PublishSurvey($id: ID!) {
    publishSurvey(id: $id) { id status }
  }
`);

const SurveyResultsQuery = graphql(`
  query SurveyResults($id: ID!) {
    surveyResults(id: $id) {
      surveyId
      title
      responses
      questions { questionId kind text answered average texts counts { label count } }
    }
  }
`);

const KINDS: SurveyQuestionKind[] = ['SINGLE_CHOICE', 'SCALE', 'TEXT'];
interface Draft { kind: SurveyQuestionKind; text: string; options: string }

/** Results as a simple bar picture: each bar's width is its share; the numbers are written too (no colour-only meaning). */
function Results({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: SurveyResultsQuery, variables: { id } });
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  const r = data.surveyResults;
  return (
    <section className="card survey-results" aria-labelledby={`resultado-${id}`}>
      <h3 id={`resultado-${id}`}>{r.responses === 1 ? t('surveys.resultsOfOne', { title: r.title }) : t('surveys.resultsOf', { title: r.title, count: String(r.responses) })}</h3>
      {r.responses === 0 && <p className="notice empty">{t('surveys.noResponses')}</p>}
      {r.questions.map((q, i) => (
        <div key={q.questionId} className="result">
          <h4>{i + 1}. {q.text}</h4>
          {q.average !== null && q.average !== undefined && <p>{t('surveys.average', { value: q.average.toLocaleString('pt-BR') })}</p>}
          {q.counts.length > 0 && (
            <ul className="bars">
              {q.counts.map((c) => {
                const share = q.answered ? Math.round((c.count / q.answered) * 100) : 0;
                return (
                  <li key={c.label}>
                    <span className="bar-label">{c.label}</span>
                    <span className="bar" aria-hidden="true"><span style={{ width: `${share}%` }} /></span>
                    <span className="bar-value">{t('surveys.countShare', { count: String(c.count), share: String(share) })}</span>
                  </li>
                );
              })}
            </ul>
          )}
          {q.kind === 'TEXT' && (q.texts.length ? <ul>{q.texts.map((text, n) => <li key={n}>{text}</li>)}</ul> : <p className="muted">{t('surveys.noTexts')}</p>)}
        </div>
      ))}
    </section>
  );
}

function NewSurvey({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data: devs }] = useQuery({ query: WorksDevelopmentQuery });
  const [state, save] = useMutation(SaveSurveyMutation);
  const [v, setV] = useState({ title: '', opensOn: '', closesOn: '', developmentId: '' });
  const [questions, setQuestions] = useState<Draft[]>([{ kind: 'SCALE', text: '', options: '' }]);
  const setQ = (i: number, patch: Partial<Draft>) => setQuestions(questions.map((q, n) => (n === i ? { ...q, ...patch } : q)));
  const submit = async () => {
    const result = await save({ input: {
      title: v.title, opensOn: v.opensOn, closesOn: v.closesOn, developmentId: v.developmentId || null,
      questions: questions.map((q) => ({ kind: q.kind, text: q.text, options: q.kind === 'SINGLE_CHOICE' ? q.options.split('\n').map((o) => o.trim()).filter(Boolean) : [] })),
    } }, { additionalTypenames: ['StaffSurvey'] });
    if (!result.error) onDone();
  };
  return (
    <Form className="card form" onSubmit={submit} error={state.error} aria-labelledby="new-survey" heading={<h2 id="new-survey">{t('surveys.new')}</h2>}>
      <Field name="title" label={t('surveys.titleField')}><input id="survey-title" required value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} /></Field>
      <Field name="opensOn" label={t('surveys.opensOn')}><input id="survey-opens" type="date" required value={v.opensOn} onChange={(e) => setV({ ...v, opensOn: e.target.value })} /></Field>
      <Field name="closesOn" label={t('surveys.closesOn')}><input id="survey-closes" type="date" required value={v.closesOn} onChange={(e) => setV({ ...v, closesOn: e.target.value })} /></Field>
      <Field name="developmentId" label={t('surveys.audience')}>
        <select id="survey-development" value={v.developmentId} onChange={(e) => setV({ ...v, developmentId: e.target.value })}>
          <option value="">{t('surveys.everyone')}</option>
          {devs?.developments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
        </select>
      </Field>
      {questions.map((q, i) => (
        <fieldset key={i} className="question-draft">
          <legend>{t('surveys.question', { n: String(i + 1) })}</legend>
          <Field name="questions" label={t('surveys.questionText')}><input id={`q-text-${i}`} required value={q.text} onChange={(e) => setQ(i, { text: e.target.value })} /></Field>
          <div className="field">
            <label htmlFor={`q-kind-${i}`}>{t('surveys.questionKind')}</label>
            <select id={`q-kind-${i}`} value={q.kind} onChange={(e) => setQ(i, { kind: e.target.value as SurveyQuestionKind })}>
              {KINDS.map((k) => <option key={k} value={k}>{label('SurveyQuestionKind', k)}</option>)}
            </select>
          </div>
          {q.kind === 'SINGLE_CHOICE' && (
            <div className="field">
              <label htmlFor={`q-options-${i}`}>{t('surveys.options')}</label>
              <textarea id={`q-options-${i}`} rows={3} value={q.options} onChange={(e) => setQ(i, { options: e.target.value })} />
              <p className="help">{t('surveys.optionsHelp')}</p>
            </div>
          )}
          {questions.length > 1 && <button type="button" className="link" onClick={() => setQuestions(questions.filter((_, n) => n !== i))}>{t('surveys.removeQuestion')}</button>}
        </fieldset>
      ))}
      <p><button type="button" className="secondary" onClick={() => setQuestions([...questions, { kind: 'SINGLE_CHOICE', text: '', options: '' }])}>{t('surveys.addQuestion')}</button></p>
      <SubmitButton>{t('surveys.saveDraft')}</SubmitButton>
    </Form>
  );
}

/** Pesquisa for staff: create (draft), publish, see the results. */
export function SurveysAdmin() {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  const writable = can(staff, 'writeWorks');
  const [{ data, fetching, error }, refetch] = useQuery({ query: StaffSurveysQuery });
  const [published, publish] = useMutation(PublishSurveyMutation);
  const [creating, setCreating] = useState(false);
  const [showing, setShowing] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  let body;
  if (fetching && !data) body = <Loading />;
  else if (!data) body = <ErrorMessage error={error} retry={reload} />;
  else if (data.staffSurveys.length === 0) body = <p className="notice empty">{t('surveys.none')}</p>;
  else {
    body = (
      <ul className="cards survey-list">
        {data.staffSurveys.map((s) => (
          <li key={s.id} className="card">
            <h2>{s.title}</h2>
            <p>{label('SurveyStatus', s.status)} · {formatDate(s.opensOn)} – {formatDate(s.closesOn)} · {s.developmentName ?? t('surveys.everyone')}</p>
            <p>{s.responses === 1 ? t('surveys.oneResponse') : t('surveys.responses', { count: String(s.responses) })} · {s.questions.length === 1 ? t('surveys.oneQuestion') : t('surveys.questions', { count: String(s.questions.length) })}</p>
            <p className="actions">
              {writable && s.status === 'DRAFT' && <ActionButton onClick={async () => { const r = await publish({ id: s.id }, { additionalTypenames: ['StaffSurvey'] }); if (!r.error) reload(); }}>{t('surveys.publish')}</ActionButton>}
              <button type="button" className="secondary" aria-expanded={showing === s.id} onClick={() => setShowing(showing === s.id ? null : s.id)}>{t('surveys.results')}</button>
            </p>
            {showing === s.id && <Results id={s.id} />}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <section aria-labelledby="surveys-title">
      <h1 id="surveys-title">{t('surveys.title')}</h1>
      <p className="help">{t('surveys.help')}</p>
      {published.error && <ErrorMessage error={published.error} />}
      {writable && (creating ? <NewSurvey onDone={() => { setCreating(false); reload(); }} /> : <p><button type="button" onClick={() => setCreating(true)}>{t('surveys.new')}</button></p>)}
      {body}
    </section>
  );
}
