import { useCallback } from 'react';
import type { PaymentMethod } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ENUM_LABELS, enumLabel, type CardBrand } from '../i18n/labels';
import { useLabel } from '../i18n/use-label';

/** A brand code the portal knows, or OTHER: an unknown brand reads "Outra bandeira", never its code. */
export function cardBrandOf(code: string): CardBrand {
  const upper = code.trim().toUpperCase();
  if (Object.hasOwn(ENUM_LABELS.CardBrand, upper)) return upper as CardBrand;
  // Also the brand in words ("American Express"), as the schema describes PlanView.cardLabel.
  const named = (Object.keys(ENUM_LABELS.CardBrand) as CardBrand[]).find((brand) => ENUM_LABELS.CardBrand[brand]['pt-BR'].toUpperCase() === upper);
  return named ?? 'OTHER';
}

/**
 * The card that pays a plan, from `PlanView.cardLabel` ("MASTERCARD final 4444"): its brand and last
 * four digits, so the portal says them in its own words. The plan does not name the card's id, and
 * an associate does not have the holder's cards to look it up in.
 */
export function cardOfLabel(label: string | null | undefined): { brand: CardBrand; last4: string } | null {
  const match = /^(.+?)\s+final\s+(\d{4})$/i.exec(label?.trim() ?? '');
  return match ? { brand: cardBrandOf(match[1]!), last4: match[2]! } : null;
}

/** `card({ brand: 'VISA', last4: '1111' })` → "Visa final 1111" ("Visa ending in 1111"). */
export function useCardName() {
  const { locale, t } = useI18n();
  return useCallback(
    (card: { brand: string; last4: string }) => t('finance.cardName', { brand: enumLabel(locale, 'CardBrand', cardBrandOf(card.brand)), last4: card.last4 }),
    [locale, t],
  );
}

/**
 * How a plan is paid, in words: "Boleto", "Cartão de crédito (Visa final 1111)" — the card given,
 * or the one `cardLabel` names; just "Cartão de crédito" when neither says which.
 */
export function useMethodWords() {
  const { t } = useI18n();
  const label = useLabel();
  const cardName = useCardName();
  return useCallback(
    (method: PaymentMethod, card: { brand: string; last4: string } | null) =>
      method === 'CARD' && card ? t('finance.cardMethod', { card: cardName(card) }) : label('PaymentMethod', method),
    [t, label, cardName],
  );
}
