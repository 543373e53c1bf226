/**
 * R-OPS-3: the GraphQL operations the export runs, as the customer, against the one schema — the
 * portal's own root fields, so the copy holds exactly what the portal shows this customer and
 * nothing the rules hide (a test validates every document against the schema).
 */

const BILL = `fragment ExportBill on BillView {
  id dueDate amount { amount currency } status digitableLine pixCode superseded current standalone markedPaidAt pdfUrl proofUrl
}`;

const MONEY_SUMMARY = `total { amount } paid { amount } toPay { amount } overdue { amount } paidCount openCount overdueCount nextDueDate`;

export const EXPORT_DOCUMENTS = {
  menus: `query ExportMenus { myMenus { menu visible } }`,
  cadastro: `query ExportProfile {
    me {
      id name email kind createdAt dataConfirmedAt loginActive portalPermissions
      customer {
        id name document email phone postalCode street streetNumber complement district city state addressConfirmedAt
        customFieldValues { field label value }
      }
    }
  }`,
  endereco: `query ExportAddress { myAddressStatus { address confirmedAt } }`,
  unidades: `query ExportUnits($withContracts: Boolean!) {
    myUnits {
      id name deliveryForecast
      development { id name } block { id name } stage { id name }
      contracts @include(if: $withContracts) { id title signed signedAt documentUrl type { id name } }
      documents { id title category createdAt url }
    }
  }`,
  financeiro: `query ExportFinance($unitId: ID!) {
    unitFinance(unitId: $unitId) {
      unitId notice
      sales {
        reservationId holder notice statementUrl taxYears
        summary { ${MONEY_SUMMARY} }
        plans {
          id series paymentMethod cardLabel
          installments {
            id number dueDate amount { amount currency } paidAmount { amount } paidAt state receiptUrl
            currentBill { ...ExportBill } replacedBills { ...ExportBill }
          }
        }
        standaloneBills { ...ExportBill }
        pendingRequests { id kind status createdAt total { amount } presentValue { amount } }
      }
    }
  }
  ${BILL}`,
  listaDePedidos: `query ExportRequestList($after: String) { myRequests(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
  pedido: `query ExportRequest($id: ID!) {
    request(id: $id) {
      id number kind createdAt finishedAt cancelled description openedByName ratingScore ratingComment ratedAt
      status { name isFinal } subsubject { name } unit { id name } commonArea { id name } location { id name }
      photos { id name contentType url }
      history { at comment changedByName toStatus { name } }
      messages { id body createdAt authorKind authorName mine photos { id name contentType url } }
    }
  }`,
  faleConosco: `query ExportContact {
    myContactMessages { id subject body status createdAt updatedAt unitName developmentName type { name } opinions { status text createdAt } }
  }`,
  agendamentos: `query ExportAppointments {
    myAppointments { id kind status unitName developmentName cancelReason cancelledByStaff slot { day time durationMinutes startsAt } }
  }`,
  pesquisas: `query ExportSurveys { mySurveyAnswers { id surveyTitle answeredAt answers { question answer } } }`,
  consentimentos: `query ExportConsents {
    myConsents { purpose granted text textVersion outdated grantedAt source revokedAt history { textVersion source grantedAt revokedAt revokedSource } }
  }`,
  preferenciasDeAviso: `query ExportNotificationPreferences { myNotificationPreferences { email whatsapp whatsappConsent push frequency workLog emailAddress whatsappNumber } }`,
  aparelhosComNotificacoes: `query ExportPushDevices { myPushDevices { label serviceOrigin createdAt lastSuccessAt } }`,
  alteracoesCadastrais: `query ExportDataChanges { myDataChangeRequests { id status createdAt decidedAt rejectionReason fields { field label original proposed } } }`,
  indicacoes: `query ExportReferrals { myReferrals { id friendName phone email developmentName consentAt createdAt } }`,
  cartoes: `query ExportCards { myPaymentCards { brand last4 expMonth expYear } }`,
  acessosAosDados: `query ExportAccessLog($after: String) {
    myDataAccessLog(first: 100, after: $after) { nodes { at event who byStaff what readKind } pageInfo { hasNextPage endCursor } }
  }`,
  pedidosDeExclusao: `query ExportDeletion {
    myDeletionRequests { id status reason requestedAt decidedAt refusalReason retainedUntil retained { kind description legalBasis retainUntil } }
  }`,
} as const;

export type ExportDocumentName = keyof typeof EXPORT_DOCUMENTS;
