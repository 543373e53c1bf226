import { describe, expect, it } from 'vitest';
import { messages } from '../messages';

/** STYLE, "Words": the glossary, and agreement spelled out. */
describe('the portal\'s words follow the glossary', () => {
  it('no "(a)", "(s)" or "(ões)" anywhere in pt-BR', () => {
    expect(Object.entries(messages['pt-BR']).filter(([, text]) => /\p{L}\((a|s|es|ões|as|os)\)/u.test(text))).toEqual([]);
  });

  it('a request is numbered "Protocolo nº", never "Pedido nº"', () => {
    expect(messages['pt-BR']['requests.number']).toBe('Protocolo nº {number}');
    expect(Object.values(messages['pt-BR']).filter((text) => /Pedido nº/i.test(text))).toEqual([]);
  });

  it('the kinds on a choice are singular: "Atendimento" / "Assistência técnica"', () => {
    expect([messages['pt-BR']['newRequest.kind.SERVICE'], messages['pt-BR']['newRequest.kind.ASSISTANCE']]).toEqual(['Atendimento', 'Assistência técnica']);
    expect([messages.en['newRequest.kind.SERVICE'], messages.en['newRequest.kind.ASSISTANCE']]).toEqual(['Service request', 'Repair']);
  });
});
