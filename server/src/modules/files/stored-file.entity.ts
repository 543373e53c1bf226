import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';

/** What a stored file belongs to; each kind has its owner's access rule (file-access.ts) and its accepted types (file-types.ts). */
export enum FileOwnerKind {
  /** The document of a contract (owner: the contract). */
  CONTRACT_DOCUMENT = 'CONTRACT_DOCUMENT',
  /** An Arquivo dos Síndicos (owner: the syndic_file row, of a development or of one syndic). */
  SYNDIC_FILE = 'SYNDIC_FILE',
  /** R-FIN-7: the proof (comprovante) of a bill marked as paid from the portal (owner: the bill). */
  PAYMENT_PROOF = 'PAYMENT_PROOF',
  /** R-WORK-1: a photo of a work log entry (owner: the work log). */
  WORK_LOG_PHOTO = 'WORK_LOG_PHOTO',
  /** R-WORK-1: an attachment of a work log entry (owner: the work log). */
  WORK_LOG_ATTACHMENT = 'WORK_LOG_ATTACHMENT',
  /** A photo sent with a request (pedido) by its portal user (owner: the request). */
  REQUEST_PHOTO = 'REQUEST_PHOTO',
  /** A document of a development (owner: the development). */
  DEVELOPMENT_DOCUMENT = 'DEVELOPMENT_DOCUMENT',
  /** The image of a banner of the client home (owner: the banner, portal-extras/). */
  BANNER_IMAGE = 'BANNER_IMAGE',
}
registerEnumType(FileOwnerKind, {
  name: 'FileOwnerKind',
  description: 'A que um arquivo pertence: o documento de um contrato, um arquivo dos síndicos, um comprovante de pagamento, uma foto ou anexo do diário de obra, uma foto de um pedido, um documento do empreendimento ou a imagem de um banner.',
});

/**
 * A file Habite keeps (bytes in the file store, `file-store.ts`; this row says whose it is). An
 * upload is recorded with its kind and no owner yet; attaching it to its owner (a contract, a
 * syndic file) sets `ownerId`. Served at `/files/<id>` only to callers the owner's own rule lets see it.
 */
@Entity({ tableName: 'stored_file' })
@Index({ properties: ['ownerKind', 'ownerId'] })
@ObjectType({ description: 'Um arquivo guardado pelo Habite, servido em /files/<id> a quem pode ver o objeto a que pertence.' })
export class StoredFile {
  [OptionalProps]?: 'id' | 'createdAt' | 'ownerId' | 'createdBy' | 'width' | 'height' | 'thumbnailSize';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => FileOwnerKind)
  @Enum({ items: () => FileOwnerKind, nativeEnumName: 'file_owner_kind' })
  ownerKind!: FileOwnerKind;

  /** The owner's id; null while an upload waits to be attached (only its uploader reaches it then). */
  @Property({ type: 'uuid', nullable: true })
  ownerId?: string | null = null;

  @Field(() => String, { description: 'O nome do arquivo, como foi enviado.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'O tipo, conferido pelo conteúdo (não pelo nome).' })
  @Property({ type: 'text' })
  contentType!: string;

  @Field(() => Int, { description: 'Tamanho em bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  /** Hex SHA-256 of the bytes. */
  @Property({ type: 'text' })
  sha256!: string;

  @Field(() => Int, { nullable: true, description: 'Largura em pixels, para imagens (depois de giradas pela orientação da câmera).' })
  @Property({ type: 'integer', nullable: true })
  width?: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Altura em pixels, para imagens.' })
  @Property({ type: 'integer', nullable: true })
  height?: number | null = null;

  /** The size of its thumbnail (same type, stored under `<id>.thumbnail`); null: no thumbnail (not an image). */
  @Property({ type: 'integer', nullable: true })
  thumbnailSize?: number | null = null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<Account> | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** Where Habite serves a stored file. */
export const fileUrl = (id: string) => `/files/${id}`;

/** Where Habite serves an image's thumbnail (same access rule as the file). */
export const thumbnailUrl = (id: string) => `/files/${id}?variant=thumbnail`;
