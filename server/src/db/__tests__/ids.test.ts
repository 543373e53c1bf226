import { describe, expect, it } from 'vitest';
import { timeOrderedIds } from '../ids.js';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('R-SYNC-2: records an ERP batch makes get time-ordered ids (UUID version 7), side by side in their table\'s index', () => {
  it('R-SYNC-2: each id is a UUID of version 7 and variant 10 whose first 48 bits are the time in milliseconds; a batch\'s ids are all different', () => {
    const at = Date.UTC(2026, 11, 6, 9, 0, 0, 123);
    const ids = timeOrderedIds(5_000, at);
    expect(ids.every((id) => V7.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(5_000);
    expect(new Set(ids.map((id) => id.slice(0, 13))).size).toBe(1);
    expect(Number.parseInt(ids[0]!.slice(0, 13).replace('-', ''), 16)).toBe(at);
  });

  it('R-SYNC-2: ids made a millisecond later sort after, as text and as PostgreSQL compares uuids (byte by byte)', () => {
    const before = timeOrderedIds(100, 1_800_000_000_000);
    const after = timeOrderedIds(100, 1_800_000_000_001);
    expect(Math.max(...before.map((id) => [...after].filter((a) => a < id).length))).toBe(0);
    expect([...after, ...before].sort()).toEqual([...[...before].sort(), ...[...after].sort()]);
  });
});
