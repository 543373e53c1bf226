import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../domain-errors.js';
import { parsePhone } from '../../input/brazil.js';
import type { AuditService } from '../audit/audit.service.js';
import { normalizeEmail } from '../auth/login-identifier.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { query } from '../visibility/sql.js';
import type { DataProtectionOfficer, DataProtectionOfficerInput } from './privacy.types.js';

interface Row { dpo_name: string | null; dpo_email: string | null; dpo_phone: string | null }

/** R-OPS-3: the company's data-protection officer (encarregado), or null when none is set. */
export async function readOfficer(em: EntityManager, companyId: string): Promise<DataProtectionOfficer | null> {
  const [row] = await query<Row>(em, `select dpo_name, dpo_email, dpo_phone from privacy_settings where company_id = cast(:company as uuid)`, { company: companyId });
  if (!row || (!row.dpo_name && !row.dpo_email && !row.dpo_phone)) return null;
  return { name: row.dpo_name, email: row.dpo_email, phone: row.dpo_phone };
}

/** R-OPS-3: sets the officer (validated: the e-mail and the phone as Brazilians write them; empty clears). Audited with before and after. */
export async function saveOfficer(em: EntityManager, audit: AuditService, staff: StaffViewer, input: DataProtectionOfficerInput, at: Date): Promise<DataProtectionOfficer> {
  const name = input.name?.trim() || null;
  if (name && name.length > 160) throw new BadInputError('name', 'O nome pode ter no máximo 160 caracteres.');
  const email = input.email?.trim() ? normalizeEmail(input.email, 'email') : null;
  const phone = input.phone?.trim() ? parsePhone(input.phone, 'phone') : null;
  if (!email && !phone && name) throw new BadInputError('email', 'Informe o e-mail ou o telefone do encarregado: é por onde os titulares falam com ele.');
  return em.transactional(async (tx) => {
    const [before] = await query<Row>(tx, `select dpo_name, dpo_email, dpo_phone from privacy_settings where company_id = cast(:company as uuid) for update`, { company: staff.companyId });
    await query(tx, `insert into privacy_settings (company_id, dpo_name, dpo_email, dpo_phone, updated_at) values (cast(:company as uuid), :name, :email, :phone, :at)
      on conflict (company_id) do update set dpo_name = excluded.dpo_name, dpo_email = excluded.dpo_email, dpo_phone = excluded.dpo_phone, updated_at = excluded.updated_at`,
    { company: staff.companyId, name, email, phone, at });
    const was = { dpoName: before?.dpo_name ?? null, dpoEmail: before?.dpo_email ?? null, dpoPhone: before?.dpo_phone ?? null };
    const now = { dpoName: name, dpoEmail: email, dpoPhone: phone };
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      audit.staffChange(tx, staff, { action: 'privacy.dpo.update', targetType: 'Company', targetId: staff.companyId, before: was, after: now });
    }
    return { name, email, phone };
  });
}
