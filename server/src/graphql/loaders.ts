import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Account } from '../modules/auth/account.entity.js';
import { Company } from '../modules/company/company.entity.js';
import { Contract } from '../modules/contracts/contract.entity.js';
import { ContractType } from '../modules/contracts/contract-type.entity.js';
import { Customer } from '../modules/customers/customer.entity.js';
import { Block } from '../modules/developments/block.entity.js';
import { CommonArea } from '../modules/developments/common-area.entity.js';
import { Development } from '../modules/developments/development.entity.js';
import { Location } from '../modules/developments/location.entity.js';
import { Stage } from '../modules/developments/stage.entity.js';
import { Unit } from '../modules/developments/unit.entity.js';
import { RequestMessage } from '../modules/requests/request-message.entity.js';
import { Workflow } from '../modules/requests/workflow.entity.js';
import { RequestStatusChange } from '../modules/requests/request-status-change.entity.js';
import { Subject } from '../modules/requests/subject.entity.js';
import { Subsubject } from '../modules/requests/subsubject.entity.js';
import { WorkflowStatus } from '../modules/requests/workflow-status.entity.js';
import { AssociationType } from '../modules/customers/association-type.entity.js';
import { Reservation } from '../modules/customers/reservation.entity.js';
import { ReservationAssociate } from '../modules/customers/reservation-associate.entity.js';
import { CustomField } from '../modules/data-changes/custom-field.entity.js';
import { Syndic } from '../modules/syndics/syndic.entity.js';
import { SyndicFile } from '../modules/syndics/syndic-file.entity.js';
import { FileOwnerKind, StoredFile } from '../modules/files/stored-file.entity.js';
import { execute } from '../modules/visibility/sql.js';

type EntityClass<T> = { new (...args: never[]): T };

/** The request's EntityManager, asked for only when a batch runs. */
type Em = () => EntityManager;

/** Loads rows of one entity by id, one query per batch, in the request's own EntityManager. */
function byId<T extends { id: string }>(em: Em, entity: EntityClass<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = (await em().find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Loads the rows of a child entity for many parents at once, grouped by parent id. */
function childrenOf<T>(em: Em, entity: EntityClass<T>, parent: string, orderBy: Record<string, 'asc' | 'desc'>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = (await em().find(entity as never, { [parent]: { $in: [...ids] } } as never, { orderBy } as never)) as T[];
    const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) grouped.get((row as Record<string, { id: string }>)[parent]!.id)?.push(row);
    return ids.map((id) => grouped.get(id)!);
  });
}

/** Loads, for many parents at once, the ids on the other side of a many-to-many pivot table. */
function pivot(em: Em, table: string, from: string, to: string) {
  return new DataLoader<string, string[]>(async (ids) => {
    const rows = await execute<Record<string, string>>(em(), `select ${from}, ${to} from ${table} where ${from} in (${ids.map(() => '?').join(', ')})`, [...ids]);
    return ids.map((id) => rows.filter((r) => r[from] === id).map((r) => r[to]!));
  });
}

/** Development lists through a pivot (a portal's, a staff member's), by name. */
function developmentsVia(development: DataLoader<string, Development | null>, ids: DataLoader<string, string[]>) {
  return new DataLoader<string, Development[]>(async (parents) => {
    const lists = await ids.loadMany([...parents]);
    const all = await development.loadMany([...new Set(lists.flatMap((l) => (Array.isArray(l) ? l : [])))]);
    const found = new Map(all.flatMap((d) => (d && !(d instanceof Error) ? [[d.id, d] as const] : [])));
    return lists.map((l) => (Array.isArray(l) ? l.flatMap((id) => found.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'pt-BR')) : []));
  });
}

/** What a loader may take from its siblings. */
interface WithDevelopments {
  readonly development: DataLoader<string, Development | null>;
}

