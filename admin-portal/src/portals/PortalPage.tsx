import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, navigate } from '@shared/router';
import { graphql } from '../gql';
import { can, useStaff } from '../auth/permissions';
import type { DevelopmentKind, PortalSettingsInput, SlaUnit } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { FixLinkView } from '../ui/FixLinkView';
import { ErrorMessage, Loading, Saved } from '../ui/Status';

const PortalQuery = graphql(`
  query Portal($id: ID!) {
    portal(id: $id) {
      id
      name
      slug
      active
      loginEnabled
      requireDataConfirmation
      showScheduling
      showServiceMenu
      showAssistanceMenu
      showBenefits
      showFaq
      showSurveys
      showReferFriend
      showAddressConfirmation
      showPendingProposalsPopup
      showPendingPreRegistrationsPopup
      showLocation
      showSyndicAccess
      showCommonArea
      showDeliveryForecast
      showContracts
      finishedAssistanceSla
      finishedAssistanceSlaUnit
      loginText1
      loginText2
      whiteLabelName
      logoUrl
      primaryColor
      secondaryColor
      developments {
        id
        name
      }
      domains {
        id
        hostname
        developments {
          id
          name
        }
      }
    }
    portalSettingsCatalog {
      key
      group
      label
      help
    }
    developments {
      id
      name
      kind
    }
    portalHealth(portalId: $id) {
      kind
      message
      affected
      fix {
        screen
        id
        label
        setting
      }
    }
  }
`);

const UpdatePortalSettingsMutation = graphql(`
  mutation UpdatePortalSettings($id: ID!, $input: PortalSettingsInput!) {
    updatePortalSettings(portalId: $id, input: $input) {
      id
    }
  }
`);

const SetPortalActiveMutation = graphql(`
  mutation SetPortalActive($id: ID!, $active: Boolean!) {
    setPortalActive(portalId: $id, active: $active) {
      id
      active
    }
  }
`);

const SetPortalDevelopmentsMutation = graphql(`
  mutation SetPortalDevelopments($id: ID!, $developmentIds: [ID!]!) {
    setPortalDevelopments(portalId: $id, developmentIds: $developmentIds) {
      id
    }
  }
`);

const SavePortalDomainMutation = graphql(`
  mutation SavePortalDomain($input: PortalDomainInput!) {
    savePortalDomain(input: $input) {
      id
    }
  }
`);

const RemovePortalDomainMutation = graphql(`
  mutation RemovePortalDomain($id: ID!) {
    removePortalDomain(domainId: $id)
  }
`);

const DeletePortalMutation = graphql(`
  mutation DeletePortal($id: ID!, $confirmName: String!) {
    deletePortal(portalId: $id, confirmName: $confirmName)
  }
`);

const GROUPS = ['ACCESS', 'MENU', 'FUNCTIONALITY', 'WHITE_LABEL'] as const;
const TEXT_SETTINGS = new Set(['loginText1', 'loginText2', 'whiteLabelName', 'logoUrl', 'primaryColor', 'secondaryColor']);

type Values = Record<string, string | boolean | number | null>;

