import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { SubmitButton } from '@shared/forms/buttons';
import { Field } from '@shared/forms/Field';
import { Form } from '@shared/forms/Form';
import { can, useStaff } from '../auth/permissions';
import { graphql } from '../gql';
import type { PrepaymentMethod } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { Saved } from '../ui/Status';

const FinancialRulesQuery = graphql(`
  query FinancialRules {
    me {
      id
      company {
        id
        overdueBlocksBills
        secondCopyAllowed
        prepaymentAllowed
        prepaymentRateBasisPoints
        prepaymentMethod
        cardPaymentAllowed
      }
    }
  }
`);

const UpdateFinancialRulesMutation = graphql(`
  mutation UpdateFinancialRules($input: FinancialRulesInput!) {
    updateFinancialRules(input: $input) { id overdueBlocksBills secondCopyAllowed prepaymentAllowed prepaymentRateBasisPoints prepaymentMethod cardPaymentAllowed }
  }
`);

const FLAGS = ['overdueBlocksBills', 'secondCopyAllowed', 'prepaymentAllowed', 'cardPaymentAllowed'] as const;
type Flag = (typeof FLAGS)[number];

/** "1,00" ⇄ 100 basis points: staff type a percentage a month, the API keeps hundredths of a percent. */
const percentOf = (basisPoints: number) => (basisPoints / 100).toFixed(2).replace('.', ',');
const basisPointsOf = (text: string) => Math.round(Number(text.trim().replace(/\./g, '').replace(',', '.')) * 100);

/**
 * SPEC §8: the company's financial rules, the same for all its portals (R-FIN-10's overdue rule,
 * 2ª via, R-FIN-11's antecipação rate and method, R-FIN-6's card payments). ADMINs change them
 * (audited, R-SET-2); everyone else reads them. Fix links land on `#setting-<name>`.
 */
export function FinancialRules() {
  const { t } = useI18n();
  const label = useLabel();
  const staff = useStaff();
  const [{ data }, refetch] = useQuery({ query: FinancialRulesQuery });
  const [state, update] = useMutation(UpdateFinancialRulesMutation);
  const company = data?.me?.company;
  const [flags, setFlags] = useState<Record<Flag, boolean>>({ overdueBlocksBills: false, secondCopyAllowed: false, prepaymentAllowed: false, cardPaymentAllowed: false });
  const [rate, setRate] = useState('0,00');
  const [method, setMethod] = useState<PrepaymentMethod>('COMPOUND');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!company) return;
    setFlags({ overdueBlocksBills: company.overdueBlocksBills, secondCopyAllowed: company.secondCopyAllowed, prepaymentAllowed: company.prepaymentAllowed, cardPaymentAllowed: company.cardPaymentAllowed });
    setRate(percentOf(company.prepaymentRateBasisPoints));
    setMethod(company.prepaymentMethod);
  }, [company]);
  if (!company) return null;
  const editable = can(staff, 'changeFinancialRules');

  async function submit() {
    setSaved(false);
    const points = basisPointsOf(rate);
    const result = await update({ input: { ...flags, prepaymentMethod: method, prepaymentRateBasisPoints: Number.isFinite(points) ? points : -1 } });
    if (result.data) {
      setSaved(true);
      refetch({ requestPolicy: 'network-only' });
    }
  }

  return (
    <Form className="card form" id="financial-rules" onSubmit={submit} error={state.error} busy={state.fetching} aria-labelledby="financial-rules-title"
      heading={<><h2 id="financial-rules-title">{t('config.finance')}</h2><p className="help">{t('config.finance.help')}</p></>}>
      <fieldset className="bare" disabled={!editable}>
        {FLAGS.map((flag) => (
          <div key={flag} className="setting" id={`setting-${flag}`}>
            <label className="check">
              <input type="checkbox" checked={flags[flag]} onChange={(e) => setFlags({ ...flags, [flag]: e.target.checked })} aria-describedby={`help-${flag}`} />
              {t(`config.finance.${flag}`)}
            </label>
            <p id={`help-${flag}`} className="help">{t(`config.finance.${flag}.help`)}</p>
          </div>
        ))}
        <div className="setting" id="setting-prepaymentRateBasisPoints">
          <Field name="prepaymentRateBasisPoints" label={t('config.finance.rate')} help={t('config.finance.rate.help')}>
            <input id="prepayment-rate" inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value)} />
          </Field>
        </div>
        <div className="setting" id="setting-prepaymentMethod">
          <Field name="prepaymentMethod" label={t('config.finance.method')} help={t(`config.finance.method.${method}`)}>
            <select id="prepayment-method" value={method} onChange={(e) => setMethod(e.target.value as PrepaymentMethod)}>
              {(['COMPOUND', 'SIMPLE'] as const).map((m) => <option key={m} value={m}>{label('PrepaymentMethod', m)}</option>)}
            </select>
          </Field>
        </div>
        {editable ? <div className="actions"><SubmitButton>{t('config.finance.save')}</SubmitButton><Saved show={saved} /></div> : <p className="muted">{t('config.finance.readOnly')}</p>}
      </fieldset>
    </Form>
  );
}
