import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ActionButton } from '../shared/forms/buttons';
import { formatDate } from '../shared/format/dates';
import { Link } from '../shared/router';
import { ErrorMessage } from '../ui/Status';

const AddressQuery = graphql(`
  query MyAddressStatus {
    myAddressStatus {
      address
      confirmedAt
    }
  }
`);

const ConfirmAddressMutation = graphql(`
  mutation ConfirmMyAddress {
    confirmMyAddress {
      address
      confirmedAt
    }
  }
`);

/**
 * "Confirmar endereço" (showAddressConfirmation): the address on record, a button to say it is
 * current (recorded, for staff), and the way to change it — the registration data change (R-DATA-1).
 */
export function AddressCard() {
  const { t } = useI18n();
  const [{ data, error }, refetch] = useQuery({ query: AddressQuery });
  const [state, confirm] = useMutation(ConfirmAddressMutation);
  if (error && !data) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const status = state.data?.confirmMyAddress ?? data.myAddressStatus;
  return (
    <section aria-labelledby="address-title" className="card">
      <h2 id="address-title">{t('address.title')}</h2>
      <p>{status.address ?? t('address.none')}</p>
      {status.confirmedAt && <p role="status" className="notice">{t('address.confirmed', { date: formatDate(status.confirmedAt) })}</p>}
      {state.error && <ErrorMessage error={state.error} />}
      <p className="actions">
        {status.address && !status.confirmedAt && <ActionButton className="primary" onClick={() => confirm({})}>{t('address.confirm')}</ActionButton>}
        {' '}<Link to="/meus-dados">{t('address.change')}</Link>
      </p>
    </section>
  );
}
