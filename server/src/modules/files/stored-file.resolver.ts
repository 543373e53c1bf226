import { Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { ACCEPTED_TYPES } from './file-types.js';
import { FileOwnerKind, fileUrl, StoredFile, thumbnailUrl } from './stored-file.entity.js';

@ObjectType({ description: 'O que um envio de arquivo aceita (POST /files): tamanho máximo e tipos por finalidade.' })
export class UploadLimits {
  @Field(() => Int, { description: 'Tamanho máximo, em bytes (UPLOAD_MAX_MB).' }) maxBytes!: number;
  @Field(() => [UploadPurpose]) purposes!: UploadPurpose[];
}

@ObjectType()
export class UploadPurpose {
  @Field(() => FileOwnerKind) kind!: FileOwnerKind;
  @Field(() => [String], { description: 'Os tipos aceitos (conferidos pelo conteúdo).' }) contentTypes!: string[];
}

@Resolver(() => StoredFile)
export class StoredFileResolver {
  @Access('STAFF')
  @StaffScope('static')
  @Query(() => UploadLimits, { description: 'Os limites de envio de arquivos, para o app avisar antes de enviar.' })
  uploadLimits(@Ctx() ctx: Context): UploadLimits {
    return {
      maxBytes: ctx.services.files.maxBytes,
      purposes: Object.values(FileOwnerKind).map((kind) => ({ kind, contentTypes: ACCEPTED_TYPES[kind].map((t) => t.contentType) })),
    };
  }

  @FieldResolver(() => String, { description: 'Onde o Habite serve o arquivo (só a quem pode ver o objeto a que ele pertence).' })
  url(@Root() file: StoredFile): string {
    return fileUrl(file.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'A miniatura de uma imagem (400 px no lado maior), servida à mesma regra; nulo para o que não é imagem.' })
  thumbnailUrl(@Root() file: StoredFile): string | null {
    return file.thumbnailSize == null ? null : thumbnailUrl(file.id);
  }
}
