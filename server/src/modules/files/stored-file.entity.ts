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
}
registerEnumType(FileOwnerKind, { name: 'FileOwnerKind', description: 'A que um arquivo pertence: o documento de um contrato ou um arquivo dos síndicos.' });

/**
 * A file Habite keeps (bytes in the file store, `file-store.ts`; this row says whose it is). An
 * upload is recorded with its kind and no owner yet; attaching it to its owner (a contract, a
 * syndic file) sets `ownerId`. Served at `/files/<id>` only to callers the owner's own rule lets see it.
 */
@Entity({ tableName: 'stored_file' })
@Index({ properties: ['ownerKind', 'ownerId'] })
@ObjectType({ description: 'Um arquivo guardado pelo Habite, servido em /files/<id> a quem pode ver o objeto a que pertence.' })
export class StoredFile {
  [OptionalProps]?: 'id' | 'createdAt' | 'ownerId' | 'createdBy';

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

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<Account> | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** Where Habite serves a stored file. */
export const fileUrl = (id: string) => `/files/${id}`;
