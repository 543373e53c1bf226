import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SurveyQuestionKind, SurveyStatus } from './survey.enums.js';

@ObjectType({ description: 'Pesquisa: uma pergunta.' })
export class SurveyQuestionView {
  @Field(() => String) id!: string;
  @Field(() => SurveyQuestionKind) kind!: SurveyQuestionKind;
  @Field(() => String) text!: string;
  @Field(() => [String], { description: 'As opções de uma pergunta de escolha única.' }) options!: string[];
}

@ObjectType({ description: 'Pesquisa: uma pesquisa aberta para o cliente responder.' })
export class SurveyView {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Último dia para responder (aaaa-mm-dd).' }) closesOn!: string;
  @Field(() => [SurveyQuestionView]) questions!: SurveyQuestionView[];
  @Field(() => Boolean, { description: 'O cliente já respondeu (cada cliente responde uma vez).' }) answered!: boolean;
}

@ObjectType({ description: 'Pesquisa, para a equipe.' })
export class StaffSurvey {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) opensOn!: string;
  @Field(() => String) closesOn!: string;
  @Field(() => SurveyStatus) status!: SurveyStatus;
  @Field(() => ID, { nullable: true }) developmentId!: string | null;
  @Field(() => String, { nullable: true, description: 'O empreendimento do público; nulo: todos os clientes do portal.' }) developmentName!: string | null;
  @Field(() => [SurveyQuestionView]) questions!: SurveyQuestionView[];
  @Field(() => Int) responses!: number;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'Pesquisa: quantas respostas teve uma opção (ou uma nota).' })
export class SurveyOptionCount {
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Pesquisa: o resultado de uma pergunta.' })
export class SurveyQuestionResult {
  @Field(() => String) questionId!: string;
  @Field(() => SurveyQuestionKind) kind!: SurveyQuestionKind;
  @Field(() => String) text!: string;
  @Field(() => Int, { description: 'Quantos clientes responderam a esta pergunta.' }) answered!: number;
  @Field(() => [SurveyOptionCount], { description: 'Escolha única: cada opção; escala: cada nota de 1 a 5.' }) counts!: SurveyOptionCount[];
  @Field(() => Float, { nullable: true, description: 'Escala: a média das notas.' }) average!: number | null;
  @Field(() => [String], { description: 'Texto: as respostas escritas.' }) texts!: string[];
}

@ObjectType({ description: 'Pesquisa: os resultados, para a equipe.' })
export class SurveyResults {
  @Field(() => ID) surveyId!: string;
  @Field(() => String) title!: string;
  @Field(() => Int) responses!: number;
  @Field(() => [SurveyQuestionResult]) questions!: SurveyQuestionResult[];
}

@InputType({ description: 'Pesquisa: uma pergunta.' })
export class SurveyQuestionInput {
  @Field(() => String, { nullable: true, description: 'A pergunta que já existe (sem: uma nova).' }) id?: string | null;
  @Field(() => SurveyQuestionKind) kind!: SurveyQuestionKind;
  @Field(() => String) text!: string;
  @Field(() => [String], { defaultValue: [] }) options!: string[];
}

@InputType({ description: 'Pesquisa: cria (sem id) ou muda uma pesquisa em rascunho.' })
export class SurveyInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => Int, { nullable: true, description: 'A versão lida (para mudar).' }) version?: number | null;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Primeiro dia (aaaa-mm-dd).' }) opensOn!: string;
  @Field(() => String, { description: 'Último dia (aaaa-mm-dd).' }) closesOn!: string;
  @Field(() => ID, { nullable: true, description: 'Só clientes com unidade neste empreendimento (sem: todos).' }) developmentId?: string | null;
  @Field(() => [SurveyQuestionInput]) questions!: SurveyQuestionInput[];
}

@InputType({ description: 'Pesquisa: a resposta a uma pergunta.' })
export class SurveyAnswerInput {
  @Field(() => String) questionId!: string;
  @Field(() => Int, { nullable: true, description: 'Escolha única: a posição da opção (0 é a primeira).' }) choice?: number | null;
  @Field(() => Int, { nullable: true, description: 'Escala: a nota, de 1 a 5.' }) scale?: number | null;
  @Field(() => String, { nullable: true }) text?: string | null;
}
