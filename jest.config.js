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
  // Tests that need system programs (poppler-utils, qpdf, Debian's chromium) live in test/system and
  // run in `npm run test:system` (JEST_SUITE=system), which .ci/run runs after installing them;
  // `npm test` needs only Node and npm. An environment switch rather than --testMatch on the command
  // line, which would swallow the arguments after it (`npm run test:system -- <file>`).
  ...(process.env.JEST_SUITE === 'system'
    ? { testMatch: ['<rootDir>/test/system/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/'] }
    : {
        testMatch: [
          '<rootDir>/libs/**/*.spec.ts',
          '<rootDir>/apps/**/*.spec.ts',
          '<rootDir>/test/**/*.test.ts',
        ],
        testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/system/'],
      }),
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
};
