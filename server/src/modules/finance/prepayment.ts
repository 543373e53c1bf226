import { BadInputError, DomainError } from '../../domain-errors.js';
import { PrepaymentMethod } from './prepayment-method.js';

/**
 * R-FIN-11: Antecipação de parcelas — what a future installment is worth today, under the
 * company's monthly rate and method. Pure arithmetic: the caller loads the installments, the
 * company's terms and today's date in America/Sao_Paulo, and maps the errors (domain errors,
 * BAD_USER_INPUT) as every other service does.
 *
 * With FV the installment's amount, i the monthly rate (basis points / 10 000) and n the calendar
 * days from today to the due date, a month counted as 30 days (CDC art. 52 §2 only requires the
 * interest to be reduced in proportion; the method and rate are the company's, per contract):
 *
 *   COMPOUND (desconto racional composto):  PV = FV / (1 + i)^(n/30)
 *   SIMPLE   (desconto racional simples):   PV = FV / (1 + i · n/30)
 *
 *   discount = FV − PV
 *
 * e.g. R$ 1.000,00 due in 90 days at 1,00% a.m., compound: 1000 / 1,01³ = 970,590… → R$ 970,59.
 *
 * Rounding: each installment's PV to the cent, half up; totals are the sums of the rounded lines,
 * so what the customer sees adds up. The PV is computed in floating point and, when it lands
 * within a hair of half a cent, the rounding is decided exactly in integers (BigInt): at 0,16% a.m.
 * and 60 days, R$ 1.959,38 is worth exactly R$ 1.953,125, which plain floating point rounds down.
 */
// One enum for the company settings, the GraphQL schema and these formulas (COMPOUND | SIMPLE).
export { PrepaymentMethod };

export interface PrepaymentTerms {
  /** 100 = 1,00% a.m.; an integer from 0 to 1000 (10,00% a.m.). */
  monthlyRateBasisPoints: number;
  method: PrepaymentMethod;
}

export interface PrepaymentItem {
  installmentId: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  amountCents: number;
}

export interface PrepaymentLine extends PrepaymentItem {
  /** Calendar days from today to the due date; always ≥ 1. */
  days: number;
  presentValueCents: number;
  discountCents: number;
}

export interface PrepaymentSimulation {
  lines: PrepaymentLine[];
  /** Sum of the installments' amounts (FV). */
  totalCents: number;
  /** Sum of the lines' rounded present values: what the customer pays. */
  presentValueCents: number;
  /** totalCents − presentValueCents, also the sum of the lines' discounts. */
  discountCents: number;
}

export const MAX_MONTHLY_RATE_BASIS_POINTS = 1000;
/** Up to R$ 10 bilhões, as money.ts. */
const MAX_AMOUNT_CENTS = 1_000_000_000_000;
/** A due date more than a century away is a data error, not a plan. */
const MAX_DAYS = 36_600;
const DAY_MS = 86_400_000;

/** The installment is due today or was due before: there is nothing to anticipate. */
export class InstallmentNotPrepayableError extends DomainError {
  constructor(dueDate: string, amountCents: number, installmentId?: string) {
    super(
      'BAD_USER_INPUT',
      `A parcela de ${reais(amountCents)} com vencimento em ${brazilianDate(dueDate)} não pode ser antecipada: só parcelas que vencem depois de hoje entram na antecipação. Tire-a da seleção.`,
      { field: 'installmentIds', reason: 'NOT_FUTURE', dueDate, ...(installmentId === undefined ? {} : { installmentId }) },
    );
  }
}

/** Refuses terms outside 0–10,00% a.m. (also what the company settings should check on save). */
export function checkPrepaymentTerms(terms: PrepaymentTerms): void {
  const bp = terms.monthlyRateBasisPoints;
  if (!Number.isInteger(bp) || bp < 0 || bp > MAX_MONTHLY_RATE_BASIS_POINTS) {
    throw new BadInputError('monthlyRateBasisPoints', 'A taxa de antecipação deve ser de 0,00% a 10,00% ao mês, com até duas casas decimais.');
  }
  if (terms.method !== PrepaymentMethod.COMPOUND && terms.method !== PrepaymentMethod.SIMPLE) {
    throw new BadInputError('method', 'Escolha o método de desconto da antecipação: composto ou simples.');
  }
}

