import { dateText, moneyText, saoPauloDate } from './finance-words.js';

/**
 * R-FIN-8: the linha digitável of a bank boleto (FEBRABAN, Carta-Circular BCB 2.926/2000) — 47
 * digits in five fields — and the 44-digit barcode it spells out in another order:
 *
 *   barcode: bank(3) currency(1) general check digit(1) due-date factor(4) value(10) free field(25)
 *   line:    bank currency free[0,5) dv1 | free[5,15) dv2 | free[15,25) dv3 | general dv | factor value
 *
 * The first three fields each end in a modulo-10 digit; the fourth is the barcode's modulo-11
 * digit. (Utility bills, 48 digits starting with 8, are not boletos of a sale.)
 */

/**
 * The due-date factor counts days from 07/10/1997; it first reached 1000 on 03/07/2000 (factors
 * start there) and 9999 on 21/02/2025, and FEBRABAN restarted it at 1000 on 22/02/2025, so every
 * factor names one day in each 9000-day cycle.
 */
const BASE_DAY = Date.UTC(1997, 9, 7);
const DAY_MS = 86_400_000;
const FIRST_FACTOR = 1000;
const CYCLE = 9000;

/** What a valid linha digitável says. */
export interface DigitableLine {
  /** The 47 digits, without punctuation. */
  digits: string;
  barcode: string;
  bankCode: string;
  /** "9" for reais. */
  currency: string;
  /** 0 (0000) when the boleto has no due date; below 1000 it names no day either. */
  factor: number;
  /** The day the factor stands for in the cycle closest to `near`; null without a due date. */
  dueDate: string | null;
  /** 0 when the value is left for the payer to type. */
  amountCents: number;
  freeField: string;
}

export type DigitableLineCheck = ({ ok: true } & DigitableLine) | { ok: false; reason: string };

/**
 * Reads a linha digitável as a person typed or pasted it (spaces, dots and hyphens allowed) and
 * says what is wrong in words the person can act on. `near` (default: today in São Paulo) picks
 * which 9000-day cycle the due-date factor belongs to.
 */
export function parseDigitableLine(text: string, opts: { near?: string } = {}): DigitableLineCheck {
  const digits = text.replace(/[\s.\-]/g, '');
  if (!digits) return { ok: false, reason: 'Informe a linha digitável.' };
  const stray = /\D/.exec(digits);
  if (stray) return { ok: false, reason: `A linha digitável tem só números (pontos, espaços e hífens podem ficar); veio "${stray[0]}".` };
  if (digits.length === 48 && digits.startsWith('8')) return { ok: false, reason: 'Esta é a linha de uma conta de consumo ou de um tributo (48 dígitos), não de um boleto bancário.' };
  if (digits.length === 44) return { ok: false, reason: 'Estes 44 dígitos são os do código de barras; digite a linha digitável, de 47 dígitos.' };
  if (digits.length !== 47) return { ok: false, reason: `São 47 dígitos; ${digits.length === 1 ? 'veio 1' : `vieram ${digits.length}`}.` };
  const fields = [digits.slice(0, 10), digits.slice(10, 21), digits.slice(21, 32)];
  const wrong = fields.findIndex((f) => mod10(f.slice(0, -1)) !== Number(f.at(-1)));
  if (wrong >= 0) return { ok: false, reason: `O dígito verificador do ${wrong + 1}º campo não confere.` };
  const barcode = barcodeOfLine(digits);
  if (mod11(barcode.slice(0, 4) + barcode.slice(5)) !== Number(barcode[4])) return { ok: false, reason: 'O dígito verificador geral (4º campo) não confere.' };
  const factor = Number(barcode.slice(5, 9));
  return {
    ok: true, digits, barcode, bankCode: barcode.slice(0, 3), currency: barcode[3]!, factor,
    dueDate: factor >= FIRST_FACTOR ? dueDateOfFactor(factor, opts.near ?? saoPauloDate(new Date())) : null,
    amountCents: Number(barcode.slice(9, 19)), freeField: barcode.slice(19),
  };
}

/** The 47 digits when the check digits hold, else null (for callers that only need yes or no). */
export function digitableLineOf(text: string): string | null {
  const line = parseDigitableLine(text);
  return line.ok ? line.digits : null;
}

/** The 44-digit barcode a linha digitável spells out (its check digits are not checked here). */
export function barcodeOfLine(digits47: string): string {
  const d = digitsOf(digits47, 47);
  return d.slice(0, 4) + d.slice(32, 47) + d.slice(4, 9) + d.slice(10, 20) + d.slice(21, 31);
}

/** The linha digitável as banks print it: "AAAAA.AAAAA BBBBB.BBBBBB CCCCC.CCCCCC D EEEEFFFFFFFFFF". */
export function formatDigitableLine(digits47: string): string {
  const d = digitsOf(digits47, 47);
  return `${d.slice(0, 5)}.${d.slice(5, 10)} ${d.slice(10, 15)}.${d.slice(15, 21)} ${d.slice(21, 26)}.${d.slice(26, 32)} ${d[32]} ${d.slice(33)}`;
}

