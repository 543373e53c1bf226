import { generateBoleto, getBoletoInfo, isValidBoleto } from '@brazilian-utils/brazilian-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barcodeOfLine, buildDigitableLine, digitableLineOf, dueDateOfFactor, factorOf, formatDigitableLine, parseDigitableLine, verifyBill } from '../boleto.js';

/**
 * Lines of real boletos as published (bank documentation, library docs and tests, photographed
 * bills), with the due date and value they print. Five are due after the factor restarted at
 * 1000 on 22/02/2025.
 */
const PUBLISHED = [
  { line: '00190000090114971860168524522114675860000102656', bankCode: '001', dueDate: '2018-07-15', amountCents: 102656 },
  { line: '00190.00009 03432.568008 00010.035178 1 91700000014780', bankCode: '001', dueDate: '2022-11-15', amountCents: 14780 },
  { line: '00190.00009 02467.742009 00003.599172 6 15300000065161', bankCode: '001', dueDate: '2026-08-06', amountCents: 65161 },
  { line: '00190.00009 03351.860006 25618.243171 4 11890000013000', bankCode: '001', dueDate: '2025-08-30', amountCents: 13000 },
  { line: '34191.09743 79236.220939 75008.900005 1 14220000022290', bankCode: '341', dueDate: '2026-04-20', amountCents: 22290 },
  { line: '34191.09008 14292.880391 20803.050002 4 10770000016165', bankCode: '341', dueDate: '2025-05-10', amountCents: 16165 },
  { line: '23792.21407 60900.090683 62002.710507 8 59430000006930', bankCode: '237', dueDate: '2014-01-14', amountCents: 6930 },
  { line: '23793381286008301352856000063307789840000150000', bankCode: '237', dueDate: '2022-05-13', amountCents: 150000 },
  { line: '03399.10317 78302.604232 34500.801013 5 15500000012370', bankCode: '033', dueDate: '2026-08-26', amountCents: 12370 },
  { line: '03399.39035  12500.000000  02263.201028  1  60580000156379', bankCode: '033', dueDate: '2014-05-09', amountCents: 156379 },
  { line: '75691.31662 01006.726101 27455.100019 6 75810000001000', bankCode: '756', dueDate: '2018-07-10', amountCents: 1000 },
  { line: '10499.00002 01400.239180 70443.355113 9 25230000093423', bankCode: '104', dueDate: '2004-09-03', amountCents: 93423 },
];

/** Where each check digit sits in the 47 digits, and the words that name it when it is wrong. */
const CHECK_DIGITS = [
  { at: 9, reason: 'O dígito verificador do 1º campo não confere.' },
  { at: 20, reason: 'O dígito verificador do 2º campo não confere.' },
  { at: 31, reason: 'O dígito verificador do 3º campo não confere.' },
  { at: 32, reason: 'O dígito verificador geral (4º campo) não confere.' },
];

