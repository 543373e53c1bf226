/**
 * R-SYNC-1..4: the explorer's ready-made operations, one per operation an API token may call, in
 * the order an ERP's night runs them. Plain strings on purpose: codegen reads the admin app's
 * `graphql(...)` documents, and these are not the app's. A test (`__tests__/examples.test.ts`)
 * validates each one, and its variables, against the committed schema, so a schema change that
 * breaks an example fails loudly.
 *
 * The data is a small sale of the Residencial Jardim das Flores: one development, block, stage and
 * unit, a holder and her spouse, a contract, a plan with one installment and its bill (a linha
 * digitável and a PIX copia e cola whose check digits hold).
 */

export interface Example {
  /** Stable name: the tab's operation name and the test's label. */
  id: string;
  title: string;
  /** What it does and what to change before running it. */
  description: string;
  query: string;
  variables?: Record<string, unknown>;
}

const RESULT = `    applied
    replayed
    inserted
    updated
    unchanged
    runId
    errors { index erpCode field code message }`;

/** A batch mutation of one kind, with the whole result. */
const upsert = (operation: string, mutation: string, input: string) => `# Tudo ou nada: uma linha recusada não grava nada, e "errors" diz qual e por quê.
# Reenviar com a mesma idempotencyKey devolve o resultado guardado (replayed: true).
mutation ${operation}($input: ${input}!) {
  ${mutation}(input: $input) {
${RESULT}
  }
}`;

/**
 * R-FIN-1: the five ERP codes a plan, an installment or a bill carries — the company's (as its ADMIN
 * set it in Integrações; the demo's is HZN), the development's, the unit's, the holder's and the
 * sale's: the customer sees the record only when all five are those of its sale.
 */
const SALE_CODES = { companyCode: 'HZN', developmentCode: 'EMP-JDF', unitCode: 'EMP-JDF-TA-101', customerCode: 'CLI-4471', saleCode: 'VENDA-2026-0193' };

/** An idempotency key that says what the batch is and when it was made (the ERP's own rule). */
const key = (what: string) => `${what}-2026-12-04-lote-1`;

