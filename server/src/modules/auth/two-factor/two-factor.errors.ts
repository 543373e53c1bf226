import { DomainError } from '../../../domain-errors.js';

/** The code typed at sign-in or in "Minha conta" was not the authenticator's (nor an unused recovery code). */
export class InvalidTwoFactorCodeError extends DomainError {
  constructor(field = 'twoFactorCode') {
    super('INVALID_CODE', 'Código incorreto ou já usado. Digite os 6 dígitos que o aplicativo autenticador mostra agora (ou um código de recuperação).', { field });
  }
}

/** R-AUTH-8: the password was right; the account also asks for the authenticator's code. */
export class TwoFactorRequiredError extends DomainError {
  constructor() {
    super('TWO_FACTOR_REQUIRED', 'Digite o código de 6 dígitos do seu aplicativo autenticador (ou um código de recuperação).', { field: 'twoFactorCode' });
  }
}

/** R-AUTH-8: the company requires two-step verification of ADMINs, and this one has not set it up yet. */
export class TwoFactorSetupRequiredError extends DomainError {
  constructor() {
    super('TWO_FACTOR_SETUP_REQUIRED', 'A empresa exige verificação em duas etapas para administradores. Ative-a em "Minha conta" para continuar.');
  }
}
