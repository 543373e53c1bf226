import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'type-graphql';
import type { Events } from './pubsub.js';
import { AuditLogFieldsResolver, AuditResolver } from '../modules/audit/audit.resolver.js';
import { AccountResolver } from '../modules/auth/account.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { TwoFactorResolver } from '../modules/auth/two-factor/two-factor.resolver.js';
import { ContractFieldsResolver, ContractTypeResolver } from '../modules/contracts/contract-type.resolver.js';
import { AssociationTypeResolver } from '../modules/customers/association-type.resolver.js';
import { CustomerResolver, ReservationFieldsResolver } from '../modules/customers/customer.resolver.js';
import { DevelopmentResolver } from '../modules/developments/development.resolver.js';
import { DevelopmentFieldsResolver, UnitResolver } from '../modules/developments/unit.resolver.js';
import { MenuResolver } from '../modules/portal/menu.resolver.js';
import { PortalDomainResolver, PortalResolver } from '../modules/portal/portal.resolver.js';
import { RequestConfigResolver, WorkflowFieldsResolver } from '../modules/requests/request-config.resolver.js';
import { RequestResolver, RequestStatusChangeResolver } from '../modules/requests/request.resolver.js';
import { RequestMessageResolver } from '../modules/requests/request-conversation.resolver.js';
import { SubjectResolver, SubsubjectResolver } from '../modules/requests/subject.resolver.js';
import { SyndicResolver } from '../modules/syndics/syndic.resolver.js';
import { DevelopmentSyndicFilesResolver, SyndicFileResolver, SyndicFilesResolver } from '../modules/syndics/syndic-file.resolver.js';
import { DevelopmentDocumentResolver, DevelopmentDocumentsResolver, UnitDocumentsResolver } from '../modules/documents/document.resolver.js';
import { ContractDocumentResolver } from '../modules/contracts/contract-document.resolver.js';
import { StoredFileResolver } from '../modules/files/stored-file.resolver.js';
import { ExplainerResolver } from '../modules/visibility/explainer.resolver.js';
import { ImpactResolver } from '../modules/visibility/impact/impact.resolver.js';
import { CustomerDataResolver, DataChangeResolver } from '../modules/data-changes/data-change.resolver.js';
import { ApiTokenResolver } from '../modules/integration/api-token.resolver.js';
import { UpsertResolver } from '../modules/integration/integration.resolver.js';
import { OutboxResolver } from '../modules/integration/outbox.resolver.js';
import { SyncRunResolver } from '../modules/integration/sync-run.resolver.js';
import { enforceAccess } from './access.js';
import { ErpRecordResolver } from '../modules/integration/erp-record.resolver.js';
import { guardInput } from './input-guard.js';
import { BillViewResolver, FinanceResolver } from '../modules/finance/finance.resolver.js';
import { FinanceAdminResolver } from '../modules/finance/finance-admin.resolver.js';
import { WorksResolver } from '../modules/works/works.resolver.js';
import { WorksAdminResolver } from '../modules/works/works-admin.resolver.js';
import { ContactResolver, OpinionResolver } from '../modules/contact/contact.resolver.js';
import { FaqEntryResolver, FaqResolver } from '../modules/faq/faq.resolver.js';
import { SchedulingResolver } from '../modules/scheduling/scheduling.resolver.js';
import { SchedulingAdminResolver } from '../modules/scheduling/scheduling-admin.resolver.js';
import { SurveysResolver } from '../modules/surveys/surveys.resolver.js';
import { SurveysAdminResolver } from '../modules/surveys/surveys-admin.resolver.js';
import {
  AddressConfirmationResolver, BannerResolver, BenefitResolver, PendingDocumentationResolver, ReferralResolver,
} from '../modules/portal-extras/extras.resolver.js';

import { NotificationResolver } from '../modules/notifications/notification.resolver.js';
import { PrivacyResolver } from '../modules/privacy/privacy.resolver.js';
import { PushResolver } from '../modules/notifications/push/push.resolver.js';

export const resolvers = [
  PrivacyResolver,
  NotificationResolver,
  PushResolver,
  AuthResolver, TwoFactorResolver, AccountResolver, AuditResolver, AuditLogFieldsResolver,
  PortalResolver, PortalDomainResolver, MenuResolver,
  DevelopmentResolver, DevelopmentFieldsResolver, UnitResolver,
  AssociationTypeResolver, CustomerResolver, ReservationFieldsResolver, ContractTypeResolver, ContractFieldsResolver,
  RequestResolver, RequestStatusChangeResolver, RequestMessageResolver, SubjectResolver, SubsubjectResolver, RequestConfigResolver, WorkflowFieldsResolver,
  SyndicResolver, ExplainerResolver, ImpactResolver, DataChangeResolver, CustomerDataResolver,
  ContractDocumentResolver, StoredFileResolver, SyndicFileResolver, DevelopmentSyndicFilesResolver, SyndicFilesResolver,
  DevelopmentDocumentResolver, DevelopmentDocumentsResolver, UnitDocumentsResolver,
  ApiTokenResolver, UpsertResolver, SyncRunResolver, OutboxResolver, ErpRecordResolver,
  FinanceResolver, BillViewResolver, FinanceAdminResolver,
  WorksResolver, WorksAdminResolver,
  ContactResolver, OpinionResolver, FaqResolver, FaqEntryResolver,
  BannerResolver, BenefitResolver, ReferralResolver, PendingDocumentationResolver, AddressConfirmationResolver,
  SchedulingResolver, SchedulingAdminResolver, SurveysResolver, SurveysAdminResolver,
] as const;

/** The one schema everyone uses: every root field's access policy first, then every field's arguments checked (input-guard.ts). */
export async function createSchema(pubSub: PubSub<Events> = createPubSub<Events>()): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, emitSchemaFile: false, pubSub: pubSub as never });
  return enforceAccess(guardInput(schema));
}

/** What `schema/schema.graphql` must contain: the printed schema, sorted so it diffs cleanly. */
export function printContract(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