/** Every loader a request may use, each made the first time it is asked for. */
const LOADERS = {
  account: (em: Em) => byId(em, Account),
  company: (em: Em) => byId(em, Company),
  customer: (em: Em) => byId(em, Customer),
  syndic: (em: Em) => byId(em, Syndic),
  development: (em: Em) => byId(em, Development),
  block: (em: Em) => byId(em, Block),
  stage: (em: Em) => byId(em, Stage),
  unit: (em: Em) => byId(em, Unit),
  location: (em: Em) => byId(em, Location),
  commonArea: (em: Em) => byId(em, CommonArea),
  contractType: (em: Em) => byId(em, ContractType),
  subject: (em: Em) => byId(em, Subject),
  subsubject: (em: Em) => byId(em, Subsubject),
  workflowStatus: (em: Em) => byId(em, WorkflowStatus),
  reservation: (em: Em) => byId(em, Reservation),
  associationType: (em: Em) => byId(em, AssociationType),
  requestHistory: (em: Em) => childrenOf(em, RequestStatusChange, 'request', { at: 'asc' }),
  requestMessages: (em: Em) => childrenOf(em, RequestMessage, 'request', { createdAt: 'asc', id: 'asc' }),
  workflow: (em: Em) => byId(em, Workflow),
  /** A request's or a message's photos (REQUEST_PHOTO owned by it), oldest first. */
  requestPhotos: (em: Em) => new DataLoader<string, StoredFile[]>(async (owners) => {
    const files = await em().find(StoredFile, { ownerKind: FileOwnerKind.REQUEST_PHOTO, ownerId: { $in: [...owners] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return owners.map((owner) => files.filter((f) => f.ownerId === owner));
  }),
  subsubjectsOfSubject: (em: Em) => childrenOf(em, Subsubject, 'subject', { name: 'asc' }),
  statusesOfWorkflow: (em: Em) => childrenOf(em, WorkflowStatus, 'workflow', { position: 'asc', name: 'asc' }),
  blocksOfDevelopment: (em: Em) => childrenOf(em, Block, 'development', { name: 'asc' }),
  stagesOfDevelopment: (em: Em) => childrenOf(em, Stage, 'development', { name: 'asc' }),
  commonAreasOfDevelopment: (em: Em) => childrenOf(em, CommonArea, 'development', { name: 'asc' }),
  locationsOfDevelopment: (em: Em) => childrenOf(em, Location, 'development', { name: 'asc' }),
  syndicsOfDevelopment: (em: Em) => childrenOf(em, Syndic, 'development', { name: 'asc' }),
  contractsOfReservation: (em: Em) => childrenOf(em, Contract, 'reservation', { createdAt: 'asc' }),
  accountsOfCustomer: (em: Em) => childrenOf(em, Account, 'customer', { createdAt: 'asc' }),
  reservationsOfHolder: (em: Em) => childrenOf(em, Reservation, 'holder', { createdAt: 'asc' }),
  associationsOfCustomer: (em: Em) => childrenOf(em, ReservationAssociate, 'customer', { id: 'asc' }),
  customFieldsOfCompany: (em: Em) => childrenOf(em, CustomField, 'company', { position: 'asc', label: 'asc' }),
  developmentsOfPortal: (em: Em, all: WithDevelopments) => developmentsVia(all.development, pivot(em, 'portal_development', 'portal_id', 'development_id')),
  developmentsOfStaff: (em: Em, all: WithDevelopments) => developmentsVia(all.development, pivot(em, 'staff_development', 'account_id', 'development_id')),
  syndicFilesOfDevelopment: (em: Em) => childrenOf(em, SyndicFile, 'development', { name: 'asc' }),
  syndicFilesOfSyndic: (em: Em) => childrenOf(em, SyndicFile, 'syndic', { name: 'asc' }),
  /** The stored file attached to an owner, keyed `KIND:ownerId` (the newest, where a kind keeps one per owner). */
  storedFileOfOwner: (em: Em) => new DataLoader<`${FileOwnerKind}:${string}`, StoredFile | null>(async (keys) => {
    const pairs = keys.map((k) => k.split(':') as [FileOwnerKind, string]);
    const rows = await em().find(StoredFile, { $or: [...new Set(pairs.map(([kind]) => kind))].map((kind) => ({ ownerKind: kind, ownerId: { $in: pairs.filter(([k]) => k === kind).map(([, id]) => id) } })) }, { orderBy: { createdAt: 'desc' } });
    return pairs.map(([kind, id]) => rows.find((f) => f.ownerKind === kind && f.ownerId === id) ?? null);
  }),
  contractsOfReservationUnits: (em: Em) => new DataLoader<string, Contract[]>(async (unitIds) => {
    const rows = await em().find(Contract, { reservation: { unit: { $in: [...unitIds] } } }, { populate: ['reservation'], orderBy: { createdAt: 'asc' } });
    return unitIds.map((id) => rows.filter((c) => c.reservation.unit.id === id));
  }),
};

type Made = { readonly [K in keyof typeof LOADERS]: ReturnType<(typeof LOADERS)[K]> };

/** Fresh loaders per HTTP request and per WebSocket operation: nothing cached across viewers, nothing made that is not used. */
class LoaderSet {
  private readonly made = new Map<string, unknown>();
  private readonly scopedLoaders = new Map<string, DataLoader<string, unknown>>();

  constructor(readonly em: Em) {}

  /** A loader whose batch depends on the viewer (visibility rules): built once per request under `name`. */
  scoped<V>(name: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
    if (!this.scopedLoaders.has(name)) this.scopedLoaders.set(name, make() as DataLoader<string, unknown>);
    return this.scopedLoaders.get(name) as DataLoader<string, V>;
  }

  static {
    for (const [name, make] of Object.entries(LOADERS)) {
      Object.defineProperty(LoaderSet.prototype, name, {
        get(this: LoaderSet) {
          let loader = this.made.get(name);
          if (!loader) this.made.set(name, (loader = (make as (em: Em, all: WithDevelopments) => unknown)(this.em, this as unknown as WithDevelopments)));
          return loader;
        },
      });
    }
  }
}

export type Loaders = LoaderSet & Made;

export const createLoaders = (em: Em): Loaders => new LoaderSet(em) as Loaders;
