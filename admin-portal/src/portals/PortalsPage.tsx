import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { Link, navigate } from '@shared/router';
import { graphql } from '../gql';
import { can, useStaff } from '../auth/permissions';
import type { DevelopmentStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';

const PortalsQuery = graphql(`
  query Portals($search: String, $active: Boolean, $developmentStatus: DevelopmentStatus) {
    portals(search: $search, active: $active, developmentStatus: $developmentStatus) {
      id
      name
      slug
      active
      developments {
        id
        name
        kind
        status
      }
    }
  }
`);

const CreatePortalMutation = graphql(`
  mutation CreatePortal($input: CreatePortalInput!) {
    createPortal(input: $input) {
      id
    }
  }
`);

/** Portals: search, filter by status, create (R-PORTAL-1). */
export function PortalsPage() {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  const [search, setSearch] = useState('');
  const [active, setActive] = useState<boolean | null>(null);
  const [developmentStatus, setDevelopmentStatus] = useState<DevelopmentStatus | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: PortalsQuery, variables: { search: search || null, active, developmentStatus } });
  const [state, create] = useMutation(CreatePortalMutation);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');

  async function submit() {
    const result = await create({ input: { name, slug, developmentIds: [] } });
    if (result.data) navigate(`/admin/portais/${result.data.createPortal.id}`);
  }

  return (
    <>
      <h1>{t('portals.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} role="search">
        <label>{t('app.search')}<input value={search} onChange={(e) => setSearch(e.target.value)} /></label>
        <label>{t('portals.status')}
          <select value={active === null ? '' : String(active)} onChange={(e) => setActive(e.target.value === '' ? null : e.target.value === 'true')}>
            <option value="">{t('app.all')}</option>
            <option value="true">{t('app.active')}</option>
            <option value="false">{t('app.inactive')}</option>
          </select>
        </label>
        <label>{t('portals.developmentStatus')}
          <select value={developmentStatus ?? ''} onChange={(e) => setDevelopmentStatus((e.target.value || null) as DevelopmentStatus | null)}>
            <option value="">{t('app.all')}</option>
            {(['IN_PROGRESS', 'PAUSED', 'FINISHED'] as const).map((s) => <option key={s} value={s}>{label('DevelopmentStatus', s)}</option>)}
          </select>
        </label>
      </form>
      {fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} /> : (
        <table className="table">
          <thead><tr><th scope="col">{t('app.name')}</th><th scope="col">{t('portals.status')}</th><th scope="col">{t('portal.developments')}</th></tr></thead>
          <tbody>
            {data.portals.length === 0 && <tr><td colSpan={3}>{t('app.none')}</td></tr>}
            {data.portals.map((p) => (
              <tr key={p.id}>
                <td><Link to={`/admin/portais/${p.id}`}>{p.name}</Link> <span className="muted">({p.slug})</span></td>
                <td>{p.active ? t('app.active') : t('app.inactive')}</td>
                <td>{p.developments.map((d) => `${d.name} (${label('DevelopmentStatus', d.status)})`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(staff, 'createPortal') && (
        <Form className="card form" onSubmit={submit} error={state.error} aria-labelledby="new-portal" heading={<h2 id="new-portal">{t('portals.new')}</h2>}>
          <Field name="name" label={t('app.name')}>
            <input id="portal-name" value={name} onChange={(e) => setName(e.target.value)} required />
          </Field>
          <Field name="slug" label={t('portals.slug')}>
            <input id="portal-slug" value={slug} onChange={(e) => setSlug(e.target.value)} required pattern="[a-z0-9-]+" />
          </Field>
          <SubmitButton>{t('portals.create')}</SubmitButton>
        </Form>
      )}
    </>
  );
}
