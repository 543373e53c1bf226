/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, GraphQLEnumType, GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiCallOutcomeLabel, ERP_FIELDS, ERP_VALUE_LABELS, rowErrorLabel } from '../../i18n/labels';
import { describeErpRow, erpFieldPathLabel, erpValueText } from '../erp-row';

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '..', '..', '..', '..', 'schema', 'schema.graphql'), 'utf8'));

describe('R-SYNC-4: a refused row reads in words, never as JSON', () => {
  it('the demo\'s refused unit: label: value pairs in the label table\'s order, the refused field marked', () => {
    const row = { name: 'Apto 301', developmentCode: 'EMP-009', code: 'UN-C-301' };
    expect(describeErpRow('pt-BR', 'UNIT', row, 'developmentCode')).toEqual([
      { field: 'code', label: 'Código no ERP', value: 'UN-C-301', refused: false },
      { field: 'name', label: 'Nome', value: 'Apto 301', refused: false },
      { field: 'developmentCode', label: 'Empreendimento (código no ERP)', value: 'EMP-009', refused: true },
    ]);
    expect(describeErpRow('en', 'UNIT', row, null).map((p) => `${p.label}: ${p.value}`)).toEqual(['ERP code: UN-C-301', 'Name: Apto 301', 'Development (ERP code): EMP-009']);
  });

  it('values as Brazilians write them: dates, money, CPF, phone, yes/no, and codes by their label', () => {
    expect(erpValueText('pt-BR', 'INSTALLMENT', 'dueDate', '2027-03-31')).toBe('31/03/2027');
    expect(erpValueText('pt-BR', 'BILL', 'amount', '1234.56')).toBe('R$ 1.234,56');
    expect(erpValueText('pt-BR', 'BILL', 'amount', '12,34')).toBe('12,34');
    expect(erpValueText('pt-BR', 'CUSTOMER', 'document', '52998224725')).toBe('529.982.247-25');
    expect(erpValueText('pt-BR', 'CUSTOMER', 'phone', '11987654321')).toBe('(11) 98765-4321');
    expect(erpValueText('pt-BR', 'CONTRACT', 'signed', true)).toBe('Sim');
    expect(erpValueText('en', 'CONTRACT', 'validated', false)).toBe('No');
    expect(erpValueText('pt-BR', 'RESERVATION', 'status', 'SOLD')).toBe('Vendida');
    expect(erpValueText('pt-BR', 'DEVELOPMENT', 'kind', 'WORK')).toBe('Obra');
    expect(erpValueText('pt-BR', 'DEVELOPMENT', 'status', 'PAUSED')).toBe('Paralisada');
    expect(erpValueText('en', 'BILL', 'status', 'PAID')).toBe('Paid');
    expect(erpValueText('pt-BR', 'INSTALLMENT_PLAN', 'paymentMethod', 'CARD')).toBe('Cartão');
    expect(erpValueText('pt-BR', 'BILL', 'status', 'LOST')).toBe('“LOST”');
    expect(erpValueText('pt-BR', 'UNIT', 'blockCode', null)).toBe('—');
    expect(erpValueText('pt-BR', 'INSTALLMENT', 'number', 1200)).toBe('1.200');
  });

  it('a reservation\'s associates: each by its fields\' labels', () => {
    const participants = [{ customerCode: 'C-1', associationTypeCode: 'CONJ' }, { customerCode: 'C-2', associationTypeCode: 'FIA' }];
    expect(erpValueText('pt-BR', 'RESERVATION', 'participants', participants)).toBe(
      'nº 1: Cliente (código no ERP): C-1 · Tipo de associação (código no ERP): CONJ; nº 2: Cliente (código no ERP): C-2 · Tipo de associação (código no ERP): FIA',
    );
    expect(erpValueText('pt-BR', 'RESERVATION', 'participants', [])).toBe('vazio');
    expect(describeErpRow('pt-BR', 'RESERVATION', { code: 'V-1', participants }, 'participants.1.customerCode').find((p) => p.field === 'participants')?.refused).toBe(true);
  });

  it('the refused value reads exactly as the ERP sent it (an impossible date, a CPF), the others formatted', () => {
    const pairs = describeErpRow('pt-BR', 'CUSTOMER', { code: 'CLI-1', document: '11111111111', phone: '11987654321' }, 'document');
    expect(pairs.find((p) => p.field === 'document')).toMatchObject({ value: '“11111111111”', refused: true });
    expect(pairs.find((p) => p.field === 'phone')?.value).toBe('(11) 98765-4321');
    const bill = describeErpRow('pt-BR', 'BILL', { code: 'B-1', dueDate: '2026-02-30', amount: '10.5' }, 'dueDate');
    expect(bill.find((p) => p.field === 'dueDate')?.value).toBe('“2026-02-30”');
    expect(bill.find((p) => p.field === 'amount')?.value).toMatch(/R\$\s10,50/);
  });

  it('the refused field\'s path in words; an unknown field reads "Outro campo", never its name', () => {
    expect(erpFieldPathLabel('pt-BR', 'developmentCode')).toBe('Empreendimento (código no ERP)');
    expect(erpFieldPathLabel('pt-BR', 'participants.0.customerCode')).toBe('Associados › nº 1 › Cliente (código no ERP)');
    expect(erpFieldPathLabel('pt-BR', null)).toBeNull();
    expect(erpFieldPathLabel('en', 'someNewField')).toBe('Other field');
    expect(describeErpRow('pt-BR', 'UNIT', null)).toEqual([]);
    expect(describeErpRow('pt-BR', 'UNIT', ['x'])).toEqual([]);
  });

  it('every field of every row input the ERP sends has a label in pt-BR and English', () => {
    const fields = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type instanceof GraphQLInputObjectType && /Row$/.test(type.name)) for (const name of Object.keys(type.getFields())) fields.add(name);
    }
    expect(fields.size).toBeGreaterThan(30);
    expect([...fields].filter((f) => !ERP_FIELDS[f]?.['pt-BR'] || !ERP_FIELDS[f]?.en)).toEqual([]);
  });

  it('the row enums the app shows only inside a refused row have every value labelled', () => {
    for (const name of ['BillStatus', 'PaymentMethod'] as const) {
      const type = schema.getType(name);
      expect(type).toBeInstanceOf(GraphQLEnumType);
      const missing = (type as GraphQLEnumType).getValues().map((v) => v.name).filter((v) => !ERP_VALUE_LABELS[name][v]?.['pt-BR'] || !ERP_VALUE_LABELS[name][v]?.en);
      expect(missing, name).toEqual([]);
    }
  });
});

