import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum SessionEventKind {
  SIGNED_OUT = 'SIGNED_OUT',
  LOGIN_DEACTIVATED = 'LOGIN_DEACTIVATED',
}
registerEnumType(SessionEventKind, { name: 'SessionEventKind' });

@ObjectType({ description: 'Algo aconteceu com a sessão em uso: o app volta para a tela de entrada.' })
export class SessionEvent {
  @Field(() => SessionEventKind)
  kind!: SessionEventKind;
}
