import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Request } from './request.entity.js';

/** Who wrote a message of a request's conversation. */
export enum MessageAuthorKind {
  CUSTOMER = 'CUSTOMER',
  SYNDIC = 'SYNDIC',
  STAFF = 'STAFF',
}
registerEnumType(MessageAuthorKind, { name: 'MessageAuthorKind', description: 'Quem escreveu a mensagem: o cliente, o síndico ou a equipe.' });

/** Who reads a message: everyone who sees the request, or only staff (nota interna). */
export enum MessageVisibility {
  PUBLIC = 'PUBLIC',
  INTERNAL = 'INTERNAL',
}
registerEnumType(MessageVisibility, { name: 'MessageVisibility', description: 'PUBLIC: resposta que o cliente vê; INTERNAL: nota interna, só a equipe vê.' });

/**
 * One message of a request's conversation (SPEC §5): a reply of the customer or syndic, a public
 * reply of staff, or an internal note of staff that never reaches a portal user. It may carry photos
 * (stored files of kind REQUEST_PHOTO owned by the message, file-access.ts).
 */
@Entity({ tableName: 'request_message' })
@Index({ properties: ['request', 'createdAt'] })
@ObjectType({ description: 'Uma mensagem da conversa de um pedido: resposta pública ou nota interna da equipe.' })
export class RequestMessage {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Request, { deleteRule: 'cascade' })
  request!: Rel<Request>;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  author!: Rel<Account>;

  @Field(() => MessageAuthorKind)
  @Enum({ items: () => MessageAuthorKind, nativeEnumName: 'message_author_kind' })
  authorKind!: MessageAuthorKind;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => MessageVisibility)
  @Enum({ items: () => MessageVisibility, nativeEnumName: 'message_visibility' })
  visibility!: MessageVisibility;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
