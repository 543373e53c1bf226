import { describe, expect, it } from 'vitest';
import { parseCep, parsePhone, parseUf, UFS } from '../brazil.js';

describe('CEP, phone and UF: accepted with or without punctuation, stored as Brazilians write them', () => {
  it('CEP: 8 digits, with or without the hyphen or dots', () => {
    for (const typed of ['01310-100', '01310100', '01.310-100', ' 01310 100 ']) expect(parseCep(typed, 'postalCode')).toBe('01310-100');
    expect(() => parseCep('1310-100', 'postalCode')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'postalCode' }));
    expect(() => parseCep('01310-10A', 'postalCode')).toThrow(expect.objectContaining({ field: 'postalCode' }));
  });

  it('phone: mobile and landline with DDD, punctuated or not, with or without +55', () => {
    for (const typed of ['(11) 98765-4321', '11987654321', '11 98765 4321', '+55 11 98765-4321', '5511987654321', '(011) 98765-4321']) {
      expect(parsePhone(typed, 'phone')).toBe('(11) 98765-4321');
    }
    expect(parsePhone('1134567890', 'phone')).toBe('(11) 3456-7890');
    expect(parsePhone('(21) 3456-7890', 'phone')).toBe('(21) 3456-7890');
    expect(() => parsePhone('(10) 98765-4321', 'phone')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'phone' }));
    expect(() => parsePhone('11 8765-432', 'phone')).toThrow(expect.objectContaining({ field: 'phone' }));
    expect(() => parsePhone('onze 98765-4321', 'phone')).toThrow(expect.objectContaining({ field: 'phone' }));
  });

  it('UF: the 27 units of the federation, any case', () => {
    expect(UFS).toHaveLength(27);
    expect(new Set(UFS).size).toBe(27);
    expect(parseUf('sp', 'state')).toBe('SP');
    expect(parseUf(' Df ', 'state')).toBe('DF');
    expect(() => parseUf('XX', 'state')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'state' }));
    expect(() => parseUf('São Paulo', 'state')).toThrow(expect.objectContaining({ field: 'state' }));
  });
});
