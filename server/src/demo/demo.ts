import { execute } from '../modules/visibility/sql.js';
import { Consent, ConsentPurpose, ConsentSource } from '../modules/privacy/consent.entity.js';
import { CONSENT_TEXTS } from '../modules/privacy/consents.js';
import { createHash } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Account } from '../modules/auth/account.entity.js';
import { AccountKind, StaffPermission, StaffRole } from '../modules/auth/account.enums.js';
import { Company } from '../modules/company/company.entity.js';
import { seedFinance } from './demo-finance.js';
import { seedContact } from './demo-contact.js';
import { seedWorks } from './demo-works.js';
import { seedExtras } from './demo-extras.js';
import { seedScheduling } from './demo-scheduling.js';
import { Contract } from '../modules/contracts/contract.entity.js';
import { ContractType } from '../modules/contracts/contract-type.entity.js';
import { AssociationType } from '../modules/customers/association-type.entity.js';
import { Customer } from '../modules/customers/customer.entity.js';
import { Reservation, ReservationStatus } from '../modules/customers/reservation.entity.js';
import { ReservationAssociate } from '../modules/customers/reservation-associate.entity.js';
import { Block } from '../modules/developments/block.entity.js';
import { CommonArea } from '../modules/developments/common-area.entity.js';
import { Development, DevelopmentKind, DevelopmentStatus } from '../modules/developments/development.entity.js';
import { Location } from '../modules/developments/location.entity.js';
import { Stage } from '../modules/developments/stage.entity.js';
import { Unit } from '../modules/developments/unit.entity.js';
import { PortalDomain } from '../modules/portal/portal-domain.entity.js';
import { SlaUnit } from '../modules/portal/portal-settings.js';
import { Portal } from '../modules/portal/portal.entity.js';
import { RequestKind } from '../modules/requests/request-kind.js';
import { RequestStatusChange } from '../modules/requests/request-status-change.entity.js';
import { Request } from '../modules/requests/request.entity.js';
import { seedRequestConversations } from './demo-requests.js';
import { Subject } from '../modules/requests/subject.entity.js';
import { SubjectAppliesTo } from '../modules/requests/subject-target.js';
import { Subsubject } from '../modules/requests/subsubject.entity.js';
import { Workflow } from '../modules/requests/workflow.entity.js';
import { WorkflowStatus } from '../modules/requests/workflow-status.entity.js';
import { SyndicFile } from '../modules/syndics/syndic-file.entity.js';
import { DevelopmentDocument, DocumentCategory } from '../modules/documents/development-document.entity.js';
import { ErpKind } from '../modules/integration/erp-kind.js';
import { registerErpCodes } from '../modules/integration/erp-keys.js';
import { ApiCall } from '../modules/integration/api-call.entity.js';
import { ApiToken, TokenScope } from '../modules/integration/api-token.entity.js';
import { hashSecret, newSecret } from '../modules/auth/secret-token.js';
import { SyncRunError } from '../modules/integration/sync-run-error.entity.js';
import { SyncRun, SyncRunStatus } from '../modules/integration/sync-run.entity.js';
import { CustomField, CustomFieldType } from '../modules/data-changes/custom-field.entity.js';
import { DataChangeRequest, DataChangeStatus } from '../modules/data-changes/data-change-request.entity.js';
import { Syndic } from '../modules/syndics/syndic.entity.js';
import { FileOwnerKind, StoredFile } from '../modules/files/stored-file.entity.js';
import type { Services } from '../services.js';
import { minimalPdf } from './demo-pdf.js';

export interface DemoLogin {
  app: 'client-portal' | 'admin-portal';
  login: string;
  password: string;
  shows: string;
  /** Where to open it, when not the default address. */
  address?: string;
}

/**
 * Demo-only passwords, printed at start and listed in the README. Real accounts never get a
 * password from us (R-AUTH-5): they set one through an invitation or a magic link.
 */
