import {
  getNamedType,
  GraphQLEnumType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Helpers for tests that walk the whole schema (staff scope, hostile input): every root field,
 * arguments generated from their types, and a selection that asks for every object's `id`.
 */

export type RootKind = 'query' | 'mutation' | 'subscription';

export interface RootField {
  kind: RootKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema, kinds: RootKind[] = ['query', 'mutation']): RootField[] {
  const roots = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() };
  return kinds.flatMap((kind) => Object.values(roots[kind]?.getFields() ?? {}).map((field) => ({ kind, name: field.name, field })));
}

/** Where a value sits in the arguments: the root field, then argument and input-field names. */
export interface ValuePath {
  root: string;
  /** e.g. ['input', 'requestId'] */
  path: string[];
  /** The input object type that holds the last name, if any. */
  parentType: string | null;
}

/**
 * Produces a value for one place in the arguments; `undefined` means "use the default value for
 * the type" (see `defaultValue`). Lists get one element.
 */
export type ValueFor = (where: ValuePath, type: GraphQLInputType) => unknown;

/** Arguments for a root field: every argument and input field (optional ones too), from `valueFor` or the defaults. */
export function argumentsFor(root: RootField, valueFor: ValueFor): Record<string, unknown> {
  return Object.fromEntries(root.field.args.map((arg: GraphQLArgument) => [arg.name, valueOf({ root: root.name, path: [arg.name], parentType: null }, arg.type, valueFor)]));
}

function valueOf(where: ValuePath, type: GraphQLInputType, valueFor: ValueFor): unknown {
  const chosen = valueFor(where, type);
  if (chosen !== undefined) return chosen;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [valueOf(where, inner.ofType as GraphQLInputType, valueFor)];
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields()).map((f: GraphQLInputField) => [f.name, valueOf({ root: where.root, path: [...where.path, f.name], parentType: inner.name }, f.type, valueFor)]),
    );
  }
  return defaultValue(where, inner as GraphQLScalarType | GraphQLEnumType);
}

/** Plausible values by name, so that calls reach the code behind the validation. */
export function defaultValue(where: ValuePath, type: GraphQLScalarType | GraphQLEnumType): unknown {
  const name = where.path.at(-1) ?? '';
  if (type instanceof GraphQLEnumType) return type.getValues()[0]!.value;
  switch (type.name) {
    case 'Boolean':
      return name === 'login' ? null : true;
    case 'Int':
      return name === 'first' ? 10 : name === 'validationDays' ? 15 : 1;
    case 'Float':
      return 1;
    case 'DateTimeISO':
      return name === 'from' ? '2020-01-01T00:00:00.000Z' : '2030-01-01T00:00:00.000Z';
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    default:
      break;
  }
  const byName: Record<string, string> = {
    email: 'walk@teste.dev', login: 'walk@teste.dev', password: 'senha-walk-1', newPassword: 'senha-walk-2', currentPassword: 'senha-walk-1',
    hostname: 'walk.example.com', document: '52998224725', confirmName: 'Portal', slug: 'walk-slug', key: 'walk_key',
    primaryColor: '#112233', secondaryColor: '#445566', deliveryDate: '2027-01-01', logoUrl: 'https://example.com/logo.png',
    field: 'phone', value: '(11) 98765-4321', phone: '(11) 98765-4321', token: 'nao-existe', search: 'a', action: 'portal.',
  };
  return byName[name] ?? 'Walk';
}

/** The selection for a return type: `__typename`, every `id`, and objects and lists under it to `depth`. */
export function selectionFor(type: GraphQLOutputType, depth = 2): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  return `{ ${selectObject(named, depth)} }`;
}

function selectObject(type: GraphQLObjectType, depth: number): string {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(field.type);
    if (field.name === 'id') parts.push('id');
    else if (isObjectType(named) && depth > 0) parts.push(`${field.name} { ${selectObject(named, depth - 1)} }`);
  }
  return parts.join(' ');
}

