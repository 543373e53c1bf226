import { formatMoney } from '../shared/format/money';

/** Money from the API ({ amount: "1234.56" }) as "R$ 1.234,56", never broken between "R$" and the number on a narrow screen. */
export const amountText = (money: { amount: string }): string => formatMoney(money.amount).replace(' ', '\u00a0');
