import { registerEnumType } from 'type-graphql';

/** R-WORK-1: where a work log entry is in its review. Only the statuses the portal lists reach customers (default APPROVED). */
export enum WorkLogStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(WorkLogStatus, { name: 'WorkLogStatus', description: 'R-WORK-1: rascunho, em revisão, aprovado ou reprovado.' });

export const ALL_WORK_LOG_STATUSES = Object.values(WorkLogStatus);

/** The weather of the day on site, as a diário de obra records it. */
export enum WorkWeather {
  SUNNY = 'SUNNY',
  CLOUDY = 'CLOUDY',
  RAINY = 'RAINY',
  STORMY = 'STORMY',
}
registerEnumType(WorkWeather, { name: 'WorkWeather', description: 'O tempo no canteiro: ensolarado, nublado, chuvoso ou tempestade.' });
