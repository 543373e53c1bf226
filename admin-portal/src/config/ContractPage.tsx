import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { FileUpload, formatBytes } from '../ui/FileUpload';
import { ErrorMessage, Loading } from '../ui/Status';

const ContractQuery = graphql(`
  query Contract($id: ID!) {
    contract(id: $id) {
      id
      title
      signed
      validated
      signedAt
      documentUrl
      document {
        id
        name
        size
        url
      }
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

const SetContractDocumentMutation = graphql(`
  mutation SetContractDocument($contractId: ID!, $fileId: ID) {
    setContractDocument(contractId: $contractId, fileId: $fileId) {
      id
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

/** A contract: signed and validated (R-CONTRACT-2), its document (a PDF stored by Habite, shown to whoever sees the contract), and its history (R-DATA-4 occurrences). */
export function ContractPage({ id }: { id: string }) {
  const { t, locale, errorText } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ContractQuery, variables: { id } });
  const [state, setStatus] = useMutation(SetContractStatusMutation);
  const [documentState, setDocument] = useMutation(SetContractDocumentMutation);
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
      <section className="card form" aria-labelledby="contract-document">
        <h2 id="contract-document">{t('contract.document')}</h2>
        {c.document ? (
          <p>
            <a href={c.document.url} target="_blank" rel="noreferrer">{t('contract.openDocument', { name: c.document.name })}</a>
            {' '}<span className="muted">({formatBytes(c.document.size, locale)})</span>
          </p>
        ) : c.documentUrl ? (
          <p><a href={c.documentUrl} target="_blank" rel="noreferrer">{t('contract.externalDocument')}</a></p>
        ) : (
          <p className="muted">{t('contract.noDocument')}</p>
        )}
        <FileUpload
          id="contract-document-file" purpose="CONTRACT_DOCUMENT" label={c.document ? t('contract.replaceDocument') : t('contract.uploadDocument')}
          onUploaded={async (file) => {
            const result = await setDocument({ contractId: id, fileId: file.id });
            refetch({ requestPolicy: 'network-only' });
            return result.error ? errorText(result.error) : null;
          }}
        />
        {c.document && (
          <button type="button" className="secondary" disabled={documentState.fetching}
            onClick={() => setDocument({ contractId: id, fileId: null }).then(() => refetch({ requestPolicy: 'network-only' }))}>
            {t('contract.removeDocument')}
          </button>
        )}
      </section>
      <h2>{t('contract.history')}</h2>
      <ul className="list">{c.occurrences.map((o) => <li key={o.id}>{formatDateTime(o.at)} · {o.description}</li>)}</ul>
    </>
  );
}
