import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../../graphql/access.js';
import type { Context } from '../../../graphql/context.js';
import { signedIn } from '../../visibility/scope.js';
import type { PushHolder } from './push.service.js';
import { PushDevice, SubscribePushInput } from './push.types.js';

/** The signed-in person, their session and what the audit log records of them. */
function holderOf(ctx: Context): PushHolder {
  const { account, session } = signedIn(ctx);
  return {
    accountId: account.id, sessionId: session.id, actor: account, companyId: account.company.id, customerId: account.customer?.id ?? null, ip: ctx.ip,
  };
}

/** Web Push for the people of the client portal: the key to subscribe with, their browsers, on and off. */
@Resolver()
export class PushResolver {
  @Access('CUSTOMER', 'SYNDIC')
  @Query(() => String, { description: 'A chave pública (VAPID, base64url) com que o navegador se inscreve para notificações no celular (applicationServerKey).' })
  async webPushPublicKey(@Ctx() ctx: Context): Promise<string> {
    return ctx.services.push.publicKey(ctx.em);
  }

  @Access('CUSTOMER', 'SYNDIC')
  @Query(() => [PushDevice], { description: 'Os aparelhos que recebem minhas notificações no celular, do mais novo ao mais antigo; currentEndpoint marca este.' })
  async myPushDevices(@Arg('currentEndpoint', () => String, { nullable: true }) currentEndpoint: string | null, @Ctx() ctx: Context): Promise<PushDevice[]> {
    return ctx.services.push.devices(ctx.em, signedIn(ctx).account.id, currentEndpoint ?? null);
  }

  @Access('CUSTOMER', 'SYNDIC')
  @Mutation(() => PushDevice, { description: 'Ativa as notificações no celular neste navegador, com a inscrição que ele devolveu (endereço https e chaves).' })
  async subscribePush(@Arg('input', () => SubscribePushInput) input: SubscribePushInput, @Ctx() ctx: Context): Promise<PushDevice> {
    return ctx.services.push.subscribe(ctx.em, holderOf(ctx), input, ctx.userAgent);
  }

  @Access('CUSTOMER', 'SYNDIC')
  @Mutation(() => Boolean, { description: 'Desativa as notificações no celular neste navegador (o endereço da sua inscrição); falso se ele não estava inscrito.' })
  async unsubscribePush(@Arg('endpoint', () => String) endpoint: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.push.unsubscribe(ctx.em, holderOf(ctx), endpoint);
  }
}
