import { BUILT_IN_FIELDS, isBuiltIn } from './modules/data-changes/data-fields.js';
import { PORTAL_SETTINGS } from './modules/portal/portal-settings.js';

/**
 * How a person names each argument and input field of the API (STYLE, "Words": an error names the
 * field by its label). Messages say the label; `extensions.field` keeps the machine name for the
 * client to put the error on its input. `__tests__/field-labels.test.ts` walks the schema and fails
 * on an argument or input field missing here.
 */
const FIELD_LABELS: Record<string, string> = {
  // Registration data (R-DATA-1) and the portal's settings, from their own catalogs.
  ...BUILT_IN_FIELDS,
  ...Object.fromEntries(PORTAL_SETTINGS.map((s) => [s.key, s.label])),
  finishedAssistanceSlaUnit: 'Unidade do SLA da exibição de assistência finalizada',
  // R-SYNC: what the ERP sends.
  amount: 'Valor',
  billId: 'Boleto',
  cardId: 'Cartão',
  cvv: 'Código de segurança (CVV)',
  expMonth: 'Mês de validade',
  expYear: 'Ano de validade',
  holderName: 'Nome impresso no cartão',
  method: 'Forma de pagamento',
  planId: 'Plano de parcelas',
  proofFileId: 'Comprovante',
  blockId: 'Bloco',
  cardPaymentAllowed: 'Pagamento com cartão de crédito',
  overdueBlocksBills: 'Regra de inadimplência',
  prepaymentAllowed: 'Antecipação de parcelas',
  prepaymentMethod: 'Método de desconto da antecipação',
  prepaymentRateBasisPoints: 'Taxa de desconto da antecipação',
  secondCopyAllowed: '2ª via pelo portal',
  installmentId: 'Parcela',
  installmentIds: 'Parcelas',
  payer: 'Quem paga',
  portalRequestId: 'Pedido do portal',
  reservationId: 'Compra',
  year: 'Ano',
  associationTypeCode: 'Código do tipo de associação',
  blockCode: 'Código do bloco',
  code: 'Código no ERP',
  codes: 'Códigos do ERP',
  companyCode: 'Código da empresa no ERP',
  customerCode: 'Código do cliente',
  developmentCode: 'Código do empreendimento',
  digitableLine: 'Linha digitável',
  dueDate: 'Vencimento',
  holderCode: 'Código do titular',
  idempotencyKey: 'Chave de idempotência',
  ids: 'Mensagens',
  installmentCode: 'Código da parcela',
  note: 'Observação',
  number: 'Número da parcela',
  paidAmount: 'Valor pago',
  paidAt: 'Data do pagamento',
  participants: 'Associados',
  paymentMethod: 'Forma de pagamento',
  pixCode: 'PIX copia e cola',
  planCode: 'Código do plano de parcelas',
  rows: 'Linhas do lote',
  runId: 'Sincronização',
  saleCode: 'Código da venda',
  scopes: 'Escopos',
  series: 'Série',
  signedAt: 'Assinado em',
  stageCode: 'Código da etapa',
  supersededByCode: 'Código do boleto que substitui este',
  title: 'Título',
  tokenId: 'Token',
  typeCode: 'Código do tipo de contrato',
  unitCode: 'Código da unidade',
  accountId: 'Acesso',
  action: 'Ação',
  active: 'Ativo',
  appliesTo: 'Onde se aplica',
  actorId: 'Quem fez',
  after: 'Posição na lista',
  allowAssistanceRequests: 'Permite abrir assistências pelo portal',
  allowServiceRequests: 'Permite abrir atendimentos pelo portal',
  changes: 'Alterações',
  comment: 'Comentário público',
  commonAreaId: 'Área comum',
  commonAreas: 'Áreas comuns',
  confirmName: 'Nome do portal',
  contractId: 'Contrato',
  corrected: 'Valores corrigidos',
  currentPassword: 'Senha atual',
  customerId: 'Cliente',
  dataChange: 'Alteração cadastral',
  deliveryDate: 'Data de entrega',
  description: 'Descrição',
  developmentId: 'Empreendimento',
  developmentIds: 'Empreendimentos',
  developmentStatus: 'Situação da obra',
  document: 'CPF/CNPJ',
  domainId: 'Endereço (domínio)',
  expectedStatusId: 'Situação que você via',
  expiresAt: 'Validade',
  field: 'Campo',
  filter: 'Filtros',
  first: 'Itens por página',
  from: 'De',
  hostname: 'Endereço (domínio)',
  id: 'Registro',
  input: 'Dados enviados',
  invite: 'Enviar convite',
  isFinal: 'Situação final (Fim)',
  isInitial: 'Situação inicial',
  key: 'Chave',
  kind: 'Tipo',
  label: 'Nome',
  locationId: 'Local da unidade',
  login: 'E-mail ou CPF/CNPJ',
  menu: 'Menu',
  mode: 'Aprovação de alterações cadastrais',
  newPassword: 'Nova senha',
  open: 'Em aberto ou finalizados',
  password: 'Senha',
  permissions: 'Permissões',
  portalDisplayName: 'Nome de exibição no portal',
  displayName: 'Nome de exibição',
  displayNamesByPortal: 'Nomes de exibição por portal',
  fileId: 'Arquivo',
  portalId: 'Portal',
  position: 'Posição',
  reason: 'Motivo',
  requestId: 'Pedido',
  role: 'Papel',
  search: 'Busca',
  seenVersion: 'Versão do cadastro conferida',
  seesHolderBills: 'Vê boletos do titular',
  seesUnitsInPortal: 'Visualiza unidades no portal',
  showFinishedInPortal: 'Exibir assistência com situação Fim',
  signed: 'Assinado',
  slug: 'Nome curto (endereço)',
  status: 'Situação',
  statusId: 'Situação',
  subjectId: 'Assunto',
  subsubjectId: 'Detalhe do assunto',
  syndicId: 'Síndico',
  target: 'O quê',
  targetId: 'Objeto',
  targetType: 'Tipo de objeto',
  to: 'Até',
  token: 'Código do link',
  tokenDelivery: 'Entrega da sessão',
  type: 'Tipo',
  unitId: 'Unidade',
  validated: 'Validado',
  validationDays: 'Dias para validar',
  value: 'Valor',
  visibleToCustomer: 'Exibir ao cliente',
  workflowId: 'Workflow',
};

