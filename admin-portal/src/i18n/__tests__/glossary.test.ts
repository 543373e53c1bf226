import { describe, expect, it } from 'vitest';
import { messages } from '../messages';

/** STYLE, "Words": the glossary, and agreement spelled out. */
describe('the admin app\'s words follow the glossary', () => {
  it('no "(a)", "(s)" or "(ões)" anywhere in pt-BR', () => {
    expect(Object.entries(messages['pt-BR']).filter(([, text]) => /\p{L}\((a|s|es|ões|as|os)\)/u.test(text))).toEqual([]);
  });

  it('a request is numbered "Protocolo nº"; a portal is named once ("Portal Portal …" never)', () => {
    expect(messages['pt-BR']['requests.number']).toBe('Protocolo nº {number}');
    expect(messages['pt-BR']['explainer.requestOption']).toMatch(/^Protocolo nº \{number\}/);
    expect(messages['pt-BR']['explainer.via']).not.toMatch(/Portal \{portal\}/);
    expect(messages.en['explainer.via']).not.toMatch(/Portal \{portal\}/);
  });

  it('a login the customer deactivated says "pelo próprio cliente"', () => {
    expect(messages['pt-BR']['customer.loginInactiveSelf']).toContain('desativado pelo próprio cliente');
    expect(messages.en['customer.loginInactiveSelf']).toContain('by the customer themselves');
  });
});
