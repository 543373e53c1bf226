import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, ForTokens, StaffScope } from '../../graphql/access.js';
import { ConnectionType, decodeCursor, encodeCursor, pageSize, toConnection, afterCursor } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { findInScope, getInScope } from '../scope/staff-scope.js';
import { requireStaff } from '../visibility/scope.js';
import { Company } from '../company/company.entity.js';
import { ApiCall } from './api-call.entity.js';
import { ApiToken, TokenScope } from './api-token.entity.js';
import { CreateApiTokenInput } from './api-token.input.js';

@ObjectType({ description: 'R-SYNC-1: o token criado e seu segredo, mostrado só desta vez.' })
export class CreatedApiToken {
  @Field(() => ApiToken)
  token!: ApiToken;

  @Field(() => String, { description: 'O token inteiro: guarde-o agora, ele não é mostrado de novo (só o hash fica guardado).' })
  secret!: string;
}

@ObjectType({ description: 'R-SYNC-1: quem chama, visto pelo próprio token.' })
export class TokenInfo {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [TokenScope])
  scopes!: TokenScope[];

  @Field(() => String, { description: 'A empresa do token: ele só vê e grava dados dela.' })
  companyName!: string;

  @Field(() => String, { nullable: true, description: 'R-FIN-1: o código da empresa no ERP, como o administrador o cadastrou (Integrações): é o companyCode que planos, parcelas e boletos devem trazer para o cliente vê-los. Nulo: ainda não cadastrado.' })
  companyErpCode?: string | null;
}

@ObjectType()
export class ApiCallConnection extends ConnectionType(ApiCall, 'ApiCall') {}

@ArgsType()
class ApiCallsArgs {
  @Field(() => ID, { nullable: true, description: 'Só as chamadas deste token.' })
  tokenId?: string | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Access('ADMIN')
  @StaffScope('ApiToken (company-wide)')
  @Query(() => [ApiToken], { description: 'R-SYNC-1: os tokens de API da empresa, mais novos primeiro (os revogados também).' })
  apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    return findInScope(ctx.em, requireStaff(ctx), ApiToken, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200 });
  }

  @Access('ADMIN')
  @StaffScope('ApiToken (company-wide)')
  @Mutation(() => CreatedApiToken, { description: 'R-SYNC-1: cria um token; o segredo vem só nesta resposta.' })
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    return ctx.services.apiTokens.create(ctx.em, requireStaff(ctx), input);
  }

  @Access('ADMIN')
  @StaffScope('ApiToken (company-wide)')
  @Mutation(() => ApiToken, { description: 'R-SYNC-1: revoga um token: a próxima chamada com ele é recusada.' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiToken> {
    return ctx.services.apiTokens.revoke(ctx.em, requireStaff(ctx), id);
  }

  @Access('ADMIN')
  @StaffScope('Company (write)')
  @Mutation(() => Company, { description: 'R-FIN-1: o código da empresa no ERP (o companyCode de planos, parcelas e boletos); vazio apaga (auditado).' })
  setCompanyErpCode(@Arg('erpCode', () => String, { nullable: true }) erpCode: string | null, @Ctx() ctx: Context): Promise<Company> {
    return ctx.services.apiTokens.setCompanyErpCode(ctx.em, requireStaff(ctx), erpCode);
  }

  @Access('ADMIN')
  @StaffScope('ApiToken (company-wide)')
  @Query(() => ApiCallConnection, { description: 'R-SYNC-1: as chamadas feitas com os tokens da empresa, mais recentes primeiro.' })
  async apiCalls(@Args(() => ApiCallsArgs) { tokenId, first, after }: ApiCallsArgs, @Ctx() ctx: Context) {
    const staff = requireStaff(ctx);
    if (tokenId) await getInScope(ctx.em, staff, ApiToken, tokenId);
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after) : null;
    const rows = await ctx.em.find(ApiCall, {
      company: staff.companyId,
      ...(tokenId ? { token: tokenId } : {}),
      ...afterCursor('at', cursor),
    }, { orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: size + 1, populate: ['token'] });
    return toConnection(rows, size, (c) => encodeCursor(c.at, c.id));
  }

  @Access('TOKEN')
  @ForTokens(TokenScope.READ)
  @Query(() => TokenInfo, { description: 'R-SYNC-1: o token que chama — nome, escopos e empresa (para conferir a integração).' })
  async tokenInfo(@Ctx() ctx: Context): Promise<TokenInfo> {
    if (ctx.viewer.kind !== 'token') throw new Error('tokenInfo sem token');
    const { token } = ctx.viewer;
    const company = await ctx.loaders.company.load(token.companyId);
    return { id: token.id, name: token.name, scopes: [...token.scopes], companyName: company?.name ?? '', companyErpCode: company?.erpCode ?? null };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Quem criou o token (nome).' })
  async createdByName(@Root() token: ApiToken, @Ctx() { loaders }: Context): Promise<string | null> {
    return token.createdBy ? ((await loaders.account.load(token.createdBy.id))?.name ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Ainda aceito: nem revogado nem vencido.' })
  active(@Root() token: ApiToken, @Ctx() ctx: Context): boolean {
    return !token.revokedAt && (!token.expiresAt || token.expiresAt > ctx.services.clock.now());
  }
}
