import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Code that must stay pure: no React, no state library, no screens. */
const pureLayers = ['./src/engine', './src/catalogue', './src/story'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'rules/schema'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      'no-restricted-imports': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...pureLayers.map((target) => ({
              target,
              from: ['./src/app', './src/features', './src/store', './src/ui', './src/i18n'],
              message: 'The engine and catalogue are pure TypeScript: no UI or state imports.',
            })),
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'Features do not import each other; compose them in src/app.',
            })),
            {
              target: ['./src/ui', './src/case', './src/store', './src/i18n', './src/config'],
              from: ['./src/features', './src/app'],
              message: 'Shared code does not depend on features or the app layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/catalogue/**/*.ts', 'src/story/**/*.ts'],
    ignores: ['src/catalogue/catalogue-plugin.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*'],
              message: 'The engine and catalogue are pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    // Runtime code reads the catalogue's types, never its schemas: zod stays out of the bundle.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/catalogue/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/catalogue/schema.ts', 'zod', 'zod/*'],
              allowTypeImports: true,
              message:
                'Import catalogue types with `import type`, values from catalogue/constants.ts (decision 0003).',
            },
          ],
        },
      ],
    },
  },
  {
    // Share links are validated with zod's small build, in the lazily loaded wizard (0005).
    files: ['src/case/parse-case.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Only zod/mini here: the full zod stays at build time.' },
          ],
          patterns: [
            {
              group: ['**/catalogue/schema.ts'],
              allowTypeImports: true,
              message: 'Import catalogue types with `import type` (decision 0003).',
            },
          ],
        },
      ],
    },
  },
  {
    // Imported outcome logs are checked with zod/mini, loaded only with that screen (issue 16).
    files: ['src/features/outcomes/outcome-schema.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Only zod/mini here: the full zod stays at build time.' },
          ],
          patterns: [
            {
              group: ['**/catalogue/schema.ts'],
              allowTypeImports: true,
              message: 'Import catalogue types with `import type` (decision 0003).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['vite.config.ts', 'eslint.config.js', 'playwright.config.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  prettier,
);
