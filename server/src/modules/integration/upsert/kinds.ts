import { parseCalendarDate } from '../../../input/calendar-date.js';
import { parsePhone } from '../../../input/brazil.js';
import { normalizeEmail } from '../../auth/login-identifier.js';
import { parseDocument } from '../../customers/document.js';
import { ReservationStatus } from '../../customers/reservation.entity.js';
import { DevelopmentKind, DevelopmentStatus } from '../../developments/development.entity.js';
import { verifyBill } from '../../finance/boleto.js';
import { BillPayer, BillStatus } from '../../finance/bill.entity.js';
import { billSaleSql } from '../../finance/finance.rules.js';
import { PaymentMethod } from '../../finance/installment-plan.entity.js';
import { centsOf } from '../../finance/money.js';
import { parsePixCode } from '../../finance/pix.js';
import { aboutField } from '../../../field-labels.js';
import type { RequestChanged } from '../../../graphql/pubsub.js';
import { query, withSettings } from '../../visibility/sql.js';
import { ErpKind } from '../erp-kind.js';
import type {
  AssociationTypeRow, BillingBlockRow, BillRow, BlockRow, ContractRow, ContractTypeRow, CustomerRow, DevelopmentRow, InstallmentPlanRow, InstallmentRow, ReservationRow, StageRow, UnitRow,
} from './upsert.inputs.js';
import type { UpsertRowError } from './upsert-result.js';
import { bound, RowProblem, type Column, type KindSpec, type Prepared } from './upsert.service.js';

/**
 * R-SYNC-2, kind by kind: which table each ERP record lands in, its columns, what it refers to by
 * code, and the rules of its rows. The engine (upsert.service.ts) does the rest the same way for all.
 */

const text = (value: string | null | undefined, field: string, max = 200, required = true): string | null => {
  const trimmed = value?.trim() || null;
  if (!trimmed) {
    if (required) throw new RowProblem(field, 'REQUIRED', aboutField(field, 'campo obrigatório.'));
    return null;
  }
  if (trimmed.length > max) throw new RowProblem(field, 'TOO_LONG', aboutField(field, `no máximo ${max} caracteres.`));
  return trimmed;
};
const name = (value: string, field = 'name', max = 200) => {
  const trimmed = value?.trim();
  if (!trimmed) throw new RowProblem(field, 'REQUIRED', 'Informe o nome.');
  if (trimmed.length > max) throw new RowProblem(field, 'TOO_LONG', `O nome deve ter no máximo ${max} caracteres.`);
  return trimmed;
};
const date = (value: string | null | undefined, field: string, required = false) => {
  if (!value?.trim()) {
    if (required) throw new RowProblem(field, 'REQUIRED', 'Informe a data (aaaa-mm-dd).');
    return null;
  }
  return parseCalendarDate(value, field);
};
const cents = (value: string | null | undefined, field: string, required = true) => {
  if (value === null || value === undefined || value.trim() === '') {
    if (required) throw new RowProblem(field, 'REQUIRED', 'Informe o valor em reais (por exemplo, "1234.56").');
    return null;
  }
  const amount = centsOf(value);
  if (amount === null) throw new RowProblem(field, 'INVALID', 'Valor em reais com ponto e até duas casas decimais (por exemplo, "1234.56").');
  return amount;
};

const col = (name: string, type: string, options: Partial<Column> = {}): Column => ({ name, type, ...options });
const created = [col('created_at', 'timestamptz', { compare: false, update: false })];
const stamped = [...created, col('updated_at', 'timestamptz', { compare: false })];
const ofCompany = col('company_id', 'uuid', { update: false });

/** The five ERP codes of a financial record (R-FIN-1), kept as the ERP sent them. */
const erpCodeColumns = ['company_code', 'development_code', 'unit_code', 'customer_code', 'sale_code'].map((c) => col(c, 'text'));
const erpCodes = (row: { companyCode?: string | null; developmentCode?: string | null; unitCode?: string | null; customerCode?: string | null; saleCode?: string | null }) => ({
  company_code: text(row.companyCode, 'companyCode', 100, false),
  development_code: text(row.developmentCode, 'developmentCode', 100, false),
  unit_code: text(row.unitCode, 'unitCode', 100, false),
  customer_code: text(row.customerCode, 'customerCode', 100, false),
  sale_code: text(row.saleCode, 'saleCode', 100, false),
});

