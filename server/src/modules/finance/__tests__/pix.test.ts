import { getPixPayloadInfo, isValidPixPayload } from '@brazilian-utils/brazilian-utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPixCode, crc16, parsePixCode, pixCodeOf, pixQrSvg } from '../pix.js';

/** The example of the Central Bank's "Manual de Padrões para Iniciação do Pix" (static code, key, no value). */
const BCB_EXAMPLE = '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';
/** A dynamic code (the PSP's URL instead of a key), as brazilian-utils documents it. */
const DYNAMIC_EXAMPLE = '00020101021226480014br.gov.bcb.pix2526pix.example.com/qr/v2/12345204000053039865802BR5913Fulano de Tal6008Brasilia62070503***6304FC66';

/** A payload whose fields are given, with its CRC computed: to test the checks after the CRC. */
const withCrc = (fields: string) => `${fields}6304${crc16(`${fields}6304`)}`;
const MERCHANT = '26580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000';

describe('R-FIN-8: the PIX copia e cola (BR Code)', () => {
  it("R-FIN-8: reads the Central Bank manual's example", () => {
    expect(crc16(BCB_EXAMPLE.slice(0, -4))).toBe('1D3D');
    expect(parsePixCode(BCB_EXAMPLE)).toEqual({
      ok: true, code: BCB_EXAMPLE, key: '123e4567-e12b-12d1-a456-426655440000', url: null,
      merchantName: 'Fulano de Tal', merchantCity: 'BRASILIA', amountCents: null, txid: null,
    });
    expect(parsePixCode(`  ${BCB_EXAMPLE}\n`)).toMatchObject({ ok: true, code: BCB_EXAMPLE });
  });

  it('R-FIN-8: reads a dynamic code, whose value and txid the URL gives', () => {
    expect(parsePixCode(DYNAMIC_EXAMPLE)).toMatchObject({ ok: true, key: null, url: 'pix.example.com/qr/v2/1234', merchantCity: 'Brasilia', amountCents: null, txid: null });
  });

  it('R-FIN-8: builds codes that it, pixCodeOf and brazilian-utils read back the same', () => {
    const keys = fc.oneof(
      fc.uuid(),
      fc.stringMatching(/^\d{11}$/),
      fc.stringMatching(/^\+55\d{11}$/),
      fc.tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,20}$/), fc.stringMatching(/^[a-z]{2,12}$/)).map(([user, host]) => `${user}@${host}.com.br`),
    );
    const words = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .]{0,40}$/);
    fc.assert(
      fc.property(keys, words, words, fc.option(fc.integer({ min: 1, max: 99_999_999_999 })), fc.option(fc.stringMatching(/^[A-Za-z0-9]{1,25}$/)), (key, name, city, amountCents, txid) => {
        let code: string;
        try {
          code = buildPixCode({ key, merchantName: name, merchantCity: city, amountCents, txid });
        } catch (error) {
          // Only a name or a city with no letter left after folding is refused.
          expect(error).toBeInstanceOf(RangeError);
          return;
        }
        const parsed = parsePixCode(code);
        expect(parsed).toMatchObject({ ok: true, key, amountCents: amountCents ?? null, txid: txid ?? null });
        if (!parsed.ok) return;
        expect(parsed.merchantName.length).toBeLessThanOrEqual(25);
        expect(parsed.merchantCity.length).toBeLessThanOrEqual(15);
        expect(parsed.merchantName).toMatch(/^[A-Z0-9 .]+$/);
        expect(pixCodeOf(code)).toBe(code);
        expect(isValidPixPayload(code)).toBe(true);
        const info = getPixPayloadInfo(code);
        expect([info?.key, info?.merchantName, info?.merchantCity, info?.amount, info?.txid]).toEqual([
          key, parsed.merchantName, parsed.merchantCity, amountCents == null ? undefined : amountCents / 100, txid ?? undefined,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('R-FIN-8: names and cities are upper-case ASCII within the manual limits (25 and 15)', () => {
    const code = buildPixCode({ key: 'financeiro@horizonte.com.br', merchantName: '  Construtora São João Incorporações Ltda ', merchantCity: 'São José dos Campos', amountCents: 123456, txid: 'PARC12' });
    expect(parsePixCode(code)).toMatchObject({ ok: true, merchantName: 'CONSTRUTORA SAO JOAO INCO', merchantCity: 'SAO JOSE DOS CA', amountCents: 123456, txid: 'PARC12' });
    expect(code).toContain('54071234.56');
    expect(() => buildPixCode({ key: 'a@b.com', merchantName: 'ação', merchantCity: '', amountCents: null })).toThrow(RangeError);
    expect(() => buildPixCode({ key: 'a@b.com', merchantName: 'X', merchantCity: 'Y', txid: 'com espaço' })).toThrow(RangeError);
    expect(() => buildPixCode({ key: 'a@b.com', merchantName: 'X', merchantCity: 'Y', amountCents: 0 })).toThrow(RangeError);
  });

  it('R-FIN-8: a wrong CRC is refused, whether the CRC or the text changed', () => {
    const crc = { ok: false, reason: 'O CRC do código PIX não confere: o código foi alterado ou copiado pela metade.' };
    expect(parsePixCode(`${BCB_EXAMPLE.slice(0, -4)}1D3E`)).toEqual(crc);
    expect(parsePixCode(BCB_EXAMPLE.replace('Fulano', 'Fulana'))).toEqual(crc);
    expect(parsePixCode(BCB_EXAMPLE.slice(0, -4) + '1d3d')).toMatchObject({ ok: true });
  });

  it('R-FIN-8: a broken TLV is refused, and so is a code missing a mandatory field', () => {
    // A length that runs past the end; a code cut short; a length that is not a number.
    expect(parsePixCode(BCB_EXAMPLE.replace('5913Fulano', '5953Fulano'))).toMatchObject({ ok: false, reason: expect.stringContaining('quebrado') });
    expect(parsePixCode(BCB_EXAMPLE.slice(0, 60))).toMatchObject({ ok: false, reason: expect.stringContaining('quebrado') });
    expect(parsePixCode(BCB_EXAMPLE.replace('5204', '52x4'))).toMatchObject({ ok: false, reason: expect.stringContaining('quebrado') });
    const refused = (fields: string) => parsePixCode(withCrc(fields));
    const tail = '5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***';
    expect(refused(`000201${MERCHANT}${tail}`)).toMatchObject({ ok: true });
    expect(refused(`000202${MERCHANT}${tail}`)).toEqual({ ok: false, reason: 'O código PIX não começa pelo formato do BR Code (000201).' });
    expect(refused(`000201${tail}`)).toEqual({ ok: false, reason: 'O código PIX não traz a conta do recebedor (br.gov.bcb.pix).' });
    expect(refused(`000201${MERCHANT.replace('br.gov.bcb.pix', 'br.gov.bcb.xyz')}${tail}`)).toMatchObject({ ok: false, reason: expect.stringContaining('conta do recebedor') });
    expect(refused(`000201${MERCHANT}${tail.replace('5303986', '5303840')}`)).toEqual({ ok: false, reason: 'O código PIX não é em reais (moeda 986).' });
    expect(refused(`000201${MERCHANT}${tail.replace('5802BR', '5802US')}`)).toEqual({ ok: false, reason: 'O código PIX não é do Brasil (país BR).' });
    expect(refused(`000201${MERCHANT}${tail.replace('5913Fulano de Tal', '')}`)).toEqual({ ok: false, reason: 'O código PIX não traz o nome do recebedor.' });
    expect(refused(`000201${MERCHANT}${tail.replace('6008BRASILIA', '')}`)).toEqual({ ok: false, reason: 'O código PIX não traz a cidade do recebedor.' });
    expect(refused(`000201${MERCHANT}${tail.replace('52040000', '')}`)).toMatchObject({ ok: false, reason: expect.stringContaining('campo 52') });
    expect(refused(`000201${MERCHANT}${tail}5802BR`)).toEqual({ ok: false, reason: 'O campo 58 aparece duas vezes no código PIX.' });
    expect(refused(`000201${MERCHANT}54041,00${tail}`)).toMatchObject({ ok: false, reason: expect.stringContaining('1234.56') });
    expect(refused(`000201${MERCHANT}54040.00${tail}`)).toEqual({ ok: false, reason: 'O valor do código PIX é zero.' });
    // Both a key and a URL: only one of them may say who receives.
    expect(refused(`000201${'26800014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400002518pix.example.com/qr'}${tail}`)).toMatchObject({ ok: false, reason: expect.stringContaining('só uma delas') });
    expect(parsePixCode('')).toEqual({ ok: false, reason: 'Informe o código PIX copia e cola.' });
    expect(parsePixCode(BCB_EXAMPLE.replace('BRASILIA', 'BRASÍLIA'))).toMatchObject({ ok: false, reason: expect.stringContaining('"Í"') });
  });

  it('R-FIN-8: the QR code is an SVG document with nothing to fetch', async () => {
    const svg = await pixQrSvg(BCB_EXAMPLE);
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(svg).not.toMatch(/href|url\(|<image|<script/i);
    expect(await pixQrSvg(BCB_EXAMPLE)).toBe(svg);
  });
});
