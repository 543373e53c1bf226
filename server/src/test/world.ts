import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../modules/auth/account.entity.js';
import { AccountKind, StaffPermission, StaffRole } from '../modules/auth/account.enums.js';
import { Company } from '../modules/company/company.entity.js';
import { Contract } from '../modules/contracts/contract.entity.js';
import { ContractType } from '../modules/contracts/contract-type.entity.js';
import { AssociationType } from '../modules/customers/association-type.entity.js';
import { Customer } from '../modules/customers/customer.entity.js';
import { Reservation, ReservationStatus } from '../modules/customers/reservation.entity.js';
import { ReservationAssociate } from '../modules/customers/reservation-associate.entity.js';
import { Block } from '../modules/developments/block.entity.js';
import { CommonArea } from '../modules/developments/common-area.entity.js';
import { Development } from '../modules/developments/development.entity.js';
import { Location } from '../modules/developments/location.entity.js';
import { Stage } from '../modules/developments/stage.entity.js';
import { Unit } from '../modules/developments/unit.entity.js';
import { PortalDomain } from '../modules/portal/portal-domain.entity.js';
import { Portal } from '../modules/portal/portal.entity.js';
import { RequestKind } from '../modules/requests/request-kind.js';
import { RequestStatusChange } from '../modules/requests/request-status-change.entity.js';
import { Request } from '../modules/requests/request.entity.js';
import { Subject } from '../modules/requests/subject.entity.js';
import { Subsubject } from '../modules/requests/subsubject.entity.js';
import { Workflow } from '../modules/requests/workflow.entity.js';
import { WorkflowStatus } from '../modules/requests/workflow-status.entity.js';
import { Syndic } from '../modules/syndics/syndic.entity.js';
import { SyndicFile } from '../modules/syndics/syndic-file.entity.js';
import { FileOwnerKind, StoredFile } from '../modules/files/stored-file.entity.js';
import { minimalPdf } from '../demo/demo-pdf.js';
import { Bill, BillPayer, BillStatus } from '../modules/finance/bill.entity.js';
import { buildDigitableLine } from '../modules/finance/boleto.js';
import { Installment } from '../modules/finance/installment.entity.js';
import { InstallmentPlan } from '../modules/finance/installment-plan.entity.js';
import { GraphQLClient } from './graphql-client.js';
import type { TestServer } from './harness.js';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(++seq).toString(36)}`;

/** Valid CPFs made up on the fly: nine digits and their two check digits. */
export function aCpf(): string {
  const base = String(100_000_000 + Math.floor(Math.random() * 899_999_999)).split('').map(Number);
  const digit = (digits: number[]) => {
    const sum = digits.reduce((acc, d, i) => acc + d * (digits.length + 1 - i), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  const first = digit(base);
  return [...base, first, digit([...base, first])].join('');
}

/**
 * A company with one portal serving one development, its configuration (association types,
 * contract types, workflows, subjects) and helpers to add units, customers, reservations,
 * contracts and requests. Rows are written directly; tests then go through the API.
 */
export class World {
  private constructor(
    readonly server: TestServer,
    readonly em: EntityManager,
    readonly company: Company,
    readonly portal: Portal,
    readonly development: Development,
    readonly block: Block,
    readonly stage: Stage,
    readonly types: { spouse: AssociationType; guarantor: AssociationType; sale: ContractType; internal: ContractType },
    readonly workflows: { service: Workflow; assistance: Workflow },
    readonly statuses: { open: WorkflowStatus; doing: WorkflowStatus; done: WorkflowStatus; aOpen: WorkflowStatus; aDone: WorkflowStatus },
    readonly subsubjects: { service: Subsubject; assistance: Subsubject },
  ) {}

  static async create(server: TestServer, portalSettings: Partial<Portal> = {}): Promise<World> {
    const em = server.em();
    const company = em.create(Company, { name: `Empresa ${next()}` });
    const development = em.create(Development, { company, name: `Residencial ${next()}`, deliveryDate: '2027-06-30' });
    const portal = em.create(Portal, { company, name: 'Portal Teste', slug: `p-${next()}`, ...portalSettings });
    portal.developments.add(development);
    const block = em.create(Block, { development, name: 'Bloco A' });
    const stage = em.create(Stage, { development, name: 'Etapa 1' });
    const types = {
      spouse: em.create(AssociationType, { company, name: 'Cônjuge', seesUnitsInPortal: true, seesHolderBills: true }),
      guarantor: em.create(AssociationType, { company, name: 'Fiador', seesUnitsInPortal: false }),
      sale: em.create(ContractType, { company, name: 'Compra e venda', visibleToCustomer: true }),
      internal: em.create(ContractType, { company, name: 'Aditivo interno', visibleToCustomer: false }),
    };
    const service = em.create(Workflow, { company, kind: RequestKind.SERVICE, name: 'Atendimentos' });
    const assistance = em.create(Workflow, { company, kind: RequestKind.ASSISTANCE, name: 'Assistências' });
    const statuses = {
      open: em.create(WorkflowStatus, { workflow: service, name: 'Aberto', isInitial: true, position: 0 }),
      doing: em.create(WorkflowStatus, { workflow: service, name: 'Em andamento', position: 1 }),
      done: em.create(WorkflowStatus, { workflow: service, name: 'Concluído', isFinal: true, position: 2 }),
      aOpen: em.create(WorkflowStatus, { workflow: assistance, name: 'Aberta', isInitial: true, position: 0 }),
      aDone: em.create(WorkflowStatus, { workflow: assistance, name: 'Finalizada', isFinal: true, position: 1 }),
    };
    const serviceSubject = em.create(Subject, { company, kind: RequestKind.SERVICE, name: 'Financeiro' });
    const assistanceSubject = em.create(Subject, { company, kind: RequestKind.ASSISTANCE, name: 'Hidráulica' });
    const subsubjects = {
      service: em.create(Subsubject, { subject: serviceSubject, name: '2ª via de boleto' }),
      assistance: em.create(Subsubject, { subject: assistanceSubject, name: 'VAZ-HID-03 vazamento ramal', portalDisplayName: 'Vazamento' }),
    };
    await em.flush();
    return new World(server, em, company, portal, development, block, stage, types, { service, assistance }, statuses, subsubjects);
  }

  /** Headers that reach this world's portal (as an API client would say which portal it means). */
  get headers(): Record<string, string> {
    return { 'x-habite-portal': this.portal.slug };
  }

  async development2(name = `Loteamento ${next()}`, options: Partial<Development> = {}): Promise<Development> {
    const development = this.em.create(Development, { company: this.company, name, ...options });
    this.portal.developments.add(development);
    await this.em.flush();
    return development;
  }

  async unit(options: { development?: Development; block?: Block | null; stage?: Stage | null; name?: string } = {}): Promise<Unit> {
    const development = options.development ?? this.development;
    const unit = this.em.create(Unit, {
      development,
      block: options.block === undefined ? (development === this.development ? this.block : null) : options.block,
      stage: options.stage === undefined ? (development === this.development ? this.stage : null) : options.stage,
      name: options.name ?? `Apto ${next()}`,
    });
    await this.em.flush();
    return unit;
  }

  /** A customer with a login (password known); `client()` signs them in to this portal. */
  async customer(options: { name?: string; loginActive?: boolean } = {}) {
    const customer = this.em.create(Customer, { company: this.company, name: options.name ?? `Cliente ${next()}`, document: aCpf(), email: `c${next()}@teste.dev` });
    const password = `senha-${next()}-1`;
    const account = this.em.create(Account, {
      company: this.company, kind: AccountKind.CUSTOMER, name: customer.name, email: customer.email!, document: customer.document, customer,
      passwordHash: await this.server.services.hasher.hash(password), loginActive: options.loginActive ?? true,
    });
    await this.em.flush();
    const server = this.server;
    const headers = this.headers;
    return {
      customer, account, password,
      async client(extraHeaders: Record<string, string> = {}) {
        const client = new GraphQLClient(server.url, { app: 'client', headers: { ...headers, ...extraHeaders } });
        await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, { i: { login: account.email, password } });
        return client;
      },
    };
  }

  /** A member of staff, signed in to the admin app; `developments`: limited to these (R-OPS-4). */
  async staff(role: StaffRole = StaffRole.ADMIN, options: { developments?: Development[]; permissions?: StaffPermission[] } = {}) {
    const password = `equipe-${next()}-1`;
    const account = this.em.create(Account, {
      company: this.company, kind: AccountKind.STAFF, name: `Equipe ${next()}`, email: `s${next()}@equipe.dev`, staffRole: role,
      passwordHash: await this.server.services.hasher.hash(password), permissions: options.permissions ?? [],
    });
    account.developments.set(options.developments ?? []);
    await this.em.flush();
    const client = new GraphQLClient(this.server.url, { app: 'admin' });
    await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, { i: { login: account.email, password, kind: 'STAFF' } });
    return { account, client };
  }

  async syndic(development = this.development) {
    const syndic = this.em.create(Syndic, { company: this.company, development, name: `Síndico ${next()}` });
    const password = `sindico-${next()}-1`;
    const account = this.em.create(Account, {
      company: this.company, kind: AccountKind.SYNDIC, name: syndic.name, email: `y${next()}@teste.dev`, syndic,
      passwordHash: await this.server.services.hasher.hash(password),
    });
    await this.em.flush();
    const server = this.server;
    const headers = this.headers;
    return {
      syndic, account, password,
      async client() {
        const client = new GraphQLClient(server.url, { app: 'client', headers });
        await client.ok(`mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`, { i: { login: account.email, password, kind: 'SYNDIC' } });
        return client;
      },
    };
  }

  async reservation(unit: Unit, holder: Customer, status = ReservationStatus.SOLD, associates: { customer: Customer; type: AssociationType }[] = []) {
    const reservation = this.em.create(Reservation, { unit, holder, status });
    for (const a of associates) this.em.create(ReservationAssociate, { reservation, customer: a.customer, associationType: a.type });
    await this.em.flush();
    return reservation;
  }

  /** A unit sold to `holder`, in one go. */
  async soldUnit(holder: Customer, options: Parameters<World['unit']>[0] = {}) {
    const unit = await this.unit(options);
    const reservation = await this.reservation(unit, holder);
    return { unit, reservation };
  }

  async contract(reservation: Reservation, options: { signed?: boolean; validated?: boolean; type?: ContractType; title?: string } = {}) {
    const contract = this.em.create(Contract, {
      reservation, type: options.type ?? this.types.sale, title: options.title ?? `Contrato ${next()}`,
      signed: options.signed ?? true, validated: options.validated ?? true,
    });
    await this.em.flush();
    return contract;
  }

  async commonArea(name = 'Salão de festas', development = this.development) {
    const area = this.em.create(CommonArea, { development, name });
    await this.em.flush();
    return area;
  }

  async location(name = 'Cozinha', development = this.development) {
    const location = this.em.create(Location, { development, name });
    await this.em.flush();
    return location;
  }

  /** A request written directly (for states the API reaches only over time, e.g. finished long ago). */
  async request(options: {
    openedBy: Account; unit?: Unit | null; commonArea?: CommonArea | null; kind?: RequestKind;
    status?: WorkflowStatus; finishedAt?: Date | null; createdAt?: Date;
  }) {
    const kind = options.kind ?? RequestKind.SERVICE;
    const status = options.status ?? (kind === RequestKind.SERVICE ? this.statuses.open : this.statuses.aOpen);
    const subsubject = kind === RequestKind.SERVICE ? this.subsubjects.service : this.subsubjects.assistance;
    const [{ request_seq: number }] = await this.em.getConnection().execute<{ request_seq: number }[]>(
      `update company set request_seq = request_seq + 1 where id = ? returning request_seq`, [this.company.id],
    );
    const at = options.createdAt ?? new Date();
    const request = this.em.create(Request, {
      company: this.company, number: number!, kind, development: options.unit?.development ?? options.commonArea?.development ?? this.development,
      unit: options.unit ?? null, commonArea: options.commonArea ?? null, subject: subsubject.subject, subsubject, status,
      openedBy: options.openedBy, description: 'Descrição do pedido', createdAt: at, updatedAt: at, finishedAt: options.finishedAt ?? null,
    });
    this.em.create(RequestStatusChange, { request, toStatus: status, changedBy: options.openedBy, at });
    await this.em.flush();
    return request;
  }

  /** Many requests on one unit in one flush (for volume tests), numbered after the company's last one. */
  async manyRequests(count: number, options: { openedBy: Account; unit: Unit }) {
    const [{ request_seq: last }] = await this.em.getConnection().execute<{ request_seq: number }[]>(
      `update company set request_seq = request_seq + ? where id = ? returning request_seq`, [count, this.company.id],
    );
    for (let i = 0; i < count; i++) {
      const kind = i % 2 ? RequestKind.ASSISTANCE : RequestKind.SERVICE;
      const subsubject = kind === RequestKind.SERVICE ? this.subsubjects.service : this.subsubjects.assistance;
      this.em.create(Request, {
        company: this.company, number: last! - count + i + 1, kind, development: options.unit.development, unit: options.unit,
        subject: subsubject.subject, subsubject, status: kind === RequestKind.SERVICE ? this.statuses.open : this.statuses.aOpen,
        openedBy: options.openedBy, description: 'Pedido', createdAt: new Date(Date.now() - i * 1000), updatedAt: new Date(),
      });
    }
    await this.em.flush();
  }

  /** A stored PDF (bytes in the server's file store) attached to `ownerId`; null: an upload not attached yet, by `createdBy`. */
  async storedFile(kind: FileOwnerKind, ownerId: string | null, options: { name?: string; createdBy?: Account | null } = {}) {
    const name = options.name ?? `Documento ${next()}`;
    const bytes = minimalPdf(name, ['Arquivo de teste.']);
    const file = this.em.create(StoredFile, {
      company: this.company, ownerKind: kind, ownerId, name: `${name}.pdf`, contentType: 'application/pdf', size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'), createdBy: options.createdBy ?? null,
    });
    await this.server.services.files.store.put(file.id, bytes);
    await this.em.flush();
    return { file, bytes };
  }

  /** A contract's document (SPEC §4: served to whoever sees the contract). */
  contractDocument(contract: Contract, name?: string) {
    return this.storedFile(FileOwnerKind.CONTRACT_DOCUMENT, contract.id, { name });
  }

  /** A syndic file (R-REQ-10) of a development or of one syndic, with its stored PDF. */
  async syndicFile(owner: { development: Development } | { syndic: Syndic }, name = `Arquivo ${next()}`) {
    const row = this.em.create(SyndicFile, { ...owner, name });
    await this.em.flush();
    const { file, bytes } = await this.storedFile(FileOwnerKind.SYNDIC_FILE, row.id, { name });
    return { row, file, bytes };
  }

  async bindDomain(hostname: string, developments: Development[]) {
    const domain = this.em.create(PortalDomain, { portal: this.portal, hostname });
    domain.developments.set(developments);
    await this.em.flush();
    return domain;
  }

  /**
   * The ERP's five codes of a sale (R-FIN-1), given to the company, development, unit, holder and
   * reservation when they have none yet; a financial record carries these unless told otherwise.
   */
  async saleCodes(reservation: Reservation) {
    const em = this.em;
    await em.populate(reservation, ['unit.development', 'holder']);
    const unit = reservation.unit;
    this.company.erpCode ??= `EMP-${next()}`;
    unit.development.erpCode ??= `OBRA-${next()}`;
    unit.erpCode ??= `UN-${next()}`;
    reservation.holder.erpCode ??= `CLI-${next()}`;
    reservation.erpCode ??= `VENDA-${next()}`;
    await em.flush();
    return {
      companyCode: this.company.erpCode, developmentCode: unit.development.erpCode, unitCode: unit.erpCode,
      customerCode: reservation.holder.erpCode, saleCode: reservation.erpCode,
    };
  }

  /** An installment plan of a sale with its installments (money in cents, dates aaaa-mm-dd); `codes` overrides the ERP codes they carry. */
  async plan(reservation: Reservation, options: {
    series?: string;
    installments: { dueDate: string; amountCents: number; paidAt?: string | null; paidCents?: number | null }[];
    codes?: Partial<Awaited<ReturnType<World['saleCodes']>>>;
  }) {
    const codes = { ...(await this.saleCodes(reservation)), ...options.codes };
    const now = new Date();
    const plan = this.em.create(InstallmentPlan, { company: this.company, reservation, erpCode: `PL-${next()}`, series: options.series ?? 'Mensais', ...codes, createdAt: now, updatedAt: now });
    const installments = options.installments.map((i, n) => this.em.create(Installment, {
      company: this.company, plan, erpCode: `PC-${next()}`, number: n + 1, dueDate: i.dueDate, amountCents: i.amountCents,
      paidCents: i.paidAt ? (i.paidCents ?? i.amountCents) : null, paidAt: i.paidAt ?? null, ...codes, createdAt: now, updatedAt: now,
    }));
    await this.em.flush();
    return { plan, installments };
  }

  /** A bill: of an installment (its sale's codes), or standalone of a sale; a valid linha digitável for its due date and amount. */
  async bill(of: { installment: Installment } | { reservation: Reservation }, options: {
    dueDate?: string; amountCents?: number; status?: BillStatus; supersededBy?: Bill | null; pixCode?: string | null; payer?: BillPayer;
    codes?: Partial<Awaited<ReturnType<World['saleCodes']>>>;
  } = {}) {
    const installment = 'installment' in of ? of.installment : null;
    if (installment) await this.em.populate(installment, ['plan.reservation']);
    const reservation = installment ? installment.plan.reservation! : (of as { reservation: Reservation }).reservation;
    const codes = { ...(await this.saleCodes(reservation)), ...options.codes };
    const dueDate = options.dueDate ?? installment?.dueDate ?? '2027-01-10';
    const amountCents = options.amountCents ?? installment?.amountCents ?? 100_000;
    const now = new Date();
    const bill = this.em.create(Bill, {
      company: this.company, erpCode: `BL-${next()}`, installment, reservation: installment ? null : reservation, customer: reservation.holder,
      dueDate, amountCents, digitableLine: buildDigitableLine({ bankCode: '001', freeField: String(seq * 7919).padStart(25, '0').slice(-25), dueDate, amountCents }).digits,
      pixCode: options.pixCode ?? null, status: options.status ?? BillStatus.OPEN, supersededBy: options.supersededBy ?? null,
      payer: options.payer ?? BillPayer.CUSTOMER, ...codes, createdAt: now, updatedAt: now,
    });
    await this.em.flush();
    return bill;
  }

  async update<T extends object>(entity: T, patch: Partial<T>) {
    Object.assign(entity, patch);
    await this.em.flush();
    return entity;
  }
}

export { FileOwnerKind, ReservationStatus, RequestKind, StaffPermission, StaffRole };
