import { countOf, NOUNS, portalNamed } from '../pt-br.js';
import type { OutgoingMail } from './mailer.js';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function layout(title: string, paragraphs: string[], button: { label: string; href: string }, footer: string): string {
  return `<!doctype html><html lang="pt-BR"><body style="font-family:system-ui,sans-serif;color:#1f2937;max-width:560px;margin:auto;padding:24px">
<h1 style="font-size:20px">${escape(title)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<p><a href="${escape(button.href)}" style="display:inline-block;background:#0f5f8c;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">${escape(button.label)}</a></p>
<p style="font-size:13px;color:#4b5563">Se o botão não funcionar, copie este endereço no navegador:<br>${escape(button.href)}</p>
<p style="font-size:13px;color:#4b5563">${escape(footer)}</p>
</body></html>`;
}

export function invitationMail(args: { to: string; name: string; portalName: string; link: string; hours: number }): OutgoingMail {
  const title = `Seu acesso ${portalNamed(args.portalName, 'a')}`;
  const intro = `Olá, ${args.name}! Você recebeu um convite para acessar ${portalNamed(args.portalName)}.`;
  const action = 'Clique no botão abaixo para criar sua senha e entrar.';
  const footer = `O convite vale por ${countOf(args.hours, NOUNS.Hora)} e só pode ser usado uma vez. Se você não esperava este e-mail, ignore-o.`;
  return {
    to: args.to,
    subject: title,
    link: args.link,
    text: `${intro}\n\n${action}\n\n${args.link}\n\n${footer}\n`,
    html: layout(title, [intro, action], { label: 'Criar minha senha', href: args.link }, footer),
  };
}

export function magicLinkMail(args: { to: string; name: string; portalName: string; link: string; minutes: number }): OutgoingMail {
  const title = `Seu link de acesso ${portalNamed(args.portalName, 'a')}`;
  const intro = `Olá, ${args.name}! Recebemos um pedido para entrar ${portalNamed(args.portalName, 'em')} sem senha.`;
  const action = 'Clique no botão abaixo para entrar.';
  const footer = `O link vale por ${countOf(args.minutes, NOUNS.Minuto)} e só pode ser usado uma vez. Se você não pediu, ignore este e-mail: ninguém entra sem ele.`;
  return {
    to: args.to,
    subject: title,
    link: args.link,
    text: `${intro}\n\n${action}\n\n${args.link}\n\n${footer}\n`,
    html: layout(title, [intro, action], { label: 'Entrar no portal', href: args.link }, footer),
  };
}

/** R-FIN-4: the statement (extrato) a customer asked for, attached as PDF. */
export function statementMail(args: { to: string; name: string; portalName: string; unitName: string; link: string; pdf: Buffer; fileName: string }): OutgoingMail {
  const title = `Seu extrato — ${args.unitName}`;
  const intro = `Olá, ${args.name}! Segue em anexo o extrato da sua compra (${args.unitName}), como pedido ${portalNamed(args.portalName, 'em')}.`;
  const action = 'O extrato mostra cada parcela, o que já foi pago e o que falta pagar. Você também o encontra no menu Financeiro do portal.';
  const footer = 'Se você não pediu este extrato, avise a incorporadora.';
  return {
    to: args.to,
    subject: title,
    text: `${intro}\n\n${action}\n\n${args.link}\n\n${footer}\n`,
    html: layout(title, [intro, action], { label: 'Abrir o Financeiro', href: args.link }, footer),
    attachments: [{ filename: args.fileName, content: args.pdf, contentType: 'application/pdf' }],
  };
}