export const EXAMPLES: Example[] = [
  {
    id: 'ConferirToken',
    title: 'Conferir o token',
    description: 'Quem está chamando: o nome do token, os escopos e a empresa (ele só vê e grava dados dela), com o código da empresa no ERP que planos, parcelas e boletos trazem em companyCode.',
    query: `query ConferirToken {
  tokenInfo {
    name
    scopes
    companyName
    companyErpCode
  }
}`,
  },
  {
    id: 'AbrirSincronizacao',
    title: 'Abrir uma sincronização',
    description: 'Abre a sincronização da carga (uma por vez na empresa). Guarde o id: passe-o como runId em cada lote e para encerrar.',
    query: `mutation AbrirSincronizacao($note: String) {
  openSyncRun(note: $note) {
    id
    status
    startedAt
    startedBy
  }
}`,
    variables: { note: 'Carga noturna do ERP — 04/12/2026' },
  },
  {
    id: 'GravarEmpreendimentos',
    title: 'Empreendimentos',
    description: 'Grava empreendimentos (ou obras) pelo código do ERP. Troque runId pelo id da sincronização aberta, ou deixe null.',
    query: upsert('GravarEmpreendimentos', 'upsertDevelopments', 'DevelopmentBatch'),
    variables: {
      input: {
        idempotencyKey: key('empreendimentos'),
        runId: null,
        rows: [{ code: 'EMP-JDF', name: 'Residencial Jardim das Flores', kind: 'DEVELOPMENT', status: 'IN_PROGRESS', deliveryDate: '2027-06-30' }],
      },
    },
  },
  {
    id: 'GravarBlocos',
    title: 'Blocos (torres) e quadras',
    description: 'Cada bloco diz o código do seu empreendimento.',
    query: upsert('GravarBlocos', 'upsertBlocks', 'BlockBatch'),
    variables: {
      input: { idempotencyKey: key('blocos'), runId: null, rows: [{ code: 'EMP-JDF-TA', developmentCode: 'EMP-JDF', name: 'Torre A' }] },
    },
  },
  {
    id: 'GravarEtapas',
    title: 'Etapas',
    description: 'Etapas de um empreendimento, pelo código do empreendimento.',
    query: upsert('GravarEtapas', 'upsertStages', 'StageBatch'),
    variables: {
      input: { idempotencyKey: key('etapas'), runId: null, rows: [{ code: 'EMP-JDF-E1', developmentCode: 'EMP-JDF', name: 'Etapa 1' }] },
    },
  },
  {
    id: 'GravarUnidades',
    title: 'Unidades e lotes',
    description: 'Unidades com empreendimento, bloco e etapa pelos códigos do ERP.',
    query: upsert('GravarUnidades', 'upsertUnits', 'UnitBatch'),
    variables: {
      input: {
        idempotencyKey: key('unidades'),
        runId: null,
        rows: [{ code: 'EMP-JDF-TA-101', developmentCode: 'EMP-JDF', blockCode: 'EMP-JDF-TA', stageCode: 'EMP-JDF-E1', name: 'Apto 101' }],
      },
    },
  },
  {
    id: 'GravarClientes',
    title: 'Clientes',
    description: 'CPF ou CNPJ conferido pelos dígitos. Um cliente novo com e-mail ganha um acesso sem senha: a equipe envia o convite.',
    query: upsert('GravarClientes', 'upsertCustomers', 'CustomerBatch'),
    variables: {
      input: {
        idempotencyKey: key('clientes'),
        runId: null,
        rows: [
          { code: 'CLI-4471', name: 'Mariana Souza Lima', document: '123.456.789-09', email: 'mariana.lima@exemplo.com.br', phone: '(11) 98765-4321' },
          { code: 'CLI-4472', name: 'Rafael Lima Carvalho', document: '481.706.295-94', email: null, phone: '(11) 3456-7890' },
        ],
      },
    },
  },
  {
    id: 'GravarTiposDeAssociacao',
    title: 'Tipos de associação',
    description: 'Cônjuge, fiador, procurador…: o que cada associado de uma reserva vê no portal.',
    query: upsert('GravarTiposDeAssociacao', 'upsertAssociationTypes', 'AssociationTypeBatch'),
    variables: {
      input: {
        idempotencyKey: key('tipos-de-associacao'),
        runId: null,
        rows: [{ code: 'CONJUGE', name: 'Cônjuge', seesHolderBills: true, seesUnitsInPortal: true }],
      },
    },
  },
  {
    id: 'GravarReservas',
    title: 'Reservas (vendas) com associados',
    description: 'A unidade, o titular, a situação e os associados (a lista substitui a anterior). Uma reserva SOLD mostra a unidade no portal.',
    query: upsert('GravarReservas', 'upsertReservations', 'ReservationBatch'),
    variables: {
      input: {
        idempotencyKey: key('reservas'),
        runId: null,
        rows: [
          {
            code: 'VENDA-2026-0193',
            unitCode: 'EMP-JDF-TA-101',
            holderCode: 'CLI-4471',
            status: 'SOLD',
            participants: [{ customerCode: 'CLI-4472', associationTypeCode: 'CONJUGE' }],
          },
        ],
      },
    },
  },
  {
    id: 'GravarTiposDeContrato',
    title: 'Tipos de contrato',
    description: 'Os tipos de contrato e se o cliente os vê.',
    query: upsert('GravarTiposDeContrato', 'upsertContractTypes', 'ContractTypeBatch'),
    variables: {
      input: {
        idempotencyKey: key('tipos-de-contrato'),
        runId: null,
        rows: [{ code: 'CCV', name: 'Contrato de compra e venda', visibleToCustomer: true }],
      },
    },
  },
  {
    id: 'GravarContratos',
    title: 'Contratos',
    description: 'O contrato de uma venda, pelo código da venda e do tipo; assinado e validado.',
    query: upsert('GravarContratos', 'upsertContracts', 'ContractBatch'),
    variables: {
      input: {
        idempotencyKey: key('contratos'),
        runId: null,
        rows: [
          {
            code: 'CTR-2026-0193',
            saleCode: 'VENDA-2026-0193',
            typeCode: 'CCV',
            title: 'Contrato de compra e venda — Apto 101, Torre A',
            signed: true,
            signedAt: '2026-11-20T14:30:00Z',
            validated: true,
          },
        ],
      },
    },
  },
  {
    id: 'GravarPlanosDeParcelas',
    title: 'Planos de parcelas',
    description: 'A série ("Mensais", "Chaves"…) e a forma de pagamento, com os cinco códigos do ERP da venda (R-FIN-1: o cliente só vê o que traz os códigos da empresa — o companyCode que o administrador cadastrou em Integrações, "Conferir o token" mostra —, do empreendimento, da unidade, do titular e da venda).',
    query: upsert('GravarPlanosDeParcelas', 'upsertInstallmentPlans', 'InstallmentPlanBatch'),
    variables: {
      input: {
        idempotencyKey: key('planos'),
        runId: null,
        rows: [
          {
            code: 'PLANO-0193-MENSAIS',
            series: 'Mensais',
            paymentMethod: 'BOLETO',
            companyCode: 'HZN',
            developmentCode: 'EMP-JDF',
            unitCode: 'EMP-JDF-TA-101',
            customerCode: 'CLI-4471',
            saleCode: 'VENDA-2026-0193',
          },
        ],
      },
    },
  },
  {
    id: 'GravarParcelas',
    title: 'Parcelas',
    description: 'Vencimento (aaaa-mm-dd) e valor em reais como texto decimal com ponto ("1234.56"); pagamento quando houver; os cinco códigos da venda, como no plano (R-FIN-1).',
    query: upsert('GravarParcelas', 'upsertInstallments', 'InstallmentBatch'),
    variables: {
      input: {
        idempotencyKey: key('parcelas'),
        runId: null,
        rows: [
          { code: 'PARC-0193-012', planCode: 'PLANO-0193-MENSAIS', number: 12, dueDate: '2027-01-10', amount: '1234.56', ...SALE_CODES },
          { code: 'PARC-0193-011', planCode: 'PLANO-0193-MENSAIS', number: 11, dueDate: '2026-12-10', amount: '1234.56', paidAmount: '1234.56', paidAt: '2026-12-08', ...SALE_CODES },
        ],
      },
    },
  },
  {
    id: 'GravarBoletos',
    title: 'Boletos',
    description: 'O boleto de uma parcela (sem installmentCode, é um boleto avulso): linha digitável e PIX copia e cola conferidos pelos dígitos; os cinco códigos da venda, como no plano (R-FIN-1).',
    query: upsert('GravarBoletos', 'upsertBills', 'BillBatch'),
    variables: {
      input: {
        idempotencyKey: key('boletos'),
        runId: null,
        rows: [
          {
            code: 'BOL-0193-012',
            installmentCode: 'PARC-0193-012',
            dueDate: '2027-01-10',
            amount: '1234.56',
            status: 'OPEN',
            digitableLine: '00190.00009 01234.567897 00000.000174 1 16870000123456',
            pixCode: '00020126490014br.gov.bcb.pix0127financeiro@horizonte.com.br52040000530398654071234.565802BR5923HORIZONTE INCORPORADORA6009SAO PAULO62150511PARC00120276304AAB7',
            ...SALE_CODES,
          },
        ],
      },
    },
  },
  {
    id: 'GravarBloqueiosDeEmissao',
    title: 'Bloqueios de emissão',
    description: 'R-FIN-10: suspende a emissão de boletos num empreendimento (ou num bloco dele), com o motivo que o cliente lê no portal; active: false retira o bloqueio.',
    query: upsert('GravarBloqueiosDeEmissao', 'upsertBillingBlocks', 'BillingBlockBatch'),
    variables: {
      input: {
        idempotencyKey: key('bloqueios'),
        runId: null,
        rows: [{ code: 'BLQ-0007', developmentCode: 'EMP-JDF', blockCode: 'EMP-JDF-TA', reason: 'Obra em renegociação com o banco financiador.', active: true }],
      },
    },
  },
  {
    id: 'LerFilaDeSaida',
    title: 'Ler a fila de saída',
    description: 'As mensagens para o ERP ainda não confirmadas (ex.: alterações cadastrais aprovadas), na ordem em que foram geradas.',
    query: `query LerFilaDeSaida($first: Int, $after: String) {
  outbox(first: $first, after: $after) {
    nodes {
      id
      topic
      createdAt
      payload
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { first: 50, after: null },
  },
  {
    id: 'ConfirmarFilaDeSaida',
    title: 'Confirmar mensagens da fila',
    description: 'Depois de gravar no ERP, confirme pelos ids lidos na fila; confirmar de novo não faz nada. Troque os ids pelos da leitura.',
    query: `mutation ConfirmarFilaDeSaida($ids: [ID!]!) {
  acknowledgeOutbox(ids: $ids)
}`,
    variables: { ids: ['cole-aqui-o-id-da-mensagem'] },
  },
  {
    id: 'EncerrarSincronizacao',
    title: 'Encerrar a sincronização',
    description: 'Encerra como concluída (SUCCEEDED) ou com falha (FAILED). Troque o id pelo devolvido ao abrir.',
    query: `mutation EncerrarSincronizacao($id: ID!, $status: SyncRunStatus!) {
  closeSyncRun(id: $id, status: $status) {
    id
    status
    finishedAt
    batches
    inserted
    updated
    unchanged
    failedRows
  }
}`,
    variables: { id: 'cole-aqui-o-id-da-sincronizacao', status: 'SUCCEEDED' },
  },
  {
    id: 'ListarSincronizacoes',
    title: 'Listar as sincronizações',
    description: 'As sincronizações da empresa, mais recentes primeiro, com situação, início, fim e contagens.',
    query: `query ListarSincronizacoes($first: Int, $status: SyncRunStatus) {
  syncRuns(first: $first, status: $status) {
    nodes {
      id
      status
      note
      startedBy
      startedAt
      finishedAt
      batches
      inserted
      updated
      failedRows
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { first: 10, status: null },
  },
  {
    id: 'ErrosDaSincronizacao',
    title: 'Erros de uma sincronização',
    description: 'As linhas recusadas de uma sincronização, com o motivo e a linha como foi enviada. Troque o id.',
    query: `query ErrosDaSincronizacao($id: ID!) {
  syncRun(id: $id) {
    status
    failedRows
    errors(first: 50) {
      nodes { kind erpCode rowIndex field code message row }
    }
  }
}`,
    variables: { id: 'cole-aqui-o-id-da-sincronizacao' },
  },
  {
    id: 'ConferirCodigos',
    title: 'Conferir códigos do ERP',
    description: 'Quais códigos do ERP o Habite conhece, de um tipo, em ordem de código (para reconciliar depois de uma carga com falha).',
    query: `query ConferirCodigos($kind: ErpKind!, $codes: [String!]) {
  erpRecords(kind: $kind, codes: $codes, first: 100) {
    nodes { kind code id }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { kind: 'UNIT', codes: ['EMP-JDF-TA-101'] },
  },
];

/** The variables editor's text for an example. */
export const variablesText = (example: Example): string => (example.variables ? JSON.stringify(example.variables, null, 2) : '');
