import { registerEnumType } from 'type-graphql';

export enum RequestKind {
  /** Atendimento */
  SERVICE = 'SERVICE',
  /** Assistência técnica */
  ASSISTANCE = 'ASSISTANCE',
}
registerEnumType(RequestKind, { name: 'RequestKind', description: 'Atendimento (SERVICE) ou assistência técnica (ASSISTANCE).' });
