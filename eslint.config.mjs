import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const root = import.meta.dirname;
const workspaces = ['apps', 'packages'].flatMap((folder) =>
  readdirSync(path.join(root, folder)).map((name) => `${folder}/${name}`),
);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '.data/',
      'coverage/',
      'test-artifacts/',
      'apps/dashboard/src/gql/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message:
            "Parse the environment once, in the app's entry point or config.ts, through @lagesbild/config.",
        },
      ],
    },
  },
  {
    plugins: { 'import-x': importX },
  },
  // Every workspace declares what it imports (knip in `npm run check:deps` finds the unused ones).
  // Tests run from the root: they may also use the root's devDependencies, where the workspace
  // packages they use are declared (a service that declared one would carry it in its image).
  ...['.', ...workspaces].map((workspace) => ({
    files: workspace === '.' ? ['*.{ts,mjs}'] : [`${workspace}/**/*.{ts,tsx,mjs}`],
    rules: {
      'import-x/no-extraneous-dependencies': [
        'error',
        {
          devDependencies: [
            '**/*.spec.ts',
            '**/test/**',
            '**/*.config.{ts,mjs}',
            '**/codegen.ts',
            '**/scripts/**',
          ],
          packageDir: [...new Set([path.join(root, workspace), root])],
        },
      ],
    },
  })),
  {
    // Entry points parse the environment once and hand the result on.
    files: [
      '**/config.ts',
      '**/src/main.ts',
      '**/src/migrate.ts',
      '**/src/generate-migration.ts',
      '**/src/import-cli.ts',
      '**/src/import-geometry-cli.ts',
      '**/*.spec.ts',
      '**/test/**',
      'packages/test-kit/src/**',
      'jest.config.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['apps/dashboard/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
