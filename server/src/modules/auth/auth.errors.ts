import { DomainError } from '../../domain-errors.js';
import { countOf, NOUNS } from '../../pt-br.js';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('INVALID_CREDENTIALS', 'E-mail, CPF/CNPJ ou senha incorretos.');
  }
}

/**
 * A syndic's login and password typed into the customers' form. Said only after the password
 * matched the syndic account (like LOGIN_INACTIVE): a wrong password still learns nothing.
 */
export class UseSyndicEntryError extends DomainError {
  constructor() {
    super('USE_SYNDIC_ENTRY', 'Este é um acesso de síndico. Entre pela entrada do síndico ("Sou síndico"), com o mesmo e-mail e senha.');
  }
}

/** R-AUTH-1: says the login is inactive and nothing else. */
export class LoginInactiveError extends DomainError {
  constructor() {
    super(
      'LOGIN_INACTIVE',
      'Seu acesso está inativo. Para reativá-lo, fale com a incorporadora pelos canais de atendimento.',
    );
  }
}

/** R-OPS-4 */
export class AccountExpiredError extends DomainError {
  constructor() {
    super('ACCOUNT_EXPIRED', 'Seu acesso expirou. Peça a um administrador para renová-lo.');
  }
}

/** R-AUTH-6 */
export class TooManyAttemptsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      'TOO_MANY_ATTEMPTS',
      `Muitas tentativas de acesso sem sucesso. Tente novamente em ${countOf(minutes, NOUNS.Minuto)}.`,
      { retryAfterSeconds },
    );
  }
}

export class InvalidTokenError extends DomainError {
  constructor(what: 'link' | 'convite') {
    super(
      'INVALID_TOKEN',
      what === 'link'
        ? 'Este link de acesso é inválido, já foi usado ou expirou. Peça um novo link.'
        : 'Este convite é inválido, já foi usado ou expirou. Peça um novo convite à incorporadora.',
    );
  }
}

/** R-PORTAL-2 */
export class PortalInactiveError extends DomainError {
  constructor() {
    super('PORTAL_INACTIVE', 'Este portal está temporariamente desativado. Fale com a incorporadora.');
  }
}

export class PortalNotFoundError extends DomainError {
  constructor() {
    super('PORTAL_NOT_FOUND', 'Não encontramos um portal neste endereço. Confira o link recebido.');
  }
}
