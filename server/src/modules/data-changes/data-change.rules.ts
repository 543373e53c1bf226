import { listEn, say, type Said } from '../../locale.js';
import { dateTimeText, listOf } from '../../pt-br.js';
import { DataChangeApproval } from '../company/company.entity.js';
import { evaluate, type Check } from '../visibility/explain.js';
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
  fields: Said[];
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

const APPROVAL_NAME: Record<DataChangeApproval, Said> = { MANUAL: say('manual', 'manual'), AUTOMATIC: say('automática', 'automatic') };

/** "A alteração de 31/03/2027 às 14:05 (Telefone e CEP)" — the change named by when it was sent and what it changes. */
const what = (f: DataChangeFacts) => say(
  `A alteração de ${dateTimeText(f.createdAt)} (${listOf(f.fields.map((x) => x.pt))})`,
  `The change of ${dateTimeText(f.createdAt, 'at')} (${listEn(f.fields.map((x) => x.en))})`,
);
const by = (f: DataChangeFacts) => say(f.decidedByName ? ` por ${f.decidedByName}` : '', f.decidedByName ? ` by ${f.decidedByName}` : '');
const on = (f: DataChangeFacts) => say(f.decidedAt ? ` em ${dateTimeText(f.decidedAt)}` : '', f.decidedAt ? ` on ${dateTimeText(f.decidedAt, 'at')}` : '');
const open = (f: DataChangeFacts, label: Said) => ({ screen: FixScreen.DATA_CHANGE, id: f.id, label });

/** R-DATA-2: the company's approval mode; under MANUAL a pending change waits for an ADMIN. */
export const approvalRule: DataChangeRule = {
  id: 'R-DATA-2',
  label: say('O modo de aprovação das alterações cadastrais (manual ou automático) não deixa a alteração esperando', 'The approval mode of registration changes (manual or automatic) does not leave the change waiting'),
  check: (f) => {
    const mode = say(`A empresa usa aprovação ${APPROVAL_NAME[f.approval].pt}`, `The company uses ${APPROVAL_NAME[f.approval].en} approval`);
    if (f.approval === DataChangeApproval.AUTOMATIC) {
      return pass(say(`${mode.pt}: cada alteração vai para o cadastro assim que o cliente a envia, exceto quando o e-mail proposto já é de outro cliente.`,
        `${mode.en}: each change reaches the record as soon as the customer sends it, except when the proposed e-mail is already another customer's.`));
    }
    if (f.status !== DataChangeStatus.PENDING) return pass(say(`${mode.pt}: cada alteração espera um administrador aprová-la.`, `${mode.en}: each change waits for an administrator to approve it.`));
    return fail(say(`${mode.pt}: a alteração fica pendente até um administrador aprová-la.`, `${mode.en}: the change stays pending until an administrator approves it.`), {
      screen: FixScreen.COMPANY_SETTINGS, id: f.companyId, setting: 'dataChangeApproval',
      label: say('Rever o modo de aprovação das alterações cadastrais', 'Review the approval mode of registration changes'),
    });
  },
};

/** R-DATA-4: only an approved change reaches the customer record; the others say why not, in words, with dates. */
export const appliedRule: DataChangeRule = {
  id: 'R-DATA-4',
  label: say('A alteração foi aprovada e está no cadastro do cliente', 'The change was approved and is in the customer\'s record'),
  check: (f): RuleOutcome => {
    const [change, who, when] = [what(f), by(f), on(f)];
    switch (f.status) {
      case DataChangeStatus.APPROVED:
        return pass(f.decidedByName
          ? say(`${change.pt} foi aprovada${who.pt}${when.pt} e está no cadastro.`, `${change.en} was approved${who.en}${when.en} and is in the record.`)
          : say(`${change.pt} foi aplicada automaticamente${when.pt} e está no cadastro.`, `${change.en} was applied automatically${when.en} and is in the record.`));
      case DataChangeStatus.PENDING:
        return fail(say(`${change.pt} está pendente: nenhum administrador a aprovou ou recusou ainda.`, `${change.en} is pending: no administrator has approved or rejected it yet.`),
          open(f, say('Aprovar, corrigir ou recusar a alteração', 'Approve, correct or reject the change')));
      case DataChangeStatus.REJECTED:
        return fail(say(`${change.pt} foi recusada${who.pt}${when.pt}. Motivo, que o cliente vê: "${f.rejectionReason ?? ''}". Para mudar os dados, o cliente envia uma nova alteração.`,
          `${change.en} was rejected${who.en}${when.en}. Reason, which the customer sees: "${f.rejectionReason ?? ''}". To change the details, the customer sends a new change.`),
          open(f, say('Ver a alteração recusada', 'See the rejected change')));
      case DataChangeStatus.INACTIVE:
        return fail(f.supersededBy
          ? say(`${change.pt} foi substituída pela alteração de ${dateTimeText(f.supersededBy.createdAt)}, que o cliente enviou depois: só a mais nova pode ser aprovada.`,
            `${change.en} was replaced by the change of ${dateTimeText(f.supersededBy.createdAt, 'at')}, which the customer sent later: only the newest can be approved.`)
          : say(`${change.pt} foi substituída por uma alteração mais nova do cliente.`, `${change.en} was replaced by a newer change of the customer's.`),
          { ...open(f, say('Ver a alteração mais nova', 'See the newer change')), id: f.supersededBy?.id ?? f.id });
      case DataChangeStatus.DELETED:
        return fail(say(`${change.pt} foi excluída${who.pt}${when.pt}: não vai para o cadastro.`, `${change.en} was deleted${who.en}${when.en}: it does not reach the record.`),
          open(f, say('Ver a alteração excluída', 'See the deleted change')));
    }
  },
};

