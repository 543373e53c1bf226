import { describe, expect, it } from 'vitest';
import { isValidCnpj, isValidCpf, parseDocument } from '../document.js';

describe('CPF and CNPJ check digits (SPEC §15)', () => {
  it('accepts valid CPFs with or without punctuation and refuses wrong check digits and repeated digits', () => {
    expect(isValidCpf('529.982.247-25')).toBe(true);
    expect(isValidCpf('52998224725')).toBe(true);
    expect(isValidCpf('529.982.247-24')).toBe(false);
    expect(isValidCpf('111.111.111-11')).toBe(false);
    expect(isValidCpf('5299822472')).toBe(false);
  });

  it('accepts numeric CNPJs and the alphanumeric form in force since July 2026', () => {
    expect(isValidCnpj('11.222.333/0001-81')).toBe(true);
    expect(isValidCnpj('11.222.333/0001-82')).toBe(false);
    expect(isValidCnpj('12.ABC.345/01DE-35')).toBe(true);
    expect(isValidCnpj('12.abc.345/01de-35')).toBe(true);
    expect(isValidCnpj('12.ABC.345/01DE-36')).toBe(false);
    expect(isValidCnpj('12.ABC.345/01DE-3X')).toBe(false);
    expect(isValidCnpj('00.000.000/0000-00')).toBe(false);
  });

  it('parseDocument normalises, or throws BAD_USER_INPUT naming the field', () => {
    expect(parseDocument('12.abc.345/01de-35')).toBe('12ABC34501DE35');
    expect(() => parseDocument('123.456.789-00', 'document')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'document' }));
  });
});
