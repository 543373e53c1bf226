import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDocument } from '@shared/format/document';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/Status';

const CustomersQuery = graphql(`
  query Customers($search: String) {
    customers(search: $search, first: 50) {
      nodes {
        id
        name
        document
        email
        account {
          id
          loginActive
        }
      }
    }
  }
`);

/** Customers: search by name, e-mail or CPF/CNPJ. */
export function CustomersPage() {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [{ data, fetching, error }] = useQuery({ query: CustomersQuery, variables: { search: search || null } });
  return (
    <>
      <h1>{t('customers.title')}</h1>
      <form role="search" className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>{t('customers.searchLabel')}<input type="search" value={search} onChange={(e) => setSearch(e.target.value)} /></label>
      </form>
      {fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} /> : (
        <table className="table">
          <thead><tr><th scope="col">{t('app.name')}</th><th scope="col">CPF/CNPJ</th><th scope="col">E-mail</th><th scope="col">{t('customer.login')}</th></tr></thead>
          <tbody>
            {data.customers.nodes.length === 0 && <tr><td colSpan={4}>{t('app.none')}</td></tr>}
            {data.customers.nodes.map((c) => (
              <tr key={c.id}>
                <td><Link to={`/admin/clientes/${c.id}`}>{c.name}</Link></td>
                <td>{formatDocument(c.document)}</td>
                <td>{c.email}</td>
                <td>{!c.account ? t('customer.noLogin') : c.account.loginActive ? t('app.active') : t('app.inactive')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
