import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { PaymentMethod, PlanPartsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useLabel } from '../i18n/use-label';
import { SubmitButton } from '../shared/forms/buttons';
import { FieldGroup } from '../shared/forms/Field';
import { Form } from '../shared/forms/Form';
import { ErrorMessage } from '../ui/Status';
import { CardForm, type AddedCard } from './CardForm';
import { cardBrandOf, cardOfLabel, useCardName, useMethodWords } from './card';

const MyPaymentCardsQuery = graphql(`
  query MyPaymentCards {
    myPaymentCards {
      id
      brand
      last4
      expMonth
      expYear
    }
  }
`);

const SetPaymentMethodMutation = graphql(`
  mutation SetPaymentMethod($planId: ID!, $method: PaymentMethod!, $cardId: ID) {
    setPaymentMethod(planId: $planId, method: $method, cardId: $cardId)
  }
`);

type Plan = Pick<PlanPartsFragment, 'id' | 'series' | 'paymentMethod' | 'cardLabel'>;

/** The radio of the boleto (card choices are the cards' ids). */
const BOLETO = 'BOLETO';

/**
 * R-FIN-6, on one series: "Trocar forma de pagamento" opens the choice between boleto and the
 * holder's cards, where "Incluir cartão" adds one (chosen at once). Saved, the series says its new
 * method; the page reads the plan again (and the ERP hears of it through the server's outbox).
 */
export function PaymentMethodChange({ plan, onChanged }: { plan: Plan; onChanged: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [backToToggle, setBackToToggle] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const savedNotice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) savedNotice.current?.focus();
  }, [saved]);
  useEffect(() => {
    if (backToToggle && !open) toggle.current?.focus();
  }, [backToToggle, open]);

  if (open) {
    return (
      <MethodForm
        plan={plan}
        onCancel={() => {
          setOpen(false);
          setBackToToggle(true);
        }}
        onSaved={(words) => {
          setOpen(false);
          setSaved(t('finance.methodSaved', { series: plan.series, method: words }));
          onChanged();
        }}
      />
    );
  }
  return (
    <>
      {saved && <p className="notice ok" role="status" tabIndex={-1} ref={savedNotice} data-testid="payment-method-saved">{saved}</p>}
      <button
        type="button" className="secondary method-toggle" ref={toggle}
        onClick={() => {
          setSaved(null);
          setBackToToggle(false);
          setOpen(true);
        }}
      >
        {t('finance.changeMethod')}
      </button>
    </>
  );
}

function MethodForm({ plan, onSaved, onCancel }: { plan: Plan; onSaved(words: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const label = useLabel();
  const cardName = useCardName();
  const methodWords = useMethodWords();
  const [{ data, error: cardsError }, readCards] = useQuery({ query: MyPaymentCardsQuery, requestPolicy: 'cache-and-network' });
  const [saving, setMethod] = useMutation(SetPaymentMethodMutation);
  const [added, setAdded] = useState<AddedCard | null>(null);
  const [adding, setAdding] = useState(false);
  const [choice, setChoice] = useState<string | null>(plan.paymentMethod === 'BOLETO' ? BOLETO : null);
  const group = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes next: opened or a card added, the choice (the chosen radio); the card form left, its button.
  const [focus, setFocus] = useState<'choice' | 'add' | null>('choice');
  useEffect(() => {
    if (focus === 'choice') (group.current?.querySelector<HTMLInputElement>('input:checked') ?? group.current?.querySelector<HTMLInputElement>('input'))?.focus();
    if (focus === 'add') addButton.current?.focus();
    if (focus) setFocus(null);
  }, [focus]);

  // A card just added is listed at once, before the list is read again.
  const fetched = data?.myPaymentCards ?? [];
  const cards = added && !fetched.some((c) => c.id === added.id) ? [...fetched, added] : fetched;

  // The card that pays the plan now starts chosen (the plan names it by brand and last four digits).
  const paying = plan.paymentMethod === 'CARD' ? cardOfLabel(plan.cardLabel) : null;
  const payingId = paying ? cards.find((c) => cardBrandOf(c.brand) === paying.brand && c.last4 === paying.last4)?.id : undefined;
  useEffect(() => {
    if (choice === null && payingId) setChoice(payingId);
  }, [choice, payingId]);

  async function save() {
    const method: PaymentMethod = choice === BOLETO ? 'BOLETO' : 'CARD';
    const card = method === 'CARD' ? cards.find((c) => c.id === choice) ?? null : null;
    const result = await setMethod({ planId: plan.id, method, cardId: card?.id ?? null });
    if (result.data?.setPaymentMethod) onSaved(methodWords(method, card));
  }

  const name = `method-${plan.id}`;
  return (
    <div className="payment-method" data-testid="payment-method">
      <Form className="form" onSubmit={save} error={saving.error} aria-label={t('finance.changeMethod')}>
        <div ref={group}>
          <FieldGroup name="cardId" className="unframed" legend={t('finance.chooseMethod', { series: plan.series })}>
            <label className="choice">
              <input type="radio" name={name} value={BOLETO} checked={choice === BOLETO} onChange={() => setChoice(BOLETO)} required />
              <span>{label('PaymentMethod', 'BOLETO')}</span>
            </label>
            {cards.map((card) => (
              <label key={card.id} className="choice">
                <input type="radio" name={name} value={card.id} checked={choice === card.id} onChange={() => setChoice(card.id)} required />
                <span>
                  {t('finance.cardMethod', { card: cardName(card) })}{' '}
                  <span className="muted small card-expires">{t('finance.cardExpires', { month: String(card.expMonth).padStart(2, '0'), year: String(card.expYear) })}</span>
                </span>
              </label>
            ))}
          </FieldGroup>
        </div>
        <ErrorMessage error={cardsError} retry={() => readCards({ requestPolicy: 'network-only' })} />
        {/* Always there, so the card just added is announced. */}
        <p role="status" className={added ? 'notice ok' : 'sr-only'}>{added ? t('finance.cardAdded', { card: cardName(added), series: plan.series }) : ''}</p>
        {!adding && (
          <>
            <button type="button" className="secondary" ref={addButton} onClick={() => setAdding(true)}>{t('finance.addCard')}</button>
            <div className="actions">
              <SubmitButton>{t('finance.saveMethod')}</SubmitButton>
              <button type="button" className="secondary" onClick={onCancel}>{t('finance.cancel')}</button>
            </div>
          </>
        )}
      </Form>
      {adding && (
        <CardForm
          onAdded={(card) => {
            setAdded(card);
            setChoice(card.id);
            setAdding(false);
            setFocus('choice');
            readCards({ requestPolicy: 'network-only' });
          }}
          onCancel={() => {
            setAdding(false);
            setFocus('add');
          }}
        />
      )}
    </div>
  );
}
