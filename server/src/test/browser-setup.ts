import type { TestProject } from 'vitest/node';
import templateSetup from './global-setup.js';
import { chromiumPath, hasChromium } from './browser.js';
import { buildApps } from './build-apps.js';

/** Browser tests: the migrated template database, fresh builds of both apps, and Chromium — or a loud notice. */
export default async function setup(project: TestProject) {
  if (!hasChromium) {
    const line = '!'.repeat(78);
    process.stderr.write(`\n${line}\n  NO CHROMIUM at ${chromiumPath}: the browser tests are SKIPPED.\n  Install it (apt-get install -y chromium) or set CHROMIUM_PATH. .ci/run installs it.\n${line}\n\n`);
  } else {
    await buildApps();
  }
  return templateSetup(project);
}
