import { useId, useRef, useState, type FormEvent } from 'react';
import { CombinedError, useClient } from 'urql';
import { graphql } from '../gql';
import type { AddPaymentCardMutation } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { SubmitButton } from '../shared/forms/buttons';
import { Field } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';

const AddPaymentCardMutationDoc = graphql(`
  mutation AddPaymentCard($input: PaymentCardInput!) {
    addPaymentCard(input: $input) {
      id
      brand
      last4
      expMonth
      expYear
    }
  }
`);

export type AddedCard = AddPaymentCardMutation['addPaymentCard'];

/** Digits only, as typed into the fields that hold nothing else (month, year, CVV). */
const digitsOnly = (event: FormEvent<HTMLInputElement>) => {
  const input = event.currentTarget;
  if (/\D/.test(input.value)) input.value = input.value.replace(/\D/g, '');
};

/**
 * A refused card (CARD_DECLINED) names no field: the customer's way out is another card, so the
 * message sits on the card's number, where they will type it.
 */
function onTheNumber(error: CombinedError): CombinedError {
  if (!error.graphQLErrors.some((e) => e.extensions?.code === 'CARD_DECLINED' && !e.extensions.field)) return error;
  return new CombinedError({
    response: error.response,
    graphQLErrors: error.graphQLErrors.map((e) =>
      e.extensions?.code === 'CARD_DECLINED' && !e.extensions.field ? { message: e.message, extensions: { ...e.extensions, field: 'number' } } : e),
  });
}

/**
 * R-FIN-6: a new credit card, sent once to the server, which hands it to the payment service and
 * keeps only the token, brand and last four digits. The number and the CVV are never app state:
 * they live in the form's own inputs (uncontrolled), go out in the one request, and the CVV is
 * cleared after every attempt; the whole form goes away once the card is added. The inputs carry
 * the browser's card autofill names (cc-number, cc-name, cc-exp-month, cc-exp-year, cc-csc).
 */
export function CardForm({ onAdded, onCancel }: { onAdded(card: AddedCard): void; onCancel(): void }) {
  const { t } = useI18n();
  const client = useClient();
  const id = useId().replace(/[^\w-]/g, '');
  const [error, setError] = useState<CombinedError | null>(null);
  const number = useRef<HTMLInputElement>(null);
  const holderName = useRef<HTMLInputElement>(null);
  const expMonth = useRef<HTMLInputElement>(null);
  const expYear = useRef<HTMLInputElement>(null);
  const cvv = useRef<HTMLInputElement>(null);

  async function save() {
    const result = await client
      .mutation(AddPaymentCardMutationDoc, {
        input: {
          number: number.current!.value,
          holderName: holderName.current!.value,
          expMonth: Number(expMonth.current!.value),
          expYear: Number(expYear.current!.value),
          cvv: cvv.current!.value,
        },
      })
      .toPromise();
    // Whatever the answer, the CVV is typed again: it does not outlive the attempt.
    if (cvv.current) cvv.current.value = '';
    if (!result.data) return setError(onTheNumber(result.error ?? new CombinedError({ networkError: new Error('no answer') })));
    setError(null);
    onAdded(result.data.addPaymentCard);
  }

  return (
    <Form
      className="form card-form" onSubmit={save} error={error} aria-labelledby={`${id}-title`}
      heading={<h4 id={`${id}-title`}>{t('finance.newCard')}</h4>}
    >
      <Field name="number" label={t('finance.cardNumber')}>
        <input id={`${id}-number`} ref={number} type="text" inputMode="numeric" autoComplete="cc-number" maxLength={23} spellCheck={false} autoCorrect="off" required />
      </Field>
      <Field name="holderName" label={t('finance.cardHolder')}>
        <input id={`${id}-holder`} ref={holderName} type="text" autoComplete="cc-name" autoCapitalize="characters" spellCheck={false} autoCorrect="off" maxLength={64} required />
      </Field>
      <div className="card-expiry">
        <Field name="expMonth" label={t('finance.cardMonth')}>
          <input id={`${id}-month`} ref={expMonth} type="text" inputMode="numeric" autoComplete="cc-exp-month" maxLength={2} onInput={digitsOnly} required />
        </Field>
        <Field name="expYear" label={t('finance.cardYear')}>
          <input id={`${id}-year`} ref={expYear} type="text" inputMode="numeric" autoComplete="cc-exp-year" maxLength={4} onInput={digitsOnly} required />
        </Field>
      </div>
      <Field name="cvv" label={t('finance.cardCvv')} help={t('finance.cardCvvHelp')}>
        <input id={`${id}-cvv`} ref={cvv} type="text" inputMode="numeric" autoComplete="cc-csc" maxLength={4} onInput={digitsOnly} spellCheck={false} required />
      </Field>
      <p className="help">{t('finance.cardSafe')}</p>
      <div className="actions">
        <SubmitButton busyLabel={t('finance.saveCardBusy')}>{t('finance.saveCard')}</SubmitButton>
        <button type="button" className="secondary" onClick={onCancel}>{t('finance.cancel')}</button>
      </div>
    </Form>
  );
}
