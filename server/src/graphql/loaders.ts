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

/** Loads rows of one entity by id, one query per batch, in the request's own EntityManager. */
function byId<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = (await em.find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Loads the rows of a child entity for many parents at once, grouped by parent id. */
function childrenOf<T>(em: EntityManager, entity: EntityClass<T>, parent: string, orderBy: Record<string, 'asc' | 'desc'>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = (await em.find(entity as never, { [parent]: { $in: [...ids] } } as never, { orderBy } as never)) as T[];
    const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) grouped.get((row as Record<string, { id: string }>)[parent]!.id)?.push(row);
    return ids.map((id) => grouped.get(id)!);
  });
}

/** Loads, for many parents at once, the ids on the other side of a many-to-many pivot table. */
function pivot(em: EntityManager, table: string, from: string, to: string) {
  return new DataLoader<string, string[]>(async (ids) => {
    const rows = await execute<Record<string, string>>(em, `select ${from}, ${to} from ${table} where ${from} in (${ids.map(() => '?').join(', ')})`, [...ids]);
    return ids.map((id) => rows.filter((r) => r[from] === id).map((r) => r[to]!));
  });
}

/**
 * Primes a loader with records a statement already read whole (a rule query's joined rows), so
 * the field resolvers that ask for them find them without another statement.
 */
export function prime<T extends { id: string }>(loader: DataLoader<string, T | null>, records: Iterable<T | null | undefined>): void {
  for (const record of records) if (record) loader.prime(record.id, record);
}

/** Fresh loaders per HTTP request and per WebSocket operation: nothing cached across viewers. */
export function createLoaders(em: EntityManager) {
  const scoped = new Map<string, DataLoader<string, unknown>>();
  const development = byId(em, Development);
  const developmentsVia = (ids: DataLoader<string, string[]>) =>
    new DataLoader<string, Development[]>(async (parents) => {
      const lists = await ids.loadMany([...parents]);
      const all = await development.loadMany([...new Set(lists.flatMap((l) => (Array.isArray(l) ? l : [])))]);
      const found = new Map(all.flatMap((d) => (d && !(d instanceof Error) ? [[d.id, d] as const] : [])));
      return lists.map((l) => (Array.isArray(l) ? l.flatMap((id) => found.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'pt-BR')) : []));
    });
  return {
    account: byId(em, Account),
    company: byId(em, Company),
    customer: byId(em, Customer),
    syndic: byId(em, Syndic),
    development,
    block: byId(em, Block),
    stage: byId(em, Stage),
    unit: byId(em, Unit),
    location: byId(em, Location),
    commonArea: byId(em, CommonArea),
    contractType: byId(em, ContractType),
    subject: byId(em, Subject),
    subsubject: byId(em, Subsubject),
    workflowStatus: byId(em, WorkflowStatus),
    reservation: byId(em, Reservation),
    associationType: byId(em, AssociationType),
    requestHistory: childrenOf(em, RequestStatusChange, 'request', { at: 'asc' }),
    subsubjectsOfSubject: childrenOf(em, Subsubject, 'subject', { name: 'asc' }),
    statusesOfWorkflow: childrenOf(em, WorkflowStatus, 'workflow', { position: 'asc', name: 'asc' }),
    blocksOfDevelopment: childrenOf(em, Block, 'development', { name: 'asc' }),
    stagesOfDevelopment: childrenOf(em, Stage, 'development', { name: 'asc' }),
    commonAreasOfDevelopment: childrenOf(em, CommonArea, 'development', { name: 'asc' }),
    locationsOfDevelopment: childrenOf(em, Location, 'development', { name: 'asc' }),
    syndicsOfDevelopment: childrenOf(em, Syndic, 'development', { name: 'asc' }),
    contractsOfReservation: childrenOf(em, Contract, 'reservation', { createdAt: 'asc' }),
    accountsOfCustomer: childrenOf(em, Account, 'customer', { createdAt: 'asc' }),
    reservationsOfHolder: childrenOf(em, Reservation, 'holder', { createdAt: 'asc' }),
    associationsOfCustomer: childrenOf(em, ReservationAssociate, 'customer', { id: 'asc' }),
    customFieldsOfCompany: childrenOf(em, CustomField, 'company', { position: 'asc', label: 'asc' }),
    developmentsOfPortal: developmentsVia(pivot(em, 'portal_development', 'portal_id', 'development_id')),
    developmentsOfStaff: developmentsVia(pivot(em, 'staff_development', 'account_id', 'development_id')),
    syndicFilesOfDevelopment: childrenOf(em, SyndicFile, 'development', { name: 'asc' }),
    syndicFilesOfSyndic: childrenOf(em, SyndicFile, 'syndic', { name: 'asc' }),
    /** The stored file attached to an owner, keyed `KIND:ownerId` (the newest, where a kind keeps one per owner). */
    storedFileOfOwner: new DataLoader<`${FileOwnerKind}:${string}`, StoredFile | null>(async (keys) => {
      const pairs = keys.map((k) => k.split(':') as [FileOwnerKind, string]);
      const rows = await em.find(StoredFile, { $or: [...new Set(pairs.map(([kind]) => kind))].map((kind) => ({ ownerKind: kind, ownerId: { $in: pairs.filter(([k]) => k === kind).map(([, id]) => id) } })) }, { orderBy: { createdAt: 'desc' } });
      return pairs.map(([kind, id]) => rows.find((f) => f.ownerKind === kind && f.ownerId === id) ?? null);
    }),
    contractsOfReservationUnits: new DataLoader<string, Contract[]>(async (unitIds) => {
      const rows = await em.find(Contract, { reservation: { unit: { $in: [...unitIds] } } }, { populate: ['reservation'], orderBy: { createdAt: 'asc' } });
      return unitIds.map((id) => rows.filter((c) => c.reservation.unit.id === id));
    }),
    /** A loader whose batch depends on the viewer (visibility rules): built once per request under `name`. */
    scoped<V>(name: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
      if (!scoped.has(name)) scoped.set(name, make() as DataLoader<string, unknown>);
      return scoped.get(name) as DataLoader<string, V>;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
