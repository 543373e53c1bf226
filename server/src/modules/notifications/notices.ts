import { dateText, moneyText } from '../finance/finance-words.js';
import { countOf, NOUNS, portalNamed } from '../../pt-br.js';
import type { NoticeContent } from './notification.entity.js';

/**
 * What each notice says, in Portuguese, for every channel at once: the e-mail (subject, text,
 * HTML), the WhatsApp template's parameters (names in whatsapp/templates.ts) and the push text.
 * The e-mail's unsubscribe footer is added when it is sent (it names the person's link).
 */

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function mailHtml(title: string, paragraphs: string[], button: { label: string; href: string } | null, footer: string[] = []): string {
  return `<!doctype html><html lang="pt-BR"><body style="font-family:system-ui,sans-serif;color:#1f2937;max-width:560px;margin:auto;padding:24px">
<h1 style="font-size:20px">${escape(title)}</h1>
${paragraphs.map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
${button ? `<p><a href="${escape(button.href)}" style="display:inline-block;background:#0f5f8c;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">${escape(button.label)}</a></p>` : ''}
${footer.map((f) => `<p style="font-size:13px;color:#4b5563">${f}</p>`).join('\n')}
</body></html>`;
}

export interface DigestBill {
  id: string;
  dueDate: string;
  amountCents: number;
  unitName: string;
  /** Due today (or on the weekend just passed, payable today), not yet overdue. */
  dueNow: boolean;
}

/** R-NOTIFY-1: the bills due today and those overdue, one notice per person and day. */
export function billsDigest(args: { name: string; portalName: string; bills: DigestBill[]; link: string }): NoticeContent {
  const due = args.bills.filter((b) => b.dueNow);
  const overdue = args.bills.filter((b) => !b.dueNow);
  const line = (b: DigestBill) => `${b.unitName}: ${moneyText(b.amountCents)}, vencimento ${dateText(b.dueDate)}`;
  const parts: string[] = [];
  if (due.length) parts.push(`${due.length === 1 ? 'Vence hoje' : 'Vencem hoje'} ${countOf(due.length, NOUNS.Boleto)}:\n${due.map(line).join('\n')}`);
  if (overdue.length) parts.push(`${overdue.length === 1 ? 'Está vencido' : 'Estão vencidos'} ${countOf(overdue.length, NOUNS.Boleto)}:\n${overdue.map(line).join('\n')}`);
  const subject = due.length && !overdue.length
    ? `${due.length === 1 ? 'Seu boleto vence hoje' : `${due.length} boletos vencem hoje`}`
    : `${countOf(overdue.length, NOUNS.Boleto)} em atraso${due.length ? ` e ${due.length} vencendo hoje` : ''}`;
  const intro = `Olá, ${args.name}!`;
  const total = args.bills.reduce((s, b) => s + b.amountCents, 0);
  const summary = due.length && !overdue.length
    ? `vence hoje: ${due.map((b) => `${moneyText(b.amountCents)} (${b.unitName})`).join(', ')}`
    : `${countOf(overdue.length, NOUNS.Boleto)} em atraso${due.length ? ` e ${due.length} vencendo hoje` : ''}, ${moneyText(total)} no total`;
  return {
    subject,
    text: `${intro}\n\n${parts.join('\n\n')}\n\nPara ver e pagar (código de barras, PIX e 2ª via): ${args.link}\n`,
    html: mailHtml(subject, [intro, ...parts, 'O código de barras, o PIX e a 2ª via estão no portal.'], { label: 'Ver meus boletos', href: args.link }),
    link: args.link,
    whatsapp: { template: 'habite_boletos', params: [args.name, summary, args.link] },
    push: { title: subject, body: summary, url: args.link },
  };
}

export function requestStatusNotice(args: { name: string; number: number; subject: string; status: string; comment: string | null; link: string }): NoticeContent {
  const title = `Atendimento nº ${args.number}: ${args.status}`;
  const intro = `Olá, ${args.name}! Seu atendimento nº ${args.number} (${args.subject}) agora está: ${args.status}.`;
  const paragraphs = [intro, ...(args.comment ? [`Comentário da equipe: ${args.comment}`] : [])];
  return {
    subject: title,
    text: `${paragraphs.join('\n\n')}\n\nVeja o atendimento: ${args.link}\n`,
    html: mailHtml(title, paragraphs, { label: 'Ver o atendimento', href: args.link }),
    link: args.link,
    whatsapp: { template: 'habite_atendimento_status', params: [args.name, String(args.number), args.status, args.link] },
    push: { title, body: args.comment ?? `${args.subject}: ${args.status}`, url: args.link },
  };
}

export function requestReplyNotice(args: { name: string; number: number; subject: string; author: string; body: string; link: string }): NoticeContent {
  const title = `Nova resposta no atendimento nº ${args.number}`;
  const intro = `Olá, ${args.name}! ${args.author} respondeu seu atendimento nº ${args.number} (${args.subject}):`;
  const quoted = args.body.length > 600 ? `${args.body.slice(0, 600)}…` : args.body;
  return {
    subject: title,
    text: `${intro}\n\n${quoted}\n\nResponda pelo portal: ${args.link}\n`,
    html: mailHtml(title, [intro, quoted], { label: 'Ver e responder', href: args.link }),
    link: args.link,
    whatsapp: { template: 'habite_atendimento_resposta', params: [args.name, String(args.number), args.link] },
    push: { title, body: quoted.slice(0, 140), url: args.link },
  };
}

export function workLogNotice(args: { name: string; developmentName: string; date: string; link: string }): NoticeContent {
  const title = `Diário de obra: ${args.developmentName}, ${dateText(args.date)}`;
  const intro = `Olá, ${args.name}! Há um novo registro no diário de obra de ${args.developmentName}, do dia ${dateText(args.date)}.`;
  return {
    subject: title,
    text: `${intro}\n\nVeja as fotos e o que foi feito: ${args.link}\n`,
    html: mailHtml(title, [intro], { label: 'Ver o diário de obra', href: args.link }),
    link: args.link,
    whatsapp: { template: 'habite_diario_obra', params: [args.name, args.developmentName, dateText(args.date), args.link] },
    push: { title, body: 'Novo registro com fotos e o andamento do dia.', url: args.link },
  };
}

export function bookingNotice(args: { name: string; reminder: boolean; what: string; unitName: string; when: string; link: string }): NoticeContent {
  const title = args.reminder ? `Lembrete: ${args.what} amanhã` : `Agendamento confirmado: ${args.what}`;
  const intro = args.reminder
    ? `Olá, ${args.name}! Lembrete do seu agendamento de ${args.what} da unidade ${args.unitName}: ${args.when}.`
    : `Olá, ${args.name}! Seu agendamento de ${args.what} da unidade ${args.unitName} está confirmado para ${args.when}.`;
  return {
    subject: title,
    text: `${intro}\n\nPara ver ou cancelar: ${args.link}\n`,
    html: mailHtml(title, [intro], { label: 'Ver meus agendamentos', href: args.link }),
    link: args.link,
    whatsapp: { template: args.reminder ? 'habite_agendamento_lembrete' : 'habite_agendamento_confirmado', params: [args.name, args.what, args.unitName, args.when] },
    push: { title, body: `${args.unitName}: ${args.when}`, url: args.link },
  };
}

/** A code to sign in (R-AUTH-8) on WhatsApp: Meta's authentication template takes the code alone. */
export function oneTimeCodeWhatsApp(code: string): NoticeContent['whatsapp'] {
  return { template: 'habite_codigo_acesso', params: [code] };
}

export { portalNamed };
