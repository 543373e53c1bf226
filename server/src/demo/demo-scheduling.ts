import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../db/ids.js';
import { Development } from '../modules/developments/development.entity.js';
import { Portal } from '../modules/portal/portal.entity.js';
import { AppointmentSlot } from '../modules/scheduling/appointment-slot.entity.js';
import { AppointmentKind } from '../modules/scheduling/appointment.enums.js';
import { addDays, atLocal, localDay, weekday } from '../modules/scheduling/scheduling-time.js';
import { Survey } from '../modules/surveys/survey.entity.js';
import { SurveyQuestionKind, SurveyStatus } from '../modules/surveys/survey.enums.js';

/**
 * Agendamentos and Pesquisa in the demo (SPEC §11): Portal Horizonte shows both menus; Residencial
 * Jardins (Torre A is its active tower) has vistoria slots on weekdays of the next three weeks and
 * key handover slots on the week after; a published survey asks its buyers about the portal.
 */
export async function seedScheduling(em: EntityManager, now: Date, companyId: string): Promise<void> {
  const portal = await em.findOneOrFail(Portal, { company: companyId, slug: 'horizonte' });
  portal.showScheduling = true;
  portal.showSurveys = true;
  const jardins = await em.findOneOrFail(Development, { company: companyId, name: 'Residencial Jardins' });
  const today = localDay(now);
  const slots = (kind: AppointmentKind, from: number, to: number, times: string[]) => {
    for (let d = from; d <= to; d++) {
      const day = addDays(today, d);
      if (weekday(day) === 0 || weekday(day) === 6) continue;
      for (const time of times) em.create(AppointmentSlot, { id: newId(), development: jardins, kind, startsAt: atLocal(day, time), durationMinutes: kind === AppointmentKind.VISTORIA ? 90 : 30, createdAt: now });
    }
  };
  slots(AppointmentKind.VISTORIA, 1, 21, ['09:00', '10:30', '14:00', '15:30']);
  slots(AppointmentKind.KEY_HANDOVER, 22, 28, ['10:00', '16:00']);
  em.create(Survey, {
    company: companyId, development: jardins, title: 'Sua experiência com o portal', opensOn: addDays(today, -7), closesOn: addDays(today, 60),
    status: SurveyStatus.PUBLISHED, createdAt: now, updatedAt: now,
    questions: [
      { id: newId(), kind: SurveyQuestionKind.SCALE, text: 'Que nota você dá ao portal do cliente?', options: [] },
      { id: newId(), kind: SurveyQuestionKind.SINGLE_CHOICE, text: 'O que você mais usa no portal?', options: ['Boletos', 'Assistência técnica', 'Diário de obra', 'Agendamentos'] },
      { id: newId(), kind: SurveyQuestionKind.TEXT, text: 'O que podemos melhorar?', options: [] },
    ],
  });
  await em.flush();
}
