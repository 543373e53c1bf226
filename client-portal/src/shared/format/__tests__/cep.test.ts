import { describe, expect, it } from 'vitest';
import { formatCep } from '../cep';

describe('formatCep: 01310-100', () => {
  it('from bare digits, dots or spaces', () => {
    for (const typed of ['01310100', '01310-100', '01.310-100', ' 01310 100 ']) expect(formatCep(typed)).toBe('01310-100');
  });

  it('anything else as it came', () => {
    expect(formatCep('1310-100')).toBe('1310-100');
    expect(formatCep(undefined)).toBe('');
  });
});
