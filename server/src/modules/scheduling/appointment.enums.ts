import { registerEnumType } from 'type-graphql';
import { say, type Said } from '../../locale.js';

/** What a slot is for: the vistoria of the unit, or the handover of its keys. */
export enum AppointmentKind {
  VISTORIA = 'VISTORIA',
  KEY_HANDOVER = 'KEY_HANDOVER',
}
registerEnumType(AppointmentKind, { name: 'AppointmentKind', description: 'VISTORIA: vistoria da unidade; KEY_HANDOVER: entrega das chaves.' });

export enum AppointmentStatus {
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus', description: 'BOOKED: agendado; CANCELLED: cancelado (pelo cliente ou pela incorporadora, com o motivo).' });

export const KIND_NAMES: Record<AppointmentKind, Said> = {
  VISTORIA: say('Vistoria', 'Inspection (vistoria)'),
  KEY_HANDOVER: say('Entrega das chaves', 'Key handover'),
};
