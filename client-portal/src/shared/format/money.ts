/** Money as Brazilians read it: R$ 1.234,56 (values come from the API as decimal strings or cents). */
const brl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });

export function formatMoney(value: number | string): string {
  return brl.format(typeof value === 'string' ? Number(value) : value).replace(/\u00a0/g, ' ');
}
