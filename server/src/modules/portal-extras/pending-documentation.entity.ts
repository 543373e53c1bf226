import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Customer } from '../customers/customer.entity.js';
import { Development } from '../developments/development.entity.js';

export enum PendingDocumentationKind {
  /** A proposal (proposta) for a unit waiting for the customer's documents. */
  PROPOSAL = 'PROPOSAL',
  /** A pre-registration (pré-cadastro) waiting for the customer's documents. */
  PRE_REGISTRATION = 'PRE_REGISTRATION',
}
registerEnumType(PendingDocumentationKind, { name: 'PendingDocumentationKind', description: 'PROPOSAL: proposta; PRE_REGISTRATION: pré-cadastro.' });

/**
 * A document a customer still owes for a proposal or a pre-registration (seed 003: "pop-up de
 * propostas / pré-cadastros pendentes de documentação"). Reservations have no proposal status, and
 * a pre-registration has no unit yet, so staff (or the ERP, through the API) record here what is
 * missing — one row per document — and mark it received. The portal tells the customer on sign-in,
 * when the portal's toggle for that kind is on.
 */
@Entity({ tableName: 'pending_documentation' })
@Index({ properties: ['customer', 'resolvedAt'] })
@ObjectType({ description: 'Um documento pendente de uma proposta ou de um pré-cadastro do cliente.' })
export class PendingDocumentation {
  [OptionalProps]?: 'id' | 'createdAt' | 'resolvedAt' | 'development';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @Field(() => PendingDocumentationKind)
  @Enum({ items: () => PendingDocumentationKind, nativeEnumName: 'pending_documentation_kind' })
  kind!: PendingDocumentationKind;

  /** The development the proposal or pre-registration is for (staff scope; named to the customer). */
  @ManyToOne(() => Development, { deleteRule: 'cascade' })
  development!: Rel<Development>;

  @Field(() => String, { description: 'O que falta, em palavras ("Comprovante de renda dos últimos 3 meses").' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Quando a pendência foi resolvida (o documento chegou); resolvida, o cliente não é mais avisado.' })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date | null = null;
}
