import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import './faq.css';

const FaqQuery = graphql(`
  query Faq($search: String) {
    faq(search: $search) {
      id
      name
      entries {
        id
        question
        answer
      }
    }
  }
`);

/** Perguntas frequentes (showFaq): the portal's questions by category, searchable; each answer opens under its question. */
export function FaqPage() {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  // Searches as the customer types, once they pause.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: FaqQuery, variables: { search: search || null } });

  let body;
  if (fetching && !data) body = <Loading />;
  else if (!data) body = <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (data.faq.length === 0 && search) {
    body = (
      <Empty title={t('faq.noMatch', { search })} why={t('faq.noMatchWhy')}>
        <Link to="/fale-conosco">{t('nav.contact')}</Link>
      </Empty>
    );
  } else if (data.faq.every((c) => c.entries.length === 0)) {
    body = <Empty title={t('faq.empty')} why={t('faq.emptyWhy')}><Link to="/fale-conosco">{t('nav.contact')}</Link></Empty>;
  } else {
    body = data.faq.filter((c) => c.entries.length > 0).map((category) => (
      <section key={category.id} aria-labelledby={`faq-${category.id}`}>
        <h2 id={`faq-${category.id}`}>{category.name}</h2>
        {category.entries.map((entry) => (
          <details key={entry.id} className="card faq-entry">
            <summary>{entry.question}</summary>
            <p style={{ whiteSpace: 'pre-wrap' }}>{entry.answer}</p>
          </details>
        ))}
      </section>
    ));
  }

  return (
    <>
      <h1>{t('faq.title')}</h1>
      <form role="search" className="field" onSubmit={(e) => { e.preventDefault(); setSearch(typed.trim()); }}>
        <label htmlFor="faq-search">{t('faq.search')}</label>
        <input id="faq-search" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder={t('faq.searchHint')} />
      </form>
      <div aria-live="polite">{body}</div>
    </>
  );
}