/** One portal: settings by group with help (R-SET-2 audited), live login preview, developments, domains, health check, status, deletion. */
export function PortalPage({ id }: { id: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PortalQuery, variables: { id } });
  const [saveState, save] = useMutation(UpdatePortalSettingsMutation);
  const [activeState, setActive] = useMutation(SetPortalActiveMutation);
  const [values, setValues] = useState<Values>({});
  const [saved, setSaved] = useState(false);
  const portal = data?.portal;
  useEffect(() => {
    if (portal) setValues({ ...(portal as unknown as Values) });
  }, [portal]);
  useEffect(() => {
    if (portal && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [portal]);
  if (fetching && !data) return <Loading />;
  if (!portal || !data) return <ErrorMessage error={error} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const serves = { developmentIds: portal.developments.map((d) => d.id) };
  // R-OPS-4: a member limited to some developments changes only portals whose developments are all theirs.
  const editable = can(staff, 'configurePortal', serves);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input: PortalSettingsInput = {};
    for (const setting of data!.portalSettingsCatalog) {
      if (setting.key === 'finishedAssistanceSla') {
        if (values.finishedAssistanceSla !== portal!.finishedAssistanceSla || values.finishedAssistanceSlaUnit !== portal!.finishedAssistanceSlaUnit) {
          input.finishedAssistanceSla = Number(values.finishedAssistanceSla);
          input.finishedAssistanceSlaUnit = values.finishedAssistanceSlaUnit as SlaUnit;
        }
      } else if (values[setting.key] !== (portal as unknown as Values)[setting.key]) {
        (input as Values)[setting.key] = values[setting.key] ?? null;
      }
    }
    if (values.name !== portal!.name) input.name = String(values.name);
    const result = await save({ id, input });
    if (result.data) {
      setSaved(true);
      reload();
    }
  }

  return (
    <>
      <p><Link to="/admin/portais">← {t('portals.title')}</Link></p>
      <div className="top">
        <h1>{portal.name}</h1>
        <span className={`badge${portal.active ? ' done' : ' off'}`}>{portal.active ? t('app.active') : t('app.inactive')}</span>
        {can(staff, 'activatePortal', serves) && (
          <button type="button" className="secondary" disabled={activeState.fetching} onClick={() => setActive({ id, active: !portal.active }).then(reload)}>
            {portal.active ? t('portal.inactivate') : t('portal.activate')}
          </button>
        )}
      </div>
      <ErrorMessage error={activeState.error} />
      {!editable && <p className="notice" data-testid="read-only-reason">{t('permissions.portalOutsideLimit')}</p>}

      <section aria-labelledby="health" className="card">
        <h2 id="health">{t('portal.health')}</h2>
        {data.portalHealth.length === 0 ? <p>{t('portal.healthOk')}</p> : (
          <ul className="list">
            {data.portalHealth.map((issue, i) => (
              <li key={i} className="issue" data-testid="health-issue"><p>{issue.message}</p><FixLinkView fix={issue.fix} /></li>
            ))}
          </ul>
        )}
      </section>

      <div className="two-columns">
        <form className="card form" onSubmit={submit} aria-labelledby="settings">
          <h2 id="settings">{t('portal.settings')}</h2>
          <fieldset className="bare" disabled={!editable}>
            <label htmlFor="setting-name">{t('app.name')}</label>
            <input id="setting-name" value={String(values.name ?? '')} onChange={(e) => setValues({ ...values, name: e.target.value })} />
            {GROUPS.map((group) => (
              <fieldset key={group}>
                <legend>{t(`group.${group}`)}</legend>
                {data.portalSettingsCatalog.filter((s) => s.group === group).map((s) => (
                  <div key={s.key} className="setting" id={`setting-${s.key}`}>
                    {s.key === 'finishedAssistanceSla' ? (
                      <>
                        <label htmlFor="sla">{s.label}</label>
                        <div className="inline">
                          <input id="sla" type="number" min={0} value={Number(values.finishedAssistanceSla ?? 0)} onChange={(e) => setValues({ ...values, finishedAssistanceSla: Number(e.target.value) })} aria-describedby="sla-help" />
                          <select aria-label={t('portal.sla')} value={String(values.finishedAssistanceSlaUnit)} onChange={(e) => setValues({ ...values, finishedAssistanceSlaUnit: e.target.value })}>
                            {(['HOURS', 'DAYS'] as const).map((unit) => <option key={unit} value={unit}>{label('SlaUnit', unit)}</option>)}
                          </select>
                        </div>
                        <p id="sla-help" className="help">{s.help}</p>
                      </>
                    ) : TEXT_SETTINGS.has(s.key) ? (
                      <>
                        <label htmlFor={`input-${s.key}`}>{s.label}</label>
                        <input id={`input-${s.key}`} value={String(values[s.key] ?? '')} onChange={(e) => setValues({ ...values, [s.key]: e.target.value })} aria-describedby={`help-${s.key}`} />
                        <p id={`help-${s.key}`} className="help">{s.help}</p>
                      </>
                    ) : (
                      <>
                        <label className="check"><input type="checkbox" checked={values[s.key] === true} onChange={(e) => setValues({ ...values, [s.key]: e.target.checked })} aria-describedby={`help-${s.key}`} />{s.label}</label>
                        <p id={`help-${s.key}`} className="help">{s.help}</p>
                      </>
                    )}
                  </div>
                ))}
              </fieldset>
            ))}
            {editable && <div className="actions"><button type="submit" disabled={saveState.fetching}>{t('portal.saveSettings')}</button><Saved show={saved} /></div>}
          </fieldset>
          <ErrorMessage error={saveState.error} />
        </form>

        <section aria-labelledby="preview" className="card preview">
          <h2 id="preview">{t('portal.preview')}</h2>
          <div className="login-preview" style={{ borderTopColor: String(values.primaryColor || '#0f5f8c'), background: String(values.secondaryColor || '#f6f7f9') }}>
            {values.logoUrl ? <img src={String(values.logoUrl)} alt="" className="logo" /> : null}
            <p className="preview-name" style={{ color: String(values.primaryColor || '#0f5f8c') }}>{String(values.whiteLabelName || values.name || '')}</p>
            {values.loginText1 ? <p>{String(values.loginText1)}</p> : null}
            <div className="preview-form">
              <span>E-mail ou CPF/CNPJ</span>
              {values.loginEnabled ? <span>Senha</span> : null}
              <span className="preview-button" style={{ background: String(values.primaryColor || '#0f5f8c') }}>{values.loginEnabled ? 'Entrar' : 'Enviar um link de acesso'}</span>
            </div>
            {values.showSyndicAccess ? <p className="small">Sou síndico</p> : null}
            {values.loginText2 ? <p className="small">{String(values.loginText2)}</p> : null}
          </div>
        </section>
      </div>

      <Developments portalId={id} served={portal.developments} all={data.developments} editable={editable} onSaved={reload} />
      <Domains portalId={id} domains={portal.domains} served={portal.developments} editable={editable} onSaved={reload} />
      {can(staff, 'deletePortal', serves) && <DeletePortal id={id} name={portal.name} />}
    </>
  );
}

