import { useState } from 'react';
import { SubmitButton } from '@shared/forms/buttons';
import { Field, FieldGroup } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { useQuery } from 'urql';
import { formatDocument } from '@shared/format/document';
import { graphql } from '../gql';
import type { ExplainVisibilityInput, PortalMenu, VisibilityTarget } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { FixLinkView } from '../ui/FixLinkView';
import { Loading } from '../ui/Status';

const ExplainerOptionsQuery = graphql(`
  query ExplainerOptions($customerId: ID!) {
    customer(id: $customerId) {
      id
      name
      participations {
        unit {
          id
          name
        }
        reservation {
          id
          contracts {
            id
            title
          }
        }
      }
    }
    requests(filter: { customerId: $customerId }, first: 50) {
      nodes {
        id
        number
        subsubject {
          id
          name
        }
      }
    }
  }
`);

const CustomerSearchQuery = graphql(`
  query ExplainerCustomers($search: String) {
    customers(search: $search, first: 20) {
      nodes {
        id
        name
        document
      }
    }
  }
`);

/** The syndics of the developments this member of staff reaches (R-OPS-4), by development. */
const SyndicsQuery = graphql(`
  query ExplainerSyndics {
    developments {
      id
      name
      syndics {
        id
        name
      }
    }
  }
`);

/** The requests of the syndic's development: theirs and the customers' (to ask why a syndic does not see one). */
const SyndicRequestsQuery = graphql(`
  query ExplainerSyndicRequests($developmentId: ID!) {
    requests(filter: { developmentId: $developmentId }, first: 50) {
      nodes {
        id
        number
        subsubject {
          id
          name
        }
        unit {
          id
          name
        }
        commonArea {
          id
          name
        }
      }
    }
  }
`);

const ExplainQuery = graphql(`
  query Explain($input: ExplainVisibilityInput!) {
    explainVisibility(input: $input) {
      visible
      subject
      hostname
      portal {
        id
        name
      }
      checks {
        ruleId
        label
        passed
        detail
        fix {
          screen
          id
          label
          setting
        }
      }
    }
  }
`);

const MENUS: PortalMenu[] = ['SERVICE', 'ASSISTANCE', 'CONTRACTS', 'FINANCIAL', 'WORK_LOG', 'SCHEDULE', 'SYNDIC_ACCESS', 'DELIVERY_FORECAST', 'LOCATION', 'COMMON_AREA', 'SCHEDULING', 'FAQ', 'BENEFITS', 'SURVEYS', 'REFER_FRIEND', 'ADDRESS_CONFIRMATION', 'PENDING_PROPOSALS', 'PENDING_PRE_REGISTRATIONS'];
/** A syndic's menus (R-REQ-8): opening requests for common areas. */
const SYNDIC_MENUS: PortalMenu[] = ['SERVICE', 'ASSISTANCE'];

type Subject = 'customer' | 'syndic';
type Question = 'unit' | 'contract' | 'request' | 'menu' | 'login' | 'dataChange' | 'commonAreas' | 'bill' | 'installment';
const QUESTIONS: Record<Subject, Question[]> = {
  customer: ['unit', 'contract', 'request', 'menu', 'login', 'dataChange'],
  syndic: ['menu', 'commonAreas', 'request', 'login'],
};

/**
 * R-EXPLAIN-1: "why doesn't customer X see Y?", "why wasn't their registration change applied?",
 * "what can this syndic see and open?" — every rule, pass or fail, and the screen that fixes it.
 */
