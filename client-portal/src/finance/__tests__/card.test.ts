import { describe, expect, it } from 'vitest';
import { cardBrandOf, cardOfLabel } from '../card';
import { PROOF_MAX_BYTES, proofProblem } from '../proof-upload';

describe('R-FIN-6: a card in words, never its code', () => {
  it('reads the plan\'s card label as brand and last four digits, as the server writes it or in words', () => {
    expect(cardOfLabel('MASTERCARD final 4444')).toEqual({ brand: 'MASTERCARD', last4: '4444' });
    expect(cardOfLabel('Visa final 1234')).toEqual({ brand: 'VISA', last4: '1234' });
    expect(cardOfLabel('American Express final 0005')).toEqual({ brand: 'AMEX', last4: '0005' });
    expect(cardOfLabel('DINERS final 9999')).toEqual({ brand: 'OTHER', last4: '9999' });
    expect(cardOfLabel(null)).toBeNull();
    expect(cardOfLabel('cartão')).toBeNull();
  });

  it('an unknown brand is "Outra bandeira" (OTHER)', () => {
    expect(cardBrandOf('elo')).toBe('ELO');
    expect(cardBrandOf('JCB')).toBe('OTHER');
  });
});

describe('R-FIN-7: the proof is judged before it is sent', () => {
  const file = (name: string, type: string, size: number) => ({ name, type, size }) as File;
  it('PDF, JPEG, PNG or WebP (what the server accepts), not empty, up to 10 MB', () => {
    expect(proofProblem(file('comprovante.pdf', 'application/pdf', 1000))).toBeNull();
    expect(proofProblem(file('print.webp', 'image/webp', 1000))).toBeNull();
    expect(proofProblem(file('foto.JPG', '', 1000))).toBeNull();
    expect(proofProblem(file('nota.txt', 'text/plain', 1000))).toBe('TYPE');
    expect(proofProblem(file('vazio.png', 'image/png', 0))).toBe('EMPTY');
    expect(proofProblem(file('grande.pdf', 'application/pdf', PROOF_MAX_BYTES + 1))).toBe('TOO_LARGE');
  });
});
