import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { NotificationChannel, NotificationFrequency, NotificationKind, NotificationStatus } from './notification.enums.js';

@ObjectType({ description: 'R-NOTIFY-2: como a pessoa quer receber avisos.' })
export class NotificationPreferencesView {
  @Field(() => Boolean, { description: 'Avisos por e-mail.' }) email!: boolean;
  @Field(() => Boolean, { description: 'Avisos pelo WhatsApp (precisam também do consentimento em vigor).' }) whatsapp!: boolean;
  @Field(() => Boolean, { description: 'O consentimento para mensagens no WhatsApp está em vigor.' }) whatsappConsent!: boolean;
  @Field(() => String, { description: 'O texto do consentimento para o WhatsApp, como a pessoa o aceita.' }) whatsappConsentText!: string;
  @Field(() => Boolean, { description: 'Notificações no celular (precisam de um aparelho inscrito).' }) push!: boolean;
  @Field(() => NotificationFrequency, { description: 'Frequência dos avisos de boletos: diária (segunda a sexta) ou semanal (segundas).' }) frequency!: NotificationFrequency;
  @Field(() => Boolean, { description: 'Avisar de cada novo registro do diário de obra.' }) workLog!: boolean;
  @Field(() => String, { nullable: true, description: 'O e-mail do cadastro, para onde vão os avisos.' }) emailAddress!: string | null;
  @Field(() => String, { nullable: true, description: 'O celular do cadastro que recebe o WhatsApp, formatado; vazio se não houver celular válido.' }) whatsappNumber!: string | null;
  @Field(() => Boolean, { description: 'Este servidor envia mensagens pelo WhatsApp.' }) whatsappAvailable!: boolean;
  @Field(() => Boolean, { description: 'Este servidor envia notificações no celular.' }) pushAvailable!: boolean;
}

@InputType({ description: 'R-NOTIFY-2: o que mudar nas preferências de aviso (o que não vier fica como está).' })
export class NotificationPreferencesInput {
  @Field(() => Boolean, { nullable: true }) email?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Ligar registra o consentimento para o WhatsApp (o texto de whatsappConsentText).' }) whatsapp?: boolean | null;
  @Field(() => Boolean, { nullable: true }) push?: boolean | null;
  @Field(() => NotificationFrequency, { nullable: true }) frequency?: NotificationFrequency | null;
  @Field(() => Boolean, { nullable: true }) workLog?: boolean | null;
}

@ObjectType({ description: 'Um aviso enviado (ou não) a uma pessoa, por um canal, com a situação da entrega.' })
export class NotificationView {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => NotificationChannel) channel!: NotificationChannel;
  @Field(() => NotificationStatus) status!: NotificationStatus;
  @Field(() => String) subject!: string;
  @Field(() => String, { nullable: true, description: 'Para onde foi: e-mail ou celular.' }) address!: string | null;
  @Field(() => String, { nullable: true, description: 'Por que falhou ou não foi enviado.' }) error!: string | null;
  @Field(() => Int) attempts!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType({ description: 'R-NOTIFY-2 e -3, para a equipe: as preferências de um cliente e o que foi enviado a ele.' })
export class CustomerNotifications {
  @Field(() => ID, { nullable: true, description: 'A conta de acesso do cliente; vazio se ele não tem acesso ao portal.' }) accountId!: string | null;
  @Field(() => NotificationPreferencesView, { nullable: true }) preferences!: NotificationPreferencesView | null;
  @Field(() => [NotificationView], { description: 'Os avisos mais recentes, do mais novo ao mais antigo.' }) sent!: NotificationView[];
}

@ObjectType({ description: 'Um trabalho da fila que falhou depois de todas as tentativas (lista de falhas), que a equipe pode tentar de novo.' })
export class FailedJobView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'O que o trabalho fazia, em palavras.' }) description!: string;
  @Field(() => String, { nullable: true, description: 'O último erro.' }) error!: string | null;
  @Field(() => Int, { description: 'Quantas vezes foi tentado de novo.' }) retries!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) failedAt!: Date | null;
}