export function ExplainerPage() {
  const { t } = useI18n();
  const label = useLabel();
  const params = new URLSearchParams(location.search);
  const [subject, setSubject] = useState<Subject>('customer');
  const [customerId, setCustomerId] = useState(params.get('cliente') ?? '');
  const [syndicId, setSyndicId] = useState('');
  const [search, setSearch] = useState('');
  const [question, setQuestion] = useState<Question>('unit');
  const [targetId, setTargetId] = useState(params.get('unidade') ?? '');
  const [menu, setMenu] = useState<PortalMenu>('SERVICE');
  const [hostname, setHostname] = useState('');
  // Links from other screens ask at once: a unit (?cliente=&unidade=), a bill (&boleto=), an installment (&parcela=) — the
  // customer's financial view links these — a contract (&contrato=), a request (&pedido=), a menu (&menu=) or password
  // sign-in (&acesso=): the impact preview links each affected customer here.
  const [asked, setAsked] = useState<{ input: ExplainVisibilityInput; question: Question; subject: Subject } | null>(() => {
    const customer = params.get('cliente');
    if (!customer) return null;
    const ask = (target: VisibilityTarget, question: Question) => ({ input: { customerId: customer, target, hostname: null }, question, subject: 'customer' as const });
    if (params.get('unidade')) return ask({ unitId: params.get('unidade') }, 'unit');
    if (params.get('boleto')) return ask({ billId: params.get('boleto') }, 'bill');
    if (params.get('parcela')) return ask({ installmentId: params.get('parcela') }, 'installment');
    if (params.get('contrato')) return ask({ contractId: params.get('contrato') }, 'contract');
    if (params.get('pedido')) return ask({ requestId: params.get('pedido') }, 'request');
    if (params.get('menu')) return ask({ menu: params.get('menu') as PortalMenu }, 'menu');
    if (params.get('acesso')) return ask({ login: true }, 'login');
    return null;
  });
  const [{ data: customers }] = useQuery({ query: CustomerSearchQuery, variables: { search: search || null }, pause: subject !== 'customer' || (!!customerId && !search) });
  const [{ data: options }] = useQuery({ query: ExplainerOptionsQuery, variables: { customerId }, pause: subject !== 'customer' || !customerId });
  const [{ data: syndicOptions }] = useQuery({ query: SyndicsQuery, pause: subject !== 'syndic' });
  const syndics = (syndicOptions?.developments ?? []).flatMap((d) => d.syndics.map((s) => ({ ...s, development: d })));
  const syndic = syndics.find((s) => s.id === syndicId);
  const [{ data: syndicRequests }] = useQuery({ query: SyndicRequestsQuery, variables: { developmentId: syndic?.development.id ?? '' }, pause: !syndic || question !== 'request' });
  const [{ data, fetching, error }] = useQuery({ query: ExplainQuery, variables: { input: asked?.input as ExplainVisibilityInput }, pause: !asked });

  function chooseSubject(next: Subject) {
    setSubject(next);
    setQuestion(QUESTIONS[next][0]!);
    setTargetId('');
    setMenu('SERVICE');
  }

  function submit() {
    const target: VisibilityTarget =
      question === 'unit' ? { unitId: targetId }
      : question === 'contract' ? { contractId: targetId }
      : question === 'request' ? { requestId: targetId }
      : question === 'menu' ? { menu }
      : question === 'dataChange' ? { dataChange: true }
      : question === 'commonAreas' ? { commonAreas: true }
      : { login: true };
    const who = subject === 'customer' ? { customerId } : { syndicId };
    setAsked({ input: { ...who, target, hostname: question === 'dataChange' ? null : hostname.trim() || null }, question, subject });
  }

  const units = [...new Map((options?.customer?.participations ?? []).map((p) => [p.unit.id, p.unit])).values()];
  const menus = subject === 'syndic' ? SYNDIC_MENUS : MENUS;
  const answer = data?.explainVisibility;
  const heading = !answer || !asked ? ''
    : asked.question === 'dataChange' ? t(answer.visible ? 'explainer.applied' : 'explainer.notApplied')
    : asked.subject === 'syndic' ? t(answer.visible ? 'explainer.visibleToSyndic' : 'explainer.hiddenFromSyndic')
    : t(answer.visible ? 'explainer.visible' : 'explainer.hidden');
  return (
    <>
      <h1>{t('explainer.title')}</h1>
      <Form className="card form" onSubmit={submit} error={asked ? error : null} busy={fetching} aria-label={t('explainer.title')}>
        <FieldGroup name="subject" legend={t('explainer.subject')}>
          <label className="check"><input type="radio" name="subject" checked={subject === 'customer'} onChange={() => chooseSubject('customer')} />{t('explainer.subjectCustomer')}</label>
          <label className="check"><input type="radio" name="subject" checked={subject === 'syndic'} onChange={() => chooseSubject('syndic')} />{t('explainer.subjectSyndic')}</label>
        </FieldGroup>
        {subject === 'customer' ? (
          <>
            <Field name="search" label={t('customers.searchLabel')}>
              <input id="customer-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
            </Field>
            <Field name="customerId" label={t('explainer.customer')}>
              <select id="customer" value={customerId} onChange={(e) => setCustomerId(e.target.value)} required>
                <option value="" />
                {options?.customer && !customers?.customers.nodes.some((c) => c.id === customerId) && <option value={options.customer.id}>{options.customer.name}</option>}
                {customers?.customers.nodes.map((c) => <option key={c.id} value={c.id}>{c.name} ({formatDocument(c.document)})</option>)}
              </select>
            </Field>
          </>
        ) : (
          <>
            <Field name="syndicId" label={t('explainer.syndic')}>
              <select id="syndic" value={syndicId} onChange={(e) => { setSyndicId(e.target.value); setTargetId(''); }} required>
                <option value="" />
                {syndics.map((s) => <option key={s.id} value={s.id}>{t('explainer.syndicOption', { name: s.name, development: s.development.name })}</option>)}
              </select>
            </Field>
            {syndicOptions && syndics.length === 0 && <p className="muted">{t('explainer.noSyndics')}</p>}
          </>
        )}
        <Field name="question" label={t('explainer.what')}>
          <select id="what" value={question} onChange={(e) => { setQuestion(e.target.value as Question); setTargetId(''); }}>
            {QUESTIONS[subject].map((q) => <option key={q} value={q}>{t(`explainer.${q}`)}</option>)}
          </select>
        </Field>
        {question === 'unit' && (
          <>
            <Field name="target" label={t('explainer.unit')}>
              <select id="unit" value={targetId} onChange={(e) => setTargetId(e.target.value)} required>
                <option value="" />
                {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </select>
            </Field>
          </>
        )}
        {question === 'request' && (
          <>
            <Field name="target" label={t('explainer.request')}>
              <select id="request" value={targetId} onChange={(e) => setTargetId(e.target.value)} required>
                <option value="" />
                {subject === 'customer'
                  ? options?.requests.nodes.map((r) => <option key={r.id} value={r.id}>{t('requests.number', { number: r.number })} · {r.subsubject.name}</option>)
                  : syndicRequests?.requests.nodes.map((r) => (
                      <option key={r.id} value={r.id}>{t('explainer.requestOption', { number: r.number, subject: r.subsubject.name, place: r.unit?.name ?? r.commonArea?.name ?? '' })}</option>
                    ))}
              </select>
            </Field>
          </>
        )}
        {question === 'contract' && (
          <>
            <Field name="target" label={t('explainer.contract')}>
              <select id="contract" value={targetId} onChange={(e) => setTargetId(e.target.value)} required>
                <option value="" />
                {(options?.customer?.participations ?? []).flatMap((p) => p.reservation.contracts.map((c) => <option key={c.id} value={c.id}>{p.unit.name} · {c.title}</option>))}
              </select>
            </Field>
          </>
        )}
        {question === 'menu' && (
          <>
            <Field name="target" label={t('explainer.menu')}>
              <select id="menu" value={menu} onChange={(e) => setMenu(e.target.value as PortalMenu)}>{menus.map((m) => <option key={m} value={m}>{label('PortalMenu', m)}</option>)}</select>
            </Field>
          </>
        )}
        {question !== 'dataChange' && (
          <>
            <Field name="hostname" label={t('portal.domainHost')}>
              <input id="hostname" value={hostname} onChange={(e) => setHostname(e.target.value)} placeholder="portal.suaempresa.com.br" />
            </Field>
          </>
        )}
        <SubmitButton>{t('explainer.ask')}</SubmitButton>
      </Form>
      {asked && (fetching && !data ? <Loading /> : !answer ? null : (
        <section className="card" aria-labelledby="answer" data-testid="explanation">
          <h2 id="answer">{heading}</h2>
          <p className="muted">
            {answer.subject}
            {asked.question !== 'dataChange' && ` · ${t('explainer.via', { portal: answer.portal.name, host: answer.hostname ?? '—' })}`}
          </p>
          <ol className="checks">
            {answer.checks.map((c, i) => (
              <li key={i} className={c.passed ? 'passed' : 'failed'} data-testid="rule-check">
                <span className="rule">{c.ruleId}</span> <strong>{c.passed ? `✓ ${t('explainer.passed')}` : `✗ ${t('explainer.failed')}`}</strong> — {c.label}
                <p>{c.detail}</p>
                {!c.passed && <FixLinkView fix={c.fix} />}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