export const developments: KindSpec<DevelopmentRow> = {
  kind: ErpKind.DEVELOPMENT,
  table: 'development',
  // Kind, delivery date and status the ERP may leave out: staff may have set them (a delivery date, a work paused).
  columns: [
    ofCompany, col('name', 'text'), col('kind', 'development_kind', { keep: true, insertDefault: DevelopmentKind.DEVELOPMENT }), col('delivery_date', 'date', { keep: true }),
    col('status', 'development_status', { keep: true, insertDefault: DevelopmentStatus.IN_PROGRESS }), col('erp_code', 'text'), ...created,
  ],
  references: [],
  prepare: (row, on) => ({
    company_id: on.companyId, name: name(row.name), kind: row.kind ?? null,
    delivery_date: date(row.deliveryDate, 'deliveryDate'), status: row.status ?? null, erp_code: row.code.trim(), created_at: on.now,
  }),
};

const ofDevelopment = (kind: ErpKind.BLOCK | ErpKind.STAGE, table: string): KindSpec<BlockRow | StageRow> => ({
  kind,
  table,
  columns: [col('development_id', 'uuid'), col('name', 'text'), col('erp_code', 'text')],
  references: [{ field: 'developmentCode', kind: ErpKind.DEVELOPMENT, required: true, noun: 'o empreendimento' }],
  prepare: (row, on) => ({ development_id: on.ref('developmentCode'), name: name(row.name), erp_code: row.code.trim() }),
  // A block (or stage) with units stays in its development: moving it would leave its units in
  // another development than their block's. The ERP moves the units first, or makes a new block.
  async check(tx, rows) {
    const ids = rows.map((r) => r.id).filter(Boolean);
    if (!ids.length) return [];
    const moved = await query<{ id: string; development_id: string; development: string; units: number }>(tx,
      `select t.id, t.development_id, d.name as development, (select count(*)::int from unit u where u.${table}_id = t.id) as units
         from ${table} t join development d on d.id = t.development_id where t.id = any(cast(:ids as uuid[]))`, { ids });
    const stored = new Map(moved.map((m) => [m.id, m]));
    const noun = kind === ErpKind.BLOCK ? 'O bloco' : 'A etapa';
    return rows.flatMap((r): UpsertRowError[] => {
      const now = stored.get(r.id);
      if (!now || !now.units || now.development_id === r.values.development_id) return [];
      const units = now.units === 1 ? '1 unidade' : `${now.units.toLocaleString('pt-BR')} unidades`;
      return [{ index: r.index, erpCode: r.row.code, field: 'developmentCode', code: 'CONFLICT',
        message: `${noun} "${r.row.code.trim()}" tem ${units} no empreendimento ${now.development}: mova as unidades antes, ou crie outro código para o novo empreendimento.` }];
    });
  },
});
export const blocks = ofDevelopment(ErpKind.BLOCK, 'block');
export const stages = ofDevelopment(ErpKind.STAGE, 'stage');

