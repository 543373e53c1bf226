import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { UFS } from '../uf';
import { UfSelect } from '../UfSelect';

describe('UF: a choice of the 27 units of the federation', () => {
  it('lists the 26 states and the Federal District, each once', () => {
    expect(UFS).toHaveLength(27);
    expect(new Set(UFS.map(([code]) => code)).size).toBe(27);
    expect(UFS.find(([code]) => code === 'DF')?.[1]).toBe('Distrito Federal');
  });

  it('renders a select with an empty choice and every UF; a lower-case value is selected as its UF', () => {
    const html = renderToStaticMarkup(<UfSelect id="uf" value="sp" onValue={() => {}} empty="Escolha…" />);
    expect(html.match(/<option/g)).toHaveLength(28);
    expect(html).toContain('<option value="">Escolha…</option>');
    expect(html).toMatch(/<option value="SP" selected="">SP — São Paulo<\/option>/);
  });

  it('keeps an old value that is not a UF selectable, so the record is not silently changed', () => {
    const html = renderToStaticMarkup(<UfSelect id="uf" value="Sao Paulo" onValue={() => {}} empty="—" />);
    expect(html).toMatch(/<option value="Sao Paulo" selected="">Sao Paulo<\/option>/);
  });
});
