import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { PortalMenu, VisibilityTarget } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { FixLinkView } from '../ui/FixLinkView';
import { ErrorMessage, Loading } from '../ui/Status';

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

const MENUS: PortalMenu[] = ['SERVICE', 'ASSISTANCE', 'CONTRACTS', 'SYNDIC_ACCESS', 'DELIVERY_FORECAST', 'LOCATION', 'COMMON_AREA', 'SCHEDULING', 'FAQ', 'BENEFITS', 'SURVEYS', 'REFER_FRIEND', 'ADDRESS_CONFIRMATION'];

/** R-EXPLAIN-1: "why doesn't customer X see Y?" — every rule, pass or fail, and the screen that fixes it. */
export function ExplainerPage() {
  const { t } = useI18n();
  const params = new URLSearchParams(location.search);
  const [customerId, setCustomerId] = useState(params.get('cliente') ?? '');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<'unit' | 'contract' | 'request' | 'menu' | 'login'>(params.get('unidade') ? 'unit' : 'unit');
  const [targetId, setTargetId] = useState(params.get('unidade') ?? '');
  const [menu, setMenu] = useState<PortalMenu>('SERVICE');
  const [hostname, setHostname] = useState('');
  const [asked, setAsked] = useState<{ customerId: string; target: VisibilityTarget; hostname: string | null } | null>(
    params.get('cliente') && params.get('unidade') ? { customerId: params.get('cliente')!, target: { unitId: params.get('unidade') }, hostname: null } : null,
  );
  const [{ data: customers }] = useQuery({ query: CustomerSearchQuery, variables: { search: search || null }, pause: !!customerId && !search });
  const [{ data: options }] = useQuery({ query: ExplainerOptionsQuery, variables: { customerId }, pause: !customerId });
  const [{ data, fetching, error }] = useQuery({ query: ExplainQuery, variables: { input: asked! }, pause: !asked });

  function submit(event: FormEvent) {
    event.preventDefault();
    const target: VisibilityTarget =
      kind === 'unit' ? { unitId: targetId } : kind === 'contract' ? { contractId: targetId } : kind === 'request' ? { requestId: targetId } : kind === 'menu' ? { menu } : { login: true };
    setAsked({ customerId, target, hostname: hostname.trim() || null });
  }

  const units = [...new Map((options?.customer?.participations ?? []).map((p) => [p.unit.id, p.unit])).values()];
  return (
    <>
      <h1>{t('explainer.title')}</h1>
      <form className="card form" onSubmit={submit} aria-label={t('explainer.title')}>
        <label htmlFor="customer-search">{t('customers.searchLabel')}</label>
        <input id="customer-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <label htmlFor="customer">{t('explainer.customer')}</label>
        <select id="customer" value={customerId} onChange={(e) => setCustomerId(e.target.value)} required>
          <option value="" />
          {options?.customer && !customers?.customers.nodes.some((c) => c.id === customerId) && <option value={options.customer.id}>{options.customer.name}</option>}
          {customers?.customers.nodes.map((c) => <option key={c.id} value={c.id}>{c.name} ({c.document})</option>)}
        </select>
        <label htmlFor="what">{t('explainer.what')}</label>
        <select id="what" value={kind} onChange={(e) => { setKind(e.target.value as typeof kind); setTargetId(''); }}>
          <option value="unit">{t('explainer.unit')}</option>
          <option value="contract">{t('explainer.contract')}</option>
          <option value="request">{t('explainer.request')}</option>
          <option value="menu">{t('explainer.menu')}</option>
          <option value="login">{t('explainer.login')}</option>
        </select>
        {kind === 'unit' && (
          <>
            <label htmlFor="unit">{t('explainer.unit')}</label>
            <select id="unit" value={targetId} onChange={(e) => setTargetId(e.target.value)} required>
              <option value="" />
              {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </>
        )}
        {kind === 'request' && (
          <>
            <label htmlFor="request">{t('explainer.request')}</label>
            <select id="request" value={targetId} onChange={(e) => setTargetId(e.target.value)} required>
              <option value="" />
              {options?.requests.nodes.map((r) => <option key={r.id} value={r.id}>{r.number} · {r.subsubject.name}</option>)}
            </select>
          </>
        )}
        {kind === 'contract' && (
          <>
            <label htmlFor="contract">{t('explainer.contract')}</label>
            <select id="contract" value={targetId} onChange={(e) => setTargetId(e.target.value)} required>
              <option value="" />
              {(options?.customer?.participations ?? []).flatMap((p) => p.reservation.contracts.map((c) => <option key={c.id} value={c.id}>{p.unit.name} · {c.title}</option>))}
            </select>
          </>
        )}
        {kind === 'menu' && (
          <>
            <label htmlFor="menu">{t('explainer.menu')}</label>
            <select id="menu" value={menu} onChange={(e) => setMenu(e.target.value as PortalMenu)}>{MENUS.map((m) => <option key={m} value={m}>{m}</option>)}</select>
          </>
        )}
        <label htmlFor="hostname">{t('portal.domainHost')}</label>
        <input id="hostname" value={hostname} onChange={(e) => setHostname(e.target.value)} placeholder="portal.suaempresa.com.br" />
        <button type="submit">{t('explainer.ask')}</button>
      </form>
      {asked && (fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} /> : (
        <section className="card" aria-labelledby="answer" data-testid="explanation">
          <h2 id="answer">{data.explainVisibility.visible ? t('explainer.visible') : t('explainer.hidden')}</h2>
          <p className="muted">{data.explainVisibility.subject} · {t('explainer.via', { portal: data.explainVisibility.portal.name, host: data.explainVisibility.hostname ?? '—' })}</p>
          <ol className="checks">
            {data.explainVisibility.checks.map((c, i) => (
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
