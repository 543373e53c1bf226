import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Um aparelho (navegador) que recebe as notificações no celular da pessoa.' })
export class PushDevice {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'O navegador e o sistema, em palavras ("Chrome no Android").' }) label!: string;
  @Field(() => String, { description: 'O serviço de notificações do navegador, só a origem ("https://fcm.googleapis.com"); o endereço completo da inscrição nunca é mostrado.' }) serviceOrigin!: string;
  @Field(() => Date, { description: 'Quando as notificações foram ativadas neste aparelho.' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'A última notificação que chegou ao serviço de notificações do aparelho.' }) lastSuccessAt!: Date | null;
  @Field(() => Boolean, { description: 'É o aparelho de onde se pergunta (o endereço de inscrição informado em currentEndpoint).' }) thisDevice!: boolean;
}

@InputType({ description: 'A inscrição que o navegador devolve (PushSubscription.toJSON()): o endereço e as duas chaves.' })
export class SubscribePushInput {
  @Field(() => String, { description: 'O endereço do serviço de notificações do navegador (https://…).' }) endpoint!: string;
  @Field(() => String, { description: 'keys.p256dh: a chave pública do aparelho (base64url, 65 bytes).' }) p256dh!: string;
  @Field(() => String, { description: 'keys.auth: o segredo de autenticação do aparelho (base64url, 16 bytes).' }) auth!: string;
}
