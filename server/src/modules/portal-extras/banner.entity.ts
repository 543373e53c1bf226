import { Collection, Entity, Index, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Development } from '../developments/development.entity.js';
import type { StoredFile } from '../files/stored-file.entity.js';
import { Portal } from '../portal/portal.entity.js';

/**
 * A banner on the client home (SPEC §11 lists banners among a portal's settings): an image (a
 * stored file of kind BANNER_IMAGE, re-encoded on upload), an optional https link, a period in
 * São Paulo dates and an audience — every customer of the portal, or those of chosen developments
 * (banner.rules.ts).
 */
@Entity({ tableName: 'banner' })
@Index({ properties: ['portal'] })
@ObjectType({ description: 'Um banner da página inicial do cliente.' })
export class Banner {
  [OptionalProps]?: 'id' | 'active' | 'createdAt' | 'link' | 'startsOn' | 'endsOn' | 'image';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Portal, { deleteRule: 'cascade' })
  portal!: Rel<Portal>;

  @Field(() => String, { description: 'O texto alternativo da imagem (o que um leitor de tela diz).' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Para onde o banner leva (https).' })
  @Property({ type: 'text', nullable: true })
  link?: string | null = null;

  @Field(() => String, { nullable: true, description: 'Primeiro dia em que aparece (AAAA-MM-DD, America/Sao_Paulo); vazio: desde já.' })
  @Property({ type: 'date', nullable: true })
  startsOn?: string | null = null;

  @Field(() => String, { nullable: true, description: 'Último dia em que aparece (AAAA-MM-DD, America/Sao_Paulo); vazio: sem fim.' })
  @Property({ type: 'date', nullable: true })
  endsOn?: string | null = null;

  @Field(() => Boolean, { description: 'Inativo: ninguém o vê, qualquer que seja o período.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** The audience: none means every customer of the portal. */
  @ManyToMany(() => Development, undefined, { pivotTable: 'banner_development', joinColumn: 'banner_id', inverseJoinColumn: 'development_id' })
  developments = new Collection<Development>(this);

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Its image (set by the service, one query for a list). */
  @Property({ persist: false })
  image?: StoredFile | null;
}