/** The operation text for a root field, with every argument passed as a variable. */
export function operationFor(root: RootField, depth = 2): string {
  const vars = root.field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = root.field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const keyword = root.kind === 'query' ? 'query' : root.kind === 'mutation' ? 'mutation' : 'subscription';
  return `${keyword} Walk${vars ? `(${vars})` : ''} { ${root.name}${args ? `(${args})` : ''} ${selectionFor(root.field.type, depth)} }`;
}

/** Every `id` in a response, at any depth. */
export function idsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => idsIn(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') into.add(v);
      else idsIn(v, into);
    }
  }
  return into;
}

export const isIdType = (type: GraphQLInputType) => {
  const inner = isNonNullType(type) ? type.ofType : type;
  const base = inner instanceof GraphQLList ? (inner.ofType instanceof GraphQLNonNull ? inner.ofType.ofType : inner.ofType) : inner;
  return base instanceof GraphQLScalarType && base.name === 'ID';
};

export const isListOf = (type: GraphQLInputType) => (isNonNullType(type) ? type.ofType : type) instanceof GraphQLList;

export type IdKind =
  | 'Development' | 'Block' | 'Stage' | 'Unit' | 'CommonArea' | 'Location' | 'Request' | 'Contract' | 'Customer' | 'Account' | 'StaffAccount'
  | 'DataChangeRequest' | 'Portal' | 'PortalDomain' | 'ContractType' | 'AssociationType' | 'Subject' | 'Subsubject' | 'Workflow' | 'WorkflowStatus'
  | 'CustomField' | 'AuditTarget' | 'Syndic' | 'SyndicFile' | 'StoredFile' | 'ApiToken' | 'SyncRun' | 'FinanceRequest' | 'BillingBlock'
  | 'AppointmentSlot' | 'Appointment' | 'Survey' | 'FailedJob'
  | 'Banner' | 'Benefit' | 'PendingDocumentation'
  | 'ContactMessage' | 'ContactType' | 'FaqCategory' | 'FaqEntry'
  | 'DevelopmentDocument' | 'WorkLogEntry' | 'ScheduleTask'
  | 'DeletionRequest';

