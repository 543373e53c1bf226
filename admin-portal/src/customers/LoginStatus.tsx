import { useState } from 'react';
import { useMutation } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { ActionButton } from '@shared/forms/buttons';
import { FormAlert, FormScope } from '@shared/forms/form-scope';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';

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
  const [last, setLast] = useState<'reactivate' | 'invite'>('invite');
  return (
    <FormScope error={last === 'reactivate' ? reactivateState.error : inviteState.error}>
    <div className="card" data-testid="login-status">
      <h2>{t('customer.login')}</h2>
      <FormAlert />
      <p>{account.email}</p>
      {account.loginActive ? (
        <p className="ok">{t('customer.loginActive')}</p>
      ) : (
        <>
          <p className="warn">
            {account.deactivatedBy?.id === account.id
              ? t('customer.loginInactiveSelf', { date: formatDateTime(account.deactivatedAt) })
              : t('customer.loginInactive', { date: formatDateTime(account.deactivatedAt), who: account.deactivatedBy?.name ?? '—' })}
          </p>
          {!can(staff, 'reactivateLogin') && <p className="muted small" data-testid="reactivate-reason">{t('customer.reactivateNeedsPermission')}</p>}
        </>
      )}
      <div className="actions">
        {!account.loginActive && can(staff, 'reactivateLogin') && <ActionButton onClick={() => { setLast('reactivate'); return reactivate({ id: account.id }).then((r) => !r.error && onChanged()); }}>{t('customer.reactivate')}</ActionButton>}
        {can(staff, 'sendInvitation') && <ActionButton className="secondary" onClick={() => { setLast('invite'); setInvited(false); return invite({ id: account.id }).then((r) => setInvited(!r.error)); }}>{t('customer.invite')}</ActionButton>}
      </div>
      {invited && <p role="status">{t('customer.invited')}</p>}
    </div>
    </FormScope>
  );
}
