import type { EntityManager } from '@mikro-orm/postgresql';
import type { Account } from '../modules/auth/account.entity.js';
import type { Company } from '../modules/company/company.entity.js';
import { ContactMessage, ContactStatus } from '../modules/contact/contact-message.entity.js';
import { ContactType } from '../modules/contact/contact-type.entity.js';
import { Opinion } from '../modules/contact/opinion.entity.js';
import type { Customer } from '../modules/customers/customer.entity.js';
import type { Unit } from '../modules/developments/unit.entity.js';
import { FaqCategory } from '../modules/faq/faq-category.entity.js';
import { FaqEntry } from '../modules/faq/faq-entry.entity.js';
import { searchTextOf } from '../modules/faq/faq-search.js';
import type { Portal } from '../modules/portal/portal.entity.js';

const HOUR = 3_600_000;

interface Person { customer: Customer; account: Account }

/**
 * SPEC §7 and the FAQ (issue 13, parts 6 and 7): the company's Tipos de Solicitação; Fale Conosco
 * messages of Ana (about A-101, about Lote 7, in general), Marcos and Lara, with pareceres in every
 * status — one internal note Ana never reads; and Portal Horizonte's Perguntas frequentes in three
 * categories (the menu is on there; Obra Casa Silva keeps it off).
 */
export function seedContact(em: EntityManager, now: Date, ctx: {
  company: Company; portal: Portal; admin: Account;
  ana: Person; marcos: Person; lara: Person; a101: Unit; lote7: Unit; lote9: Unit;
}): void {
  const { company, portal, admin } = ctx;
  const type = (name: string, position: number, active = true) => em.create(ContactType, { company, name, position, active });
  const duvida = type('Dúvida', 0);
  const sugestao = type('Sugestão', 1);
  const reclamacao = type('Reclamação', 2);
  const elogio = type('Elogio', 3);
  type('Cadastro antigo (não usar)', 9, false);

  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
  const message = (who: Person, t: ContactType, unit: Unit | null, subject: string, body: string, hoursAgo: number,
    opinions: [ContactStatus, string, boolean, number][] = []) => {
    const m = em.create(ContactMessage, {
      company, portal, customer: who.customer, sentBy: who.account, unit, development: unit?.development ?? null, type: t, subject, body,
      createdAt: ago(hoursAgo), updatedAt: ago(opinions.length ? opinions[opinions.length - 1]![3] : hoursAgo),
      status: opinions.length ? opinions[opinions.length - 1]![0] : ContactStatus.PENDING,
    });
    for (const [status, text, visibleToCustomer, at] of opinions) em.create(Opinion, { message: m, author: admin, status, text, visibleToCustomer, createdAt: ago(at) });
    return m;
  };
  message(ctx.ana, duvida, ctx.a101, 'Vaga de garagem', 'Qual é o número da minha vaga de garagem? Não consta no contrato.', 6);
  message(ctx.ana, reclamacao, ctx.a101, 'Barulho da obra aos sábados', 'A obra da Torre B faz barulho antes das 8h aos sábados.', 72, [
    [ContactStatus.READ, 'Recebemos sua mensagem e encaminhamos à engenharia.', true, 60],
    [ContactStatus.NOTE, 'Engenharia confirma: betonagem começou às 7h30 no sábado.', false, 50],
    [ContactStatus.RESOLVED, 'A equipe da obra passou a começar às 8h aos sábados. Obrigado pelo aviso!', true, 30],
  ]);
  message(ctx.ana, sugestao, null, 'Boletos pelo WhatsApp', 'Seria ótimo receber os boletos também pelo WhatsApp.', 200, [
    [ContactStatus.CLOSED, 'Obrigado pela sugestão! Ela foi registrada para as próximas versões do portal.', true, 190],
  ]);
  message(ctx.ana, duvida, ctx.lote7, 'Escritura do lote', 'Quando posso fazer a escritura do Lote 7?', 30, [
    [ContactStatus.READ, 'Estamos conferindo a documentação do loteamento.', true, 20],
  ]);
  message(ctx.marcos, elogio, ctx.a101, 'Atendimento na vistoria', 'O engenheiro da vistoria foi muito atencioso.', 100, [
    [ContactStatus.NOTE, 'Repassado ao engenheiro responsável.', false, 90],
  ]);
  message(ctx.lara, reclamacao, ctx.lote9, 'Boleto não emitido', 'Não consigo emitir o boleto do Lote 9 pelo portal.', 12);

  // Perguntas frequentes of Portal Horizonte (per portal: SPEC §11 lists FAQ entries among its settings).
  portal.showFaq = true;
  const category = (name: string, position: number, entries: [string, string][], active = true) => {
    const c = em.create(FaqCategory, { portal, name, position, active });
    entries.forEach(([question, answer], i) => em.create(FaqEntry, { category: c, question, answer, position: i, searchText: searchTextOf(question, answer) }));
  };
  category('Financeiro', 0, [
    ['Como emito a 2ª via do boleto?', 'No menu Financeiro, abra a parcela e toque em "Pedir 2ª via". O novo boleto aparece na hora e o antigo deixa de valer.'],
    ['Onde baixo o informe de rendimentos para o Imposto de Renda?', 'No menu Financeiro, em "Informe de rendimentos", escolha o ano. Se aparecer um aviso, ele diz o que falta e a quem pedir.'],
    ['Posso antecipar parcelas?', 'Sim. Em Financeiro, escolha "Antecipação de parcelas" para simular o desconto antes de pedir.'],
  ]);
  category('Obra e entrega', 1, [
    ['Quando recebo as chaves?', 'Depois da vistoria de entrega, que marcamos com você perto da previsão de entrega mostrada na sua unidade.'],
    ['Como peço um reparo na minha unidade?', 'Abra uma Assistência técnica no menu. Você acompanha cada situação do pedido pelo portal.'],
  ]);
  category('Acesso ao portal', 2, [
    ['Esqueci minha senha. E agora?', 'Na tela de entrada, peça um link de acesso para o seu e-mail: ele vale por 30 minutos e você cria uma nova senha.'],
    ['Por que não vejo minha unidade?', 'A unidade aparece quando a venda está concluída e liberada pela incorporadora. Se já comprou e não a vê, escreva pelo Fale Conosco.'],
  ]);
}
