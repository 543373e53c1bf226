import { RetainedRecordKind } from './privacy.enums.js';

/**
 * R-OPS-3 (decision): how long what a deletion cannot erase is kept, counted from the end of the
 * contract (the last due date or payment of the sale, or the day of the deletion if later) —
 * 5 years, the longest of the deadlines below that apply to every sale:
 * - tax and accounting records: the tax authority may assess taxes for 5 years (Código Tributário
 *   Nacional, arts. 173 and 195, parágrafo único), and the CPF of the buyer goes in the yearly
 *   DIMOB return of real-estate sales;
 * - consumer claims: 5 years (Código de Defesa do Consumidor, art. 27);
 * - the builder's warranty for the solidity and safety of the work: 5 years (Código Civil, art. 618).
 * LGPD art. 16, I and art. 7º, II and VI allow keeping data for a legal duty and for the regular
 * exercise of rights in court; after the date, the records are to be eliminated.
 */
export const RETENTION_YEARS = 5;

const FISCAL = 'Obrigação legal e defesa de direitos (LGPD, art. 7º, II e VI, e art. 16, I): documentos fiscais e contábeis por 5 anos (Código Tributário Nacional, arts. 173 e 195) e prazo para reclamações do consumidor (Código de Defesa do Consumidor, art. 27), contados do fim do contrato.';

/** Why each kind of record is kept, in words (shown to staff and to the customer). */
export const LEGAL_BASIS: Record<RetainedRecordKind, string> = {
  [RetainedRecordKind.CUSTOMER_DOCUMENT]: 'O CPF/CNPJ identifica a parte nos contratos e registros fiscais guardados e é informado à Receita Federal na DIMOB. ' + FISCAL,
  [RetainedRecordKind.CONTRACT]: FISCAL,
  [RetainedRecordKind.INSTALLMENT]: FISCAL,
  [RetainedRecordKind.BILL]: FISCAL,
  [RetainedRecordKind.REQUEST]: 'Garantia da obra por 5 anos (Código Civil, art. 618) e defesa de direitos (LGPD, art. 7º, VI, e art. 16, I), contados do fim do contrato ou do encerramento do pedido.',
};

/** What a deletion does, in words: the customer reads it before asking, staff before carrying it out. */
export const ANONYMISED_NAME = 'Titular anonimizado';