export const units: KindSpec<UnitRow> = {
  kind: ErpKind.UNIT,
  table: 'unit',
  columns: [col('development_id', 'uuid'), col('block_id', 'uuid'), col('stage_id', 'uuid'), col('name', 'text'), col('erp_code', 'text')],
  references: [
    { field: 'developmentCode', kind: ErpKind.DEVELOPMENT, required: true, noun: 'o empreendimento' },
    { field: 'blockCode', kind: ErpKind.BLOCK, required: false, noun: 'o bloco' },
    { field: 'stageCode', kind: ErpKind.STAGE, required: false, noun: 'a etapa' },
  ],
  prepare: (row, on) => ({
    development_id: on.ref('developmentCode'), block_id: on.ref('blockCode'), stage_id: on.ref('stageCode'), name: name(row.name), erp_code: row.code.trim(),
  }),
  // A unit's block and stage are of its own development.
  async check(tx, rows) {
    const parts = [...new Set(rows.flatMap((r) => [r.values.block_id, r.values.stage_id]).filter(Boolean) as string[])];
    if (!parts.length) return [];
    const owners = new Map((await query<{ id: string; development_id: string }>(tx,
      'select id, development_id from block where id = any(cast(:ids as uuid[])) union all select id, development_id from stage where id = any(cast(:ids as uuid[]))', { ids: parts })).map((r) => [r.id, r.development_id]));
    return rows.flatMap((r): UpsertRowError[] => [
      ...(r.values.block_id && owners.get(r.values.block_id as string) !== r.values.development_id
        ? [{ index: r.index, erpCode: r.row.code, field: 'blockCode', code: 'INVALID', message: `O bloco "${r.row.blockCode}" é de outro empreendimento, não de "${r.row.developmentCode}".` }] : []),
      ...(r.values.stage_id && owners.get(r.values.stage_id as string) !== r.values.development_id
        ? [{ index: r.index, erpCode: r.row.code, field: 'stageCode', code: 'INVALID', message: `A etapa "${r.row.stageCode}" é de outro empreendimento, não de "${r.row.developmentCode}".` }] : []),
    ]);
  },
};

/** R-OPS-3: why the ERP's row of a customer anonymised at their request is refused. */
export const ANONYMISED_CUSTOMER = 'Cliente anonimizado a pedido dele (LGPD): os dados pessoais não voltam pela integração.';

