import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../ui/Status';

const ContractQuery = graphql(`
  query Contract($id: ID!) {
    contract(id: $id) {
      id
      title
      signed
      validated
      signedAt
      type {
        id
        name
        visibleToCustomer
      }
      unit {
        id
        name
      }
      occurrences {
        id
        kind
        description
        at
      }
    }
  }
`);

const SetContractStatusMutation = graphql(`
  mutation SetContractStatus($input: ContractStatusInput!) {
    setContractStatus(input: $input) {
      id
      signed
      validated
    }
  }
`);

/** A contract: signed and validated (R-CONTRACT-2), and its history (R-DATA-4 occurrences). */
export function ContractPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ContractQuery, variables: { id } });
  const [state, setStatus] = useMutation(SetContractStatusMutation);
  if (fetching && !data) return <Loading />;
  if (!data?.contract) return <ErrorMessage error={error} />;
  const c = data.contract;
  const update = (patch: { signed?: boolean; validated?: boolean }) => setStatus({ input: { contractId: id, ...patch } }).then(() => refetch({ requestPolicy: 'network-only' }));
  return (
    <>
      <h1>{t('contract.title')}: {c.title}</h1>
      <p className="muted">{c.unit.name} · {c.type.name}{c.type.visibleToCustomer ? '' : ` (${t('config.visibleToCustomer')}: ${t('app.no')})`}</p>
      <div className="card form">
        <label className="check"><input type="checkbox" checked={c.signed} onChange={(e) => update({ signed: e.target.checked })} />{t('contract.signed')}</label>
        <label className="check"><input type="checkbox" checked={c.validated} onChange={(e) => update({ validated: e.target.checked })} />{t('contract.validated')}</label>
        <ErrorMessage error={state.error} />
      </div>
      <h2>{t('contract.history')}</h2>
      <ul className="list">{c.occurrences.map((o) => <li key={o.id}>{formatDateTime(o.at)} · {o.description}</li>)}</ul>
    </>
  );
}
