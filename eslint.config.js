import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const restrictedImports = (patterns) => ['error', { patterns }]

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'coverage/**',
      'data/**',
      'tests/artifacts/**',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration in server/src/config.ts only.',
        },
      ],
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictedImports([
        {
          group: ['node:*', 'fastify', '@hushlink/*'],
          message: 'shared/ is isomorphic and depends on nothing of ours.',
        },
      ]),
    },
  },
  {
    files: ['web/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrictedImports([
        {
          group: ['@hushlink/server', '@hushlink/tests', 'node:*'],
          message: 'web/ depends on shared only.',
        },
      ]),
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: 'Never write HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]',
          message: 'Decrypted content goes through textContent/value only.',
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictedImports([
        { group: ['@hushlink/web', '@hushlink/tests'], message: 'server/ depends on shared only.' },
      ]),
    },
  },
  {
    files: ['cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictedImports([
        {
          group: ['@hushlink/server', '@hushlink/web', '@hushlink/tests'],
          message: 'cli/ depends on shared only.',
        },
      ]),
    },
  },
  {
    files: [
      'server/src/config.ts',
      'cli/src/main.ts',
      'tests/**/*.ts',
      '**/*.config.ts',
      'scripts/**',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['tests/browser/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
)
