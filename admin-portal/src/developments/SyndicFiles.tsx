import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { FileUpload, formatBytes } from '../ui/FileUpload';
import { ErrorMessage } from '../ui/Status';

const SyndicFilesQuery = graphql(`
  query SyndicFiles($id: ID!) {
    development(id: $id) {
      id
      syndicFiles {
        ...SyndicFileRow
      }
      syndics {
        id
        name
        files {
          ...SyndicFileRow
        }
      }
    }
  }
`);

export const SyndicFileRowFragment = graphql(`
  fragment SyndicFileRow on SyndicFile {
    id
    name
    url
    file {
      id
      size
    }
  }
`);

const AddSyndicFileMutation = graphql(`
  mutation AddSyndicFile($input: AddSyndicFileInput!) {
    addSyndicFile(input: $input) {
      id
    }
  }
`);

const RemoveSyndicFileMutation = graphql(`
  mutation RemoveSyndicFile($id: ID!) {
    removeSyndicFile(id: $id)
  }
`);

/** R-REQ-10: the Arquivos dos Síndicos of a development — for all its syndics, or for one — uploaded as PDFs. */
export function SyndicFiles({ developmentId }: { developmentId: string }) {
  const { t, locale, errorText } = useI18n();
  const [{ data, error }, refetch] = useQuery({ query: SyndicFilesQuery, variables: { id: developmentId } });
  const [, add] = useMutation(AddSyndicFileMutation);
  const [removeState, remove] = useMutation(RemoveSyndicFileMutation);
  const [forWhom, setForWhom] = useState('');
  const [name, setName] = useState('');
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const development = data?.development;
  if (!development) return <ErrorMessage error={error} />;
  const groups = [
    { key: 'all', title: t('syndicFiles.forAll'), files: development.syndicFiles },
    ...development.syndics.map((s) => ({ key: s.id, title: t('syndicFiles.forSyndic', { name: s.name }), files: s.files })),
  ];
  return (
    <section className="card" id="syndic-files" aria-labelledby="syndic-files-title">
      <h2 id="syndic-files-title">{t('syndicFiles.title')}</h2>
      {groups.map((g) => (
        <div key={g.key}>
          <h3>{g.title}</h3>
          {g.files.length ? (
            <ul className="list">
              {g.files.map((f) => (
                <li key={f.id} className="row">
                  <span><a href={f.url} target="_blank" rel="noreferrer">{f.name}</a>{f.file ? <span className="muted"> ({formatBytes(f.file.size, locale)})</span> : null}</span>
                  <button type="button" className="link" disabled={removeState.fetching} onClick={() => remove({ id: f.id }).then(reload)}>
                    {t('syndicFiles.remove')}<span className="sr-only"> {f.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : <p className="muted">{t('syndicFiles.none')}</p>}
        </div>
      ))}
      <ErrorMessage error={removeState.error} />
      <div className="form">
        <h3>{t('syndicFiles.add')}</h3>
        <label htmlFor="syndic-file-for">{t('syndicFiles.for')}</label>
        <select id="syndic-file-for" value={forWhom} onChange={(e) => setForWhom(e.target.value)}>
          <option value="">{t('syndicFiles.forAll')}</option>
          {development.syndics.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        <label htmlFor="syndic-file-name">{t('syndicFiles.name')}</label>
        <input id="syndic-file-name" value={name} onChange={(e) => setName(e.target.value)} aria-describedby="syndic-file-name-help" />
        <p id="syndic-file-name-help" className="help">{t('syndicFiles.nameHelp')}</p>
        <FileUpload
          id="syndic-file" purpose="SYNDIC_FILE" label={t('syndicFiles.file')}
          onUploaded={async (file) => {
            const result = await add({ input: { ...(forWhom ? { syndicId: forWhom } : { developmentId }), fileId: file.id, name: name.trim() || null } });
            if (!result.error) setName('');
            reload();
            return result.error ? errorText(result.error) : null;
          }}
        />
      </div>
    </section>
  );
}
