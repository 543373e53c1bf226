import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestOf, shortName } from '../../../../http/manifest.js';
import { startTestServer, type TestServer } from '../../../../test/harness.js';
import { httpExchange } from '../../../../test/http.js';
import { World } from '../../../../test/world.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const manifestAt = async (host: string) => {
  const response = await httpExchange(`${server.url}/manifest.webmanifest`, { headers: { host: `${host}:${server.port}` } });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/manifest\+json/);
  expect(response.headers['cache-control']).toBe('no-cache');
  return response.json();
};

describe('R-PORTAL-4: the installable portal carries its white label (web app manifest)', () => {
  it('R-PORTAL-4: the manifest of the portal bound to the address has its white-label name, colours and logo', async () => {
    const world = await World.create(server, {
      name: 'Portal Jardins', whiteLabelName: 'Minha Casa Jardins', primaryColor: '#7a1f5c', secondaryColor: '#fdf2f8', logoUrl: 'https://cdn.example.com/jardins/logo.svg',
    });
    const host = `app-${world.portal.slug}.localhost`;
    await world.bindDomain(host, []);
    const manifest = await manifestAt(host);
    expect(manifest).toMatchObject({
      name: 'Minha Casa Jardins', short_name: 'Minha Casa', lang: 'pt-BR', start_url: '/', scope: '/', display: 'standalone',
      theme_color: '#7a1f5c', background_color: '#fdf2f8',
    });
    expect(manifest.icons[0]).toEqual({ src: 'https://cdn.example.com/jardins/logo.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' });

    // Another portal on another address: its own name and colours; without a logo, Habite's icons.
    const other = await World.create(server, { name: 'Portal Vista', whiteLabelName: null, primaryColor: '#123456', secondaryColor: null });
    await other.bindDomain(`app-${other.portal.slug}.localhost`, []);
    const plain = await manifestAt(`app-${other.portal.slug}.localhost`);
    expect(plain).toMatchObject({ name: 'Portal Vista', short_name: 'Portal Vista', theme_color: '#123456', background_color: '#ffffff' });
    expect(plain.icons.map((i: { src: string; sizes: string }) => `${i.src} ${i.sizes}`)).toEqual([
      '/icons/habite-192.png 192x192', '/icons/habite-512.png 512x512', '/icons/habite-maskable-512.png 512x512',
    ]);
  });

  it('an address no portal answers gets Habite\'s own manifest; a colour that is not one falls back', async () => {
    await World.create(server);
    await World.create(server);
    expect(await manifestAt('ninguem.localhost')).toMatchObject({ name: 'Portal do Cliente', theme_color: '#0f5f8c' });
    expect(manifestOf({ name: 'P', whiteLabelName: null, logoUrl: null, primaryColor: 'red; x', secondaryColor: '#abc' })).toMatchObject({ theme_color: '#0f5f8c', background_color: '#abc' });
    expect(shortName('Residencial Parque das Águas')).toBe('Residencial');
    expect(shortName('Supercalifragilístico')).toBe('Supercalifragil');
  });
});
