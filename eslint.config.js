import js from '@eslint/js';
import globals from 'globals';
import solid from 'eslint-plugin-solid/configs/typescript';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    ...solid,
    languageOptions: { parser: tseslint.parser },
  },
  {
    rules: {
      'no-console': ['error', { allow: ['error', 'warn', 'debug'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The extension talks to the browser through the polyfilled `browser` of wxt/browser
    // only, so Chrome and Firefox behave alike.
    files: ['src/**', 'entrypoints/**'],
    rules: { 'no-restricted-globals': ['error', 'chrome'] },
  },
  {
    // A transaction that writes people, connections or check-ins must store a new generation in
    // the same transaction (src/db/generation.ts), or a running worker would plan from the
    // ones it kept.
    files: ['src/**'],
    ignores: ['src/db/generation.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='transaction']:has(Literal[value='readwrite']):matches(:has(Literal[value='contacts']), :has(Literal[value='interactions']), :has(Literal[value='checkIns']))",
          message:
            'Write people, connections or check-ins through changing() in src/db/generation.ts.',
        },
      ],
    },
  },
  {
    // Pages read through ui/shared/read.ts and write through ui/shared/write.ts, which tells
    // the background: a page that opened the database itself could forget to.
    files: ['src/ui/**'],
    ignores: ['src/ui/shared/read.ts', 'src/ui/shared/write.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/open'],
              importNames: ['openDb'],
              message: 'Read through ui/shared/read.ts and write through ui/shared/write.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Node scripts the developers run: they report what they wrote. Benchmarks also hand
    // functions to page.evaluate, which run in the page with its globals.
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
