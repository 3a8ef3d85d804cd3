import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      'apps/worker/src/create-admin.ts',
      'apps/worker/src/demo/main.ts',
    ],
    rules: { 'no-console': 'off' },
  },
);
