/** @jest-config-loader esbuild-register */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from 'jest';

/** SWC compiles TypeScript with decorator metadata; `tsc --noEmit` checks types separately. */
const swcTransform: Config['transform'] = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2023',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
    },
  ],
};

/** One jest project per workspace that has Node tests. */
function workspaceProjects(folder: 'apps' | 'packages'): Config['projects'] {
  return readdirSync(path.join(__dirname, folder))
    .filter((name) => existsSync(path.join(__dirname, folder, name, 'src')))
    .map((name) => ({
      displayName: `${folder}/${name}`,
      rootDir: path.join(__dirname, folder, name),
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
      transform: swcTransform,
      // ESM-only dependencies are compiled to CommonJS like our own code.
      transformIgnorePatterns: ['/node_modules/(?!(jose|@faker-js|oidc-provider)/)'],
      moduleNameMapper: { '^@lagesbild/([a-z-]+)$': '<rootDir>/../../packages/$1/src' },
    }));
}

const config: Config = {
  projects: [...(workspaceProjects('packages') ?? []), ...(workspaceProjects('apps') ?? [])],
  testTimeout: 60_000,
};

export default config;
