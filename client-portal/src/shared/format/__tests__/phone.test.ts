import { describe, expect, it } from 'vitest';
import { formatPhone } from '../phone';

describe('formatPhone: (11) 98765-4321', () => {
  it('mobiles and landlines, whatever punctuation or +55 they came with', () => {
    for (const typed of ['11987654321', '(11) 98765-4321', '11 98765 4321', '+55 11 98765-4321', '5511987654321', '011987654321']) {
      expect(formatPhone(typed)).toBe('(11) 98765-4321');
    }
    expect(formatPhone('1134567890')).toBe('(11) 3456-7890');
    expect(formatPhone('(21)3456-7890')).toBe('(21) 3456-7890');
  });

  it('anything else as it came', () => {
    expect(formatPhone('ramal 42')).toBe('ramal 42');
    expect(formatPhone('98765-4321')).toBe('98765-4321');
    expect(formatPhone(null)).toBe('');
  });
});
