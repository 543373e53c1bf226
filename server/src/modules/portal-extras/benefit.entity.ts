import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Portal } from '../portal/portal.entity.js';

/** An offer of a partner in a portal's Portal de benefícios (toggle "Exibir portal de benefícios"). */
@Entity({ tableName: 'benefit' })
@Index({ properties: ['portal'] })
@ObjectType({ description: 'Um benefício (oferta de um parceiro) do Portal de benefícios.' })
export class Benefit {
  [OptionalProps]?: 'id' | 'active' | 'createdAt' | 'link' | 'coupon' | 'discount';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Portal, { deleteRule: 'cascade' })
  portal!: Rel<Portal>;

  @Field(() => String, { description: 'O parceiro que oferece.' })
  @Property({ type: 'text' })
  partner!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'O desconto, como o parceiro o diz ("15% na primeira compra").' })
  @Property({ type: 'text', nullable: true })
  discount?: string | null = null;

  @Field(() => String, { nullable: true, description: 'Onde usar (https).' })
  @Property({ type: 'text', nullable: true })
  link?: string | null = null;

  @Field(() => String, { nullable: true, description: 'O cupom a informar ao parceiro.' })
  @Property({ type: 'text', nullable: true })
  coupon?: string | null = null;

  @Field(() => Boolean, { description: 'Inativo: o cliente não o vê.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
