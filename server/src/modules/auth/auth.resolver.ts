import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { BadInputError } from '../../domain-errors.js';
import { Access, AllowedBeforeDataConfirmation, AllowedBeforeTwoFactorSetup, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import type { SessionsRevoked } from '../../graphql/pubsub.js';
import type { SignedIn } from './auth.service.js';
import { requireStaff, signedIn } from '../visibility/scope.js';
import { callerOf } from './caller.js';
import { linkOrigin } from './link-origin.js';
import { Account } from './account.entity.js';
import { SessionEvent, SessionEventKind } from './session-event.js';
import { cookieFor } from './session-cookie.js';
import {
  CodeSignInInput, RequestSignInCodeInput,
  AcceptInvitationInput,
  ChangePasswordInput,
  RequestMagicLinkInput,
  SignInInput,
  SignInPayload,
  TokenDelivery,
  TokenSignInInput,
} from './sign-in.input.js';

/** Hands the new session to the client: as a cookie for the web apps, in the payload for API clients. */
function deliver(ctx: Context, { account, token }: SignedIn, delivery: TokenDelivery): SignInPayload {
  if (delivery === TokenDelivery.BEARER) return { account, token };
  if (!ctx.cookies) throw new BadInputError('tokenDelivery', 'Por WebSocket, use tokenDelivery BEARER.');
  ctx.cookies.set(cookieFor(account.kind), token, ctx.services.sessions.ttlSeconds);
  return { account, token: null };
}

@Resolver()
export class AuthResolver {
  @Access('PUBLIC')
  @Query(() => Account, { nullable: true, description: 'Quem está conectado; null sem sessão.' })
  me(@Ctx() { viewer }: Context): Account | null {
    return viewer.kind === 'account' ? viewer.account : null;
  }

  @Access('PUBLIC')
  @Mutation(() => SignInPayload, { description: 'R-AUTH-1, R-AUTH-6, R-AUTH-7: entrar com senha.' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    return deliver(ctx, await ctx.services.auth.signIn(ctx.em, callerOf(ctx), input), input.tokenDelivery);
  }

  @Access('PUBLIC')
  @Mutation(() => Boolean, { description: 'R-AUTH-3: envia um link de acesso, se o e-mail tiver conta. A resposta é sempre a mesma.' })
  async requestMagicLink(@Arg('input', () => RequestMagicLinkInput) input: RequestMagicLinkInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.requestMagicLink(ctx.em, callerOf(ctx), input);
    return true;
  }

  @Access('PUBLIC')
  @Mutation(() => Boolean, { description: 'R-AUTH-8: envia um código de acesso de 6 dígitos por e-mail (ou WhatsApp), se o login tiver conta. A resposta é sempre a mesma.' })
  async requestSignInCode(@Arg('input', () => RequestSignInCodeInput) input: RequestSignInCodeInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.requestSignInCode(ctx.em, callerOf(ctx), input);
    return true;
  }

  @Access('PUBLIC')
  @Mutation(() => SignInPayload, { description: 'R-AUTH-8: entrar com o código recebido (uso único, vence em minutos, no máximo 5 tentativas).' })
  async signInWithCode(@Arg('input', () => CodeSignInInput) input: CodeSignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    return deliver(ctx, await ctx.services.auth.signInWithCode(ctx.em, callerOf(ctx), input), input.tokenDelivery);
  }

  @Access('PUBLIC')
  @Mutation(() => SignInPayload, { description: 'R-AUTH-3: entrar com o link recebido por e-mail (uso único).' })
  async signInWithMagicLink(@Arg('input', () => TokenSignInInput) input: TokenSignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    return deliver(ctx, await ctx.services.auth.signInWithMagicLink(ctx.em, callerOf(ctx), input.token), input.tokenDelivery);
  }

  @Access('PUBLIC')
  @Mutation(() => SignInPayload, { description: 'R-AUTH-5: primeiro acesso pelo convite, criando a senha.' })
  async acceptInvitation(@Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    return deliver(ctx, await ctx.services.auth.acceptInvitation(ctx.em, callerOf(ctx), input), input.tokenDelivery);
  }

  @Access('STAFF')
  @StaffScope('Customer, Portal')
  @Mutation(() => String, { description: 'R-WORK-4: um link (5 minutos, uso único) que abre o portal como o cliente, somente leitura; auditado.' })
  startViewAsClient(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('portalId', () => ID, { nullable: true }) portalId: string | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ctx.services.viewAs.start(ctx.em, requireStaff(ctx), linkOrigin(ctx), customerId, portalId);
  }

  @Access('PUBLIC')
  @Mutation(() => SignInPayload, { description: 'R-WORK-4: entra no portal com o link de "ver como cliente".' })
  async enterViewAsClient(@Arg('input', () => TokenSignInInput) input: TokenSignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    return deliver(ctx, await ctx.services.viewAs.enter(ctx.em, callerOf(ctx), input.token), input.tokenDelivery);
  }

  @Access('AUTHENTICATED')
  @AllowedBeforeTwoFactorSetup()
  @StaffScope('self')
  @Mutation(() => Boolean, { description: 'Encerra a sessão atual.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = signedIn(ctx);
    const { account } = viewer;
    await ctx.services.auth.signOut(ctx.em, viewer, ctx.ip);
    ctx.cookies?.clear(cookieFor(account.kind));
    return true;
  }

  @Access('AUTHENTICATED')
  @StaffScope('self')
  @Mutation(() => Boolean)
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.changePassword(ctx.em, signedIn(ctx), ctx.ip, input);
    return true;
  }

  @Access('CUSTOMER', 'SYNDIC')
  @AllowedBeforeDataConfirmation()
  @Mutation(() => Boolean, { description: 'R-AUTH-2: desativar o próprio acesso. Só a incorporadora reativa.' })
  async deactivateMyLogin(@Ctx() ctx: Context): Promise<boolean> {
    const { account } = signedIn(ctx);
    await ctx.services.auth.deactivateOwnLogin(ctx.em, account, ctx.ip);
    ctx.cookies?.clear(cookieFor(account.kind));
    return true;
  }

  @Access('AUTHENTICATED')
  @AllowedBeforeTwoFactorSetup()
  @StaffScope('self')
  @Subscription(() => SessionEvent, {
    description: 'Avisa quando a sessão em uso é encerrada (saída, desativação do acesso).',
    subscribe: ({ context }) => {
      const { session } = signedIn(context as Context);
      return pipe(
        (context as Context).services.pubsub.subscribe('sessions.revoked'),
        filter((event: SessionsRevoked) => event.sessionIds.includes(session.id)),
      );
    },
  })
  sessionEvents(@Root() event: SessionsRevoked): SessionEvent {
    return { kind: SessionEventKind[event.reason] };
  }
}
