import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';

export enum CustomFieldType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
}
registerEnumType(CustomFieldType, { name: 'CustomFieldType' });

/** R-DATA-6: a registration field the company defines (e.g. Capital Social), shown and edited like the built-in ones. */
@Entity({ tableName: 'custom_field' })
@Unique({ properties: ['company', 'key'] })
@ObjectType({ description: 'Campo personalizado do cadastro de clientes (R-DATA-6).' })
export class CustomField {
  [OptionalProps]?: 'id' | 'active' | 'position' | 'type';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  /** Stable identifier used in stored values (letters, digits, underscores). */
  @Field(() => String)
  @Property({ type: 'text' })
  key!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  label!: string;

  @Field(() => CustomFieldType)
  @Enum({ items: () => CustomFieldType, nativeEnumName: 'custom_field_type', default: CustomFieldType.TEXT })
  type: CustomFieldType = CustomFieldType.TEXT;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}
