/**
 * The rows `npm run bench:sync` pushes, made on demand from their number (nothing is held between
 * batches): 20 developments of 5 blocks, `rows` units and `rows` installments, and what the
 * installments need — one customer, sale (reservation), contract and installment plan of 10
 * installments per 10 installments. Pass 1 and 2 differ on every row (the unit's name, the
 * installment's amount); pass 3 repeats pass 2.
 */

export const DEVELOPMENTS = 20;
export const BLOCKS_PER_DEVELOPMENT = 5;
export const INSTALLMENTS_PER_PLAN = 10;

/** 1 = insert (all new), 2 = update (every row changed), 3 = no-op (pass 2's rows again). */
export type Pass = 1 | 2 | 3;

const development = (n: number) => (n % DEVELOPMENTS) + 1;

export const developmentRows = () =>
  Array.from({ length: DEVELOPMENTS }, (_, i) => ({ code: `EMP-${i + 1}`, name: `Residencial Bench ${i + 1}`, deliveryDate: '2028-06-30' }));

export const blockRows = () =>
  Array.from({ length: DEVELOPMENTS * BLOCKS_PER_DEVELOPMENT }, (_, i) => {
    const d = Math.floor(i / BLOCKS_PER_DEVELOPMENT) + 1;
    const b = (i % BLOCKS_PER_DEVELOPMENT) + 1;
    return { code: `BL-${d}-${b}`, developmentCode: `EMP-${d}`, name: `Torre ${b}` };
  });

export function unitRow(n: number, pass: Pass) {
  const d = development(n);
  return { code: `UN-${n}`, developmentCode: `EMP-${d}`, blockCode: `BL-${d}-${(n % BLOCKS_PER_DEVELOPMENT) + 1}`, name: pass === 1 ? `Apto ${n}` : `Apto ${n} (revisto)` };
}

/** The plan (and sale, customer, unit) of installment `n`. */
export const planOf = (n: number) => Math.ceil(n / INSTALLMENTS_PER_PLAN);
export const plansFor = (rows: number) => planOf(rows);

/** A valid CPF for `n` (nine digits from it, then the two check digits). */
export function cpfOf(n: number): string {
  const base = String(100_000_000 + n).slice(-9);
  const digit = (digits: string) => {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (digits.length + 1 - i);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  const nine = base + digit(base);
  return nine + digit(nine);
}

const codesOf = (k: number) => ({ companyCode: 'BENCH', developmentCode: `EMP-${development(k)}`, unitCode: `UN-${k}`, customerCode: `CLI-${k}`, saleCode: `VENDA-${k}` });

export const customerRow = (k: number) => ({ code: `CLI-${k}`, name: `Cliente ${k}`, document: cpfOf(k), email: `cliente${k}@bench.test` });
export const reservationRow = (k: number) => ({ code: `VENDA-${k}`, unitCode: `UN-${k}`, holderCode: `CLI-${k}`, status: 'SOLD' });
export const contractTypeRows = () => [{ code: 'CT-1', name: 'Compra e venda', visibleToCustomer: true }];
export const contractRow = (k: number) => ({ code: `CONTR-${k}`, saleCode: `VENDA-${k}`, typeCode: 'CT-1', title: `Contrato ${k}`, signed: true, validated: true });
export const planRow = (k: number) => ({ code: `PLANO-${k}`, series: 'Mensais', paymentMethod: 'BOLETO', ...codesOf(k) });

export function installmentRow(n: number, pass: Pass) {
  const plan = planOf(n);
  const number = ((n - 1) % INSTALLMENTS_PER_PLAN) + 1;
  const month = String(((number - 1) % 12) + 1).padStart(2, '0');
  return {
    code: `PARC-${n}`, planCode: `PLANO-${plan}`, number, dueDate: `2027-${month}-10`,
    amount: `${1500 + (n % 500)}.${pass === 1 ? '00' : '37'}`, ...codesOf(plan),
  };
}

/** Rows `from`…`to` (1-based, inclusive) of a generator. */
export const range = <T>(from: number, to: number, row: (n: number) => T): T[] => Array.from({ length: to - from + 1 }, (_, i) => row(from + i));
