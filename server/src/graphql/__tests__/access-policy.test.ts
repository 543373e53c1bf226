import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildSchema, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf, enforceAccess, staffMayCall, staffScopeOf, tokenScopeOf } from '../access.js';
import { createSchema } from '../schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

function rootFields(s: GraphQLSchema) {
  return [s.getQueryType(), s.getMutationType(), s.getSubscriptionType()].flatMap((type) =>
    type ? Object.values(type.getFields()).map((field) => ({ name: `${type.name}.${field.name}`, access: accessOf(field), tokens: tokenScopeOf(field) })) : [],
  );
}

describe('default deny: every root field declares who may call it', () => {
  it('every Query, Mutation and Subscription field has an access policy', () => {
    const missing = rootFields(schema).filter((f) => !f.access?.length).map((f) => f.name);
    expect(missing).toEqual([]);
  });

  it('the policies, for review: a new or changed endpoint shows up here', () => {
    // R-SYNC-1: "; tokens: SCOPE" — the API tokens that may call it too (none unless said).
    const policies = Object.fromEntries(rootFields(schema).map((f) => [f.name, f.access!.join(' | ') + (f.tokens ? ` ; tokens: ${f.tokens}` : '')]).sort());
    expect(policies).toMatchInlineSnapshot(`
      {
        "Mutation.acceptInvitation": "PUBLIC",
        "Mutation.acknowledgeOutbox": "TOKEN ; tokens: INTEGRATION",
        "Mutation.addPaymentCard": "CUSTOMER",
        "Mutation.addSyndicFile": "ADMIN | MANAGER",
        "Mutation.approveDataChange": "ADMIN",
        "Mutation.changePassword": "AUTHENTICATED",
        "Mutation.changeRequestStatus": "STAFF",
        "Mutation.closeSyncRun": "ADMIN ; tokens: INTEGRATION",
        "Mutation.confirmMyData": "CUSTOMER",
        "Mutation.createApiToken": "ADMIN",
        "Mutation.createBillingBlock": "ADMIN | MANAGER",
        "Mutation.createCustomer": "ADMIN | MANAGER",
        "Mutation.createPortal": "ADMIN",
        "Mutation.createStaffAccount": "ADMIN",
        "Mutation.deactivateMyLogin": "CUSTOMER | SYNDIC",
        "Mutation.deleteDataChange": "ADMIN",
        "Mutation.deletePortal": "ADMIN",
        "Mutation.emailStatement": "CUSTOMER",
        "Mutation.enterViewAsClient": "PUBLIC",
        "Mutation.liftBillingBlock": "ADMIN | MANAGER",
        "Mutation.markBillPaid": "CUSTOMER",
        "Mutation.openRequest": "CUSTOMER | SYNDIC",
        "Mutation.openSyncRun": "ADMIN ; tokens: INTEGRATION",
        "Mutation.reactivateLogin": "STAFF",
        "Mutation.rejectDataChange": "ADMIN",
        "Mutation.removePortalDomain": "ADMIN | MANAGER",
        "Mutation.removeSyndicFile": "ADMIN | MANAGER",
        "Mutation.requestDataChange": "CUSTOMER",
        "Mutation.requestMagicLink": "PUBLIC",
        "Mutation.requestPrepayment": "CUSTOMER",
        "Mutation.requestSecondCopy": "CUSTOMER",
        "Mutation.revokeApiToken": "ADMIN",
        "Mutation.saveAssociationType": "ADMIN | MANAGER",
        "Mutation.saveContractType": "ADMIN | MANAGER",
        "Mutation.saveCustomField": "ADMIN | MANAGER",
        "Mutation.savePortalDomain": "ADMIN | MANAGER",
        "Mutation.saveSubject": "ADMIN | MANAGER",
        "Mutation.saveSubsubject": "ADMIN | MANAGER",
        "Mutation.saveWorkflow": "ADMIN | MANAGER",
        "Mutation.saveWorkflowStatus": "ADMIN | MANAGER",
        "Mutation.sendInvitation": "ADMIN | MANAGER",
        "Mutation.setBlockActive": "ADMIN | MANAGER",
        "Mutation.setContractDocument": "ADMIN | MANAGER",
        "Mutation.setContractStatus": "ADMIN | MANAGER",
        "Mutation.setDataChangeApproval": "ADMIN",
        "Mutation.setPaymentMethod": "CUSTOMER",
        "Mutation.setPortalActive": "ADMIN",
        "Mutation.setPortalDevelopments": "ADMIN | MANAGER",
        "Mutation.setPortalPermissions": "ADMIN | MANAGER",
        "Mutation.setStageActive": "ADMIN | MANAGER",
        "Mutation.signIn": "PUBLIC",
        "Mutation.signInWithMagicLink": "PUBLIC",
        "Mutation.signOut": "AUTHENTICATED",
        "Mutation.startViewAsClient": "STAFF",
        "Mutation.unlockSyncRun": "ADMIN",
        "Mutation.updateDevelopment": "ADMIN | MANAGER",
        "Mutation.updateFinancialRules": "ADMIN",
        "Mutation.updatePortalSettings": "ADMIN | MANAGER",
        "Mutation.updateStaffAccount": "ADMIN",
        "Mutation.upsertAssociationTypes": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertBillingBlocks": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertBills": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertBlocks": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertContractTypes": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertContracts": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertCustomers": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertDevelopments": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertInstallmentPlans": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertInstallments": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertReservations": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertStages": "ADMIN ; tokens: INTEGRATION",
        "Mutation.upsertUnits": "ADMIN ; tokens: INTEGRATION",
        "Query.account": "STAFF",
        "Query.apiCalls": "ADMIN",
        "Query.apiTokens": "ADMIN",
        "Query.associationTypes": "STAFF",
        "Query.auditLog": "ADMIN | MANAGER",
        "Query.billingBlocks": "STAFF",
        "Query.contract": "STAFF",
        "Query.contractTypes": "STAFF",
        "Query.currentPortal": "PUBLIC",
        "Query.customFields": "CUSTOMER | STAFF",
        "Query.customer": "STAFF",
        "Query.customerFinance": "STAFF",
        "Query.customers": "STAFF",
        "Query.dataChangeRequest": "ADMIN",
        "Query.dataChangeRequests": "ADMIN",
        "Query.development": "STAFF",
        "Query.developments": "STAFF",
        "Query.erpRecords": "ADMIN ; tokens: READ",
        "Query.explainVisibility": "STAFF",
        "Query.me": "PUBLIC",
        "Query.myCommonAreas": "SYNDIC",
        "Query.myDataChangeRequests": "CUSTOMER",
        "Query.myMenus": "CUSTOMER | SYNDIC",
        "Query.myPaymentCards": "CUSTOMER",
        "Query.myRequests": "CUSTOMER | SYNDIC",
        "Query.mySyndicFiles": "SYNDIC",
        "Query.myUnits": "CUSTOMER",
        "Query.outbox": "ADMIN ; tokens: INTEGRATION",
        "Query.portal": "STAFF",
        "Query.portalHealth": "STAFF",
        "Query.portalSettingsCatalog": "STAFF",
        "Query.portals": "STAFF",
        "Query.request": "CUSTOMER | SYNDIC | STAFF",
        "Query.requestSubjects": "CUSTOMER | SYNDIC | STAFF",
        "Query.requests": "STAFF",
        "Query.simulatePrepayment": "CUSTOMER",
        "Query.staffAccounts": "ADMIN",
        "Query.syncRun": "ADMIN ; tokens: READ",
        "Query.syncRuns": "ADMIN ; tokens: READ",
        "Query.taxStatement": "CUSTOMER",
        "Query.tokenInfo": "TOKEN ; tokens: READ",
        "Query.unit": "CUSTOMER | STAFF",
        "Query.unitFinance": "CUSTOMER",
        "Query.uploadLimits": "STAFF",
        "Query.workflows": "STAFF",
        "Subscription.myFinanceChanged": "CUSTOMER",
        "Subscription.myRequestChanged": "CUSTOMER | SYNDIC",
        "Subscription.requestListChanged": "STAFF",
        "Subscription.sessionEvents": "AUTHENTICATED",
        "Subscription.staffFinanceChanged": "STAFF",
      }
    `);
  });

  it('R-OPS-4: every root field staff may call declares how it is kept in their scope; the declarations, for review', () => {
    const staffFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.values(type!.getFields()).filter((f) => staffMayCall(accessOf(f) ?? [])).map((f) => [`${type!.name}.${f.name}`, staffScopeOf(f)] as const),
    );
    expect(staffFields.filter(([, scope]) => !scope).map(([name]) => name)).toEqual([]);
    expect(Object.fromEntries(staffFields.sort())).toMatchInlineSnapshot(`
      {
        "Mutation.addSyndicFile": "Development, Syndic, StoredFile",
        "Mutation.approveDataChange": "DataChangeRequest",
        "Mutation.changePassword": "self",
        "Mutation.changeRequestStatus": "Request",
        "Mutation.closeSyncRun": "SyncRun (company-wide)",
        "Mutation.createApiToken": "ApiToken (company-wide)",
        "Mutation.createBillingBlock": "Development, Block",
        "Mutation.createCustomer": "Customer (company-wide: a new customer belongs to no development yet)",
        "Mutation.createPortal": "Portal (company-wide), Development",
        "Mutation.createStaffAccount": "Account (company-wide), Development",
        "Mutation.deleteDataChange": "DataChangeRequest",
        "Mutation.deletePortal": "Portal (write)",
        "Mutation.liftBillingBlock": "BillingBlock (write)",
        "Mutation.openSyncRun": "SyncRun (company-wide)",
        "Mutation.reactivateLogin": "Account",
        "Mutation.rejectDataChange": "DataChangeRequest",
        "Mutation.removePortalDomain": "PortalDomain (write)",
        "Mutation.removeSyndicFile": "SyndicFile",
        "Mutation.revokeApiToken": "ApiToken (company-wide)",
        "Mutation.saveAssociationType": "AssociationType",
        "Mutation.saveContractType": "ContractType",
        "Mutation.saveCustomField": "CustomField",
        "Mutation.savePortalDomain": "Portal (write), Development",
        "Mutation.saveSubject": "Subject",
        "Mutation.saveSubsubject": "Subsubject, Subject",
        "Mutation.saveWorkflow": "Workflow",
        "Mutation.saveWorkflowStatus": "WorkflowStatus, Workflow",
        "Mutation.sendInvitation": "Account, Portal",
        "Mutation.setBlockActive": "Block",
        "Mutation.setContractDocument": "Contract, StoredFile",
        "Mutation.setContractStatus": "Contract",
        "Mutation.setDataChangeApproval": "Company (write)",
        "Mutation.setPortalActive": "Portal (write)",
        "Mutation.setPortalDevelopments": "Portal (write), Development",
        "Mutation.setPortalPermissions": "Account (write)",
        "Mutation.setStageActive": "Stage",
        "Mutation.signOut": "self",
        "Mutation.startViewAsClient": "Customer, Portal",
        "Mutation.unlockSyncRun": "SyncRun (company-wide)",
        "Mutation.updateDevelopment": "Development",
        "Mutation.updateFinancialRules": "Company (write)",
        "Mutation.updatePortalSettings": "Portal (write)",
        "Mutation.updateStaffAccount": "Account (company-wide), Development",
        "Mutation.upsertAssociationTypes": "AssociationType (company-wide)",
        "Mutation.upsertBillingBlocks": "BillingBlock (company-wide)",
        "Mutation.upsertBills": "Bill (company-wide)",
        "Mutation.upsertBlocks": "Block (company-wide)",
        "Mutation.upsertContractTypes": "ContractType (company-wide)",
        "Mutation.upsertContracts": "Contract (company-wide)",
        "Mutation.upsertCustomers": "Customer (company-wide)",
        "Mutation.upsertDevelopments": "Development (company-wide: the ERP loads the whole company)",
        "Mutation.upsertInstallmentPlans": "InstallmentPlan (company-wide)",
        "Mutation.upsertInstallments": "Installment (company-wide)",
        "Mutation.upsertReservations": "Reservation (company-wide)",
        "Mutation.upsertStages": "Stage (company-wide)",
        "Mutation.upsertUnits": "Unit (company-wide)",
        "Query.account": "Account",
        "Query.apiCalls": "ApiToken (company-wide)",
        "Query.apiTokens": "ApiToken (company-wide)",
        "Query.associationTypes": "AssociationType",
        "Query.auditLog": "AuditLog",
        "Query.billingBlocks": "BillingBlock (of developments within the limit)",
        "Query.contract": "Contract",
        "Query.contractTypes": "ContractType",
        "Query.customFields": "CustomField",
        "Query.customer": "Customer",
        "Query.customerFinance": "Customer (sales within the limit)",
        "Query.customers": "Customer",
        "Query.dataChangeRequest": "DataChangeRequest",
        "Query.dataChangeRequests": "DataChangeRequest",
        "Query.development": "Development",
        "Query.developments": "Development",
        "Query.erpRecords": "ErpKey (company-wide)",
        "Query.explainVisibility": "Customer, Syndic, Unit, Contract, Request, Bill, Installment, Portal, DataChangeRequest, Company",
        "Query.outbox": "OutboxMessage (company-wide)",
        "Query.portal": "Portal",
        "Query.portalHealth": "Portal (issues of developments within the limit)",
        "Query.portalSettingsCatalog": "static",
        "Query.portals": "Portal",
        "Query.request": "Request",
        "Query.requestSubjects": "Subject",
        "Query.requests": "Request",
        "Query.staffAccounts": "Account",
        "Query.syncRun": "SyncRun (company-wide)",
        "Query.syncRuns": "SyncRun (company-wide)",
        "Query.unit": "Unit",
        "Query.uploadLimits": "static",
        "Query.workflows": "Workflow",
        "Subscription.requestListChanged": "Request",
        "Subscription.sessionEvents": "self",
        "Subscription.staffFinanceChanged": "Reservation (events of sales within the limit)",
      }
    `);
  });

  it('a field without a policy is refused at run time, whoever calls', async () => {
    @ObjectType()
    class Secret {
      @Field(() => String)
      value!: string;
    }
    @Resolver()
    class ForgotItsPolicy {
      @Query(() => Secret)
      secret(): Secret {
        return { value: 'segredo' };
      }
    }
    const bare = enforceAccess(await buildSchema({ resolvers: [ForgotItsPolicy], validate: false }));
    const result = await graphql({ schema: bare, source: '{ secret { value } }', contextValue: { viewer: { kind: 'anonymous' } } });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/sem política de acesso/);
  });
});
