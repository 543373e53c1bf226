import type { SelectHTMLAttributes } from 'react';
import { UFS } from './uf';

/**
 * UF as a choice of the 27 units of the federation ("SP — São Paulo"), never free text. `empty`:
 * the first option's text, for no UF. A value outside the list (an old record) stays selectable.
 */
export function UfSelect({ value, onValue, empty, ...props }: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: string;
  onValue(uf: string): void;
  empty: string;
}) {
  const current = value.trim().toUpperCase();
  const known = UFS.some(([code]) => code === current);
  return (
    <select {...props} value={known ? current : value} onChange={(e) => onValue(e.target.value)}>
      <option value="">{empty}</option>
      {!known && value && <option value={value}>{value}</option>}
      {UFS.map(([code, name]) => <option key={code} value={code}>{code} — {name}</option>)}
    </select>
  );
}
