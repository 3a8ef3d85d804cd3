// The boundaries between apps, libraries and layers, checked by `npm run lint`
// (`depcruise apps libs test --config .dependency-cruiser.mjs`). What a dependency tool cannot see
// (SQL naming the event store's tables) is checked in eslint.config.js instead.
//
// Test code may import anything: test/, any testing/ folder (libs/testing, libs/documents/src/testing)
// and *.spec.ts, *.test.ts, *.fixtures.ts anywhere. The rules below are about production code, so their `from` leaves test code out.
const TEST_CODE = ['^test/', '(^|/)testing/', '\\.(spec|test|fixtures)\\.ts$'];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'A domain folder holds pure deciders: it may import the kernel (libs/ddd) and domain folders ' +
        "(its own or another context's), nothing else: no application/http/projections code, no " +
        'Nest, TypeORM, pg or any npm package, no node builtins (I/O belongs outside the domain).',
      from: { path: '^libs/[^/]+/src/domain/', pathNot: TEST_CODE },
      to: { pathNot: ['^libs/[^/]+/src/domain/', '^libs/ddd/src/'] },
    },
    {
      name: 'kernel-is-pure',
      severity: 'error',
      comment:
        'libs/ddd is what every domain may import, so it must be as pure as a domain: it imports ' +
        'only itself (otherwise domain-is-pure could be bypassed through the kernel).',
      from: { path: '^libs/ddd/', pathNot: TEST_CODE },
      to: { pathNot: '^libs/ddd/' },
    },
    {
      name: 'documents-knows-no-context',
      severity: 'error',
      comment:
        'libs/documents lays out document models and knows nothing of meetings (or any other ' +
        'context): among the libraries it may use only the kernel (libs/ddd). The contexts build its ' +
        'models; it never reaches back into them.',
      from: { path: '^libs/documents/', pathNot: TEST_CODE },
      to: { path: '^libs/', pathNot: ['^libs/documents/', '^libs/ddd/'] },
    },
    {
      name: 'no-app-to-app',
      severity: 'error',
      comment:
        'An app is a process (api, worker): what two apps share belongs in a library, so that either ' +
        'can be built and started without the other.',
      from: { path: '^apps/([^/]+)/', pathNot: TEST_CODE },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-lib-to-app',
      severity: 'error',
      comment: 'Libraries are used by apps, never the other way round.',
      from: { path: '^libs/', pathNot: TEST_CODE },
      to: { path: '^apps/' },
    },
    {
      name: 'libs-through-their-index',
      severity: 'error',
      comment:
        'Another library is imported through its index (#libs/<name>), never by a path into its ' +
        'files: the index is its public surface, and it is what lets no-cycle-between-libs see every ' +
        'dependency between libraries.',
      from: { path: '^(apps/[^/]+|libs/[^/]+)/', pathNot: TEST_CODE },
      to: {
        path: '^libs/[^/]+/',
        pathNot: ['^$1/', '^libs/[^/]+/src/index\\.ts$', '^libs/[^/]+/src/domain/index\\.ts$'],
      },
    },
    {
      name: 'no-cycle-between-libs',
      severity: 'error',
      comment:
        'Libraries form a layered graph: if A uses B, nothing in B uses A (directly or through a ' +
        'third). Checked on folders: a cycle that leaves one library for another is one between ' +
        'libraries.',
      scope: 'folder',
      from: { path: '^(libs/[^/]+)/src(/|$)' },
      to: { path: '^libs/', pathNot: '^$1/', circular: true },
    },
    {
      name: 'no-cycle-in-a-lib',
      severity: 'warn',
      comment:
        'A cycle between files of one library or app is a smell (it makes load order matter) but not ' +
        'a boundary: reported, not failed.',
      from: { pathNot: TEST_CODE },
      to: { circular: true },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      comment:
        'Production code is built without test code (tsconfig.build.json leaves it out), so an ' +
        'import of it would fail at run time; test helpers live in libs/testing or test/.',
      from: { pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment:
        'An import the resolver cannot find is either a typo or a path alias this config does not ' +
        'know; either way the rules above could not judge it.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Test code is a leaf: production code importing it is still seen (no-test-code-in-production),
    // but what test code imports is not followed, so it neither breaks rules nor makes cycles.
    doNotFollow: { path: ['node_modules', ...TEST_CODE] },
    exclude: { path: '^(dist|data|coverage|\\.tmp)/' },
    // Type-only imports count: a domain importing a Nest type is coupled to Nest all the same.
    tsPreCompilationDeps: true,
    // #libs/* resolves through tsconfig's paths (to libs/*/src/index.ts), not through package.json's
    // imports map, which points at the built files in dist/.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {},
  },
};
