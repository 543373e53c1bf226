import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatDateTime } from '@shared/format/dates';
import { SubmitButton } from '@shared/forms/buttons';
import { Field, FieldGroup } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { FormAlert, FormScope } from '@shared/forms/form-scope';
import { Link } from '@shared/router';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import type { ApiTokensQuery as ApiTokensData, TokenScope } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';
import { Confirm } from '../ui/Confirm';
import { IntegrationTabs } from './IntegrationTabs';

const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      prefix
      scopes
      createdAt
      createdByName
      expiresAt
      lastUsedAt
      revokedAt
      active
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        id
        name
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
      active
    }
  }
`);

const CompanyErpCodeQuery = graphql(`
  query CompanyErpCode {
    me {
      id
      company {
        id
        erpCode
      }
    }
  }
`);

const SetCompanyErpCodeMutation = graphql(`
  mutation SetCompanyErpCode($erpCode: String) {
    setCompanyErpCode(erpCode: $erpCode) {
      id
      erpCode
    }
  }
`);

const SCOPES: readonly TokenScope[] = ['READ', 'INTEGRATION'];

/** The end of a calendar day in São Paulo (a token "valid until 31/03/2027" works all that day). */
const endOfDay = (date: string) => `${date}T23:59:59-03:00`;

/** R-SYNC-1: the company's API tokens — created by an ADMIN, the secret shown once, revocable. */
export function TokensPage() {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  const editable = can(staff, 'manageIntegration');
  // Each visit asks again: "last used" moves while the ERP calls.
  const [{ data, fetching, error }, refetch] = useQuery({ query: ApiTokensQuery, requestPolicy: 'cache-and-network' });
  const [createState, create] = useMutation(CreateApiTokenMutation);
  const [form, setForm] = useState<{ name: string; scopes: TokenScope[]; expires: string }>({ name: '', scopes: ['READ'], expires: '' });
  // The secret lives only here, in this screen's memory: gone on reload, as the server never sends it again.
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function submit() {
    const result = await create({ input: { name: form.name, scopes: form.scopes, expiresAt: form.expires ? endOfDay(form.expires) : null } });
    if (result.data) {
      setCreated({ name: result.data.createApiToken.token.name, secret: result.data.createApiToken.secret });
      setForm({ name: '', scopes: ['READ'], expires: '' });
      reload();
    }
  }

  const toggle = (scope: TokenScope, on: boolean) =>
    setForm({ ...form, scopes: on ? [...new Set([...form.scopes, scope])] : form.scopes.filter((s) => s !== scope) });

  return (
    <>
      <IntegrationTabs />
      <h1>{t('integration.tokens')}</h1>
      <p className="muted">{t('tokens.intro')}</p>
      {!editable && <p className="notice" data-testid="read-only-reason">{t('tokens.limited')}</p>}
      {created && <CreatedSecret {...created} onDone={() => setCreated(null)} />}
      {fetching && !data ? <Loading /> : !data ? <ErrorMessage error={error} /> : (
        data.apiTokens.length === 0 ? <p className="notice">{t('tokens.none')}</p> : (
          <table className="table stack" aria-label={t('integration.tokens')}>
            <thead>
              <tr>
                <th scope="col">{t('app.name')}</th>
                <th scope="col">{t('tokens.scopes')}</th>
                <th scope="col">{t('tokens.created')}</th>
                <th scope="col">{t('tokens.expires')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">{t('tokens.status')}</th>
                <th scope="col"><span className="sr-only">{t('tokens.revoke')}</span></th>
              </tr>
            </thead>
            <tbody>
              {data.apiTokens.map((token) => <TokenRow key={token.id} token={token} editable={editable} onRevoked={reload} scopeLabel={(s) => label('TokenScope', s)} />)}
            </tbody>
          </table>
        )
      )}
      <CompanyErpCode editable={editable} />
      {editable && (
        <Form className="card form" onSubmit={submit} error={createState.error} aria-labelledby="new-token" heading={<h2 id="new-token">{t('tokens.new')}</h2>}>
          <Field name="name" label={t('tokens.name')} help={t('tokens.nameHelp')}>
            <input id="token-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} maxLength={100} required autoComplete="off" />
          </Field>
          <FieldGroup name="scopes" legend={t('tokens.scopes')}>
            {SCOPES.map((scope) => (
              <label key={scope} className="check">
                <input type="checkbox" checked={form.scopes.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} />
                <span><strong>{label('TokenScope', scope)}</strong><br /><span className="muted small">{t(scope === 'READ' ? 'tokens.scopeRead' : 'tokens.scopeIntegration')}</span></span>
              </label>
            ))}
          </FieldGroup>
          <Field name="expiresAt" label={t('tokens.expiresAt')} help={t('tokens.expiresHelp')}>
            <input id="token-expires" type="date" value={form.expires} onChange={(e) => setForm({ ...form, expires: e.target.value })} />
          </Field>
          <div className="actions"><SubmitButton>{t('tokens.create')}</SubmitButton></div>
        </Form>
      )}
    </>
  );
}

/** R-FIN-1: the company's code in the ERP, which its plans, installments and bills must carry (`companyCode`) to be seen. */
function CompanyErpCode({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: CompanyErpCodeQuery });
  const [state, save] = useMutation(SetCompanyErpCodeMutation);
  const [typed, setTyped] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const current = data?.me?.company?.erpCode ?? '';
  const value = typed ?? current;
  async function submit() {
    setSaved(false);
    const result = await save({ erpCode: value });
    if (result.data) {
      setTyped(null);
      setSaved(true);
    }
  }
  return (
    <Form className="card form" onSubmit={submit} error={state.error} aria-labelledby="erp-code-title" id="erp-code"
      heading={<h2 id="erp-code-title">{t('tokens.erpCode')}</h2>}>
      <Field name="erpCode" label={t('tokens.erpCodeLabel')} help={t(current ? 'tokens.erpCodeHelp' : 'tokens.erpCodeMissing')}>
        <input id="company-erp-code" value={value} onChange={(e) => { setTyped(e.target.value); setSaved(false); }} maxLength={100} autoComplete="off" readOnly={!editable} />
      </Field>
      {editable && (
        <div className="actions">
          <SubmitButton>{t('app.save')}</SubmitButton>
          <span role="status" className="saved">{saved ? t('tokens.erpCodeSaved') : ''}</span>
        </div>
      )}
    </Form>
  );
}

/** The new token's secret, once: a warning, the text to select, a copy button. */
function CreatedSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  // The form that made it is below the list: the secret, shown once, comes into view with the focus on it.
  const text = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    text.current?.closest('section')?.scrollIntoView({ block: 'start' });
    text.current?.focus({ preventScroll: true });
  }, [secret]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <section className="card created-secret" aria-labelledby="created-token" data-testid="created-token">
      <h2 id="created-token">{t('tokens.createdTitle', { name })}</h2>
      <p className="notice warn-box" role="alert">{t('tokens.secretWarning')}</p>
      <label htmlFor="token-secret">{t('tokens.secret')}</label>
      <textarea ref={text} id="token-secret" className="secret-text" readOnly rows={2} value={secret} onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
      <div className="actions">
        <button type="button" onClick={() => void copy()}>{t('tokens.copy')}</button>
        <button type="button" className="secondary" onClick={onDone}>{t('tokens.done')}</button>
        <span role="status" className={copied === 'yes' ? 'saved' : 'warn'}>{copied === 'yes' ? t('tokens.copied') : copied === 'failed' ? t('tokens.copyFailed') : ''}</span>
      </div>
    </section>
  );
}

type Token = ApiTokensData['apiTokens'][number];

/** One token; "Revogar" asks once more, in the row, before it revokes. */
function TokenRow({ token, editable, onRevoked, scopeLabel }: { token: Token; editable: boolean; onRevoked: () => void; scopeLabel: (scope: TokenScope) => string }) {
  const { t } = useI18n();
  const [state, revoke] = useMutation(RevokeApiTokenMutation);
  const [confirming, setConfirming] = useState(false);
  const expired = !token.revokedAt && !token.active;
  const status = token.revokedAt
    ? <span className="badge off">{t('tokens.revokedOn', { date: formatDate(token.revokedAt) })}</span>
    : expired
      ? <span className="badge off">{t('tokens.expiredOn', { date: formatDate(token.expiresAt) })}</span>
      : <span className="badge done">{t('tokens.active')}</span>;
  return (
    <FormScope error={state.error}>
      <tr data-testid="api-token">
        <th scope="row" data-label={t('app.name')}>
          {token.name}
          <br /><span className="muted small">{t('tokens.prefix', { prefix: token.prefix })}</span>
        </th>
        <td data-label={t('tokens.scopes')}>
          <span className="badges">{token.scopes.map((s) => <span key={s} className="badge">{scopeLabel(s)}</span>)}</span>
        </td>
        <td data-label={t('tokens.created')}>
          {formatDateTime(token.createdAt)}
          {token.createdByName && <><br /><span className="muted small">{t('tokens.createdBy', { name: token.createdByName })}</span></>}
        </td>
        <td data-label={t('tokens.expires')}>{token.expiresAt ? formatDate(token.expiresAt) : t('tokens.noExpiry')}</td>
        <td data-label={t('tokens.lastUsed')} data-testid="token-last-used">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.neverUsed')}</td>
        <td data-label={t('tokens.status')}>{status}</td>
        <td>
          <div className="row-actions">
            <Link to={`/admin/integracoes/chamadas?token=${encodeURIComponent(token.id)}`} aria-label={`${t('tokens.seeCalls')}: ${token.name}`}>{t('tokens.seeCalls')}</Link>
            {editable && !token.revokedAt && !confirming && (
              <button type="button" className="secondary" aria-label={`${t('tokens.revoke')}: ${token.name}`} onClick={() => setConfirming(true)}>{t('tokens.revoke')}</button>
            )}
          </div>
        </td>
      </tr>
      {(confirming || state.error) && (
        <tr className="confirm-row">
          <td colSpan={7}>
            <FormAlert />
            {confirming && (
              <Confirm label={t('tokens.revoke')} question={t('tokens.revokeConfirm', { name: token.name })} yes={t('tokens.revokeYes')} danger
                onYes={async () => { const r = await revoke({ id: token.id }); if (r.data) { setConfirming(false); onRevoked(); } }} onCancel={() => setConfirming(false)} />
            )}
          </td>
        </tr>
      )}
    </FormScope>
  );
}