function Developments({ portalId, served, all, editable, onSaved }: { portalId: string; served: { id: string }[]; all: { id: string; name: string; kind: DevelopmentKind }[]; editable: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [state, setDevelopments] = useMutation(SetPortalDevelopmentsMutation);
  const [selected, setSelected] = useState(new Set(served.map((d) => d.id)));
  return (
    <form className="card form" id="developments" aria-labelledby="developments-title" onSubmit={(e) => { e.preventDefault(); void setDevelopments({ id: portalId, developmentIds: [...selected] }).then((r) => r.data && onSaved()); }}>
      <h2 id="developments-title">{t('portal.developments')}</h2>
      <fieldset className="bare" disabled={!editable}>
        {all.map((d) => (
          <label key={d.id} className="check">
            <input type="checkbox" checked={selected.has(d.id)} onChange={(e) => { const next = new Set(selected); if (e.target.checked) next.add(d.id); else next.delete(d.id); setSelected(next); }} />
            {d.name}{d.kind === 'WORK' ? ` (${label('DevelopmentKind', d.kind)})` : ''}
          </label>
        ))}
      </fieldset>
      {editable && <button type="submit" disabled={state.fetching}>{t('app.save')}</button>}
      <ErrorMessage error={state.error} />
    </form>
  );
}

function Domains({ portalId, domains, served, editable, onSaved }: { portalId: string; domains: { id: string; hostname: string; developments: { id: string; name: string }[] }[]; served: { id: string; name: string }[]; editable: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const [state, saveDomain] = useMutation(SavePortalDomainMutation);
  const [, remove] = useMutation(RemovePortalDomainMutation);
  const [hostname, setHostname] = useState('');
  const [selected, setSelected] = useState(new Set<string>());
  return (
    <section className="card" id="domains" aria-labelledby="domains-title">
      <h2 id="domains-title">{t('portal.domains')}</h2>
      {domains.length === 0 ? <p className="notice" data-testid="no-domains">{t('portal.noDomains')}</p> : (
        <table className="table">
          <thead><tr><th scope="col">{t('portal.domainHost')}</th><th scope="col">{t('portal.domainBound')}</th>{editable && <th scope="col"><span className="sr-only">{t('portal.domainRemove')}</span></th>}</tr></thead>
          <tbody>
            {domains.map((d) => (
              <tr key={d.id}>
                <td>{d.hostname}</td>
                <td>{d.developments.map((x) => x.name).join(', ') || <span className="muted">{t('portal.domainAllDevelopments')}</span>}</td>
                {editable && <td><button type="button" className="link" onClick={() => remove({ id: d.id }).then(onSaved)}>{t('portal.domainRemove')}<span className="sr-only"> {d.hostname}</span></button></td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && (
        <form className="form" onSubmit={(e) => { e.preventDefault(); void saveDomain({ input: { portalId, hostname, developmentIds: [...selected] } }).then((r) => { if (r.data) { setHostname(''); onSaved(); } }); }}>
          <label htmlFor="hostname">{t('portal.domainHost')}</label>
          <input id="hostname" value={hostname} onChange={(e) => setHostname(e.target.value)} required placeholder="portal.suaempresa.com.br" />
          <fieldset>
            <legend>{t('portal.domainBound')}</legend>
            {served.map((d) => (
              <label key={d.id} className="check"><input type="checkbox" checked={selected.has(d.id)} onChange={(e) => { const next = new Set(selected); if (e.target.checked) next.add(d.id); else next.delete(d.id); setSelected(next); }} />{d.name}</label>
            ))}
          </fieldset>
          <button type="submit" disabled={state.fetching}>{t('portal.domainAdd')}</button>
          <ErrorMessage error={state.error} />
        </form>
      )}
    </section>
  );
}

function DeletePortal({ id, name }: { id: string; name: string }) {
  const { t } = useI18n();
  const [state, remove] = useMutation(DeletePortalMutation);
  const [typed, setTyped] = useState('');
  return (
    <form className="card form danger" aria-labelledby="delete-portal" onSubmit={(e) => { e.preventDefault(); void remove({ id, confirmName: typed }).then((r) => r.data && navigate('/admin/portais')); }}>
      <h2 id="delete-portal">{t('portal.delete')}</h2>
      <p>{t('portal.deleteHelp', { name })}</p>
      <label htmlFor="confirm-name">{t('portal.deleteConfirm')}</label>
      <input id="confirm-name" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      <button type="submit" className="danger" disabled={typed !== name || state.fetching}>{t('portal.delete')}</button>
      <ErrorMessage error={state.error} />
    </form>
  );
}
