import { useQuery } from 'urql';
import { formatDate } from '@shared/format/dates';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';

const DevelopmentsQuery = graphql(`
  query Developments {
    developments {
      id
      name
      kind
      deliveryDate
      allowServiceRequests
      allowAssistanceRequests
    }
  }
`);

export function DevelopmentsPage() {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }] = useQuery({ query: DevelopmentsQuery });
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  return (
    <>
      <h1>{t('developments.title')}</h1>
      <table className="table">
        <thead><tr><th scope="col">{t('app.name')}</th><th scope="col">{t('developments.delivery')}</th><th scope="col">{t('developments.allowService')}</th><th scope="col">{t('developments.allowAssistance')}</th></tr></thead>
        <tbody>
          {data.developments.map((d) => (
            <tr key={d.id}>
              <td><Link to={`/admin/empreendimentos/${d.id}`}>{d.name}</Link>{d.kind === 'WORK' ? ` (${label('DevelopmentKind', d.kind)})` : ''}</td>
              <td>{formatDate(d.deliveryDate)}</td>
              <td>{d.allowServiceRequests ? t('app.yes') : t('app.no')}</td>
              <td>{d.allowAssistanceRequests ? t('app.yes') : t('app.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
