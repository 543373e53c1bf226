import { describe, expect, it } from 'vitest';
import { formatDocument } from '../document';

describe('formatDocument: CPF and CNPJ as Brazilians write them', () => {
  it('CPF: 529.982.247-25, from bare digits or already punctuated', () => {
    expect(formatDocument('52998224725')).toBe('529.982.247-25');
    expect(formatDocument('529.982.247-25')).toBe('529.982.247-25');
    expect(formatDocument(' 529 982 247 25 ')).toBe('529.982.247-25');
  });

  it('CNPJ, numeric and alphanumeric (letters upper-case)', () => {
    expect(formatDocument('11222333000181')).toBe('11.222.333/0001-81');
    expect(formatDocument('12ABC34501DE35')).toBe('12.ABC.345/01DE-35');
    expect(formatDocument('12.abc.345/01de-35')).toBe('12.ABC.345/01DE-35');
  });

  it('anything else as it came; nothing is empty', () => {
    expect(formatDocument('123')).toBe('123');
    expect(formatDocument('12ABC34501DE3X')).toBe('12ABC34501DE3X');
    expect(formatDocument(null)).toBe('');
    expect(formatDocument(undefined)).toBe('');
  });
});
