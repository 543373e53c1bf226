import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../domain-errors.js';
import { countEn, inLocale, listEn, parseLocale, portalNamedEn, say } from '../locale.js';
import { agree, countOf, dateTimeText, listOf, NOUNS, notFound, portalNamed, the, your } from '../pt-br.js';

describe('pt-BR agreement in generated sentences (STYLE, "Words": no "(a)", no "(s)")', () => {
  it('counts agree in number and gender, the adjective too', () => {
    expect(countOf(1, NOUNS.Unidade, 'vendido')).toBe('1 unidade vendida');
    expect(countOf(2, NOUNS.Unidade, 'vendido')).toBe('2 unidades vendidas');
    expect(countOf(0, NOUNS.Unidade, 'vendido')).toBe('nenhuma unidade vendida');
    expect(countOf(1, NOUNS['Área comum'])).toBe('1 área comum');
    expect(countOf(2, NOUNS['Área comum'])).toBe('2 áreas comuns');
    expect(countOf(3, NOUNS.Cliente)).toBe('3 clientes');
    expect(countOf(0, NOUNS.Pedido, 'aberto')).toBe('nenhum pedido aberto');
    expect(countOf(15, NOUNS.Dia)).toBe('15 dias');
    expect(countOf(2, NOUNS.Situação)).toBe('2 situações');
    expect(countOf(2, NOUNS.Portal)).toBe('2 portais');
  });

  it('adjectives and articles follow the noun', () => {
    expect(`${the(NOUNS.Bloco)} bloco está ${agree('inativo', NOUNS.Bloco)}`).toBe('o bloco está inativo');
    expect(`${the(NOUNS.Etapa)} etapa está ${agree('inativo', NOUNS.Etapa)}`).toBe('a etapa está inativa');
    expect(agree('inativo', NOUNS.Etapa, 2)).toBe('inativas');
    expect(the(NOUNS.Unidade, 2)).toBe('as');
    expect(your(NOUNS.Unidade)).toBe('Sua unidade');
    expect(your(NOUNS.Unidade, 2)).toBe('Suas unidades');
    expect(your(NOUNS.Contrato, 2)).toBe('Seus contratos');
  });

  it('NOT_FOUND names the object with its gender', () => {
    expect(notFound('Unidade')).toBe('Unidade não encontrada.');
    expect(notFound('Pedido')).toBe('Pedido não encontrado.');
    expect(notFound('Área comum')).toBe('Área comum não encontrada.');
    expect(notFound('Alteração cadastral')).toBe('Alteração cadastral não encontrada.');
    expect(new NotFoundError('Contrato')).toMatchObject({ code: 'NOT_FOUND', message: 'Contrato não encontrado.' });
    // Every noun a NOT_FOUND can name reads as a sentence: no "(a)".
    for (const name of Object.keys(NOUNS) as (keyof typeof NOUNS)[]) expect(notFound(name)).toMatch(/^[^()]+ não encontrad[oa]\.$/);
  });

  it('a portal is named once: "ao Portal Horizonte", never "ao portal Portal Horizonte"', () => {
    expect(portalNamed('Portal Horizonte', 'a')).toBe('ao Portal Horizonte');
    expect(portalNamed('Obra Casa Silva', 'a')).toBe('ao portal Obra Casa Silva');
    expect(portalNamed('Minha Horizonte', 'em')).toBe('no portal Minha Horizonte');
    expect(portalNamed('portal do cliente')).toBe('o portal do cliente');
    expect(portalNamedEn('Portal Horizonte')).toBe('Portal Horizonte');
    expect(portalNamedEn('Obra Casa Silva')).toBe('the portal Obra Casa Silva');
  });

  it('lists and dates as Brazilians write them', () => {
    expect(listOf(['A'])).toBe('A');
    expect(listOf(['A', 'B', 'C'])).toBe('A, B e C');
    expect(listOf(['x.com', 'y.com'], 'ou')).toBe('x.com ou y.com');
    expect(dateTimeText('2027-03-31T17:05:00Z')).toBe('31/03/2027 às 14:05');
    expect(dateTimeText('2027-03-31T17:05:00Z', 'at')).toBe('31/03/2027 at 14:05');
  });
});

describe('the English side of generated sentences (locale.ts)', () => {
  it('counts and lists in English, and picks the caller\'s language', () => {
    expect(countEn(1, 'sold unit', 'sold units')).toBe('1 sold unit');
    expect(countEn(2, 'sold unit', 'sold units')).toBe('2 sold units');
    expect(listEn(['A', 'B', 'C'], 'or')).toBe('A, B or C');
    const said = say('O bloco está inativo.', 'The block is inactive.');
    expect(inLocale(said, 'pt-BR')).toBe('O bloco está inativo.');
    expect(inLocale(said, 'en')).toBe('The block is inactive.');
  });

  it('reads the header the apps send; anything else is pt-BR', () => {
    expect(parseLocale('en')).toBe('en');
    expect(parseLocale('en-US')).toBe('en');
    expect(parseLocale('pt-BR')).toBe('pt-BR');
    expect(parseLocale('english')).toBe('pt-BR');
    expect(parseLocale(undefined)).toBe('pt-BR');
    expect(parseLocale(['en'])).toBe('pt-BR');
  });
});
