import { ContactTypesEditor } from '../contact/ContactTypesEditor';
import { useEffect, useState } from 'react';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { FormAlert, FormScope } from '@shared/forms/form-scope';
import { useClient, useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { graphql } from '../gql';
import { useImpactPreview } from '../impact/ImpactPreview';
import { can, useStaff } from '../auth/permissions';
import type { DataChangeApproval, RequestKind, SubjectAppliesTo } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading } from '../ui/Status';
import { FinancialRules } from '../finance/FinancialRules';
import { OfficerSettings } from '../privacy/OfficerSettings';

const ConfigQuery = graphql(`
  query Config {
    me {
      id
      company {
        id
        dataChangeApproval
      }
    }
    associationTypes {
      id
      name
      seesUnitsInPortal
      seesHolderBills
    }
    contractTypes {
      id
      name
      visibleToCustomer
    }
    portals {
      id
      name
    }
    service: requestSubjects(kind: SERVICE) {
      ...ConfigSubject
    }
    assistance: requestSubjects(kind: ASSISTANCE) {
      ...ConfigSubject
    }
    workflows {
      id
      kind
      name
      showFinishedInPortal
      dueHours
      statuses {
        id
        name
        isFinal
        isInitial
        position
      }
    }
    customFields {
      id
      key
      label
      type
      active
    }
  }
`);

export const ConfigSubjectFragment = graphql(`
  fragment ConfigSubject on Subject {
    id
    name
    active
    appliesTo
    subsubjects {
      id
      name
      portalDisplayName
      displayNamesByPortal {
        portalId
        displayName
      }
      active
    }
  }
`);

const SaveAssociationType = graphql(`mutation SaveAssociationType($input: AssociationTypeInput!) { saveAssociationType(input: $input) { id } }`);
const SaveContractType = graphql(`mutation SaveContractType($input: ContractTypeInput!) { saveContractType(input: $input) { id } }`);
const SaveSubject = graphql(`mutation SaveSubject($input: SubjectInput!) { saveSubject(input: $input) { id } }`);
const SaveSubsubject = graphql(`mutation SaveSubsubject($input: SubsubjectInput!) { saveSubsubject(input: $input) { id } }`);
const SaveWorkflow = graphql(`mutation SaveWorkflow($input: WorkflowInput!) { saveWorkflow(input: $input) { id } }`);
const SaveWorkflowStatus = graphql(`mutation SaveWorkflowStatus($input: WorkflowStatusInput!) { saveWorkflowStatus(input: $input) { id } }`);
const SaveCustomField = graphql(`mutation SaveCustomField($input: CustomFieldInput!) { saveCustomField(input: $input) { id } }`);
const SetApproval = graphql(`mutation SetDataChangeApproval($mode: DataChangeApproval!) { setDataChangeApproval(mode: $mode) { id dataChangeApproval } }`);

