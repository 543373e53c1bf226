import { notFound, type NounName } from './pt-br.js';

/**
 * Domain errors: thrown by services, turned into GraphQL errors in one place
 * (graphql/format-error.ts). Messages are Portuguese and meant for the person using the app.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Extra, machine-readable facts for the client (`extensions`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Faça login para continuar.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Você não tem permissão para fazer isso.') {
    super('FORBIDDEN', message);
  }
}

/** Also what a hidden object answers (R-UNIT-4): the same words as a missing one ("Unidade não encontrada."). */
export class NotFoundError extends DomainError {
  constructor(what: NounName) {
    super('NOT_FOUND', notFound(what));
  }
}

/** Bad input: always names the field, never writes anything. */
export class BadInputError extends DomainError {
  constructor(readonly field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

/** A portal setting or a development permission turns this off (R-SET-1). */
export class FeatureDisabledError extends DomainError {
  constructor(readonly setting: string, message: string) {
    super('FEATURE_DISABLED', message, { setting });
  }
}
