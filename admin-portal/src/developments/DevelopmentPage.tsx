import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { Link } from '@shared/router';
import { graphql } from '../gql';
import type { DevelopmentStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage, Loading, Saved } from '../ui/Status';
import { SyndicFiles } from './SyndicFiles';
import { DevelopmentDocuments } from './DevelopmentDocuments';
import { BillingBlocks } from '../finance/BillingBlocks';
import { useImpactPreview } from '../impact/ImpactPreview';

const DevelopmentsFullQuery = graphql(`
  query DevelopmentsFull {
    developments {
      id
      name
      kind
      deliveryDate
      status
      allowServiceRequests
      allowAssistanceRequests
      blocks {
        id
        name
        active
      }
      stages {
        id
        name
        active
      }
      commonAreas {
        id
        name
      }
    }
  }
`);

const UpdateDevelopmentMutation = graphql(`mutation UpdateDevelopment($input: DevelopmentSettingsInput!) { updateDevelopment(input: $input) { id } }`);
const SetBlockActiveMutation = graphql(`mutation SetBlockActive($id: ID!, $active: Boolean!) { setBlockActive(id: $id, active: $active) { id active } }`);
const SetStageActiveMutation = graphql(`mutation SetStageActive($id: ID!, $active: Boolean!) { setStageActive(id: $id, active: $active) { id active } }`);

/**
 * A development: request permissions (R-REQ-1), delivery date (R-UNIT-5), block and stage flags (R-UNIT-2), its common areas
 * (R-REQ-8), its syndics' files (R-REQ-10). Opened by id — with `#setting-…` for one of them — or by one of its blocks or stages (explainer links).
 */
