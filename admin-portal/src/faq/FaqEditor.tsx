import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { ActionButton, SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/Status';
import './faq.css';

const PortalFaqQuery = graphql(`
  query PortalFaq($portalId: ID!) {
    portal(id: $portalId) {
      id
      name
      showFaq
    }
    portalFaq(portalId: $portalId) {
      id
      name
      position
      active
      entries {
        id
        question
        answer
        position
        active
      }
    }
  }
`);

const SaveFaqCategoryMutation = graphql(`
  mutation SaveFaqCategory($input: FaqCategoryInput!) {
    saveFaqCategory(input: $input) {
      id
    }
  }
`);

const SaveFaqEntryMutation = graphql(`
  mutation SaveFaqEntry($input: FaqEntryInput!) {
    saveFaqEntry(input: $input) {
      id
    }
  }
`);

const DeleteFaqEntryMutation = graphql(`
  mutation DeleteFaqEntry($id: ID!) {
    deleteFaqEntry(id: $id)
  }
`);

type Entry = { id: string; question: string; answer: string; position: number; active: boolean };

/** A portal's Perguntas frequentes (shown when "Exibir perguntas frequentes" is on): categories and questions, in order; every change audited. */
export function FaqEditor({ portalId }: { portalId: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PortalFaqQuery, variables: { portalId } });
  const [categoryState, saveCategory] = useMutation(SaveFaqCategoryMutation);
  const [name, setName] = useState('');
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  return (
    <>
      <p><Link to={`/admin/portais/${portalId}#setting-showFaq`}>{t('faq.back', { portal: data.portal.name })}</Link></p>
      <h1>{t('faq.title')}</h1>
      <p className={data.portal.showFaq ? 'notice' : 'notice warn'} data-testid="faq-toggle">{data.portal.showFaq ? t('faq.on') : t('faq.off')}</p>
      {data.portalFaq.length === 0 && <p className="notice">{t('faq.noCategories')}</p>}
      {data.portalFaq.map((c) => (
        <section key={c.id} className="card" aria-labelledby={`faq-category-${c.id}`}>
          <div className="top">
            <h2 id={`faq-category-${c.id}`}>{c.name}</h2>
            <label className="check">
              <input type="checkbox" checked={c.active} onChange={(e) => saveCategory({ input: { id: c.id, active: e.target.checked } }).then(reload)} />
              {t('faq.categoryActive')}
            </label>
          </div>
          {c.entries.length === 0 && <p className="muted">{t('faq.noEntries')}</p>}
          {c.entries.map((e) => <EntryForm key={e.id} categoryId={c.id} entry={e} onSaved={reload} />)}
          <details>
            <summary>{t('faq.addEntry')}</summary>
            <EntryForm categoryId={c.id} onSaved={reload} />
          </details>
        </section>
      ))}
      <Form className="card form" error={categoryState.error} aria-label={t('faq.addCategory')} heading={<h2>{t('faq.addCategory')}</h2>}
        onSubmit={async () => {
          const result = await saveCategory({ input: { portalId, name: name.trim(), position: data.portalFaq.length } });
          if (result.data) { setName(''); reload(); }
        }}>
        <Field name="name" label={t('faq.categoryName')}>
          <input id="new-faq-category" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        </Field>
        <SubmitButton className="secondary">{t('faq.addCategory')}</SubmitButton>
      </Form>
    </>
  );
}

function EntryForm({ categoryId, entry, onSaved }: { categoryId: string; entry?: Entry; onSaved: () => void }) {
  const { t } = useI18n();
  const [, save] = useMutation(SaveFaqEntryMutation);
  const [, remove] = useMutation(DeleteFaqEntryMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const [question, setQuestion] = useState(entry?.question ?? '');
  const [answer, setAnswer] = useState(entry?.answer ?? '');
  const [active, setActive] = useState(entry?.active ?? true);
  const key = entry?.id ?? `new-${categoryId}`;
  async function submit() {
    const result = await save({ input: entry ? { id: entry.id, question, answer, active } : { categoryId, question, answer, active, position: 999 } });
    setError(result.error ?? null);
    if (result.data) {
      if (!entry) { setQuestion(''); setAnswer(''); }
      onSaved();
    }
  }
  return (
    <Form className="form faq-entry-form" onSubmit={submit} error={error} aria-label={entry ? entry.question : t('faq.addEntry')}>
      <Field name="question" label={t('faq.question')}>
        <input id={`question-${key}`} value={question} onChange={(e) => setQuestion(e.target.value)} required maxLength={300} />
      </Field>
      <Field name="answer" label={t('faq.answer')}>
        <textarea id={`answer-${key}`} rows={3} value={answer} onChange={(e) => setAnswer(e.target.value)} required maxLength={5000} />
      </Field>
      <label className="check"><input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />{t('faq.entryActive')}</label>
      <div className="actions">
        <SubmitButton className="secondary">{entry ? t('app.save') : t('faq.addEntry')}</SubmitButton>
        {entry && <ActionButton className="link" onClick={() => remove({ id: entry.id }).then((r) => { setError(r.error ?? null); if (r.data) onSaved(); })}>{t('faq.delete')}</ActionButton>}
      </div>
    </Form>
  );
}
