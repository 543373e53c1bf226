import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime } from '../dates';
import { formatMoney } from '../money';

describe('money and dates as Brazilians read them', () => {
  it('R$ 1.234,56', () => {
    expect(formatMoney(1234.56)).toBe('R$ 1.234,56');
    expect(formatMoney('0.5')).toBe('R$ 0,50');
  });

  it('31/03/2027, calendar days without a time-zone shift, times in São Paulo', () => {
    expect(formatDate('2027-03-31')).toBe('31/03/2027');
    expect(formatDate('2027-04-01T01:00:00Z')).toBe('31/03/2027');
    expect(formatDateTime('2027-03-31T17:05:00Z')).toBe('31/03/2027, 14:05');
    expect(formatTime('2027-04-01T02:30:00Z')).toBe('23:30');
    expect(formatTime('2027-03-31T03:05:00Z')).toBe('00:05');
  });
});
