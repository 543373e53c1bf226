import { describe, expect, it } from 'vitest';
import { enumsUsedBy, missingLabels } from '../../shared/__tests__/enum-coverage';
import { ENUM_LABELS, enumLabel } from '../labels';

describe('STYLE "Words": the portal never shows an enum code', () => {
  it('every schema enum the portal\'s generated types use has a label for each value in pt-BR and English', () => {
    const used = enumsUsedBy('client-portal');
    expect([...used.keys()]).toEqual(expect.arrayContaining(['DataChangeStatus', 'PortalMenu', 'RequestKind']));
    expect(missingLabels(used, ENUM_LABELS)).toEqual([]);
  });

  it('labels follow the glossary, and a value this build does not know reads "Outro", not its code', () => {
    expect(enumLabel('pt-BR', 'RequestKind', 'SERVICE')).toBe('Atendimento');
    expect(enumLabel('pt-BR', 'PortalMenu', 'SERVICE')).toBe('Atendimentos');
    expect(enumLabel('en', 'DataChangeStatus', 'PENDING')).toBe('Under review');
    expect(enumLabel('pt-BR', 'DataChangeStatus', 'ARCHIVED')).toBe('Outro');
  });
});