export const customers: KindSpec<CustomerRow> = {
  kind: ErpKind.CUSTOMER,
  table: 'customer',
  // E-mail and phone the ERP may leave out: what the customer has (their login's, an approved change) stays.
  columns: [ofCompany, col('name', 'text'), col('document', 'text'), col('email', 'text', { keep: true }), col('phone', 'text', { keep: true }), col('erp_code', 'text'), ...stamped],
  references: [],
  prepare: (row, on) => ({
    company_id: on.companyId, name: name(row.name), document: parseDocument(row.document ?? '', 'document'),
    email: row.email?.trim() ? normalizeEmail(row.email, 'email') : null, phone: row.phone?.trim() ? parsePhone(row.phone, 'phone') : null,
    erp_code: row.code.trim(), created_at: on.now, updated_at: on.now,
  }),
  // The same CPF/CNPJ twice in a batch, or already another ERP code's customer: refused on the row.
  // R-OPS-3: a customer anonymised at their request (a completed deletion) is refused too, whether
  // the ERP names them by their code or (a record staff registered) by the CPF/CNPJ kept for the
  // retention duty: the ERP's copy would bring back the personal data the deletion removed.
  async check(tx, rows, companyId) {
    const errors: UpsertRowError[] = [];
    const byDocument = new Map<string, Prepared<CustomerRow>>();
    for (const r of rows) {
      const twin = byDocument.get(r.values.document as string);
      if (twin) errors.push({ index: r.index, erpCode: r.row.code, field: 'document', code: 'DUPLICATE', message: `O mesmo CPF/CNPJ da linha ${twin.index} ("${twin.row.code}"): um cliente tem um código só.` });
      else byDocument.set(r.values.document as string, r);
    }
    const anonymised = await query<{ id: string; document: string }>(tx,
      `select c.id, c.document from customer c
        where c.company_id = :company and (c.id = any(cast(:ids as uuid[])) or c.document = any(cast(:documents as text[])))
          and exists (select 1 from deletion_request d where d.customer_id = c.id and d.status = 'COMPLETED')`,
      { company: companyId, ids: rows.map((r) => r.id).filter(Boolean), documents: [...byDocument.keys()] });
    const gone = new Set(rows.filter((r) => anonymised.some((a) => a.id === r.id || a.document === r.values.document)).map((r) => r.index));
    for (const r of rows) if (gone.has(r.index)) errors.push({ index: r.index, erpCode: r.row.code, field: null, code: 'ANONYMISED', message: ANONYMISED_CUSTOMER });
    const taken = await query<{ document: string; code: string }>(tx,
      `select c.document, k.code from customer c join erp_key k on k.entity_id = c.id and k.kind = 'CUSTOMER'
        where c.company_id = :company and c.document = any(cast(:documents as text[]))`, { company: companyId, documents: [...byDocument.keys()] });
    for (const { document, code } of taken) {
      const r = byDocument.get(document)!;
      if (code !== r.row.code.trim() && !gone.has(r.index)) errors.push({ index: r.index, erpCode: r.row.code, field: 'document', code: 'CONFLICT', message: `Este CPF/CNPJ já é do cliente de código "${code}" no ERP.` });
    }
    return errors;
  },
  // A customer staff registered before the ERP named them is the same person: found by CPF/CNPJ.
  async adopt(tx, rows, companyId) {
    const documents = rows.map((r) => parseDocument(r.document, 'document'));
    const found = await query<{ id: string; document: string }>(tx,
      `select c.id, c.document from customer c where c.company_id = :company and c.document = any(cast(:documents as text[]))
          and not exists (select 1 from erp_key k where k.entity_id = c.id)`, { company: companyId, documents });
    const byDocument = new Map(found.map((f) => [f.document, f.id]));
    return new Map(rows.flatMap((r, i) => (byDocument.has(documents[i]!) ? [[r.code.trim(), byDocument.get(documents[i]!)!] as const] : [])));
  },
  // A new customer with an e-mail gets a login (no password: staff send the invitation, R-AUTH-5),
  // unless a login of the company already has that e-mail or that CPF/CNPJ. Three anti-joins by
  // hashes, one pass over the company's logins each, whatever the statistics say: one condition
  // `email = … or document = …`, or a nested loop planned while `account` looked empty (its
  // statistics lag a batch that just added thousands), compared every new customer with every
  // login of the company — 5,000 × 5,000 past the statement timeout (bench:sync's second batch of customers).
  async after(tx, rows, companyId, inserted) {
    await withSettings(tx, { enable_nestloop: 'off' }, () => bound(tx, `insert into account (id, company_id, kind, name, email, document, customer_id, login_active, permissions, created_at, updated_at)
      select gen_random_uuid(), c.company_id, 'CUSTOMER', c.name, c.email, c.document, c.id, true, '{}', now(), now()
        from customer c
       where c.id = any(cast(:ids as uuid[])) and c.company_id = :company and c.email is not null
         and not exists (select 1 from account a where a.company_id = :company and a.customer_id = c.id)
         and not exists (select 1 from account a where a.company_id = :company and a.kind = 'CUSTOMER' and a.email = c.email)
         and not exists (select 1 from account a where a.company_id = :company and a.kind = 'CUSTOMER' and a.document = c.document)`,
    { ids: rows.filter((r) => inserted.has(r.id)).map((r) => r.id), company: companyId }));
    return new Set();
  },
};

export const associationTypes: KindSpec<AssociationTypeRow> = {
  kind: ErpKind.ASSOCIATION_TYPE,
  table: 'association_type',
  columns: [ofCompany, col('name', 'text'), col('sees_units_in_portal', 'boolean'), col('sees_holder_bills', 'boolean'), col('erp_code', 'text')],
  references: [],
  prepare: (row, on) => ({ company_id: on.companyId, name: name(row.name), sees_units_in_portal: row.seesUnitsInPortal, sees_holder_bills: row.seesHolderBills, erp_code: row.code.trim() }),
};

