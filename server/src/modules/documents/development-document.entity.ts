import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Block } from '../developments/block.entity.js';
import { Development } from '../developments/development.entity.js';
import { Unit } from '../developments/unit.entity.js';

/** What a development's document is, as buyers look for it. */
export enum DocumentCategory {
  OWNER_MANUAL = 'OWNER_MANUAL',
  SPECIFICATION = 'SPECIFICATION',
  FLOOR_PLAN = 'FLOOR_PLAN',
  CONDOMINIUM_RULES = 'CONDOMINIUM_RULES',
  WARRANTY = 'WARRANTY',
  OTHER = 'OTHER',
}
registerEnumType(DocumentCategory, {
  name: 'DocumentCategory',
  description: 'Tipo de documento do empreendimento: manual do proprietário, memorial descritivo, planta, convenção e regimento, termo de garantia, outro.',
});

/**
 * A document of a development for its buyers (manual do proprietário, memorial descritivo, a
 * unit's floor plan): for the whole development, for one tower (block), or for one unit. Its bytes
 * are a StoredFile (kind DEVELOPMENT_DOCUMENT, owner this row). Who sees it: document.rules.ts.
 */
@Entity({ tableName: 'development_document' })
@Index({ properties: ['development'] })
@Check({ name: 'development_document_place_check', expression: '"unit_id" is null or "block_id" is null' })
@ObjectType({ description: 'Documento do empreendimento para os compradores: de todo o empreendimento, de uma torre ou de uma unidade.' })
export class DevelopmentDocument {
  [OptionalProps]?: 'id' | 'createdAt' | 'block' | 'unit' | 'createdBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Development, { deleteRule: 'cascade' })
  development!: Rel<Development>;

  /** Only the customers of this tower (null: the whole development, or the unit below). */
  @ManyToOne(() => Block, { nullable: true, deleteRule: 'cascade' })
  block?: Rel<Block> | null = null;

  /** Only the customers of this unit. */
  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'cascade' })
  unit?: Rel<Unit> | null = null;

  @Field(() => DocumentCategory)
  @Enum({ items: () => DocumentCategory, nativeEnumName: 'document_category' })
  category!: DocumentCategory;

  @Field(() => String, { description: 'Como o cliente vê o documento.' })
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<Account> | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
