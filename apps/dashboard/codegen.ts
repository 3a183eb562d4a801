import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the dashboard, generated from the committed client-facing schema. */
const config: CodegenConfig = {
  schema: '../../packages/supergraph/api-schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // A plain function, not a hook: it only narrows a masked fragment reference's type.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Apollo Client always adds __typename, so the generated types may rely on it.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
