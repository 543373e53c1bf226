import { generateBoleto, generatePixPayload, isValidBoleto, isValidPixPayload } from '@brazilian-utils/brazilian-utils';
import { describe, expect, it } from 'vitest';
import { digitableLineOf } from '../boleto.js';
import { centsOf, decimalOf } from '../money.js';
import { pixCodeOf } from '../pix.js';

describe('R-FIN-8: the codes of a bill are checked as banks and the Central Bank define them (brazilian-utils as the oracle)', () => {
  it('R-FIN-8: a linha digitável is accepted exactly when its check digits hold, with or without punctuation', () => {
    for (let i = 0; i < 200; i++) {
      const line = generateBoleto();
      expect(digitableLineOf(line)).toBe(line);
      const spaced = `${line.slice(0, 5)}.${line.slice(5, 10)} ${line.slice(10, 15)}.${line.slice(15, 21)} ${line.slice(21, 26)}.${line.slice(26, 32)} ${line[32]} ${line.slice(33)}`;
      expect(digitableLineOf(spaced)).toBe(line);
      // Any one digit changed breaks a check digit.
      const at = i % 47;
      const broken = line.slice(0, at) + String((Number(line[at]) + 1 + (i % 8)) % 10) + line.slice(at + 1);
      expect(digitableLineOf(broken)).toBe(isValidBoleto(broken) ? broken : null);
    }
    expect(digitableLineOf('1234')).toBeNull();
  });

  it('R-FIN-8: a PIX copia e cola is accepted exactly when its CRC16 holds', () => {
    const payload = generatePixPayload({ key: 'joana@erp.dev', merchantName: 'Horizonte', merchantCity: 'Sao Paulo', amount: 1234.56 } as never);
    expect(payload).toBeTruthy();
    expect(isValidPixPayload(payload!)).toBe(true);
    expect(pixCodeOf(payload!)).toBe(payload);
    const tampered = payload!.replace('Horizonte', 'Horizonta');
    expect(isValidPixPayload(tampered)).toBe(false);
    expect(pixCodeOf(tampered)).toBeNull();
  });

  it('R-FIN-8: money travels as a decimal string in reais and is kept in integer cents, never a float', () => {
    expect(centsOf('1234.56')).toBe(123456);
    expect(centsOf('1234.5')).toBe(123450);
    expect(centsOf('0.1')).toBe(10);
    expect(centsOf('7')).toBe(700);
    // A comma, a sign, three decimals ("1.234": mil ou um real?) are refused rather than guessed.
    expect(['12,50', '1.234,56', '-5', '1.234', '1e3', '', '0.123'].map(centsOf)).toEqual([null, null, null, null, null, null, null]);
    expect(decimalOf(123456)).toBe('1234.56');
    expect(decimalOf(5)).toBe('0.05');
  });
});
