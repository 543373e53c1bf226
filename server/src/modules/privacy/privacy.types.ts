import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import { ConsentPurpose, ConsentSource } from './consent.entity.js';
import { DataAccessEventKind, DeletionRequestStatus, PersonalDataKind, RetainedRecordKind } from './privacy.enums.js';

@ObjectType({ description: 'R-OPS-3: um registro de consentimento: dado (com a versão do texto), quando e onde; e, se revogado, quando e onde.' })
export class ConsentRecord {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'A versão do texto aceito.' }) textVersion!: string;
  @Field(() => ConsentSource, { description: 'Onde foi dado.' }) source!: ConsentSource;
  @Field(() => Date) grantedAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => ConsentSource, { nullable: true, description: 'Onde foi revogado.' }) revokedSource!: ConsentSource | null;
}

@ObjectType({ description: 'R-OPS-3: uma finalidade que depende de consentimento, com o texto atual, a situação em vigor e o histórico.' })
export class ConsentState {
  @Field(() => ConsentPurpose) purpose!: ConsentPurpose;
  @Field(() => Boolean, { description: 'O consentimento está em vigor.' }) granted!: boolean;
  @Field(() => String, { description: 'O texto que a pessoa aceita hoje (em português).' }) text!: string;
  @Field(() => String, { description: 'A versão do texto atual.' }) textVersion!: string;
  @Field(() => Boolean, { description: 'Em vigor, mas dado sobre uma versão anterior do texto: aceitar de novo registra a versão atual.' }) outdated!: boolean;
  @Field(() => Date, { nullable: true, description: 'Quando o consentimento em vigor foi dado.' }) grantedAt!: Date | null;
  @Field(() => ConsentSource, { nullable: true, description: 'Onde o consentimento em vigor foi dado.' }) source!: ConsentSource | null;
  @Field(() => Date, { nullable: true, description: 'Sem consentimento em vigor: quando foi revogado pela última vez.' }) revokedAt!: Date | null;
  @Field(() => [ConsentRecord], { description: 'Todos os registros, do mais recente ao mais antigo.' }) history!: ConsentRecord[];
}

@ObjectType({ description: 'R-OPS-3: uma consulta ou alteração dos dados do cliente: quem, quando, o quê.' })
export class DataAccessEntry {
  @Field(() => ID) id!: string;
  @Field(() => DataAccessEventKind) event!: DataAccessEventKind;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'Quem: o nome da pessoa da equipe, "Você" (o próprio cliente) ou "Sistema".' }) who!: string;
  @Field(() => Boolean, { description: 'Foi alguém da equipe da empresa.' }) byStaff!: boolean;
  @Field(() => String, { description: 'O que foi feito, em palavras, no idioma de quem pergunta.' }) what!: string;
  @Field(() => PersonalDataKind, { nullable: true, description: 'Numa consulta: a parte dos dados consultada.' }) readKind!: PersonalDataKind | null;
  @Field(() => String, { nullable: true, description: 'De onde (endereço IP): só para a equipe.' }) ip!: string | null;
}

@ObjectType()
export class DataAccessEntryConnection extends ConnectionType(DataAccessEntry, 'DataAccessEntry') {}

@ObjectType({ description: 'R-OPS-3: um registro guardado após a exclusão, por obrigação legal, até a data indicada.' })
export class RetainedRecordView {
  @Field(() => ID) id!: string;
  @Field(() => RetainedRecordKind) kind!: RetainedRecordKind;
  @Field(() => String, { description: 'O registro em palavras.' }) description!: string;
  @Field(() => String, { description: 'Por que é guardado (base legal), em palavras.' }) legalBasis!: string;
  @Field(() => String, { description: 'Guardado até (aaaa-mm-dd); depois, é eliminado.' }) retainUntil!: string;
}

@ObjectType({ description: 'R-OPS-3: um pedido de exclusão dos dados (LGPD, art. 18, VI).' })
export class DeletionRequestView {
  @Field(() => ID) id!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => String, { description: 'O nome do cliente (depois de atendido, "Titular anonimizado").' }) customerName!: string;
  @Field(() => DeletionRequestStatus) status!: DeletionRequestStatus;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Date) requestedAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Quem da equipe atendeu ou recusou.' }) decidedByName!: string | null;
  @Field(() => String, { nullable: true, description: 'Recusado: o motivo, dito ao cliente.' }) refusalReason!: string | null;
  @Field(() => String, { nullable: true, description: 'Atendido: até quando algo é guardado (aaaa-mm-dd); nulo se nada.' }) retainedUntil!: string | null;
  @Field(() => [RetainedRecordView], { description: 'Atendido: o que foi guardado, por quê e até quando.' }) retained!: RetainedRecordView[];
}

@ObjectType()
export class DeletionRequestConnection extends ConnectionType(DeletionRequestView, 'DeletionRequest') {}

@ObjectType({ description: 'R-OPS-3: o encarregado pelo tratamento de dados pessoais da empresa (LGPD, art. 41), público.' })
export class DataProtectionOfficer {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'Telefone, com DDD, formatado ((11) 98765-4321).' }) phone!: string | null;
}

@InputType({ description: 'R-OPS-3: o encarregado de dados (nome, e-mail e telefone; vazio apaga).' })
export class DataProtectionOfficerInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@ObjectType({ description: 'R-OPS-3: uma resposta de pesquisa do próprio cliente (para a cópia dos seus dados).' })
export class SurveyAnswerItem {
  @Field(() => String, { description: 'A pergunta.' }) question!: string;
  @Field(() => String, { nullable: true, description: 'A resposta: a opção escolhida, a nota ou o texto.' }) answer!: string | null;
}

@ObjectType({ description: 'R-OPS-3: as respostas do cliente a uma pesquisa.' })
export class MySurveyResponse {
  @Field(() => ID) id!: string;
  @Field(() => String) surveyTitle!: string;
  @Field(() => Date) answeredAt!: Date;
  @Field(() => [SurveyAnswerItem]) answers!: SurveyAnswerItem[];
}

