import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { DocumentCategory } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ENUM_LABELS, enumLabel } from '../i18n/labels';
import { FileUpload, formatBytes } from '../ui/FileUpload';
import { ErrorMessage } from '../ui/Status';

const DevelopmentDocumentsQuery = graphql(`
  query DevelopmentDocuments($id: ID!) {
    development(id: $id) {
      id
      blocks {
        id
        name
      }
      documents {
        id
        title
        category
        url
        block {
          id
          name
        }
        unitName
        file {
          id
          size
        }
      }
    }
  }
`);

const AddDevelopmentDocumentMutation = graphql(`
  mutation AddDevelopmentDocument($input: AddDevelopmentDocumentInput!) {
    addDevelopmentDocument(input: $input) {
      id
    }
  }
`);

const RemoveDevelopmentDocumentMutation = graphql(`
  mutation RemoveDevelopmentDocument($id: ID!) {
    removeDevelopmentDocument(id: $id)
  }
`);

/**
 * The development's documents for its buyers (manual do proprietário, memorial descritivo, the
 * towers' rules): for the whole development or one tower; customers see those of the places of
 * the units they see (R-UNIT-4). A unit's own document (sent through the API) is listed with it.
 */
export function DevelopmentDocuments({ developmentId }: { developmentId: string }) {
  const { t, locale, errorText } = useI18n();
  const [{ data, error }, refetch] = useQuery({ query: DevelopmentDocumentsQuery, variables: { id: developmentId } });
  const [, add] = useMutation(AddDevelopmentDocumentMutation);
  const [removeState, remove] = useMutation(RemoveDevelopmentDocumentMutation);
  const [blockId, setBlockId] = useState('');
  const [category, setCategory] = useState<DocumentCategory>('OWNER_MANUAL' as DocumentCategory);
  const [title, setTitle] = useState('');
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const development = data?.development;
  if (!development) return <ErrorMessage error={error} />;
  const placeOf = (d: (typeof development.documents)[number]) =>
    d.unitName ? t('documents.forUnit', { name: d.unitName }) : d.block ? t('documents.forBlock', { name: d.block.name }) : t('documents.forAll');
  return (
    <section className="card" id="development-documents" aria-labelledby="development-documents-title">
      <h2 id="development-documents-title">{t('documents.title')}</h2>
      <p className="help">{t('documents.help')}</p>
      {development.documents.length ? (
        <ul className="list">
          {development.documents.map((d) => (
            <li key={d.id} className="row">
              <span>
                <a href={d.url} target="_blank" rel="noreferrer">{d.title}</a>
                <br />
                <span className="muted">{enumLabel(locale, 'DocumentCategory', d.category)} · {placeOf(d)}{d.file ? ` · ${formatBytes(d.file.size, locale)}` : ''}</span>
              </span>
              <button type="button" className="link" disabled={removeState.fetching} onClick={() => remove({ id: d.id }).then(reload)}>
                {t('documents.remove')}<span className="sr-only"> {d.title}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : <p className="muted">{t('documents.none')}</p>}
      <ErrorMessage error={removeState.error} />
      <div className="form">
        <h3>{t('documents.add')}</h3>
        <label htmlFor="document-category">{t('documents.category')}</label>
        <select id="document-category" value={category} onChange={(e) => setCategory(e.target.value as DocumentCategory)}>
          {(Object.keys(ENUM_LABELS.DocumentCategory) as DocumentCategory[]).map((c) => <option key={c} value={c}>{enumLabel(locale, 'DocumentCategory', c)}</option>)}
        </select>
        <label htmlFor="document-for">{t('documents.for')}</label>
        <select id="document-for" value={blockId} onChange={(e) => setBlockId(e.target.value)}>
          <option value="">{t('documents.forAll')}</option>
          {development.blocks.map((b) => <option key={b.id} value={b.id}>{t('documents.forBlock', { name: b.name })}</option>)}
        </select>
        <label htmlFor="document-title">{t('documents.name')}</label>
        <input id="document-title" value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby="document-title-help" />
        <p id="document-title-help" className="help">{t('documents.nameHelp')}</p>
        <FileUpload
          id="development-document" purpose="DEVELOPMENT_DOCUMENT" label={t('documents.file')} accept="application/pdf,.pdf,image/jpeg,image/png,image/webp"
          onUploaded={async (file) => {
            const result = await add({ input: { developmentId, blockId: blockId || null, category, title: title.trim() || null, fileId: file.id } });
            if (!result.error) setTitle('');
            reload();
            return result.error ? errorText(result.error) : null;
          }}
        />
      </div>
    </section>
  );
}