/** The company's configuration: association and contract types, subjects (with portal display names), workflows, custom fields, approval mode. Every change is audited (R-SET-2). */
export function ConfigPage() {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  // R-OPS-4: company-wide configuration is changed only by staff without a development limit.
  const editable = can(staff, 'changeConfiguration');
  const [{ data, fetching, error }, refetch] = useQuery({ query: ConfigQuery });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const associationTypes = useSaver(reload);
  const contractTypes = useSaver(reload);
  const subjects = useSaver(reload);
  const workflows = useSaver(reload);
  const customFields = useSaver(reload);
  const approval = useSaver(reload);
  // R-EXPLAIN-4: a change that alters what customers see is previewed before it is saved.
  const impact = useImpactPreview();
  useEffect(() => {
    if (data && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [data]);
  if (fetching && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} />;
  return (
    <fieldset className="bare" disabled={!editable}>
      <h1>{t('config.title')}</h1>
      {impact.panel}
      {!editable && <p className="notice" data-testid="read-only-reason">{t('permissions.limitedConfig')}</p>}

      <FormScope error={associationTypes.error}>
      <section className="card" id="association-types" aria-labelledby="at-title">
        <h2 id="at-title">{t('config.associationTypes')}</h2>
        <FormAlert />
        <table className="table">
          <thead><tr><th scope="col">{t('app.name')}</th><th scope="col">{t('config.seesUnits')}</th><th scope="col">{t('config.seesBills')}</th></tr></thead>
          <tbody>
            {data.associationTypes.map((a) => (
              <tr key={a.id} id={`association-type-${a.id}`}>
                <td>{a.name}</td>
                <td><input type="checkbox" aria-label={`${t('config.seesUnits')}: ${a.name}`} checked={a.seesUnitsInPortal} onChange={(e) => { const input = { id: a.id, seesUnitsInPortal: e.target.checked }; void impact.confirm({ saveAssociationType: { input } }, () => associationTypes.run(SaveAssociationType, { input })); }} /></td>
                <td><input type="checkbox" aria-label={`${t('config.seesBills')}: ${a.name}`} checked={a.seesHolderBills} onChange={(e) => { const input = { id: a.id, seesHolderBills: e.target.checked }; void impact.confirm({ saveAssociationType: { input } }, () => associationTypes.run(SaveAssociationType, { input })); }} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <AddByName label={t('config.add')} id="new-association-type" onAdd={(name) => associationTypes.send(SaveAssociationType, { input: { name } })} />
      </section>
      </FormScope>

      <FormScope error={contractTypes.error}>
      <section className="card" id="contract-types" aria-labelledby="ct-title">
        <h2 id="ct-title">{t('config.contractTypes')}</h2>
        <FormAlert />
        <table className="table">
          <thead><tr><th scope="col">{t('app.name')}</th><th scope="col">{t('config.visibleToCustomer')}</th></tr></thead>
          <tbody>
            {data.contractTypes.map((c) => (
              <tr key={c.id} id={`contract-type-${c.id}`}>
                <td>{c.name}</td>
                <td><input type="checkbox" aria-label={`${t('config.visibleToCustomer')}: ${c.name}`} checked={c.visibleToCustomer} onChange={(e) => { const input = { id: c.id, visibleToCustomer: e.target.checked }; void impact.confirm({ saveContractType: { input } }, () => contractTypes.run(SaveContractType, { input })); }} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <AddByName label={t('config.add')} id="new-contract-type" onAdd={(name) => contractTypes.send(SaveContractType, { input: { name } })} />
      </section>
      </FormScope>

      <ContactTypesEditor />

      <FormScope error={subjects.error}>
      <section className="card" id="subjects" aria-labelledby="subjects-title">
        <h2 id="subjects-title">{t('config.subjects')}</h2>
        <FormAlert />
        {(['SERVICE', 'ASSISTANCE'] as RequestKind[]).map((kind) => (
          <div key={kind}>
            <h3>{label('RequestKind', kind)}</h3>
            {(kind === 'SERVICE' ? data.service : data.assistance).map((s) => (
              <div key={s.id} className="subject">
                <p><strong>{s.name}</strong> <label className="check inline"><input type="checkbox" checked={s.active} onChange={(e) => subjects.run(SaveSubject, { input: { id: s.id, active: e.target.checked } })} />{t('app.active')}</label></p>
                <p className="inline">
                  <label htmlFor={`applies-${s.id}`}>{t('config.appliesTo')}</label>
                  <select id={`applies-${s.id}`} value={s.appliesTo} onChange={(e) => subjects.run(SaveSubject, { input: { id: s.id, appliesTo: e.target.value as SubjectAppliesTo } })}>
                    {(['UNITS', 'COMMON_AREAS', 'BOTH'] as const).map((a) => <option key={a} value={a}>{label('SubjectAppliesTo', a)}</option>)}
                  </select>
                </p>
                <table className="table">
                  <thead><tr><th scope="col">{t('app.name')}</th><th scope="col">{t('config.displayName')}</th><th scope="col">{t('app.active')}</th></tr></thead>
                  <tbody>
                    {s.subsubjects.map((ss) => (
                      <tr key={ss.id} id={`subsubject-${ss.id}`}>
                        <td>{ss.name}</td>
                        <td>
                          <InlineText label={`${t('config.displayName')}: ${ss.name}`} value={ss.portalDisplayName ?? ''} onSave={(value) => subjects.send(SaveSubsubject, { input: { id: ss.id, portalDisplayName: value } })} />
                          {data.portals.length > 1 && (
                            // R-REQ-2: a portal may show its own name for it, over the one above.
                            <details className="by-portal" open={ss.displayNamesByPortal.length > 0}>
                              <summary>{t('config.displayNameByPortal', { count: String(ss.displayNamesByPortal.length) })}</summary>
                              {data.portals.map((p) => (
                                <InlineText key={p.id} label={`${t('config.displayNameIn', { portal: p.name })}: ${ss.name}`} prefix={p.name}
                                  value={ss.displayNamesByPortal.find((n) => n.portalId === p.id)?.displayName ?? ''}
                                  onSave={(value) => subjects.send(SaveSubsubject, { input: { id: ss.id, displayNamesByPortal: [{ portalId: p.id, displayName: value }] } })} />
                              ))}
                            </details>
                          )}
                        </td>
                        <td><input type="checkbox" aria-label={`${t('app.active')}: ${ss.name}`} checked={ss.active} onChange={(e) => subjects.run(SaveSubsubject, { input: { id: ss.id, active: e.target.checked } })} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <AddByName label={t('config.add')} id={`new-sub-${s.id}`} onAdd={(name) => subjects.send(SaveSubsubject, { input: { subjectId: s.id, name } })} />
              </div>
            ))}
            <AddByName label={`${t('config.add')} (${label('RequestKind', kind)})`} id={`new-subject-${kind}`} onAdd={(name) => subjects.send(SaveSubject, { input: { kind, name } })} />
          </div>
        ))}
      </section>
      </FormScope>

      <FormScope error={workflows.error}>
      <section className="card" id="workflows" aria-labelledby="wf-title">
        <h2 id="wf-title">{t('config.workflows')}</h2>
        <FormAlert />
        {data.workflows.map((w) => (
          <div key={w.id}>
            <h3>{w.name} ({label('RequestKind', w.kind)})</h3>
            <label className="check"><input type="checkbox" checked={w.showFinishedInPortal} onChange={(e) => { const input = { id: w.id, showFinishedInPortal: e.target.checked }; void impact.confirm({ saveWorkflow: { input } }, () => workflows.run(SaveWorkflow, { input })); }} />{t('config.showFinished')}</label>
            <label htmlFor={`due-${w.id}`}>{t('config.dueHours')}</label>
            <input
              id={`due-${w.id}`} type="number" min={0} max={8760} step={1} inputMode="numeric" defaultValue={w.dueHours ?? 0} aria-describedby={`due-${w.id}-help`}
              onBlur={(e) => { const hours = Number(e.target.value); if (e.target.value !== '' && hours !== (w.dueHours ?? 0)) workflows.run(SaveWorkflow, { input: { id: w.id, dueHours: hours } }); }}
            />
            <p id={`due-${w.id}-help`} className="help">{t('config.dueHoursHelp')}</p>
            <table className="table">
              <thead><tr><th scope="col">{t('requests.status')}</th><th scope="col">{t('config.initial')}</th><th scope="col">{t('config.final')}</th></tr></thead>
              <tbody>
                {w.statuses.map((s) => (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td><input type="checkbox" aria-label={`${t('config.initial')}: ${s.name}`} checked={s.isInitial} onChange={(e) => workflows.run(SaveWorkflowStatus, { input: { id: s.id, isInitial: e.target.checked } })} /></td>
                    <td><input type="checkbox" aria-label={`${t('config.final')}: ${s.name}`} checked={s.isFinal} onChange={(e) => workflows.run(SaveWorkflowStatus, { input: { id: s.id, isFinal: e.target.checked } })} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
            <AddByName label={t('config.add')} id={`new-status-${w.id}`} onAdd={(name) => workflows.send(SaveWorkflowStatus, { input: { workflowId: w.id, name, position: w.statuses.length } })} />
          </div>
        ))}
        {(['SERVICE', 'ASSISTANCE'] as RequestKind[]).filter((k) => !data.workflows.some((w) => w.kind === k)).map((kind) => (
          <AddByName key={kind} label={`${t('config.add')} (${label('RequestKind', kind)})`} id={`new-workflow-${kind}`} onAdd={(name) => workflows.send(SaveWorkflow, { input: { kind, name } })} />
        ))}
      </section>
      </FormScope>

      <FormScope error={customFields.error}>
      <section className="card" id="custom-fields" aria-labelledby="cf-title">
        <h2 id="cf-title">{t('config.customFields')}</h2>
        <FormAlert />
        <table className="table">
          <thead><tr><th scope="col">{t('config.key')}</th><th scope="col">{t('app.name')}</th><th scope="col">{t('app.active')}</th></tr></thead>
          <tbody>
            {data.customFields.map((f) => (
              <tr key={f.id}>
                <td>{f.key}</td>
                <td>{f.label} ({label('CustomFieldType', f.type)})</td>
                <td><input type="checkbox" aria-label={`${t('app.active')}: ${f.label}`} checked={f.active} onChange={(e) => customFields.run(SaveCustomField, { input: { id: f.id, active: e.target.checked } })} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      </FormScope>

      <FinancialRules />

      <OfficerSettings />

      {can(staff, 'decideDataChanges') && data.me?.company && (
        <FormScope error={approval.error}>
        <section className="card" id="approval" aria-labelledby="approval-title">
          <h2 id="approval-title">{t('config.approval')}</h2>
          <FormAlert />
          <label htmlFor="approval-mode" className="sr-only">{t('config.approval')}</label>
          <select id="approval-mode" value={data.me.company.dataChangeApproval} onChange={(e) => approval.run(SetApproval, { mode: e.target.value as DataChangeApproval })} aria-describedby="approval-help">
            {(['MANUAL', 'AUTOMATIC'] as const).map((mode) => <option key={mode} value={mode}>{label('DataChangeApproval', mode)}</option>)}
          </select>
          <p id="approval-help" className="help">{t(`approval.help.${data.me.company.dataChangeApproval}`)}</p>
        </section>
        </FormScope>
      )}
    </fieldset>
  );
}

/**
 * The save mutations of one section: `run` (its checkboxes and selects) keeps the refusal to show at
 * the section's top; `send` (its little forms) returns it for the form to show on its field. Both reload.
 */
function useSaver(reload: () => void) {
  const client = useClient();
  const [error, setError] = useState<CombinedError | null>(null);
  const send = async <D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V): Promise<CombinedError | null> => {
    const result = await client.mutation(document, variables).toPromise();
    reload();
    return result.error ?? null;
  };
  const run = async <D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V) => setError(await send(document, variables));
  return { error, run, send };
}

/** A one-field form that adds something by its name; the refusal sits on the field and the name stays to be corrected. */
function AddByName({ label, id, onAdd }: { label: string; id: string; onAdd: (name: string) => Promise<CombinedError | null> }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<CombinedError | null>(null);
  async function submit() {
    const refused = await onAdd(name.trim());
    setError(refused);
    if (!refused) setName('');
  }
  return (
    <Form className="inline-form" onSubmit={submit} error={error}>
      <Field name="name" label={t('app.name')} hideLabel>
        <input id={id} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('app.name')} required />
      </Field>
      <SubmitButton className="secondary">{label}</SubmitButton>
    </Form>
  );
}

function InlineText({ label, value, onSave, prefix }: { label: string; value: string; onSave: (value: string) => Promise<CombinedError | null>; prefix?: string }) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  const [error, setError] = useState<CombinedError | null>(null);
  return (
    <Form className="inline-form" onSubmit={async () => setError(await onSave(text))} error={error}>
      {prefix && <span className="muted" aria-hidden="true">{prefix}</span>}
      <Field name="portalDisplayName" label={label} hideLabel>
        <input value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <SubmitButton className="secondary" disabled={text === value}>{t('app.save')}</SubmitButton>
    </Form>
  );
}
