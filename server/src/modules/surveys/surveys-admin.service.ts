import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError } from '../../domain-errors.js';
import { applyPatch } from '../audit/audited-change.js';
import type { AuditService } from '../audit/audit.service.js';
import { Development } from '../developments/development.entity.js';
import { assertCompanyWide, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { validDate } from '../works/works-admin.service.js';
import { Survey } from './survey.entity.js';
import { SurveyStatus } from './survey.enums.js';
import { questionsOf } from './surveys.service.js';
import type { SurveyInput } from './surveys.types.js';

/**
 * Pesquisa for staff: write a draft, publish it. A survey for one development is changed by staff
 * whose scope covers it; one for every customer, only by staff without a development limit
 * (staff-scope.ts). A published survey does not change: answers would stop matching questions.
 */
export class SurveysAdminService {
  constructor(private readonly deps: { audit: AuditService; now: () => Date }) {}

  async save(em: EntityManager, staff: StaffViewer, input: SurveyInput): Promise<string> {
    const title = input.title.trim();
    if (!title || title.length > 200) throw new BadInputError('title', 'Dê um título à pesquisa (até 200 caracteres).');
    const opensOn = validDate(input.opensOn, 'opensOn', 'Início');
    const closesOn = validDate(input.closesOn, 'closesOn', 'Fim');
    if (closesOn < opensOn) throw new BadInputError('closesOn', 'O fim vem antes do início.');
    return em.transactional(async (tx) => {
      const development = input.developmentId ? await getInScope(tx, staff, Development, input.developmentId) : null;
      // A survey for every customer is company-wide: only staff without a development limit write one.
      if (!development) assertCompanyWide(staff);
      if (input.id) {
        const survey = await getInScope(tx, staff, Survey, input.id, LOCKED_WRITE);
        if (input.version !== survey.version) throw new ConflictError('Outra pessoa mudou a pesquisa enquanto você editava: recarregue e refaça a alteração.', { field: 'version' });
        if (survey.status === SurveyStatus.PUBLISHED) throw new BadInputError('id', 'Uma pesquisa publicada não muda: as respostas já dadas deixariam de corresponder às perguntas.');
        const questions = questionsOf(input.questions, survey.questions);
        const { before, after } = applyPatch(survey, { title, opensOn, closesOn, questions });
        if ((survey.development?.id ?? null) !== (development?.id ?? null)) {
          before.developmentId = survey.development?.id ?? null;
          after.developmentId = development?.id ?? null;
          survey.development = development;
        }
        if (Object.keys(after).length) {
          survey.version += 1;
          survey.updatedAt = this.deps.now();
          this.deps.audit.staffChange(tx, staff, { action: 'survey.update', targetType: 'Survey', targetId: survey.id, before, after });
        }
        return survey.id;
      }
      const questions = questionsOf(input.questions, []);
      const survey = tx.create(Survey, { company: staff.companyId, development, title, opensOn, closesOn, questions, createdAt: this.deps.now(), updatedAt: this.deps.now() });
      this.deps.audit.staffChange(tx, staff, { action: 'survey.create', targetType: 'Survey', targetId: survey.id, after: { title, opensOn, closesOn, developmentId: development?.id ?? null, questions: questions.length } });
      return survey.id;
    });
  }

  async publish(em: EntityManager, staff: StaffViewer, id: string): Promise<string> {
    return em.transactional(async (tx) => {
      const survey = await getInScope(tx, staff, Survey, id, LOCKED_WRITE);
      if (survey.status === SurveyStatus.PUBLISHED) return survey.id;
      survey.status = SurveyStatus.PUBLISHED;
      survey.version += 1;
      survey.updatedAt = this.deps.now();
      this.deps.audit.staffChange(tx, staff, { action: 'survey.publish', targetType: 'Survey', targetId: survey.id, before: { status: SurveyStatus.DRAFT }, after: { status: SurveyStatus.PUBLISHED } });
      return survey.id;
    });
  }
}
