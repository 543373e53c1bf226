import { describe, expect, it } from 'vitest';
import { legacyWaId, phoneOfWaId, phoneText, whatsappNumber } from '../whatsapp-number.js';

describe('WhatsApp numbers', () => {
  it.each([
    ['(11) 98765-4321', '5511987654321'],
    ['+55 11 98765-4321', '5511987654321'],
    ['+55 (11) 9 8765-4321', '5511987654321'],
    ['11987654321', '5511987654321'],
    ['11 98765 4321', '5511987654321'],
    ['5511987654321', '5511987654321'],
    ['0055 11 98765-4321', '5511987654321'],
    ['011 98765-4321', '5511987654321'],
    ['0 21 11 98765-4321', '5511987654321'],
    ['(55) 99123-4567', '5555991234567'],
    // Typed before the ninth digit (a mobile: 6–9): the ninth digit is put in.
    ['(21) 8888-7777', '5521988887777'],
    ['+55 21 8888-7777', '5521988887777'],
    ['552188887777', '5521988887777'],
    // Another country's code, written with it: passed on as digits.
    ['+351 912 345 678', '351912345678'],
    ['+1 (305) 555-0123', '13055550123'],
  ])('R-NOTIFY-2: %s → %s', (typed, expected) => {
    expect(whatsappNumber(typed)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['(11) 3265-4321'], // landline
    ['1132654321'],
    ['+55 11 3265-4321'],
    ['(11) 8765-432'], // a digit short
    ['(20) 98765-4321'], // no such DDD
    ['(11) 88765-4321'], // nine digits not starting with 9
    ['0800 123 4567'],
    ['987654321'], // no DDD
    ['+12'],
    ['sem telefone'],
  ])('R-NOTIFY-2: %s is not a WhatsApp mobile (the notice is skipped)', (typed) => {
    expect(whatsappNumber(typed)).toBeNull();
  });

  it('R-NOTIFY-2: an 8-digit wa_id maps back to the mobile with its ninth digit, and the other way', () => {
    expect(phoneOfWaId('552188887777')).toBe('5521988887777');
    expect(phoneOfWaId('5521988887777')).toBe('5521988887777');
    expect(phoneOfWaId('551132654321')).toBe('551132654321');
    expect(phoneOfWaId('351912345678')).toBe('351912345678');
    expect(legacyWaId('5521988887777')).toBe('552188887777');
    expect(legacyWaId('5511932654321')).toBeNull();
  });

  it('R-NOTIFY-2: a number reads as Brazilians write it', () => {
    expect(phoneText('5511987654321')).toBe('(11) 98765-4321');
    expect(phoneText('351912345678')).toBe('+351912345678');
  });
});
