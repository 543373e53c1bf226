import type { TestProject } from 'vitest/node';
import templateSetup from './global-setup.js';
import { chromiumPath, hasChromium } from './browser.js';
import { buildApps } from './build-apps.js';
import { createDemoTemplate } from './demo-template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Browser tests only: the migrated template with the demo loaded (startTestServer's `database: 'demo'`). */
    demoTemplateDatabase: string;
    /** Browser tests only: the DATA_DIR the demo was loaded with (its documents' files). */
    demoTemplateDataDir: string;
    /** Browser tests only: the São Paulo day the demo template was loaded on (its dates count from it). */
    demoLoadedOn: string;
  }
}

/** Browser tests: the migrated template and a demo template, fresh builds of both apps, and Chromium — or a loud notice. */
export default async function setup(project: TestProject) {
  if (!hasChromium) {
    const line = '!'.repeat(78);
    process.stderr.write(`\n${line}\n  NO CHROMIUM at ${chromiumPath}: the browser tests are SKIPPED.\n  Install it (apt-get install -y chromium) or set CHROMIUM_PATH. .ci/run installs it.\n${line}\n\n`);
    return templateSetup(project);
  }
  await buildApps();
  const teardown = await templateSetup(project);
  let demo: Awaited<ReturnType<typeof createDemoTemplate>>;
  try {
    demo = await createDemoTemplate(project.getProvidedContext().templateDatabase);
  } catch (err) {
    await teardown();
    throw err;
  }
  project.provide('demoTemplateDatabase', demo.name);
  project.provide('demoTemplateDataDir', demo.dataDir);
  project.provide('demoLoadedOn', demo.loadedOn);
  return async () => {
    await demo.remove();
    await teardown();
  };
}
