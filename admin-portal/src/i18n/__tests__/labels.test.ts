/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enumsUsedBy, missingLabels } from '@shared/__tests__/enum-coverage';
import { actionLabel, AUDIT_ACTIONS, ENUM_LABELS, enumLabel, TARGET_TYPES } from '../labels';

/** The server's source files, tests and test helpers aside. */
function serverSources(dir = resolve(import.meta.dirname, '..', '..', '..', '..', 'server', 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' || name === 'test' ? [] : serverSources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every audit action the server writes: `action: '…'` literals, and `<Entity>.update` / `.create` from `audit.save(…, Entity, { load, create })`. */
function serverAudit(): { actions: Set<string>; targetTypes: Set<string> } {
  const actions = new Set<string>();
  const targetTypes = new Set<string>();
  for (const file of serverSources()) {
    const text = readFileSync(file, 'utf8');
    for (const [, expression] of text.matchAll(/\baction: ([^,}\n]+)/g)) {
      for (const [, action] of expression!.matchAll(/'([\w.]+)'/g)) actions.add(action!);
    }
    for (const [, type] of text.matchAll(/targetType: '(\w+)'/g)) targetTypes.add(type!);
    for (const call of text.matchAll(/audit\.save\(\s*[\w.]+,\s*\w+,\s*(\w+)/g)) {
      const entity = call[1]!;
      targetTypes.add(entity);
      actions.add(`${entity}.update`);
      const options = text.slice(call.index, text.indexOf('\n  }', call.index));
      if (/\bcreate:/.test(options)) actions.add(`${entity}.create`);
    }
  }
  return { actions, targetTypes };
}

describe('STYLE "Words": the admin app never shows a code', () => {
  it('every schema enum the app\'s generated types use has a label for each value in pt-BR and English', () => {
    const used = enumsUsedBy('admin-portal');
    expect([...used.keys()]).toEqual(expect.arrayContaining(['ReservationStatus', 'PortalMenu', 'StaffRole', 'FixScreen', 'DataChangeApproval', 'CustomFieldType']));
    expect(missingLabels(used, ENUM_LABELS)).toEqual([]);
  });

  it('every audit action and kind of object the server writes has a label in pt-BR and English', () => {
    const { actions, targetTypes } = serverAudit();
    expect(actions.size).toBeGreaterThan(30);
    expect(actions).toContain('viewAs.enter');
    expect(actions).toContain('Block.update');
    expect([...actions].filter((a) => !AUDIT_ACTIONS[a]?.['pt-BR'] || !AUDIT_ACTIONS[a]?.en)).toEqual([]);
    expect([...targetTypes].filter((type) => !TARGET_TYPES[type]?.['pt-BR'] || !TARGET_TYPES[type]?.en)).toEqual([]);
  });

  it('the issue\'s examples, and a fallback that never shows the code', () => {
    expect(enumLabel('pt-BR', 'ReservationStatus', 'SOLD')).toBe('Vendida');
    expect(enumLabel('en', 'ReservationStatus', 'SOLD')).toBe('Sold');
    expect(enumLabel('pt-BR', 'PortalMenu', 'SERVICE')).toBe('Atendimentos');
    expect(enumLabel('pt-BR', 'RequestKind', 'SERVICE')).toBe('Atendimento');
    expect(actionLabel('pt-BR', 'viewAs.enter')).toBe('Visualizou como cliente');
    expect(actionLabel('en', 'viewAs.enter')).toBe('Viewed as the customer');
    expect(enumLabel('pt-BR', 'ReservationStatus', 'ON_HOLD')).toBe('Outro');
    expect(actionLabel('pt-BR', 'Unit.update')).toBe('Mudou um registro');
    expect(actionLabel('en', 'syndic.file.upload')).toBe('Recorded an action');
  });
});
