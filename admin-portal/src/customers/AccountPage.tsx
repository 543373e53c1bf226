import { useQuery } from 'urql';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/Status';
import { LoginStatus } from './LoginStatus';
import { PortalPermissions } from '../finance/PortalPermissions';

const AccountQuery = graphql(`
  query AccountDetail($id: ID!) {
    account(id: $id) {
      ...LoginStatus
      name
      kind
      customer {
        id
        name
      }
    }
  }
`);

/** A login (the explainer's "login" fixes land here, and R-WORK-3's permission fixes). */
export function AccountPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AccountQuery, variables: { id } });
  if (fetching && !data) return <Loading />;
  if (!data?.account) return <ErrorMessage error={error} />;
  const a = data.account;
  return (
    <>
      <h1>{a.name}</h1>
      {a.customer && <p><Link to={`/admin/clientes/${a.customer.id}`}>{t('customers.title')}: {a.customer.name}</Link></p>}
      <LoginStatus account={a} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
      <PortalPermissions accountId={id} />
    </>
  );
}
