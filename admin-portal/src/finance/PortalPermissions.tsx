import { useMutation, useQuery } from 'urql';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import type { PortalPermission } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage } from '../ui/Status';

const PortalPermissionsQuery = graphql(`query PortalPermissions($id: ID!) { account(id: $id) { id kind portalPermissions } }`);
const SetPortalPermissionsMutation = graphql(`mutation SetPortalPermissions($id: ID!, $permissions: [PortalPermission!]!) { setPortalPermissions(accountId: $id, permissions: $permissions) { id portalPermissions } }`);

const ALL: PortalPermission[] = ['SEE_FINANCIAL', 'SEE_WORK_LOG', 'MARK_AS_PAID'];

/** R-WORK-3: what a portal user may do (see the Financial menu, see the work log and schedule, mark bills as paid); all for a new user. ADMIN and MANAGER change it (audited). */
export function PortalPermissions({ accountId }: { accountId: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  const [{ data }] = useQuery({ query: PortalPermissionsQuery, variables: { id: accountId } });
  const [state, save] = useMutation(SetPortalPermissionsMutation);
  const account = data?.account;
  if (!account || account.kind !== 'CUSTOMER') return null;
  const editable = can(staff, 'setPortalPermissions');
  const toggle = (permission: PortalPermission, on: boolean) =>
    save({ id: accountId, permissions: ALL.filter((p) => (p === permission ? on : account.portalPermissions.includes(p))) });
  return (
    <section className="card" id="portal-permissions" aria-labelledby="portal-permissions-title">
      <h2 id="portal-permissions-title">{t('portalPermissions.title')}</h2>
      <p className="help">{t('portalPermissions.help')}</p>
      {ALL.map((p) => (
        <label key={p} className="check" id={`setting-${p}`}>
          <input type="checkbox" checked={account.portalPermissions.includes(p)} disabled={!editable || state.fetching} onChange={(e) => toggle(p, e.target.checked)} />
          {label('PortalPermission', p)}
        </label>
      ))}
      <ErrorMessage error={state.error} />
    </section>
  );
}
