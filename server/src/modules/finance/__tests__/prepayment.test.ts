import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../domain-errors.js';
import { InstallmentNotPrepayableError, PrepaymentMethod, presentValue, simulatePrepayment, type PrepaymentTerms } from '../prepayment.js';

const compound = (monthlyRateBasisPoints: number): PrepaymentTerms => ({ monthlyRateBasisPoints, method: PrepaymentMethod.COMPOUND });
const simple = (monthlyRateBasisPoints: number): PrepaymentTerms => ({ monthlyRateBasisPoints, method: PrepaymentMethod.SIMPLE });

const TODAY = '2026-01-15';
/** The date `days` calendar days after `from`. */
const plusDays = (from: string, days: number) => new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('R-FIN-11: antecipação de parcelas, worked by hand', () => {
  it('R-FIN-11: compound discount (desconto racional composto) divides by (1 + i)^(n/30)', () => {
    // R$ 1.000,00 due in 30 days at 1,00% a.m.: 1000 / 1,01 = 990,0990… → R$ 990,10 (desconto R$ 9,90).
    expect(presentValue(100_000, '2026-02-14', TODAY, compound(100))).toEqual({ days: 30, presentValueCents: 99_010, discountCents: 990 });
    // 90 days: 1000 / 1,01³ = 1000 / 1,030301 = 970,5901… → R$ 970,59 (desconto R$ 29,41).
    expect(presentValue(100_000, '2026-04-15', TODAY, compound(100))).toEqual({ days: 90, presentValueCents: 97_059, discountCents: 2_941 });
    // A fraction of a month is a fractional power: 45 days, 1000 / 1,01^1,5 = 1000 / 1,0150374… = 985,1853… → R$ 985,19.
    expect(presentValue(100_000, plusDays(TODAY, 45), TODAY, compound(100)).presentValueCents).toBe(98_519);
  });

  it('R-FIN-11: simple discount (desconto racional simples) divides by (1 + i·n/30)', () => {
    // R$ 1.000,00 due in 60 days at 1,50% a.m.: 1000 / (1 + 0,015 × 2) = 1000 / 1,03 = 970,8737… → R$ 970,87.
    expect(presentValue(100_000, plusDays(TODAY, 60), TODAY, simple(150))).toEqual({ days: 60, presentValueCents: 97_087, discountCents: 2_913 });
    // 45 days at 1,00%: 1000 / 1,015 = 985,2216… → R$ 985,22 — under a month, simple discounts less than compound (985,19).
    expect(presentValue(100_000, plusDays(TODAY, 45), TODAY, simple(100)).presentValueCents).toBe(98_522);
  });

  it('R-FIN-11: counts calendar days across month ends and leap years', () => {
    // 2028 is a leap year: 2028-02-28 → 2028-03-01 is 2 days; 2027-12-31 → 2028-12-31 is 366.
    expect(presentValue(100_000, '2028-03-01', '2028-02-28', compound(100)).days).toBe(2);
    expect(presentValue(100_000, '2028-12-31', '2027-12-31', compound(100)).days).toBe(366);
    // 1 day at 1% a.m. compound: 1000 / 1,01^(1/30) = 999,6684… → R$ 999,67.
    expect(presentValue(100_000, '2026-01-16', TODAY, compound(100)).presentValueCents).toBe(99_967);
  });

  it('R-FIN-11: rounds each installment half up to the cent, exactly at half a cent', () => {
    // R$ 1.959,38 at 0,16% a.m., 60 days: 195 938 × 10 000² / 10 016² = 195 312,5 cents exactly.
    // Half up gives R$ 1.953,13; plain floating point lands on 195 312,4999… and would say 1.953,12.
    expect(presentValue(195_938, plusDays(TODAY, 60), TODAY, compound(16)).presentValueCents).toBe(195_313);
    // R$ 0,03 at 10,00% a.m. simple over 300 days: 3 / (1 + 0,1 × 10) = 1,5 cents → R$ 0,02.
    expect(presentValue(3, plusDays(TODAY, 300), TODAY, simple(1000))).toEqual({ days: 300, presentValueCents: 2, discountCents: 1 });
  });

  it('R-FIN-11: a zero rate gives no discount, by either method', () => {
    for (const terms of [compound(0), simple(0)]) {
      expect(presentValue(123_456, plusDays(TODAY, 400), TODAY, terms)).toEqual({ days: 400, presentValueCents: 123_456, discountCents: 0 });
    }
  });

  it('R-FIN-11: a simulation lists each installment and totals the rounded lines', () => {
    // Three installments of R$ 1.000,00 at 1% a.m. compound, due in 30, 60 and 90 days:
    // 990,10 + 980,30 (1000 / 1,0201 = 980,2960…) + 970,59 = R$ 2.940,99; desconto R$ 59,01.
    const result = simulatePrepayment(
      [
        { installmentId: 'p-2', dueDate: '2026-02-14', amountCents: 100_000 },
        { installmentId: 'p-3', dueDate: '2026-03-16', amountCents: 100_000 },
        { installmentId: 'p-4', dueDate: '2026-04-15', amountCents: 100_000 },
      ],
      TODAY,
      compound(100),
    );
    expect(result.lines.map((l) => [l.installmentId, l.days, l.presentValueCents, l.discountCents])).toEqual([
      ['p-2', 30, 99_010, 990],
      ['p-3', 60, 98_030, 1_970],
      ['p-4', 90, 97_059, 2_941],
    ]);
    expect(result).toMatchObject({ totalCents: 300_000, presentValueCents: 294_099, discountCents: 5_901 });
  });

  it('R-FIN-11: an installment due today or earlier cannot be anticipated, and the error names it', () => {
    const items = [
      { installmentId: 'p-9', dueDate: '2026-03-01', amountCents: 50_000 },
      { installmentId: 'p-1', dueDate: TODAY, amountCents: 123_456 },
    ];
    const error = captured(() => simulatePrepayment(items, TODAY, compound(100)));
    expect(error).toBeInstanceOf(InstallmentNotPrepayableError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'installmentIds', installmentId: 'p-1', dueDate: TODAY, reason: 'NOT_FUTURE' } });
    // Named as the customer sees it (value and due date), never by its id.
    expect((error as Error).message).toBe('A parcela de R$\u00a01.234,56 com vencimento em 15/01/2026 não pode ser antecipada: só parcelas que vencem depois de hoje entram na antecipação. Tire-a da seleção.');
    expect(() => presentValue(100_000, '2025-12-31', TODAY, compound(100))).toThrow(InstallmentNotPrepayableError);
  });

  it('R-FIN-11: refuses a rate outside 0–10,00% a.m., an empty or repeated selection, and dates that are not dates', () => {
    for (const bp of [-1, 1001, 1.5, Number.NaN]) {
      expect(captured(() => presentValue(100_000, '2026-02-14', TODAY, compound(bp)))).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'monthlyRateBasisPoints' } });
    }
    expect(presentValue(100_000, '2026-02-14', TODAY, compound(1000)).presentValueCents).toBe(90_909); // 1000 / 1,1
    expect(captured(() => simulatePrepayment([], TODAY, compound(100)))).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'installmentIds' } });
    const twice = { installmentId: 'p-2', dueDate: '2026-02-14', amountCents: 100_000 };
    expect(captured(() => simulatePrepayment([twice, twice], TODAY, compound(100)))).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'installmentIds' } });
    for (const bad of ['2026-02-30', '2026-2-14', '14/02/2026', '']) {
      expect(() => presentValue(100_000, bad, TODAY, compound(100))).toThrow(RangeError);
    }
    expect(() => presentValue(100.5, '2026-02-14', TODAY, compound(100))).toThrow(RangeError);
  });
});

