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
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation DeactivateMyLogin {\n    deactivateMyLogin\n  }\n": typeof types.DeactivateMyLoginDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      kind\n      needsDataConfirmation\n      viewedByName\n    }\n    currentPortal {\n      ...PortalBranding\n    }\n  }\n": typeof types.SessionDocument,
    "\n  query Menus {\n    myMenus {\n      menu\n      visible\n      reason\n    }\n  }\n": typeof types.MenusDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  subscription SessionEvents {\n    sessionEvents {\n      kind\n    }\n  }\n": typeof types.SessionEventsDocument,
    "\n  fragment PortalBranding on Portal {\n    id\n    name\n    whiteLabelName\n    logoUrl\n    primaryColor\n    secondaryColor\n    loginText1\n    loginText2\n    loginEnabled\n    showSyndicAccess\n  }\n": typeof types.PortalBrandingFragmentDoc,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Confirmation {\n    me {\n      id\n      customer {\n        ...ProfileFields\n      }\n    }\n  }\n": typeof types.ConfirmationDocument,
    "\n  mutation ConfirmMyData($changes: [FieldValueInput!]) {\n    confirmMyData(changes: $changes) {\n      id\n      dataConfirmedAt\n    }\n  }\n": typeof types.ConfirmMyDataDocument,
    "\n  mutation SignInWithMagicLink($input: TokenSignInInput!) {\n    signInWithMagicLink(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.SignInWithMagicLinkDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RequestMagicLink($input: RequestMagicLinkInput!) {\n    requestMagicLink(input: $input)\n  }\n": typeof types.RequestMagicLinkDocument,
    "\n  mutation RequestSignInCode($input: RequestSignInCodeInput!) {\n    requestSignInCode(input: $input)\n  }\n": typeof types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($input: CodeSignInInput!) {\n    signInWithCode(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.SignInWithCodeDocument,
    "\n  mutation EnterViewAsClient($input: TokenSignInInput!) {\n    enterViewAsClient(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": typeof types.EnterViewAsClientDocument,
    "\n  query Contact {\n    contactTypes {\n      id\n      name\n    }\n    myUnits {\n      id\n      name\n      development {\n        id\n        name\n      }\n    }\n    myContactMessages {\n      id\n      subject\n      body\n      status\n      createdAt\n      unitName\n      developmentName\n      type {\n        id\n        name\n      }\n      opinions {\n        id\n        status\n        text\n        createdAt\n      }\n    }\n  }\n": typeof types.ContactDocument,
    "\n  mutation SendContactMessage($input: SendContactMessageInput!) {\n    sendContactMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.SendContactMessageDocument,
    "\n  subscription ContactChanged {\n    myContactMessageChanged\n  }\n": typeof types.ContactChangedDocument,
    "\n  query MyAddressStatus {\n    myAddressStatus {\n      address\n      confirmedAt\n    }\n  }\n": typeof types.MyAddressStatusDocument,
    "\n  mutation ConfirmMyAddress {\n    confirmMyAddress {\n      address\n      confirmedAt\n    }\n  }\n": typeof types.ConfirmMyAddressDocument,
    "\n  query MyBanners {\n    myBanners {\n      id\n      title\n      link\n      imageUrl\n    }\n  }\n": typeof types.MyBannersDocument,
    "\n  query Benefits {\n    benefits {\n      id\n      partner\n      title\n      description\n      discount\n      coupon\n      link\n    }\n  }\n": typeof types.BenefitsDocument,
    "\n  query MyPendingDocumentation($kind: PendingDocumentationKind!) {\n    myPendingDocumentation(kind: $kind) {\n      id\n      kind\n      description\n      developmentName\n    }\n  }\n": typeof types.MyPendingDocumentationDocument,
    "\n  query MyReferrals {\n    myReferrals {\n      id\n      friendName\n      phone\n      email\n      developmentName\n      createdAt\n    }\n    referFriendDevelopments {\n      id\n      name\n    }\n  }\n": typeof types.MyReferralsDocument,
    "\n  mutation ReferFriend($input: ReferFriendInput!) {\n    referFriend(input: $input) {\n      id\n    }\n  }\n": typeof types.ReferFriendDocument,
    "\n  query Faq($search: String) {\n    faq(search: $search) {\n      id\n      name\n      entries {\n        id\n        question\n        answer\n      }\n    }\n  }\n": typeof types.FaqDocument,
    "\n  fragment BillParts on BillView {\n    id\n    dueDate\n    amount {\n      amount\n    }\n    digitableLine\n    digitableLineGrouped\n    pixCode\n    pixQrSvg\n    superseded\n    current\n    payable\n    standalone\n    pdfUrl\n    canMarkPaid\n    markedPaidAt\n    proofUrl\n  }\n": typeof types.BillPartsFragmentDoc,
    "\n  mutation AddPaymentCard($input: PaymentCardInput!) {\n    addPaymentCard(input: $input) {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n": typeof types.AddPaymentCardDocument,
    "\n  mutation EmailStatement($reservationId: ID!) {\n    emailStatement(reservationId: $reservationId)\n  }\n": typeof types.EmailStatementDocument,
    "\n  query TaxStatement($reservationId: ID!, $year: Int!) {\n    taxStatement(reservationId: $reservationId, year: $year) {\n      year\n      total {\n        amount\n      }\n      series\n      pdfUrl\n    }\n  }\n": typeof types.TaxStatementDocument,
    "\n  query FinanceUnits {\n    myUnits {\n      id\n      name\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FinanceUnitsDocument,
    "\n  fragment SummaryParts on FinanceSummary {\n    total {\n      amount\n    }\n    paid {\n      amount\n    }\n    toPay {\n      amount\n    }\n    overdue {\n      amount\n    }\n    paidCount\n    openCount\n    overdueCount\n    nextDueDate\n    nextDueAmount {\n      amount\n    }\n  }\n": typeof types.SummaryPartsFragmentDoc,
    "\n  fragment InstallmentParts on InstallmentView {\n    id\n    number\n    dueDate\n    amount {\n      amount\n    }\n    paidAmount {\n      amount\n    }\n    paidAt\n    state\n    billNotice\n    canRequestSecondCopy\n    issuing\n    prepayable\n    receiptUrl\n    currentBill {\n      ...BillParts\n    }\n    replacedBills {\n      ...BillParts\n    }\n  }\n": typeof types.InstallmentPartsFragmentDoc,
    "\n  mutation RequestSecondCopy($installmentId: ID!) {\n    requestSecondCopy(installmentId: $installmentId) {\n      id\n      kind\n      status\n    }\n  }\n": typeof types.RequestSecondCopyDocument,
    "\n  mutation MarkBillPaid($billId: ID!, $proofFileId: ID!) {\n    markBillPaid(billId: $billId, proofFileId: $proofFileId)\n  }\n": typeof types.MarkBillPaidDocument,
    "\n  query MyPaymentCards {\n    myPaymentCards {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n": typeof types.MyPaymentCardsDocument,
    "\n  mutation SetPaymentMethod($planId: ID!, $method: PaymentMethod!, $cardId: ID) {\n    setPaymentMethod(planId: $planId, method: $method, cardId: $cardId)\n  }\n": typeof types.SetPaymentMethodDocument,
    "\n  fragment PlanParts on PlanView {\n    id\n    series\n    paymentMethod\n    cardLabel\n    summary {\n      paidCount\n      openCount\n      overdueCount\n    }\n    installments {\n      ...InstallmentParts\n    }\n  }\n": typeof types.PlanPartsFragmentDoc,
    "\n  query SimulatePrepayment($installmentIds: [ID!]!) {\n    simulatePrepayment(installmentIds: $installmentIds) {\n      lines {\n        installmentId\n        number\n        series\n        dueDate\n        days\n        amount {\n          amount\n        }\n        presentValue {\n          amount\n        }\n        discount {\n          amount\n        }\n      }\n      total {\n        amount\n      }\n      presentValue {\n        amount\n      }\n      discount {\n        amount\n      }\n      terms\n    }\n  }\n": typeof types.SimulatePrepaymentDocument,
    "\n  mutation RequestPrepayment($installmentIds: [ID!]!) {\n    requestPrepayment(installmentIds: $installmentIds) {\n      id\n      kind\n      status\n    }\n  }\n": typeof types.RequestPrepaymentDocument,
    "\n  fragment SaleParts on SaleFinance {\n    reservationId\n    notice\n    statementUrl\n    taxYears\n    prepaymentAvailable\n    prepaymentNotice\n    paymentMethodChangeAvailable\n    holder\n    summary {\n      ...SummaryParts\n    }\n    plans {\n      ...PlanParts\n    }\n    standaloneBills {\n      ...BillParts\n    }\n    pendingRequests {\n      id\n      kind\n      total {\n        amount\n      }\n      presentValue {\n        amount\n      }\n    }\n  }\n": typeof types.SalePartsFragmentDoc,
    "\n  query UnitFinance($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n    unitFinance(unitId: $unitId) {\n      unitId\n      notice\n      sales {\n        ...SaleParts\n      }\n    }\n  }\n": typeof types.UnitFinanceDocument,
    "\n  subscription FinanceChanged {\n    myFinanceChanged {\n      reservationId\n    }\n  }\n": typeof types.FinanceChangedDocument,
    "\n  query Home {\n    myUnits {\n      id\n      name\n      deliveryForecast\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n    myRequests(open: true, first: 10) {\n      nodes {\n        ...RequestSummary\n      }\n    }\n    myDataChangeRequests {\n      id\n      status\n      rejectionReason\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferencesView {\n    email\n    whatsapp\n    whatsappConsent\n    whatsappConsentText\n    push\n    frequency\n    workLog\n    emailAddress\n    whatsappNumber\n    whatsappAvailable\n    pushAvailable\n  }\n": typeof types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  fragment OfficerFields on DataProtectionOfficer {\n    name\n    email\n    phone\n  }\n": typeof types.OfficerFieldsFragmentDoc,
    "\n  query Privacy {\n    myConsents {\n      purpose\n      granted\n      text\n      outdated\n      grantedAt\n      source\n      revokedAt\n      history {\n        textVersion\n        source\n        grantedAt\n        revokedAt\n        revokedSource\n      }\n    }\n    myDeletionRequests {\n      id\n      status\n      reason\n      requestedAt\n      decidedAt\n      refusalReason\n      retainedUntil\n      retained {\n        id\n        kind\n        description\n        legalBasis\n        retainUntil\n      }\n    }\n    dataProtectionOfficer {\n      ...OfficerFields\n    }\n  }\n": typeof types.PrivacyDocument,
    "\n  query MyDataAccessLog($after: String) {\n    myDataAccessLog(first: 20, after: $after) {\n      nodes {\n        id\n        at\n        who\n        byStaff\n        what\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyDataAccessLogDocument,
    "\n  mutation SetConsent($purpose: ConsentPurpose!, $granted: Boolean!) {\n    setConsent(purpose: $purpose, granted: $granted) {\n      purpose\n      granted\n      outdated\n      grantedAt\n      source\n      revokedAt\n    }\n  }\n": typeof types.SetConsentDocument,
    "\n  mutation RequestDataDeletion($reason: String) {\n    requestDataDeletion(reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RequestDataDeletionDocument,
    "\n  query SignInOfficer {\n    dataProtectionOfficer {\n      ...OfficerFields\n    }\n  }\n": typeof types.SignInOfficerDocument,
    "\n  fragment ProfileFields on Customer {\n    id\n    name\n    document\n    email\n    phone\n    postalCode\n    street\n    streetNumber\n    complement\n    district\n    city\n    state\n    version\n    customFieldValues {\n      field\n      label\n      type\n      value\n    }\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query Profile {\n    me {\n      id\n      customer {\n        ...ProfileFields\n      }\n    }\n    myDataChangeRequests {\n      id\n      status\n      createdAt\n      rejectionReason\n      fields {\n        field\n        label\n        original\n        proposed\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation RequestDataChange($changes: [FieldValueInput!]!) {\n    requestDataChange(changes: $changes) {\n      id\n      status\n    }\n  }\n": typeof types.RequestDataChangeDocument,
    "\n  query PushDevices($currentEndpoint: String) {\n    webPushPublicKey\n    myPushDevices(currentEndpoint: $currentEndpoint) {\n      id\n      label\n      thisDevice\n    }\n  }\n": typeof types.PushDevicesDocument,
    "\n  mutation SubscribePush($input: SubscribePushInput!) {\n    subscribePush(input: $input) {\n      id\n      label\n      thisDevice\n    }\n  }\n": typeof types.SubscribePushDocument,
    "\n  mutation UnsubscribePush($endpoint: String!) {\n    unsubscribePush(endpoint: $endpoint)\n  }\n": typeof types.UnsubscribePushDocument,
    "\n  query NewRequest($kind: RequestKind!, $target: RequestTarget!) {\n    myUnits {\n      id\n      name\n      locations {\n        id\n        name\n      }\n      development {\n        id\n        name\n        commonAreas {\n          id\n          name\n        }\n      }\n    }\n    requestSubjects(kind: $kind, target: $target) {\n      id\n      name\n      subsubjects {\n        id\n        name\n      }\n    }\n  }\n": typeof types.NewRequestDocument,
    "\n  mutation OpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenRequestDocument,
    "\n  fragment RequestSummary on Request {\n    id\n    number\n    kind\n    createdAt\n    finishedAt\n    status {\n      id\n      name\n      isFinal\n    }\n    subsubject {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    commonArea {\n      id\n      name\n    }\n  }\n": typeof types.RequestSummaryFragmentDoc,
    "\n  fragment RequestPhoto on StoredFile {\n    id\n    name\n    url\n    thumbnailUrl\n  }\n": typeof types.RequestPhotoFragmentDoc,
    "\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestSummary\n      description\n      openedByName\n      finishedAt\n      cancelled\n      viewerCanCancel\n      viewerCanRate\n      ratingScore\n      ratingComment\n      location {\n        id\n        name\n      }\n      photos {\n        ...RequestPhoto\n      }\n      history {\n        id\n        at\n        comment\n        changedByName\n        toStatus {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        body\n        createdAt\n        authorKind\n        authorName\n        mine\n        photos {\n          ...RequestPhoto\n        }\n      }\n    }\n  }\n": typeof types.RequestDetailDocument,
    "\n  subscription RequestChanged {\n    myRequestChanged {\n      id\n      status {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RequestChangedDocument,
    "\n  mutation ReplyToRequest($input: ReplyToRequestInput!) {\n    replyToRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.ReplyToRequestDocument,
    "\n  mutation CancelRequest($input: CancelRequestInput!) {\n    cancelRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.CancelRequestDocument,
    "\n  mutation RateRequest($input: RateRequestInput!) {\n    rateRequest(input: $input) {\n      id\n      ratingScore\n    }\n  }\n": typeof types.RateRequestDocument,
    "\n  query MyRequests($kind: RequestKind, $open: Boolean, $after: String) {\n    myRequests(kind: $kind, open: $open, first: 20, after: $after) {\n      nodes {\n        ...RequestSummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  query MyAppointments {\n    myAppointments {\n      id\n      kind\n      status\n      unitId\n      unitName\n      developmentName\n      cancelReason\n      cancelledByStaff\n      slot { id day time durationMinutes }\n    }\n    myUnits { id name development { id name } }\n  }\n": typeof types.MyAppointmentsDocument,
    "\n  query AppointmentSlots($unitId: ID!, $kind: AppointmentKind!) {\n    appointmentSlots(unitId: $unitId, kind: $kind) {\n      unitId\n      notice\n      slots { id day time durationMinutes }\n    }\n  }\n": typeof types.AppointmentSlotsDocument,
    "\n  mutation BookAppointment($unitId: ID!, $slotId: ID!) {\n    bookAppointment(unitId: $unitId, slotId: $slotId) { id status slot { id day time } }\n  }\n": typeof types.BookAppointmentDocument,
    "\n  mutation RescheduleAppointment($id: ID!, $slotId: ID!) {\n    rescheduleAppointment(id: $id, slotId: $slotId) { id status slot { id day time } }\n  }\n": typeof types.RescheduleAppointmentDocument,
    "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) { id status }\n  }\n": typeof types.CancelAppointmentDocument,
    "\n  query MySurveys {\n    mySurveys {\n      id\n      title\n      closesOn\n      answered\n      questions { id kind text options }\n    }\n    myConsents { purpose granted }\n  }\n": typeof types.MySurveysDocument,
    "\n  mutation AnswerSurvey($surveyId: ID!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(surveyId: $surveyId, answers: $answers) { id answered }\n  }\n": typeof types.AnswerSurveyDocument,
    "\n  query SyndicHome {\n    mySyndicFiles {\n      id\n      name\n      url\n    }\n    myCommonAreas {\n      id\n      name\n    }\n    myMenus {\n      menu\n      visible\n    }\n    myRequests(first: 50) {\n      nodes {\n        ...RequestSummary\n      }\n    }\n  }\n": typeof types.SyndicHomeDocument,
    "\n  query SyndicSubjects($kind: RequestKind!) {\n    requestSubjects(kind: $kind, target: COMMON_AREA) {\n      id\n      name\n      subsubjects {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SyndicSubjectsDocument,
    "\n  mutation SyndicOpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.SyndicOpenRequestDocument,
    "\n  query Unit($id: ID!, $withContracts: Boolean!) {\n    unit(id: $id) {\n      id\n      name\n      deliveryForecast\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n      contracts @include(if: $withContracts) {\n        id\n        title\n        signedAt\n        documentUrl\n        type {\n          id\n          name\n        }\n      }\n      documents {\n        id\n        title\n        category\n        url\n      }\n      requests {\n        ...RequestSummary\n      }\n    }\n  }\n": typeof types.UnitDocument,
    "\n  query WorkSchedules {\n    workSchedules {\n      developmentId\n      developmentName\n      progress\n      plannedProgress\n      plannedEnd\n      forecastEnd\n      delayDays\n      delayText\n      today\n      tasks {\n        id\n        name\n        plannedStart\n        plannedEnd\n        actualStart\n        actualEnd\n        progress\n        state\n        delayDays\n        delayText\n        forecastEnd\n      }\n    }\n  }\n": typeof types.WorkSchedulesDocument,
    "\n  query WorkLogEntries($after: String) {\n    workLog(after: $after, limit: 10) {\n      notice\n      nextCursor\n      entries {\n        id\n        date\n        status\n        weather\n        occurrences\n        headcount\n        labour {\n          role\n          headcount\n        }\n        developmentName\n        blockName\n        photos {\n          id\n          url\n          thumbnailUrl\n          width\n          height\n        }\n        attachments {\n          id\n          url\n          name\n        }\n      }\n    }\n  }\n": typeof types.WorkLogEntriesDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation DeactivateMyLogin {\n    deactivateMyLogin\n  }\n": types.DeactivateMyLoginDocument,
    "\n  query Session {\n    me {\n      id\n      name\n      kind\n      needsDataConfirmation\n      viewedByName\n    }\n    currentPortal {\n      ...PortalBranding\n    }\n  }\n": types.SessionDocument,
    "\n  query Menus {\n    myMenus {\n      menu\n      visible\n      reason\n    }\n  }\n": types.MenusDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  subscription SessionEvents {\n    sessionEvents {\n      kind\n    }\n  }\n": types.SessionEventsDocument,
    "\n  fragment PortalBranding on Portal {\n    id\n    name\n    whiteLabelName\n    logoUrl\n    primaryColor\n    secondaryColor\n    loginText1\n    loginText2\n    loginEnabled\n    showSyndicAccess\n  }\n": types.PortalBrandingFragmentDoc,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Confirmation {\n    me {\n      id\n      customer {\n        ...ProfileFields\n      }\n    }\n  }\n": types.ConfirmationDocument,
    "\n  mutation ConfirmMyData($changes: [FieldValueInput!]) {\n    confirmMyData(changes: $changes) {\n      id\n      dataConfirmedAt\n    }\n  }\n": types.ConfirmMyDataDocument,
    "\n  mutation SignInWithMagicLink($input: TokenSignInInput!) {\n    signInWithMagicLink(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.SignInWithMagicLinkDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RequestMagicLink($input: RequestMagicLinkInput!) {\n    requestMagicLink(input: $input)\n  }\n": types.RequestMagicLinkDocument,
    "\n  mutation RequestSignInCode($input: RequestSignInCodeInput!) {\n    requestSignInCode(input: $input)\n  }\n": types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($input: CodeSignInInput!) {\n    signInWithCode(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.SignInWithCodeDocument,
    "\n  mutation EnterViewAsClient($input: TokenSignInInput!) {\n    enterViewAsClient(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n": types.EnterViewAsClientDocument,
    "\n  query Contact {\n    contactTypes {\n      id\n      name\n    }\n    myUnits {\n      id\n      name\n      development {\n        id\n        name\n      }\n    }\n    myContactMessages {\n      id\n      subject\n      body\n      status\n      createdAt\n      unitName\n      developmentName\n      type {\n        id\n        name\n      }\n      opinions {\n        id\n        status\n        text\n        createdAt\n      }\n    }\n  }\n": types.ContactDocument,
    "\n  mutation SendContactMessage($input: SendContactMessageInput!) {\n    sendContactMessage(input: $input) {\n      id\n    }\n  }\n": types.SendContactMessageDocument,
    "\n  subscription ContactChanged {\n    myContactMessageChanged\n  }\n": types.ContactChangedDocument,
    "\n  query MyAddressStatus {\n    myAddressStatus {\n      address\n      confirmedAt\n    }\n  }\n": types.MyAddressStatusDocument,
    "\n  mutation ConfirmMyAddress {\n    confirmMyAddress {\n      address\n      confirmedAt\n    }\n  }\n": types.ConfirmMyAddressDocument,
    "\n  query MyBanners {\n    myBanners {\n      id\n      title\n      link\n      imageUrl\n    }\n  }\n": types.MyBannersDocument,
    "\n  query Benefits {\n    benefits {\n      id\n      partner\n      title\n      description\n      discount\n      coupon\n      link\n    }\n  }\n": types.BenefitsDocument,
    "\n  query MyPendingDocumentation($kind: PendingDocumentationKind!) {\n    myPendingDocumentation(kind: $kind) {\n      id\n      kind\n      description\n      developmentName\n    }\n  }\n": types.MyPendingDocumentationDocument,
    "\n  query MyReferrals {\n    myReferrals {\n      id\n      friendName\n      phone\n      email\n      developmentName\n      createdAt\n    }\n    referFriendDevelopments {\n      id\n      name\n    }\n  }\n": types.MyReferralsDocument,
    "\n  mutation ReferFriend($input: ReferFriendInput!) {\n    referFriend(input: $input) {\n      id\n    }\n  }\n": types.ReferFriendDocument,
    "\n  query Faq($search: String) {\n    faq(search: $search) {\n      id\n      name\n      entries {\n        id\n        question\n        answer\n      }\n    }\n  }\n": types.FaqDocument,
    "\n  fragment BillParts on BillView {\n    id\n    dueDate\n    amount {\n      amount\n    }\n    digitableLine\n    digitableLineGrouped\n    pixCode\n    pixQrSvg\n    superseded\n    current\n    payable\n    standalone\n    pdfUrl\n    canMarkPaid\n    markedPaidAt\n    proofUrl\n  }\n": types.BillPartsFragmentDoc,
    "\n  mutation AddPaymentCard($input: PaymentCardInput!) {\n    addPaymentCard(input: $input) {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n": types.AddPaymentCardDocument,
    "\n  mutation EmailStatement($reservationId: ID!) {\n    emailStatement(reservationId: $reservationId)\n  }\n": types.EmailStatementDocument,
    "\n  query TaxStatement($reservationId: ID!, $year: Int!) {\n    taxStatement(reservationId: $reservationId, year: $year) {\n      year\n      total {\n        amount\n      }\n      series\n      pdfUrl\n    }\n  }\n": types.TaxStatementDocument,
    "\n  query FinanceUnits {\n    myUnits {\n      id\n      name\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n  }\n": types.FinanceUnitsDocument,
    "\n  fragment SummaryParts on FinanceSummary {\n    total {\n      amount\n    }\n    paid {\n      amount\n    }\n    toPay {\n      amount\n    }\n    overdue {\n      amount\n    }\n    paidCount\n    openCount\n    overdueCount\n    nextDueDate\n    nextDueAmount {\n      amount\n    }\n  }\n": types.SummaryPartsFragmentDoc,
    "\n  fragment InstallmentParts on InstallmentView {\n    id\n    number\n    dueDate\n    amount {\n      amount\n    }\n    paidAmount {\n      amount\n    }\n    paidAt\n    state\n    billNotice\n    canRequestSecondCopy\n    issuing\n    prepayable\n    receiptUrl\n    currentBill {\n      ...BillParts\n    }\n    replacedBills {\n      ...BillParts\n    }\n  }\n": types.InstallmentPartsFragmentDoc,
    "\n  mutation RequestSecondCopy($installmentId: ID!) {\n    requestSecondCopy(installmentId: $installmentId) {\n      id\n      kind\n      status\n    }\n  }\n": types.RequestSecondCopyDocument,
    "\n  mutation MarkBillPaid($billId: ID!, $proofFileId: ID!) {\n    markBillPaid(billId: $billId, proofFileId: $proofFileId)\n  }\n": types.MarkBillPaidDocument,
    "\n  query MyPaymentCards {\n    myPaymentCards {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n": types.MyPaymentCardsDocument,
    "\n  mutation SetPaymentMethod($planId: ID!, $method: PaymentMethod!, $cardId: ID) {\n    setPaymentMethod(planId: $planId, method: $method, cardId: $cardId)\n  }\n": types.SetPaymentMethodDocument,
    "\n  fragment PlanParts on PlanView {\n    id\n    series\n    paymentMethod\n    cardLabel\n    summary {\n      paidCount\n      openCount\n      overdueCount\n    }\n    installments {\n      ...InstallmentParts\n    }\n  }\n": types.PlanPartsFragmentDoc,
    "\n  query SimulatePrepayment($installmentIds: [ID!]!) {\n    simulatePrepayment(installmentIds: $installmentIds) {\n      lines {\n        installmentId\n        number\n        series\n        dueDate\n        days\n        amount {\n          amount\n        }\n        presentValue {\n          amount\n        }\n        discount {\n          amount\n        }\n      }\n      total {\n        amount\n      }\n      presentValue {\n        amount\n      }\n      discount {\n        amount\n      }\n      terms\n    }\n  }\n": types.SimulatePrepaymentDocument,
    "\n  mutation RequestPrepayment($installmentIds: [ID!]!) {\n    requestPrepayment(installmentIds: $installmentIds) {\n      id\n      kind\n      status\n    }\n  }\n": types.RequestPrepaymentDocument,
    "\n  fragment SaleParts on SaleFinance {\n    reservationId\n    notice\n    statementUrl\n    taxYears\n    prepaymentAvailable\n    prepaymentNotice\n    paymentMethodChangeAvailable\n    holder\n    summary {\n      ...SummaryParts\n    }\n    plans {\n      ...PlanParts\n    }\n    standaloneBills {\n      ...BillParts\n    }\n    pendingRequests {\n      id\n      kind\n      total {\n        amount\n      }\n      presentValue {\n        amount\n      }\n    }\n  }\n": types.SalePartsFragmentDoc,
    "\n  query UnitFinance($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n    unitFinance(unitId: $unitId) {\n      unitId\n      notice\n      sales {\n        ...SaleParts\n      }\n    }\n  }\n": types.UnitFinanceDocument,
    "\n  subscription FinanceChanged {\n    myFinanceChanged {\n      reservationId\n    }\n  }\n": types.FinanceChangedDocument,
    "\n  query Home {\n    myUnits {\n      id\n      name\n      deliveryForecast\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n    myRequests(open: true, first: 10) {\n      nodes {\n        ...RequestSummary\n      }\n    }\n    myDataChangeRequests {\n      id\n      status\n      rejectionReason\n    }\n  }\n": types.HomeDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferencesView {\n    email\n    whatsapp\n    whatsappConsent\n    whatsappConsentText\n    push\n    frequency\n    workLog\n    emailAddress\n    whatsappNumber\n    whatsappAvailable\n    pushAvailable\n  }\n": types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  fragment OfficerFields on DataProtectionOfficer {\n    name\n    email\n    phone\n  }\n": types.OfficerFieldsFragmentDoc,
    "\n  query Privacy {\n    myConsents {\n      purpose\n      granted\n      text\n      outdated\n      grantedAt\n      source\n      revokedAt\n      history {\n        textVersion\n        source\n        grantedAt\n        revokedAt\n        revokedSource\n      }\n    }\n    myDeletionRequests {\n      id\n      status\n      reason\n      requestedAt\n      decidedAt\n      refusalReason\n      retainedUntil\n      retained {\n        id\n        kind\n        description\n        legalBasis\n        retainUntil\n      }\n    }\n    dataProtectionOfficer {\n      ...OfficerFields\n    }\n  }\n": types.PrivacyDocument,
    "\n  query MyDataAccessLog($after: String) {\n    myDataAccessLog(first: 20, after: $after) {\n      nodes {\n        id\n        at\n        who\n        byStaff\n        what\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyDataAccessLogDocument,
    "\n  mutation SetConsent($purpose: ConsentPurpose!, $granted: Boolean!) {\n    setConsent(purpose: $purpose, granted: $granted) {\n      purpose\n      granted\n      outdated\n      grantedAt\n      source\n      revokedAt\n    }\n  }\n": types.SetConsentDocument,
    "\n  mutation RequestDataDeletion($reason: String) {\n    requestDataDeletion(reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RequestDataDeletionDocument,
    "\n  query SignInOfficer {\n    dataProtectionOfficer {\n      ...OfficerFields\n    }\n  }\n": types.SignInOfficerDocument,
    "\n  fragment ProfileFields on Customer {\n    id\n    name\n    document\n    email\n    phone\n    postalCode\n    street\n    streetNumber\n    complement\n    district\n    city\n    state\n    version\n    customFieldValues {\n      field\n      label\n      type\n      value\n    }\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query Profile {\n    me {\n      id\n      customer {\n        ...ProfileFields\n      }\n    }\n    myDataChangeRequests {\n      id\n      status\n      createdAt\n      rejectionReason\n      fields {\n        field\n        label\n        original\n        proposed\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation RequestDataChange($changes: [FieldValueInput!]!) {\n    requestDataChange(changes: $changes) {\n      id\n      status\n    }\n  }\n": types.RequestDataChangeDocument,
    "\n  query PushDevices($currentEndpoint: String) {\n    webPushPublicKey\n    myPushDevices(currentEndpoint: $currentEndpoint) {\n      id\n      label\n      thisDevice\n    }\n  }\n": types.PushDevicesDocument,
    "\n  mutation SubscribePush($input: SubscribePushInput!) {\n    subscribePush(input: $input) {\n      id\n      label\n      thisDevice\n    }\n  }\n": types.SubscribePushDocument,
    "\n  mutation UnsubscribePush($endpoint: String!) {\n    unsubscribePush(endpoint: $endpoint)\n  }\n": types.UnsubscribePushDocument,
    "\n  query NewRequest($kind: RequestKind!, $target: RequestTarget!) {\n    myUnits {\n      id\n      name\n      locations {\n        id\n        name\n      }\n      development {\n        id\n        name\n        commonAreas {\n          id\n          name\n        }\n      }\n    }\n    requestSubjects(kind: $kind, target: $target) {\n      id\n      name\n      subsubjects {\n        id\n        name\n      }\n    }\n  }\n": types.NewRequestDocument,
    "\n  mutation OpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n    }\n  }\n": types.OpenRequestDocument,
    "\n  fragment RequestSummary on Request {\n    id\n    number\n    kind\n    createdAt\n    finishedAt\n    status {\n      id\n      name\n      isFinal\n    }\n    subsubject {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    commonArea {\n      id\n      name\n    }\n  }\n": types.RequestSummaryFragmentDoc,
    "\n  fragment RequestPhoto on StoredFile {\n    id\n    name\n    url\n    thumbnailUrl\n  }\n": types.RequestPhotoFragmentDoc,
    "\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestSummary\n      description\n      openedByName\n      finishedAt\n      cancelled\n      viewerCanCancel\n      viewerCanRate\n      ratingScore\n      ratingComment\n      location {\n        id\n        name\n      }\n      photos {\n        ...RequestPhoto\n      }\n      history {\n        id\n        at\n        comment\n        changedByName\n        toStatus {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        body\n        createdAt\n        authorKind\n        authorName\n        mine\n        photos {\n          ...RequestPhoto\n        }\n      }\n    }\n  }\n": types.RequestDetailDocument,
    "\n  subscription RequestChanged {\n    myRequestChanged {\n      id\n      status {\n        id\n        name\n      }\n    }\n  }\n": types.RequestChangedDocument,
    "\n  mutation ReplyToRequest($input: ReplyToRequestInput!) {\n    replyToRequest(input: $input) {\n      id\n    }\n  }\n": types.ReplyToRequestDocument,
    "\n  mutation CancelRequest($input: CancelRequestInput!) {\n    cancelRequest(input: $input) {\n      id\n    }\n  }\n": types.CancelRequestDocument,
    "\n  mutation RateRequest($input: RateRequestInput!) {\n    rateRequest(input: $input) {\n      id\n      ratingScore\n    }\n  }\n": types.RateRequestDocument,
    "\n  query MyRequests($kind: RequestKind, $open: Boolean, $after: String) {\n    myRequests(kind: $kind, open: $open, first: 20, after: $after) {\n      nodes {\n        ...RequestSummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  query MyAppointments {\n    myAppointments {\n      id\n      kind\n      status\n      unitId\n      unitName\n      developmentName\n      cancelReason\n      cancelledByStaff\n      slot { id day time durationMinutes }\n    }\n    myUnits { id name development { id name } }\n  }\n": types.MyAppointmentsDocument,
    "\n  query AppointmentSlots($unitId: ID!, $kind: AppointmentKind!) {\n    appointmentSlots(unitId: $unitId, kind: $kind) {\n      unitId\n      notice\n      slots { id day time durationMinutes }\n    }\n  }\n": types.AppointmentSlotsDocument,
    "\n  mutation BookAppointment($unitId: ID!, $slotId: ID!) {\n    bookAppointment(unitId: $unitId, slotId: $slotId) { id status slot { id day time } }\n  }\n": types.BookAppointmentDocument,
    "\n  mutation RescheduleAppointment($id: ID!, $slotId: ID!) {\n    rescheduleAppointment(id: $id, slotId: $slotId) { id status slot { id day time } }\n  }\n": types.RescheduleAppointmentDocument,
    "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) { id status }\n  }\n": types.CancelAppointmentDocument,
    "\n  query MySurveys {\n    mySurveys {\n      id\n      title\n      closesOn\n      answered\n      questions { id kind text options }\n    }\n    myConsents { purpose granted }\n  }\n": types.MySurveysDocument,
    "\n  mutation AnswerSurvey($surveyId: ID!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(surveyId: $surveyId, answers: $answers) { id answered }\n  }\n": types.AnswerSurveyDocument,
    "\n  query SyndicHome {\n    mySyndicFiles {\n      id\n      name\n      url\n    }\n    myCommonAreas {\n      id\n      name\n    }\n    myMenus {\n      menu\n      visible\n    }\n    myRequests(first: 50) {\n      nodes {\n        ...RequestSummary\n      }\n    }\n  }\n": types.SyndicHomeDocument,
    "\n  query SyndicSubjects($kind: RequestKind!) {\n    requestSubjects(kind: $kind, target: COMMON_AREA) {\n      id\n      name\n      subsubjects {\n        id\n        name\n      }\n    }\n  }\n": types.SyndicSubjectsDocument,
    "\n  mutation SyndicOpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n    }\n  }\n": types.SyndicOpenRequestDocument,
    "\n  query Unit($id: ID!, $withContracts: Boolean!) {\n    unit(id: $id) {\n      id\n      name\n      deliveryForecast\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n      contracts @include(if: $withContracts) {\n        id\n        title\n        signedAt\n        documentUrl\n        type {\n          id\n          name\n        }\n      }\n      documents {\n        id\n        title\n        category\n        url\n      }\n      requests {\n        ...RequestSummary\n      }\n    }\n  }\n": types.UnitDocument,
    "\n  query WorkSchedules {\n    workSchedules {\n      developmentId\n      developmentName\n      progress\n      plannedProgress\n      plannedEnd\n      forecastEnd\n      delayDays\n      delayText\n      today\n      tasks {\n        id\n        name\n        plannedStart\n        plannedEnd\n        actualStart\n        actualEnd\n        progress\n        state\n        delayDays\n        delayText\n        forecastEnd\n      }\n    }\n  }\n": types.WorkSchedulesDocument,
    "\n  query WorkLogEntries($after: String) {\n    workLog(after: $after, limit: 10) {\n      notice\n      nextCursor\n      entries {\n        id\n        date\n        status\n        weather\n        occurrences\n        headcount\n        labour {\n          role\n          headcount\n        }\n        developmentName\n        blockName\n        photos {\n          id\n          url\n          thumbnailUrl\n          width\n          height\n        }\n        attachments {\n          id\n          url\n          name\n        }\n      }\n    }\n  }\n": types.WorkLogEntriesDocument,
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
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMyLogin {\n    deactivateMyLogin\n  }\n"): (typeof documents)["\n  mutation DeactivateMyLogin {\n    deactivateMyLogin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      id\n      name\n      kind\n      needsDataConfirmation\n      viewedByName\n    }\n    currentPortal {\n      ...PortalBranding\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      id\n      name\n      kind\n      needsDataConfirmation\n      viewedByName\n    }\n    currentPortal {\n      ...PortalBranding\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Menus {\n    myMenus {\n      menu\n      visible\n      reason\n    }\n  }\n"): (typeof documents)["\n  query Menus {\n    myMenus {\n      menu\n      visible\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SessionEvents {\n    sessionEvents {\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription SessionEvents {\n    sessionEvents {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalBranding on Portal {\n    id\n    name\n    whiteLabelName\n    logoUrl\n    primaryColor\n    secondaryColor\n    loginText1\n    loginText2\n    loginEnabled\n    showSyndicAccess\n  }\n"): (typeof documents)["\n  fragment PortalBranding on Portal {\n    id\n    name\n    whiteLabelName\n    logoUrl\n    primaryColor\n    secondaryColor\n    loginText1\n    loginText2\n    loginEnabled\n    showSyndicAccess\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Confirmation {\n    me {\n      id\n      customer {\n        ...ProfileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Confirmation {\n    me {\n      id\n      customer {\n        ...ProfileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMyData($changes: [FieldValueInput!]) {\n    confirmMyData(changes: $changes) {\n      id\n      dataConfirmedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMyData($changes: [FieldValueInput!]) {\n    confirmMyData(changes: $changes) {\n      id\n      dataConfirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithMagicLink($input: TokenSignInInput!) {\n    signInWithMagicLink(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithMagicLink($input: TokenSignInInput!) {\n    signInWithMagicLink(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMagicLink($input: RequestMagicLinkInput!) {\n    requestMagicLink(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestMagicLink($input: RequestMagicLinkInput!) {\n    requestMagicLink(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInCode($input: RequestSignInCodeInput!) {\n    requestSignInCode(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestSignInCode($input: RequestSignInCodeInput!) {\n    requestSignInCode(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($input: CodeSignInInput!) {\n    signInWithCode(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithCode($input: CodeSignInInput!) {\n    signInWithCode(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterViewAsClient($input: TokenSignInInput!) {\n    enterViewAsClient(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnterViewAsClient($input: TokenSignInInput!) {\n    enterViewAsClient(input: $input) {\n      account {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contact {\n    contactTypes {\n      id\n      name\n    }\n    myUnits {\n      id\n      name\n      development {\n        id\n        name\n      }\n    }\n    myContactMessages {\n      id\n      subject\n      body\n      status\n      createdAt\n      unitName\n      developmentName\n      type {\n        id\n        name\n      }\n      opinions {\n        id\n        status\n        text\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Contact {\n    contactTypes {\n      id\n      name\n    }\n    myUnits {\n      id\n      name\n      development {\n        id\n        name\n      }\n    }\n    myContactMessages {\n      id\n      subject\n      body\n      status\n      createdAt\n      unitName\n      developmentName\n      type {\n        id\n        name\n      }\n      opinions {\n        id\n        status\n        text\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendContactMessage($input: SendContactMessageInput!) {\n    sendContactMessage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendContactMessage($input: SendContactMessageInput!) {\n    sendContactMessage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ContactChanged {\n    myContactMessageChanged\n  }\n"): (typeof documents)["\n  subscription ContactChanged {\n    myContactMessageChanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAddressStatus {\n    myAddressStatus {\n      address\n      confirmedAt\n    }\n  }\n"): (typeof documents)["\n  query MyAddressStatus {\n    myAddressStatus {\n      address\n      confirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMyAddress {\n    confirmMyAddress {\n      address\n      confirmedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMyAddress {\n    confirmMyAddress {\n      address\n      confirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBanners {\n    myBanners {\n      id\n      title\n      link\n      imageUrl\n    }\n  }\n"): (typeof documents)["\n  query MyBanners {\n    myBanners {\n      id\n      title\n      link\n      imageUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Benefits {\n    benefits {\n      id\n      partner\n      title\n      description\n      discount\n      coupon\n      link\n    }\n  }\n"): (typeof documents)["\n  query Benefits {\n    benefits {\n      id\n      partner\n      title\n      description\n      discount\n      coupon\n      link\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPendingDocumentation($kind: PendingDocumentationKind!) {\n    myPendingDocumentation(kind: $kind) {\n      id\n      kind\n      description\n      developmentName\n    }\n  }\n"): (typeof documents)["\n  query MyPendingDocumentation($kind: PendingDocumentationKind!) {\n    myPendingDocumentation(kind: $kind) {\n      id\n      kind\n      description\n      developmentName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReferrals {\n    myReferrals {\n      id\n      friendName\n      phone\n      email\n      developmentName\n      createdAt\n    }\n    referFriendDevelopments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyReferrals {\n    myReferrals {\n      id\n      friendName\n      phone\n      email\n      developmentName\n      createdAt\n    }\n    referFriendDevelopments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferFriend($input: ReferFriendInput!) {\n    referFriend(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReferFriend($input: ReferFriendInput!) {\n    referFriend(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Faq($search: String) {\n    faq(search: $search) {\n      id\n      name\n      entries {\n        id\n        question\n        answer\n      }\n    }\n  }\n"): (typeof documents)["\n  query Faq($search: String) {\n    faq(search: $search) {\n      id\n      name\n      entries {\n        id\n        question\n        answer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillParts on BillView {\n    id\n    dueDate\n    amount {\n      amount\n    }\n    digitableLine\n    digitableLineGrouped\n    pixCode\n    pixQrSvg\n    superseded\n    current\n    payable\n    standalone\n    pdfUrl\n    canMarkPaid\n    markedPaidAt\n    proofUrl\n  }\n"): (typeof documents)["\n  fragment BillParts on BillView {\n    id\n    dueDate\n    amount {\n      amount\n    }\n    digitableLine\n    digitableLineGrouped\n    pixCode\n    pixQrSvg\n    superseded\n    current\n    payable\n    standalone\n    pdfUrl\n    canMarkPaid\n    markedPaidAt\n    proofUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPaymentCard($input: PaymentCardInput!) {\n    addPaymentCard(input: $input) {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n"): (typeof documents)["\n  mutation AddPaymentCard($input: PaymentCardInput!) {\n    addPaymentCard(input: $input) {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailStatement($reservationId: ID!) {\n    emailStatement(reservationId: $reservationId)\n  }\n"): (typeof documents)["\n  mutation EmailStatement($reservationId: ID!) {\n    emailStatement(reservationId: $reservationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxStatement($reservationId: ID!, $year: Int!) {\n    taxStatement(reservationId: $reservationId, year: $year) {\n      year\n      total {\n        amount\n      }\n      series\n      pdfUrl\n    }\n  }\n"): (typeof documents)["\n  query TaxStatement($reservationId: ID!, $year: Int!) {\n    taxStatement(reservationId: $reservationId, year: $year) {\n      year\n      total {\n        amount\n      }\n      series\n      pdfUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceUnits {\n    myUnits {\n      id\n      name\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinanceUnits {\n    myUnits {\n      id\n      name\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryParts on FinanceSummary {\n    total {\n      amount\n    }\n    paid {\n      amount\n    }\n    toPay {\n      amount\n    }\n    overdue {\n      amount\n    }\n    paidCount\n    openCount\n    overdueCount\n    nextDueDate\n    nextDueAmount {\n      amount\n    }\n  }\n"): (typeof documents)["\n  fragment SummaryParts on FinanceSummary {\n    total {\n      amount\n    }\n    paid {\n      amount\n    }\n    toPay {\n      amount\n    }\n    overdue {\n      amount\n    }\n    paidCount\n    openCount\n    overdueCount\n    nextDueDate\n    nextDueAmount {\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstallmentParts on InstallmentView {\n    id\n    number\n    dueDate\n    amount {\n      amount\n    }\n    paidAmount {\n      amount\n    }\n    paidAt\n    state\n    billNotice\n    canRequestSecondCopy\n    issuing\n    prepayable\n    receiptUrl\n    currentBill {\n      ...BillParts\n    }\n    replacedBills {\n      ...BillParts\n    }\n  }\n"): (typeof documents)["\n  fragment InstallmentParts on InstallmentView {\n    id\n    number\n    dueDate\n    amount {\n      amount\n    }\n    paidAmount {\n      amount\n    }\n    paidAt\n    state\n    billNotice\n    canRequestSecondCopy\n    issuing\n    prepayable\n    receiptUrl\n    currentBill {\n      ...BillParts\n    }\n    replacedBills {\n      ...BillParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSecondCopy($installmentId: ID!) {\n    requestSecondCopy(installmentId: $installmentId) {\n      id\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSecondCopy($installmentId: ID!) {\n    requestSecondCopy(installmentId: $installmentId) {\n      id\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkBillPaid($billId: ID!, $proofFileId: ID!) {\n    markBillPaid(billId: $billId, proofFileId: $proofFileId)\n  }\n"): (typeof documents)["\n  mutation MarkBillPaid($billId: ID!, $proofFileId: ID!) {\n    markBillPaid(billId: $billId, proofFileId: $proofFileId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPaymentCards {\n    myPaymentCards {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n"): (typeof documents)["\n  query MyPaymentCards {\n    myPaymentCards {\n      id\n      brand\n      last4\n      expMonth\n      expYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPaymentMethod($planId: ID!, $method: PaymentMethod!, $cardId: ID) {\n    setPaymentMethod(planId: $planId, method: $method, cardId: $cardId)\n  }\n"): (typeof documents)["\n  mutation SetPaymentMethod($planId: ID!, $method: PaymentMethod!, $cardId: ID) {\n    setPaymentMethod(planId: $planId, method: $method, cardId: $cardId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanParts on PlanView {\n    id\n    series\n    paymentMethod\n    cardLabel\n    summary {\n      paidCount\n      openCount\n      overdueCount\n    }\n    installments {\n      ...InstallmentParts\n    }\n  }\n"): (typeof documents)["\n  fragment PlanParts on PlanView {\n    id\n    series\n    paymentMethod\n    cardLabel\n    summary {\n      paidCount\n      openCount\n      overdueCount\n    }\n    installments {\n      ...InstallmentParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulatePrepayment($installmentIds: [ID!]!) {\n    simulatePrepayment(installmentIds: $installmentIds) {\n      lines {\n        installmentId\n        number\n        series\n        dueDate\n        days\n        amount {\n          amount\n        }\n        presentValue {\n          amount\n        }\n        discount {\n          amount\n        }\n      }\n      total {\n        amount\n      }\n      presentValue {\n        amount\n      }\n      discount {\n        amount\n      }\n      terms\n    }\n  }\n"): (typeof documents)["\n  query SimulatePrepayment($installmentIds: [ID!]!) {\n    simulatePrepayment(installmentIds: $installmentIds) {\n      lines {\n        installmentId\n        number\n        series\n        dueDate\n        days\n        amount {\n          amount\n        }\n        presentValue {\n          amount\n        }\n        discount {\n          amount\n        }\n      }\n      total {\n        amount\n      }\n      presentValue {\n        amount\n      }\n      discount {\n        amount\n      }\n      terms\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPrepayment($installmentIds: [ID!]!) {\n    requestPrepayment(installmentIds: $installmentIds) {\n      id\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPrepayment($installmentIds: [ID!]!) {\n    requestPrepayment(installmentIds: $installmentIds) {\n      id\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SaleParts on SaleFinance {\n    reservationId\n    notice\n    statementUrl\n    taxYears\n    prepaymentAvailable\n    prepaymentNotice\n    paymentMethodChangeAvailable\n    holder\n    summary {\n      ...SummaryParts\n    }\n    plans {\n      ...PlanParts\n    }\n    standaloneBills {\n      ...BillParts\n    }\n    pendingRequests {\n      id\n      kind\n      total {\n        amount\n      }\n      presentValue {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SaleParts on SaleFinance {\n    reservationId\n    notice\n    statementUrl\n    taxYears\n    prepaymentAvailable\n    prepaymentNotice\n    paymentMethodChangeAvailable\n    holder\n    summary {\n      ...SummaryParts\n    }\n    plans {\n      ...PlanParts\n    }\n    standaloneBills {\n      ...BillParts\n    }\n    pendingRequests {\n      id\n      kind\n      total {\n        amount\n      }\n      presentValue {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitFinance($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n    unitFinance(unitId: $unitId) {\n      unitId\n      notice\n      sales {\n        ...SaleParts\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitFinance($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n    unitFinance(unitId: $unitId) {\n      unitId\n      notice\n      sales {\n        ...SaleParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FinanceChanged {\n    myFinanceChanged {\n      reservationId\n    }\n  }\n"): (typeof documents)["\n  subscription FinanceChanged {\n    myFinanceChanged {\n      reservationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    myUnits {\n      id\n      name\n      deliveryForecast\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n    myRequests(open: true, first: 10) {\n      nodes {\n        ...RequestSummary\n      }\n    }\n    myDataChangeRequests {\n      id\n      status\n      rejectionReason\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    myUnits {\n      id\n      name\n      deliveryForecast\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n    }\n    myRequests(open: true, first: 10) {\n      nodes {\n        ...RequestSummary\n      }\n    }\n    myDataChangeRequests {\n      id\n      status\n      rejectionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferencesFields on NotificationPreferencesView {\n    email\n    whatsapp\n    whatsappConsent\n    whatsappConsentText\n    push\n    frequency\n    workLog\n    emailAddress\n    whatsappNumber\n    whatsappAvailable\n    pushAvailable\n  }\n"): (typeof documents)["\n  fragment NotificationPreferencesFields on NotificationPreferencesView {\n    email\n    whatsapp\n    whatsappConsent\n    whatsappConsentText\n    push\n    frequency\n    workLog\n    emailAddress\n    whatsappNumber\n    whatsappAvailable\n    pushAvailable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficerFields on DataProtectionOfficer {\n    name\n    email\n    phone\n  }\n"): (typeof documents)["\n  fragment OfficerFields on DataProtectionOfficer {\n    name\n    email\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Privacy {\n    myConsents {\n      purpose\n      granted\n      text\n      outdated\n      grantedAt\n      source\n      revokedAt\n      history {\n        textVersion\n        source\n        grantedAt\n        revokedAt\n        revokedSource\n      }\n    }\n    myDeletionRequests {\n      id\n      status\n      reason\n      requestedAt\n      decidedAt\n      refusalReason\n      retainedUntil\n      retained {\n        id\n        kind\n        description\n        legalBasis\n        retainUntil\n      }\n    }\n    dataProtectionOfficer {\n      ...OfficerFields\n    }\n  }\n"): (typeof documents)["\n  query Privacy {\n    myConsents {\n      purpose\n      granted\n      text\n      outdated\n      grantedAt\n      source\n      revokedAt\n      history {\n        textVersion\n        source\n        grantedAt\n        revokedAt\n        revokedSource\n      }\n    }\n    myDeletionRequests {\n      id\n      status\n      reason\n      requestedAt\n      decidedAt\n      refusalReason\n      retainedUntil\n      retained {\n        id\n        kind\n        description\n        legalBasis\n        retainUntil\n      }\n    }\n    dataProtectionOfficer {\n      ...OfficerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataAccessLog($after: String) {\n    myDataAccessLog(first: 20, after: $after) {\n      nodes {\n        id\n        at\n        who\n        byStaff\n        what\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDataAccessLog($after: String) {\n    myDataAccessLog(first: 20, after: $after) {\n      nodes {\n        id\n        at\n        who\n        byStaff\n        what\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsent($purpose: ConsentPurpose!, $granted: Boolean!) {\n    setConsent(purpose: $purpose, granted: $granted) {\n      purpose\n      granted\n      outdated\n      grantedAt\n      source\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetConsent($purpose: ConsentPurpose!, $granted: Boolean!) {\n    setConsent(purpose: $purpose, granted: $granted) {\n      purpose\n      granted\n      outdated\n      grantedAt\n      source\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataDeletion($reason: String) {\n    requestDataDeletion(reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataDeletion($reason: String) {\n    requestDataDeletion(reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOfficer {\n    dataProtectionOfficer {\n      ...OfficerFields\n    }\n  }\n"): (typeof documents)["\n  query SignInOfficer {\n    dataProtectionOfficer {\n      ...OfficerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on Customer {\n    id\n    name\n    document\n    email\n    phone\n    postalCode\n    street\n    streetNumber\n    complement\n    district\n    city\n    state\n    version\n    customFieldValues {\n      field\n      label\n      type\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileFields on Customer {\n    id\n    name\n    document\n    email\n    phone\n    postalCode\n    street\n    streetNumber\n    complement\n    district\n    city\n    state\n    version\n    customFieldValues {\n      field\n      label\n      type\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    me {\n      id\n      customer {\n        ...ProfileFields\n      }\n    }\n    myDataChangeRequests {\n      id\n      status\n      createdAt\n      rejectionReason\n      fields {\n        field\n        label\n        original\n        proposed\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile {\n    me {\n      id\n      customer {\n        ...ProfileFields\n      }\n    }\n    myDataChangeRequests {\n      id\n      status\n      createdAt\n      rejectionReason\n      fields {\n        field\n        label\n        original\n        proposed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataChange($changes: [FieldValueInput!]!) {\n    requestDataChange(changes: $changes) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataChange($changes: [FieldValueInput!]!) {\n    requestDataChange(changes: $changes) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushDevices($currentEndpoint: String) {\n    webPushPublicKey\n    myPushDevices(currentEndpoint: $currentEndpoint) {\n      id\n      label\n      thisDevice\n    }\n  }\n"): (typeof documents)["\n  query PushDevices($currentEndpoint: String) {\n    webPushPublicKey\n    myPushDevices(currentEndpoint: $currentEndpoint) {\n      id\n      label\n      thisDevice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribePush($input: SubscribePushInput!) {\n    subscribePush(input: $input) {\n      id\n      label\n      thisDevice\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribePush($input: SubscribePushInput!) {\n    subscribePush(input: $input) {\n      id\n      label\n      thisDevice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribePush($endpoint: String!) {\n    unsubscribePush(endpoint: $endpoint)\n  }\n"): (typeof documents)["\n  mutation UnsubscribePush($endpoint: String!) {\n    unsubscribePush(endpoint: $endpoint)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewRequest($kind: RequestKind!, $target: RequestTarget!) {\n    myUnits {\n      id\n      name\n      locations {\n        id\n        name\n      }\n      development {\n        id\n        name\n        commonAreas {\n          id\n          name\n        }\n      }\n    }\n    requestSubjects(kind: $kind, target: $target) {\n      id\n      name\n      subsubjects {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewRequest($kind: RequestKind!, $target: RequestTarget!) {\n    myUnits {\n      id\n      name\n      locations {\n        id\n        name\n      }\n      development {\n        id\n        name\n        commonAreas {\n          id\n          name\n        }\n      }\n    }\n    requestSubjects(kind: $kind, target: $target) {\n      id\n      name\n      subsubjects {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestSummary on Request {\n    id\n    number\n    kind\n    createdAt\n    finishedAt\n    status {\n      id\n      name\n      isFinal\n    }\n    subsubject {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    commonArea {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RequestSummary on Request {\n    id\n    number\n    kind\n    createdAt\n    finishedAt\n    status {\n      id\n      name\n      isFinal\n    }\n    subsubject {\n      id\n      name\n    }\n    unit {\n      id\n      name\n    }\n    commonArea {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestPhoto on StoredFile {\n    id\n    name\n    url\n    thumbnailUrl\n  }\n"): (typeof documents)["\n  fragment RequestPhoto on StoredFile {\n    id\n    name\n    url\n    thumbnailUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestSummary\n      description\n      openedByName\n      finishedAt\n      cancelled\n      viewerCanCancel\n      viewerCanRate\n      ratingScore\n      ratingComment\n      location {\n        id\n        name\n      }\n      photos {\n        ...RequestPhoto\n      }\n      history {\n        id\n        at\n        comment\n        changedByName\n        toStatus {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        body\n        createdAt\n        authorKind\n        authorName\n        mine\n        photos {\n          ...RequestPhoto\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestSummary\n      description\n      openedByName\n      finishedAt\n      cancelled\n      viewerCanCancel\n      viewerCanRate\n      ratingScore\n      ratingComment\n      location {\n        id\n        name\n      }\n      photos {\n        ...RequestPhoto\n      }\n      history {\n        id\n        at\n        comment\n        changedByName\n        toStatus {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        body\n        createdAt\n        authorKind\n        authorName\n        mine\n        photos {\n          ...RequestPhoto\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestChanged {\n    myRequestChanged {\n      id\n      status {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RequestChanged {\n    myRequestChanged {\n      id\n      status {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToRequest($input: ReplyToRequestInput!) {\n    replyToRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToRequest($input: ReplyToRequestInput!) {\n    replyToRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRequest($input: CancelRequestInput!) {\n    cancelRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRequest($input: CancelRequestInput!) {\n    cancelRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateRequest($input: RateRequestInput!) {\n    rateRequest(input: $input) {\n      id\n      ratingScore\n    }\n  }\n"): (typeof documents)["\n  mutation RateRequest($input: RateRequestInput!) {\n    rateRequest(input: $input) {\n      id\n      ratingScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests($kind: RequestKind, $open: Boolean, $after: String) {\n    myRequests(kind: $kind, open: $open, first: 20, after: $after) {\n      nodes {\n        ...RequestSummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRequests($kind: RequestKind, $open: Boolean, $after: String) {\n    myRequests(kind: $kind, open: $open, first: 20, after: $after) {\n      nodes {\n        ...RequestSummary\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointments {\n    myAppointments {\n      id\n      kind\n      status\n      unitId\n      unitName\n      developmentName\n      cancelReason\n      cancelledByStaff\n      slot { id day time durationMinutes }\n    }\n    myUnits { id name development { id name } }\n  }\n"): (typeof documents)["\n  query MyAppointments {\n    myAppointments {\n      id\n      kind\n      status\n      unitId\n      unitName\n      developmentName\n      cancelReason\n      cancelledByStaff\n      slot { id day time durationMinutes }\n    }\n    myUnits { id name development { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentSlots($unitId: ID!, $kind: AppointmentKind!) {\n    appointmentSlots(unitId: $unitId, kind: $kind) {\n      unitId\n      notice\n      slots { id day time durationMinutes }\n    }\n  }\n"): (typeof documents)["\n  query AppointmentSlots($unitId: ID!, $kind: AppointmentKind!) {\n    appointmentSlots(unitId: $unitId, kind: $kind) {\n      unitId\n      notice\n      slots { id day time durationMinutes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookAppointment($unitId: ID!, $slotId: ID!) {\n    bookAppointment(unitId: $unitId, slotId: $slotId) { id status slot { id day time } }\n  }\n"): (typeof documents)["\n  mutation BookAppointment($unitId: ID!, $slotId: ID!) {\n    bookAppointment(unitId: $unitId, slotId: $slotId) { id status slot { id day time } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleAppointment($id: ID!, $slotId: ID!) {\n    rescheduleAppointment(id: $id, slotId: $slotId) { id status slot { id day time } }\n  }\n"): (typeof documents)["\n  mutation RescheduleAppointment($id: ID!, $slotId: ID!) {\n    rescheduleAppointment(id: $id, slotId: $slotId) { id status slot { id day time } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySurveys {\n    mySurveys {\n      id\n      title\n      closesOn\n      answered\n      questions { id kind text options }\n    }\n    myConsents { purpose granted }\n  }\n"): (typeof documents)["\n  query MySurveys {\n    mySurveys {\n      id\n      title\n      closesOn\n      answered\n      questions { id kind text options }\n    }\n    myConsents { purpose granted }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSurvey($surveyId: ID!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(surveyId: $surveyId, answers: $answers) { id answered }\n  }\n"): (typeof documents)["\n  mutation AnswerSurvey($surveyId: ID!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(surveyId: $surveyId, answers: $answers) { id answered }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyndicHome {\n    mySyndicFiles {\n      id\n      name\n      url\n    }\n    myCommonAreas {\n      id\n      name\n    }\n    myMenus {\n      menu\n      visible\n    }\n    myRequests(first: 50) {\n      nodes {\n        ...RequestSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query SyndicHome {\n    mySyndicFiles {\n      id\n      name\n      url\n    }\n    myCommonAreas {\n      id\n      name\n    }\n    myMenus {\n      menu\n      visible\n    }\n    myRequests(first: 50) {\n      nodes {\n        ...RequestSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyndicSubjects($kind: RequestKind!) {\n    requestSubjects(kind: $kind, target: COMMON_AREA) {\n      id\n      name\n      subsubjects {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SyndicSubjects($kind: RequestKind!) {\n    requestSubjects(kind: $kind, target: COMMON_AREA) {\n      id\n      name\n      subsubjects {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyndicOpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SyndicOpenRequest($input: OpenRequestInput!) {\n    openRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unit($id: ID!, $withContracts: Boolean!) {\n    unit(id: $id) {\n      id\n      name\n      deliveryForecast\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n      contracts @include(if: $withContracts) {\n        id\n        title\n        signedAt\n        documentUrl\n        type {\n          id\n          name\n        }\n      }\n      documents {\n        id\n        title\n        category\n        url\n      }\n      requests {\n        ...RequestSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query Unit($id: ID!, $withContracts: Boolean!) {\n    unit(id: $id) {\n      id\n      name\n      deliveryForecast\n      development {\n        id\n        name\n      }\n      block {\n        id\n        name\n      }\n      contracts @include(if: $withContracts) {\n        id\n        title\n        signedAt\n        documentUrl\n        type {\n          id\n          name\n        }\n      }\n      documents {\n        id\n        title\n        category\n        url\n      }\n      requests {\n        ...RequestSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkSchedules {\n    workSchedules {\n      developmentId\n      developmentName\n      progress\n      plannedProgress\n      plannedEnd\n      forecastEnd\n      delayDays\n      delayText\n      today\n      tasks {\n        id\n        name\n        plannedStart\n        plannedEnd\n        actualStart\n        actualEnd\n        progress\n        state\n        delayDays\n        delayText\n        forecastEnd\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkSchedules {\n    workSchedules {\n      developmentId\n      developmentName\n      progress\n      plannedProgress\n      plannedEnd\n      forecastEnd\n      delayDays\n      delayText\n      today\n      tasks {\n        id\n        name\n        plannedStart\n        plannedEnd\n        actualStart\n        actualEnd\n        progress\n        state\n        delayDays\n        delayText\n        forecastEnd\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkLogEntries($after: String) {\n    workLog(after: $after, limit: 10) {\n      notice\n      nextCursor\n      entries {\n        id\n        date\n        status\n        weather\n        occurrences\n        headcount\n        labour {\n          role\n          headcount\n        }\n        developmentName\n        blockName\n        photos {\n          id\n          url\n          thumbnailUrl\n          width\n          height\n        }\n        attachments {\n          id\n          url\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkLogEntries($after: String) {\n    workLog(after: $after, limit: 10) {\n      notice\n      nextCursor\n      entries {\n        id\n        date\n        status\n        weather\n        occurrences\n        headcount\n        labour {\n          role\n          headcount\n        }\n        developmentName\n        blockName\n        photos {\n          id\n          url\n          thumbnailUrl\n          width\n          height\n        }\n        attachments {\n          id\n          url\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;