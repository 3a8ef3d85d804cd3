import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The event store's tables and functions (es_events, es_streams, es_commands, es_checkpoints,
// es_dead_letters, es_append(), …): any es_ name, so that a new table is covered without an edit.
const ES_NAME = String.raw`/\bes_\w+\b/`;
const ES_MESSAGE =
  "Only libs/event-store touches the es_* tables: use the event store's API (#libs/event-store).";

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: [
      'test/**/*.ts',
      '**/*.spec.ts',
      'apps/worker/src/rebuild.ts',
      'apps/worker/src/rebuild-read-models.ts',
      'apps/worker/src/backup.ts',
      'apps/worker/src/restore.ts',
      'apps/worker/src/create-admin.ts',
      'apps/worker/src/verify-documents.ts',
      'apps/demo/src/main.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    // Only the event store touches its tables (es_events, es_streams, es_commands, …): everyone else
    // goes through its API, so that the append and read rules it guarantees (lock, version check,
    // fenced reads) cannot be bypassed by a stray query. SQL is in strings, which no import rule
    // can see, hence this check on string and template text. Tests may look at the tables.
    files: ['**/*.ts'],
    ignores: [
      'libs/event-store/**',
      // A backup copies every table, the log's too, and a restore must load the log in its
      // transactions' order and move the checkpoints: it names es_events and es_checkpoints.
      'libs/database/src/backup/**',
      '**/testing/**',
      'test/**',
      '**/*.spec.ts',
      '**/*.test.ts',
      '**/*.fixtures.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${ES_NAME}]`, message: ES_MESSAGE },
        { selector: `TemplateElement[value.raw=${ES_NAME}]`, message: ES_MESSAGE },
      ],
    },
  },
);