/** What each id argument names: by `root.argument`, by `InputType.field`, or by argument name. */
const ID_KINDS: Record<string, IdKind> = {
  'account.id': 'Account', 'contract.id': 'Contract', 'customer.id': 'Customer', 'dataChangeRequest.id': 'DataChangeRequest',
  'development.id': 'Development', 'portal.id': 'Portal', 'request.id': 'Request', 'unit.id': 'Unit',
  'setBlockActive.id': 'Block', 'setStageActive.id': 'Stage',
  'approveDataChange.id': 'DataChangeRequest', 'rejectDataChange.id': 'DataChangeRequest', 'deleteDataChange.id': 'DataChangeRequest',
  'DevelopmentSettingsInput.id': 'Development', 'ContractTypeInput.id': 'ContractType', 'AssociationTypeInput.id': 'AssociationType',
  'SubjectInput.id': 'Subject', 'SubsubjectInput.id': 'Subsubject', 'WorkflowInput.id': 'Workflow', 'WorkflowStatusInput.id': 'WorkflowStatus',
  'CustomFieldInput.id': 'CustomField', 'UpdateStaffAccountInput.id': 'StaffAccount', 'AuditLogFilter.targetId': 'AuditTarget',
  requestId: 'Request', statusId: 'WorkflowStatus', expectedStatusId: 'WorkflowStatus', customerId: 'Customer', accountId: 'Account',
  actorId: 'StaffAccount', portalId: 'Portal', domainId: 'PortalDomain', contractId: 'Contract', developmentId: 'Development',
  developmentIds: 'Development', unitId: 'Unit', subjectId: 'Subject', workflowId: 'Workflow', subsubjectId: 'Subsubject',
  commonAreaId: 'CommonArea', locationId: 'Location',
  'removeSyndicFile.id': 'SyndicFile', syndicId: 'Syndic', fileId: 'StoredFile', photoIds: 'StoredFile',
  'removeDevelopmentDocument.id': 'DevelopmentDocument', documentId: 'DevelopmentDocument', assigneeId: 'StaffAccount',
  'SaveWorkLogEntryInput.id': 'WorkLogEntry', 'setWorkLogStatus.id': 'WorkLogEntry', 'deleteWorkLogEntry.id': 'WorkLogEntry', attachmentIds: 'StoredFile', removeFileIds: 'StoredFile',
  'SaveScheduleTaskInput.id': 'ScheduleTask', 'deleteScheduleTask.id': 'ScheduleTask',
  portalRequestId: 'FinanceRequest', blockId: 'Block', 'liftBillingBlock.id': 'BillingBlock',
  tokenId: 'ApiToken', 'revokeApiToken.id': 'ApiToken', 'syncRun.id': 'SyncRun', 'closeSyncRun.id': 'SyncRun', 'unlockSyncRun.id': 'SyncRun', runId: 'SyncRun',
  // Agendamentos and Pesquisa.
  'removeAppointmentSlot.id': 'AppointmentSlot', 'cancelAppointmentAsStaff.id': 'Appointment', slotId: 'AppointmentSlot',
  'surveyResults.id': 'Survey', 'publishSurvey.id': 'Survey', 'SurveyInput.id': 'Survey', surveyId: 'Survey',
  // Banners, benefits, pending documentation (portal-extras/).
  'BannerInput.id': 'Banner', 'deleteBanner.id': 'Banner', imageFileId: 'StoredFile', 'BenefitInput.id': 'Benefit', 'deleteBenefit.id': 'Benefit',
  'resolvePendingDocumentation.id': 'PendingDocumentation',
  // The queue's dead-letter list (R-NOTIFY-3).
  'retryFailedJob.id': 'FailedJob',
  // Fale Conosco and the FAQ.
  'contactMessage.id': 'ContactMessage', 'AddOpinionInput.messageId': 'ContactMessage', 'ContactTypeInput.id': 'ContactType', 'ContactFilter.typeId': 'ContactType',
  'FaqCategoryInput.id': 'FaqCategory', 'FaqEntryInput.id': 'FaqEntry', 'FaqEntryInput.categoryId': 'FaqCategory', 'deleteFaqEntry.id': 'FaqEntry',
  // R-OPS-3: deletion requests (privacy/).
  'completeDeletionRequest.id': 'DeletionRequest', 'refuseDeletionRequest.id': 'DeletionRequest',
  // R-EXPLAIN-4: the impact preview's changes (each holds its mutation's arguments).
  'BlockActiveChange.id': 'Block', 'StageActiveChange.id': 'Stage', 'BillingBlockLift.id': 'BillingBlock',
};

/** What an id at this place names (undefined: the table above does not know it yet). */
export function idKindOf(where: ValuePath): IdKind | undefined {
  const name = where.path.at(-1)!;
  return ID_KINDS[`${where.root}.${name}`] ?? (where.parentType ? ID_KINDS[`${where.parentType}.${name}`] : undefined) ?? ID_KINDS[name];
}

/** Every scalar the arguments of a root field hold (lists: their first element), with its path and type. */
export function leavesOf(root: RootField): { path: string[]; type: GraphQLScalarType }[] {
  const leaves: { path: string[]; type: GraphQLScalarType }[] = [];
  const walk = (path: string[], type: GraphQLInputType, seen: Set<string>) => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return walk([...path, '0'], inner.ofType as GraphQLInputType, seen);
    if (isInputObjectType(inner)) {
      if (seen.has(inner.name)) return;
      for (const f of Object.values(inner.getFields())) walk([...path, f.name], f.type, new Set([...seen, inner.name]));
      return;
    }
    if (inner instanceof GraphQLScalarType) leaves.push({ path, type: inner });
  };
  for (const arg of root.field.args) walk([arg.name], arg.type, new Set());
  return leaves;
}

/** A copy of `args` with the value at `path` replaced. */
export function withValue(args: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(args);
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

