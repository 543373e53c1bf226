import { hash, verify } from '@node-rs/argon2';
import { BadInputError } from '../../domain-errors.js';

export interface Argon2Cost {
  memoryCost: number;
  timeCost: number;
}

/** R-AUTH-6: Argon2id (the library's default algorithm), parameters recorded in the hash itself. */
export class PasswordHasher {
  /** Verified against when the account does not exist, so both paths cost the same. */
  private dummy: Promise<string>;

  constructor(private readonly cost: Argon2Cost) {
    this.dummy = hash('não existe', { ...cost, parallelism: 1 });
  }

  hash(password: string): Promise<string> {
    return hash(password, { ...this.cost, parallelism: 1 });
  }

  async verify(stored: string | null | undefined, password: string): Promise<boolean> {
    if (!stored) {
      await verify(await this.dummy, password).catch(() => false);
      return false;
    }
    return verify(stored, password).catch(() => false);
  }
}

/** The password policy, checked wherever a password is set. */
export function assertAcceptablePassword(password: string, field = 'password'): void {
  if (password.length < 8) throw new BadInputError(field, 'A senha deve ter pelo menos 8 caracteres.');
  if (password.length > 200) throw new BadInputError(field, 'A senha deve ter no máximo 200 caracteres.');
  if (!/[A-Za-zÀ-ÿ]/.test(password) || !/\d/.test(password)) {
    throw new BadInputError(field, 'A senha deve conter letras e números.');
  }
}