/** Whether `name` (an argument or input field) has a label. */
export const hasFieldLabel = (name: string): boolean => Object.hasOwn(FIELD_LABELS, name);

/**
 * The label of a field path as errors name it: `email`, `input.description`, `changes.0.value`,
 * or a registration field `changes.phone` / `changes.custom.<key>` (then "Campo personalizado":
 * its label lives in the company's data). Undefined when unknown.
 */
export function fieldLabel(path: string | undefined | null): string | undefined {
  if (!path) return undefined;
  const data = /^(?:changes|corrected)\.(?!\d+(?:\.|$))(.+)$/.exec(path)?.[1];
  if (data) return isBuiltIn(data) ? BUILT_IN_FIELDS[data] : data.startsWith('custom.') ? 'Campo personalizado' : undefined;
  const name = path.split('.').findLast((part) => !/^\d+$/.test(part));
  return name && hasFieldLabel(name) ? FIELD_LABELS[name] : undefined;
}

/** `Descrição: texto longo demais…` — a message about a field, led by its label (or alone, capitalised, when it has none). */
export function aboutField(path: string | undefined | null, message: string): string {
  const label = fieldLabel(path);
  if (!label) return message.charAt(0).toUpperCase() + message.slice(1);
  // "Informe…" reads "informe…" after the label; "CEP…" stays as written.
  const lead = /^\p{Lu}\p{Ll}/u.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
  return `${label}: ${lead}`;
}
