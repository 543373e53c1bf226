import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for both apps, from the committed contract (never a live server).
 * Each app's operations sit next to the components that use them; the output lands in
 * `<app>/src/gql/`, committed and never edited (a test fails when it drifts).
 */
const app = (name: string): CodegenConfig['generates'][string] => ({
  documents: [`${name}/src/**/*.{ts,tsx}`, `!${name}/src/gql/**`],
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    emitLegacyCommonJSImports: false,
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTimeISO: 'string', JSON: 'unknown' },
  },
});

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'client-portal/src/gql/': app('client-portal'),
    'admin-portal/src/gql/': app('admin-portal'),
  },
  ignoreNoDocuments: true,
  silent: true,
};

export default config;