export const reservations: KindSpec<ReservationRow> = {
  kind: ErpKind.RESERVATION,
  table: 'reservation',
  columns: [col('unit_id', 'uuid'), col('holder_id', 'uuid'), col('status', 'reservation_status'), col('erp_code', 'text'), ...created],
  references: [
    { field: 'unitCode', kind: ErpKind.UNIT, required: true, noun: 'a unidade' },
    { field: 'holderCode', kind: ErpKind.CUSTOMER, required: true, noun: 'o cliente titular' },
  ],
  prepare: (row, on) => {
    if (!Object.values(ReservationStatus).includes(row.status)) throw new RowProblem('status', 'INVALID', 'Situação inválida.');
    if ((row.participants?.length ?? 0) > 50) throw new RowProblem('participants', 'TOO_LONG', 'No máximo 50 associados por reserva.');
    return { unit_id: on.ref('unitCode'), holder_id: on.ref('holderCode'), status: row.status, erp_code: row.code.trim(), created_at: on.now };
  },
  // Associates by code: customers and association types that exist, no one twice, never the holder.
  async check(tx, rows, companyId) {
    const withParticipants = rows.filter((r) => r.row.participants);
    if (!withParticipants.length) return [];
    const ids = async (kind: string, codes: string[]) => new Map((await query<{ code: string; entity_id: string }>(tx,
      'select code, entity_id from erp_key where company_id = :company and kind = cast(:kind as erp_kind) and code = any(cast(:codes as text[]))',
      { company: companyId, kind, codes: [...new Set(codes)] })).map((r) => [r.code, r.entity_id]));
    const all = withParticipants.flatMap((r) => r.row.participants!);
    const customersByCode = await ids('CUSTOMER', all.map((p) => p.customerCode.trim()));
    const typesByCode = await ids('ASSOCIATION_TYPE', all.map((p) => p.associationTypeCode.trim()));
    const errors: UpsertRowError[] = [];
    for (const r of withParticipants) {
      const people = new Set<string>();
      r.values.participants = r.row.participants!.flatMap((p, i) => {
        const customer = customersByCode.get(p.customerCode.trim());
        const type = typesByCode.get(p.associationTypeCode.trim());
        const field = `participants.${i}`;
        if (!customer) errors.push({ index: r.index, erpCode: r.row.code, field: `${field}.customerCode`, code: 'NOT_FOUND', message: `Não há cliente com o código "${p.customerCode}" nesta empresa.` });
        else if (!type) errors.push({ index: r.index, erpCode: r.row.code, field: `${field}.associationTypeCode`, code: 'NOT_FOUND', message: `Não há tipo de associação com o código "${p.associationTypeCode}".` });
        else if (customer === r.values.holder_id) errors.push({ index: r.index, erpCode: r.row.code, field: `${field}.customerCode`, code: 'INVALID', message: 'O titular não é associado da própria reserva.' });
        else if (people.has(customer)) errors.push({ index: r.index, erpCode: r.row.code, field: `${field}.customerCode`, code: 'DUPLICATE', message: `O cliente "${p.customerCode}" aparece duas vezes entre os associados.` });
        else {
          people.add(customer);
          return [{ customer, type }];
        }
        return [];
      });
    }
    return errors;
  },
  // The associates sent replace the reservation's: a reservation whose associates changed counts as updated.
  async after(tx, rows) {
    const sent = rows.filter((r) => Array.isArray(r.values.participants));
    if (!sent.length) return new Set();
    const wanted = sent.flatMap((r) => (r.values.participants as { customer: string; type: string }[]).map((p) => ({ reservation: r.id, ...p })));
    const params = { reservations: sent.map((r) => r.id), r: wanted.map((w) => w.reservation), c: wanted.map((w) => w.customer), t: wanted.map((w) => w.type) };
    const removed = await query<{ reservation_id: string }>(tx, `delete from reservation_associate ra where ra.reservation_id = any(cast(:reservations as uuid[]))
        and (ra.reservation_id, ra.customer_id, ra.association_type_id) not in (select * from unnest(cast(:r as uuid[]), cast(:c as uuid[]), cast(:t as uuid[])))
      returning ra.reservation_id`, params);
    const added = await query<{ reservation_id: string }>(tx, `insert into reservation_associate (id, reservation_id, customer_id, association_type_id)
      select gen_random_uuid(), w.r, w.c, w.t from unnest(cast(:r as uuid[]), cast(:c as uuid[]), cast(:t as uuid[])) as w(r, c, t)
       where not exists (select 1 from reservation_associate ra where ra.reservation_id = w.r and ra.customer_id = w.c and ra.association_type_id = w.t)
      returning reservation_id`, params);
    return new Set([...removed, ...added].map((x) => x.reservation_id));
  },
  // R-REQ-7, R-REQ-9: a sale written or changed changes who sees its unit's requests (the holder,
  // associates who see the unit): subscribers hear of each, and the fan-out decides who sees it.
  async announces(tx, changed) {
    return query<RequestChanged>(tx, `select r.id as "requestId", r.company_id as "companyId", r.development_id as "developmentId", r.status_id as "statusId"
        from request r where r.unit_id in (select s.unit_id from reservation s where s.id = any(cast(:ids as uuid[])))`, { ids: changed });
  },
};

