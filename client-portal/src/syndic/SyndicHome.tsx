import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Header, useSignOut, type PortalLook } from '../app/Header';
import { graphql } from '../gql';
import type { RequestKind } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { RequestCard } from '../requests/RequestCard';
import { RequestDetail } from '../requests/RequestDetail';
import { SubmitButton } from '../shared/forms/buttons';
import { Field } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';
import { match, usePath } from '../shared/router';
import { Empty, ErrorMessage, Loading } from '../ui/Status';

const SyndicQuery = graphql(`
  query SyndicHome {
    mySyndicFiles {
      id
      name
      url
    }
    myCommonAreas {
      id
      name
    }
    myMenus {
      menu
      visible
    }
    myRequests(first: 50) {
      nodes {
        ...RequestSummary
      }
    }
  }
`);

const SyndicSubjectsQuery = graphql(`
  query SyndicSubjects($kind: RequestKind!) {
    requestSubjects(kind: $kind, target: COMMON_AREA) {
      id
      name
      subsubjects {
        id
        name
      }
    }
  }
`);

const SyndicOpenRequestMutation = graphql(`
  mutation SyndicOpenRequest($input: OpenRequestInput!) {
    openRequest(input: $input) {
      id
    }
  }
`);

/** The syndic's view (R-REQ-8, R-REQ-10): the files, the common-area requests they opened, a form for a new one. */
export function SyndicHome({ name, portal }: { name: string; portal: PortalLook | null }) {
  const { t } = useI18n();
  const path = usePath();
  const signOut = useSignOut();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SyndicQuery });
  const nav = <ul><li><button type="button" className="link" onClick={signOut}>{t('nav.signOut')}</button></li></ul>;
  const detail = match('/pedidos/:id', path);
  let body;
  if (detail) body = <RequestDetail id={detail.id!} />;
  else if (fetching && !data) body = <Loading />;
  else if (!data) body = <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  else {
    const kinds = (['SERVICE', 'ASSISTANCE'] as const).filter((k) => data.myMenus.find((m) => m.menu === k)?.visible);
    body = (
      <>
        <h1>{t('syndic.title')}</h1>
        <p className="muted">{name}</p>
        <section aria-labelledby="files">
          <h2 id="files">{t('syndic.files')}</h2>
          {data.mySyndicFiles.length ? (
            <ul className="list">{data.mySyndicFiles.map((f) => <li key={f.id}><a href={f.url} target="_blank" rel="noreferrer">{f.name}</a></li>)}</ul>
          ) : <p className="muted">{t('syndic.noFiles')}</p>}
        </section>
        <section aria-labelledby="syndic-requests">
          <h2 id="syndic-requests">{t('syndic.requests')}</h2>
          {data.myRequests.nodes.length ? <ul className="list">{data.myRequests.nodes.map((r) => <li key={r.id}><RequestCard request={r} /></li>)}</ul> : <p className="muted">{t('requests.empty')}</p>}
        </section>
        {kinds.length > 0 ? (
          <SyndicNewRequest kinds={[...kinds]} areas={data.myCommonAreas} onOpened={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <Empty title={t('newRequest.none')} />
        )}
      </>
    );
  }
  return (
    <>
      <Header portal={portal} nav={nav} />
      <main id="conteudo" className="page">{body}</main>
    </>
  );
}

function SyndicNewRequest({ kinds, areas, onOpened }: { kinds: RequestKind[]; areas: { id: string; name: string }[]; onOpened: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<RequestKind>(kinds[0]!);
  const [{ data }] = useQuery({ query: SyndicSubjectsQuery, variables: { kind } });
  const [state, open] = useMutation(SyndicOpenRequestMutation);
  const [commonAreaId, setCommonAreaId] = useState('');
  const [subsubjectId, setSubsubjectId] = useState('');
  const [description, setDescription] = useState('');

  async function submit() {
    const result = await open({ input: { kind, commonAreaId, subsubjectId, description } });
    if (result.data) {
      setDescription('');
      onOpened();
    }
  }

  return (
    <Form className="card form" onSubmit={submit} error={state.error} aria-labelledby="syndic-new" heading={<h2 id="syndic-new">{t('newRequest.title')}</h2>}>
      <Field name="kind" label={t('newRequest.kind')}>
        <select id="s-kind" value={kind} onChange={(e) => { setKind(e.target.value as RequestKind); setSubsubjectId(''); }}>
          {kinds.map((k) => <option key={k} value={k}>{t(`newRequest.kind.${k}`)}</option>)}
        </select>
      </Field>
      <Field name="commonAreaId" label={t('newRequest.commonArea')}>
        <select id="s-area" value={commonAreaId} onChange={(e) => setCommonAreaId(e.target.value)} required>
          <option value="">{t('newRequest.choose')}</option>
          {areas.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      </Field>
      <Field name="subsubjectId" label={t('newRequest.subject')}>
        <select id="s-sub" value={subsubjectId} onChange={(e) => setSubsubjectId(e.target.value)} required>
          <option value="">{t('newRequest.choose')}</option>
          {data?.requestSubjects.map((s) => (
            <optgroup key={s.id} label={s.name}>{s.subsubjects.map((ss) => <option key={ss.id} value={ss.id}>{ss.name}</option>)}</optgroup>
          ))}
        </select>
      </Field>
      <Field name="description" label={t('newRequest.description')}>
        <textarea id="s-desc" rows={4} value={description} onChange={(e) => setDescription(e.target.value)} required />
      </Field>
      <SubmitButton>{t('newRequest.submit')}</SubmitButton>
    </Form>
  );
}