/** A boleto's line and barcode from its parts, as a bank computes them (for the demo and tests). */
export function buildDigitableLine(input: { bankCode: string; freeField: string; dueDate: string | null; amountCents: number }): { digits: string; barcode: string } {
  const { bankCode, freeField, dueDate, amountCents } = input;
  if (!/^\d{3}$/.test(bankCode)) throw new RangeError(`O código do banco tem 3 dígitos: ${bankCode}`);
  if (!/^\d{25}$/.test(freeField)) throw new RangeError(`O campo livre tem 25 dígitos: ${freeField}`);
  if (!Number.isSafeInteger(amountCents) || amountCents < 0 || amountCents > 99_999_999_99) throw new RangeError(`Valor fora do que o boleto comporta: ${amountCents}`);
  const body = `${bankCode}9${String(dueDate === null ? 0 : factorOf(dueDate)).padStart(4, '0')}${String(amountCents).padStart(10, '0')}${freeField}`;
  const barcode = body.slice(0, 4) + mod11(body) + body.slice(4);
  const field = (part: string) => part + mod10(part);
  const digits = field(barcode.slice(0, 4) + freeField.slice(0, 5)) + field(freeField.slice(5, 15)) + field(freeField.slice(15)) + barcode.slice(4, 19);
  return { digits, barcode };
}

/** The factor of a due date, from 03/07/2000 on (earlier days have none). */
export function factorOf(dueDate: string): number {
  const days = daysSinceBase(dueDate);
  if (days < FIRST_FACTOR) throw new RangeError(`Não há fator de vencimento antes de 03/07/2000: ${dueDate}`);
  return FIRST_FACTOR + ((days - FIRST_FACTOR) % CYCLE);
}

/** The day a factor (1000 to 9999) stands for, in the cycle closest to `near`. */
export function dueDateOfFactor(factor: number, near: string): string {
  if (!Number.isInteger(factor) || factor < FIRST_FACTOR || factor > 9999) throw new RangeError(`Fator de vencimento fora de 1000 a 9999: ${factor}`);
  const cycle = Math.max(0, Math.round((daysSinceBase(near) - factor) / CYCLE));
  return new Date(BASE_DAY + (factor + cycle * CYCLE) * DAY_MS).toISOString().slice(0, 10);
}

export type BillCheck = ({ ok: true } & DigitableLine) | { ok: false; field: 'digitableLine' | 'dueDate' | 'amount'; reason: string };

/**
 * Whether a linha digitável is the one of this bill: a boleto in reais whose factor is the due
 * date's (a line without a due date, 0000, fits any) and whose value is the amount (a line that
 * leaves the value for the payer to type, all zeros, fits any).
 */
export function verifyBill(bill: { line: string; dueDate: string; amountCents: number }): BillCheck {
  const line = parseDigitableLine(bill.line, { near: bill.dueDate });
  if (!line.ok) return { ok: false, field: 'digitableLine', reason: line.reason };
  if (line.currency !== '9') return { ok: false, field: 'digitableLine', reason: 'A linha digitável não é de um boleto em reais.' };
  if (line.factor !== 0 && line.factor !== factorOf(bill.dueDate)) {
    const lineDue = line.dueDate ? `vence em ${dateText(line.dueDate)}` : 'não traz um vencimento válido';
    return { ok: false, field: 'dueDate', reason: `A linha digitável ${lineDue}, e o boleto vence em ${dateText(bill.dueDate)}.` };
  }
  if (line.amountCents !== 0 && line.amountCents !== bill.amountCents) {
    return { ok: false, field: 'amount', reason: `A linha digitável é de ${moneyText(line.amountCents)}, e o boleto é de ${moneyText(bill.amountCents)}.` };
  }
  return line;
}

/** Modulo 10, weights 2 and 1 from the right, digits of each product added. */
export function mod10(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = weight === 2 ? 1 : 2) {
    const product = Number(digits[i]) * weight;
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** Modulo 11 of the barcode, weights 2 to 9 from the right; 0, 10 and 11 become 1. */
export function mod11(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, weight = 2; i >= 0; i--, weight = weight === 9 ? 2 : weight + 1) sum += Number(digits[i]) * weight;
  const dv = 11 - (sum % 11);
  return dv === 0 || dv === 10 || dv === 11 ? 1 : dv;
}

function digitsOf(text: string, length: number): string {
  const digits = text.replace(/[\s.\-]/g, '');
  if (!new RegExp(`^\\d{${length}}$`).test(digits)) throw new RangeError(`Esperava ${length} dígitos: ${text}`);
  return digits;
}

function daysSinceBase(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const at = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || new Date(at).toISOString().slice(0, 10) !== day) throw new RangeError(`Data inválida (AAAA-MM-DD): ${day}`);
  return Math.round((at - BASE_DAY) / DAY_MS);
}