export function DevelopmentPage({ id, blockId, stageId }: { id?: string; blockId?: string; stageId?: string }) {
  const { t } = useI18n();
  const label = useLabel();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DevelopmentsFullQuery });
  const [updateState, update] = useMutation(UpdateDevelopmentMutation);
  const [blockState, setBlock] = useMutation(SetBlockActiveMutation);
  const [stageState, setStage] = useMutation(SetStageActiveMutation);
  const [saved, setSaved] = useState(false);
  // R-EXPLAIN-4: what a change hides or shows, asked before it is saved.
  const impact = useImpactPreview();
  const [deliveryDate, setDeliveryDate] = useState<string>('');
  const development = data?.developments.find((d) => d.id === id || d.blocks.some((b) => b.id === blockId) || d.stages.some((s) => s.id === stageId));
  // The date as saved, again whenever the development (re)loads.
  useEffect(() => setDeliveryDate(development?.deliveryDate ?? ''), [development?.deliveryDate]);
  useEffect(() => {
    const target = blockId ? `block-${blockId}` : stageId ? `stage-${stageId}` : location.hash.startsWith('#setting-') || location.hash === '#billing-blocks' ? location.hash.slice(1) : null;
    if (development && target) document.getElementById(target)?.scrollIntoView();
  }, [development, blockId, stageId]);
  if (fetching && !data) return <Loading />;
  if (!development) return <ErrorMessage error={error} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const save = (patch: { allowServiceRequests?: boolean; allowAssistanceRequests?: boolean; deliveryDate?: string | null; status?: DevelopmentStatus }) => {
    const input = { id: development.id, ...patch };
    impact.confirm({ updateDevelopment: { input } }, () => update({ input }).then((r) => { setSaved(!r.error); reload(); }));
  };
  const setBlockActive = (id: string, active: boolean) => impact.confirm({ setBlockActive: { id, active } }, () => setBlock({ id, active }).then(reload));
  const setStageActive = (id: string, active: boolean) => impact.confirm({ setStageActive: { id, active } }, () => setStage({ id, active }).then(reload));
  const saveDeliveryDate = (value: string) => (value !== (development.deliveryDate ?? '') ? save({ deliveryDate: value || null }) : undefined);
  return (
    <>
      <p><Link to="/admin/empreendimentos">← {t('developments.title')}</Link></p>
      <h1>{development.name}</h1>
      {impact.panel}
      {/* Each control saves on its own; Enter in the date saves it too. */}
      <Form className="card form" error={updateState.error} busy={updateState.fetching} onSubmit={() => saveDeliveryDate(deliveryDate)}>
        <label className="check" id="setting-allowServiceRequests"><input type="checkbox" checked={development.allowServiceRequests} onChange={(e) => save({ allowServiceRequests: e.target.checked })} />{t('developments.allowService')}</label>
        <label className="check" id="setting-allowAssistanceRequests"><input type="checkbox" checked={development.allowAssistanceRequests} onChange={(e) => save({ allowAssistanceRequests: e.target.checked })} />{t('developments.allowAssistance')}</label>
        <label htmlFor="development-status">{t('portals.developmentStatus')}</label>
        <select id="development-status" value={development.status} onChange={(e) => save({ status: e.target.value as DevelopmentStatus })}>
          {(['IN_PROGRESS', 'PAUSED', 'FINISHED'] as const).map((s) => <option key={s} value={s}>{label('DevelopmentStatus', s)}</option>)}
        </select>
        <Field name="deliveryDate" label={t('developments.delivery')}>
          <input id="delivery" type="date" value={deliveryDate} onChange={(e) => setDeliveryDate(e.target.value)} onBlur={() => saveDeliveryDate(deliveryDate)} />
        </Field>
        <Saved show={saved} />
      </Form>
      <div className="two-columns">
        <section className="card" aria-labelledby="blocks">
          <h2 id="blocks">{t('developments.blocks')}</h2>
          {development.blocks.map((b) => (
            <label key={b.id} id={`block-${b.id}`} className={`check${b.id === blockId ? ' highlight' : ''}`}>
              <input type="checkbox" checked={b.active} onChange={(e) => setBlockActive(b.id, e.target.checked)} />{b.name} ({b.active ? t('app.active') : t('app.inactive')})
            </label>
          ))}
          <ErrorMessage error={blockState.error} />
        </section>
        <section className="card" aria-labelledby="stages">
          <h2 id="stages">{t('developments.stages')}</h2>
          {development.stages.map((s) => (
            <label key={s.id} id={`stage-${s.id}`} className={`check${s.id === stageId ? ' highlight' : ''}`}>
              <input type="checkbox" checked={s.active} onChange={(e) => setStageActive(s.id, e.target.checked)} />{s.name} ({s.active ? t('app.active') : t('app.inactive')})
            </label>
          ))}
          <ErrorMessage error={stageState.error} />
        </section>
        <section className="card" id="setting-commonAreas" aria-labelledby="common-areas">
          <h2 id="common-areas">{t('developments.commonAreas')}</h2>
          {development.commonAreas.length ? (
            <ul className="list">{development.commonAreas.map((a) => <li key={a.id}>{a.name}</li>)}</ul>
          ) : <p className="muted">{t('developments.noCommonAreas')}</p>}
        </section>
      </div>
      <section className="card" id="works" aria-labelledby="works-title">
        <h2 id="works-title">{t('works.section')}</h2>
        <p className="help">{t('works.sectionHelp')}</p>
        <p>
          <Link to={`/admin/empreendimentos/${development.id}/diario-de-obra`}>{t('works.openLog')}</Link>
          {' · '}
          <Link to={`/admin/empreendimentos/${development.id}/cronograma`}>{t('works.openSchedule')}</Link>
          {' · '}
          <Link to={`/admin/empreendimentos/${development.id}/agendamentos`}>{t('appointments.open')}</Link>
        </p>
      </section>
      <BillingBlocks developmentId={development.id} blocks={development.blocks} />
      <DevelopmentDocuments developmentId={development.id} />
      <SyndicFiles developmentId={development.id} />
    </>
  );
}
