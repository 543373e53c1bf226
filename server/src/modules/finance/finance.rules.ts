import { listEn, say, type Said } from '../../locale.js';
import { listOf } from '../../pt-br.js';
import { reservationUnitRule, type UnitFacts } from '../developments/unit.rules.js';
import { fail, FixScreen, pass, type Fix, type Rule, type RuleOutcome } from '../visibility/rule.js';
import { dateText } from './finance-words.js';

/**
 * SPEC §8: who sees a sale's installments and bills. Each rule once, with its SQL face over a
 * record alias (the installment `i` or the bill `bl`, which carry the ERP's five codes) and the
 * SQL expression of its sale (reservation id), and its check face over the record's facts
 * (finance-facts.ts loads them). The property test in visibility/__tests__ proves they agree.
 */

/** "Today" where the money is due (R-FIN-8): the calendar date in São Paulo at the scope's `:now`. */
export const TODAY_SQL = `cast((cast(:now as timestamptz) at time zone 'America/Sao_Paulo') as date)`;

/** An installment not paid whose due date has passed (in São Paulo). */
export const overdueSql = (i: string) => `(${i}.paid_at is null and ${i}.due_date < ${TODAY_SQL})`;

export type CodeName = 'company' | 'development' | 'unit' | 'customer' | 'sale';

/** One of the five codes: what the ERP sent with the record, and what the sale it names has. */
export interface CodeFact {
  which: CodeName;
  sent: string | null;
  expected: string | null;
}

/** R-FIN-10: what holds bills back on a sale. */
export interface BillingFacts {
  /** Active billing blocks on the sale's development or on its unit's block. */
  blocks: { id: string; reason: string; source: 'ERP' | 'STAFF'; blockName: string | null; developmentId: string; developmentName: string }[];
  /** The company's overdue rule is on. */
  overdueRule: boolean;
  companyId: string;
  /** The oldest overdue installment of the sale (number and due date), or null. */
  oldestOverdue: { number: number; series: string; dueDate: string } | null;
}

/** Everything the rules look at for one installment or bill. */
export interface FinanceFacts {
  recordId: string;
  /** The sale the record belongs to; null when the ERP named none Habite knows. */
  reservationId: string | null;
  codes: CodeFact[];
  /** The viewer is the sale's holder. */
  holder: boolean;
  /** The viewer as an associate on the sale (null: not one). */
  association: { typeId: string; typeName: string; seesHolderBills: boolean } | null;
  associatesSeeHolderBills: boolean;
  showFinancial: boolean;
  portalId: string;
  /** The sale's unit with `reservations` holding only this sale (if the viewer takes part). Null without a sale. */
  unit: UnitFacts | null;
}

export interface BillFacts extends FinanceFacts {
  status: 'OPEN' | 'PAID' | 'CANCELLED';
  /** No installment: a boleto avulso (R-FIN-2). */
  standalone: boolean;
  showStandaloneBills: boolean;
  supersededById: string | null;
  /** The bill's own installment is overdue (the overdue rule never holds back the bill that settles it). */
  installmentOverdue: boolean;
  billing: BillingFacts;
  /** R-FIN-7: who pays it, whether the sale's development is a WORK, and the portal's payment display. */
  payer: 'CUSTOMER' | 'BUILDER';
  work: boolean;
  showCustomerPayments: boolean;
  showBuilderPayments: boolean;
}

const CODE_NAMES: Record<CodeName, Said> = {
  company: say('da empresa', 'company'),
  development: say('do empreendimento', 'development'),
  unit: say('da unidade', 'unit'),
  customer: say('do cliente (titular)', 'customer (holder)'),
  sale: say('da venda', 'sale'),
};

const FIX_SCREEN: Record<CodeName, FixScreen> = {
  company: FixScreen.COMPANY_SETTINGS, development: FixScreen.DEVELOPMENT, unit: FixScreen.UNIT, customer: FixScreen.CUSTOMER, sale: FixScreen.RESERVATION,
};

