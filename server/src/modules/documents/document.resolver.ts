import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { Block } from '../developments/block.entity.js';
import { Development } from '../developments/development.entity.js';
import { Unit } from '../developments/unit.entity.js';
import { FileOwnerKind, fileUrl, StoredFile } from '../files/stored-file.entity.js';
import { findInScope } from '../scope/staff-scope.js';
import { portalScope, requireStaff } from '../visibility/scope.js';
import { DevelopmentDocument, DocumentCategory } from './development-document.entity.js';
import { addDevelopmentDocument, removeDevelopmentDocument, visibleDocuments } from './document.service.js';

@InputType({ description: 'Um documento do empreendimento para os compradores: do empreendimento todo, de uma torre ou de uma unidade.' })
export class AddDevelopmentDocumentInput {
  @Field(() => ID)
  developmentId!: string;

  @Field(() => ID, { nullable: true, description: 'Só para os clientes desta torre (bloco).' })
  blockId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Só para os clientes desta unidade.' })
  unitId?: string | null;

  @Field(() => DocumentCategory)
  category!: DocumentCategory;

  @Field(() => String, { nullable: true, description: 'Como o cliente vê o documento; sem ele, o nome do arquivo.' })
  title?: string | null;

  @Field(() => ID, { description: 'O id devolvido pelo envio (POST /files, finalidade DEVELOPMENT_DOCUMENT).' })
  fileId!: string;
}

const deps = (ctx: Context) => ({ staff: requireStaff(ctx), files: ctx.services.files, audit: ctx.services.audit });

@Resolver(() => DevelopmentDocument)
export class DevelopmentDocumentResolver {
  @Access('ADMIN', 'MANAGER')
  @StaffScope('Development, Block, Unit, StoredFile')
  @Mutation(() => DevelopmentDocument, { description: 'Um documento para os compradores (manual do proprietário, memorial descritivo…), enviado antes por POST /files; auditado.' })
  addDevelopmentDocument(@Arg('input', () => AddDevelopmentDocumentInput) input: AddDevelopmentDocumentInput, @Ctx() ctx: Context): Promise<DevelopmentDocument> {
    return addDevelopmentDocument(ctx.em, deps(ctx), input);
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('DevelopmentDocument')
  @Mutation(() => Boolean, { description: 'Remove um documento do empreendimento (e o arquivo); auditado.' })
  removeDevelopmentDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return removeDevelopmentDocument(ctx.em, deps(ctx), id);
  }

  @FieldResolver(() => Block, { nullable: true, description: 'A torre a que o documento se limita.' })
  block(@Root() row: DevelopmentDocument, @Ctx() { loaders }: Context): Promise<Block | null> | null {
    return row.block ? loaders.block.load(row.block.id) : null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'A unidade a que o documento se limita (só para a equipe).' })
  unit(@Root() row: DevelopmentDocument, @Ctx() ctx: Context): Promise<Unit | null> | null {
    return row.unit && ctx.staff ? ctx.loaders.unit.load(row.unit.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'O nome da unidade a que o documento se limita.' })
  async unitName(@Root() row: DevelopmentDocument, @Ctx() ctx: Context): Promise<string | null> {
    return row.unit ? ((await ctx.loaders.unit.load(row.unit.id))?.name ?? null) : null;
  }

  @FieldResolver(() => String, { description: 'Onde abrir o documento: /files/<id> (só para quem o vê e a equipe).' })
  async url(@Root() row: DevelopmentDocument, @Ctx() { loaders }: Context): Promise<string> {
    const stored = await loaders.storedFileOfOwner.load(`${FileOwnerKind.DEVELOPMENT_DOCUMENT}:${row.id}`);
    return stored ? fileUrl(stored.id) : '';
  }

  @FieldResolver(() => StoredFile, { nullable: true, description: 'O arquivo guardado no Habite.' })
  file(@Root() row: DevelopmentDocument, @Ctx() { loaders }: Context): Promise<StoredFile | null> {
    return loaders.storedFileOfOwner.load(`${FileOwnerKind.DEVELOPMENT_DOCUMENT}:${row.id}`);
  }
}

@Resolver(() => Development)
export class DevelopmentDocumentsResolver {
  @FieldResolver(() => [DevelopmentDocument], { description: 'Os documentos do empreendimento para os compradores (só para a equipe).' })
  async documents(@Root() development: Development, @Ctx() ctx: Context): Promise<DevelopmentDocument[]> {
    if (!ctx.staff) return [];
    return findInScope(ctx.em, ctx.staff, DevelopmentDocument, { development: development.id }, { orderBy: { category: 'asc', title: 'asc', id: 'asc' } });
  }
}

@Resolver(() => Unit)
export class UnitDocumentsResolver {
  @FieldResolver(() => [DevelopmentDocument], { description: 'Os documentos desta unidade: os do empreendimento, os da torre e os dela (R-UNIT-4), como o cliente os vê.' })
  async documents(@Root() unit: Unit, @Ctx() ctx: Context): Promise<DevelopmentDocument[]> {
    if (ctx.staff) {
      return findInScope(ctx.em, ctx.staff, DevelopmentDocument, {
        development: unit.development.id,
        $and: [{ $or: [{ block: null }, { block: unit.block?.id ?? null }] }, { $or: [{ unit: null }, { unit: unit.id }] }],
      }, { orderBy: { category: 'asc', title: 'asc', id: 'asc' } });
    }
    return visibleDocuments(ctx.em, portalScope(ctx), { unitId: unit.id });
  }
}
