import { dateTimeText, listOf } from '../../pt-br.js';
import { DataChangeApproval } from '../company/company.entity.js';
import { evaluate, type RuleCheck } from '../visibility/explain.js';
import { fail, FixScreen, pass, type Rule, type RuleOutcome } from '../visibility/rule.js';
import { DataChangeStatus } from './data-change-request.entity.js';

/**
 * SPEC §6 for the explainer: "why wasn't my registration change applied?". A registration change
 * is not a list anyone is filtered on (the customer lists all of theirs), so, like the menu rules,
 * these have only the check face; approving (data-change.service.ts) enforces the same conditions.
 */

/** One of the customer's registration-change requests, with what decides whether it reached the record. */
export interface DataChangeFacts {
  id: string;
  status: DataChangeStatus;
  createdAt: Date;
  /** The labels of the fields it changes ("Telefone", "CEP"…). */
  fields: string[];
  decidedAt: Date | null;
  /** Who approved, rejected or deleted it; null when approved automatically. */
  decidedByName: string | null;
  rejectionReason: string | null;
  /** The newer request that replaced it (INACTIVE). */
  supersededBy: { id: string; createdAt: Date } | null;
  /** The customer record version it was made against, and the record's version now (R-DATA-5). */
  baseVersion: number;
  customerVersion: number;
  proposesEmail: boolean;
  /** The proposed e-mail is another customer's login. */
  emailInUse: boolean;
  /** The company's approval mode (R-DATA-2). */
  approval: DataChangeApproval;
  companyId: string;
}

type DataChangeRule = Pick<Rule<DataChangeFacts>, 'id' | 'label' | 'check'>;

const APPROVAL_NAME: Record<DataChangeApproval, string> = { MANUAL: 'manual', AUTOMATIC: 'automática' };

const what = (f: DataChangeFacts) => `A alteração de ${dateTimeText(f.createdAt)} (${listOf(f.fields)})`;
const by = (f: DataChangeFacts) => (f.decidedByName ? ` por ${f.decidedByName}` : '');
const on = (f: DataChangeFacts) => (f.decidedAt ? ` em ${dateTimeText(f.decidedAt)}` : '');
const open = (f: DataChangeFacts, label: string) => ({ screen: FixScreen.DATA_CHANGE, id: f.id, label });

/** R-DATA-2: the company's approval mode; under MANUAL a pending change waits for an ADMIN. */
export const approvalRule: DataChangeRule = {
  id: 'R-DATA-2',
  label: 'O modo de aprovação das alterações cadastrais (manual ou automático) não deixa a alteração esperando',
  check: (f) => {
    const mode = `A empresa usa aprovação ${APPROVAL_NAME[f.approval]}`;
    if (f.approval === DataChangeApproval.AUTOMATIC) {
      return pass(`${mode}: cada alteração vai para o cadastro assim que o cliente a envia, exceto quando o e-mail proposto já é de outro cliente.`);
    }
    if (f.status !== DataChangeStatus.PENDING) return pass(`${mode}: cada alteração espera um administrador aprová-la.`);
    return fail(`${mode}: a alteração fica pendente até um administrador aprová-la.`, {
      screen: FixScreen.COMPANY_SETTINGS, id: f.companyId, label: 'Rever o modo de aprovação das alterações cadastrais', setting: 'dataChangeApproval',
    });
  },
};