const NO_SALE = say('O registro financeiro não está ligado a nenhuma venda (reserva) que o Habite conheça: o código da venda enviado pelo ERP não corresponde a nenhuma.',
  'The financial record is not linked to any sale (reservation) Habite knows: the sale code the ERP sent matches none.');

/** R-FIN-1's SQL face: the record's five ERP codes are those of its sale (also the health check's, for the records that fail it). */
export const codesMatchSql = (record: string, sale: string) => `exists (select 1 from reservation r join unit u on u.id = r.unit_id join development d on d.id = u.development_id
    join company co on co.id = d.company_id join customer h on h.id = r.holder_id
   where r.id = ${sale} and ${record}.company_code = co.erp_code and ${record}.development_code = d.erp_code
     and ${record}.unit_code = u.erp_code and ${record}.customer_code = h.erp_code and ${record}.sale_code = r.erp_code)`;

/** The rules every financial record of a sale passes: the menu, R-FIN-1, R-FIN-3, R-UNIT-4. */
export function saleRules<F extends FinanceFacts>(record: string, sale: string): Rule<F>[] {
  return [
    {
      id: 'R-SET-1',
      label: say('O portal exibe o menu Financeiro', 'The portal shows the Financial menu'),
      sql: `exists (select 1 from portal p where p.id = :portal and p.show_financial)`,
      check: (f) => f.showFinancial
        ? pass(say('O menu "Financeiro" está ligado no portal.', 'The "Financial" menu is on in the portal.'))
        : fail(say('O menu "Financeiro" está desligado no portal.', 'The "Financial" menu is off in the portal.'), {
            screen: FixScreen.PORTAL_SETTINGS, id: f.portalId, label: say('Ligar "Exibir financeiro"', 'Turn "Show financial" on'), setting: 'showFinancial',
          }),
    },
    {
      id: 'R-FIN-1',
      label: say('Os códigos do ERP de empresa, empreendimento, unidade, cliente e venda conferem', 'The ERP codes of company, development, unit, customer and sale match'),
      sql: codesMatchSql(record, sale),
      check: (f) => {
        if (!f.reservationId) return fail(NO_SALE);
        const wrong = f.codes.filter((c) => c.sent === null || c.expected === null || c.sent !== c.expected);
        if (!wrong.length) return pass(say('Os cinco códigos do ERP conferem com a venda.', 'All five ERP codes match the sale.'));
        const first = wrong[0]!;
        const sentences = wrong.map((c) => codeSentence(c));
        return fail(say(sentences.map((s) => s.pt).join(' '), sentences.map((s) => s.en).join(' ')), codeFix(first, f));
      },
    },
    {
      id: 'R-FIN-3',
      label: say('O cliente é o titular da venda, ou associado que vê os boletos do titular', 'The customer is the sale\'s holder, or an associate who sees the holder\'s bills'),
      sql: `exists (select 1 from reservation r where r.id = ${sale} and (r.holder_id = :customer or exists (
               select 1 from reservation_associate ra join association_type t on t.id = ra.association_type_id join portal p on p.id = :portal
                where ra.reservation_id = r.id and ra.customer_id = :customer and t.sees_holder_bills and p.associates_see_holder_bills)))`,
      check: (f) => holderOutcome(f),
    },
    reservationUnitRule<F>('R-UNIT-4', say('A unidade da venda é visível ao cliente', 'The sale\'s unit is visible to the customer'), sale,
      (f) => f.unit ?? NO_UNIT, say('deste registro', 'this record\'s')),
  ];
}

