import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ActionButton, SubmitButton } from '@shared/forms/buttons';
import { Field, FieldGroup } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { FieldError, useField } from '@shared/forms/form-scope';
import { Link, navigate } from '@shared/router';
import { graphql } from '../gql';
import { useImpactPreview } from '../impact/ImpactPreview';

import { can, useStaff } from '../auth/permissions';
import type { DevelopmentKind, PortalSettingsInput, SlaUnit, WorkLogStatus } from '../gql/graphql';
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
      showFinancial
      showStandaloneBills
      associatesSeeHolderBills
      taxSeries
      workLogStatuses
      showCustomerPayments
      showBuilderPayments
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

const GROUPS = ['ACCESS', 'MENU', 'FUNCTIONALITY', 'FINANCIAL', 'WHITE_LABEL'] as const;
const TEXT_SETTINGS = new Set(['loginText1', 'loginText2', 'whiteLabelName', 'logoUrl', 'primaryColor', 'secondaryColor']);

type Values = Record<string, string | boolean | number | string[] | null>;

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
  // R-EXPLAIN-4: what a change hides or shows, asked before it is saved.
  const impact = useImpactPreview();
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

  async function submit() {
    setSaved(false);
    const input: PortalSettingsInput = {};
    for (const setting of data!.portalSettingsCatalog) {
      if (setting.availability === 'COMING_SOON') continue;
      if (setting.key === 'finishedAssistanceSla') {
        if (values.finishedAssistanceSla !== portal!.finishedAssistanceSla || values.finishedAssistanceSlaUnit !== portal!.finishedAssistanceSlaUnit) {
          input.finishedAssistanceSla = Number(values.finishedAssistanceSla);
          input.finishedAssistanceSlaUnit = values.finishedAssistanceSlaUnit as SlaUnit;
        }
      } else if (JSON.stringify(values[setting.key]) !== JSON.stringify((portal as unknown as Values)[setting.key])) {
        (input as Values)[setting.key] = values[setting.key] ?? null;
      }
    }
    if (values.name !== portal!.name) input.name = String(values.name);
    await impact.confirm({ updatePortalSettings: { portalId: id, input } }, async () => {
      const result = await save({ id, input });
      if (result.data) {
        setSaved(true);
        reload();
      }
    });
  }

  return (
    <>
      <p><Link to="/admin/portais">← {t('portals.title')}</Link></p>
      <div className="top">
        <h1>{portal.name}</h1>
        <span className={`badge${portal.active ? ' done' : ' off'}`}>{portal.active ? t('app.active') : t('app.inactive')}</span>
        {can(staff, 'activatePortal', serves) && (
          <ActionButton className="secondary" onClick={() => impact.confirm({ setPortalActive: { portalId: id, active: !portal.active } }, () => setActive({ id, active: !portal.active }).then(reload))}>
            {portal.active ? t('portal.inactivate') : t('portal.activate')}
          </ActionButton>
        )}
      </div>
      <ErrorMessage error={activeState.error} />
      {impact.panel}
      {!editable && <p className="notice" data-testid="read-only-reason">{t('permissions.portalOutsideLimit')}</p>}
      <p><Link to={`/admin/portais/${id}/perguntas-frequentes`}>{t('faq.edit')}</Link></p>
      <p><Link to={`/admin/portais/${id}/banners-e-beneficios`}>{t('extras.edit')}</Link></p>

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
        <Form className="card form" onSubmit={submit} error={saveState.error} aria-labelledby="settings" heading={<h2 id="settings">{t('portal.settings')}</h2>}>
          <fieldset className="bare" disabled={!editable}>
          <Field name="name" label={t('app.name')}>
            <input id="setting-name" value={String(values.name ?? '')} onChange={(e) => setValues({ ...values, name: e.target.value })} />
          </Field>
          {GROUPS.map((group) => (
            <fieldset key={group}>
              <legend>{t(`group.${group}`)}</legend>
              {data.portalSettingsCatalog.filter((s) => s.group === group).map((s) => (
                <div key={s.key} className="setting" id={`setting-${s.key}`}>
                  {s.key === 'finishedAssistanceSla' ? (
                    <SlaField label={s.label} help={s.help} amount={Number(values.finishedAssistanceSla ?? 0)} unit={String(values.finishedAssistanceSlaUnit)} onChange={(amount, unit) => setValues({ ...values, finishedAssistanceSla: amount, finishedAssistanceSlaUnit: unit })} />
                  ) : s.key === 'workLogStatuses' ? (
                    <WorkLogStatusesField label={s.label} help={s.help} statuses={(values.workLogStatuses as WorkLogStatus[] | undefined) ?? []} onChange={(workLogStatuses) => setValues({ ...values, workLogStatuses })} />
                  ) : s.key === 'taxSeries' ? (
                    <SeriesField label={s.label} help={s.help} series={(values.taxSeries as string[] | undefined) ?? []} onChange={(taxSeries) => setValues({ ...values, taxSeries })} />
                  ) : TEXT_SETTINGS.has(s.key) ? (
                    <Field name={s.key} label={s.label} help={s.help}>
                      <input id={`input-${s.key}`} value={String(values[s.key] ?? '')} onChange={(e) => setValues({ ...values, [s.key]: e.target.value })} />
                    </Field>
                  ) : s.availability === 'COMING_SOON' ? (
                    // Nothing behind it yet: shown, so staff know it is coming, but not switchable (the API refuses it too).
                    <>
                      <label className="check coming-soon"><input type="checkbox" checked={false} disabled aria-describedby={`help-${s.key}`} />{s.label} <span className="badge">{label('SettingAvailability', 'COMING_SOON')}</span></label>
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
          {editable && <div className="actions"><SubmitButton>{t('portal.saveSettings')}</SubmitButton><Saved show={saved} /></div>}
          </fieldset>
        </Form>

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
  const impact = useImpactPreview();
  const submit = () => {
    const developmentIds = [...selected];
    return impact.confirm({ setPortalDevelopments: { portalId, developmentIds } }, () => setDevelopments({ id: portalId, developmentIds }).then((r) => r.data && onSaved()));
  };
  return (
    <Form className="card form" id="developments" aria-labelledby="developments-title" error={state.error} onSubmit={submit}>
      <h2 id="developments-title">{t('portal.developments')}</h2>
      {impact.panel}
      <fieldset className="bare" disabled={!editable}>
      <FieldGroup name="developmentIds" legend={t('portal.developments')} hideLegend>
        {all.map((d) => (
          <label key={d.id} className="check">
            <input type="checkbox" checked={selected.has(d.id)} onChange={(e) => { const next = new Set(selected); if (e.target.checked) next.add(d.id); else next.delete(d.id); setSelected(next); }} />
            {d.name}{d.kind === 'WORK' ? ` (${label('DevelopmentKind', d.kind)})` : ''}
          </label>
        ))}
      </FieldGroup>
      </fieldset>
      {editable && <SubmitButton>{t('app.save')}</SubmitButton>}
    </Form>
  );
}

function Domains({ portalId, domains, served, editable, onSaved }: { portalId: string; domains: { id: string; hostname: string; developments: { id: string; name: string }[] }[]; served: { id: string; name: string }[]; editable: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const [state, saveDomain] = useMutation(SavePortalDomainMutation);
  const [removeState, remove] = useMutation(RemovePortalDomainMutation);
  const [hostname, setHostname] = useState('');
  const [selected, setSelected] = useState(new Set<string>());
  const impact = useImpactPreview();
  const add = () => {
    const input = { portalId, hostname, developmentIds: [...selected] };
    return impact.confirm({ savePortalDomain: { input } }, () => saveDomain({ input }).then((r) => { if (r.data) { setHostname(''); onSaved(); } }));
  };
  return (
    <section className="card" id="domains" aria-labelledby="domains-title">
      <h2 id="domains-title">{t('portal.domains')}</h2>
      {impact.panel}
      {domains.length === 0 ? <p className="notice" data-testid="no-domains">{t('portal.noDomains')}</p> : (
        <table className="table">
          <thead><tr><th scope="col">{t('portal.domainHost')}</th><th scope="col">{t('portal.domainBound')}</th>{editable && <th scope="col"><span className="sr-only">{t('portal.domainRemove')}</span></th>}</tr></thead>
          <tbody>
            {domains.map((d) => (
              <tr key={d.id}>
                <td>{d.hostname}</td>
                <td>{d.developments.map((x) => x.name).join(', ') || <span className="muted">{t('portal.domainAllDevelopments')}</span>}</td>
                {editable && <td><ActionButton className="link" onClick={() => impact.confirm({ removePortalDomain: { domainId: d.id } }, () => remove({ id: d.id }).then(onSaved))}>{t('portal.domainRemove')}<span className="sr-only"> {d.hostname}</span></ActionButton></td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorMessage error={removeState.error} />
      {editable && (
        <Form className="form" error={state.error} onSubmit={add}>
          <Field name="hostname" label={t('portal.domainHost')}>
            <input id="hostname" value={hostname} onChange={(e) => setHostname(e.target.value)} required placeholder="portal.suaempresa.com.br" />
          </Field>
          <FieldGroup name="developmentIds" legend={t('portal.domainBound')}>
            {served.map((d) => (
              <label key={d.id} className="check"><input type="checkbox" checked={selected.has(d.id)} onChange={(e) => { const next = new Set(selected); if (e.target.checked) next.add(d.id); else next.delete(d.id); setSelected(next); }} />{d.name}</label>
            ))}
          </FieldGroup>
          <SubmitButton>{t('portal.domainAdd')}</SubmitButton>
        </Form>
      )}
    </section>
  );
}

function DeletePortal({ id, name }: { id: string; name: string }) {
  const { t } = useI18n();
  const [state, remove] = useMutation(DeletePortalMutation);
  const [typed, setTyped] = useState('');
  return (
    <Form className="card form danger" aria-labelledby="delete-portal" error={state.error} onSubmit={() => remove({ id, confirmName: typed }).then((r) => r.data && navigate('/admin/portais'))} heading={<h2 id="delete-portal">{t('portal.delete')}</h2>}>
      <p>{t('portal.deleteHelp', { name })}</p>
      <Field name="confirmName" label={t('portal.deleteConfirm')}>
        <input id="confirm-name" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </Field>
      <SubmitButton className="danger" disabled={typed !== name}>{t('portal.delete')}</SubmitButton>
    </Form>
  );
}

/** The SLA of finished assistances: an amount and its unit, one field for the API (`finishedAssistanceSla`). */
function SlaField({ label, help, amount, unit, onChange }: { label: string; help: string; amount: number; unit: string; onChange: (amount: number, unit: string) => void }) {
  const { t } = useI18n();
  const words = useLabel();
  const field = useField('finishedAssistanceSla', label, 'sla');
  return (
    <>
      <label htmlFor="sla">{label}</label>
      <div className="inline">
        <input id="sla" name="finishedAssistanceSla" type="number" min={0} value={amount} onChange={(e) => onChange(Number(e.target.value), unit)} aria-invalid={field.message ? true : undefined} aria-describedby={field.describedBy('sla-help')} />
        <select aria-label={t('portal.sla')} value={unit} onChange={(e) => onChange(amount, e.target.value)}>
          {(['HOURS', 'DAYS'] as const).map((u) => <option key={u} value={u}>{words('SlaUnit', u)}</option>)}
        </select>
      </div>
      <p id="sla-help" className="help">{help}</p>
      <FieldError field={field} />
    </>
  );
}

/**
 * R-FIN-5: the series the informe de rendimentos sums, as the ERP names them ("Mensais", "Chaves"):
 * one per line; blank lines and repeats are dropped by the server.
 */
function SeriesField({ label, help, series, onChange }: { label: string; help: string; series: string[]; onChange(series: string[]): void }) {
  const lines = (value: string) => value.split('\n').map((line) => line.trim()).filter(Boolean);
  const [text, setText] = useState(series.join('\n'));
  // Saved or reloaded elsewhere: show it (what is being typed, blank lines included, stays).
  useEffect(() => {
    if (lines(text).join('\n') !== series.join('\n')) setText(series.join('\n'));
  }, [series.join('\n')]);
  return (
    <Field name="taxSeries" label={label} help={help}>
      <textarea id="input-taxSeries" rows={Math.max(3, series.length + 1)} value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(lines(e.target.value));
        }} />
    </Field>
  );
}

const WORK_LOG_STATUSES: WorkLogStatus[] = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED'];

/** R-WORK-1 (seed 001): which work log statuses customers see; none hides the Diário de obra menu. */
function WorkLogStatusesField({ label, help, statuses, onChange }: { label: string; help: string; statuses: WorkLogStatus[]; onChange(statuses: WorkLogStatus[]): void }) {
  const name = useLabel();
  return (
    <fieldset className="bare" aria-describedby="help-workLogStatuses">
      <legend>{label}</legend>
      {WORK_LOG_STATUSES.map((status) => (
        <label key={status} className="check">
          <input type="checkbox" name="workLogStatuses" value={status} checked={statuses.includes(status)}
            onChange={(e) => onChange(WORK_LOG_STATUSES.filter((s) => (s === status ? e.target.checked : statuses.includes(s))))} />
          {name('WorkLogStatus', status)}
        </label>
      ))}
      <p id="help-workLogStatuses" className="help">{help}</p>
    </fieldset>
  );
}
