// ESM + @swc/jest, as recorded in the shared STACK notes: Nest 12 is ESM only, so jest runs
// with --experimental-vm-modules (set in the npm script) and swc keeps decorator metadata.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    // ignoreDynamic matters only where jest compiles to CommonJS (globalSetup/globalTeardown): it
    // keeps import() native there, so global-setup.ts can load tsx's ESM loader.
    module: { type: 'es6', ignoreDynamic: true },
  },
];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#libs/([^/]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: { '^.+\\.ts$': swc },
  testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
  // Browser tests need Debian's chromium: they run in `npm run test:browser`, not in `npm test`.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
};
