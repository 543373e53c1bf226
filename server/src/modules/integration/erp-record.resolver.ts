import { Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { BadInputError } from '../../domain-errors.js';
import { Access, ForTokens, StaffScope } from '../../graphql/access.js';
import { ConnectionType, pageSize, toConnection } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { query } from '../visibility/sql.js';
import { TokenScope } from './api-token.entity.js';
import { ErpKind } from './erp-kind.js';
import { integrationCaller } from './integration-caller.js';

/** R-SYNC-2: an ERP code Habite holds, and the record of Habite it names. */
@ObjectType({ description: 'R-SYNC-2: um código do ERP que o Habite conhece e o registro do Habite que ele nomeia.' })
export class ErpRecord {
  @Field(() => ErpKind)
  kind!: ErpKind;

  @Field(() => String, { description: 'O código do ERP.' })
  code!: string;

  @Field(() => ID, { description: 'O id do registro no Habite.' })
  id!: string;
}

@ObjectType()
export class ErpRecordConnection extends ConnectionType(ErpRecord, 'ErpRecord') {}

@ArgsType()
class ErpRecordsArgs {
  @Field(() => ErpKind)
  kind!: ErpKind;

  @Field(() => [String], { nullable: true, description: 'Só estes códigos (até 500); sem a lista, todos os do tipo, em ordem de código.' })
  codes?: string[] | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'O endCursor da página anterior.' })
  after?: string | null;
}

const cursorOf = (code: string) => Buffer.from(code, 'utf8').toString('base64url');
const codeOf = (cursor: string) => {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw new BadInputError('after', 'Cursor inválido: use o endCursor da página anterior.');
  return Buffer.from(cursor, 'base64url').toString('utf8');
};

/**
 * R-SYNC-1, R-SYNC-2: what a READ token may read — which of the ERP's codes Habite holds, by kind,
 * to reconcile after a failed night ("which units did Habite get?"). Only the token's company.
 */
@Resolver(() => ErpRecord)
export class ErpRecordResolver {
  @Access('ADMIN') @ForTokens(TokenScope.READ) @StaffScope('ErpKey (company-wide)')
  @Query(() => ErpRecordConnection, { description: 'R-SYNC-2: os códigos do ERP que o Habite conhece, de um tipo (para conferir o que chegou), em ordem de código.' })
  async erpRecords(@Args(() => ErpRecordsArgs) { kind, codes, first, after }: ErpRecordsArgs, @Ctx() ctx: Context) {
    const { companyId } = integrationCaller(ctx);
    const size = pageSize(first);
    const rows = await query<{ code: string; entity_id: string }>(ctx.em,
      `select code, entity_id from erp_key where company_id = :company and kind = cast(:kind as erp_kind)
        and (cast(:codes as text[]) is null or code = any(cast(:codes as text[])))
        and (cast(:after as text) is null or code > cast(:after as text))
        order by code limit :limit`,
      { company: companyId, kind, codes: codes ?? null, after: after ? codeOf(after) : null, limit: size + 1 });
    ctx.apiRows += Math.min(rows.length, size);
    return toConnection(rows.map((r) => ({ kind, code: r.code, id: r.entity_id })), size, (r) => cursorOf(r.code));
  }
}
