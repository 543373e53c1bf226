/** Dates in dd/mm/aaaa, times in America/Sao_Paulo, whatever the phone's own time zone. */
const ZONE = 'America/Sao_Paulo';

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  // A plain date (aaaa-mm-dd) is a calendar day: no time zone shift.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  return new Intl.DateTimeFormat('pt-BR', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(value));
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  return new Intl.DateTimeFormat('pt-BR', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(value));
}

/** hh:mm in São Paulo ("14:05"), for "em 31/03/2027 às 14:05". */
export function formatTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  return new Intl.DateTimeFormat('pt-BR', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(value));
}