export const contractTypes: KindSpec<ContractTypeRow> = {
  kind: ErpKind.CONTRACT_TYPE,
  table: 'contract_type',
  columns: [ofCompany, col('name', 'text'), col('visible_to_customer', 'boolean'), col('erp_code', 'text')],
  references: [],
  prepare: (row, on) => ({ company_id: on.companyId, name: name(row.name), visible_to_customer: row.visibleToCustomer, erp_code: row.code.trim() }),
};

export const contracts: KindSpec<ContractRow> = {
  kind: ErpKind.CONTRACT,
  table: 'contract',
  columns: [col('reservation_id', 'uuid'), col('type_id', 'uuid'), col('title', 'text'), col('signed', 'boolean'), col('validated', 'boolean'), col('signed_at', 'timestamptz'), col('erp_code', 'text'), ...created],
  references: [
    { field: 'saleCode', kind: ErpKind.RESERVATION, required: true, noun: 'a venda (reserva)' },
    { field: 'typeCode', kind: ErpKind.CONTRACT_TYPE, required: true, noun: 'o tipo de contrato' },
  ],
  prepare: (row, on) => ({
    reservation_id: on.ref('saleCode'), type_id: on.ref('typeCode'), title: name(row.title, 'title', 300), signed: row.signed, validated: row.validated,
    signed_at: row.signed ? (row.signedAt ?? null) : null, erp_code: row.code.trim(), created_at: on.now,
  }),
};

export const installmentPlans: KindSpec<InstallmentPlanRow> = {
  kind: ErpKind.INSTALLMENT_PLAN,
  table: 'installment_plan',
  columns: [ofCompany, col('reservation_id', 'uuid'), col('erp_code', 'text'), col('series', 'text'), col('payment_method', 'payment_method'), ...erpCodeColumns, ...stamped],
  // The sale, when the ERP names one of this company's (R-FIN-1 compares all five codes later).
  references: [{ field: 'saleCode', kind: ErpKind.RESERVATION, required: false, noun: 'a venda (reserva)' }],
  prepare: (row, on) => ({
    company_id: on.companyId, reservation_id: on.ref('saleCode'), erp_code: row.code.trim(), series: name(row.series, 'series', 100),
    payment_method: row.paymentMethod ?? PaymentMethod.BOLETO, ...erpCodes(row), created_at: on.now, updated_at: on.now,
  }),
  financeOf: async (tx, changed) => (await bound<{ sale: string }>(tx, 'select distinct reservation_id as sale from installment_plan where id = any(cast(:ids as uuid[])) and reservation_id is not null', { ids: changed })).map((r) => r.sale),
};

