import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';
import { chooseAddresses, isLoopback, mismatchMessage, type UnitPlace } from '../domain-check.js';

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { account { id } } }`;

const place = (development: string, hosts: [string, number][], units = 1): UnitPlace => ({ development, units, hosts: hosts.map(([hostname, boundTo]) => ({ hostname, boundTo })) });

describe('R-PORTAL-3: which addresses the customer is told, and how', () => {
  it('knows this machine\'s names', () => {
    for (const host of ['localhost', 'serena.localhost', '127.0.0.1', '127.0.1.1', '::1']) expect(isLoopback(host)).toBe(true);
    for (const host of ['portal.horizonte.com.br', 'localhost.com.br', '10.0.0.1']) expect(isLoopback(host)).toBe(false);
  });

  it('never gives a loopback address to someone who came through a real domain', () => {
    const demo = [place('Loteamento Vila Serena', [['localhost', 2], ['127.0.0.1', 2], ['serena.localhost', 1], ['serena.horizonte.com.br', 1]])];
    expect(chooseAddresses(demo, 'jardins.horizonte.com.br')).toEqual([{ hostname: 'serena.horizonte.com.br', developments: ['Loteamento Vila Serena'] }]);
    // Only loopback names bound: nothing that would work for them.
    expect(chooseAddresses([place('Loteamento Vila Serena', [['localhost', 2], ['serena.localhost', 1]])], 'jardins.horizonte.com.br')).toEqual([]);
  });

  it('on this machine (the demo) a loopback name is the only way, and the development\'s own one is chosen, not a bare localhost', () => {
    const demo = [place('Loteamento Vila Serena', [['localhost', 2], ['127.0.0.1', 2], ['serena.localhost', 1]])];
    expect(chooseAddresses(demo, 'jardins.localhost')).toEqual([{ hostname: 'serena.localhost', developments: ['Loteamento Vila Serena'] }]);
    // A real domain still comes first.
    expect(chooseAddresses([place('Loteamento Vila Serena', [['serena.localhost', 1], ['serena.horizonte.com.br', 1]])], 'localhost')[0]?.hostname).toBe('serena.horizonte.com.br');
  });

  it('one address for every development when there is one, else one per development', () => {
    const both = [place('A', [['a.com.br', 1], ['todos.com.br', 2]]), place('B', [['b.com.br', 1], ['todos.com.br', 2]])];
    expect(chooseAddresses(both, 'outro.com.br')).toEqual([{ hostname: 'todos.com.br', developments: ['A', 'B'] }]);
    const apart = [place('A', [['a.com.br', 1]]), place('B', [['b.com.br', 1]])];
    expect(chooseAddresses(apart, 'outro.com.br')).toEqual([{ hostname: 'a.com.br', developments: ['A'] }, { hostname: 'b.com.br', developments: ['B'] }]);
    // On this machine, a localhost shared by both does not beat each development's real domain.
    const shared = [place('A', [['a.com.br', 1], ['localhost', 2]]), place('B', [['b.com.br', 1], ['localhost', 2]])];
    expect(chooseAddresses(shared, 'jardins.localhost').map((a) => a.hostname)).toEqual(['a.com.br', 'b.com.br']);
    expect(chooseAddresses([place('A', [['a.localhost', 1], ['localhost', 2]]), place('B', [['b.localhost', 1], ['localhost', 2]])], 'outro.localhost').map((a) => a.hostname)).toEqual(['a.localhost', 'b.localhost']);
  });

  it('says it in the customer\'s words, agreeing in number, several addresses in words, and in English', () => {
    const one = mismatchMessage(1, [{ url: 'https://serena.horizonte.com.br', developments: ['Loteamento Vila Serena'] }]);
    expect(one.pt).toBe('Sua unidade está no portal de Loteamento Vila Serena: entre por https://serena.horizonte.com.br.');
    expect(one.en).toBe('Your unit is on the portal of Loteamento Vila Serena: sign in at https://serena.horizonte.com.br.');
    expect(mismatchMessage(2, [{ url: 'https://a.com.br', developments: ['A'] }]).pt).toBe('Suas unidades estão no portal de A: entre por https://a.com.br.');
    const two = mismatchMessage(2, [{ url: 'https://a.com.br', developments: ['A'] }, { url: 'https://b.com.br', developments: ['B'] }]);
    expect(two.pt).toBe('Suas unidades estão nos portais de A e B: entre por https://a.com.br para A ou por https://b.com.br para B.');
    expect(two.en).toBe('Your units are on the portals of A and B: sign in at https://a.com.br for A or at https://b.com.br for B.');
    expect(mismatchMessage(1, []).pt).toBe('Sua unidade não aparece por este endereço. Fale com a incorporadora para saber por onde entrar.');
    expect(`${one.pt}${two.pt}`).not.toMatch(/\(s\)|\(a\)|Usuário|painel/);
  });
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('R-PORTAL-3 at sign-in, over HTTP', () => {
  it('R-PORTAL-3: through a real domain the customer is told the real address only, never a loopback one, and in English when the app asks', async () => {
    const world = await World.create(server);
    const lots = await world.development2('Loteamento Serena');
    const lara = await world.customer();
    await world.soldUnit(lara.customer, { development: lots });
    await world.soldUnit(lara.customer, { development: lots });
    await world.bindDomain(`torre-${world.portal.slug}.com.br`, [world.development]);
    await world.bindDomain(`lotes-${world.portal.slug}.com.br`, [lots]);
    await world.bindDomain(`lotes-${world.portal.slug}.localhost`, [lots]);
    const at = (locale?: string) => server.client({
      app: 'client', headers: { ...world.headers, host: `torre-${world.portal.slug}.com.br`, ...(locale ? { 'x-habite-locale': locale } : {}) },
    }).request(SIGN_IN, { i: { login: lara.account.email, password: lara.password } });
    const url = `http://lotes-${world.portal.slug}.com.br`;
    expect((await at()).errors?.[0]).toMatchObject({
      message: `Suas unidades estão no portal de Loteamento Serena: entre por ${url}.`,
      extensions: { code: 'PORTAL_DOMAIN_MISMATCH', urls: [url], correctUrl: url },
    });
    expect((await at('en')).errors?.[0]).toMatchObject({
      message: `Your units are on the portal of Loteamento Serena: sign in at ${url}.`,
      extensions: { code: 'PORTAL_DOMAIN_MISMATCH', correctUrl: url },
    });
  });
});
