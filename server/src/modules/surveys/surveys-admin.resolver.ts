import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { findInScope, getInScope } from '../scope/staff-scope.js';
import { requireStaff } from '../visibility/scope.js';
import { query } from '../visibility/sql.js';
import { SurveyResponse } from './survey-response.entity.js';
import { Survey } from './survey.entity.js';
import { SurveysAdminService } from './surveys-admin.service.js';
import { resultsOf } from './surveys.service.js';
import { StaffSurvey, SurveyInput, SurveyResults } from './surveys.types.js';

const service = (ctx: Context) => new SurveysAdminService({ audit: ctx.services.audit, now: () => ctx.services.clock.now() });

async function staffViews(ctx: Context, surveys: Survey[]): Promise<StaffSurvey[]> {
  const counts = surveys.length
    ? await query<{ id: string; n: number }>(ctx.em, `select survey_id as id, count(*)::int as n from survey_response where survey_id = any(cast(:ids as uuid[])) group by survey_id`, { ids: surveys.map((s) => s.id) })
    : [];
  const byId = new Map(counts.map((c) => [c.id, c.n]));
  return surveys.map((s) => ({
    id: s.id, title: s.title, opensOn: s.opensOn, closesOn: s.closesOn, status: s.status, questions: s.questions, version: s.version,
    developmentId: s.development?.id ?? null, developmentName: s.development?.name ?? null, responses: byId.get(s.id) ?? 0,
  }));
}

@Resolver()
export class SurveysAdminResolver {
  @Access('STAFF')
  @StaffScope('Survey')
  @Query(() => [StaffSurvey], { description: 'Pesquisa: as pesquisas da empresa que a equipe alcança, das mais recentes às mais antigas.' })
  async staffSurveys(@Ctx() ctx: Context): Promise<StaffSurvey[]> {
    const surveys = await findInScope(ctx.em, requireStaff(ctx), Survey, {}, { populate: ['development'], orderBy: { opensOn: 'desc', id: 'desc' }, limit: 200 });
    return staffViews(ctx, surveys);
  }

  @Access('STAFF')
  @StaffScope('Survey')
  @Query(() => SurveyResults, { description: 'Pesquisa: os resultados (contagem por opção, média das notas, textos).' })
  async surveyResults(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SurveyResults> {
    const survey = await getInScope(ctx.em, requireStaff(ctx), Survey, id);
    const responses = await ctx.em.find(SurveyResponse, { survey }, { fields: ['answers'] });
    return { surveyId: survey.id, title: survey.title, responses: responses.length, questions: resultsOf(survey.questions, responses) };
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Survey (write), Development')
  @Mutation(() => StaffSurvey, { description: 'Pesquisa: cria (sem id) ou muda uma pesquisa em rascunho; auditado.' })
  async saveSurvey(@Arg('input', () => SurveyInput) input: SurveyInput, @Ctx() ctx: Context): Promise<StaffSurvey> {
    const staff = requireStaff(ctx);
    const id = await service(ctx).save(ctx.em, staff, input);
    return (await staffViews(ctx, [await getInScope(ctx.em, staff, Survey, id, { populate: ['development'], refresh: true } as never)]))[0]!;
  }

  @Access('ADMIN', 'MANAGER')
  @StaffScope('Survey (write)')
  @Mutation(() => StaffSurvey, { description: 'Pesquisa: publica uma pesquisa (os clientes respondem no período; ela não muda mais); auditado.' })
  async publishSurvey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StaffSurvey> {
    const staff = requireStaff(ctx);
    await service(ctx).publish(ctx.em, staff, id);
    return (await staffViews(ctx, [await getInScope(ctx.em, staff, Survey, id, { populate: ['development'], refresh: true } as never)]))[0]!;
  }
}
