import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import sharp from 'sharp';
import { Account } from '../modules/auth/account.entity.js';
import { StaffRole } from '../modules/auth/account.enums.js';
import { Block } from '../modules/developments/block.entity.js';
import { Development } from '../modules/developments/development.entity.js';
import { thumbnailKey, type FileStore } from '../modules/files/file-store.js';
import { processImage } from '../modules/files/image-pipeline.js';
import { FileOwnerKind, StoredFile } from '../modules/files/stored-file.entity.js';
import { saoPauloDate } from '../modules/finance/finance-words.js';
import { ScheduleTask } from '../modules/works/schedule-task.entity.js';
import { WorkLogEntry, type LabourLine } from '../modules/works/work-log-entry.entity.js';
import { WorkLogStatus, WorkWeather } from '../modules/works/work-log.enums.js';

const DAY = 86_400_000;

/** A small real photo: a sky-to-concrete gradient with a caption drawn over it (SVG overlay), as JPEG. */
async function demoPhoto(caption: string, hue: number): Promise<Buffer> {
  const width = 960;
  const height = 720;
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue}, 60%, 70%)"/><stop offset="0.55" stop-color="hsl(${hue}, 35%, 55%)"/><stop offset="1" stop-color="hsl(30, 10%, 45%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect x="120" y="260" width="720" height="380" fill="hsl(30, 8%, 62%)" stroke="#333" stroke-width="6"/>
    ${[0, 1, 2, 3].map((i) => `<line x1="120" y1="${355 + i * 95}" x2="840" y2="${355 + i * 95}" stroke="#444" stroke-width="4"/>`).join('')}
    <rect x="0" y="${height - 110}" width="${width}" height="110" fill="rgba(0,0,0,0.6)"/>
    <text x="40" y="${height - 45}" font-family="sans-serif" font-size="42" fill="#fff">${escape(caption)}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

interface DemoEntry {
  daysAgo: number;
  status: WorkLogStatus;
  weather: WorkWeather;
  occurrences: string;
  labour: LabourLine[];
  tower?: boolean;
  photos?: string[];
  reviewNote?: string;
}

const crew = (pedreiros: number, serventes: number, extra: LabourLine[] = []): LabourLine[] => [{ role: 'Pedreiro', headcount: pedreiros }, { role: 'Servente', headcount: serventes }, ...extra];

/** Residencial Jardins: about four months of the diary, most approved, some in review, one rejected, one draft; some of Torre A only. */
const JARDINS: DemoEntry[] = [
  { daysAgo: 118, status: WorkLogStatus.APPROVED, weather: WorkWeather.SUNNY, occurrences: 'Concretagem das estacas da Torre A concluída.', labour: crew(8, 6, [{ role: 'Operador de bate-estaca', headcount: 2 }]), photos: ['Estacas da Torre A'] },
  { daysAgo: 104, status: WorkLogStatus.APPROVED, weather: WorkWeather.CLOUDY, occurrences: 'Blocos de fundação e baldrames.', labour: crew(10, 8, [{ role: 'Armador', headcount: 4 }]) },
  { daysAgo: 90, status: WorkLogStatus.APPROVED, weather: WorkWeather.RAINY, occurrences: 'Chuva forte pela manhã: concretagem do baldrame adiada para amanhã. Canteiro drenado à tarde.', labour: crew(6, 6), photos: ['Canteiro após a chuva'] },
  { daysAgo: 76, status: WorkLogStatus.APPROVED, weather: WorkWeather.SUNNY, occurrences: 'Início da estrutura: pilares do térreo da Torre A.', labour: crew(9, 7, [{ role: 'Carpinteiro', headcount: 5 }, { role: 'Armador', headcount: 4 }]), tower: true, photos: ['Pilares do térreo', 'Fôrmas da laje'] },
  { daysAgo: 62, status: WorkLogStatus.APPROVED, weather: WorkWeather.SUNNY, occurrences: 'Laje do 1º pavimento concretada (42 m³).', labour: crew(10, 8, [{ role: 'Carpinteiro', headcount: 6 }]), tower: true, photos: ['Laje do 1º pavimento'] },
  { daysAgo: 48, status: WorkLogStatus.APPROVED, weather: WorkWeather.STORMY, occurrences: 'Temporal à tarde: trabalhos em altura suspensos por segurança às 14h.', labour: crew(7, 5) },
  { daysAgo: 34, status: WorkLogStatus.APPROVED, weather: WorkWeather.CLOUDY, occurrences: 'Laje do 2º pavimento da Torre A concretada. A estrutura segue com atraso por causa das chuvas do mês.', labour: crew(10, 8, [{ role: 'Carpinteiro', headcount: 6 }]), tower: true, photos: ['Laje do 2º pavimento'] },
  { daysAgo: 20, status: WorkLogStatus.REJECTED, weather: WorkWeather.SUNNY, occurrences: 'Entrega de material.', labour: crew(4, 4), photos: ['Foto de outra obra'], reviewNote: 'A foto não é desta obra; refaça o registro com as fotos do dia.' },
  { daysAgo: 13, status: WorkLogStatus.APPROVED, weather: WorkWeather.SUNNY, occurrences: 'Início da alvenaria do térreo; estrutura do 3º pavimento em andamento.', labour: crew(12, 9, [{ role: 'Carpinteiro', headcount: 5 }]), photos: ['Alvenaria do térreo', 'Estrutura do 3º pavimento'] },
  { daysAgo: 6, status: WorkLogStatus.IN_REVIEW, weather: WorkWeather.CLOUDY, occurrences: 'Instalações elétricas embutidas nas paredes do térreo.', labour: crew(6, 4, [{ role: 'Eletricista', headcount: 3 }]), tower: true, photos: ['Eletrodutos do térreo'] },
  { daysAgo: 2, status: WorkLogStatus.IN_REVIEW, weather: WorkWeather.RAINY, occurrences: 'Chuva fina: alvenaria interna seguiu normalmente.', labour: crew(10, 7) },
  { daysAgo: 0, status: WorkLogStatus.DRAFT, weather: WorkWeather.SUNNY, occurrences: 'Rascunho do dia (em preenchimento).', labour: crew(11, 8) },
];

/** Obra Casa Silva (a cost-plus work): a short diary in every status. */
const OBRA: DemoEntry[] = [
  { daysAgo: 40, status: WorkLogStatus.APPROVED, weather: WorkWeather.SUNNY, occurrences: 'Fundação da casa concluída.', labour: crew(4, 3), photos: ['Fundação da Casa Silva'] },
  { daysAgo: 15, status: WorkLogStatus.APPROVED, weather: WorkWeather.CLOUDY, occurrences: 'Paredes do pavimento térreo levantadas.', labour: crew(5, 3) },
  { daysAgo: 8, status: WorkLogStatus.REJECTED, weather: WorkWeather.RAINY, occurrences: 'Registro duplicado.', labour: crew(2, 2), reviewNote: 'Duplicado do dia anterior.' },
  { daysAgo: 3, status: WorkLogStatus.IN_REVIEW, weather: WorkWeather.SUNNY, occurrences: 'Cobertura: madeiramento do telhado.', labour: crew(3, 2, [{ role: 'Carpinteiro', headcount: 2 }]) },
  { daysAgo: 0, status: WorkLogStatus.DRAFT, weather: WorkWeather.CLOUDY, occurrences: 'Rascunho.', labour: crew(3, 2) },
];

/**
 * SPEC §16 for the works (R-WORK-1, R-WORK-2): Residencial Jardins' Torre A with a diary of about
 * four months (approved, in review, rejected and draft entries, real small photos generated here)
 * and a schedule with one stage late (Estrutura); Obra Casa Silva with a diary in every status and
 * a schedule on time. Runs inside the demo's transaction, after its records are flushed.
 */
export async function seedWorks(em: EntityManager, store: FileStore, now: Date, companyId: string): Promise<void> {
  const jardins = await em.findOneOrFail(Development, { company: companyId, name: 'Residencial Jardins' });
  const obra = await em.findOneOrFail(Development, { company: companyId, name: 'Obra Casa Silva' });
  const torreA = await em.findOneOrFail(Block, { development: jardins, name: 'Torre A' });
  const writer = await em.findOneOrFail(Account, { company: companyId, staffRole: StaffRole.MANAGER }, { orderBy: { createdAt: 'asc' } });
  const reviewer = await em.findOneOrFail(Account, { company: companyId, staffRole: StaffRole.ADMIN }, { orderBy: { createdAt: 'asc' } });
  const day = (daysAgo: number) => saoPauloDate(new Date(now.getTime() - daysAgo * DAY));
  let hue = 190;

  const diary = async (development: Development, entries: DemoEntry[]) => {
    for (const e of entries) {
      const reviewed = e.status === WorkLogStatus.APPROVED || e.status === WorkLogStatus.REJECTED;
      const at = new Date(now.getTime() - e.daysAgo * DAY);
      const entry = em.create(WorkLogEntry, {
        development, block: e.tower ? torreA : null, date: day(e.daysAgo), status: e.status, weather: e.weather, occurrences: e.occurrences, labour: e.labour,
        reviewNote: e.reviewNote ?? null, reviewedAt: reviewed ? at : null, reviewedBy: reviewed ? reviewer : null, createdBy: writer, createdAt: at, updatedAt: at,
      });
      for (const caption of e.photos ?? []) {
        const image = await processImage(await demoPhoto(`${caption} · ${day(e.daysAgo).split('-').reverse().join('/')}`, (hue += 23) % 360));
        const file = em.create(StoredFile, {
          company: companyId, ownerKind: FileOwnerKind.WORK_LOG_PHOTO, ownerId: entry.id, name: `${caption}.jpg`, contentType: image.type.contentType,
          size: image.bytes.length, sha256: createHash('sha256').update(image.bytes).digest('hex'), width: image.width, height: image.height,
          thumbnailSize: image.thumbnail.length, createdBy: writer, createdAt: at,
        });
        await store.put(file.id, image.bytes);
        await store.put(thumbnailKey(file.id), image.thumbnail);
      }
    }
  };
  await diary(jardins, JARDINS);
  await diary(obra, OBRA);

  // The schedules: Jardins with Estrutura 12 days late (and nothing else late); Casa Silva on time.
  const task = (development: Development, position: number, name: string, plannedStart: number, plannedEnd: number, weight: number, progress: number, actual?: { start: number; end?: number }) =>
    em.create(ScheduleTask, {
      development, position, name, plannedStart: day(-plannedStart), plannedEnd: day(-plannedEnd), weight, progress: actual?.end !== undefined ? 100 : progress,
      actualStart: actual ? day(-actual.start) : null, actualEnd: actual?.end !== undefined ? day(-actual.end) : null, createdAt: now, updatedAt: now,
    });
  // Offsets in days from today (negative: past).
  task(jardins, 0, 'Fundação', -130, -80, 15, 100, { start: -128, end: -80 });
  task(jardins, 1, 'Estrutura', -80, -12, 30, 75, { start: -78 });
  task(jardins, 2, 'Alvenaria', -15, 60, 20, 15, { start: -13 });
  task(jardins, 3, 'Instalações', 20, 120, 15, 0);
  task(jardins, 4, 'Acabamento', 100, 200, 15, 0);
  task(jardins, 5, 'Entrega', 200, 230, 5, 0);
  task(obra, 0, 'Fundação', -60, -38, 20, 100, { start: -60, end: -40 });
  task(obra, 1, 'Alvenaria', -38, 5, 30, 90, { start: -37 });
  task(obra, 2, 'Cobertura', 0, 30, 20, 10, { start: -3 });
  task(obra, 3, 'Acabamento', 30, 90, 30, 0);
}
