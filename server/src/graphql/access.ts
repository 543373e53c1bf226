import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import { DomainError, ForbiddenError, UnauthenticatedError } from '../domain-errors.js';
import { AccountKind, StaffRole } from '../modules/auth/account.enums.js';
import { PortalInactiveError } from '../modules/auth/auth.errors.js';
import { TwoFactorSetupRequiredError } from '../modules/auth/two-factor/two-factor.errors.js';
import { TokenScope } from '../modules/integration/api-token.entity.js';
import { tokenHasScope } from '../modules/integration/token-viewer.js';
import type { Context } from './context.js';

/**
 * Who may call a root field. Every Query, Mutation and Subscription field declares one with
 * `@Access(...)`; a field without one is refused at run time and fails the schema-walk test.
 *
 * - PUBLIC: anyone, signed in or not (said explicitly, never by omission);
 * - AUTHENTICATED: any signed-in account;
 * - CUSTOMER, SYNDIC: portal users of that kind;
 * - STAFF: any staff role; ADMIN, MANAGER, AGENT: staff with that role;
 * - TOKEN: no person, only API tokens (with the scope `@ForTokens` names).
 *
 * API tokens (R-SYNC-1) call only the root fields that declare `@ForTokens(scope)`, whatever their
 * roles for people say — not even PUBLIC ones; everything else answers FORBIDDEN.
 */
export type AccessRole = 'PUBLIC' | 'AUTHENTICATED' | 'CUSTOMER' | 'SYNDIC' | 'STAFF' | 'ADMIN' | 'MANAGER' | 'AGENT' | 'TOKEN';

export const ACCESS_EXTENSION = 'access';
export const TOKEN_SCOPE_EXTENSION = 'tokenScope';
export const STAFF_SCOPE_EXTENSION = 'staffScope';
const BEFORE_CONFIRMATION_EXTENSION = 'allowedBeforeDataConfirmation';
const BEFORE_TWO_FACTOR_EXTENSION = 'allowedBeforeTwoFactorSetup';
const STAFF_ROLES: readonly AccessRole[] = ['AUTHENTICATED', 'STAFF', 'ADMIN', 'MANAGER', 'AGENT'];

export function Access(...roles: [AccessRole, ...AccessRole[]]) {
  return Extensions({ [ACCESS_EXTENSION]: roles });
}

/**
 * R-OPS-4: how a root field that staff may call keeps them within their company and the
 * developments they are limited to — the entities it reads or changes through
 * `modules/scope/staff-scope.ts` (e.g. "Request", "Customer, Portal"), or "self" (only the
 * caller's own session) or "static" (no data). Staff calling a field without one are refused,
 * and the schema-walk test lists every declaration for review.
 */
export function StaffScope(how: string) {
  return Extensions({ [STAFF_SCOPE_EXTENSION]: how });
}

/** R-SYNC-1: API tokens with this scope (INTEGRATION includes READ) may call the field. */
export function ForTokens(scope: TokenScope) {
  return Extensions({ [TOKEN_SCOPE_EXTENSION]: scope });
}

export const tokenScopeOf = (field: { extensions?: Record<string, unknown> | null }): TokenScope | undefined =>
  field.extensions?.[TOKEN_SCOPE_EXTENSION] as TokenScope | undefined;

/** Refused to a token: the field is for people, or for a scope the token lacks. */
export class TokenForbiddenError extends DomainError {
  constructor(field: string, scope: TokenScope | undefined) {
    super('FORBIDDEN', scope
      ? `O token não tem o escopo ${scope === TokenScope.INTEGRATION ? 'de integração' : 'de leitura'}, que "${field}" exige.`
      : `"${field}" não pode ser chamado com um token de API: é uma operação de pessoas (equipe ou clientes).`, { reason: 'TOKEN_SCOPE' });
  }
}

/** A root field staff may call (by its access policy), which must then declare its scope. */
export const staffMayCall = (roles: readonly AccessRole[]) => roles.some((r) => STAFF_ROLES.includes(r));

export const staffScopeOf = (field: { extensions?: Record<string, unknown> | null }): string | undefined =>
  field.extensions?.[STAFF_SCOPE_EXTENSION] as string | undefined;

/** R-AUTH-4: a customer who has not confirmed their data yet (when the portal requires it) may still call this. */
export function AllowedBeforeDataConfirmation() {
  return Extensions({ [BEFORE_CONFIRMATION_EXTENSION]: true });
}

/**
 * R-AUTH-8: an ADMIN whose company requires two-step verification may still call this before
 * setting it up (who am I, the enrolment itself, signing out).
 */
export function AllowedBeforeTwoFactorSetup() {
  return Extensions({ [BEFORE_TWO_FACTOR_EXTENSION]: true });
}

