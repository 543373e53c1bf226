import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (main) and ESM (module) builds. Node, and the libraries vitest leaves
// to Node (type-graphql, Apollo), load `main`; Vite would pick `module` for our own files. One
// copy of graphql for everyone, or its instanceof checks fail ("Cannot determine GraphQL output type").
const graphqlMain = fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url));
// What the admin app imports as `@shared/…` (its tsconfig and Vite config say the same).
const sharedSrc = fileURLToPath(new URL('./client-portal/src/shared/', import.meta.url));

export default defineConfig({
  test: {
    // Files and the tests inside them run in random order, every run (CI too): a test that needs
    // another to have run first fails at once, not by chance. The run prints its seed; replay an
    // order with --sequence.seed=N. (A root option: vitest gives the projects the root's sequence.)
    sequence: { shuffle: { files: true, tests: true } },
    // Two workers on two cores (vitest's default is cores − 1: one, and the whole suite ran file
    // after file). The browser files go one at a time (their project's fileParallelism), and
    // vitest 4 runs such a project as a group of its own after every other file: the server's
    // files first on both workers, then the browser's. Letting the browser files share the two
    // workers with the rest was measured on a clean clone: 24 minutes instead of 26, the machine
    // at a load of 6–7 throughout (the suite is CPU-bound) — not worth the browser tests' margins.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/__tests__/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['src/test/global-setup.ts'],
          pool: 'forks',
          // Files share their worker's module cache (the server, its schema and entities are loaded
          // once per worker, not once per file): half the CPU of a run on two cores. Each file still
          // gets its own database and server (harness.ts), and files run in random order, so a
          // file leaning on another's leftovers fails at once.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The apps' own unit tests (labels, formatters, glossary, permissions): plain functions, no browser, no server.
        resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }, { find: /^@shared\//, replacement: sharedSrc }] },
        test: {
          name: 'apps',
          root: '.',
          include: ['client-portal/src/**/__tests__/**/*.test.{ts,tsx}', 'admin-portal/src/**/__tests__/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
        test: {
          name: 'browser',
          root: '.',
          include: ['client-portal/e2e/**/*.e2e.test.ts', 'admin-portal/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['server/src/test/browser-setup.ts'],
          pool: 'forks',
          // Chromium is heavy on two cores: browser files run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
