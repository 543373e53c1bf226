import { describe, expect, it } from 'vitest';
import { formatRegistrationValue } from '../registration';

describe('formatRegistrationValue: a registration field as shown', () => {
  it('formats documents, phones and CEPs by field, and leaves the rest as typed', () => {
    expect(formatRegistrationValue('document', '52998224725')).toBe('529.982.247-25');
    expect(formatRegistrationValue('phone', '11987654321')).toBe('(11) 98765-4321');
    expect(formatRegistrationValue('postalCode', '01310100')).toBe('01310-100');
    expect(formatRegistrationValue('street', 'Avenida Paulista')).toBe('Avenida Paulista');
    expect(formatRegistrationValue('custom.capital', '1000')).toBe('1000');
    expect(formatRegistrationValue('phone', null)).toBe('');
  });
});