function holderOutcome(f: FinanceFacts): RuleOutcome {
  if (f.holder) return pass(say('O cliente é o titular da venda.', 'The customer is the sale\'s holder.'));
  if (!f.association) return fail(say('O cliente não é titular nem associado desta venda.', 'The customer is neither the holder nor an associate of this sale.'));
  const { typeId, typeName, seesHolderBills } = f.association;
  const typeFix: Fix = { screen: FixScreen.ASSOCIATION_TYPE, id: typeId, label: say(`Marcar "Vê boletos do titular" no tipo "${typeName}"`, `Tick "Sees the holder's bills" on the type "${typeName}"`) };
  const settingFix: Fix = {
    screen: FixScreen.PORTAL_SETTINGS, id: f.portalId, setting: 'associatesSeeHolderBills',
    label: say('Ligar "Associados veem boletos do titular"', 'Turn "Associates see the holder\'s bills" on'),
  };
  if (!f.associatesSeeHolderBills && !seesHolderBills) {
    return fail(say(`O cliente é associado (${typeName}): o portal não mostra os boletos do titular a associados, e o tipo "${typeName}" também não tem "Vê boletos do titular".`,
      `The customer is an associate (${typeName}): the portal does not show the holder's bills to associates, and the type "${typeName}" lacks "Sees the holder's bills" too.`), settingFix);
  }
  if (!f.associatesSeeHolderBills) {
    return fail(say(`O cliente é associado (${typeName}), e a opção "Associados veem boletos do titular" está desligada no portal.`,
      `The customer is an associate (${typeName}), and the portal's "Associates see the holder's bills" setting is off.`), settingFix);
  }
  if (!seesHolderBills) {
    return fail(say(`O cliente é associado como "${typeName}", e esse tipo de associação não tem "Vê boletos do titular".`,
      `The customer is an associate as "${typeName}", and that association type lacks "Sees the holder's bills".`), typeFix);
  }
  return pass(say(`O cliente é associado (${typeName}), o tipo vê os boletos do titular e o portal permite.`, `The customer is an associate (${typeName}); the type sees the holder's bills and the portal allows it.`));
}

function codeSentence(c: CodeFact): Said {
  const name = CODE_NAMES[c.which];
  if (c.sent === null) return say(`O ERP não enviou o código ${name.pt}.`, `The ERP sent no ${name.en} code.`);
  if (c.expected === null) return say(`O código ${name.pt} enviado é "${c.sent}", mas o cadastro no Habite não tem código do ERP.`, `The ${name.en} code sent is "${c.sent}", but the record in Habite has no ERP code.`);
  return say(`O código ${name.pt} não confere: o ERP enviou "${c.sent}", e o cadastro tem "${c.expected}".`, `The ${name.en} code does not match: the ERP sent "${c.sent}" and the record has "${c.expected}".`);
}

function codeFix(c: CodeFact, f: FinanceFacts): Fix {
  const id = c.which === 'company' ? '' : c.which === 'development' ? f.unit?.developmentId ?? '' : c.which === 'unit' ? f.unit?.unitId ?? '' : c.which === 'sale' ? f.reservationId ?? '' : f.recordId;
  // The company's code is set by an ADMIN in Integrações (setCompanyErpCode).
  const setting = c.which === 'company' ? 'erpCode' : undefined;
  return { screen: FIX_SCREEN[c.which], id, setting, label: say(`Conferir o código ${CODE_NAMES[c.which].pt} no ERP e no Habite`, `Check the ${CODE_NAMES[c.which].en} code in the ERP and in Habite`) };
}

/** A unit that matches nothing: used when a record has no sale (R-FIN-1 already says why). */
const NO_UNIT: UnitFacts = {
  unitId: '', unitName: '', blockId: null, blockName: null, blockActive: null, stageId: null, stageName: null, stageActive: null,
  developmentId: '', developmentName: '', portalId: '', portalName: '', portalActive: false, portalServesDevelopment: false,
  portalHasBindings: false, domainBound: false, hostname: null, boundHostnames: [], reservations: [],
};

/** SQL of the sale of a bill: its own, or its installment's plan's. */
export const billSaleSql = (bl: string) => `coalesce(${bl}.reservation_id, (select ip.reservation_id from installment i2 join installment_plan ip on ip.id = i2.plan_id where i2.id = ${bl}.installment_id))`;