/** One installment paid today instead of on its due date. */
export function presentValue(amountCents: number, dueDate: string, today: string, terms: PrepaymentTerms): { days: number; presentValueCents: number; discountCents: number } {
  checkPrepaymentTerms(terms);
  if (!Number.isSafeInteger(amountCents) || amountCents < 0 || amountCents > MAX_AMOUNT_CENTS) {
    throw new RangeError(`amountCents must be a whole number of cents from 0 to ${MAX_AMOUNT_CENTS}, got ${amountCents}`);
  }
  const days = daysBetween(today, dueDate);
  if (days <= 0) throw new InstallmentNotPrepayableError(dueDate, amountCents);
  if (days > MAX_DAYS) throw new RangeError(`dueDate ${dueDate} is more than ${MAX_DAYS} days after ${today}`);
  const presentValueCents = discounted(amountCents, days, terms);
  return { days, presentValueCents, discountCents: amountCents - presentValueCents };
}

/** The chosen installments, each discounted on its own; the totals are sums of the rounded lines. */
export function simulatePrepayment(items: readonly PrepaymentItem[], today: string, terms: PrepaymentTerms): PrepaymentSimulation {
  checkPrepaymentTerms(terms);
  if (items.length === 0) throw new BadInputError('installmentIds', 'Escolha ao menos uma parcela para antecipar.');
  const seen = new Set<string>();
  const lines = items.map((item): PrepaymentLine => {
    if (seen.has(item.installmentId)) throw new BadInputError('installmentIds', 'A mesma parcela foi escolhida mais de uma vez. Confira a seleção.');
    seen.add(item.installmentId);
    if (daysBetween(today, item.dueDate) <= 0) throw new InstallmentNotPrepayableError(item.dueDate, item.amountCents, item.installmentId);
    return { installmentId: item.installmentId, dueDate: item.dueDate, amountCents: item.amountCents, ...presentValue(item.amountCents, item.dueDate, today, terms) };
  });
  const sum = (pick: (line: PrepaymentLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  return { lines, totalCents: sum((l) => l.amountCents), presentValueCents: sum((l) => l.presentValueCents), discountCents: sum((l) => l.discountCents) };
}

/** PV in cents, rounded half up; see the module comment for the formulas. */
function discounted(fv: number, days: number, { monthlyRateBasisPoints: bp, method }: PrepaymentTerms): number {
  if (bp === 0 || fv === 0) return fv;
  if (method === PrepaymentMethod.SIMPLE) {
    // PV = FV · 300 000 / (300 000 + bp · n)   (i · n/30 = bp/10 000 · n/30)
    const denominator = 300_000 + bp * days;
    return roundHalfUp((fv * 300_000) / denominator, (h) => 2n * BigInt(fv) * 300_000n >= h * BigInt(denominator));
  }
  // PV = FV / (1 + i)^(n/30); with n/30 = p/q in lowest terms,
  // PV ≥ h/2  ⇔  (2 · FV)^q · 10 000^p ≥ h^q · (10 000 + bp)^p.
  const g = gcd(days, 30);
  const p = BigInt(days / g);
  const q = BigInt(30 / g);
  const x = fv / Math.exp((days / 30) * Math.log1p(bp / 10_000));
  return roundHalfUp(x, (h) => (2n * BigInt(fv)) ** q * 10_000n ** p >= h ** q * BigInt(10_000 + bp) ** p);
}

/**
 * floor(x + ½) for x ≥ 0. Far from a half cent the float decides; within the float's error of
 * k + ½ the exact test does: `atLeast(h)` says whether the true value is ≥ h/2, with h = 2k + 1.
 */
function roundHalfUp(x: number, atLeast: (h: bigint) => boolean): number {
  const k = Math.floor(x);
  if (Math.abs(x - (k + 0.5)) > x * 1e-12 + 1e-9) return Math.floor(x + 0.5);
  return atLeast(BigInt(2 * k + 1)) ? k + 1 : k;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Calendar days from `from` to `to` (both YYYY-MM-DD): positive when `to` is later. */
function daysBetween(from: string, to: string): number {
  return (utcDay(to) - utcDay(from)) / DAY_MS;
}

function utcDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const at = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || new Date(at).toISOString().slice(0, 10) !== date) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return at;
}

const brazilianDate = (date: string) => date.split('-').reverse().join('/');
const reais = (cents: number) => (cents / 100).toLocaleString('pt-BR', { style: 'currency', currency: 'BRL' });