export const installments: KindSpec<InstallmentRow> = {
  kind: ErpKind.INSTALLMENT,
  table: 'installment',
  columns: [ofCompany, col('plan_id', 'uuid'), col('erp_code', 'text'), col('number', 'integer'), col('due_date', 'date'), col('amount_cents', 'bigint'), col('paid_cents', 'bigint'), col('paid_at', 'date'), ...erpCodeColumns, ...stamped],
  references: [{ field: 'planCode', kind: ErpKind.INSTALLMENT_PLAN, required: true, noun: 'o plano de parcelas' }],
  prepare: (row, on) => {
    const paid = cents(row.paidAmount, 'paidAmount', false);
    const paidAt = date(row.paidAt, 'paidAt');
    if ((paid === null) !== (paidAt === null)) throw new RowProblem(paid === null ? 'paidAmount' : 'paidAt', 'REQUIRED', 'Informe o valor pago e a data do pagamento juntos.');
    if (!Number.isInteger(row.number) || row.number < 0 || row.number > 10_000) throw new RowProblem('number', 'INVALID', 'O número da parcela vai de 0 a 10.000.');
    return {
      company_id: on.companyId, plan_id: on.ref('planCode'), erp_code: row.code.trim(), number: row.number, due_date: date(row.dueDate, 'dueDate', true),
      amount_cents: cents(row.amount, 'amount'), paid_cents: paid, paid_at: paidAt, ...erpCodes(row), created_at: on.now, updated_at: on.now,
    };
  },
  // The sales of the plans the changed installments are in (a few hundred plans for thousands of installments).
  financeOf: async (tx, changed, rows) => {
    const ids = new Set(changed);
    const plans = [...new Set(rows.filter((r) => ids.has(r.id)).map((r) => r.values.plan_id as string))];
    return (await bound<{ sale: string }>(tx, 'select distinct reservation_id as sale from installment_plan where id = any(cast(:plans as uuid[])) and reservation_id is not null', { plans })).map((r) => r.sale);
  },
};

export const bills: KindSpec<BillRow> = {
  kind: ErpKind.BILL,
  table: 'bill',
  columns: [
    ofCompany, col('erp_code', 'text'), col('installment_id', 'uuid'), col('reservation_id', 'uuid'), col('customer_id', 'uuid'), col('due_date', 'date'), col('amount_cents', 'bigint'),
    col('digitable_line', 'text'), col('pix_code', 'text'), col('status', 'bill_status'), col('superseded_by_id', 'uuid'), col('payer', 'bill_payer'),
    col('finance_request_id', 'uuid'), ...erpCodeColumns, ...stamped,
  ],
  references: [
    { field: 'installmentCode', kind: ErpKind.INSTALLMENT, required: false, noun: 'a parcela' },
    { field: 'saleCode', kind: ErpKind.RESERVATION, required: false, noun: 'a venda (reserva)' },
    { field: 'customerCode', kind: ErpKind.CUSTOMER, required: false, noun: 'o cliente' },
    { field: 'supersededByCode', kind: ErpKind.BILL, required: false, noun: 'o boleto que substitui este' },
  ],
  prepare: (row, on) => {
    const dueDate = date(row.dueDate, 'dueDate', true)!;
    const amountCents = cents(row.amount, 'amount')!;
    // R-FIN-8: the line's check digits, its due-date factor (restarted at 1000 on 2025-02-22) and its value, against the bill's own.
    const line = verifyBill({ line: row.digitableLine ?? '', dueDate, amountCents });
    if (!line.ok) throw new RowProblem(line.field === 'digitableLine' ? 'digitableLine' : line.field === 'dueDate' ? 'dueDate' : 'amount', 'INVALID', line.reason);
    let pix: string | null = null;
    if (row.pixCode?.trim()) {
      const parsed = parsePixCode(row.pixCode);
      if (!parsed.ok) throw new RowProblem('pixCode', 'INVALID', `Código PIX copia e cola inválido: ${parsed.reason}`);
      pix = parsed.code;
    }
    if (!Object.values(BillStatus).includes(row.status)) throw new RowProblem('status', 'INVALID', 'Situação inválida.');
    if (row.payer && !Object.values(BillPayer).includes(row.payer)) throw new RowProblem('payer', 'INVALID', 'Quem paga: CUSTOMER (cliente) ou BUILDER (construtora).');
    if (row.supersededByCode?.trim() === row.code.trim()) throw new RowProblem('supersededByCode', 'INVALID', 'Um boleto não substitui a si mesmo.');
    const request = row.portalRequestId?.trim() || null;
    if (request && !UUID.test(request)) throw new RowProblem('portalRequestId', 'INVALID', 'O pedido do portal é o portalRequestId da mensagem da fila, como veio.');
    return {
      company_id: on.companyId, erp_code: row.code.trim(), installment_id: on.ref('installmentCode'), reservation_id: on.ref('saleCode'), customer_id: on.ref('customerCode'),
      due_date: dueDate, amount_cents: amountCents, digitable_line: line.digits, pix_code: pix, status: row.status,
      superseded_by_id: on.ref('supersededByCode'), payer: row.payer ?? BillPayer.CUSTOMER, finance_request_id: request, ...erpCodes(row), created_at: on.now, updated_at: on.now,
    };
  },
  // The portal's request a bill answers must be one of this company's.
  async check(tx, rows, companyId) {
    const asked = rows.filter((r) => r.values.finance_request_id);
    if (!asked.length) return [];
    const known = new Set((await query<{ id: string }>(tx, 'select id from finance_request where company_id = :companyId and id = any(cast(:ids as uuid[]))',
      { companyId, ids: asked.map((r) => r.values.finance_request_id) })).map((r) => r.id));
    return asked.filter((r) => !known.has(r.values.finance_request_id as string)).map((r) => ({
      index: r.index, erpCode: r.row.code, field: 'portalRequestId', code: 'NOT_FOUND', message: 'Nenhum pedido do portal desta empresa tem este portalRequestId.',
    }));
  },
  // A bill naming a portal request answers it: the portal stops showing "emitindo".
  async after(tx, rows, companyId) {
    const answered = rows.filter((r) => r.values.finance_request_id);
    if (answered.length) {
      await query(tx, `update finance_request fr set status = 'ISSUED', bill_id = x.bill_id, issued_at = now()
          from unnest(cast(:requests as uuid[]), cast(:bills as uuid[])) as x(request_id, bill_id)
         where fr.id = x.request_id and fr.company_id = :companyId and fr.status = 'PENDING'`,
        { requests: answered.map((r) => r.values.finance_request_id), bills: answered.map((r) => r.id), companyId });
    }
    return new Set<string>();
  },
  financeOf: async (tx, changed) => (await query<{ sale: string }>(tx, `select distinct ${billSaleSql('bl')} as sale from bill bl where bl.id = any(cast(:ids as uuid[]))`, { ids: changed }))
    .map((r) => r.sale).filter(Boolean),
};

