import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '@shared/format/dates';
import { ActionButton, SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import { useImpactPreview } from '../impact/ImpactPreview';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { ErrorMessage } from '../ui/Status';

const BillingBlocksQuery = graphql(`
  query BillingBlocks($developmentId: ID!) {
    billingBlocks(developmentId: $developmentId) {
      id
      blockId
      blockName
      reason
      source
      active
      createdAt
      createdByName
      endedAt
      endedByName
      customersHeld
    }
  }
`);

const CreateBillingBlockMutation = graphql(`mutation CreateBillingBlock($input: BillingBlockInput!) { createBillingBlock(input: $input) { id } }`);
const LiftBillingBlockMutation = graphql(`mutation LiftBillingBlock($id: ID!) { liftBillingBlock(id: $id) { id active } }`);

/**
 * R-FIN-10: a development's billing blocks — while one is active, no new bill is issued and open
 * bills are held back from the portal; the customer reads its reason. Set and lifted here
 * (ADMIN, MANAGER; audited), or sent by the ERP. Fix links land on `#billing-blocks`.
 */
export function BillingBlocks({ developmentId, blocks }: { developmentId: string; blocks: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  const [{ data, error }, refetch] = useQuery({ query: BillingBlocksQuery, variables: { developmentId } });
  const [createState, create] = useMutation(CreateBillingBlockMutation);
  const [liftState, lift] = useMutation(LiftBillingBlockMutation);
  const [blockId, setBlockId] = useState('');
  const [reason, setReason] = useState('');
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const editable = can(staff, 'manageBillingBlocks');

  // R-EXPLAIN-4: the bills a block holds back (or a lift shows again) are previewed before saving.
  const impact = useImpactPreview();

  function submit() {
    const input = { developmentId, blockId: blockId || null, reason };
    return impact.confirm({ createBillingBlock: { input } }, async () => {
      const result = await create({ input });
      if (result.data) {
        setReason('');
        setBlockId('');
        reload();
      }
    });
  }

  function liftOne(id: string) {
    return impact.confirm({ liftBillingBlock: { id } }, async () => {
      await lift({ id });
      reload();
    });
  }

  const list = data?.billingBlocks ?? [];
  return (
    <section className="card" id="billing-blocks" aria-labelledby="billing-blocks-title">
      <h2 id="billing-blocks-title">{t('billingBlocks.title')}</h2>
      <p className="help">{t('billingBlocks.help')}</p>
      {impact.panel}
      <ErrorMessage error={error ?? liftState.error} />
      {list.length === 0 ? <p className="muted">{t('billingBlocks.none')}</p> : (
        <ul className="list">
          {list.map((b) => (
            <li key={b.id} data-testid="billing-block" className={b.active ? 'issue' : 'muted'}>
              <p>
                <strong>{b.blockName ?? t('billingBlocks.whole')}</strong> · {b.active ? t('app.active') : t('billingBlocks.liftedAt', { when: formatDateTime(b.endedAt) })}
                {' '}· {label('BillingBlockSource', b.source)}
              </p>
              <p>“{b.reason}”</p>
              <p className="muted">
                {t('billingBlocks.since', { when: formatDateTime(b.createdAt), who: b.createdByName ?? label('BillingBlockSource', b.source) })}
                {b.active && ` · ${t('billingBlocks.held', { count: String(b.customersHeld) })}`}
                {!b.active && b.endedByName && ` · ${t('billingBlocks.liftedBy', { who: b.endedByName })}`}
              </p>
              {b.active && editable && <ActionButton className="secondary" onClick={() => liftOne(b.id)} busy={liftState.fetching}>{t('billingBlocks.lift')}</ActionButton>}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <Form className="form" onSubmit={submit} error={createState.error} busy={createState.fetching} aria-label={t('billingBlocks.add')}>
          <Field name="blockId" label={t('billingBlocks.where')}>
            <select id="billing-block-where" value={blockId} onChange={(e) => setBlockId(e.target.value)}>
              <option value="">{t('billingBlocks.whole')}</option>
              {blocks.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select>
          </Field>
          <Field name="reason" label={t('billingBlocks.reason')} help={t('billingBlocks.reason.help')}>
            <textarea id="billing-block-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required />
          </Field>
          <SubmitButton>{t('billingBlocks.add')}</SubmitButton>
        </Form>
      )}
    </section>
  );
}
