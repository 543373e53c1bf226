import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from './account.entity.js';
import { AccountKind } from './account.enums.js';
import { NotificationChannel } from '../notifications/notification.enums.js';

export enum TokenDelivery {
  /** Web apps: an httpOnly SameSite cookie, the token never reaches JavaScript. */
  COOKIE = 'COOKIE',
  /** API clients: the token comes back in the payload, to send as `Authorization: Bearer`. */
  BEARER = 'BEARER',
}
registerEnumType(TokenDelivery, { name: 'TokenDelivery', description: 'Como o token da sessão é entregue.' });

@InputType({ description: 'Entrar com e-mail (ou CPF/CNPJ) e senha.' })
export class SignInInput {
  @Field(() => String, { description: 'E-mail, CPF ou CNPJ (com ou sem pontuação).' })
  login!: string;

  @Field(() => String)
  password!: string;

  @Field(() => AccountKind, { defaultValue: AccountKind.CUSTOMER, description: 'SYNDIC pela entrada do síndico; STAFF no app administrativo.' })
  kind!: AccountKind;

  @Field(() => String, { nullable: true, description: 'R-AUTH-8: o código do aplicativo autenticador (ou um código de recuperação), para a equipe com verificação em duas etapas. Sem ele, a resposta é TWO_FACTOR_REQUIRED.' })
  twoFactorCode?: string | null;

  @Field(() => TokenDelivery, { defaultValue: TokenDelivery.COOKIE })
  tokenDelivery!: TokenDelivery;
}

@InputType()
export class RequestMagicLinkInput {
  @Field(() => String)
  email!: string;

  @Field(() => AccountKind, { defaultValue: AccountKind.CUSTOMER })
  kind!: AccountKind;
}

@InputType()
export class TokenSignInInput {
  @Field(() => String, { description: 'O token do link recebido por e-mail.' })
  token!: string;

  @Field(() => TokenDelivery, { defaultValue: TokenDelivery.COOKIE })
  tokenDelivery!: TokenDelivery;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String)
  token!: string;

  @Field(() => String, { description: 'A nova senha: ao menos 8 caracteres, com letras e números.' })
  password!: string;

  @Field(() => TokenDelivery, { defaultValue: TokenDelivery.COOKIE })
  tokenDelivery!: TokenDelivery;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String, { nullable: true, description: 'Dispensada logo após entrar por link ou convite.' })
  currentPassword?: string | null;

  @Field(() => String)
  newPassword!: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => Account)
  account!: Account;

  @Field(() => String, { nullable: true, description: 'Só com tokenDelivery BEARER.' })
  token!: string | null;
}

@InputType({ description: 'R-AUTH-8: pedir um código de acesso de 6 dígitos.' })
export class RequestSignInCodeInput {
  @Field(() => String, { description: 'E-mail, CPF ou CNPJ (com ou sem pontuação).' })
  login!: string;

  @Field(() => AccountKind, { defaultValue: AccountKind.CUSTOMER })
  kind!: AccountKind;

  @Field(() => NotificationChannel, { nullable: true, description: 'WHATSAPP para receber pelo WhatsApp (se a pessoa aceitou e tem celular no cadastro); senão, por e-mail.' })
  channel?: NotificationChannel | null;
}

@InputType({ description: 'R-AUTH-8: entrar com o código recebido (uso único).' })
export class CodeSignInInput {
  @Field(() => String, { description: 'E-mail, CPF ou CNPJ (com ou sem pontuação).' })
  login!: string;

  @Field(() => String, { description: 'Os 6 dígitos recebidos.' })
  oneTimeCode!: string;

  @Field(() => AccountKind, { defaultValue: AccountKind.CUSTOMER })
  kind!: AccountKind;

  @Field(() => TokenDelivery, { defaultValue: TokenDelivery.COOKIE })
  tokenDelivery!: TokenDelivery;
}
