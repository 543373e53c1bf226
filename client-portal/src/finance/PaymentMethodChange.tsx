import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { SubmitButton } from '../shared/forms/buttons';
import { Field } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';
import { graphql } from '../gql';
import type { PaymentMethod } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';

const MyCardsQuery = graphql(`query MyPaymentCards { myPaymentCards { id brand last4 expMonth expYear } }`);
const AddCardMutation = graphql(`mutation AddPaymentCard($input: PaymentCardInput!) { addPaymentCard(input: $input) { id brand last4 } }`);
const SetMethodMutation = graphql(`mutation SetPaymentMethod($planId: ID!, $method: PaymentMethod!, $cardId: ID) { setPaymentMethod(planId: $planId, method: $method, cardId: $cardId) }`);

const BRANDS: Record<string, string> = { VISA: 'Visa', MASTERCARD: 'Mastercard', ELO: 'Elo', AMEX: 'American Express', HIPERCARD: 'Hipercard' };
export const cardName = (card: { brand: string; last4: string }, other: string) => `${BRANDS[card.brand] ?? other} · ${card.last4}`;

/**
 * R-FIN-6: the holder switches a plan between boleto and one of their cards, or adds a card. The
 * card goes to the payment service through the server; Habite keeps only brand and last four
 * digits. The number and CVV live in this form only until it is sent, and are cleared after.
 */
export function PaymentMethodChange({ planId, current, onChanged }: { planId: string; current: PaymentMethod; onChanged(): void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [open, setOpen] = useState(false);
  const [{ data }, refetchCards] = useQuery({ query: MyCardsQuery, pause: !open });
  const [setState, setMethod] = useMutation(SetMethodMutation);
  const [addState, addCard] = useMutation(AddCardMutation);
  const [choice, setChoice] = useState<string>(current === 'BOLETO' ? 'BOLETO' : '');
  const [adding, setAdding] = useState(false);
  const [card, setCard] = useState({ number: '', holderName: '', expMonth: '', expYear: '', cvv: '' });
  const cards = data?.myPaymentCards ?? [];

  async function save() {
    const method: PaymentMethod = choice === 'BOLETO' ? 'BOLETO' : 'CARD';
    const result = await setMethod({ planId, method, cardId: method === 'CARD' ? choice : null });
    if (result.data) {
      setOpen(false);
      onChanged();
    }
  }

  async function add() {
    const result = await addCard({ input: { ...card, expMonth: Number(card.expMonth), expYear: Number(card.expYear) } });
    // The CVV never outlives the attempt; the number stays only to be corrected after a refusal.
    setCard(result.data ? { number: '', holderName: '', expMonth: '', expYear: '', cvv: '' } : { ...card, cvv: '' });
    if (result.data) {
      setAdding(false);
      setChoice(result.data.addPaymentCard.id);
      refetchCards({ requestPolicy: 'network-only' });
    }
  }

  if (!open) return <button type="button" className="secondary small-button" onClick={() => setOpen(true)}>{t('finance.changeMethod')}</button>;
  return (
    <div className="payment-method card-inner" data-testid="payment-method">
      <Form onSubmit={save} error={setState.error} busy={setState.fetching} aria-label={t('finance.changeMethod')}>
        <fieldset>
          <legend>{t('finance.chooseMethod')}</legend>
          <label className="check"><input type="radio" name={`method-${planId}`} checked={choice === 'BOLETO'} onChange={() => setChoice('BOLETO')} />{label('PaymentMethod', 'BOLETO')}</label>
          {cards.map((c) => (
            <label key={c.id} className="check"><input type="radio" name={`method-${planId}`} checked={choice === c.id} onChange={() => setChoice(c.id)} />{t('finance.cardOption', { card: cardName(c, t('finance.otherBrand')) })}</label>
          ))}
        </fieldset>
        <div className="actions">
          <SubmitButton disabled={!choice}>{t('finance.saveMethod')}</SubmitButton>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>{t('profile.cancel')}</button>
        </div>
      </Form>
      {!adding ? <button type="button" className="secondary" onClick={() => setAdding(true)}>{t('finance.addCard')}</button> : (
        <Form onSubmit={add} error={addState.error} busy={addState.fetching} aria-label={t('finance.addCard')} className="form">
          <Field name="number" label={t('finance.cardNumber')}>
            <input id={`card-number-${planId}`} autoComplete="cc-number" inputMode="numeric" value={card.number} onChange={(e) => setCard({ ...card, number: e.target.value })} required />
          </Field>
          <Field name="holderName" label={t('finance.cardName')}>
            <input id={`card-name-${planId}`} autoComplete="cc-name" value={card.holderName} onChange={(e) => setCard({ ...card, holderName: e.target.value })} required />
          </Field>
          <Field name="expMonth" label={t('finance.cardMonth')}>
            <input id={`card-month-${planId}`} autoComplete="cc-exp-month" inputMode="numeric" maxLength={2} value={card.expMonth} onChange={(e) => setCard({ ...card, expMonth: e.target.value })} required />
          </Field>
          <Field name="expYear" label={t('finance.cardYear')}>
            <input id={`card-year-${planId}`} autoComplete="cc-exp-year" inputMode="numeric" maxLength={4} value={card.expYear} onChange={(e) => setCard({ ...card, expYear: e.target.value })} required />
          </Field>
          <Field name="cvv" label={t('finance.cardCvv')}>
            <input id={`card-cvv-${planId}`} autoComplete="cc-csc" inputMode="numeric" maxLength={4} value={card.cvv} onChange={(e) => setCard({ ...card, cvv: e.target.value })} required />
          </Field>
          <p className="help">{t('finance.cardSafe')}</p>
          <SubmitButton>{t('finance.saveCard')}</SubmitButton>
        </Form>
      )}
    </div>
  );
}
