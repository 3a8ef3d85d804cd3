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

const TIERS = {
  unit: ['.spec.ts'],
  integration: ['.int.test.ts'],
  e2e: ['.e2e.test.ts'],
  system: ['.system.test.ts'],
  // Benchmarks that need Nest's decorator metadata (tsx has none) run through jest, one at a time.
  bench: ['.bench.ts'],
  default: ['.spec.ts', '.int.test.ts', '.e2e.test.ts'],
};
const suite = process.env.JEST_SUITE ?? 'default';
if (!(suite in TIERS)) throw new Error(`JEST_SUITE must be one of ${Object.keys(TIERS).join(', ')}`);

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#libs/([^/]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^#domain/([^/]+)$': '<rootDir>/libs/$1/src/domain/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: { '^.+\\.ts$': swc },
  // Test tiers by suffix, each runnable alone with JEST_SUITE (an environment switch rather than
  // --testMatch on the command line, which would swallow the arguments after it):
  //   *.spec.ts         unit: pure, no database, no I/O           npm run test:unit
  //   *.int.test.ts     integration: a real PostgreSQL, no HTTP     npm run test:integration
  //   *.e2e.test.ts     through HTTP or a whole service process    npm run test:e2e
  //   *.system.test.ts  needs system programs (poppler, qpdf, Debian's chromium): npm run test:system,
  //                     which .ci/run runs after installing them. `npm test` runs the first three and
  //                     needs only Node and npm.
  testMatch: TIERS[suite].map((suffix) => `<rootDir>/{apps,libs,test}/**/*${suffix}`),
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
  ...(suite === 'unit'
    ? {
        globalSetup: '<rootDir>/test/support/no-database.ts',
        globalTeardown: '<rootDir>/test/support/no-database.ts',
      }
    : {
        globalSetup: '<rootDir>/test/support/global-setup.ts',
        globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      }),
  testTimeout: 60_000,
  // Test files run one after another in one process on a 2-core machine, and under
  // --experimental-vm-modules every file's module graph stays in memory: by the 130th file the
  // process held 4.4 GB and a spec that takes 2.5 s alone took 74 s (garbage collection). With a
  // limit jest runs the files in a worker it replaces once the worker holds more than this after a file.
  workerIdleMemoryLimit: '1GB',
};
