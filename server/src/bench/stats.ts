/** Small number helpers shared by the benches' reports. */

/** The q-quantile (0…1) of the values, by the nearest-rank method; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** "12" or "12–15" (to `digits` decimals) for the figures of several rounds. */
export function range(values: readonly number[], digits = 0): string {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return '–';
  const lo = Math.min(...finite).toFixed(digits);
  const hi = Math.max(...finite).toFixed(digits);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/** A fixed-width table: the first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** "✓" or "✗" for a target. */
export const mark = (ok: boolean) => (ok ? '✓' : '✗');