/**
 * R-FIN-10 over a sale: what holds new bills back — an active billing block on its development or
 * its unit's block, or (with the company's overdue rule) an overdue installment. Null: nothing.
 * `ownOverdue`: the bill is for an overdue installment, which the overdue rule never holds back.
 */
export function billingHold(b: BillingFacts, ownOverdue: boolean): { detail: Said; fix: Fix } | null {
  const block = b.blocks[0];
  if (block) {
    const where = block.blockName ? say(`no bloco "${block.blockName}" de "${block.developmentName}"`, `on the block "${block.blockName}" of "${block.developmentName}"`)
      : say(`no empreendimento "${block.developmentName}"`, `on the development "${block.developmentName}"`);
    const by = block.source === 'ERP' ? say('pelo ERP', 'by the ERP') : say('pela equipe', 'by staff');
    return {
      detail: say(`A emissão de boletos está bloqueada ${where.pt} (${by.pt}): "${block.reason}".`, `Billing is blocked ${where.en} (${by.en}): "${block.reason}".`),
      fix: { screen: FixScreen.BILLING_BLOCK, id: block.developmentId, label: say('Ver os bloqueios de emissão', 'See the billing blocks') },
    };
  }
  if (b.overdueRule && b.oldestOverdue && !ownOverdue) {
    const { number, series, dueDate } = b.oldestOverdue;
    return {
      detail: say(`Há uma parcela vencida (${series}, nº ${number}, vencida em ${dateText(dueDate)}), e a regra de inadimplência da empresa suspende novos boletos até ela ser paga.`,
        `An installment is overdue (${series}, no. ${number}, due ${dueDate}), and the company's overdue rule holds new bills back until it is paid.`),
      fix: { screen: FixScreen.COMPANY_SETTINGS, id: b.companyId, label: say('Rever a regra de inadimplência', 'Review the overdue rule'), setting: 'overdueBlocksBills' },
    };
  }
  return null;
}

/** The rules of a bill (alias `bl`). */
export const billRules: Rule<BillFacts>[] = [
  ...saleRules<BillFacts>('bl', billSaleSql('bl')),
  {
    id: 'R-FIN-2',
    label: say('Boleto de parcela, ou avulso com "Exibir boletos avulsos" ligado', 'A bill of an installment, or standalone with "Show standalone bills" on'),
    sql: `(bl.installment_id is not null or exists (select 1 from portal p where p.id = :portal and p.show_standalone_bills))`,
    check: (f) => {
      if (!f.standalone) return pass(say('O boleto é de uma parcela.', 'The bill belongs to an installment.'));
      return f.showStandaloneBills
        ? pass(say('O boleto é avulso, e o portal exibe boletos avulsos.', 'The bill is standalone, and the portal shows standalone bills.'))
        : fail(say('O boleto é avulso, e a opção "Exibir boletos avulsos" está desligada no portal.', 'The bill is standalone, and the portal\'s "Show standalone bills" setting is off.'), {
            screen: FixScreen.PORTAL_SETTINGS, id: f.portalId, label: say('Ligar "Exibir boletos avulsos"', 'Turn "Show standalone bills" on'), setting: 'showStandaloneBills',
          });
    },
  },
  {
    id: 'R-FIN-9',
    label: say('O boleto não foi cancelado sem substituto', 'The bill was not cancelled without a replacement'),
    sql: `(bl.status <> 'CANCELLED' or bl.superseded_by_id is not null)`,
    check: (f) => {
      if (f.supersededById) {
        return pass(say('O boleto foi substituído (2ª via): aparece marcado como substituído, sem poder ser pago, e o portal indica o boleto atual.',
          'The bill was superseded (reissued): it shows marked as superseded, cannot be paid, and the portal points to the current bill.'));
      }
      return f.status === 'CANCELLED'
        ? fail(say('O boleto foi cancelado pelo ERP, sem boleto que o substitua.', 'The ERP cancelled the bill, with no bill replacing it.'))
        : pass(say('O boleto é o atual.', 'The bill is the current one.'));
    },
  },
  {
    id: 'R-FIN-10',
    label: say('Nenhum bloqueio de emissão nem a regra de inadimplência segura o boleto', 'No billing block and no overdue rule holds the bill back'),
    sql: `(bl.status <> 'OPEN' or bl.superseded_by_id is not null or (
            not exists (select 1 from billing_block bb join reservation r on r.id = ${billSaleSql('bl')} join unit u on u.id = r.unit_id
                         where bb.development_id = u.development_id and (bb.block_id is null or bb.block_id = u.block_id) and bb.active)
            and (not exists (select 1 from company co where co.id = bl.company_id and co.overdue_blocks_bills)
                 or not exists (select 1 from installment oi join installment_plan op on op.id = oi.plan_id where op.reservation_id = ${billSaleSql('bl')} and ${overdueSql('oi')})
                 or exists (select 1 from installment bi where bi.id = bl.installment_id and ${overdueSql('bi')}))))`,
    check: (f) => {
      if (f.status !== 'OPEN' || f.supersededById) return pass(say('O boleto não está em aberto: nada o segura.', 'The bill is not open: nothing holds it back.'));
      const hold = billingHold(f.billing, f.installmentOverdue);
      return hold ? fail(hold.detail, hold.fix) : pass(say('Nenhum bloqueio de emissão se aplica, e a regra de inadimplência não segura o boleto.', 'No billing block applies, and the overdue rule does not hold the bill back.'));
    },
  },
];

