import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Logger } from '../logger.js';
import type { Portal } from '../modules/portal/portal.entity.js';
import { resolvePortal } from '../modules/portal/portal.service.js';
import { requestInfo } from './request-info.js';

/** The Habite icons in the client portal's build (client-portal/public/icons). */
const DEFAULT_ICONS = [
  { src: '/icons/habite-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/habite-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/habite-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];
const DEFAULT_THEME = '#0f5f8c';
const DEFAULT_BACKGROUND = '#ffffff';
const COLOUR = /^#(?:[0-9a-f]{3}){1,2}$/i;

const IMAGE_TYPES: Record<string, string> = { png: 'image/png', svg: 'image/svg+xml', webp: 'image/webp', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', ico: 'image/x-icon' };

/** What the phone writes under the icon: the whole name when it fits (about 15 letters), else its first words that do. */
export function shortName(name: string): string {
  if (name.length <= 15) return name;
  let short = '';
  for (const word of name.split(/\s+/)) {
    const next = short ? `${short} ${word}` : word;
    if (next.length > 15) break;
    short = next;
  }
  return short || name.slice(0, 15);
}

export interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type?: string; purpose: string }[];
}

/**
 * The portal as an app on the phone's home screen (W3C Web App Manifest): its white-label name,
 * its colours (main colour for the bar, second colour behind the splash), its logo as the icon
 * when it has one — followed by Habite's icons at 192 and 512 px, which browsers need to offer
 * the install (a logo's size is not known).
 */
export function manifestOf(portal: Pick<Portal, 'name' | 'whiteLabelName' | 'logoUrl' | 'primaryColor' | 'secondaryColor'> | null): WebAppManifest {
  const name = portal ? portal.whiteLabelName?.trim() || portal.name : 'Portal do Cliente';
  const logo = portal?.logoUrl?.trim();
  const extension = logo ? /\.(\w+)(?:[?#].*)?$/.exec(logo)?.[1]?.toLowerCase() : undefined;
  return {
    id: '/',
    name,
    short_name: shortName(name),
    description: 'Suas unidades, boletos, atendimentos e a obra, no celular.',
    lang: 'pt-BR',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: portal?.primaryColor && COLOUR.test(portal.primaryColor) ? portal.primaryColor : DEFAULT_THEME,
    background_color: portal?.secondaryColor && COLOUR.test(portal.secondaryColor) ? portal.secondaryColor : DEFAULT_BACKGROUND,
    icons: [...(logo ? [{ src: logo, sizes: 'any', ...(extension && IMAGE_TYPES[extension] ? { type: IMAGE_TYPES[extension] } : {}), purpose: 'any' }] : []), ...DEFAULT_ICONS],
  };
}

/**
 * `/manifest.webmanifest`, per portal: the portal of the request's hostname (as the client portal
 * finds its own, portal.service.ts), or Habite's own words when no portal answers there.
 */
export function serveManifest(app: Express, deps: { orm: MikroORM; trustProxy: boolean; logger: Logger }): void {
  app.get('/manifest.webmanifest', async (req, res, next) => {
    try {
      const info = requestInfo(req, deps.trustProxy);
      const portal = await resolvePortal(deps.orm.em.fork(), info.hostname, info.portalSlug);
      // Settings change: the browser asks again each time (cheap), never a stale name or colour.
      res.setHeader('Cache-Control', 'no-cache');
      res.type('application/manifest+json').send(JSON.stringify(manifestOf(portal)));
    } catch (err) {
      next(err);
    }
  });
}
