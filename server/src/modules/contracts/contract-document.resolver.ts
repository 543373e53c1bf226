import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { FileOwnerKind, fileUrl, StoredFile } from '../files/stored-file.entity.js';
import { requireStaff } from '../visibility/scope.js';
import { setContractDocument } from './contract-document.service.js';
import { Contract } from './contract.entity.js';

@Resolver(() => Contract)
export class ContractDocumentResolver {
  @Access('ADMIN', 'MANAGER')
  @StaffScope('Contract, StoredFile')
  @Mutation(() => Contract, { description: 'O documento do contrato: um PDF enviado antes (POST /files), ou null para remover; auditado.' })
  setContractDocument(
    @Arg('contractId', () => ID) contractId: string,
    @Arg('fileId', () => ID, { nullable: true, description: 'O id devolvido pelo envio (POST /files, finalidade CONTRACT_DOCUMENT); null remove o documento.' }) fileId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Contract> {
    return setContractDocument(ctx.em, { staff: requireStaff(ctx), files: ctx.services.files, audit: ctx.services.audit }, { contractId, fileId: fileId ?? null });
  }

  @FieldResolver(() => StoredFile, { nullable: true, description: 'O documento guardado no Habite, se houver.' })
  document(@Root() contract: Contract, @Ctx() { loaders }: Context): Promise<StoredFile | null> {
    return loaders.storedFileOfOwner.load(`${FileOwnerKind.CONTRACT_DOCUMENT}:${contract.id}`);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Onde abrir o documento: /files/<id> no Habite (só para quem vê o contrato).' })
  async documentUrl(@Root() contract: Contract, @Ctx() { loaders }: Context): Promise<string | null> {
    const stored = await loaders.storedFileOfOwner.load(`${FileOwnerKind.CONTRACT_DOCUMENT}:${contract.id}`);
    return stored ? fileUrl(stored.id) : (contract.documentUrl ?? null);
  }
}
