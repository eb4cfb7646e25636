import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'prisma/generated/',
      'admin-ui/dist/',
      '.data/',
      '.tools/',
      'test-artifacts/',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Persistence (schema, client, seed data) must not depend on the layers built on it.
    files: ['prisma/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/**', '**/activities/**', '**/workflows/**', '**/worker/**', '**/scripts/**'],
              message: 'prisma/ holds the schema, the client and pure seed data; orchestration lives in scripts/seed/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Workflow code is replayed: no Node builtins, no database, mail or PDF clients, no wall clock.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'http', 'https', 'net', 'child_process'],
              message: 'Workflows are deterministic: do I/O in activities.',
            },
            {
              group: ['@prisma/client', '**/prisma/client', '**/prisma/generated/**', 'nodemailer', 'pdfkit', 'pg'],
              allowTypeImports: true,
              message: 'Workflows may only import types of side-effect libraries.',
            },
            { group: ['../activities/*', '../activities'], allowTypeImports: true, message: 'Call activities through proxyActivities.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Use workflowNow() from workflows/clock.ts.' },
        { object: 'Math', property: 'random', message: 'Workflows must be deterministic.' },
      ],
    },
  },
);