const PAYERS = { CUSTOMER: say('o cliente', 'the customer'), BUILDER: say('a construtora', 'the builder') };
const DISPLAY_SETTING = { CUSTOMER: 'showCustomerPayments', BUILDER: 'showBuilderPayments' } as const;

billRules.push({
  id: 'R-FIN-7',
  label: say('Numa obra, a exibição de pagamentos mostra quem paga o boleto', 'In a cost-plus work, the payment display shows the bill\'s payer'),
  sql: `(not exists (select 1 from reservation r join unit u on u.id = r.unit_id join development d on d.id = u.development_id where r.id = ${billSaleSql('bl')} and d.kind = 'WORK')
         or exists (select 1 from portal p where p.id = :portal and case bl.payer when 'CUSTOMER' then p.show_customer_payments else p.show_builder_payments end))`,
  check: (f) => {
    if (!f.work) return pass(say('O empreendimento não é uma obra: a exibição de pagamentos não se aplica.', 'The development is not a cost-plus work: the payment display does not apply.'));
    const payer = PAYERS[f.payer];
    const shown = f.payer === 'CUSTOMER' ? f.showCustomerPayments : f.showBuilderPayments;
    return shown
      ? pass(say(`Quem paga é ${payer.pt}, e o portal exibe esses pagamentos.`, `The payer is ${payer.en}, and the portal shows those payments.`))
      : fail(say(`Quem paga é ${payer.pt}, e a "Exibição de pagamentos" do portal não mostra esses pagamentos.`, `The payer is ${payer.en}, and the portal's payment display does not show those payments.`), {
          screen: FixScreen.PORTAL_SETTINGS, id: f.portalId, setting: DISPLAY_SETTING[f.payer], label: say(`Ligar a exibição dos pagamentos de ${payer.pt}`, `Show the payments of ${payer.en}`),
        });
  },
});

/** The rules of an installment (alias `i`, its plan `ip`). */
export const installmentRules: Rule<FinanceFacts>[] = saleRules<FinanceFacts>('i', 'ip.reservation_id');

/** Installments of sales the customer takes part in: the superset lists start from. */
export const saleCandidatesSql = `(select r.id from reservation r where r.holder_id = :customer
  union select ra.reservation_id from reservation_associate ra where ra.customer_id = :customer)`;

export const listSaid = (items: string[]) => say(listOf(items), listEn(items));
