import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ProfileForm, type FieldChange } from '../profile/ProfileForm';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ErrorMessage, Loading } from '../ui/Status';

const ConfirmationQuery = graphql(`
  query Confirmation {
    me {
      id
      customer {
        ...ProfileFields
      }
    }
  }
`);

const ConfirmMyDataMutation = graphql(`
  mutation ConfirmMyData($changes: [FieldValueInput!]) {
    confirmMyData(changes: $changes) {
      id
      dataConfirmedAt
    }
  }
`);

/** R-AUTH-4: on first access, the customer confirms their data (or corrects it, through §6) before anything else. */
export function DataConfirmation({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [{ data, error }] = useQuery({ query: ConfirmationQuery });
  const [state, confirm] = useMutation(ConfirmMyDataMutation);
  if (!data?.me?.customer) return <main className="page narrow">{error ? <ErrorMessage error={error} /> : <Loading />}</main>;

  async function submit(changes: FieldChange[]) {
    const result = await confirm({ changes: changes.length ? changes : null });
    if (result.data) onDone();
  }

  return (
    <main className="page narrow" id="conteudo">
      <div className="top"><h1>{t('confirm.title')}</h1><LanguageSwitch /></div>
      <p>{t('confirm.intro')}</p>
      <ProfileForm customer={data.me.customer} editing busy={state.fetching} error={state.error} submitLabel={t('confirm.submit')} onSubmit={submit} />
    </main>
  );
}