/** R-AUTH-4: the customer must confirm their registration data before anything else. */
export class DataConfirmationRequiredError extends DomainError {
  constructor() {
    super('DATA_CONFIRMATION_REQUIRED', 'Antes de continuar, confirme seus dados cadastrais.');
  }
}

/** R-WORK-4: a "view as client" session reads only. */
export class ViewOnlyError extends DomainError {
  constructor() {
    super('FORBIDDEN', 'Você está vendo o portal como o cliente: somente leitura. Nada pode ser alterado nesta sessão.', { reason: 'VIEW_AS' });
  }
}

/** R-SYNC-1: what a call with an API token that is not live hears (not "sign in": no person is calling). */
const REFUSED_TOKEN = 'Token de API não aceito: ele não existe, foi revogado ou venceu. Confira o token enviado em "Authorization: Bearer"; um administrador vê os tokens em Integrações → Tokens de API e cria outro, se preciso.';

/** Throws when the viewer may not call a field with these roles. */
export function assertAccess(ctx: Context, roles: readonly AccessRole[], allowedBeforeConfirmation = false, mutation: string | null = null, allowedBeforeTwoFactor = false): void {
  if (mutation && mutation !== 'signOut' && ctx.viewer.kind === 'account' && ctx.viewer.session.viewedBy) throw new ViewOnlyError();
  if (roles.includes('PUBLIC')) return;
  const { viewer } = ctx;
  if (viewer.kind !== 'account') throw new UnauthenticatedError(viewer.kind === 'anonymous' && viewer.refusedToken ? REFUSED_TOKEN : undefined);
  if (viewer.twoFactorSetupRequired && !allowedBeforeTwoFactor) throw new TwoFactorSetupRequiredError();
  const { account, session } = viewer;
  // R-PORTAL-2: a portal user of an inactive portal is refused, whatever they ask.
  if (account.kind !== AccountKind.STAFF && session.portal && !session.portal.active) throw new PortalInactiveError();
  if (roles.includes('AUTHENTICATED')) return;
  if (account.kind === AccountKind.CUSTOMER && !allowedBeforeConfirmation && session.portal?.requireDataConfirmation && !account.dataConfirmedAt) {
    throw new DataConfirmationRequiredError();
  }
  const allowed = roles.some((role) => {
    switch (role) {
      case 'CUSTOMER':
        return account.kind === AccountKind.CUSTOMER;
      case 'SYNDIC':
        return account.kind === AccountKind.SYNDIC;
      case 'STAFF':
        return account.kind === AccountKind.STAFF;
      case 'ADMIN':
      case 'MANAGER':
      case 'AGENT':
        return account.kind === AccountKind.STAFF && account.staffRole === StaffRole[role];
      default:
        return false;
    }
  });
  if (!allowed) throw new ForbiddenError();
}

export function accessOf(field: { extensions?: Record<string, unknown> | null }): readonly AccessRole[] | undefined {
  return field.extensions?.[ACCESS_EXTENSION] as readonly AccessRole[] | undefined;
}

/**
 * Wraps every root field so its policy runs before it does (`resolve` for queries and
 * mutations, `subscribe` for subscriptions). No policy: refused, whoever calls (default deny).
 */
export function enforceAccess(schema: GraphQLSchema): GraphQLSchema {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  for (const root of roots) {
    if (!root) continue;
    const key = root === schema.getSubscriptionType() ? 'subscribe' : 'resolve';
    const isMutation = root === schema.getMutationType();
    for (const field of Object.values(root.getFields())) {
      const roles = accessOf(field) ?? [];
      const beforeConfirmation = field.extensions?.[BEFORE_CONFIRMATION_EXTENSION] === true;
      const beforeTwoFactor = field.extensions?.[BEFORE_TWO_FACTOR_EXTENSION] === true;
      const unscopedForStaff = staffMayCall(roles) && !staffScopeOf(field);
      const inner: GraphQLFieldResolver<unknown, Context> = field[key] ?? defaultFieldResolver;
      const tokenScope = tokenScopeOf(field);
      field[key] = (source, args, ctx, info) => {
        if (roles.length === 0) throw new ForbiddenError('Operação sem política de acesso declarada.');
        if (ctx.viewer.kind === 'token') {
          if (!tokenScope || !tokenHasScope(ctx.viewer.token, tokenScope)) throw new TokenForbiddenError(field.name, tokenScope);
          return inner(source, args, ctx, info);
        }
        assertAccess(ctx, roles, beforeConfirmation, isMutation ? field.name : null, beforeTwoFactor);
        if (unscopedForStaff && ctx.staff) throw new ForbiddenError('Operação sem escopo de equipe declarado.');
        return inner(source, args, ctx, info);
      };
    }
  }
  return schema;
}
