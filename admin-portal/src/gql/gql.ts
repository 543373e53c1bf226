/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      required\n    }\n  }\n": typeof types.MyTwoFactorDocument,
    "mutation StartTwoFactorEnrolment { startTwoFactorEnrolment { secret otpauthUri qrCodeSvg } }": typeof types.StartTwoFactorEnrolmentDocument,
    "mutation ConfirmTwoFactorEnrolment($twoFactorCode: String!) { confirmTwoFactorEnrolment(twoFactorCode: $twoFactorCode) }": typeof types.ConfirmTwoFactorEnrolmentDocument,
    "mutation RegenerateRecoveryCodes($twoFactorCode: String!) { regenerateRecoveryCodes(twoFactorCode: $twoFactorCode) }": typeof types.RegenerateRecoveryCodesDocument,
    "mutation DisableTwoFactor($twoFactorCode: String!) { disableTwoFactor(twoFactorCode: $twoFactorCode) }": typeof types.DisableTwoFactorDocument,
    "\n  query StaffViewer {\n    me {\n      id\n      name\n      kind\n      staffRole\n      permissions\n      developments {\n        id\n      }\n    }\n  }\n": typeof types.StaffViewerDocument,
    "\n  mutation StaffSignOut {\n    signOut\n  }\n": typeof types.StaffSignOutDocument,
    "\n  subscription StaffSessionEvents {\n    sessionEvents {\n      kind\n    }\n  }\n": typeof types.StaffSessionEventsDocument,
    "\n  query Audit($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actorLabel\n        targetType\n        targetLabel\n        impactSummary\n        before\n        after\n        references {\n          id\n          name\n        }\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditDocument,
    "\n  query AuditVocabulary {\n    portalSettingsCatalog {\n      key\n      label\n    }\n    customFields {\n      id\n      key\n      label\n    }\n  }\n": typeof types.AuditVocabularyDocument,
    "\n  mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.StaffAcceptInvitationDocument,
    "\n  mutation StaffSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.StaffSignInDocument,
    "\n  query Config {\n    me {\n      id\n      company {\n        id\n        dataChangeApproval\n      }\n    }\n    associationTypes {\n      id\n      name\n      seesUnitsInPortal\n      seesHolderBills\n    }\n    contractTypes {\n      id\n      name\n      visibleToCustomer\n    }\n    portals {\n      id\n      name\n    }\n    service: requestSubjects(kind: SERVICE) {\n      ...ConfigSubject\n    }\n    assistance: requestSubjects(kind: ASSISTANCE) {\n      ...ConfigSubject\n    }\n    workflows {\n      id\n      kind\n      name\n      showFinishedInPortal\n      dueHours\n      statuses {\n        id\n        name\n        isFinal\n        isInitial\n        position\n      }\n    }\n    customFields {\n      id\n      key\n      label\n      type\n      active\n    }\n  }\n": typeof types.ConfigDocument,
    "\n  fragment ConfigSubject on Subject {\n    id\n    name\n    active\n    appliesTo\n    subsubjects {\n      id\n      name\n      portalDisplayName\n      displayNamesByPortal {\n        portalId\n        displayName\n      }\n      active\n    }\n  }\n": typeof types.ConfigSubjectFragmentDoc,
    "mutation SaveAssociationType($input: AssociationTypeInput!) { saveAssociationType(input: $input) { id } }": typeof types.SaveAssociationTypeDocument,
    "mutation SaveContractType($input: ContractTypeInput!) { saveContractType(input: $input) { id } }": typeof types.SaveContractTypeDocument,
    "mutation SaveSubject($input: SubjectInput!) { saveSubject(input: $input) { id } }": typeof types.SaveSubjectDocument,
    "mutation SaveSubsubject($input: SubsubjectInput!) { saveSubsubject(input: $input) { id } }": typeof types.SaveSubsubjectDocument,
    "mutation SaveWorkflow($input: WorkflowInput!) { saveWorkflow(input: $input) { id } }": typeof types.SaveWorkflowDocument,
    "mutation SaveWorkflowStatus($input: WorkflowStatusInput!) { saveWorkflowStatus(input: $input) { id } }": typeof types.SaveWorkflowStatusDocument,
    "mutation SaveCustomField($input: CustomFieldInput!) { saveCustomField(input: $input) { id } }": typeof types.SaveCustomFieldDocument,
    "mutation SetDataChangeApproval($mode: DataChangeApproval!) { setDataChangeApproval(mode: $mode) { id dataChangeApproval } }": typeof types.SetDataChangeApprovalDocument,
    "\n  query Contract($id: ID!) {\n    contract(id: $id) {\n      id\n      title\n      signed\n      validated\n      signedAt\n      documentUrl\n      document {\n        id\n        name\n        size\n        url\n      }\n      type {\n        id\n        name\n        visibleToCustomer\n      }\n      unit {\n        id\n        name\n      }\n      occurrences {\n        id\n        kind\n        description\n        at\n      }\n    }\n  }\n": typeof types.ContractDocument,
    "\n  mutation SetContractDocument($contractId: ID!, $fileId: ID) {\n    setContractDocument(contractId: $contractId, fileId: $fileId) {\n      id\n    }\n  }\n": typeof types.SetContractDocumentDocument,
    "\n  mutation SetContractStatus($input: ContractStatusInput!) {\n    setContractStatus(input: $input) {\n      id\n      signed\n      validated\n    }\n  }\n": typeof types.SetContractStatusDocument,
    "\n  query ContactInbox($filter: ContactFilter, $after: String) {\n    contactMessages(filter: $filter, first: 30, after: $after) {\n      nodes {\n        id\n        subject\n        status\n        createdAt\n        updatedAt\n        customerName\n        unitName\n        blockName\n        developmentName\n        type {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ContactInboxDocument,
    "\n  query ContactFilterOptions {\n    developments {\n      id\n      name\n      blocks {\n        id\n        name\n      }\n    }\n    contactTypes {\n      id\n      name\n    }\n    customers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ContactFilterOptionsDocument,
    "\n  query ContactMessage($id: ID!) {\n    contactMessage(id: $id) {\n      id\n      subject\n      body\n      status\n      createdAt\n      customerId\n      customerName\n      unitName\n      blockName\n      developmentName\n      type {\n        id\n        name\n      }\n      opinions {\n        id\n        status\n        text\n        visibleToCustomer\n        createdAt\n        authorName\n      }\n    }\n  }\n": typeof types.ContactMessageDocument,
    "\n  mutation AddOpinion($input: AddOpinionInput!) {\n    addOpinion(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AddOpinionDocument,
    "\n  query ContactTypesConfig {\n    contactTypes {\n      id\n      name\n      active\n      position\n    }\n  }\n": typeof types.ContactTypesConfigDocument,
    "\n  mutation SaveContactType($input: ContactTypeInput!) {\n    saveContactType(input: $input) {\n      id\n      name\n      active\n      position\n    }\n  }\n": typeof types.SaveContactTypeDocument,
    "\n  query AccountDetail($id: ID!) {\n    account(id: $id) {\n      ...LoginStatus\n      name\n      kind\n      customer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccountDetailDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      document\n      email\n      phone\n      city\n      state\n      account {\n        ...LoginStatus\n      }\n      participations {\n        role\n        associationType {\n          id\n          name\n        }\n        reservation {\n          id\n          status\n          contracts {\n            id\n            title\n          }\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n    requests(filter: { customerId: $id }, first: 20) {\n      nodes {\n        id\n        number\n        kind\n        status {\n          id\n          name\n        }\n        subsubject {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CustomerDocument,
    "mutation StartViewAs($id: ID!) { startViewAsClient(customerId: $id) }": typeof types.StartViewAsDocument,
    "\n  query Customers($search: String) {\n    customers(search: $search, first: 50) {\n      nodes {\n        id\n        name\n        document\n        email\n        account {\n          id\n          loginActive\n        }\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  fragment LoginStatus on Account {\n    id\n    email\n    loginActive\n    deactivatedAt\n    deactivatedBy {\n      id\n      name\n    }\n  }\n": typeof types.LoginStatusFragmentDoc,
    "mutation ReactivateLogin($id: ID!) { reactivateLogin(accountId: $id) { id loginActive } }": typeof types.ReactivateLoginDocument,
    "mutation SendInvitation($id: ID!) { sendInvitation(accountId: $id) { id } }": typeof types.SendInvitationDocument,
    "\n  fragment DataChangeFields on DataChangeRequest {\n    id\n    status\n    createdAt\n    rejectionReason\n    decidedByName\n    baseVersion\n    emailInUse\n    customer {\n      id\n      name\n      version\n    }\n    fields {\n      field\n      label\n      original\n      proposed\n      changed\n    }\n  }\n": typeof types.DataChangeFieldsFragmentDoc,
    "\n  query DataChanges($filter: DataChangeFilter) {\n    dataChangeRequests(filter: $filter, first: 50) {\n      nodes {\n        ...DataChangeFields\n      }\n    }\n    developments {\n      id\n      name\n    }\n  }\n": typeof types.DataChangesDocument,
    "\n  query LinkedDataChange($id: ID!) {\n    dataChangeRequest(id: $id) {\n      ...DataChangeFields\n    }\n  }\n": typeof types.LinkedDataChangeDocument,
    "mutation ApproveDataChange($id: ID!, $corrected: [FieldValueInput!], $seenVersion: Int) { approveDataChange(id: $id, corrected: $corrected, seenVersion: $seenVersion) { id status } }": typeof types.ApproveDataChangeDocument,
    "mutation RejectDataChange($id: ID!, $reason: String!) { rejectDataChange(id: $id, reason: $reason) { id status } }": typeof types.RejectDataChangeDocument,
    "mutation DeleteDataChange($id: ID!) { deleteDataChange(id: $id) { id status } }": typeof types.DeleteDataChangeDocument,
    "\n  query DevelopmentDocuments($id: ID!) {\n    development(id: $id) {\n      id\n      blocks {\n        id\n        name\n      }\n      documents {\n        id\n        title\n        category\n        url\n        block {\n          id\n          name\n        }\n        unitName\n        file {\n          id\n          size\n        }\n      }\n    }\n  }\n": typeof types.DevelopmentDocumentsDocument,
    "\n  mutation AddDevelopmentDocument($input: AddDevelopmentDocumentInput!) {\n    addDevelopmentDocument(input: $input) {\n      id\n    }\n  }\n": typeof types.AddDevelopmentDocumentDocument,
    "\n  mutation RemoveDevelopmentDocument($id: ID!) {\n    removeDevelopmentDocument(id: $id)\n  }\n": typeof types.RemoveDevelopmentDocumentDocument,
    "\n  query DevelopmentsFull {\n    developments {\n      id\n      name\n      kind\n      deliveryDate\n      status\n      allowServiceRequests\n      allowAssistanceRequests\n      blocks {\n        id\n        name\n        active\n      }\n      stages {\n        id\n        name\n        active\n      }\n      commonAreas {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DevelopmentsFullDocument,
    "mutation UpdateDevelopment($input: DevelopmentSettingsInput!) { updateDevelopment(input: $input) { id } }": typeof types.UpdateDevelopmentDocument,
    "mutation SetBlockActive($id: ID!, $active: Boolean!) { setBlockActive(id: $id, active: $active) { id active } }": typeof types.SetBlockActiveDocument,
    "mutation SetStageActive($id: ID!, $active: Boolean!) { setStageActive(id: $id, active: $active) { id active } }": typeof types.SetStageActiveDocument,
    "\n  query Developments {\n    developments {\n      id\n      name\n      kind\n      deliveryDate\n      allowServiceRequests\n      allowAssistanceRequests\n    }\n  }\n": typeof types.DevelopmentsDocument,
    "\n  query SyndicFiles($id: ID!) {\n    development(id: $id) {\n      id\n      syndicFiles {\n        ...SyndicFileRow\n      }\n      syndics {\n        id\n        name\n        files {\n          ...SyndicFileRow\n        }\n      }\n    }\n  }\n": typeof types.SyndicFilesDocument,
    "\n  fragment SyndicFileRow on SyndicFile {\n    id\n    name\n    url\n    file {\n      id\n      size\n    }\n  }\n": typeof types.SyndicFileRowFragmentDoc,
    "\n  mutation AddSyndicFile($input: AddSyndicFileInput!) {\n    addSyndicFile(input: $input) {\n      id\n    }\n  }\n": typeof types.AddSyndicFileDocument,
    "\n  mutation RemoveSyndicFile($id: ID!) {\n    removeSyndicFile(id: $id)\n  }\n": typeof types.RemoveSyndicFileDocument,
    "\n  query ExplainerOptions($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      participations {\n        unit {\n          id\n          name\n        }\n        reservation {\n          id\n          contracts {\n            id\n            title\n          }\n        }\n      }\n    }\n    requests(filter: { customerId: $customerId }, first: 50) {\n      nodes {\n        id\n        number\n        subsubject {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExplainerOptionsDocument,
    "\n  query ExplainerCustomers($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        document\n      }\n    }\n  }\n": typeof types.ExplainerCustomersDocument,
    "\n  query ExplainerSyndics {\n    developments {\n      id\n      name\n      syndics {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ExplainerSyndicsDocument,
    "\n  query ExplainerSyndicRequests($developmentId: ID!) {\n    requests(filter: { developmentId: $developmentId }, first: 50) {\n      nodes {\n        id\n        number\n        subsubject {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        commonArea {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExplainerSyndicRequestsDocument,
    "\n  query Explain($input: ExplainVisibilityInput!) {\n    explainVisibility(input: $input) {\n      visible\n      subject\n      hostname\n      portal {\n        id\n        name\n      }\n      checks {\n        ruleId\n        label\n        passed\n        detail\n        fix {\n          screen\n          id\n          label\n          setting\n        }\n      }\n    }\n  }\n": typeof types.ExplainDocument,
    "\n  query CustomerExtras($id: ID!) {\n    customer(id: $id) {\n      id\n      addressConfirmedAt\n      participations {\n        unit {\n          id\n          development {\n            id\n            name\n          }\n        }\n      }\n    }\n    customerPendingDocumentation(customerId: $id) {\n      id\n      kind\n      description\n      developmentName\n      createdAt\n      resolvedAt\n    }\n  }\n": typeof types.CustomerExtrasDocument,
    "\n  mutation AddPendingDocumentation($input: AddPendingDocumentationInput!) {\n    addPendingDocumentation(input: $input) {\n      id\n    }\n  }\n": typeof types.AddPendingDocumentationDocument,
    "\n  mutation ResolvePendingDocumentation($id: ID!) {\n    resolvePendingDocumentation(id: $id) {\n      id\n    }\n  }\n": typeof types.ResolvePendingDocumentationDocument,
    "\n  query PortalExtras($portalId: ID!) {\n    portal(id: $portalId) {\n      id\n      name\n      developments {\n        id\n        name\n      }\n    }\n    portalBanners(portalId: $portalId) {\n      id\n      title\n      link\n      startsOn\n      endsOn\n      active\n      thumbnailUrl\n      developmentIds\n    }\n    portalBenefits(portalId: $portalId) {\n      id\n      partner\n      title\n      description\n      discount\n      coupon\n      link\n      active\n    }\n  }\n": typeof types.PortalExtrasDocument,
    "\n  mutation SaveBanner($input: BannerInput!) {\n    saveBanner(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveBannerDocument,
    "\n  mutation DeleteBanner($id: ID!) {\n    deleteBanner(id: $id)\n  }\n": typeof types.DeleteBannerDocument,
    "\n  mutation SaveBenefit($input: BenefitInput!) {\n    saveBenefit(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveBenefitDocument,
    "\n  mutation DeleteBenefit($id: ID!) {\n    deleteBenefit(id: $id)\n  }\n": typeof types.DeleteBenefitDocument,
    "\n  query PortalFaq($portalId: ID!) {\n    portal(id: $portalId) {\n      id\n      name\n      showFaq\n    }\n    portalFaq(portalId: $portalId) {\n      id\n      name\n      position\n      active\n      entries {\n        id\n        question\n        answer\n        position\n        active\n      }\n    }\n  }\n": typeof types.PortalFaqDocument,
    "\n  mutation SaveFaqCategory($input: FaqCategoryInput!) {\n    saveFaqCategory(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveFaqCategoryDocument,
    "\n  mutation SaveFaqEntry($input: FaqEntryInput!) {\n    saveFaqEntry(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveFaqEntryDocument,
    "\n  mutation DeleteFaqEntry($id: ID!) {\n    deleteFaqEntry(id: $id)\n  }\n": typeof types.DeleteFaqEntryDocument,
    "\n  query BillingBlocks($developmentId: ID!) {\n    billingBlocks(developmentId: $developmentId) {\n      id\n      blockId\n      blockName\n      reason\n      source\n      active\n      createdAt\n      createdByName\n      endedAt\n      endedByName\n      customersHeld\n    }\n  }\n": typeof types.BillingBlocksDocument,
    "mutation CreateBillingBlock($input: BillingBlockInput!) { createBillingBlock(input: $input) { id } }": typeof types.CreateBillingBlockDocument,
    "mutation LiftBillingBlock($id: ID!) { liftBillingBlock(id: $id) { id active } }": typeof types.LiftBillingBlockDocument,
    "\n  query CustomerFinance($customerId: ID!) {\n    customerFinance(customerId: $customerId) {\n      reservationId\n      unitName\n      developmentName\n      saleCode\n      holder\n      portalName\n      records {\n        kind\n        id\n        description\n        dueDate\n        amount { amount }\n        state\n        billStatus\n        superseded\n        visible\n        failedRule\n        reason\n        markedPaidAt\n        markedPaidByName\n        proofUrl\n      }\n    }\n  }\n": typeof types.CustomerFinanceDocument,
    "subscription StaffFinanceChanged { staffFinanceChanged { reservationId } }": typeof types.StaffFinanceChangedDocument,
    "\n  query FinancialRules {\n    me {\n      id\n      company {\n        id\n        overdueBlocksBills\n        secondCopyAllowed\n        prepaymentAllowed\n        prepaymentRateBasisPoints\n        prepaymentMethod\n        cardPaymentAllowed\n      }\n    }\n  }\n": typeof types.FinancialRulesDocument,
    "\n  mutation UpdateFinancialRules($input: FinancialRulesInput!) {\n    updateFinancialRules(input: $input) { id overdueBlocksBills secondCopyAllowed prepaymentAllowed prepaymentRateBasisPoints prepaymentMethod cardPaymentAllowed }\n  }\n": typeof types.UpdateFinancialRulesDocument,
    "query PortalPermissions($id: ID!) { account(id: $id) { id kind portalPermissions } }": typeof types.PortalPermissionsDocument,
    "mutation SetPortalPermissions($id: ID!, $permissions: [PortalPermission!]!) { setPortalPermissions(accountId: $id, permissions: $permissions) { id portalPermissions } }": typeof types.SetPortalPermissionsDocument,
    "\n  query ImpactPreview($change: ImpactChangeInput!, $page: ImpactPageInput) {\n    impactPreview(change: $change, page: $page) {\n      nothingChanges\n      summary\n      kinds {\n        kind\n        direction\n        customers\n        objects\n        summary\n        nextCursor\n        examples { customerId customerName objectId objectLabel ruleId ruleLabel }\n      }\n    }\n  }\n": typeof types.ImpactPreviewDocument,
    "\n  query ApiCalls($tokenId: ID, $after: String) {\n    apiCalls(tokenId: $tokenId, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        operation\n        outcome\n        rows\n        ms\n        token {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ApiCallsDocument,
    "\n  query ApiCallTokens {\n    apiTokens {\n      id\n      name\n      prefix\n    }\n  }\n": typeof types.ApiCallTokensDocument,
    "\n  query SyncRun($id: ID!, $after: String) {\n    syncRun(id: $id) {\n      id\n      status\n      stale\n      note\n      startedAt\n      finishedAt\n      lastActivityAt\n      startedBy\n      batches\n      inserted\n      updated\n      unchanged\n      failedRows\n      errors(first: 50, after: $after) {\n        nodes {\n          id\n          at\n          kind\n          rowIndex\n          erpCode\n          field\n          code\n          message\n          row\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.SyncRunDocument,
    "\n  mutation CloseSyncRun($id: ID!, $status: SyncRunStatus!) {\n    closeSyncRun(id: $id, status: $status) {\n      id\n      status\n      finishedAt\n      stale\n    }\n  }\n": typeof types.CloseSyncRunDocument,
    "\n  mutation UnlockSyncRun($id: ID!) {\n    unlockSyncRun(id: $id) {\n      id\n      status\n      finishedAt\n      stale\n    }\n  }\n": typeof types.UnlockSyncRunDocument,
    "\n  query SyncRuns($status: SyncRunStatus, $from: DateTimeISO, $to: DateTimeISO, $after: String) {\n    syncRuns(status: $status, from: $from, to: $to, first: 30, after: $after) {\n      nodes {\n        id\n        status\n        stale\n        note\n        startedAt\n        finishedAt\n        startedBy\n        batches\n        inserted\n        updated\n        unchanged\n        failedRows\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SyncRunsDocument,
    "\n  mutation OpenSyncRun($note: String) {\n    openSyncRun(note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.OpenSyncRunDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      createdByName\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query CompanyErpCode {\n    me {\n      id\n      company {\n        id\n        erpCode\n      }\n    }\n  }\n": typeof types.CompanyErpCodeDocument,
    "\n  mutation SetCompanyErpCode($erpCode: String) {\n    setCompanyErpCode(erpCode: $erpCode) {\n      id\n      erpCode\n    }\n  }\n": typeof types.SetCompanyErpCodeDocument,
    "\n  query CustomerNotifications($id: ID!) {\n    customerNotifications(customerId: $id) {\n      accountId\n      preferences {\n        email\n        whatsapp\n        whatsappConsent\n        push\n        frequency\n        workLog\n        whatsappNumber\n      }\n      sent {\n        id\n        kind\n        channel\n        status\n        subject\n        address\n        error\n        createdAt\n        sentAt\n        deliveredAt\n        readAt\n      }\n    }\n  }\n": typeof types.CustomerNotificationsDocument,
    "\n  query FailedJobs {\n    failedJobs {\n      id\n      description\n      error\n      retries\n      createdAt\n      failedAt\n    }\n  }\n": typeof types.FailedJobsDocument,
    "\n  mutation RetryFailedJob($id: ID!) {\n    retryFailedJob(id: $id)\n  }\n": typeof types.RetryFailedJobDocument,
    "\n  query Portal($id: ID!) {\n    portal(id: $id) {\n      id\n      name\n      slug\n      active\n      loginEnabled\n      requireDataConfirmation\n      showScheduling\n      showServiceMenu\n      showAssistanceMenu\n      showBenefits\n      showFaq\n      showSurveys\n      showReferFriend\n      showAddressConfirmation\n      showPendingProposalsPopup\n      showPendingPreRegistrationsPopup\n      showLocation\n      showSyndicAccess\n      showCommonArea\n      showDeliveryForecast\n      showContracts\n      showFinancial\n      showStandaloneBills\n      associatesSeeHolderBills\n      taxSeries\n      workLogStatuses\n      showCustomerPayments\n      showBuilderPayments\n      finishedAssistanceSla\n      finishedAssistanceSlaUnit\n      loginText1\n      loginText2\n      whiteLabelName\n      logoUrl\n      primaryColor\n      secondaryColor\n      developments {\n        id\n        name\n      }\n      domains {\n        id\n        hostname\n        developments {\n          id\n          name\n        }\n      }\n    }\n    portalSettingsCatalog {\n      key\n      group\n      label\n      help\n      availability\n    }\n    developments {\n      id\n      name\n      kind\n    }\n    portalHealth(portalId: $id) {\n      kind\n      message\n      affected\n      fix {\n        screen\n        id\n        label\n        setting\n      }\n    }\n  }\n": typeof types.PortalDocument,
    "\n  mutation UpdatePortalSettings($id: ID!, $input: PortalSettingsInput!) {\n    updatePortalSettings(portalId: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePortalSettingsDocument,
    "\n  mutation SetPortalActive($id: ID!, $active: Boolean!) {\n    setPortalActive(portalId: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetPortalActiveDocument,
    "\n  mutation SetPortalDevelopments($id: ID!, $developmentIds: [ID!]!) {\n    setPortalDevelopments(portalId: $id, developmentIds: $developmentIds) {\n      id\n    }\n  }\n": typeof types.SetPortalDevelopmentsDocument,
    "\n  mutation SavePortalDomain($input: PortalDomainInput!) {\n    savePortalDomain(input: $input) {\n      id\n    }\n  }\n": typeof types.SavePortalDomainDocument,
    "\n  mutation RemovePortalDomain($id: ID!) {\n    removePortalDomain(domainId: $id)\n  }\n": typeof types.RemovePortalDomainDocument,
    "\n  mutation DeletePortal($id: ID!, $confirmName: String!) {\n    deletePortal(portalId: $id, confirmName: $confirmName)\n  }\n": typeof types.DeletePortalDocument,
    "\n  query Portals($search: String, $active: Boolean, $developmentStatus: DevelopmentStatus) {\n    portals(search: $search, active: $active, developmentStatus: $developmentStatus) {\n      id\n      name\n      slug\n      active\n      developments {\n        id\n        name\n        kind\n        status\n      }\n    }\n  }\n": typeof types.PortalsDocument,
    "\n  mutation CreatePortal($input: CreatePortalInput!) {\n    createPortal(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePortalDocument,
    "\n  query CustomerConsents($customerId: ID!) {\n    customerConsents(customerId: $customerId) {\n      purpose\n      granted\n      outdated\n      grantedAt\n      source\n      revokedAt\n      history {\n        textVersion\n        source\n        grantedAt\n        revokedAt\n        revokedSource\n      }\n    }\n  }\n": typeof types.CustomerConsentsDocument,
    "\n  query CustomerDeletionRequests($customerId: ID!) {\n    deletionRequests(customerId: $customerId, first: 20) {\n      nodes {\n        ...DeletionRequestFields\n      }\n    }\n  }\n": typeof types.CustomerDeletionRequestsDocument,
    "\n  query CustomerDataAccessLog($customerId: ID!, $after: String) {\n    customerDataAccessLog(customerId: $customerId, first: 20, after: $after) {\n      nodes {\n        id\n        at\n        who\n        byStaff\n        what\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CustomerDataAccessLogDocument,
    "\n  fragment DeletionRequestFields on DeletionRequestView {\n    id\n    customerId\n    customerName\n    status\n    reason\n    requestedAt\n    decidedAt\n    decidedByName\n    refusalReason\n    retainedUntil\n    retained {\n      id\n      kind\n      description\n      legalBasis\n      retainUntil\n    }\n  }\n": typeof types.DeletionRequestFieldsFragmentDoc,
    "mutation CompleteDeletionRequest($id: ID!) { completeDeletionRequest(id: $id) { ...DeletionRequestFields } }": typeof types.CompleteDeletionRequestDocument,
    "mutation RefuseDeletionRequest($id: ID!, $reason: String!) { refuseDeletionRequest(id: $id, reason: $reason) { ...DeletionRequestFields } }": typeof types.RefuseDeletionRequestDocument,
    "\n  query DeletionRequests($status: DeletionRequestStatus, $after: String) {\n    deletionRequests(status: $status, first: 20, after: $after) {\n      nodes {\n        ...DeletionRequestFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DeletionRequestsDocument,
    "query DataProtectionOfficer { dataProtectionOfficer { name email phone } }": typeof types.DataProtectionOfficerDocument,
    "\n  mutation UpdateDataProtectionOfficer($input: DataProtectionOfficerInput!) {\n    updateDataProtectionOfficer(input: $input) { name email phone }\n  }\n": typeof types.UpdateDataProtectionOfficerDocument,
    "\n  query StaffRequest($id: ID!) {\n    request(id: $id) {\n      id\n      number\n      kind\n      description\n      createdAt\n      openedByName\n      openedBy {\n        id\n        customer {\n          id\n          name\n        }\n      }\n      status {\n        id\n        name\n      }\n      subject {\n        id\n        name\n      }\n      subsubject {\n        id\n        name\n        portalDisplayName\n      }\n      development {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      commonArea {\n        id\n        name\n      }\n      location {\n        id\n        name\n      }\n      finishedAt\n      cancelled\n      ratingScore\n      ratingComment\n      assignee {\n        id\n        name\n      }\n      assignableStaff {\n        id\n        name\n      }\n      sla {\n        openedAt\n        elapsedMinutes\n        dueHours\n        dueAt\n        remainingMinutes\n        overdue\n      }\n      photos {\n        id\n        name\n        url\n        thumbnailUrl\n      }\n      messages {\n        id\n        body\n        createdAt\n        visibility\n        authorKind\n        authorName\n        photos {\n          id\n          name\n          url\n          thumbnailUrl\n        }\n      }\n      history {\n        id\n        at\n        comment\n        changedByName\n        fromStatus {\n          id\n          name\n        }\n        toStatus {\n          id\n          name\n        }\n      }\n    }\n    workflows {\n      id\n      kind\n      statuses {\n        id\n        name\n        isFinal\n      }\n    }\n  }\n": typeof types.StaffRequestDocument,
    "\n  mutation StaffReply($input: ReplyToRequestInput!) {\n    replyToRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.StaffReplyDocument,
    "\n  mutation AssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      id\n      assignee {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssignRequestDocument,
    "\n  subscription StaffRequestChanged {\n    requestListChanged {\n      id\n    }\n  }\n": typeof types.StaffRequestChangedDocument,
    "\n  mutation ChangeStatus($input: ChangeRequestStatusInput!) {\n    changeRequestStatus(input: $input) {\n      id\n      status {\n        id\n      }\n    }\n  }\n": typeof types.ChangeStatusDocument,
    "\n  query Desk($filter: RequestFilter, $after: String) {\n    requests(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        kind\n        createdAt\n        openedByName\n        status {\n          id\n          name\n          isFinal\n        }\n        sla {\n          remainingMinutes\n          overdue\n        }\n        subsubject {\n          id\n          name\n        }\n        development {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        commonArea {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DeskDocument,
    "\n  query DeskFilters {\n    developments {\n      id\n      name\n    }\n    workflows {\n      id\n      kind\n      statuses {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DeskFiltersDocument,
    "\n  subscription RequestListChanged {\n    requestListChanged {\n      id\n    }\n  }\n": typeof types.RequestListChangedDocument,
    "\n  query StaffAppointmentSlots($developmentId: ID!) {\n    staffAppointmentSlots(developmentId: $developmentId) {\n      id\n      kind\n      day\n      time\n      durationMinutes\n      booking { id unitName customerName bookedAt }\n    }\n  }\n": typeof types.StaffAppointmentSlotsDocument,
    "\n  mutation PublishAppointmentSlots($input: PublishAppointmentSlotsInput!) {\n    publishAppointmentSlots(input: $input)\n  }\n": typeof types.PublishAppointmentSlotsDocument,
    "\n  mutation RemoveAppointmentSlot($id: ID!) {\n    removeAppointmentSlot(id: $id)\n  }\n": typeof types.RemoveAppointmentSlotDocument,
    "\n  mutation CancelAppointmentAsStaff($id: ID!, $reason: String!) {\n    cancelAppointmentAsStaff(id: $id, reason: $reason)\n  }\n": typeof types.CancelAppointmentAsStaffDocument,
    "\n  query Staff {\n    staffAccounts {\n      id\n      name\n      email\n      staffRole\n      permissions\n      expiresAt\n      loginActive\n      twoFactorEnabled\n      developments {\n        id\n        name\n      }\n    }\n    developments {\n      id\n      name\n    }\n    me {\n      id\n      company {\n        id\n        requireAdminTwoFactor\n      }\n    }\n  }\n": typeof types.StaffDocument,
    "mutation CreateStaff($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }": typeof types.CreateStaffDocument,
    "mutation UpdateStaff($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { id } }": typeof types.UpdateStaffDocument,
    "mutation ResetStaffTwoFactor($accountId: ID!) { resetStaffTwoFactor(accountId: $accountId) { id twoFactorEnabled } }": typeof types.ResetStaffTwoFactorDocument,
    "\n  mutation SetRequireAdminTwoFactor($requireAdminTwoFactor: Boolean!) {\n    setRequireAdminTwoFactor(requireAdminTwoFactor: $requireAdminTwoFactor) { id requireAdminTwoFactor }\n  }\n": typeof types.SetRequireAdminTwoFactorDocument,
    "\n  query StaffSurveys {\n    staffSurveys { id title opensOn closesOn status developmentName responses version questions { id kind text options } }\n  }\n": typeof types.StaffSurveysDocument,
    "\n  mutation SaveSurvey($input: SurveyInput!) {\n    saveSurvey(input: $input) { id status version }\n  }\n": typeof types.SaveSurveyDocument,
    "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) { id status }\n  }\n": typeof types.PublishSurveyDocument,
    "\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      surveyId\n      title\n      responses\n      questions { questionId kind text answered average texts counts { label count } }\n    }\n  }\n": typeof types.SurveyResultsDocument,
    "\n  query UploadLimits {\n    uploadLimits {\n      maxBytes\n    }\n  }\n": typeof types.UploadLimitsDocument,
    "\n  query FixSettingsCatalog {\n    portalSettingsCatalog {\n      key\n      label\n    }\n  }\n": typeof types.FixSettingsCatalogDocument,
    "\n  fragment StaffScheduleView on WorkScheduleView {\n    developmentId\n    progress\n    plannedProgress\n    plannedEnd\n    forecastEnd\n    delayDays\n    delayText\n    tasks {\n      id\n      name\n      position\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      weight\n      progress\n      state\n      delayDays\n      delayText\n      forecastEnd\n      version\n    }\n  }\n": typeof types.StaffScheduleViewFragmentDoc,
    "\n  query StaffSchedule($developmentId: ID!) {\n    staffSchedule(developmentId: $developmentId) {\n      ...StaffScheduleView\n    }\n  }\n": typeof types.StaffScheduleDocument,
    "\n  mutation SaveScheduleTask($input: SaveScheduleTaskInput!) {\n    saveScheduleTask(input: $input) {\n      ...StaffScheduleView\n    }\n  }\n": typeof types.SaveScheduleTaskDocument,
    "\n  mutation DeleteScheduleTask($id: ID!) {\n    deleteScheduleTask(id: $id) {\n      ...StaffScheduleView\n    }\n  }\n": typeof types.DeleteScheduleTaskDocument,
    "\n  query WorksDevelopment {\n    developments {\n      id\n      name\n      blocks {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WorksDevelopmentDocument,
    "\n  query StaffWorkLog($developmentId: ID!, $status: WorkLogStatus) {\n    staffWorkLog(developmentId: $developmentId, status: $status) {\n      id\n      date\n      status\n      weather\n      occurrences\n      labour {\n        role\n        headcount\n      }\n      headcount\n      blockId\n      blockName\n      reviewNote\n      createdByName\n      reviewedByName\n      reviewedAt\n      version\n      photos {\n        id\n        url\n        thumbnailUrl\n        name\n      }\n      attachments {\n        id\n        url\n        name\n      }\n    }\n  }\n": typeof types.StaffWorkLogDocument,
    "\n  mutation SaveWorkLogEntry($input: SaveWorkLogEntryInput!) {\n    saveWorkLogEntry(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SaveWorkLogEntryDocument,
    "\n  mutation SetWorkLogStatus($id: ID!, $status: WorkLogStatus!, $version: Int!, $note: String) {\n    setWorkLogStatus(id: $id, status: $status, version: $version, note: $note) {\n      id\n      status\n      version\n      reviewNote\n    }\n  }\n": typeof types.SetWorkLogStatusDocument,
};
const documents: Documents = {
    "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      required\n    }\n  }\n": types.MyTwoFactorDocument,
    "mutation StartTwoFactorEnrolment { startTwoFactorEnrolment { secret otpauthUri qrCodeSvg } }": types.StartTwoFactorEnrolmentDocument,
    "mutation ConfirmTwoFactorEnrolment($twoFactorCode: String!) { confirmTwoFactorEnrolment(twoFactorCode: $twoFactorCode) }": types.ConfirmTwoFactorEnrolmentDocument,
    "mutation RegenerateRecoveryCodes($twoFactorCode: String!) { regenerateRecoveryCodes(twoFactorCode: $twoFactorCode) }": types.RegenerateRecoveryCodesDocument,
    "mutation DisableTwoFactor($twoFactorCode: String!) { disableTwoFactor(twoFactorCode: $twoFactorCode) }": types.DisableTwoFactorDocument,
    "\n  query StaffViewer {\n    me {\n      id\n      name\n      kind\n      staffRole\n      permissions\n      developments {\n        id\n      }\n    }\n  }\n": types.StaffViewerDocument,
    "\n  mutation StaffSignOut {\n    signOut\n  }\n": types.StaffSignOutDocument,
    "\n  subscription StaffSessionEvents {\n    sessionEvents {\n      kind\n    }\n  }\n": types.StaffSessionEventsDocument,
    "\n  query Audit($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actorLabel\n        targetType\n        targetLabel\n        impactSummary\n        before\n        after\n        references {\n          id\n          name\n        }\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditDocument,
    "\n  query AuditVocabulary {\n    portalSettingsCatalog {\n      key\n      label\n    }\n    customFields {\n      id\n      key\n      label\n    }\n  }\n": types.AuditVocabularyDocument,
    "\n  mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.StaffAcceptInvitationDocument,
    "\n  mutation StaffSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.StaffSignInDocument,
    "\n  query Config {\n    me {\n      id\n      company {\n        id\n        dataChangeApproval\n      }\n    }\n    associationTypes {\n      id\n      name\n      seesUnitsInPortal\n      seesHolderBills\n    }\n    contractTypes {\n      id\n      name\n      visibleToCustomer\n    }\n    portals {\n      id\n      name\n    }\n    service: requestSubjects(kind: SERVICE) {\n      ...ConfigSubject\n    }\n    assistance: requestSubjects(kind: ASSISTANCE) {\n      ...ConfigSubject\n    }\n    workflows {\n      id\n      kind\n      name\n      showFinishedInPortal\n      dueHours\n      statuses {\n        id\n        name\n        isFinal\n        isInitial\n        position\n      }\n    }\n    customFields {\n      id\n      key\n      label\n      type\n      active\n    }\n  }\n": types.ConfigDocument,
    "\n  fragment ConfigSubject on Subject {\n    id\n    name\n    active\n    appliesTo\n    subsubjects {\n      id\n      name\n      portalDisplayName\n      displayNamesByPortal {\n        portalId\n        displayName\n      }\n      active\n    }\n  }\n": types.ConfigSubjectFragmentDoc,
    "mutation SaveAssociationType($input: AssociationTypeInput!) { saveAssociationType(input: $input) { id } }": types.SaveAssociationTypeDocument,
    "mutation SaveContractType($input: ContractTypeInput!) { saveContractType(input: $input) { id } }": types.SaveContractTypeDocument,
    "mutation SaveSubject($input: SubjectInput!) { saveSubject(input: $input) { id } }": types.SaveSubjectDocument,
    "mutation SaveSubsubject($input: SubsubjectInput!) { saveSubsubject(input: $input) { id } }": types.SaveSubsubjectDocument,
    "mutation SaveWorkflow($input: WorkflowInput!) { saveWorkflow(input: $input) { id } }": types.SaveWorkflowDocument,
    "mutation SaveWorkflowStatus($input: WorkflowStatusInput!) { saveWorkflowStatus(input: $input) { id } }": types.SaveWorkflowStatusDocument,
    "mutation SaveCustomField($input: CustomFieldInput!) { saveCustomField(input: $input) { id } }": types.SaveCustomFieldDocument,
    "mutation SetDataChangeApproval($mode: DataChangeApproval!) { setDataChangeApproval(mode: $mode) { id dataChangeApproval } }": types.SetDataChangeApprovalDocument,
    "\n  query Contract($id: ID!) {\n    contract(id: $id) {\n      id\n      title\n      signed\n      validated\n      signedAt\n      documentUrl\n      document {\n        id\n        name\n        size\n        url\n      }\n      type {\n        id\n        name\n        visibleToCustomer\n      }\n      unit {\n        id\n        name\n      }\n      occurrences {\n        id\n        kind\n        description\n        at\n      }\n    }\n  }\n": types.ContractDocument,
    "\n  mutation SetContractDocument($contractId: ID!, $fileId: ID) {\n    setContractDocument(contractId: $contractId, fileId: $fileId) {\n      id\n    }\n  }\n": types.SetContractDocumentDocument,
    "\n  mutation SetContractStatus($input: ContractStatusInput!) {\n    setContractStatus(input: $input) {\n      id\n      signed\n      validated\n    }\n  }\n": types.SetContractStatusDocument,
    "\n  query ContactInbox($filter: ContactFilter, $after: String) {\n    contactMessages(filter: $filter, first: 30, after: $after) {\n      nodes {\n        id\n        subject\n        status\n        createdAt\n        updatedAt\n        customerName\n        unitName\n        blockName\n        developmentName\n        type {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ContactInboxDocument,
    "\n  query ContactFilterOptions {\n    developments {\n      id\n      name\n      blocks {\n        id\n        name\n      }\n    }\n    contactTypes {\n      id\n      name\n    }\n    customers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.ContactFilterOptionsDocument,
    "\n  query ContactMessage($id: ID!) {\n    contactMessage(id: $id) {\n      id\n      subject\n      body\n      status\n      createdAt\n      customerId\n      customerName\n      unitName\n      blockName\n      developmentName\n      type {\n        id\n        name\n      }\n      opinions {\n        id\n        status\n        text\n        visibleToCustomer\n        createdAt\n        authorName\n      }\n    }\n  }\n": types.ContactMessageDocument,
    "\n  mutation AddOpinion($input: AddOpinionInput!) {\n    addOpinion(input: $input) {\n      id\n      status\n    }\n  }\n": types.AddOpinionDocument,
    "\n  query ContactTypesConfig {\n    contactTypes {\n      id\n      name\n      active\n      position\n    }\n  }\n": types.ContactTypesConfigDocument,
    "\n  mutation SaveContactType($input: ContactTypeInput!) {\n    saveContactType(input: $input) {\n      id\n      name\n      active\n      position\n    }\n  }\n": types.SaveContactTypeDocument,
    "\n  query AccountDetail($id: ID!) {\n    account(id: $id) {\n      ...LoginStatus\n      name\n      kind\n      customer {\n        id\n        name\n      }\n    }\n  }\n": types.AccountDetailDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      document\n      email\n      phone\n      city\n      state\n      account {\n        ...LoginStatus\n      }\n      participations {\n        role\n        associationType {\n          id\n          name\n        }\n        reservation {\n          id\n          status\n          contracts {\n            id\n            title\n          }\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n    requests(filter: { customerId: $id }, first: 20) {\n      nodes {\n        id\n        number\n        kind\n        status {\n          id\n          name\n        }\n        subsubject {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CustomerDocument,
    "mutation StartViewAs($id: ID!) { startViewAsClient(customerId: $id) }": types.StartViewAsDocument,
    "\n  query Customers($search: String) {\n    customers(search: $search, first: 50) {\n      nodes {\n        id\n        name\n        document\n        email\n        account {\n          id\n          loginActive\n        }\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  fragment LoginStatus on Account {\n    id\n    email\n    loginActive\n    deactivatedAt\n    deactivatedBy {\n      id\n      name\n    }\n  }\n": types.LoginStatusFragmentDoc,
    "mutation ReactivateLogin($id: ID!) { reactivateLogin(accountId: $id) { id loginActive } }": types.ReactivateLoginDocument,
    "mutation SendInvitation($id: ID!) { sendInvitation(accountId: $id) { id } }": types.SendInvitationDocument,
    "\n  fragment DataChangeFields on DataChangeRequest {\n    id\n    status\n    createdAt\n    rejectionReason\n    decidedByName\n    baseVersion\n    emailInUse\n    customer {\n      id\n      name\n      version\n    }\n    fields {\n      field\n      label\n      original\n      proposed\n      changed\n    }\n  }\n": types.DataChangeFieldsFragmentDoc,
    "\n  query DataChanges($filter: DataChangeFilter) {\n    dataChangeRequests(filter: $filter, first: 50) {\n      nodes {\n        ...DataChangeFields\n      }\n    }\n    developments {\n      id\n      name\n    }\n  }\n": types.DataChangesDocument,
    "\n  query LinkedDataChange($id: ID!) {\n    dataChangeRequest(id: $id) {\n      ...DataChangeFields\n    }\n  }\n": types.LinkedDataChangeDocument,
    "mutation ApproveDataChange($id: ID!, $corrected: [FieldValueInput!], $seenVersion: Int) { approveDataChange(id: $id, corrected: $corrected, seenVersion: $seenVersion) { id status } }": types.ApproveDataChangeDocument,
    "mutation RejectDataChange($id: ID!, $reason: String!) { rejectDataChange(id: $id, reason: $reason) { id status } }": types.RejectDataChangeDocument,
    "mutation DeleteDataChange($id: ID!) { deleteDataChange(id: $id) { id status } }": types.DeleteDataChangeDocument,
    "\n  query DevelopmentDocuments($id: ID!) {\n    development(id: $id) {\n      id\n      blocks {\n        id\n        name\n      }\n      documents {\n        id\n        title\n        category\n        url\n        block {\n          id\n          name\n        }\n        unitName\n        file {\n          id\n          size\n        }\n      }\n    }\n  }\n": types.DevelopmentDocumentsDocument,
    "\n  mutation AddDevelopmentDocument($input: AddDevelopmentDocumentInput!) {\n    addDevelopmentDocument(input: $input) {\n      id\n    }\n  }\n": types.AddDevelopmentDocumentDocument,
    "\n  mutation RemoveDevelopmentDocument($id: ID!) {\n    removeDevelopmentDocument(id: $id)\n  }\n": types.RemoveDevelopmentDocumentDocument,
    "\n  query DevelopmentsFull {\n    developments {\n      id\n      name\n      kind\n      deliveryDate\n      status\n      allowServiceRequests\n      allowAssistanceRequests\n      blocks {\n        id\n        name\n        active\n      }\n      stages {\n        id\n        name\n        active\n      }\n      commonAreas {\n        id\n        name\n      }\n    }\n  }\n": types.DevelopmentsFullDocument,
    "mutation UpdateDevelopment($input: DevelopmentSettingsInput!) { updateDevelopment(input: $input) { id } }": types.UpdateDevelopmentDocument,
    "mutation SetBlockActive($id: ID!, $active: Boolean!) { setBlockActive(id: $id, active: $active) { id active } }": types.SetBlockActiveDocument,
    "mutation SetStageActive($id: ID!, $active: Boolean!) { setStageActive(id: $id, active: $active) { id active } }": types.SetStageActiveDocument,
    "\n  query Developments {\n    developments {\n      id\n      name\n      kind\n      deliveryDate\n      allowServiceRequests\n      allowAssistanceRequests\n    }\n  }\n": types.DevelopmentsDocument,
    "\n  query SyndicFiles($id: ID!) {\n    development(id: $id) {\n      id\n      syndicFiles {\n        ...SyndicFileRow\n      }\n      syndics {\n        id\n        name\n        files {\n          ...SyndicFileRow\n        }\n      }\n    }\n  }\n": types.SyndicFilesDocument,
    "\n  fragment SyndicFileRow on SyndicFile {\n    id\n    name\n    url\n    file {\n      id\n      size\n    }\n  }\n": types.SyndicFileRowFragmentDoc,
    "\n  mutation AddSyndicFile($input: AddSyndicFileInput!) {\n    addSyndicFile(input: $input) {\n      id\n    }\n  }\n": types.AddSyndicFileDocument,
    "\n  mutation RemoveSyndicFile($id: ID!) {\n    removeSyndicFile(id: $id)\n  }\n": types.RemoveSyndicFileDocument,
    "\n  query ExplainerOptions($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      participations {\n        unit {\n          id\n          name\n        }\n        reservation {\n          id\n          contracts {\n            id\n            title\n          }\n        }\n      }\n    }\n    requests(filter: { customerId: $customerId }, first: 50) {\n      nodes {\n        id\n        number\n        subsubject {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ExplainerOptionsDocument,
    "\n  query ExplainerCustomers($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        document\n      }\n    }\n  }\n": types.ExplainerCustomersDocument,
    "\n  query ExplainerSyndics {\n    developments {\n      id\n      name\n      syndics {\n        id\n        name\n      }\n    }\n  }\n": types.ExplainerSyndicsDocument,
    "\n  query ExplainerSyndicRequests($developmentId: ID!) {\n    requests(filter: { developmentId: $developmentId }, first: 50) {\n      nodes {\n        id\n        number\n        subsubject {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        commonArea {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ExplainerSyndicRequestsDocument,
    "\n  query Explain($input: ExplainVisibilityInput!) {\n    explainVisibility(input: $input) {\n      visible\n      subject\n      hostname\n      portal {\n        id\n        name\n      }\n      checks {\n        ruleId\n        label\n        passed\n        detail\n        fix {\n          screen\n          id\n          label\n          setting\n        }\n      }\n    }\n  }\n": types.ExplainDocument,
    "\n  query CustomerExtras($id: ID!) {\n    customer(id: $id) {\n      id\n      addressConfirmedAt\n      participations {\n        unit {\n          id\n          development {\n            id\n            name\n          }\n        }\n      }\n    }\n    customerPendingDocumentation(customerId: $id) {\n      id\n      kind\n      description\n      developmentName\n      createdAt\n      resolvedAt\n    }\n  }\n": types.CustomerExtrasDocument,
    "\n  mutation AddPendingDocumentation($input: AddPendingDocumentationInput!) {\n    addPendingDocumentation(input: $input) {\n      id\n    }\n  }\n": types.AddPendingDocumentationDocument,
    "\n  mutation ResolvePendingDocumentation($id: ID!) {\n    resolvePendingDocumentation(id: $id) {\n      id\n    }\n  }\n": types.ResolvePendingDocumentationDocument,
    "\n  query PortalExtras($portalId: ID!) {\n    portal(id: $portalId) {\n      id\n      name\n      developments {\n        id\n        name\n      }\n    }\n    portalBanners(portalId: $portalId) {\n      id\n      title\n      link\n      startsOn\n      endsOn\n      active\n      thumbnailUrl\n      developmentIds\n    }\n    portalBenefits(portalId: $portalId) {\n      id\n      partner\n      title\n      description\n      discount\n      coupon\n      link\n      active\n    }\n  }\n": types.PortalExtrasDocument,
    "\n  mutation SaveBanner($input: BannerInput!) {\n    saveBanner(input: $input) {\n      id\n    }\n  }\n": types.SaveBannerDocument,
    "\n  mutation DeleteBanner($id: ID!) {\n    deleteBanner(id: $id)\n  }\n": types.DeleteBannerDocument,
    "\n  mutation SaveBenefit($input: BenefitInput!) {\n    saveBenefit(input: $input) {\n      id\n    }\n  }\n": types.SaveBenefitDocument,
    "\n  mutation DeleteBenefit($id: ID!) {\n    deleteBenefit(id: $id)\n  }\n": types.DeleteBenefitDocument,
    "\n  query PortalFaq($portalId: ID!) {\n    portal(id: $portalId) {\n      id\n      name\n      showFaq\n    }\n    portalFaq(portalId: $portalId) {\n      id\n      name\n      position\n      active\n      entries {\n        id\n        question\n        answer\n        position\n        active\n      }\n    }\n  }\n": types.PortalFaqDocument,
    "\n  mutation SaveFaqCategory($input: FaqCategoryInput!) {\n    saveFaqCategory(input: $input) {\n      id\n    }\n  }\n": types.SaveFaqCategoryDocument,
    "\n  mutation SaveFaqEntry($input: FaqEntryInput!) {\n    saveFaqEntry(input: $input) {\n      id\n    }\n  }\n": types.SaveFaqEntryDocument,
    "\n  mutation DeleteFaqEntry($id: ID!) {\n    deleteFaqEntry(id: $id)\n  }\n": types.DeleteFaqEntryDocument,
    "\n  query BillingBlocks($developmentId: ID!) {\n    billingBlocks(developmentId: $developmentId) {\n      id\n      blockId\n      blockName\n      reason\n      source\n      active\n      createdAt\n      createdByName\n      endedAt\n      endedByName\n      customersHeld\n    }\n  }\n": types.BillingBlocksDocument,
    "mutation CreateBillingBlock($input: BillingBlockInput!) { createBillingBlock(input: $input) { id } }": types.CreateBillingBlockDocument,
    "mutation LiftBillingBlock($id: ID!) { liftBillingBlock(id: $id) { id active } }": types.LiftBillingBlockDocument,
    "\n  query CustomerFinance($customerId: ID!) {\n    customerFinance(customerId: $customerId) {\n      reservationId\n      unitName\n      developmentName\n      saleCode\n      holder\n      portalName\n      records {\n        kind\n        id\n        description\n        dueDate\n        amount { amount }\n        state\n        billStatus\n        superseded\n        visible\n        failedRule\n        reason\n        markedPaidAt\n        markedPaidByName\n        proofUrl\n      }\n    }\n  }\n": types.CustomerFinanceDocument,
    "subscription StaffFinanceChanged { staffFinanceChanged { reservationId } }": types.StaffFinanceChangedDocument,
    "\n  query FinancialRules {\n    me {\n      id\n      company {\n        id\n        overdueBlocksBills\n        secondCopyAllowed\n        prepaymentAllowed\n        prepaymentRateBasisPoints\n        prepaymentMethod\n        cardPaymentAllowed\n      }\n    }\n  }\n": types.FinancialRulesDocument,
    "\n  mutation UpdateFinancialRules($input: FinancialRulesInput!) {\n    updateFinancialRules(input: $input) { id overdueBlocksBills secondCopyAllowed prepaymentAllowed prepaymentRateBasisPoints prepaymentMethod cardPaymentAllowed }\n  }\n": types.UpdateFinancialRulesDocument,
    "query PortalPermissions($id: ID!) { account(id: $id) { id kind portalPermissions } }": types.PortalPermissionsDocument,
    "mutation SetPortalPermissions($id: ID!, $permissions: [PortalPermission!]!) { setPortalPermissions(accountId: $id, permissions: $permissions) { id portalPermissions } }": types.SetPortalPermissionsDocument,
    "\n  query ImpactPreview($change: ImpactChangeInput!, $page: ImpactPageInput) {\n    impactPreview(change: $change, page: $page) {\n      nothingChanges\n      summary\n      kinds {\n        kind\n        direction\n        customers\n        objects\n        summary\n        nextCursor\n        examples { customerId customerName objectId objectLabel ruleId ruleLabel }\n      }\n    }\n  }\n": types.ImpactPreviewDocument,
    "\n  query ApiCalls($tokenId: ID, $after: String) {\n    apiCalls(tokenId: $tokenId, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        operation\n        outcome\n        rows\n        ms\n        token {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ApiCallsDocument,
    "\n  query ApiCallTokens {\n    apiTokens {\n      id\n      name\n      prefix\n    }\n  }\n": types.ApiCallTokensDocument,
    "\n  query SyncRun($id: ID!, $after: String) {\n    syncRun(id: $id) {\n      id\n      status\n      stale\n      note\n      startedAt\n      finishedAt\n      lastActivityAt\n      startedBy\n      batches\n      inserted\n      updated\n      unchanged\n      failedRows\n      errors(first: 50, after: $after) {\n        nodes {\n          id\n          at\n          kind\n          rowIndex\n          erpCode\n          field\n          code\n          message\n          row\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.SyncRunDocument,
    "\n  mutation CloseSyncRun($id: ID!, $status: SyncRunStatus!) {\n    closeSyncRun(id: $id, status: $status) {\n      id\n      status\n      finishedAt\n      stale\n    }\n  }\n": types.CloseSyncRunDocument,
    "\n  mutation UnlockSyncRun($id: ID!) {\n    unlockSyncRun(id: $id) {\n      id\n      status\n      finishedAt\n      stale\n    }\n  }\n": types.UnlockSyncRunDocument,
    "\n  query SyncRuns($status: SyncRunStatus, $from: DateTimeISO, $to: DateTimeISO, $after: String) {\n    syncRuns(status: $status, from: $from, to: $to, first: 30, after: $after) {\n      nodes {\n        id\n        status\n        stale\n        note\n        startedAt\n        finishedAt\n        startedBy\n        batches\n        inserted\n        updated\n        unchanged\n        failedRows\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SyncRunsDocument,
    "\n  mutation OpenSyncRun($note: String) {\n    openSyncRun(note: $note) {\n      id\n      status\n    }\n  }\n": types.OpenSyncRunDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      createdByName\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query CompanyErpCode {\n    me {\n      id\n      company {\n        id\n        erpCode\n      }\n    }\n  }\n": types.CompanyErpCodeDocument,
    "\n  mutation SetCompanyErpCode($erpCode: String) {\n    setCompanyErpCode(erpCode: $erpCode) {\n      id\n      erpCode\n    }\n  }\n": types.SetCompanyErpCodeDocument,
    "\n  query CustomerNotifications($id: ID!) {\n    customerNotifications(customerId: $id) {\n      accountId\n      preferences {\n        email\n        whatsapp\n        whatsappConsent\n        push\n        frequency\n        workLog\n        whatsappNumber\n      }\n      sent {\n        id\n        kind\n        channel\n        status\n        subject\n        address\n        error\n        createdAt\n        sentAt\n        deliveredAt\n        readAt\n      }\n    }\n  }\n": types.CustomerNotificationsDocument,
    "\n  query FailedJobs {\n    failedJobs {\n      id\n      description\n      error\n      retries\n      createdAt\n      failedAt\n    }\n  }\n": types.FailedJobsDocument,
    "\n  mutation RetryFailedJob($id: ID!) {\n    retryFailedJob(id: $id)\n  }\n": types.RetryFailedJobDocument,
    "\n  query Portal($id: ID!) {\n    portal(id: $id) {\n      id\n      name\n      slug\n      active\n      loginEnabled\n      requireDataConfirmation\n      showScheduling\n      showServiceMenu\n      showAssistanceMenu\n      showBenefits\n      showFaq\n      showSurveys\n      showReferFriend\n      showAddressConfirmation\n      showPendingProposalsPopup\n      showPendingPreRegistrationsPopup\n      showLocation\n      showSyndicAccess\n      showCommonArea\n      showDeliveryForecast\n      showContracts\n      showFinancial\n      showStandaloneBills\n      associatesSeeHolderBills\n      taxSeries\n      workLogStatuses\n      showCustomerPayments\n      showBuilderPayments\n      finishedAssistanceSla\n      finishedAssistanceSlaUnit\n      loginText1\n      loginText2\n      whiteLabelName\n      logoUrl\n      primaryColor\n      secondaryColor\n      developments {\n        id\n        name\n      }\n      domains {\n        id\n        hostname\n        developments {\n          id\n          name\n        }\n      }\n    }\n    portalSettingsCatalog {\n      key\n      group\n      label\n      help\n      availability\n    }\n    developments {\n      id\n      name\n      kind\n    }\n    portalHealth(portalId: $id) {\n      kind\n      message\n      affected\n      fix {\n        screen\n        id\n        label\n        setting\n      }\n    }\n  }\n": types.PortalDocument,
    "\n  mutation UpdatePortalSettings($id: ID!, $input: PortalSettingsInput!) {\n    updatePortalSettings(portalId: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdatePortalSettingsDocument,
    "\n  mutation SetPortalActive($id: ID!, $active: Boolean!) {\n    setPortalActive(portalId: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetPortalActiveDocument,
    "\n  mutation SetPortalDevelopments($id: ID!, $developmentIds: [ID!]!) {\n    setPortalDevelopments(portalId: $id, developmentIds: $developmentIds) {\n      id\n    }\n  }\n": types.SetPortalDevelopmentsDocument,
    "\n  mutation SavePortalDomain($input: PortalDomainInput!) {\n    savePortalDomain(input: $input) {\n      id\n    }\n  }\n": types.SavePortalDomainDocument,
    "\n  mutation RemovePortalDomain($id: ID!) {\n    removePortalDomain(domainId: $id)\n  }\n": types.RemovePortalDomainDocument,
    "\n  mutation DeletePortal($id: ID!, $confirmName: String!) {\n    deletePortal(portalId: $id, confirmName: $confirmName)\n  }\n": types.DeletePortalDocument,
    "\n  query Portals($search: String, $active: Boolean, $developmentStatus: DevelopmentStatus) {\n    portals(search: $search, active: $active, developmentStatus: $developmentStatus) {\n      id\n      name\n      slug\n      active\n      developments {\n        id\n        name\n        kind\n        status\n      }\n    }\n  }\n": types.PortalsDocument,
    "\n  mutation CreatePortal($input: CreatePortalInput!) {\n    createPortal(input: $input) {\n      id\n    }\n  }\n": types.CreatePortalDocument,
    "\n  query CustomerConsents($customerId: ID!) {\n    customerConsents(customerId: $customerId) {\n      purpose\n      granted\n      outdated\n      grantedAt\n      source\n      revokedAt\n      history {\n        textVersion\n        source\n        grantedAt\n        revokedAt\n        revokedSource\n      }\n    }\n  }\n": types.CustomerConsentsDocument,
    "\n  query CustomerDeletionRequests($customerId: ID!) {\n    deletionRequests(customerId: $customerId, first: 20) {\n      nodes {\n        ...DeletionRequestFields\n      }\n    }\n  }\n": types.CustomerDeletionRequestsDocument,
    "\n  query CustomerDataAccessLog($customerId: ID!, $after: String) {\n    customerDataAccessLog(customerId: $customerId, first: 20, after: $after) {\n      nodes {\n        id\n        at\n        who\n        byStaff\n        what\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CustomerDataAccessLogDocument,
    "\n  fragment DeletionRequestFields on DeletionRequestView {\n    id\n    customerId\n    customerName\n    status\n    reason\n    requestedAt\n    decidedAt\n    decidedByName\n    refusalReason\n    retainedUntil\n    retained {\n      id\n      kind\n      description\n      legalBasis\n      retainUntil\n    }\n  }\n": types.DeletionRequestFieldsFragmentDoc,
    "mutation CompleteDeletionRequest($id: ID!) { completeDeletionRequest(id: $id) { ...DeletionRequestFields } }": types.CompleteDeletionRequestDocument,
    "mutation RefuseDeletionRequest($id: ID!, $reason: String!) { refuseDeletionRequest(id: $id, reason: $reason) { ...DeletionRequestFields } }": types.RefuseDeletionRequestDocument,
    "\n  query DeletionRequests($status: DeletionRequestStatus, $after: String) {\n    deletionRequests(status: $status, first: 20, after: $after) {\n      nodes {\n        ...DeletionRequestFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DeletionRequestsDocument,
    "query DataProtectionOfficer { dataProtectionOfficer { name email phone } }": types.DataProtectionOfficerDocument,
    "\n  mutation UpdateDataProtectionOfficer($input: DataProtectionOfficerInput!) {\n    updateDataProtectionOfficer(input: $input) { name email phone }\n  }\n": types.UpdateDataProtectionOfficerDocument,
    "\n  query StaffRequest($id: ID!) {\n    request(id: $id) {\n      id\n      number\n      kind\n      description\n      createdAt\n      openedByName\n      openedBy {\n        id\n        customer {\n          id\n          name\n        }\n      }\n      status {\n        id\n        name\n      }\n      subject {\n        id\n        name\n      }\n      subsubject {\n        id\n        name\n        portalDisplayName\n      }\n      development {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      commonArea {\n        id\n        name\n      }\n      location {\n        id\n        name\n      }\n      finishedAt\n      cancelled\n      ratingScore\n      ratingComment\n      assignee {\n        id\n        name\n      }\n      assignableStaff {\n        id\n        name\n      }\n      sla {\n        openedAt\n        elapsedMinutes\n        dueHours\n        dueAt\n        remainingMinutes\n        overdue\n      }\n      photos {\n        id\n        name\n        url\n        thumbnailUrl\n      }\n      messages {\n        id\n        body\n        createdAt\n        visibility\n        authorKind\n        authorName\n        photos {\n          id\n          name\n          url\n          thumbnailUrl\n        }\n      }\n      history {\n        id\n        at\n        comment\n        changedByName\n        fromStatus {\n          id\n          name\n        }\n        toStatus {\n          id\n          name\n        }\n      }\n    }\n    workflows {\n      id\n      kind\n      statuses {\n        id\n        name\n        isFinal\n      }\n    }\n  }\n": types.StaffRequestDocument,
    "\n  mutation StaffReply($input: ReplyToRequestInput!) {\n    replyToRequest(input: $input) {\n      id\n    }\n  }\n": types.StaffReplyDocument,
    "\n  mutation AssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      id\n      assignee {\n        id\n        name\n      }\n    }\n  }\n": types.AssignRequestDocument,
    "\n  subscription StaffRequestChanged {\n    requestListChanged {\n      id\n    }\n  }\n": types.StaffRequestChangedDocument,
    "\n  mutation ChangeStatus($input: ChangeRequestStatusInput!) {\n    changeRequestStatus(input: $input) {\n      id\n      status {\n        id\n      }\n    }\n  }\n": types.ChangeStatusDocument,
    "\n  query Desk($filter: RequestFilter, $after: String) {\n    requests(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        kind\n        createdAt\n        openedByName\n        status {\n          id\n          name\n          isFinal\n        }\n        sla {\n          remainingMinutes\n          overdue\n        }\n        subsubject {\n          id\n          name\n        }\n        development {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        commonArea {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DeskDocument,
    "\n  query DeskFilters {\n    developments {\n      id\n      name\n    }\n    workflows {\n      id\n      kind\n      statuses {\n        id\n        name\n      }\n    }\n  }\n": types.DeskFiltersDocument,
    "\n  subscription RequestListChanged {\n    requestListChanged {\n      id\n    }\n  }\n": types.RequestListChangedDocument,
    "\n  query StaffAppointmentSlots($developmentId: ID!) {\n    staffAppointmentSlots(developmentId: $developmentId) {\n      id\n      kind\n      day\n      time\n      durationMinutes\n      booking { id unitName customerName bookedAt }\n    }\n  }\n": types.StaffAppointmentSlotsDocument,
    "\n  mutation PublishAppointmentSlots($input: PublishAppointmentSlotsInput!) {\n    publishAppointmentSlots(input: $input)\n  }\n": types.PublishAppointmentSlotsDocument,
    "\n  mutation RemoveAppointmentSlot($id: ID!) {\n    removeAppointmentSlot(id: $id)\n  }\n": types.RemoveAppointmentSlotDocument,
    "\n  mutation CancelAppointmentAsStaff($id: ID!, $reason: String!) {\n    cancelAppointmentAsStaff(id: $id, reason: $reason)\n  }\n": types.CancelAppointmentAsStaffDocument,
    "\n  query Staff {\n    staffAccounts {\n      id\n      name\n      email\n      staffRole\n      permissions\n      expiresAt\n      loginActive\n      twoFactorEnabled\n      developments {\n        id\n        name\n      }\n    }\n    developments {\n      id\n      name\n    }\n    me {\n      id\n      company {\n        id\n        requireAdminTwoFactor\n      }\n    }\n  }\n": types.StaffDocument,
    "mutation CreateStaff($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }": types.CreateStaffDocument,
    "mutation UpdateStaff($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { id } }": types.UpdateStaffDocument,
    "mutation ResetStaffTwoFactor($accountId: ID!) { resetStaffTwoFactor(accountId: $accountId) { id twoFactorEnabled } }": types.ResetStaffTwoFactorDocument,
    "\n  mutation SetRequireAdminTwoFactor($requireAdminTwoFactor: Boolean!) {\n    setRequireAdminTwoFactor(requireAdminTwoFactor: $requireAdminTwoFactor) { id requireAdminTwoFactor }\n  }\n": types.SetRequireAdminTwoFactorDocument,
    "\n  query StaffSurveys {\n    staffSurveys { id title opensOn closesOn status developmentName responses version questions { id kind text options } }\n  }\n": types.StaffSurveysDocument,
    "\n  mutation SaveSurvey($input: SurveyInput!) {\n    saveSurvey(input: $input) { id status version }\n  }\n": types.SaveSurveyDocument,
    "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) { id status }\n  }\n": types.PublishSurveyDocument,
    "\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      surveyId\n      title\n      responses\n      questions { questionId kind text answered average texts counts { label count } }\n    }\n  }\n": types.SurveyResultsDocument,
    "\n  query UploadLimits {\n    uploadLimits {\n      maxBytes\n    }\n  }\n": types.UploadLimitsDocument,
    "\n  query FixSettingsCatalog {\n    portalSettingsCatalog {\n      key\n      label\n    }\n  }\n": types.FixSettingsCatalogDocument,
    "\n  fragment StaffScheduleView on WorkScheduleView {\n    developmentId\n    progress\n    plannedProgress\n    plannedEnd\n    forecastEnd\n    delayDays\n    delayText\n    tasks {\n      id\n      name\n      position\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      weight\n      progress\n      state\n      delayDays\n      delayText\n      forecastEnd\n      version\n    }\n  }\n": types.StaffScheduleViewFragmentDoc,
    "\n  query StaffSchedule($developmentId: ID!) {\n    staffSchedule(developmentId: $developmentId) {\n      ...StaffScheduleView\n    }\n  }\n": types.StaffScheduleDocument,
    "\n  mutation SaveScheduleTask($input: SaveScheduleTaskInput!) {\n    saveScheduleTask(input: $input) {\n      ...StaffScheduleView\n    }\n  }\n": types.SaveScheduleTaskDocument,
    "\n  mutation DeleteScheduleTask($id: ID!) {\n    deleteScheduleTask(id: $id) {\n      ...StaffScheduleView\n    }\n  }\n": types.DeleteScheduleTaskDocument,
    "\n  query WorksDevelopment {\n    developments {\n      id\n      name\n      blocks {\n        id\n        name\n      }\n    }\n  }\n": types.WorksDevelopmentDocument,
    "\n  query StaffWorkLog($developmentId: ID!, $status: WorkLogStatus) {\n    staffWorkLog(developmentId: $developmentId, status: $status) {\n      id\n      date\n      status\n      weather\n      occurrences\n      labour {\n        role\n        headcount\n      }\n      headcount\n      blockId\n      blockName\n      reviewNote\n      createdByName\n      reviewedByName\n      reviewedAt\n      version\n      photos {\n        id\n        url\n        thumbnailUrl\n        name\n      }\n      attachments {\n        id\n        url\n        name\n      }\n    }\n  }\n": types.StaffWorkLogDocument,
    "\n  mutation SaveWorkLogEntry($input: SaveWorkLogEntryInput!) {\n    saveWorkLogEntry(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.SaveWorkLogEntryDocument,
    "\n  mutation SetWorkLogStatus($id: ID!, $status: WorkLogStatus!, $version: Int!, $note: String) {\n    setWorkLogStatus(id: $id, status: $status, version: $version, note: $note) {\n      id\n      status\n      version\n      reviewNote\n    }\n  }\n": types.SetWorkLogStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      required\n    }\n  }\n"): (typeof documents)["\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      required\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartTwoFactorEnrolment { startTwoFactorEnrolment { secret otpauthUri qrCodeSvg } }"): (typeof documents)["mutation StartTwoFactorEnrolment { startTwoFactorEnrolment { secret otpauthUri qrCodeSvg } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmTwoFactorEnrolment($twoFactorCode: String!) { confirmTwoFactorEnrolment(twoFactorCode: $twoFactorCode) }"): (typeof documents)["mutation ConfirmTwoFactorEnrolment($twoFactorCode: String!) { confirmTwoFactorEnrolment(twoFactorCode: $twoFactorCode) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegenerateRecoveryCodes($twoFactorCode: String!) { regenerateRecoveryCodes(twoFactorCode: $twoFactorCode) }"): (typeof documents)["mutation RegenerateRecoveryCodes($twoFactorCode: String!) { regenerateRecoveryCodes(twoFactorCode: $twoFactorCode) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisableTwoFactor($twoFactorCode: String!) { disableTwoFactor(twoFactorCode: $twoFactorCode) }"): (typeof documents)["mutation DisableTwoFactor($twoFactorCode: String!) { disableTwoFactor(twoFactorCode: $twoFactorCode) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffViewer {\n    me {\n      id\n      name\n      kind\n      staffRole\n      permissions\n      developments {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffViewer {\n    me {\n      id\n      name\n      kind\n      staffRole\n      permissions\n      developments {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation StaffSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StaffSessionEvents {\n    sessionEvents {\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription StaffSessionEvents {\n    sessionEvents {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audit($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actorLabel\n        targetType\n        targetLabel\n        impactSummary\n        before\n        after\n        references {\n          id\n          name\n        }\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Audit($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actorLabel\n        targetType\n        targetLabel\n        impactSummary\n        before\n        after\n        references {\n          id\n          name\n        }\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVocabulary {\n    portalSettingsCatalog {\n      key\n      label\n    }\n    customFields {\n      id\n      key\n      label\n    }\n  }\n"): (typeof documents)["\n  query AuditVocabulary {\n    portalSettingsCatalog {\n      key\n      label\n    }\n    customFields {\n      id\n      key\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Config {\n    me {\n      id\n      company {\n        id\n        dataChangeApproval\n      }\n    }\n    associationTypes {\n      id\n      name\n      seesUnitsInPortal\n      seesHolderBills\n    }\n    contractTypes {\n      id\n      name\n      visibleToCustomer\n    }\n    portals {\n      id\n      name\n    }\n    service: requestSubjects(kind: SERVICE) {\n      ...ConfigSubject\n    }\n    assistance: requestSubjects(kind: ASSISTANCE) {\n      ...ConfigSubject\n    }\n    workflows {\n      id\n      kind\n      name\n      showFinishedInPortal\n      dueHours\n      statuses {\n        id\n        name\n        isFinal\n        isInitial\n        position\n      }\n    }\n    customFields {\n      id\n      key\n      label\n      type\n      active\n    }\n  }\n"): (typeof documents)["\n  query Config {\n    me {\n      id\n      company {\n        id\n        dataChangeApproval\n      }\n    }\n    associationTypes {\n      id\n      name\n      seesUnitsInPortal\n      seesHolderBills\n    }\n    contractTypes {\n      id\n      name\n      visibleToCustomer\n    }\n    portals {\n      id\n      name\n    }\n    service: requestSubjects(kind: SERVICE) {\n      ...ConfigSubject\n    }\n    assistance: requestSubjects(kind: ASSISTANCE) {\n      ...ConfigSubject\n    }\n    workflows {\n      id\n      kind\n      name\n      showFinishedInPortal\n      dueHours\n      statuses {\n        id\n        name\n        isFinal\n        isInitial\n        position\n      }\n    }\n    customFields {\n      id\n      key\n      label\n      type\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConfigSubject on Subject {\n    id\n    name\n    active\n    appliesTo\n    subsubjects {\n      id\n      name\n      portalDisplayName\n      displayNamesByPortal {\n        portalId\n        displayName\n      }\n      active\n    }\n  }\n"): (typeof documents)["\n  fragment ConfigSubject on Subject {\n    id\n    name\n    active\n    appliesTo\n    subsubjects {\n      id\n      name\n      portalDisplayName\n      displayNamesByPortal {\n        portalId\n        displayName\n      }\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveAssociationType($input: AssociationTypeInput!) { saveAssociationType(input: $input) { id } }"): (typeof documents)["mutation SaveAssociationType($input: AssociationTypeInput!) { saveAssociationType(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveContractType($input: ContractTypeInput!) { saveContractType(input: $input) { id } }"): (typeof documents)["mutation SaveContractType($input: ContractTypeInput!) { saveContractType(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveSubject($input: SubjectInput!) { saveSubject(input: $input) { id } }"): (typeof documents)["mutation SaveSubject($input: SubjectInput!) { saveSubject(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveSubsubject($input: SubsubjectInput!) { saveSubsubject(input: $input) { id } }"): (typeof documents)["mutation SaveSubsubject($input: SubsubjectInput!) { saveSubsubject(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveWorkflow($input: WorkflowInput!) { saveWorkflow(input: $input) { id } }"): (typeof documents)["mutation SaveWorkflow($input: WorkflowInput!) { saveWorkflow(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveWorkflowStatus($input: WorkflowStatusInput!) { saveWorkflowStatus(input: $input) { id } }"): (typeof documents)["mutation SaveWorkflowStatus($input: WorkflowStatusInput!) { saveWorkflowStatus(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveCustomField($input: CustomFieldInput!) { saveCustomField(input: $input) { id } }"): (typeof documents)["mutation SaveCustomField($input: CustomFieldInput!) { saveCustomField(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDataChangeApproval($mode: DataChangeApproval!) { setDataChangeApproval(mode: $mode) { id dataChangeApproval } }"): (typeof documents)["mutation SetDataChangeApproval($mode: DataChangeApproval!) { setDataChangeApproval(mode: $mode) { id dataChangeApproval } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contract($id: ID!) {\n    contract(id: $id) {\n      id\n      title\n      signed\n      validated\n      signedAt\n      documentUrl\n      document {\n        id\n        name\n        size\n        url\n      }\n      type {\n        id\n        name\n        visibleToCustomer\n      }\n      unit {\n        id\n        name\n      }\n      occurrences {\n        id\n        kind\n        description\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query Contract($id: ID!) {\n    contract(id: $id) {\n      id\n      title\n      signed\n      validated\n      signedAt\n      documentUrl\n      document {\n        id\n        name\n        size\n        url\n      }\n      type {\n        id\n        name\n        visibleToCustomer\n      }\n      unit {\n        id\n        name\n      }\n      occurrences {\n        id\n        kind\n        description\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContractDocument($contractId: ID!, $fileId: ID) {\n    setContractDocument(contractId: $contractId, fileId: $fileId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetContractDocument($contractId: ID!, $fileId: ID) {\n    setContractDocument(contractId: $contractId, fileId: $fileId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContractStatus($input: ContractStatusInput!) {\n    setContractStatus(input: $input) {\n      id\n      signed\n      validated\n    }\n  }\n"): (typeof documents)["\n  mutation SetContractStatus($input: ContractStatusInput!) {\n    setContractStatus(input: $input) {\n      id\n      signed\n      validated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactInbox($filter: ContactFilter, $after: String) {\n    contactMessages(filter: $filter, first: 30, after: $after) {\n      nodes {\n        id\n        subject\n        status\n        createdAt\n        updatedAt\n        customerName\n        unitName\n        blockName\n        developmentName\n        type {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactInbox($filter: ContactFilter, $after: String) {\n    contactMessages(filter: $filter, first: 30, after: $after) {\n      nodes {\n        id\n        subject\n        status\n        createdAt\n        updatedAt\n        customerName\n        unitName\n        blockName\n        developmentName\n        type {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactFilterOptions {\n    developments {\n      id\n      name\n      blocks {\n        id\n        name\n      }\n    }\n    contactTypes {\n      id\n      name\n    }\n    customers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactFilterOptions {\n    developments {\n      id\n      name\n      blocks {\n        id\n        name\n      }\n    }\n    contactTypes {\n      id\n      name\n    }\n    customers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactMessage($id: ID!) {\n    contactMessage(id: $id) {\n      id\n      subject\n      body\n      status\n      createdAt\n      customerId\n      customerName\n      unitName\n      blockName\n      developmentName\n      type {\n        id\n        name\n      }\n      opinions {\n        id\n        status\n        text\n        visibleToCustomer\n        createdAt\n        authorName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactMessage($id: ID!) {\n    contactMessage(id: $id) {\n      id\n      subject\n      body\n      status\n      createdAt\n      customerId\n      customerName\n      unitName\n      blockName\n      developmentName\n      type {\n        id\n        name\n      }\n      opinions {\n        id\n        status\n        text\n        visibleToCustomer\n        createdAt\n        authorName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOpinion($input: AddOpinionInput!) {\n    addOpinion(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AddOpinion($input: AddOpinionInput!) {\n    addOpinion(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactTypesConfig {\n    contactTypes {\n      id\n      name\n      active\n      position\n    }\n  }\n"): (typeof documents)["\n  query ContactTypesConfig {\n    contactTypes {\n      id\n      name\n      active\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveContactType($input: ContactTypeInput!) {\n    saveContactType(input: $input) {\n      id\n      name\n      active\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation SaveContactType($input: ContactTypeInput!) {\n    saveContactType(input: $input) {\n      id\n      name\n      active\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountDetail($id: ID!) {\n    account(id: $id) {\n      ...LoginStatus\n      name\n      kind\n      customer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountDetail($id: ID!) {\n    account(id: $id) {\n      ...LoginStatus\n      name\n      kind\n      customer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      document\n      email\n      phone\n      city\n      state\n      account {\n        ...LoginStatus\n      }\n      participations {\n        role\n        associationType {\n          id\n          name\n        }\n        reservation {\n          id\n          status\n          contracts {\n            id\n            title\n          }\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n    requests(filter: { customerId: $id }, first: 20) {\n      nodes {\n        id\n        number\n        kind\n        status {\n          id\n          name\n        }\n        subsubject {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      document\n      email\n      phone\n      city\n      state\n      account {\n        ...LoginStatus\n      }\n      participations {\n        role\n        associationType {\n          id\n          name\n        }\n        reservation {\n          id\n          status\n          contracts {\n            id\n            title\n          }\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n    requests(filter: { customerId: $id }, first: 20) {\n      nodes {\n        id\n        number\n        kind\n        status {\n          id\n          name\n        }\n        subsubject {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartViewAs($id: ID!) { startViewAsClient(customerId: $id) }"): (typeof documents)["mutation StartViewAs($id: ID!) { startViewAsClient(customerId: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($search: String) {\n    customers(search: $search, first: 50) {\n      nodes {\n        id\n        name\n        document\n        email\n        account {\n          id\n          loginActive\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customers($search: String) {\n    customers(search: $search, first: 50) {\n      nodes {\n        id\n        name\n        document\n        email\n        account {\n          id\n          loginActive\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoginStatus on Account {\n    id\n    email\n    loginActive\n    deactivatedAt\n    deactivatedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LoginStatus on Account {\n    id\n    email\n    loginActive\n    deactivatedAt\n    deactivatedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivateLogin($id: ID!) { reactivateLogin(accountId: $id) { id loginActive } }"): (typeof documents)["mutation ReactivateLogin($id: ID!) { reactivateLogin(accountId: $id) { id loginActive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendInvitation($id: ID!) { sendInvitation(accountId: $id) { id } }"): (typeof documents)["mutation SendInvitation($id: ID!) { sendInvitation(accountId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataChangeFields on DataChangeRequest {\n    id\n    status\n    createdAt\n    rejectionReason\n    decidedByName\n    baseVersion\n    emailInUse\n    customer {\n      id\n      name\n      version\n    }\n    fields {\n      field\n      label\n      original\n      proposed\n      changed\n    }\n  }\n"): (typeof documents)["\n  fragment DataChangeFields on DataChangeRequest {\n    id\n    status\n    createdAt\n    rejectionReason\n    decidedByName\n    baseVersion\n    emailInUse\n    customer {\n      id\n      name\n      version\n    }\n    fields {\n      field\n      label\n      original\n      proposed\n      changed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataChanges($filter: DataChangeFilter) {\n    dataChangeRequests(filter: $filter, first: 50) {\n      nodes {\n        ...DataChangeFields\n      }\n    }\n    developments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DataChanges($filter: DataChangeFilter) {\n    dataChangeRequests(filter: $filter, first: 50) {\n      nodes {\n        ...DataChangeFields\n      }\n    }\n    developments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkedDataChange($id: ID!) {\n    dataChangeRequest(id: $id) {\n      ...DataChangeFields\n    }\n  }\n"): (typeof documents)["\n  query LinkedDataChange($id: ID!) {\n    dataChangeRequest(id: $id) {\n      ...DataChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveDataChange($id: ID!, $corrected: [FieldValueInput!], $seenVersion: Int) { approveDataChange(id: $id, corrected: $corrected, seenVersion: $seenVersion) { id status } }"): (typeof documents)["mutation ApproveDataChange($id: ID!, $corrected: [FieldValueInput!], $seenVersion: Int) { approveDataChange(id: $id, corrected: $corrected, seenVersion: $seenVersion) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectDataChange($id: ID!, $reason: String!) { rejectDataChange(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation RejectDataChange($id: ID!, $reason: String!) { rejectDataChange(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteDataChange($id: ID!) { deleteDataChange(id: $id) { id status } }"): (typeof documents)["mutation DeleteDataChange($id: ID!) { deleteDataChange(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentDocuments($id: ID!) {\n    development(id: $id) {\n      id\n      blocks {\n        id\n        name\n      }\n      documents {\n        id\n        title\n        category\n        url\n        block {\n          id\n          name\n        }\n        unitName\n        file {\n          id\n          size\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DevelopmentDocuments($id: ID!) {\n    development(id: $id) {\n      id\n      blocks {\n        id\n        name\n      }\n      documents {\n        id\n        title\n        category\n        url\n        block {\n          id\n          name\n        }\n        unitName\n        file {\n          id\n          size\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDevelopmentDocument($input: AddDevelopmentDocumentInput!) {\n    addDevelopmentDocument(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddDevelopmentDocument($input: AddDevelopmentDocumentInput!) {\n    addDevelopmentDocument(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDevelopmentDocument($id: ID!) {\n    removeDevelopmentDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveDevelopmentDocument($id: ID!) {\n    removeDevelopmentDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevelopmentsFull {\n    developments {\n      id\n      name\n      kind\n      deliveryDate\n      status\n      allowServiceRequests\n      allowAssistanceRequests\n      blocks {\n        id\n        name\n        active\n      }\n      stages {\n        id\n        name\n        active\n      }\n      commonAreas {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DevelopmentsFull {\n    developments {\n      id\n      name\n      kind\n      deliveryDate\n      status\n      allowServiceRequests\n      allowAssistanceRequests\n      blocks {\n        id\n        name\n        active\n      }\n      stages {\n        id\n        name\n        active\n      }\n      commonAreas {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDevelopment($input: DevelopmentSettingsInput!) { updateDevelopment(input: $input) { id } }"): (typeof documents)["mutation UpdateDevelopment($input: DevelopmentSettingsInput!) { updateDevelopment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetBlockActive($id: ID!, $active: Boolean!) { setBlockActive(id: $id, active: $active) { id active } }"): (typeof documents)["mutation SetBlockActive($id: ID!, $active: Boolean!) { setBlockActive(id: $id, active: $active) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetStageActive($id: ID!, $active: Boolean!) { setStageActive(id: $id, active: $active) { id active } }"): (typeof documents)["mutation SetStageActive($id: ID!, $active: Boolean!) { setStageActive(id: $id, active: $active) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Developments {\n    developments {\n      id\n      name\n      kind\n      deliveryDate\n      allowServiceRequests\n      allowAssistanceRequests\n    }\n  }\n"): (typeof documents)["\n  query Developments {\n    developments {\n      id\n      name\n      kind\n      deliveryDate\n      allowServiceRequests\n      allowAssistanceRequests\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyndicFiles($id: ID!) {\n    development(id: $id) {\n      id\n      syndicFiles {\n        ...SyndicFileRow\n      }\n      syndics {\n        id\n        name\n        files {\n          ...SyndicFileRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SyndicFiles($id: ID!) {\n    development(id: $id) {\n      id\n      syndicFiles {\n        ...SyndicFileRow\n      }\n      syndics {\n        id\n        name\n        files {\n          ...SyndicFileRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SyndicFileRow on SyndicFile {\n    id\n    name\n    url\n    file {\n      id\n      size\n    }\n  }\n"): (typeof documents)["\n  fragment SyndicFileRow on SyndicFile {\n    id\n    name\n    url\n    file {\n      id\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSyndicFile($input: AddSyndicFileInput!) {\n    addSyndicFile(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddSyndicFile($input: AddSyndicFileInput!) {\n    addSyndicFile(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSyndicFile($id: ID!) {\n    removeSyndicFile(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveSyndicFile($id: ID!) {\n    removeSyndicFile(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainerOptions($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      participations {\n        unit {\n          id\n          name\n        }\n        reservation {\n          id\n          contracts {\n            id\n            title\n          }\n        }\n      }\n    }\n    requests(filter: { customerId: $customerId }, first: 50) {\n      nodes {\n        id\n        number\n        subsubject {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplainerOptions($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      participations {\n        unit {\n          id\n          name\n        }\n        reservation {\n          id\n          contracts {\n            id\n            title\n          }\n        }\n      }\n    }\n    requests(filter: { customerId: $customerId }, first: 50) {\n      nodes {\n        id\n        number\n        subsubject {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainerCustomers($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        document\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplainerCustomers($search: String) {\n    customers(search: $search, first: 20) {\n      nodes {\n        id\n        name\n        document\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainerSyndics {\n    developments {\n      id\n      name\n      syndics {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplainerSyndics {\n    developments {\n      id\n      name\n      syndics {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainerSyndicRequests($developmentId: ID!) {\n    requests(filter: { developmentId: $developmentId }, first: 50) {\n      nodes {\n        id\n        number\n        subsubject {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        commonArea {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplainerSyndicRequests($developmentId: ID!) {\n    requests(filter: { developmentId: $developmentId }, first: 50) {\n      nodes {\n        id\n        number\n        subsubject {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        commonArea {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Explain($input: ExplainVisibilityInput!) {\n    explainVisibility(input: $input) {\n      visible\n      subject\n      hostname\n      portal {\n        id\n        name\n      }\n      checks {\n        ruleId\n        label\n        passed\n        detail\n        fix {\n          screen\n          id\n          label\n          setting\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Explain($input: ExplainVisibilityInput!) {\n    explainVisibility(input: $input) {\n      visible\n      subject\n      hostname\n      portal {\n        id\n        name\n      }\n      checks {\n        ruleId\n        label\n        passed\n        detail\n        fix {\n          screen\n          id\n          label\n          setting\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerExtras($id: ID!) {\n    customer(id: $id) {\n      id\n      addressConfirmedAt\n      participations {\n        unit {\n          id\n          development {\n            id\n            name\n          }\n        }\n      }\n    }\n    customerPendingDocumentation(customerId: $id) {\n      id\n      kind\n      description\n      developmentName\n      createdAt\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  query CustomerExtras($id: ID!) {\n    customer(id: $id) {\n      id\n      addressConfirmedAt\n      participations {\n        unit {\n          id\n          development {\n            id\n            name\n          }\n        }\n      }\n    }\n    customerPendingDocumentation(customerId: $id) {\n      id\n      kind\n      description\n      developmentName\n      createdAt\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPendingDocumentation($input: AddPendingDocumentationInput!) {\n    addPendingDocumentation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddPendingDocumentation($input: AddPendingDocumentationInput!) {\n    addPendingDocumentation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolvePendingDocumentation($id: ID!) {\n    resolvePendingDocumentation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResolvePendingDocumentation($id: ID!) {\n    resolvePendingDocumentation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalExtras($portalId: ID!) {\n    portal(id: $portalId) {\n      id\n      name\n      developments {\n        id\n        name\n      }\n    }\n    portalBanners(portalId: $portalId) {\n      id\n      title\n      link\n      startsOn\n      endsOn\n      active\n      thumbnailUrl\n      developmentIds\n    }\n    portalBenefits(portalId: $portalId) {\n      id\n      partner\n      title\n      description\n      discount\n      coupon\n      link\n      active\n    }\n  }\n"): (typeof documents)["\n  query PortalExtras($portalId: ID!) {\n    portal(id: $portalId) {\n      id\n      name\n      developments {\n        id\n        name\n      }\n    }\n    portalBanners(portalId: $portalId) {\n      id\n      title\n      link\n      startsOn\n      endsOn\n      active\n      thumbnailUrl\n      developmentIds\n    }\n    portalBenefits(portalId: $portalId) {\n      id\n      partner\n      title\n      description\n      discount\n      coupon\n      link\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBanner($input: BannerInput!) {\n    saveBanner(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBanner($input: BannerInput!) {\n    saveBanner(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBanner($id: ID!) {\n    deleteBanner(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBanner($id: ID!) {\n    deleteBanner(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBenefit($input: BenefitInput!) {\n    saveBenefit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBenefit($input: BenefitInput!) {\n    saveBenefit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBenefit($id: ID!) {\n    deleteBenefit(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBenefit($id: ID!) {\n    deleteBenefit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalFaq($portalId: ID!) {\n    portal(id: $portalId) {\n      id\n      name\n      showFaq\n    }\n    portalFaq(portalId: $portalId) {\n      id\n      name\n      position\n      active\n      entries {\n        id\n        question\n        answer\n        position\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalFaq($portalId: ID!) {\n    portal(id: $portalId) {\n      id\n      name\n      showFaq\n    }\n    portalFaq(portalId: $portalId) {\n      id\n      name\n      position\n      active\n      entries {\n        id\n        question\n        answer\n        position\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFaqCategory($input: FaqCategoryInput!) {\n    saveFaqCategory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFaqCategory($input: FaqCategoryInput!) {\n    saveFaqCategory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFaqEntry($input: FaqEntryInput!) {\n    saveFaqEntry(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFaqEntry($input: FaqEntryInput!) {\n    saveFaqEntry(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFaqEntry($id: ID!) {\n    deleteFaqEntry(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteFaqEntry($id: ID!) {\n    deleteFaqEntry(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingBlocks($developmentId: ID!) {\n    billingBlocks(developmentId: $developmentId) {\n      id\n      blockId\n      blockName\n      reason\n      source\n      active\n      createdAt\n      createdByName\n      endedAt\n      endedByName\n      customersHeld\n    }\n  }\n"): (typeof documents)["\n  query BillingBlocks($developmentId: ID!) {\n    billingBlocks(developmentId: $developmentId) {\n      id\n      blockId\n      blockName\n      reason\n      source\n      active\n      createdAt\n      createdByName\n      endedAt\n      endedByName\n      customersHeld\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBillingBlock($input: BillingBlockInput!) { createBillingBlock(input: $input) { id } }"): (typeof documents)["mutation CreateBillingBlock($input: BillingBlockInput!) { createBillingBlock(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiftBillingBlock($id: ID!) { liftBillingBlock(id: $id) { id active } }"): (typeof documents)["mutation LiftBillingBlock($id: ID!) { liftBillingBlock(id: $id) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFinance($customerId: ID!) {\n    customerFinance(customerId: $customerId) {\n      reservationId\n      unitName\n      developmentName\n      saleCode\n      holder\n      portalName\n      records {\n        kind\n        id\n        description\n        dueDate\n        amount { amount }\n        state\n        billStatus\n        superseded\n        visible\n        failedRule\n        reason\n        markedPaidAt\n        markedPaidByName\n        proofUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerFinance($customerId: ID!) {\n    customerFinance(customerId: $customerId) {\n      reservationId\n      unitName\n      developmentName\n      saleCode\n      holder\n      portalName\n      records {\n        kind\n        id\n        description\n        dueDate\n        amount { amount }\n        state\n        billStatus\n        superseded\n        visible\n        failedRule\n        reason\n        markedPaidAt\n        markedPaidByName\n        proofUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StaffFinanceChanged { staffFinanceChanged { reservationId } }"): (typeof documents)["subscription StaffFinanceChanged { staffFinanceChanged { reservationId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinancialRules {\n    me {\n      id\n      company {\n        id\n        overdueBlocksBills\n        secondCopyAllowed\n        prepaymentAllowed\n        prepaymentRateBasisPoints\n        prepaymentMethod\n        cardPaymentAllowed\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinancialRules {\n    me {\n      id\n      company {\n        id\n        overdueBlocksBills\n        secondCopyAllowed\n        prepaymentAllowed\n        prepaymentRateBasisPoints\n        prepaymentMethod\n        cardPaymentAllowed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFinancialRules($input: FinancialRulesInput!) {\n    updateFinancialRules(input: $input) { id overdueBlocksBills secondCopyAllowed prepaymentAllowed prepaymentRateBasisPoints prepaymentMethod cardPaymentAllowed }\n  }\n"): (typeof documents)["\n  mutation UpdateFinancialRules($input: FinancialRulesInput!) {\n    updateFinancialRules(input: $input) { id overdueBlocksBills secondCopyAllowed prepaymentAllowed prepaymentRateBasisPoints prepaymentMethod cardPaymentAllowed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalPermissions($id: ID!) { account(id: $id) { id kind portalPermissions } }"): (typeof documents)["query PortalPermissions($id: ID!) { account(id: $id) { id kind portalPermissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPortalPermissions($id: ID!, $permissions: [PortalPermission!]!) { setPortalPermissions(accountId: $id, permissions: $permissions) { id portalPermissions } }"): (typeof documents)["mutation SetPortalPermissions($id: ID!, $permissions: [PortalPermission!]!) { setPortalPermissions(accountId: $id, permissions: $permissions) { id portalPermissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactPreview($change: ImpactChangeInput!, $page: ImpactPageInput) {\n    impactPreview(change: $change, page: $page) {\n      nothingChanges\n      summary\n      kinds {\n        kind\n        direction\n        customers\n        objects\n        summary\n        nextCursor\n        examples { customerId customerName objectId objectLabel ruleId ruleLabel }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImpactPreview($change: ImpactChangeInput!, $page: ImpactPageInput) {\n    impactPreview(change: $change, page: $page) {\n      nothingChanges\n      summary\n      kinds {\n        kind\n        direction\n        customers\n        objects\n        summary\n        nextCursor\n        examples { customerId customerName objectId objectLabel ruleId ruleLabel }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiCalls($tokenId: ID, $after: String) {\n    apiCalls(tokenId: $tokenId, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        operation\n        outcome\n        rows\n        ms\n        token {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiCalls($tokenId: ID, $after: String) {\n    apiCalls(tokenId: $tokenId, first: 50, after: $after) {\n      nodes {\n        id\n        at\n        operation\n        outcome\n        rows\n        ms\n        token {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiCallTokens {\n    apiTokens {\n      id\n      name\n      prefix\n    }\n  }\n"): (typeof documents)["\n  query ApiCallTokens {\n    apiTokens {\n      id\n      name\n      prefix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncRun($id: ID!, $after: String) {\n    syncRun(id: $id) {\n      id\n      status\n      stale\n      note\n      startedAt\n      finishedAt\n      lastActivityAt\n      startedBy\n      batches\n      inserted\n      updated\n      unchanged\n      failedRows\n      errors(first: 50, after: $after) {\n        nodes {\n          id\n          at\n          kind\n          rowIndex\n          erpCode\n          field\n          code\n          message\n          row\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SyncRun($id: ID!, $after: String) {\n    syncRun(id: $id) {\n      id\n      status\n      stale\n      note\n      startedAt\n      finishedAt\n      lastActivityAt\n      startedBy\n      batches\n      inserted\n      updated\n      unchanged\n      failedRows\n      errors(first: 50, after: $after) {\n        nodes {\n          id\n          at\n          kind\n          rowIndex\n          erpCode\n          field\n          code\n          message\n          row\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSyncRun($id: ID!, $status: SyncRunStatus!) {\n    closeSyncRun(id: $id, status: $status) {\n      id\n      status\n      finishedAt\n      stale\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSyncRun($id: ID!, $status: SyncRunStatus!) {\n    closeSyncRun(id: $id, status: $status) {\n      id\n      status\n      finishedAt\n      stale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockSyncRun($id: ID!) {\n    unlockSyncRun(id: $id) {\n      id\n      status\n      finishedAt\n      stale\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockSyncRun($id: ID!) {\n    unlockSyncRun(id: $id) {\n      id\n      status\n      finishedAt\n      stale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncRuns($status: SyncRunStatus, $from: DateTimeISO, $to: DateTimeISO, $after: String) {\n    syncRuns(status: $status, from: $from, to: $to, first: 30, after: $after) {\n      nodes {\n        id\n        status\n        stale\n        note\n        startedAt\n        finishedAt\n        startedBy\n        batches\n        inserted\n        updated\n        unchanged\n        failedRows\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SyncRuns($status: SyncRunStatus, $from: DateTimeISO, $to: DateTimeISO, $after: String) {\n    syncRuns(status: $status, from: $from, to: $to, first: 30, after: $after) {\n      nodes {\n        id\n        status\n        stale\n        note\n        startedAt\n        finishedAt\n        startedBy\n        batches\n        inserted\n        updated\n        unchanged\n        failedRows\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSyncRun($note: String) {\n    openSyncRun(note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSyncRun($note: String) {\n    openSyncRun(note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      createdByName\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      createdByName\n      expiresAt\n      lastUsedAt\n      revokedAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyErpCode {\n    me {\n      id\n      company {\n        id\n        erpCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyErpCode {\n    me {\n      id\n      company {\n        id\n        erpCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompanyErpCode($erpCode: String) {\n    setCompanyErpCode(erpCode: $erpCode) {\n      id\n      erpCode\n    }\n  }\n"): (typeof documents)["\n  mutation SetCompanyErpCode($erpCode: String) {\n    setCompanyErpCode(erpCode: $erpCode) {\n      id\n      erpCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerNotifications($id: ID!) {\n    customerNotifications(customerId: $id) {\n      accountId\n      preferences {\n        email\n        whatsapp\n        whatsappConsent\n        push\n        frequency\n        workLog\n        whatsappNumber\n      }\n      sent {\n        id\n        kind\n        channel\n        status\n        subject\n        address\n        error\n        createdAt\n        sentAt\n        deliveredAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerNotifications($id: ID!) {\n    customerNotifications(customerId: $id) {\n      accountId\n      preferences {\n        email\n        whatsapp\n        whatsappConsent\n        push\n        frequency\n        workLog\n        whatsappNumber\n      }\n      sent {\n        id\n        kind\n        channel\n        status\n        subject\n        address\n        error\n        createdAt\n        sentAt\n        deliveredAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedJobs {\n    failedJobs {\n      id\n      description\n      error\n      retries\n      createdAt\n      failedAt\n    }\n  }\n"): (typeof documents)["\n  query FailedJobs {\n    failedJobs {\n      id\n      description\n      error\n      retries\n      createdAt\n      failedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedJob($id: ID!) {\n    retryFailedJob(id: $id)\n  }\n"): (typeof documents)["\n  mutation RetryFailedJob($id: ID!) {\n    retryFailedJob(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Portal($id: ID!) {\n    portal(id: $id) {\n      id\n      name\n      slug\n      active\n      loginEnabled\n      requireDataConfirmation\n      showScheduling\n      showServiceMenu\n      showAssistanceMenu\n      showBenefits\n      showFaq\n      showSurveys\n      showReferFriend\n      showAddressConfirmation\n      showPendingProposalsPopup\n      showPendingPreRegistrationsPopup\n      showLocation\n      showSyndicAccess\n      showCommonArea\n      showDeliveryForecast\n      showContracts\n      showFinancial\n      showStandaloneBills\n      associatesSeeHolderBills\n      taxSeries\n      workLogStatuses\n      showCustomerPayments\n      showBuilderPayments\n      finishedAssistanceSla\n      finishedAssistanceSlaUnit\n      loginText1\n      loginText2\n      whiteLabelName\n      logoUrl\n      primaryColor\n      secondaryColor\n      developments {\n        id\n        name\n      }\n      domains {\n        id\n        hostname\n        developments {\n          id\n          name\n        }\n      }\n    }\n    portalSettingsCatalog {\n      key\n      group\n      label\n      help\n      availability\n    }\n    developments {\n      id\n      name\n      kind\n    }\n    portalHealth(portalId: $id) {\n      kind\n      message\n      affected\n      fix {\n        screen\n        id\n        label\n        setting\n      }\n    }\n  }\n"): (typeof documents)["\n  query Portal($id: ID!) {\n    portal(id: $id) {\n      id\n      name\n      slug\n      active\n      loginEnabled\n      requireDataConfirmation\n      showScheduling\n      showServiceMenu\n      showAssistanceMenu\n      showBenefits\n      showFaq\n      showSurveys\n      showReferFriend\n      showAddressConfirmation\n      showPendingProposalsPopup\n      showPendingPreRegistrationsPopup\n      showLocation\n      showSyndicAccess\n      showCommonArea\n      showDeliveryForecast\n      showContracts\n      showFinancial\n      showStandaloneBills\n      associatesSeeHolderBills\n      taxSeries\n      workLogStatuses\n      showCustomerPayments\n      showBuilderPayments\n      finishedAssistanceSla\n      finishedAssistanceSlaUnit\n      loginText1\n      loginText2\n      whiteLabelName\n      logoUrl\n      primaryColor\n      secondaryColor\n      developments {\n        id\n        name\n      }\n      domains {\n        id\n        hostname\n        developments {\n          id\n          name\n        }\n      }\n    }\n    portalSettingsCatalog {\n      key\n      group\n      label\n      help\n      availability\n    }\n    developments {\n      id\n      name\n      kind\n    }\n    portalHealth(portalId: $id) {\n      kind\n      message\n      affected\n      fix {\n        screen\n        id\n        label\n        setting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePortalSettings($id: ID!, $input: PortalSettingsInput!) {\n    updatePortalSettings(portalId: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePortalSettings($id: ID!, $input: PortalSettingsInput!) {\n    updatePortalSettings(portalId: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPortalActive($id: ID!, $active: Boolean!) {\n    setPortalActive(portalId: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetPortalActive($id: ID!, $active: Boolean!) {\n    setPortalActive(portalId: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPortalDevelopments($id: ID!, $developmentIds: [ID!]!) {\n    setPortalDevelopments(portalId: $id, developmentIds: $developmentIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetPortalDevelopments($id: ID!, $developmentIds: [ID!]!) {\n    setPortalDevelopments(portalId: $id, developmentIds: $developmentIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePortalDomain($input: PortalDomainInput!) {\n    savePortalDomain(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SavePortalDomain($input: PortalDomainInput!) {\n    savePortalDomain(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePortalDomain($id: ID!) {\n    removePortalDomain(domainId: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePortalDomain($id: ID!) {\n    removePortalDomain(domainId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePortal($id: ID!, $confirmName: String!) {\n    deletePortal(portalId: $id, confirmName: $confirmName)\n  }\n"): (typeof documents)["\n  mutation DeletePortal($id: ID!, $confirmName: String!) {\n    deletePortal(portalId: $id, confirmName: $confirmName)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Portals($search: String, $active: Boolean, $developmentStatus: DevelopmentStatus) {\n    portals(search: $search, active: $active, developmentStatus: $developmentStatus) {\n      id\n      name\n      slug\n      active\n      developments {\n        id\n        name\n        kind\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Portals($search: String, $active: Boolean, $developmentStatus: DevelopmentStatus) {\n    portals(search: $search, active: $active, developmentStatus: $developmentStatus) {\n      id\n      name\n      slug\n      active\n      developments {\n        id\n        name\n        kind\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePortal($input: CreatePortalInput!) {\n    createPortal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePortal($input: CreatePortalInput!) {\n    createPortal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerConsents($customerId: ID!) {\n    customerConsents(customerId: $customerId) {\n      purpose\n      granted\n      outdated\n      grantedAt\n      source\n      revokedAt\n      history {\n        textVersion\n        source\n        grantedAt\n        revokedAt\n        revokedSource\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerConsents($customerId: ID!) {\n    customerConsents(customerId: $customerId) {\n      purpose\n      granted\n      outdated\n      grantedAt\n      source\n      revokedAt\n      history {\n        textVersion\n        source\n        grantedAt\n        revokedAt\n        revokedSource\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDeletionRequests($customerId: ID!) {\n    deletionRequests(customerId: $customerId, first: 20) {\n      nodes {\n        ...DeletionRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDeletionRequests($customerId: ID!) {\n    deletionRequests(customerId: $customerId, first: 20) {\n      nodes {\n        ...DeletionRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDataAccessLog($customerId: ID!, $after: String) {\n    customerDataAccessLog(customerId: $customerId, first: 20, after: $after) {\n      nodes {\n        id\n        at\n        who\n        byStaff\n        what\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDataAccessLog($customerId: ID!, $after: String) {\n    customerDataAccessLog(customerId: $customerId, first: 20, after: $after) {\n      nodes {\n        id\n        at\n        who\n        byStaff\n        what\n        ip\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeletionRequestFields on DeletionRequestView {\n    id\n    customerId\n    customerName\n    status\n    reason\n    requestedAt\n    decidedAt\n    decidedByName\n    refusalReason\n    retainedUntil\n    retained {\n      id\n      kind\n      description\n      legalBasis\n      retainUntil\n    }\n  }\n"): (typeof documents)["\n  fragment DeletionRequestFields on DeletionRequestView {\n    id\n    customerId\n    customerName\n    status\n    reason\n    requestedAt\n    decidedAt\n    decidedByName\n    refusalReason\n    retainedUntil\n    retained {\n      id\n      kind\n      description\n      legalBasis\n      retainUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteDeletionRequest($id: ID!) { completeDeletionRequest(id: $id) { ...DeletionRequestFields } }"): (typeof documents)["mutation CompleteDeletionRequest($id: ID!) { completeDeletionRequest(id: $id) { ...DeletionRequestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefuseDeletionRequest($id: ID!, $reason: String!) { refuseDeletionRequest(id: $id, reason: $reason) { ...DeletionRequestFields } }"): (typeof documents)["mutation RefuseDeletionRequest($id: ID!, $reason: String!) { refuseDeletionRequest(id: $id, reason: $reason) { ...DeletionRequestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletionRequests($status: DeletionRequestStatus, $after: String) {\n    deletionRequests(status: $status, first: 20, after: $after) {\n      nodes {\n        ...DeletionRequestFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletionRequests($status: DeletionRequestStatus, $after: String) {\n    deletionRequests(status: $status, first: 20, after: $after) {\n      nodes {\n        ...DeletionRequestFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataProtectionOfficer { dataProtectionOfficer { name email phone } }"): (typeof documents)["query DataProtectionOfficer { dataProtectionOfficer { name email phone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDataProtectionOfficer($input: DataProtectionOfficerInput!) {\n    updateDataProtectionOfficer(input: $input) { name email phone }\n  }\n"): (typeof documents)["\n  mutation UpdateDataProtectionOfficer($input: DataProtectionOfficerInput!) {\n    updateDataProtectionOfficer(input: $input) { name email phone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffRequest($id: ID!) {\n    request(id: $id) {\n      id\n      number\n      kind\n      description\n      createdAt\n      openedByName\n      openedBy {\n        id\n        customer {\n          id\n          name\n        }\n      }\n      status {\n        id\n        name\n      }\n      subject {\n        id\n        name\n      }\n      subsubject {\n        id\n        name\n        portalDisplayName\n      }\n      development {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      commonArea {\n        id\n        name\n      }\n      location {\n        id\n        name\n      }\n      finishedAt\n      cancelled\n      ratingScore\n      ratingComment\n      assignee {\n        id\n        name\n      }\n      assignableStaff {\n        id\n        name\n      }\n      sla {\n        openedAt\n        elapsedMinutes\n        dueHours\n        dueAt\n        remainingMinutes\n        overdue\n      }\n      photos {\n        id\n        name\n        url\n        thumbnailUrl\n      }\n      messages {\n        id\n        body\n        createdAt\n        visibility\n        authorKind\n        authorName\n        photos {\n          id\n          name\n          url\n          thumbnailUrl\n        }\n      }\n      history {\n        id\n        at\n        comment\n        changedByName\n        fromStatus {\n          id\n          name\n        }\n        toStatus {\n          id\n          name\n        }\n      }\n    }\n    workflows {\n      id\n      kind\n      statuses {\n        id\n        name\n        isFinal\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffRequest($id: ID!) {\n    request(id: $id) {\n      id\n      number\n      kind\n      description\n      createdAt\n      openedByName\n      openedBy {\n        id\n        customer {\n          id\n          name\n        }\n      }\n      status {\n        id\n        name\n      }\n      subject {\n        id\n        name\n      }\n      subsubject {\n        id\n        name\n        portalDisplayName\n      }\n      development {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      commonArea {\n        id\n        name\n      }\n      location {\n        id\n        name\n      }\n      finishedAt\n      cancelled\n      ratingScore\n      ratingComment\n      assignee {\n        id\n        name\n      }\n      assignableStaff {\n        id\n        name\n      }\n      sla {\n        openedAt\n        elapsedMinutes\n        dueHours\n        dueAt\n        remainingMinutes\n        overdue\n      }\n      photos {\n        id\n        name\n        url\n        thumbnailUrl\n      }\n      messages {\n        id\n        body\n        createdAt\n        visibility\n        authorKind\n        authorName\n        photos {\n          id\n          name\n          url\n          thumbnailUrl\n        }\n      }\n      history {\n        id\n        at\n        comment\n        changedByName\n        fromStatus {\n          id\n          name\n        }\n        toStatus {\n          id\n          name\n        }\n      }\n    }\n    workflows {\n      id\n      kind\n      statuses {\n        id\n        name\n        isFinal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffReply($input: ReplyToRequestInput!) {\n    replyToRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StaffReply($input: ReplyToRequestInput!) {\n    replyToRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      id\n      assignee {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      id\n      assignee {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StaffRequestChanged {\n    requestListChanged {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription StaffRequestChanged {\n    requestListChanged {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStatus($input: ChangeRequestStatusInput!) {\n    changeRequestStatus(input: $input) {\n      id\n      status {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeStatus($input: ChangeRequestStatusInput!) {\n    changeRequestStatus(input: $input) {\n      id\n      status {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Desk($filter: RequestFilter, $after: String) {\n    requests(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        kind\n        createdAt\n        openedByName\n        status {\n          id\n          name\n          isFinal\n        }\n        sla {\n          remainingMinutes\n          overdue\n        }\n        subsubject {\n          id\n          name\n        }\n        development {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        commonArea {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Desk($filter: RequestFilter, $after: String) {\n    requests(filter: $filter, first: 25, after: $after) {\n      nodes {\n        id\n        number\n        kind\n        createdAt\n        openedByName\n        status {\n          id\n          name\n          isFinal\n        }\n        sla {\n          remainingMinutes\n          overdue\n        }\n        subsubject {\n          id\n          name\n        }\n        development {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        commonArea {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskFilters {\n    developments {\n      id\n      name\n    }\n    workflows {\n      id\n      kind\n      statuses {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskFilters {\n    developments {\n      id\n      name\n    }\n    workflows {\n      id\n      kind\n      statuses {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestListChanged {\n    requestListChanged {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription RequestListChanged {\n    requestListChanged {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAppointmentSlots($developmentId: ID!) {\n    staffAppointmentSlots(developmentId: $developmentId) {\n      id\n      kind\n      day\n      time\n      durationMinutes\n      booking { id unitName customerName bookedAt }\n    }\n  }\n"): (typeof documents)["\n  query StaffAppointmentSlots($developmentId: ID!) {\n    staffAppointmentSlots(developmentId: $developmentId) {\n      id\n      kind\n      day\n      time\n      durationMinutes\n      booking { id unitName customerName bookedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAppointmentSlots($input: PublishAppointmentSlotsInput!) {\n    publishAppointmentSlots(input: $input)\n  }\n"): (typeof documents)["\n  mutation PublishAppointmentSlots($input: PublishAppointmentSlotsInput!) {\n    publishAppointmentSlots(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAppointmentSlot($id: ID!) {\n    removeAppointmentSlot(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveAppointmentSlot($id: ID!) {\n    removeAppointmentSlot(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointmentAsStaff($id: ID!, $reason: String!) {\n    cancelAppointmentAsStaff(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation CancelAppointmentAsStaff($id: ID!, $reason: String!) {\n    cancelAppointmentAsStaff(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Staff {\n    staffAccounts {\n      id\n      name\n      email\n      staffRole\n      permissions\n      expiresAt\n      loginActive\n      twoFactorEnabled\n      developments {\n        id\n        name\n      }\n    }\n    developments {\n      id\n      name\n    }\n    me {\n      id\n      company {\n        id\n        requireAdminTwoFactor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Staff {\n    staffAccounts {\n      id\n      name\n      email\n      staffRole\n      permissions\n      expiresAt\n      loginActive\n      twoFactorEnabled\n      developments {\n        id\n        name\n      }\n    }\n    developments {\n      id\n      name\n    }\n    me {\n      id\n      company {\n        id\n        requireAdminTwoFactor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateStaff($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }"): (typeof documents)["mutation CreateStaff($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateStaff($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { id } }"): (typeof documents)["mutation UpdateStaff($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetStaffTwoFactor($accountId: ID!) { resetStaffTwoFactor(accountId: $accountId) { id twoFactorEnabled } }"): (typeof documents)["mutation ResetStaffTwoFactor($accountId: ID!) { resetStaffTwoFactor(accountId: $accountId) { id twoFactorEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRequireAdminTwoFactor($requireAdminTwoFactor: Boolean!) {\n    setRequireAdminTwoFactor(requireAdminTwoFactor: $requireAdminTwoFactor) { id requireAdminTwoFactor }\n  }\n"): (typeof documents)["\n  mutation SetRequireAdminTwoFactor($requireAdminTwoFactor: Boolean!) {\n    setRequireAdminTwoFactor(requireAdminTwoFactor: $requireAdminTwoFactor) { id requireAdminTwoFactor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSurveys {\n    staffSurveys { id title opensOn closesOn status developmentName responses version questions { id kind text options } }\n  }\n"): (typeof documents)["\n  query StaffSurveys {\n    staffSurveys { id title opensOn closesOn status developmentName responses version questions { id kind text options } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSurvey($input: SurveyInput!) {\n    saveSurvey(input: $input) { id status version }\n  }\n"): (typeof documents)["\n  mutation SaveSurvey($input: SurveyInput!) {\n    saveSurvey(input: $input) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation PublishSurvey($id: ID!) {\n    publishSurvey(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      surveyId\n      title\n      responses\n      questions { questionId kind text answered average texts counts { label count } }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResults($id: ID!) {\n    surveyResults(id: $id) {\n      surveyId\n      title\n      responses\n      questions { questionId kind text answered average texts counts { label count } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadLimits {\n    uploadLimits {\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  query UploadLimits {\n    uploadLimits {\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FixSettingsCatalog {\n    portalSettingsCatalog {\n      key\n      label\n    }\n  }\n"): (typeof documents)["\n  query FixSettingsCatalog {\n    portalSettingsCatalog {\n      key\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffScheduleView on WorkScheduleView {\n    developmentId\n    progress\n    plannedProgress\n    plannedEnd\n    forecastEnd\n    delayDays\n    delayText\n    tasks {\n      id\n      name\n      position\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      weight\n      progress\n      state\n      delayDays\n      delayText\n      forecastEnd\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment StaffScheduleView on WorkScheduleView {\n    developmentId\n    progress\n    plannedProgress\n    plannedEnd\n    forecastEnd\n    delayDays\n    delayText\n    tasks {\n      id\n      name\n      position\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      weight\n      progress\n      state\n      delayDays\n      delayText\n      forecastEnd\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSchedule($developmentId: ID!) {\n    staffSchedule(developmentId: $developmentId) {\n      ...StaffScheduleView\n    }\n  }\n"): (typeof documents)["\n  query StaffSchedule($developmentId: ID!) {\n    staffSchedule(developmentId: $developmentId) {\n      ...StaffScheduleView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveScheduleTask($input: SaveScheduleTaskInput!) {\n    saveScheduleTask(input: $input) {\n      ...StaffScheduleView\n    }\n  }\n"): (typeof documents)["\n  mutation SaveScheduleTask($input: SaveScheduleTaskInput!) {\n    saveScheduleTask(input: $input) {\n      ...StaffScheduleView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteScheduleTask($id: ID!) {\n    deleteScheduleTask(id: $id) {\n      ...StaffScheduleView\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteScheduleTask($id: ID!) {\n    deleteScheduleTask(id: $id) {\n      ...StaffScheduleView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorksDevelopment {\n    developments {\n      id\n      name\n      blocks {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorksDevelopment {\n    developments {\n      id\n      name\n      blocks {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffWorkLog($developmentId: ID!, $status: WorkLogStatus) {\n    staffWorkLog(developmentId: $developmentId, status: $status) {\n      id\n      date\n      status\n      weather\n      occurrences\n      labour {\n        role\n        headcount\n      }\n      headcount\n      blockId\n      blockName\n      reviewNote\n      createdByName\n      reviewedByName\n      reviewedAt\n      version\n      photos {\n        id\n        url\n        thumbnailUrl\n        name\n      }\n      attachments {\n        id\n        url\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffWorkLog($developmentId: ID!, $status: WorkLogStatus) {\n    staffWorkLog(developmentId: $developmentId, status: $status) {\n      id\n      date\n      status\n      weather\n      occurrences\n      labour {\n        role\n        headcount\n      }\n      headcount\n      blockId\n      blockName\n      reviewNote\n      createdByName\n      reviewedByName\n      reviewedAt\n      version\n      photos {\n        id\n        url\n        thumbnailUrl\n        name\n      }\n      attachments {\n        id\n        url\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveWorkLogEntry($input: SaveWorkLogEntryInput!) {\n    saveWorkLogEntry(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveWorkLogEntry($input: SaveWorkLogEntryInput!) {\n    saveWorkLogEntry(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkLogStatus($id: ID!, $status: WorkLogStatus!, $version: Int!, $note: String) {\n    setWorkLogStatus(id: $id, status: $status, version: $version, note: $note) {\n      id\n      status\n      version\n      reviewNote\n    }\n  }\n"): (typeof documents)["\n  mutation SetWorkLogStatus($id: ID!, $status: WorkLogStatus!, $version: Int!, $note: String) {\n    setWorkLogStatus(id: $id, status: $status, version: $version, note: $note) {\n      id\n      status\n      version\n      reviewNote\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;