describe('R-SYNC-1: an API call\'s outcome and a row\'s refusal in words', () => {
  it('labels the codes the server sends, and never shows one it does not know', () => {
    expect(apiCallOutcomeLabel('pt-BR', 'OK')).toBe('Concluída');
    expect(apiCallOutcomeLabel('en', 'RATE_LIMITED')).toBe('Refused: call limit reached');
    expect(apiCallOutcomeLabel('pt-BR', 'SOMETHING_NEW')).toBe('Recusada (outro motivo)');
    expect(rowErrorLabel('pt-BR', 'NOT_FOUND')).toBe('Referência a um código que não existe');
    expect(rowErrorLabel('en', 'DUPLICATE')).toBe('Code repeated in the batch');
    expect(rowErrorLabel('en', 'WHATEVER')).toBe('Refused (other reason)');
  });

  it('every outcome code the server can log has a label (the codes of its error mapper and limits)', () => {
    const root = resolve(import.meta.dirname, '..', '..', '..', '..', 'server', 'src');
    const files = ['graphql/format-error.ts', 'graphql/limits/query-limit-error.ts', 'graphql/limits/cost.ts', 'domain-errors.ts', 'modules/integration/rate-limit.ts'];
    const sources = files.map((f) => readFileSync(resolve(root, f), 'utf8')).join('\n');
    // `code: 'X'`, `super('X'`, `new QueryLimitError('X'`, and the union of limit codes.
    const codes = new Set([...sources.matchAll(/(?:code: |super\(|Error\(\s*|\| |= )'([A-Z][A-Z_]{2,})'/g)].map((m) => m[1]!));
    expect(codes).toContain('RATE_LIMITED');
    expect(codes).toContain('QUERY_TOO_COMPLEX');
    expect([...codes].filter((c) => apiCallOutcomeLabel('pt-BR', c) === 'Recusada (outro motivo)')).toEqual([]);
  });
});
