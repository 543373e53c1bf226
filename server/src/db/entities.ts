import { Account } from '../modules/auth/account.entity.js';
import { AccountToken } from '../modules/auth/account-token.entity.js';
import { LoginAttempt } from '../modules/auth/login-attempt.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { Company } from '../modules/company/company.entity.js';
import { Contract } from '../modules/contracts/contract.entity.js';
import { ContractType } from '../modules/contracts/contract-type.entity.js';
import { AssociationType } from '../modules/customers/association-type.entity.js';
import { Customer } from '../modules/customers/customer.entity.js';
import { Reservation } from '../modules/customers/reservation.entity.js';
import { ReservationAssociate } from '../modules/customers/reservation-associate.entity.js';
import { Block } from '../modules/developments/block.entity.js';
import { CommonArea } from '../modules/developments/common-area.entity.js';
import { Development } from '../modules/developments/development.entity.js';
import { Location } from '../modules/developments/location.entity.js';
import { Stage } from '../modules/developments/stage.entity.js';
import { Unit } from '../modules/developments/unit.entity.js';
import { Portal } from '../modules/portal/portal.entity.js';
import { PortalDomain } from '../modules/portal/portal-domain.entity.js';
import { Request } from '../modules/requests/request.entity.js';
import { RequestStatusChange } from '../modules/requests/request-status-change.entity.js';
import { RequestMessage } from '../modules/requests/request-message.entity.js';
import { Subject } from '../modules/requests/subject.entity.js';
import { Subsubject } from '../modules/requests/subsubject.entity.js';
import { Workflow } from '../modules/requests/workflow.entity.js';
import { WorkflowStatus } from '../modules/requests/workflow-status.entity.js';
import { Syndic } from '../modules/syndics/syndic.entity.js';
import { ContractOccurrence } from '../modules/data-changes/contract-occurrence.entity.js';
import { CustomField } from '../modules/data-changes/custom-field.entity.js';
import { DataChangeRequest } from '../modules/data-changes/data-change-request.entity.js';
import { OutboxMessage } from '../modules/data-changes/outbox-message.entity.js';
import { SyndicFile } from '../modules/syndics/syndic-file.entity.js';
import { DevelopmentDocument } from '../modules/documents/development-document.entity.js';
import { StoredFile } from '../modules/files/stored-file.entity.js';
import { Bill } from '../modules/finance/bill.entity.js';
import { BillingBlock } from '../modules/finance/billing-block.entity.js';
import { FinanceRequest } from '../modules/finance/finance-request.entity.js';
import { PaymentCard } from '../modules/finance/payment-card.entity.js';
import { Installment } from '../modules/finance/installment.entity.js';
import { InstallmentPlan } from '../modules/finance/installment-plan.entity.js';
import { ApiCall } from '../modules/integration/api-call.entity.js';
import { ApiToken } from '../modules/integration/api-token.entity.js';
import { ErpKey } from '../modules/integration/erp-key.entity.js';
import { SyncBatch } from '../modules/integration/sync-batch.entity.js';
import { SyncRunError } from '../modules/integration/sync-run-error.entity.js';
import { SyncRun } from '../modules/integration/sync-run.entity.js';
import { ScheduleTask } from '../modules/works/schedule-task.entity.js';
import { WorkLogEntry } from '../modules/works/work-log-entry.entity.js';
import { ContactType } from '../modules/contact/contact-type.entity.js';
import { ContactMessage } from '../modules/contact/contact-message.entity.js';
import { Opinion } from '../modules/contact/opinion.entity.js';
import { FaqCategory } from '../modules/faq/faq-category.entity.js';
import { FaqEntry } from '../modules/faq/faq-entry.entity.js';
import { AppointmentSlot } from '../modules/scheduling/appointment-slot.entity.js';
import { Appointment } from '../modules/scheduling/appointment.entity.js';
import { Survey } from '../modules/surveys/survey.entity.js';
import { SurveyResponse } from '../modules/surveys/survey-response.entity.js';
import { AddressConfirmation } from '../modules/portal-extras/address-confirmation.entity.js';
import { Banner } from '../modules/portal-extras/banner.entity.js';
import { Benefit } from '../modules/portal-extras/benefit.entity.js';
import { PendingDocumentation } from '../modules/portal-extras/pending-documentation.entity.js';
import { Referral } from '../modules/portal-extras/referral.entity.js';
import { Notification, NotificationPreference } from '../modules/notifications/notification.entity.js';
import { Consent } from '../modules/privacy/consent.entity.js';
import { SignInCode } from '../modules/auth/sign-in-code.entity.js';
import { RecoveryCode } from '../modules/auth/two-factor/recovery-code.entity.js';
import { DeletionRequest, RetainedRecord } from '../modules/privacy/deletion-request.entity.js';
import { PersonalDataAccess } from '../modules/privacy/personal-data-access.entity.js';
import { WebPushSubscription } from '../modules/notifications/push/push-subscription.entity.js';

/** Every entity, listed once (no folder scanning: the same list works compiled and under vitest). */
export const entities = [
  Company, Portal, PortalDomain, Account, Session, AccountToken, LoginAttempt, AuditLog,
  Development, Block, Stage, Unit, Location, CommonArea,
  Customer, AssociationType, Reservation, ReservationAssociate,
  ContractType, Contract,
  Subject, Subsubject, Workflow, WorkflowStatus, Request, RequestStatusChange, RequestMessage,
  Syndic, SyndicFile, DevelopmentDocument,
  CustomField, DataChangeRequest, ContractOccurrence, OutboxMessage,
  StoredFile,
  ApiToken, ApiCall, ErpKey, SyncBatch, SyncRun, SyncRunError,
  InstallmentPlan, Installment, Bill, BillingBlock, FinanceRequest, PaymentCard,
  WorkLogEntry, ScheduleTask,
  ContactType, ContactMessage, Opinion, FaqCategory, FaqEntry,
  Banner, Benefit, Referral, PendingDocumentation, AddressConfirmation,
  AppointmentSlot, Appointment, Survey, SurveyResponse,
  Notification, NotificationPreference, Consent, SignInCode, RecoveryCode,
  WebPushSubscription,
  PersonalDataAccess, DeletionRequest, RetainedRecord,
];
