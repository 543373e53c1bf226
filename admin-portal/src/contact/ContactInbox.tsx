import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import type { ContactFilter, ContactStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';
import './contact.css';

export const CONTACT_STATUSES = ['PENDING', 'READ', 'NOTE', 'RESOLVED', 'CLOSED'] as const satisfies readonly ContactStatus[];

const ContactInboxQuery = graphql(`
  query ContactInbox($filter: ContactFilter, $after: String) {
    contactMessages(filter: $filter, first: 30, after: $after) {
      nodes {
        id
        subject
        status
        createdAt
        updatedAt
        customerName
        unitName
        blockName
        developmentName
        type {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ContactFilterOptionsQuery = graphql(`
  query ContactFilterOptions {
    developments {
      id
      name
      blocks {
        id
        name
      }
    }
    contactTypes {
      id
      name
    }
    customers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** Operações › Fale Conosco (R-CONTACT-2): the customers' messages, filtered by development, block/quadra, customer, type and status. */
export function ContactInbox() {
  const { t } = useI18n();
  const label = useLabel();
  const [filter, setFilter] = useState<ContactFilter>({});
  const [after, setAfter] = useState<string | null>(null);
  const [options] = useQuery({ query: ContactFilterOptionsQuery });
  const [{ data, fetching, error }, refetch] = useQuery({ query: ContactInboxQuery, variables: { filter, after } });
  const development = options.data?.developments.find((d) => d.id === filter.developmentId);
  const change = (patch: Partial<ContactFilter>) => { setAfter(null); setFilter({ ...filter, ...patch }); };
  const filtered = Object.values(filter).some(Boolean);

  return (
    <>
      <div className="top">
        <h1>{t('contact.title')}</h1>
        <Link to="/admin/configuracao#contact-types">{t('contact.typesLink')}</Link>
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('app.filter')}>
        <label>{t('requests.development')}
          <select id="contact-filter-development" value={filter.developmentId ?? ''} onChange={(e) => change({ developmentId: e.target.value || null, blockId: null })}>
            <option value="">{t('app.all')}</option>
            {options.data?.developments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </label>
        <label>{t('contact.block')}
          <select id="contact-filter-block" value={filter.blockId ?? ''} onChange={(e) => change({ blockId: e.target.value || null })} disabled={!development}>
            <option value="">{development ? t('app.all') : t('contact.blockFirst')}</option>
            {development?.blocks.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
        </label>
        <label>{t('contact.customer')}
          <select id="contact-filter-customer" value={filter.customerId ?? ''} onChange={(e) => change({ customerId: e.target.value || null })}>
            <option value="">{t('app.all')}</option>
            {options.data?.customers.nodes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <label>{t('contact.type')}
          <select id="contact-filter-type" value={filter.typeId ?? ''} onChange={(e) => change({ typeId: e.target.value || null })}>
            <option value="">{t('app.all')}</option>
            {options.data?.contactTypes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <label>{t('requests.status')}
          <select id="contact-filter-status" value={filter.status ?? ''} onChange={(e) => change({ status: (e.target.value || null) as ContactStatus | null })}>
            <option value="">{t('app.all')}</option>
            {CONTACT_STATUSES.map((s) => <option key={s} value={s}>{label('ContactStatus', s)}</option>)}
          </select>
        </label>
      </form>
      {fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : data.contactMessages.nodes.length === 0 ? (
        <p className="notice">{filtered ? t('contact.noneFiltered') : t('contact.none')}</p>
      ) : (
        <>
          <table className="table contact-inbox" data-testid="contact-inbox">
            <thead>
              <tr>
                <th scope="col">{t('contact.subject')}</th>
                <th scope="col">{t('contact.customer')}</th>
                <th scope="col">{t('contact.unit')}</th>
                <th scope="col">{t('contact.type')}</th>
                <th scope="col">{t('requests.status')}</th>
                <th scope="col">{t('contact.sentAt')}</th>
              </tr>
            </thead>
            <tbody>
              {data.contactMessages.nodes.map((m) => (
                <tr key={m.id}>
                  <td><Link to={`/admin/fale-conosco/${m.id}`}>{m.subject}</Link></td>
                  <td>{m.customerName}</td>
                  <td>{m.unitName ? [m.developmentName, m.blockName, m.unitName].filter(Boolean).join(' · ') : t('contact.general')}</td>
                  <td>{m.type.name}</td>
                  <td><span className="badge">{label('ContactStatus', m.status)}</span></td>
                  <td>{formatDateTime(m.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.contactMessages.pageInfo.hasNextPage && (
            <button type="button" className="secondary" onClick={() => setAfter(data.contactMessages.pageInfo.endCursor ?? null)}>{t('app.more')}</button>
          )}
        </>
      )}
    </>
  );
}
