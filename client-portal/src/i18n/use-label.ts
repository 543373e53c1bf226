import { useCallback } from 'react';
import { useI18n } from './i18n';
import { ENUM_LABELS, enumLabel, type EnumName } from './labels';

/** `label('ReservationStatus', 'SOLD')` → "Vendida" (or "Sold"), in the app's language. */
export function useLabel() {
  const { locale } = useI18n();
  return useCallback(
    <E extends EnumName>(name: E, value: keyof (typeof ENUM_LABELS)[E] | null | undefined) => enumLabel(locale, name, value as string | null | undefined),
    [locale],
  );
}