/** R-DATA-5: approving a change made against an older version of the record answers CONFLICT. */
export const conflictRule: DataChangeRule = {
  id: 'R-DATA-5',
  label: say('O cadastro não mudou desde o pedido (aprovar não dá conflito)', 'The record has not changed since the request (approving meets no conflict)'),
  check: (f) =>
    f.baseVersion === f.customerVersion
      ? pass(say('O cadastro do cliente não mudou desde o pedido: aprovar não dá conflito.', 'The customer\'s record has not changed since the request: approving meets no conflict.'))
      : fail(say('O cadastro do cliente mudou depois do pedido (outra alteração aprovada ou uma atualização do ERP): aprovar agora dá conflito e mostra os valores atuais para conferir.',
          'The customer\'s record changed after the request (another approved change or an ERP update): approving now meets a conflict and shows the current values to check.'),
          open(f, say('Conferir os valores atuais e aprovar', 'Check the current values and approve'))),
};

/** R-DATA-2 (decision, issue 8): a proposed e-mail that is another customer's login waits for an ADMIN, even under AUTOMATIC. */
export const emailRule: DataChangeRule = {
  id: 'R-DATA-2',
  label: say('O e-mail proposto não é de outro cliente', 'The proposed e-mail is not another customer\'s'),
  check: (f) => {
    if (!f.proposesEmail) return pass(say('A alteração não muda o e-mail.', 'The change does not touch the e-mail.'));
    if (!f.emailInUse) return pass(say('O e-mail proposto não é usado por outro cliente.', 'No other customer uses the proposed e-mail.'));
    return fail(say('O e-mail proposto já é o login de outro cliente da empresa: a alteração espera um administrador corrigi-la, mesmo com aprovação automática (o cliente não fica sabendo do conflito).',
      'The proposed e-mail is already another customer\'s login at the company: the change waits for an administrator to correct it, even under automatic approval (the customer is not told about the clash).'),
      open(f, say('Corrigir o e-mail proposto', 'Correct the proposed e-mail')));
  },
};

/**
 * Every check for a customer's recent requests, newest first: the newest is judged by every rule
 * (conflict and e-mail only while it is pending: they are what approving it would meet), each
 * older one by whether it reached the record. `applied`: the newest reached the record.
 */
export function dataChangeChecks(requests: DataChangeFacts[], approval: { approval: DataChangeApproval; companyId: string }): { checks: Check[]; applied: boolean } {
  const [newest, ...older] = requests;
  if (!newest) {
    const mode = APPROVAL_NAME[approval.approval];
    return {
      applied: false,
      checks: [
        { ruleId: 'R-DATA-2', label: approvalRule.label, passed: true, detail: say(`A empresa usa aprovação ${mode.pt}.`, `The company uses ${mode.en} approval.`), fix: null },
        {
          ruleId: 'R-DATA-1', label: say('O cliente pediu uma alteração cadastral', 'The customer asked for a registration change'), passed: false, fix: null,
          detail: say('O cliente não pediu nenhuma alteração cadastral: cada mudança que ele faz em "Meus dados" vira um pedido, listado aqui.',
            'The customer has not asked for any registration change: each change they make in "My details" becomes a request, listed here.'),
        },
      ],
    };
  }
  const rules = newest.status === DataChangeStatus.PENDING ? [approvalRule, appliedRule, conflictRule, emailRule] : [approvalRule, appliedRule];
  const current = evaluate(rules, newest);
  return { checks: [...current, ...older.flatMap((r) => evaluate([appliedRule], r))], applied: current.every((c) => c.passed) };
}
