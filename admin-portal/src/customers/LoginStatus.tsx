import { useState } from 'react';
import { useMutation } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/Status';

export const LoginStatusFragment = graphql(`
  fragment LoginStatus on Account {
    id
    email
    loginActive
    deactivatedAt
    deactivatedBy {
      id
      name
    }
  }
`);

const ReactivateLoginMutation = graphql(`mutation ReactivateLogin($id: ID!) { reactivateLogin(accountId: $id) { id loginActive } }`);
const SendInvitationMutation = graphql(`mutation SendInvitation($id: ID!) { sendInvitation(accountId: $id) { id } }`);

/** R-AUTH-2: a login's state, who deactivated it and when; reactivation (with the permission) and invitations, shown to who may use them. */
export function LoginStatus({ account, onChanged }: { account: { id: string; email: string; loginActive: boolean; deactivatedAt?: string | null; deactivatedBy?: { id: string; name: string } | null }; onChanged: () => void }) {
  const { t } = useI18n();
  const staff = useStaff();
  const [reactivateState, reactivate] = useMutation(ReactivateLoginMutation);
  const [inviteState, invite] = useMutation(SendInvitationMutation);
  const [invited, setInvited] = useState(false);
  return (
    <div className="card" data-testid="login-status">
      <h2>{t('customer.login')}</h2>
      <p>{account.email}</p>
      {account.loginActive ? (
        <p className="ok">{t('customer.loginActive')}</p>
      ) : (
        <>
          <p className="warn">{t('customer.loginInactive', { date: formatDateTime(account.deactivatedAt), who: account.deactivatedBy?.id === account.id ? 'o próprio cliente' : (account.deactivatedBy?.name ?? '—') })}</p>
          {can(staff, 'reactivateLogin')
            ? <button type="button" onClick={() => reactivate({ id: account.id }).then((r) => !r.error && onChanged())} disabled={reactivateState.fetching}>{t('customer.reactivate')}</button>
            : <p className="muted small" data-testid="reactivate-reason">{t('customer.reactivateNeedsPermission')}</p>}
        </>
      )}
      {can(staff, 'sendInvitation') && <button type="button" className="secondary" onClick={() => invite({ id: account.id }).then((r) => setInvited(!r.error))} disabled={inviteState.fetching}>{t('customer.invite')}</button>}
      {invited && <p role="status">{t('customer.invited')}</p>}
      <ErrorMessage error={reactivateState.error ?? inviteState.error} />
    </div>
  );
}
