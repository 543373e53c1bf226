import { registerEnumType } from 'type-graphql';

export enum SurveyStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(SurveyStatus, { name: 'SurveyStatus', description: 'DRAFT: rascunho, só a equipe vê; PUBLISHED: publicada, os clientes respondem no período.' });

export enum SurveyQuestionKind {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  SCALE = 'SCALE',
  TEXT = 'TEXT',
}
registerEnumType(SurveyQuestionKind, { name: 'SurveyQuestionKind', description: 'SINGLE_CHOICE: uma opção; SCALE: nota de 1 a 5; TEXT: resposta escrita.' });