export const demoLogins: DemoLogin[] = [
  { app: 'admin-portal', login: 'admin@horizonte.demo', password: 'demo-admin-1', shows: 'ADMIN: tudo, inclusive reativar logins e auditoria' },
  { app: 'admin-portal', login: 'gestor@horizonte.demo', password: 'demo-gestor-1', shows: 'MANAGER: configura portais; não reativa logins' },
  { app: 'admin-portal', login: 'atendente@horizonte.demo', password: 'demo-agent-1', shows: 'AGENT: atende pedidos, sem configuração nem operações' },
  { app: 'client-portal', login: 'ana@cliente.demo', password: 'demo-cliente-1', shows: 'titular com 2 unidades visíveis (Jardins e Vila Serena) e 2 ocultas (bloco e etapa inativos); CPF 529.982.247-25' },
  { app: 'client-portal', login: 'marcos@cliente.demo', password: 'demo-cliente-1', shows: 'associado (Cônjuge) que vê a unidade A-101 e seus pedidos' },
  { app: 'client-portal', login: 'rita@cliente.demo', password: 'demo-cliente-1', shows: 'associada (Procuradora) que vê a unidade A-101 mas não os boletos do titular (R-FIN-3)' },
  { app: 'client-portal', login: 'carla@cliente.demo', password: 'demo-cliente-1', shows: 'associada (Fiador) que não vê unidades: tipo sem "Visualiza Unidades Portal"' },
  { app: 'client-portal', login: 'bruno@cliente.demo', password: 'demo-cliente-1', shows: 'reservas em andamento, cancelada e em distrato: nenhuma unidade' },
  { app: 'client-portal', login: 'lara@cliente.demo', password: 'demo-cliente-1', shows: 'só tem lote na Vila Serena: em jardins.localhost recebe PORTAL_DOMAIN_MISMATCH', address: 'jardins.localhost' },
  { app: 'client-portal', login: 'inativo@cliente.demo', password: 'demo-cliente-1', shows: 'login desativado pelo próprio cliente: LOGIN_INACTIVE' },
  { app: 'client-portal', login: 'julia@cliente.demo', password: 'demo-cliente-1', shows: 'proposta e pré-cadastro com documentação pendente: aviso ao entrar' },
  { app: 'client-portal', login: 'sindico@horizonte.demo', password: 'demo-sindico-1', shows: 'síndico do Residencial Jardins (entrada do síndico)' },
];

const DAY = 86_400_000;

/** Loads the demo company into an empty database (SPEC §16); does nothing when any company exists. */
export async function loadDemo(orm: MikroORM, services: Services): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Company, {})) > 0) return false;
  const hashes = new Map<string, string>();
  for (const login of demoLogins) hashes.set(login.password, hashes.get(login.password) ?? (await services.hasher.hash(login.password)));
  await em.transactional(async (tx) => {
    const { files, companyId } = seed(tx, services.clock.now(), (password) => hashes.get(password)!);
    // The documents' bytes, before the commit: a row never points at nothing (a failed commit leaves only unreachable bytes).
    for (const file of files) await services.files.store.put(file.id, file.bytes);
    // R-SYNC-2: the demo's ERP codes name its records, as if the ERP had sent them.
    await tx.flush();
    // The works (SPEC §9): diaries with real small photos and schedules (demo-works.ts).
    await seedWorks(tx, services.files.store, services.clock.now(), companyId);
    // Banners, benefits, a pending proposal, every portal extra on (demo-extras.ts).
    await seedExtras(tx, services.files.store, services.clock.now(), companyId);
    await tx.flush();
    // Agendamentos and Pesquisa (SPEC §11): vistoria slots for Torre A's development and a survey (demo-scheduling.ts).
    await seedScheduling(tx, services.clock.now(), companyId);
    await registerErpCodes(tx, companyId);
    // R-OPS-3: the company's data-protection officer (encarregado), shown in "Privacidade" and on the sign-in page.
    await execute(tx, `insert into privacy_settings (company_id, dpo_name, dpo_email, dpo_phone, updated_at) values (?, ?, ?, ?, now())`,
      [companyId, 'Renata Prado (Encarregada de Dados)', 'privacidade@horizonte.demo', '(11) 3000-4000']);
  });
  services.logger.info('demo company loaded');
  return true;
}

/** Each demo customer's own mobile (WhatsApp notices go to Ana's); Lara, a company, has a landline. */
const DEMO_PHONES: Record<string, string> = {
  'ana@cliente.demo': '(11) 98765-4321', 'marcos@cliente.demo': '(11) 97654-3210', 'carla@cliente.demo': '(21) 99876-5432', 'bruno@cliente.demo': '(31) 98877-6655',
  'lara@cliente.demo': '(11) 3333-4444', 'inativo@cliente.demo': '(11) 96543-2109', 'silvia@cliente.demo': '(11) 95432-1098', 'rita@cliente.demo': '(41) 99123-4567',
};

/** The bytes of the demo's documents, to put in the file store under their ids. */
type DemoFile = { id: string; bytes: Buffer };