/** R-DATA-4: only an approved change reaches the customer record; the others say why not, in words, with dates. */
export const appliedRule: DataChangeRule = {
  id: 'R-DATA-4',
  label: 'A alteração foi aprovada e está no cadastro do cliente',
  check: (f): RuleOutcome => {
    switch (f.status) {
      case DataChangeStatus.APPROVED:
        return pass(f.decidedByName
          ? `${what(f)} foi aprovada${by(f)}${on(f)} e está no cadastro.`
          : `${what(f)} foi aplicada automaticamente${on(f)} e está no cadastro.`);
      case DataChangeStatus.PENDING:
        return fail(`${what(f)} está pendente: nenhum administrador a aprovou ou recusou ainda.`, open(f, 'Aprovar, corrigir ou recusar a alteração'));
      case DataChangeStatus.REJECTED:
        return fail(`${what(f)} foi recusada${by(f)}${on(f)}. Motivo, que o cliente vê: "${f.rejectionReason ?? ''}". Para mudar os dados, o cliente envia uma nova alteração.`,
          open(f, 'Ver a alteração recusada'));
      case DataChangeStatus.INACTIVE:
        return fail(f.supersededBy
          ? `${what(f)} foi substituída pela alteração de ${dateTimeText(f.supersededBy.createdAt)}, que o cliente enviou depois: só a mais nova pode ser aprovada.`
          : `${what(f)} foi substituída por uma alteração mais nova do cliente.`,
          { ...open(f, 'Ver a alteração mais nova'), id: f.supersededBy?.id ?? f.id });
      case DataChangeStatus.DELETED:
        return fail(`${what(f)} foi excluída${by(f)}${on(f)}: não vai para o cadastro.`, open(f, 'Ver a alteração excluída'));
    }
  },
};

/** R-DATA-5: approving a change made against an older version of the record answers CONFLICT. */
export const conflictRule: DataChangeRule = {
  id: 'R-DATA-5',
  label: 'O cadastro não mudou desde o pedido (aprovar não dá conflito)',
  check: (f) =>
    f.baseVersion === f.customerVersion
      ? pass('O cadastro do cliente não mudou desde o pedido: aprovar não dá conflito.')
      : fail('O cadastro do cliente mudou depois do pedido (outra alteração aprovada ou uma atualização do ERP): aprovar agora dá conflito e mostra os valores atuais para conferir.',
          open(f, 'Conferir os valores atuais e aprovar')),
};

/** R-DATA-2 (decision, issue 8): a proposed e-mail that is another customer's login waits for an ADMIN, even under AUTOMATIC. */
export const emailRule: DataChangeRule = {
  id: 'R-DATA-2',
  label: 'O e-mail proposto não é de outro cliente',
  check: (f) => {
    if (!f.proposesEmail) return pass('A alteração não muda o e-mail.');
    if (!f.emailInUse) return pass('O e-mail proposto não é usado por outro cliente.');
    return fail('O e-mail proposto já é o login de outro cliente da empresa: a alteração espera um administrador corrigi-la, mesmo com aprovação automática (o cliente não fica sabendo do conflito).',
      open(f, 'Corrigir o e-mail proposto'));
  },
};

/**
 * Every check for a customer's recent requests, newest first: the newest is judged by every rule
 * (conflict and e-mail only while it is pending: they are what approving it would meet), each
 * older one by whether it reached the record. `applied`: the newest reached the record.
 */
export function dataChangeChecks(requests: DataChangeFacts[], approval: { approval: DataChangeApproval; companyId: string }): { checks: RuleCheck[]; applied: boolean } {
  const [newest, ...older] = requests;
  if (!newest) {
    const mode = APPROVAL_NAME[approval.approval];
    return {
      applied: false,
      checks: [
        { ruleId: 'R-DATA-2', label: approvalRule.label, passed: true, detail: `A empresa usa aprovação ${mode}.`, fix: null },
        { ruleId: 'R-DATA-1', label: 'O cliente pediu uma alteração cadastral', passed: false, detail: 'O cliente não pediu nenhuma alteração cadastral: cada mudança que ele faz em "Meus dados" vira um pedido, listado aqui.', fix: null },
      ],
    };
  }
  const rules = newest.status === DataChangeStatus.PENDING ? [approvalRule, appliedRule, conflictRule, emailRule] : [approvalRule, appliedRule];
  const current = evaluate(rules, newest);
  return { checks: [...current, ...older.flatMap((r) => evaluate([appliedRule], r))], applied: current.every((c) => c.passed) };
}
