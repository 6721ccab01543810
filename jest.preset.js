// One jest setup for every package: ESM TypeScript through @swc/jest, sources of sibling packages
// resolved to their src/ so tests never need a build first.
import path from 'node:path';

export function jestConfig(dir) {
  return {
    rootDir: dir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
    extensionsToTreatAsEsm: ['.ts'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
          module: { type: 'es6' },
        },
      ],
    },
    moduleNameMapper: {
      '^@destinations-action/([a-z-]+)$': path.join(dir, '../$1/src/index.ts'),
      // A subpath export (`@destinations-action/deploy/stageName`) is the source file of that name.
      '^@destinations-action/([a-z-]+)/([A-Za-z]+)$': path.join(dir, '../$1/src/$2.ts'),
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    testTimeout: 60_000,
    maxWorkers: 1,
  };
}
