import { registerEnumType } from 'type-graphql';

/** Where a subject's requests can be about: a unit, a common area, or either. */
export enum SubjectAppliesTo {
  UNITS = 'UNITS',
  COMMON_AREAS = 'COMMON_AREAS',
  BOTH = 'BOTH',
}
registerEnumType(SubjectAppliesTo, { name: 'SubjectAppliesTo', description: 'Onde o assunto se aplica: unidades, áreas comuns ou ambas.' });

/** What one request is about. */
export enum RequestTarget {
  UNIT = 'UNIT',
  COMMON_AREA = 'COMMON_AREA',
}
registerEnumType(RequestTarget, { name: 'RequestTarget', description: 'O alvo de um pedido: uma unidade ou uma área comum.' });

/** The `applies to` values that allow requests about this target. */
export const appliesToValuesFor = (target: RequestTarget): SubjectAppliesTo[] =>
  [SubjectAppliesTo.BOTH, target === RequestTarget.UNIT ? SubjectAppliesTo.UNITS : SubjectAppliesTo.COMMON_AREAS];

/** R-REQ-8, R-REQ-3: whether a subject can be used for a request about this target. */
export const subjectAppliesTo = (subject: { appliesTo: SubjectAppliesTo }, target: RequestTarget): boolean => appliesToValuesFor(target).includes(subject.appliesTo);

/** How staff read a target in a sentence. */
export const TARGET_NAMES: Record<RequestTarget, string> = { UNIT: 'unidades', COMMON_AREA: 'áreas comuns' };