describe('R-FIN-11: properties of the discount', () => {
  const terms = fc.record({ monthlyRateBasisPoints: fc.integer({ min: 0, max: 1000 }), method: fc.constantFrom(PrepaymentMethod.COMPOUND, PrepaymentMethod.SIMPLE) });
  const amount = fc.integer({ min: 0, max: 1_000_000_000_000 });
  const days = fc.integer({ min: 1, max: 3_650 });
  const today = fc.integer({ min: 0, max: 20 * 365 }).map((d) => plusDays('2020-01-01', d));

  it('R-FIN-11: the present value is never more than the installment, and never less when the rate is zero', () => {
    fc.assert(
      fc.property(amount, days, today, terms, (fv, n, from, t) => {
        const { presentValueCents, discountCents } = presentValue(fv, plusDays(from, n), from, t);
        expect(presentValueCents).toBeGreaterThanOrEqual(0);
        expect(presentValueCents).toBeLessThanOrEqual(fv);
        expect(presentValueCents + discountCents).toBe(fv);
        if (t.monthlyRateBasisPoints === 0) expect(discountCents).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('R-FIN-11: the later the due date, the smaller the present value (and a higher rate never discounts less)', () => {
    fc.assert(
      fc.property(amount, days, days, today, terms, (fv, a, b, from, t) => {
        const [near, far] = a <= b ? [a, b] : [b, a];
        const pv = (n: number, terms: PrepaymentTerms) => presentValue(fv, plusDays(from, n), from, terms).presentValueCents;
        expect(pv(far, t)).toBeLessThanOrEqual(pv(near, t));
        const higher = { ...t, monthlyRateBasisPoints: Math.min(1000, t.monthlyRateBasisPoints + 1) };
        expect(pv(near, higher)).toBeLessThanOrEqual(pv(near, t));
      }),
      { numRuns: 500 },
    );
  });

  it('R-FIN-11: compound discounts less than simple under a month and more beyond it (Bernoulli), equal at 30 days', () => {
    fc.assert(
      fc.property(amount, days, fc.integer({ min: 1, max: 1000 }), today, (fv, n, bp, from) => {
        const pv = (method: PrepaymentMethod) => presentValue(fv, plusDays(from, n), from, { monthlyRateBasisPoints: bp, method }).presentValueCents;
        if (n < 30) expect(pv(PrepaymentMethod.COMPOUND)).toBeGreaterThanOrEqual(pv(PrepaymentMethod.SIMPLE));
        if (n === 30) expect(pv(PrepaymentMethod.COMPOUND)).toBe(pv(PrepaymentMethod.SIMPLE));
        if (n > 30) expect(pv(PrepaymentMethod.COMPOUND)).toBeLessThanOrEqual(pv(PrepaymentMethod.SIMPLE));
      }),
      { numRuns: 500 },
    );
  });

  it('R-FIN-11: the totals of a simulation are the sums of its lines, and each line is the single-installment value', () => {
    const item = fc.record({ dueIn: days, amountCents: fc.integer({ min: 0, max: 10_000_000 }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 60 }), today, terms, (chosen, from, t) => {
        const items = chosen.map((c, i) => ({ installmentId: `p-${i}`, dueDate: plusDays(from, c.dueIn), amountCents: c.amountCents }));
        const result = simulatePrepayment(items, from, t);
        const sum = (pick: (l: (typeof result.lines)[number]) => number) => result.lines.reduce((s, l) => s + pick(l), 0);
        expect(result.totalCents).toBe(sum((l) => l.amountCents));
        expect(result.presentValueCents).toBe(sum((l) => l.presentValueCents));
        expect(result.discountCents).toBe(sum((l) => l.discountCents));
        expect(result.totalCents - result.presentValueCents).toBe(result.discountCents);
        result.lines.forEach((line, i) => {
          expect(line).toMatchObject(items[i]!);
          expect(line).toMatchObject(presentValue(items[i]!.amountCents, items[i]!.dueDate, from, t));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('R-FIN-11: the rounding agrees with exact rational arithmetic whenever the months are whole', () => {
    // For n = 30·m the compound PV is the rational FV · 10 000^m / (10 000 + bp)^m: round half up exactly and compare.
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 1000 }), today, (fv, m, bp, from) => {
        const numerator = BigInt(fv) * 10_000n ** BigInt(m);
        const denominator = BigInt(10_000 + bp) ** BigInt(m);
        const exact = Number((2n * numerator + denominator) / (2n * denominator));
        expect(presentValue(fv, plusDays(from, 30 * m), from, compound(bp)).presentValueCents).toBe(exact);
      }),
      { numRuns: 500 },
    );
  });
});

function captured(run: () => unknown): DomainError | Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
