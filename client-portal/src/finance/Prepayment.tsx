import { useEffect, useRef, useState } from 'react';
import { CombinedError, useClient, useMutation } from 'urql';
import { graphql } from '../gql';
import type { PlanPartsFragment, SimulatePrepaymentQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ActionButton, SubmitButton } from '../shared/forms/buttons';
import { FieldGroup } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';
import { formatDate } from '../shared/format/dates';
import { amountText } from './amount';

const SimulatePrepaymentQueryDoc = graphql(`
  query SimulatePrepayment($installmentIds: [ID!]!) {
    simulatePrepayment(installmentIds: $installmentIds) {
      lines {
        installmentId
        number
        series
        dueDate
        days
        amount {
          amount
        }
        presentValue {
          amount
        }
        discount {
          amount
        }
      }
      total {
        amount
      }
      presentValue {
        amount
      }
      discount {
        amount
      }
      terms
    }
  }
`);

const RequestPrepaymentMutation = graphql(`
  mutation RequestPrepayment($installmentIds: [ID!]!) {
    requestPrepayment(installmentIds: $installmentIds) {
      id
      kind
      status
    }
  }
`);

type Simulation = SimulatePrepaymentQuery['simulatePrepayment'];

/**
 * Antecipação de parcelas (R-FIN-11): choose future installments, see what paying them today
 * costs under the company's rate (nothing is asked yet), then confirm — the ERP issues the bill,
 * and the page shows the request pending until it arrives.
 */
export function Prepayment({ plans, available, notice, headingId, onChanged }: {
  plans: PlanPartsFragment[];
  available: boolean;
  notice: string | null;
  headingId: string;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const client = useClient();
  const [, requestPrepayment] = useMutation(RequestPrepaymentMutation);
  const [selected, setSelected] = useState<string[]>([]);
  const [simulation, setSimulation] = useState<Simulation | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [requested, setRequested] = useState(false);
  const result = useRef<HTMLHeadingElement>(null);
  const done = useRef<HTMLParagraphElement>(null);

  const choices = plans.map((plan) => ({ plan, installments: plan.installments.filter((i) => i.prepayable) })).filter((c) => c.installments.length > 0);

  useEffect(() => {
    if (simulation) result.current?.focus();
  }, [simulation]);
  useEffect(() => {
    if (requested) done.current?.focus();
  }, [requested]);

  function toggle(id: string, on: boolean) {
    setSelected((current) => (on ? [...current, id] : current.filter((x) => x !== id)));
    // A simulation is of the installments it names: another choice needs a new one.
    setSimulation(null);
    setRequested(false);
  }

  async function simulate() {
    setError(null);
    setRequested(false);
    const answer = await client.query(SimulatePrepaymentQueryDoc, { installmentIds: selected }, { requestPolicy: 'network-only' }).toPromise();
    setSimulation(answer.data?.simulatePrepayment ?? null);
    setError(answer.error ?? null);
  }

  async function confirm() {
    setError(null);
    const answer = await requestPrepayment({ installmentIds: selected });
    if (answer.error) return setError(answer.error);
    setSelected([]);
    setSimulation(null);
    setRequested(true);
    onChanged();
  }

  return (
    <section aria-labelledby={headingId} data-testid="prepayment">
      <h2 id={headingId}>{t('finance.prepayment')}</h2>
      {requested && <p className="notice ok" role="status" tabIndex={-1} ref={done}>{t('finance.prepaymentRequested')}</p>}
      {!available ? (
        <p className="notice warn" data-testid="prepayment-notice">{notice || t('finance.prepaymentUnavailable')}</p>
      ) : choices.length === 0 ? (
        <p className="muted">{t('finance.prepaymentNone')}</p>
      ) : (
        <Form className="card form prepayment-form" onSubmit={simulate} error={error}>
          <p className="help">{t('finance.prepaymentIntro')}</p>
          <FieldGroup name="installmentIds" legend={t('finance.prepaymentChoose')}>
            {choices.map(({ plan, installments }) => (
              <fieldset key={plan.id} className="unframed series-choices">
                <legend>{plan.series}</legend>
                {installments.map((i) => (
                  <label key={i.id} className="choice">
                    <input type="checkbox" checked={selected.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
                    <span>{t('finance.prepaymentOption', { number: i.number, date: formatDate(i.dueDate), amount: amountText(i.amount) })}</span>
                  </label>
                ))}
              </fieldset>
            ))}
          </FieldGroup>
          <p className="muted small" aria-live="polite">{t(`finance.prepaymentSelected.${selected.length === 1 ? 'one' : 'other'}`, { count: selected.length })}</p>
          <SubmitButton busyLabel={t('finance.simulateBusy')}>{t('finance.simulate')}</SubmitButton>

          {simulation && (
            <div className="simulation" data-testid="simulation">
              <h3 tabIndex={-1} ref={result}>{t('finance.simulation')}</h3>
              <ul className="list">
                {simulation.lines.map((line) => (
                  <li key={line.installmentId} className="sim-line">
                    <strong>{t('finance.simulationLine', { series: line.series, number: line.number })}</strong>
                    <span className="muted small">{t('finance.simulationDue', { date: formatDate(line.dueDate), days: line.days })}</span>
                    <dl className="figures compact">
                      <div><dt>{t('finance.original')}</dt><dd>{amountText(line.amount)}</dd></div>
                      <div><dt>{t('finance.today')}</dt><dd>{amountText(line.presentValue)}</dd></div>
                      <div><dt>{t('finance.discount')}</dt><dd>{amountText(line.discount)}</dd></div>
                    </dl>
                  </li>
                ))}
              </ul>
              <dl className="figures totals" data-testid="simulation-totals">
                <div><dt>{t('finance.original')}</dt><dd><strong>{amountText(simulation.total)}</strong></dd></div>
                <div><dt>{t('finance.today')}</dt><dd><strong>{amountText(simulation.presentValue)}</strong></dd></div>
                <div className="good"><dt>{t('finance.discount')}</dt><dd><strong>{amountText(simulation.discount)}</strong></dd></div>
              </dl>
              <p className="small">{t('finance.terms', { terms: simulation.terms })}</p>
              <ActionButton onClick={confirm} busyLabel={t('finance.confirmBusy')}>{t('finance.confirmPrepayment')}</ActionButton>
            </div>
          )}
        </Form>
      )}
    </section>
  );
}
