import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, navigate } from '@shared/router';
import { graphql } from '../gql';
import type { PortalSettingsInput, SlaUnit, StaffRole } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
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
      availability
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
export function PortalPage({ id, role }: { id: string; role: StaffRole }) {
  const { t } = useI18n();
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

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input: PortalSettingsInput = {};
    for (const setting of data!.portalSettingsCatalog) {
      if (setting.availability === 'COMING_SOON') continue;
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
        {role === 'ADMIN' && (
          <button type="button" className="secondary" disabled={activeState.fetching} onClick={() => setActive({ id, active: !portal.active }).then(reload)}>
            {portal.active ? t('portal.inactivate') : t('portal.activate')}
          </button>
        )}
      </div>
      <ErrorMessage error={activeState.error} />

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
                          <option value="HOURS">{t('portal.slaUnit.HOURS')}</option>
                          <option value="DAYS">{t('portal.slaUnit.DAYS')}</option>
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
                  ) : s.availability === 'COMING_SOON' ? (
                    // Nothing behind it yet: shown, so staff know it is coming, but not switchable (the API refuses it too).
                    <>
                      <label className="check coming-soon"><input type="checkbox" checked={false} disabled aria-describedby={`help-${s.key}`} />{s.label} <span className="badge">{t('settingAvailability.COMING_SOON')}</span></label>
                      <p id={`help-${s.key}`} className="help">{t('portal.comingSoonHelp')} {s.help}</p>
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
          <div className="actions"><button type="submit" disabled={saveState.fetching}>{t('portal.saveSettings')}</button><Saved show={saved} /></div>
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

      <Developments portalId={id} served={portal.developments} all={data.developments} onSaved={reload} />
      <Domains portalId={id} domains={portal.domains} served={portal.developments} onSaved={reload} />
      {role === 'ADMIN' && <DeletePortal id={id} name={portal.name} />}
    </>
  );
}

function Developments({ portalId, served, all, onSaved }: { portalId: string; served: { id: string }[]; all: { id: string; name: string; kind: string }[]; onSaved: () => void }) {
  const { t } = useI18n();
  const [state, setDevelopments] = useMutation(SetPortalDevelopmentsMutation);
  const [selected, setSelected] = useState(new Set(served.map((d) => d.id)));
  return (
    <form className="card form" id="developments" aria-labelledby="developments-title" onSubmit={(e) => { e.preventDefault(); void setDevelopments({ id: portalId, developmentIds: [...selected] }).then((r) => r.data && onSaved()); }}>
      <h2 id="developments-title">{t('portal.developments')}</h2>
      {all.map((d) => (
        <label key={d.id} className="check">
          <input type="checkbox" checked={selected.has(d.id)} onChange={(e) => { const next = new Set(selected); if (e.target.checked) next.add(d.id); else next.delete(d.id); setSelected(next); }} />
          {d.name}{d.kind === 'WORK' ? ' (obra)' : ''}
        </label>
      ))}
      <button type="submit" disabled={state.fetching}>{t('app.save')}</button>
      <ErrorMessage error={state.error} />
    </form>
  );
}

function Domains({ portalId, domains, served, onSaved }: { portalId: string; domains: { id: string; hostname: string; developments: { id: string; name: string }[] }[]; served: { id: string; name: string }[]; onSaved: () => void }) {
  const { t } = useI18n();
  const [state, saveDomain] = useMutation(SavePortalDomainMutation);
  const [, remove] = useMutation(RemovePortalDomainMutation);
  const [hostname, setHostname] = useState('');
  const [selected, setSelected] = useState(new Set<string>());
  const bound = domains.some((d) => d.developments.length > 0);
  return (
    <section className="card" id="domains" aria-labelledby="domains-title">
      <h2 id="domains-title">{t('portal.domains')}</h2>
      {!bound && <p className="muted">{t('portal.noDomains')}</p>}
      <table className="table">
        <thead><tr><th scope="col">{t('portal.domainHost')}</th><th scope="col">{t('portal.domainBound')}</th><th scope="col"><span className="sr-only">{t('portal.domainRemove')}</span></th></tr></thead>
        <tbody>
          {domains.map((d) => (
            <tr key={d.id}>
              <td>{d.hostname}</td>
              <td>{d.developments.map((x) => x.name).join(', ') || '—'}</td>
              <td><button type="button" className="link" onClick={() => remove({ id: d.id }).then(onSaved)}>{t('portal.domainRemove')}<span className="sr-only"> {d.hostname}</span></button></td>
            </tr>
          ))}
        </tbody>
      </table>
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