const withDigit = (digits: string, at: number, digit: number) => digits.slice(0, at) + digit + digits.slice(at + 1);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const localDay = (date: Date | null | undefined) => date && `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const noonOf = (day: string) => new Date(`${day}T12:00:00`);
/** Due dates the factor can name: from its first day, 03/07/2000, to 2060. */
const dueDates = fc.integer({ min: Date.UTC(2000, 6, 3) / 86_400_000, max: Date.UTC(2060, 11, 31) / 86_400_000 }).map((day) => dayOf(day * 86_400_000));

describe('R-FIN-8: the linha digitável of a bank boleto (FEBRABAN)', () => {
  it('R-FIN-8: reads published lines of several banks, before and after the factor restarted, as their bills print them', () => {
    for (const { line, bankCode, dueDate, amountCents } of PUBLISHED) {
      const parsed = parseDigitableLine(line, { near: dueDate });
      expect(parsed, line).toMatchObject({ ok: true, bankCode, currency: '9', dueDate, amountCents, factor: factorOf(dueDate) });
      if (!parsed.ok) continue;
      expect(parsed.digits).toBe(line.replace(/\D/g, ''));
      if (line.includes('.')) expect(formatDigitableLine(parsed.digits)).toBe(line.replace(/\s+/g, ' '));
      // The oracle agrees on validity, bank, value and (resolved near the same day) the due date.
      expect(isValidBoleto(parsed.digits)).toBe(true);
      const info = getBoletoInfo(parsed.digits, { referenceDate: noonOf(dueDate) });
      expect([info?.bankCode, info?.amount, localDay(info?.expirationDate)]).toEqual([bankCode, amountCents, dueDate]);
    }
  });

  it('R-FIN-8: the barcode is the line in the other order, as the bank published both', () => {
    expect(barcodeOfLine('00190.00009 03432.568008 00010.035178 1 91700000014780')).toBe('00191917000000147800000003432568000001003517');
    const parsed = parseDigitableLine(PUBLISHED[1]!.line);
    expect(parsed.ok && parsed.barcode).toBe('00191917000000147800000003432568000001003517');
    expect(parsed.ok && parsed.freeField).toBe('0000003432568000001003517');
  });

  it('R-FIN-8: every wrong check digit is caught and named by its field', () => {
    for (const { line } of PUBLISHED) {
      const digits = line.replace(/\D/g, '');
      for (const { at, reason } of CHECK_DIGITS) {
        for (let digit = 0; digit <= 9; digit++) {
          if (digit === Number(digits[at])) continue;
          const wrong = withDigit(digits, at, digit);
          expect(parseDigitableLine(wrong)).toEqual({ ok: false, reason });
          expect(digitableLineOf(wrong)).toBeNull();
          expect(isValidBoleto(wrong)).toBe(false);
        }
      }
    }
  });

  it('R-FIN-8: any one digit changed is refused exactly when brazilian-utils refuses it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 46 }), fc.integer({ min: 1, max: 9 }), fc.nat(PUBLISHED.length - 1), (at, step, which) => {
        const line = PUBLISHED[which]!.line.replace(/\D/g, '');
        const changed = withDigit(line, at, (Number(line[at]) + step) % 10);
        expect(parseDigitableLine(changed).ok).toBe(isValidBoleto(changed));
      }),
      { numRuns: 500 },
    );
  });

  it('R-FIN-8: lines generated by brazilian-utils are read as it reads them', () => {
    for (let i = 0; i < 300; i++) {
      const line = generateBoleto();
      const parsed = parseDigitableLine(line);
      const info = getBoletoInfo(line);
      expect(parsed.ok, line).toBe(true);
      expect(parsed.ok && [parsed.bankCode, parsed.amountCents]).toEqual([info?.bankCode, info?.amount]);
    }
  });

  it('R-FIN-8: a built line round-trips through the parser and is valid for the oracle', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{3}$/), fc.stringMatching(/^\d{25}$/), dueDates, fc.integer({ min: 0, max: 99_999_999_99 }),
        (bankCode, freeField, dueDate, amountCents) => {
          const { digits, barcode } = buildDigitableLine({ bankCode, freeField, dueDate, amountCents });
          expect(digits).toMatch(/^\d{47}$/);
          expect(barcode).toMatch(/^\d{44}$/);
          expect(barcodeOfLine(digits)).toBe(barcode);
          expect(lineOf(barcode.slice(0, 4) + barcode.slice(5))).toBe(digits);
          expect(parseDigitableLine(formatDigitableLine(digits), { near: dueDate })).toEqual({
            ok: true, digits, barcode, bankCode, currency: '9', factor: factorOf(dueDate), dueDate, amountCents, freeField,
          });
          expect(isValidBoleto(digits)).toBe(true);
          const info = getBoletoInfo(digits, { referenceDate: noonOf(dueDate) });
          expect([info?.bankCode, info?.amount, localDay(info?.expirationDate)]).toEqual([bankCode, amountCents, dueDate]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('R-FIN-8: a line without a due date has factor 0000', () => {
    const { digits } = buildDigitableLine({ bankCode: '341', freeField: '1'.repeat(25), dueDate: null, amountCents: 5000 });
    expect(parseDigitableLine(digits)).toMatchObject({ ok: true, factor: 0, dueDate: null, amountCents: 5000 });
    expect(isValidBoleto(digits)).toBe(true);
  });

  it('R-FIN-8: what is wrong is said in words a person can act on', () => {
    const line = PUBLISHED[2]!.line.replace(/\D/g, '');
    expect(parseDigitableLine('')).toEqual({ ok: false, reason: 'Informe a linha digitável.' });
    expect(parseDigitableLine(line.slice(0, 45))).toEqual({ ok: false, reason: 'São 47 dígitos; vieram 45.' });
    expect(parseDigitableLine('7')).toEqual({ ok: false, reason: 'São 47 dígitos; veio 1.' });
    expect(parseDigitableLine(`${line.slice(0, 10)}x${line.slice(11)}`)).toEqual({ ok: false, reason: 'A linha digitável tem só números (pontos, espaços e hífens podem ficar); veio "x".' });
    expect(parseDigitableLine(barcodeOfLine(line))).toMatchObject({ ok: false, reason: expect.stringContaining('código de barras') });
    expect(parseDigitableLine('846100000005246100291102005460339004695895061080')).toMatchObject({ ok: false, reason: expect.stringContaining('conta de consumo') });
    // Hyphens and line breaks, as people paste from e-mails, are fine.
    expect(digitableLineOf(`${line.slice(0, 20)}-\n${line.slice(20)}`)).toBe(line);
  });

  it('R-FIN-8: the grouping is 5.5 5.6 5.6 1 14, as banks print it', () => {
    expect(formatDigitableLine('00190000090246774200900003599172615300000065161')).toBe('00190.00009 02467.742009 00003.599172 6 15300000065161');
    expect(() => formatDigitableLine('123')).toThrow(RangeError);
  });
});

describe('R-FIN-8: the due-date factor, restarted at 1000 on 22/02/2025', () => {
  it("R-FIN-8: matches FEBRABAN's table and its restart", () => {
    const table: [string, number][] = [
      ['2000-07-03', 1000], ['2000-07-05', 1002], ['2002-05-01', 1667], ['2010-11-17', 4789], ['2025-02-21', 9999], ['2025-02-22', 1000], ['2025-02-23', 1001],
    ];
    for (const [day, factor] of table) {
      expect(factorOf(day), day).toBe(factor);
      expect(dueDateOfFactor(factor, day)).toBe(day);
    }
    expect(dueDateOfFactor(1000, '2001-01-01')).toBe('2000-07-03');
    expect(dueDateOfFactor(1000, '2025-03-15')).toBe('2025-02-22');
    expect(dueDateOfFactor(9999, '2025-03-15')).toBe('2025-02-21');
    // The next restart: 9999 again on 13/10/2049, 1000 on 14/10/2049.
    expect(dueDateOfFactor(9999, '2049-12-01')).toBe('2049-10-13');
    expect(factorOf('2049-10-14')).toBe(1000);
  });

  it('R-FIN-8: every day from 03/07/2000 on comes back from its factor, read near it (within half a cycle)', () => {
    fc.assert(
      fc.property(dueDates, fc.integer({ min: -4499, max: 4499 }), (day, offset) => {
        const near = dayOf(Date.parse(day) + offset * 86_400_000);
        expect(dueDateOfFactor(factorOf(day), near)).toBe(day);
      }),
      { numRuns: 500 },
    );
  });

  it('R-FIN-8: days without a factor and factors without a day are refused', () => {
    expect(() => factorOf('2000-07-02')).toThrow(RangeError);
    expect(() => factorOf('2025-02-30')).toThrow(RangeError);
    expect(() => factorOf('22/02/2025')).toThrow(RangeError);
    expect(() => dueDateOfFactor(0, '2025-03-01')).toThrow(RangeError);
    expect(() => dueDateOfFactor(999, '2025-03-01')).toThrow(RangeError);
  });
});

describe('R-FIN-8: a linha digitável is checked against the bill it pays', () => {
  const line = '00190.00009 02467.742009 00003.599172 6 15300000065161';

  it('R-FIN-8: the line of the bill is accepted', () => {
    expect(verifyBill({ line, dueDate: '2026-08-06', amountCents: 65161 })).toMatchObject({ ok: true, bankCode: '001', dueDate: '2026-08-06' });
  });

  it('R-FIN-8: another due date or another value is refused on that field, in words', () => {
    expect(verifyBill({ line, dueDate: '2026-09-06', amountCents: 65161 })).toEqual({
      ok: false, field: 'dueDate', reason: 'A linha digitável vence em 06/08/2026, e o boleto vence em 06/09/2026.',
    });
    expect(verifyBill({ line, dueDate: '2026-08-06', amountCents: 300000 })).toEqual({
      ok: false, field: 'amount', reason: 'A linha digitável é de R$ 651,61, e o boleto é de R$ 3.000,00.',
    });
    expect(verifyBill({ line: line.replace('6 153', '7 153'), dueDate: '2026-08-06', amountCents: 65161 })).toEqual({
      ok: false, field: 'digitableLine', reason: 'O dígito verificador geral (4º campo) não confere.',
    });
  });

  it('R-FIN-8: a line without a due date (0000) or without a value (zeros) fits any', () => {
    const freeField = '0000000000000000000000017';
    const noDueDate = buildDigitableLine({ bankCode: '001', freeField, dueDate: null, amountCents: 65161 }).digits;
    expect(verifyBill({ line: noDueDate, dueDate: '2031-01-10', amountCents: 65161 }).ok).toBe(true);
    const noValue = buildDigitableLine({ bankCode: '001', freeField, dueDate: '2031-01-10', amountCents: 0 }).digits;
    expect(verifyBill({ line: noValue, dueDate: '2031-01-10', amountCents: 123456 }).ok).toBe(true);
    expect(verifyBill({ line: noValue, dueDate: '2031-01-11', amountCents: 123456 })).toMatchObject({ ok: false, field: 'dueDate' });
  });

  it('R-FIN-8: a boleto in another currency, or with a factor below 1000, is refused', () => {
    const rest = `${'65161'.padStart(10, '0')}${'1'.repeat(25)}`;
    expect(verifyBill({ line: lineOf(`0019${factorOf('2026-08-06')}${rest}`), dueDate: '2026-08-06', amountCents: 65161 }).ok).toBe(true);
    expect(verifyBill({ line: lineOf(`0010${factorOf('2026-08-06')}${rest}`), dueDate: '2026-08-06', amountCents: 65161 })).toEqual({
      ok: false, field: 'digitableLine', reason: 'A linha digitável não é de um boleto em reais.',
    });
    expect(verifyBill({ line: lineOf(`00190999${rest}`), dueDate: '2026-08-06', amountCents: 65161 })).toMatchObject({
      ok: false, field: 'dueDate', reason: expect.stringContaining('não traz um vencimento válido'),
    });
  });
});

/**
 * The linha digitável of a barcode given without its general digit (bank, currency, factor,
 * value, free field: 43 digits), written here apart from boleto.ts, as the layout describes it.
 */
function lineOf(body43: string): string {
  const mod10 = (digits: string) => {
    let sum = 0;
    for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = 3 - weight) sum += [...String(Number(digits[i]) * weight)].reduce((s, d) => s + Number(d), 0);
    return (10 - (sum % 10)) % 10;
  };
  let sum = 0;
  for (let i = body43.length - 1, weight = 2; i >= 0; i--, weight = weight === 9 ? 2 : weight + 1) sum += Number(body43[i]) * weight;
  const general = 11 - (sum % 11) >= 10 ? 1 : 11 - (sum % 11);
  const free = body43.slice(18);
  const field = (part: string) => part + mod10(part);
  return field(body43.slice(0, 4) + free.slice(0, 5)) + field(free.slice(5, 15)) + field(free.slice(15)) + general + body43.slice(4, 18);
}