function seed(em: EntityManager, now: Date, hash: (password: string) => string): { files: DemoFile[]; companyId: string } {
  const company = em.create(Company, { name: 'Horizonte Incorporadora', document: '11222333000181' });
  // Real small PDFs (demo-pdf.ts), stored by Habite and served at /files/<id> behind their owner's rules.
  const files: DemoFile[] = [];
  const pdf = (kind: FileOwnerKind, ownerId: string, title: string, lines: string[], createdBy: Account) => {
    const bytes = minimalPdf(title, [...lines, '', 'Documento de demonstração gerado pelo Habite: não tem valor legal.']);
    const file = em.create(StoredFile, {
      company, ownerKind: kind, ownerId, name: `${title.replace(/[\/:*?"<>|]/g, '-')}.pdf`, contentType: 'application/pdf', size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'), createdBy, createdAt: now,
    });
    files.push({ id: file.id, bytes });
  };

  // Developments: one with an inactive block and an inactive stage holding sold units; a land subdivision; a cost-plus work.
  const jardins = em.create(Development, { company, name: 'Residencial Jardins', deliveryDate: '2027-03-31', erpCode: 'EMP-001' });
  const serena = em.create(Development, { company, name: 'Loteamento Vila Serena', deliveryDate: '2026-12-15', allowAssistanceRequests: false, erpCode: 'EMP-002', status: DevelopmentStatus.FINISHED });
  const obra = em.create(Development, { company, name: 'Obra Casa Silva', kind: DevelopmentKind.WORK, deliveryDate: '2027-08-01', erpCode: 'OBR-001' });
  const torreA = em.create(Block, { development: jardins, name: 'Torre A' });
  const torreB = em.create(Block, { development: jardins, name: 'Torre B', active: false });
  const etapa1 = em.create(Stage, { development: jardins, name: 'Etapa 1' });
  const etapa2 = em.create(Stage, { development: jardins, name: 'Etapa 2', active: false });
  const quadra1 = em.create(Block, { development: serena, name: 'Quadra 1' });
  const unit = (development: Development, name: string, block: Block | null, stage: Stage | null) => em.create(Unit, { development, name, block, stage, erpCode: `UN-${name}` });
  const a101 = unit(jardins, 'Apto A-101', torreA, etapa1);
  const a102 = unit(jardins, 'Apto A-102', torreA, etapa1);
  const a201 = unit(jardins, 'Apto A-201', torreA, etapa1);
  const a202 = unit(jardins, 'Apto A-202', torreA, etapa1);
  const b101 = unit(jardins, 'Apto B-101', torreB, etapa1);
  const a301 = unit(jardins, 'Apto A-301', torreA, etapa2);
  const lote7 = unit(serena, 'Lote 7', quadra1, null);
  const lote8 = unit(serena, 'Lote 8', quadra1, null);
  const lote9 = unit(serena, 'Lote 9', quadra1, null);
  const casa = unit(obra, 'Casa Silva', null, null);
  for (const name of ['Cozinha', 'Banheiro social', 'Sala', 'Área de serviço', 'Varanda']) em.create(Location, { development: jardins, name });
  const salao = em.create(CommonArea, { development: jardins, name: 'Salão de festas' });
  em.create(CommonArea, { development: jardins, name: 'Piscina' });

  // The portal with two domains bound to different developments (R-PORTAL-3), and the work's own portal (R-PORTAL-1).
  const portal = em.create(Portal, {
    company, name: 'Portal Horizonte', slug: 'horizonte', whiteLabelName: 'Minha Horizonte', primaryColor: '#0f5f8c', secondaryColor: '#e8f1f7',
    loginText1: 'Bem-vindo ao portal do cliente Horizonte.', loginText2: 'Dúvidas? Fale com a gente: (11) 4000-1234, de segunda a sexta.',
    showDeliveryForecast: true, showLocation: true, showCommonArea: true, showSyndicAccess: true,
    finishedAssistanceSlaMinutes: 2 * 24 * 60, finishedAssistanceSlaUnit: SlaUnit.DAYS,
  });
  portal.developments.set([jardins, serena]);
  const domain = (hostname: string, developments: Development[], target = portal) => {
    const d = em.create(PortalDomain, { portal: target, hostname });
    d.developments.set(developments);
  };
  domain('localhost', [jardins, serena]);
  domain('127.0.0.1', [jardins, serena]);
  domain('jardins.localhost', [jardins]);
  domain('serena.localhost', [serena]);
  // Created after the main portal, always (in the same millisecond, "the company's first portal" would be a coin toss).
  const obraPortal = em.create(Portal, { company, name: 'Obra Casa Silva', slug: 'obra-silva', whiteLabelName: 'Obra Casa Silva', createdAt: new Date(portal.createdAt.getTime() + 1) });
  obraPortal.developments.set([obra]);
  domain('obra.localhost', [], obraPortal);

  // Association and contract types.
  const conjuge = em.create(AssociationType, { company, name: 'Cônjuge', seesUnitsInPortal: true, seesHolderBills: true });
  const procurador = em.create(AssociationType, { company, name: 'Procurador', seesUnitsInPortal: true, seesHolderBills: false });
  const fiador = em.create(AssociationType, { company, name: 'Fiador', seesUnitsInPortal: false, seesHolderBills: false });
  const compraVenda = em.create(ContractType, { company, name: 'Compra e venda' });
  const aditivo = em.create(ContractType, { company, name: 'Aditivo' });
  const termo = em.create(ContractType, { company, name: 'Termo de vistoria' });
  const analise = em.create(ContractType, { company, name: 'Análise de crédito (interno)', visibleToCustomer: false });

  // People.
  const customer = (name: string, email: string, document: string, password: string | null, options: Partial<Account> = {}) => {
    const c = em.create(Customer, { company, name, email, document, phone: DEMO_PHONES[email] ?? null });
    const account = em.create(Account, { company, kind: AccountKind.CUSTOMER, name, email, document, customer: c, passwordHash: password ? hash(password) : null, ...options });
    return { customer: c, account };
  };
  const ana = customer('Ana Souza', 'ana@cliente.demo', '52998224725', 'demo-cliente-1');
  // R-NOTIFY-2, R-OPS-3: Ana agreed to WhatsApp notices in the portal last month; the others did not.
  em.create(Consent, { company, account: ana.account, purpose: ConsentPurpose.WHATSAPP, textVersion: CONSENT_TEXTS.WHATSAPP.version, source: ConsentSource.PORTAL, grantedAt: new Date(now.getTime() - 30 * DAY) });
  // Surveys are consent-based too (opt-in): Ana agreed to answer them, so the demo's survey is hers to answer.
  em.create(Consent, { company, account: ana.account, purpose: ConsentPurpose.SURVEYS, textVersion: CONSENT_TEXTS.SURVEYS.version, source: ConsentSource.PORTAL, grantedAt: new Date(now.getTime() - 30 * DAY) });
  const marcos = customer('Marcos Souza', 'marcos@cliente.demo', '11144477735', 'demo-cliente-1');
  const carla = customer('Carla Mendes', 'carla@cliente.demo', '39053344705', 'demo-cliente-1');
  const bruno = customer('Bruno Lima', 'bruno@cliente.demo', '16899535009', 'demo-cliente-1');
  const lara = customer('Lara Construções Ltda', 'lara@cliente.demo', '12ABC34501DE35', 'demo-cliente-1');
  const paulo = customer('Paulo Inativo', 'inativo@cliente.demo', '71428793860', 'demo-cliente-1', { loginActive: false, deactivatedAt: new Date(now.getTime() - 3 * DAY) });
  paulo.account.deactivatedBy = paulo.account;
  const silvia = customer('Sílvia Silva', 'silvia@cliente.demo', '87748248800', null);
  const rita = customer('Rita Alves', 'rita@cliente.demo', '45317828791', 'demo-cliente-1');
  // The ERP's codes of the customers whose money the demo shows (R-FIN-1 compares them).
  Object.assign(ana.customer, { erpCode: 'CLI-0001' });
  Object.assign(lara.customer, { erpCode: 'CLI-0005' });
  Object.assign(silvia.customer, { erpCode: 'CLI-0007' });
  const staff = (name: string, email: string, role: StaffRole, password: string, permissions: StaffPermission[] = []) =>
    em.create(Account, { company, kind: AccountKind.STAFF, name, email, staffRole: role, permissions, passwordHash: hash(password) });
  const admin = staff('Beatriz Administradora', 'admin@horizonte.demo', StaffRole.ADMIN, 'demo-admin-1', [StaffPermission.REACTIVATE_LOGIN]);
  staff('Gustavo Gestor', 'gestor@horizonte.demo', StaffRole.MANAGER, 'demo-gestor-1');
  const agent = staff('Carlos Atendente', 'atendente@horizonte.demo', StaffRole.AGENT, 'demo-agent-1');
  const roberto = em.create(Syndic, { company, development: jardins, name: 'Roberto Síndico' });
  const sindico = em.create(Account, { company, kind: AccountKind.SYNDIC, name: 'Roberto Síndico', email: 'sindico@horizonte.demo', syndic: roberto, passwordHash: hash('demo-sindico-1') });
  const regimento = em.create(SyndicFile, { development: jardins, name: 'Regimento interno do condomínio' });
  pdf(FileOwnerKind.SYNDIC_FILE, regimento.id, 'Regimento interno do condomínio', ['Residencial Jardins', 'Capítulo I — Das áreas comuns: salão de festas e piscina.'], admin);
  const ata = em.create(SyndicFile, { syndic: roberto, name: 'Ata da eleição do síndico' });
  pdf(FileOwnerKind.SYNDIC_FILE, ata.id, 'Ata da eleição do síndico', ['Residencial Jardins', 'Eleito síndico: Roberto Síndico, para o mandato de dois anos.'], admin);
  // Documents for the buyers (R-UNIT-4): the development's manual and specification, Torre A's rules, A-101's floor plan.
  const document = (title: string, category: DocumentCategory, place: { block?: Block; unit?: Unit }, lines: string[]) => {
    const row = em.create(DevelopmentDocument, { development: jardins, block: place.block ?? null, unit: place.unit ?? null, category, title, createdBy: admin, createdAt: now });
    pdf(FileOwnerKind.DEVELOPMENT_DOCUMENT, row.id, title, ['Residencial Jardins', ...lines], admin);
  };
  document('Manual do proprietário', DocumentCategory.OWNER_MANUAL, {}, ['Uso e manutenção da unidade: instalações, garantias e revisões periódicas.', 'Impermeabilização: não perfure pisos de áreas molhadas.']);
  document('Memorial descritivo', DocumentCategory.SPECIFICATION, {}, ['Estrutura em concreto armado; vedações em bloco cerâmico.', 'Pisos: porcelanato 60×60 nas áreas sociais.']);
  document('Regimento da Torre A', DocumentCategory.CONDOMINIUM_RULES, { block: torreA }, ['Mudanças: de segunda a sábado, das 8h às 18h, com aviso à portaria.']);
  document('Planta do Apto A-101', DocumentCategory.FLOOR_PLAN, { unit: a101 }, ['Área privativa: 78,5 m²; dois dormitórios, uma suíte.']);

  // Reservations in every status; a holder with two visible units and two hidden ones; associates who do and do not see.
  const sale = (u: Unit, holder: Customer, status: ReservationStatus, associates: [Customer, AssociationType][] = []) => {
    const r = em.create(Reservation, { unit: u, holder, status, erpCode: `VENDA-${u.name}` });
    for (const [c, type] of associates) em.create(ReservationAssociate, { reservation: r, customer: c, associationType: type });
    return r;
  };
  const anaA101 = sale(a101, ana.customer, ReservationStatus.SOLD, [[marcos.customer, conjuge], [carla.customer, fiador], [rita.customer, procurador]]);
  const anaLote7 = sale(lote7, ana.customer, ReservationStatus.SOLD);
  sale(b101, ana.customer, ReservationStatus.SOLD);
  sale(a301, ana.customer, ReservationStatus.SOLD);
  sale(a102, bruno.customer, ReservationStatus.IN_PROGRESS);
  sale(a201, bruno.customer, ReservationStatus.CANCELLED);
  sale(a202, bruno.customer, ReservationStatus.RESCINDED);
  const laraLote9 = sale(lote9, lara.customer, ReservationStatus.SOLD);
  sale(lote8, paulo.customer, ReservationStatus.SOLD);
  const silviaCasa = sale(casa, silvia.customer, ReservationStatus.SOLD);

  // Money (SPEC §8): plans, bills, a billing block, the company's financial rules (demo-finance.ts).
  const saleOf = (reservation: Reservation, holder: Customer, development: Development, u: Unit) => ({ reservation, holder, development, unitCode: u.erpCode! });
  seedFinance(em, now, {
    company, portal, obraPortal, admin, serenaQuadra: quadra1,
    anaA101: saleOf(anaA101, ana.customer, jardins, a101), anaLote7: saleOf(anaLote7, ana.customer, serena, lote7),
    laraLote9: saleOf(laraLote9, lara.customer, serena, lote9), casa: saleOf(silviaCasa, silvia.customer, obra, casa),
  });

  // Fale Conosco messages with pareceres, and Portal Horizonte's FAQ (demo-contact.ts).
  seedContact(em, now, { company, portal, admin, ana, marcos, lara, a101, lote7, lote9 });

  // Contracts: visible; signed not validated; validated not signed; of a hidden type.
  const contract = (reservation: Reservation, title: string, type: ContractType, signed: boolean, validated: boolean) => {
    const c = em.create(Contract, { reservation, title, type, signed, validated, signedAt: signed ? new Date(now.getTime() - 40 * DAY) : null });
    pdf(FileOwnerKind.CONTRACT_DOCUMENT, c.id, title, [`${type.name} · ${reservation.unit.name}`, `Comprador: ${reservation.holder.name}`], admin);
    return c;
  };
  contract(anaA101, 'Contrato de compra e venda — A-101', compraVenda, true, true);
  contract(anaA101, 'Aditivo de vaga de garagem', aditivo, true, false);
  contract(anaA101, 'Termo de vistoria de entrega', termo, false, true);
  contract(anaA101, 'Análise de crédito', analise, true, true);
  contract(anaLote7, 'Contrato de compra e venda — Lote 7', compraVenda, true, true);

  // Workflows, with every status used below.
  // The staff's SLA clock: 2 days to finish a service request, 10 days an assistance (the 12-day-old fissure is late).
  const serviceFlow = em.create(Workflow, { company, kind: RequestKind.SERVICE, name: 'Atendimentos', dueHours: 48 });
  const assistanceFlow = em.create(Workflow, { company, kind: RequestKind.ASSISTANCE, name: 'Assistência técnica', dueHours: 240 });
  const st = (workflow: Workflow, name: string, position: number, flags: Partial<WorkflowStatus> = {}) => em.create(WorkflowStatus, { workflow, name, position, ...flags });
  const s = {
    aberto: st(serviceFlow, 'Aberto', 0, { isInitial: true }), analise: st(serviceFlow, 'Em análise', 1), aguardando: st(serviceFlow, 'Aguardando cliente', 2),
    concluido: st(serviceFlow, 'Concluído', 3, { isFinal: true }), cancelado: st(serviceFlow, 'Cancelado', 4, { isFinal: true, isCancellation: true }),
  };
  const a = {
    aberta: st(assistanceFlow, 'Aberta', 0, { isInitial: true }), vistoria: st(assistanceFlow, 'Vistoria agendada', 1), execucao: st(assistanceFlow, 'Em execução', 2),
    finalizada: st(assistanceFlow, 'Finalizada', 3, { isFinal: true }),
  };
  // Subjects for units, for common areas (the syndic's form offers only these, R-REQ-8) or both.
  const subject = (kind: RequestKind, name: string, appliesTo = SubjectAppliesTo.BOTH) => em.create(Subject, { company, kind, name, appliesTo });
  const financeiro = subject(RequestKind.SERVICE, 'Financeiro', SubjectAppliesTo.UNITS);
  const cadastro = subject(RequestKind.SERVICE, 'Cadastro', SubjectAppliesTo.UNITS);
  const condominio = subject(RequestKind.SERVICE, 'Condomínio', SubjectAppliesTo.COMMON_AREAS);
  const hidraulica = subject(RequestKind.ASSISTANCE, 'Hidráulica');
  const eletrica = subject(RequestKind.ASSISTANCE, 'Elétrica');
  const acabamento = subject(RequestKind.ASSISTANCE, 'Acabamento');
  const sub = (s2: Subject, name: string, portalDisplayName: string | null = null) => em.create(Subsubject, { subject: s2, name, portalDisplayName });
  const segundaVia = sub(financeiro, '2ª via de boleto');
  const antecipacao = sub(financeiro, 'Antecipação de parcelas');
  sub(cadastro, 'Alteração de dados cadastrais');
  sub(condominio, 'Manutenção de área comum');
  sub(condominio, 'Limpeza e conservação');
  const vazamento = sub(hidraulica, 'HID-03 Vazamento em ramal de distribuição', 'Vazamento');
  const tomada = sub(eletrica, 'ELE-01 Circuito sem energia (disjuntor)', 'Tomada sem energia');
  const fissura = sub(acabamento, 'ACB-07 Fissura em reboco (NBR 15575)');
  // R-REQ-2, R-EXPLAIN-3: a display name on Portal Horizonte only: its health check no longer warns
  // about this internal-coded name; the work's portal (Obra Casa Silva) still does.
  fissura.portalDisplayNames = { [portal.id]: 'Fissura na parede' };

  // Requests in every status, finished ones inside and outside the SLA (2 days).
  let number = 0;
  const request = (opts: { kind: RequestKind; unit?: Unit; area?: CommonArea; sub: Subsubject; path: WorkflowStatus[]; by: Account; daysAgo: number; finishedDaysAgo?: number; text: string }): Request => {
    const createdAt = new Date(now.getTime() - opts.daysAgo * DAY);
    const final = opts.path.at(-1)!;
    const finishedAt = final.isFinal ? new Date(now.getTime() - (opts.finishedDaysAgo ?? 0) * DAY) : null;
    const r = em.create(Request, {
      company, number: ++number, kind: opts.kind, development: (opts.unit ?? opts.area)!.development, unit: opts.unit ?? null, commonArea: opts.area ?? null,
      subject: opts.sub.subject, subsubject: opts.sub, status: final, openedBy: opts.by, description: opts.text, createdAt, updatedAt: finishedAt ?? createdAt, finishedAt,
    });
    opts.path.forEach((status, i) => {
      const at = i === opts.path.length - 1 && finishedAt ? finishedAt : new Date(createdAt.getTime() + i * 3_600_000);
      em.create(RequestStatusChange, { request: r, fromStatus: i ? opts.path[i - 1] : null, toStatus: status, changedBy: i ? (i % 2 ? agent : admin) : opts.by, comment: i ? `Situação atualizada para "${status.name}".` : null, at });
    });
    return r;
  };
  request({ kind: RequestKind.SERVICE, unit: a101, sub: segundaVia, path: [s.aberto], by: ana.account, daysAgo: 1, text: 'Preciso da segunda via do boleto de novembro.' });
  request({ kind: RequestKind.SERVICE, unit: a101, sub: antecipacao, path: [s.aberto, s.analise], by: marcos.account, daysAgo: 5, text: 'Gostaria de simular a antecipação de 6 parcelas.' });
  request({ kind: RequestKind.SERVICE, unit: lote7, sub: segundaVia, path: [s.aberto, s.aguardando], by: ana.account, daysAgo: 8, text: 'Boleto do lote com valor diferente.' });
  request({ kind: RequestKind.SERVICE, unit: a101, sub: segundaVia, path: [s.aberto, s.analise, s.concluido], by: ana.account, daysAgo: 30, finishedDaysAgo: 25, text: 'Segunda via de outubro.' });
  request({ kind: RequestKind.SERVICE, unit: a101, sub: antecipacao, path: [s.aberto, s.cancelado], by: ana.account, daysAgo: 40, finishedDaysAgo: 39, text: 'Pedido duplicado.' });
  const leak = request({ kind: RequestKind.ASSISTANCE, unit: a101, sub: vazamento, path: [a.aberta], by: ana.account, daysAgo: 0.2, text: 'Vazamento embaixo da pia da cozinha.' });
  request({ kind: RequestKind.ASSISTANCE, unit: a101, sub: tomada, path: [a.aberta, a.vistoria], by: marcos.account, daysAgo: 3, text: 'Tomada da sala sem energia.' });
  request({ kind: RequestKind.ASSISTANCE, unit: a101, sub: fissura, path: [a.aberta, a.vistoria, a.execucao], by: ana.account, daysAgo: 12, text: 'Fissura na parede do quarto.' });
  const rated = request({ kind: RequestKind.ASSISTANCE, unit: a101, sub: vazamento, path: [a.aberta, a.execucao, a.finalizada], by: ana.account, daysAgo: 6, finishedDaysAgo: 1, text: 'Infiltração no banheiro (finalizada ontem: dentro do SLA de 2 dias).' });
  request({ kind: RequestKind.ASSISTANCE, unit: a101, sub: tomada, path: [a.aberta, a.execucao, a.finalizada], by: ana.account, daysAgo: 20, finishedDaysAgo: 10, text: 'Disjuntor desarmando (finalizada há 10 dias: fora do SLA, oculta no portal).' });
  request({ kind: RequestKind.ASSISTANCE, area: salao, sub: fissura, path: [a.aberta], by: sindico, daysAgo: 2, text: 'Fissura no teto do salão de festas.' });
  company.requestSeq = number;
  // Photos, a conversation with an internal note, an assignee, a rating (demo-requests.ts).
  files.push(...seedRequestConversations(em, { company, now, leak, rated, customer: ana.account, agent, admin }));

  // Registration: addresses, a custom field, and data changes waiting for an ADMIN (MANUAL approval).
  Object.assign(ana.customer, { street: 'Rua das Palmeiras', streetNumber: '120', complement: 'Apto A-101', district: 'Jardim América', city: 'São Paulo', state: 'SP', postalCode: '01431-000' });
  Object.assign(marcos.customer, { street: 'Rua das Palmeiras', streetNumber: '120', district: 'Jardim América', city: 'São Paulo', state: 'SP', postalCode: '01431-000' });
  em.create(CustomField, { company, key: 'capital_social', label: 'Capital Social', type: CustomFieldType.NUMBER, position: 1 });
  lara.customer.customFields = { capital_social: '250000' };
  const change = (who: { customer: Customer; account: Account }, proposed: Record<string, string>, daysAgo: number) => {
    const original = Object.fromEntries(Object.keys(proposed).map((k) => [k, ((who.customer as unknown as Record<string, string | null>)[k]) ?? null]));
    em.create(DataChangeRequest, { company, customer: who.customer, requestedBy: who.account, status: DataChangeStatus.PENDING, original, proposed, baseVersion: 1, createdAt: new Date(now.getTime() - daysAgo * DAY) });
  };
  change(ana, { phone: '(11) 98888-1234' }, 1);
  change(marcos, { street: 'Avenida Paulista', streetNumber: '1500', district: 'Bela Vista', postalCode: '01310-200' }, 2);

  // R-SYNC-4: the ERP's last two nights, as Integrações → Sincronizações shows them: one clean, one with a refused row.
  const night = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY + 3 * 3_600_000);
  // The ERP's token: its secret went to the ERP and is known to no one here (only its hash is kept).
  const erp = em.create(ApiToken, {
    company, name: 'ERP — carga noturna', scopes: [TokenScope.INTEGRATION], tokenHash: hashSecret(newSecret()), prefix: 'hbt_demoERP…',
    createdBy: admin, createdAt: new Date(now.getTime() - 30 * DAY), lastUsedAt: new Date(night(1).getTime() + 60_000),
  });
  em.create(SyncRun, {
    company, startedByToken: erp, status: SyncRunStatus.SUCCEEDED, note: 'Carga noturna do ERP', startedAt: night(2), finishedAt: new Date(night(2).getTime() + 95_000), lastActivityAt: new Date(night(2).getTime() + 95_000),
    batches: 6, inserted: 0, updated: 3, unchanged: 412,
  });
  const failed = em.create(SyncRun, {
    company, startedByToken: erp, status: SyncRunStatus.FAILED, note: 'Carga noturna do ERP', startedAt: night(1), finishedAt: new Date(night(1).getTime() + 60_000), lastActivityAt: new Date(night(1).getTime() + 60_000),
    batches: 6, inserted: 1, updated: 0, unchanged: 414, failedRows: 1,
  });
  // Their calls, as Integrações → Chamadas da API lists them: open, the batches (rows each), close.
  const calls = (start: Date, batches: [string, number, string?][]) => {
    const list: [string, number, string?][] = [['openSyncRun', 0], ...batches, ['closeSyncRun', 0]];
    list.forEach(([operation, rows, outcome], n) => em.create(ApiCall, {
      token: erp, company, operation, rows, outcome: outcome ?? 'OK', ms: 40 + rows, at: new Date(start.getTime() + n * 9_000),
    }));
  };
  const load: [string, number][] = [['upsertDevelopments', 3], ['upsertBlocks', 10], ['upsertStages', 2], ['upsertUnits', 200]];
  calls(night(2), [...load, ['upsertUnits', 150], ['upsertCustomers', 50]]);
  calls(night(1), [...load, ['upsertUnits', 200], ['upsertUnits', 18, 'ROWS_REFUSED']]);
  em.create(SyncRunError, {
    run: failed, kind: ErpKind.UNIT, rowIndex: 17, erpCode: 'UN-C-301', field: 'developmentCode', code: 'NOT_FOUND',
    message: 'O empreendimento de código "EMP-009" não existe nesta empresa: envie-o antes (ou no mesmo lote, se for do mesmo tipo).',
    row: { code: 'UN-C-301', developmentCode: 'EMP-009', name: 'Apto 301' }, at: new Date(night(1).getTime() + 30_000),
  });
  return { files, companyId: company.id };
}
