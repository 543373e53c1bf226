import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { FeatureDisabledError } from '../../domain-errors.js';
import { Access } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { sessionPortal } from '../finance/finance.resolver.js';
import { portalScope } from '../visibility/scope.js';
import { answerSurvey, openSurveys } from './surveys.service.js';
import { SurveyAnswerInput, SurveyView } from './surveys.types.js';

/** R-SET-1: with showSurveys off the Pesquisa menu is hidden and every call here refused. */
export function assertSurveysOn(ctx: Context): void {
  if (!sessionPortal(ctx).showSurveys) throw new FeatureDisabledError('showSurveys', 'As pesquisas estão desativadas neste portal.');
}

@Resolver()
export class SurveysResolver {
  @Access('CUSTOMER')
  @Query(() => [SurveyView], { description: 'Pesquisa: as pesquisas abertas hoje para o cliente, com as que ele já respondeu; nenhuma sem o consentimento de pesquisas (R-OPS-3).' })
  async mySurveys(@Ctx() ctx: Context): Promise<SurveyView[]> {
    assertSurveysOn(ctx);
    return openSurveys(ctx.em, portalScope(ctx), sessionPortal(ctx).company.id);
  }

  @Access('CUSTOMER')
  @Mutation(() => SurveyView, { description: 'Pesquisa: responde uma pesquisa, uma vez (CONFLICT na segunda); NOT_FOUND para uma pesquisa que não é para o cliente; FORBIDDEN sem o consentimento de pesquisas (R-OPS-3).' })
  async answerSurvey(
    @Arg('surveyId', () => ID) surveyId: string,
    @Arg('answers', () => [SurveyAnswerInput]) answers: SurveyAnswerInput[],
    @Ctx() ctx: Context,
  ): Promise<SurveyView> {
    assertSurveysOn(ctx);
    const scope = portalScope(ctx);
    const companyId = sessionPortal(ctx).company.id;
    await answerSurvey(ctx.em, scope, companyId, surveyId, answers);
    return (await openSurveys(ctx.em, scope, companyId)).find((s) => s.id === surveyId)!;
  }
}
