import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { Development } from '../developments/development.entity.js';
import { FileOwnerKind, fileUrl, StoredFile } from '../files/stored-file.entity.js';
import { requireStaff } from '../visibility/scope.js';
import { AddSyndicFileInput } from './syndic-file.input.js';
import { addSyndicFile, removeSyndicFile } from './syndic-file.service.js';
import { SyndicFile } from './syndic-file.entity.js';
import { Syndic } from './syndic.entity.js';

const deps = (ctx: Context) => ({ staff: requireStaff(ctx), files: ctx.services.files, audit: ctx.services.audit });

@Resolver(() => SyndicFile)
export class SyndicFileResolver {
  @Access('ADMIN', 'MANAGER')
  @StaffScope('Development, Syndic, StoredFile')
  @Mutation(() => SyndicFile, { description: 'R-REQ-10: um arquivo para os síndicos (um PDF enviado antes por POST /files); auditado.' })
  addSyndicFile(@Arg('input', () => AddSyndicFileInput) input: AddSyndicFileInput, @Ctx() ctx: Context): Promise<SyndicFile> {
    return addSyndicFile(ctx.em, deps(ctx), input);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('SyndicFile')
  @Mutation(() => Boolean, { description: 'R-REQ-10: remove um arquivo dos síndicos; auditado.' })
  removeSyndicFile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return removeSyndicFile(ctx.em, deps(ctx), id);
  }

  @FieldResolver(() => String, { description: 'Onde abrir o arquivo: /files/<id> no Habite (só para os síndicos que o veem e a equipe).' })
  async url(@Root() row: SyndicFile, @Ctx() { loaders }: Context): Promise<string> {
    const stored = await loaders.storedFileOfOwner.load(`${FileOwnerKind.SYNDIC_FILE}:${row.id}`);
    return stored ? fileUrl(stored.id) : (row.url ?? '');
  }

  @FieldResolver(() => StoredFile, { nullable: true, description: 'O arquivo guardado no Habite.' })
  file(@Root() row: SyndicFile, @Ctx() { loaders }: Context): Promise<StoredFile | null> {
    return loaders.storedFileOfOwner.load(`${FileOwnerKind.SYNDIC_FILE}:${row.id}`);
  }
}

@Resolver(() => Development)
export class DevelopmentSyndicFilesResolver {
  @FieldResolver(() => [SyndicFile], { description: 'R-REQ-10: os arquivos para todos os síndicos do empreendimento (só para a equipe).' })
  async syndicFiles(@Root() development: Development, @Ctx() ctx: Context): Promise<SyndicFile[]> {
    return ctx.staff ? ctx.loaders.syndicFilesOfDevelopment.load(development.id) : [];
  }
}

@Resolver(() => Syndic)
export class SyndicFilesResolver {
  @FieldResolver(() => [SyndicFile], { description: 'R-REQ-10: os arquivos só deste síndico (só para a equipe).' })
  async files(@Root() syndic: Syndic, @Ctx() ctx: Context): Promise<SyndicFile[]> {
    return ctx.staff ? ctx.loaders.syndicFilesOfSyndic.load(syndic.id) : [];
  }
}