export const billingBlocks: KindSpec<BillingBlockRow> = {
  kind: ErpKind.BILLING_BLOCK,
  table: 'billing_block',
  columns: [ofCompany, col('development_id', 'uuid'), col('block_id', 'uuid'), col('reason', 'text'), col('source', 'billing_block_source'), col('erp_code', 'text'), col('active', 'boolean'), ...created],
  references: [
    { field: 'developmentCode', kind: ErpKind.DEVELOPMENT, required: true, noun: 'o empreendimento' },
    { field: 'blockCode', kind: ErpKind.BLOCK, required: false, noun: 'o bloco' },
  ],
  prepare: (row, on) => ({
    company_id: on.companyId, development_id: on.ref('developmentCode'), block_id: on.ref('blockCode'), reason: text(row.reason, 'reason', 500)!,
    source: 'ERP', erp_code: row.code.trim(), active: row.active, created_at: on.now,
  }),
  // A block belongs to its development.
  async check(tx, rows) {
    const withBlock = rows.filter((r) => r.values.block_id);
    if (!withBlock.length) return [];
    const blocks = new Map((await query<{ id: string; development_id: string }>(tx, 'select id, development_id from block where id = any(cast(:ids as uuid[]))', { ids: withBlock.map((r) => r.values.block_id) }))
      .map((b) => [b.id, b.development_id]));
    return withBlock.filter((r) => blocks.get(r.values.block_id as string) !== r.values.development_id).map((r) => ({
      index: r.index, erpCode: r.row.code, field: 'blockCode', code: 'INVALID', message: 'O bloco não é deste empreendimento.',
    }));
  },
  financeOf: async (tx, changed) => (await query<{ id: string }>(tx, `select r.id from billing_block bb join unit u on u.development_id = bb.development_id and (bb.block_id is null or u.block_id = bb.block_id)
      join reservation r on r.unit_id = u.id where bb.id = any(cast(:ids as uuid[]))`, { ids: changed })).map((r) => r.id),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const KINDS = {
  developments, blocks, stages, units, customers, associationTypes, reservations, contractTypes, contracts, installmentPlans, installments, bills, billingBlocks,
} as const;
