import { registerEnumType } from 'type-graphql';
import { BillPayer, BillStatus } from './bill.entity.js';
import { PaymentMethod } from './installment-plan.entity.js';

registerEnumType(PaymentMethod, { name: 'PaymentMethod', description: 'R-FIN-6: forma de pagamento de um plano de parcelas.' });
registerEnumType(BillStatus, { name: 'BillStatus', description: 'Situação do boleto.' });
registerEnumType(BillPayer, { name: 'BillPayer', description: 'R-FIN-7 (obras): quem paga o boleto, o cliente ou a construtora.' });
