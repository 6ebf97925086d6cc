// The project's style, written down: typescript-eslint's recommended rules with type information, a
// 140-column limit (templates and data lists excepted), and the Yeoman rule that a generator's helper
// methods start with `_` (anything else runs as a task).
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '**/templates/**', 'test/fixtures/**/*.py', '.ci/**', '*.tgz', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true, ignorePattern: '^\\s*(//|\\*)' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MethodDefinition[accessibility="private"]',
          message: 'Yeoman runs private methods as tasks too: name a helper method with a leading `_` instead.',
        },
        {
          selector: 'MemberExpression[object.name="process"][property.name="cwd"]',
          message: 'Generators resolve folders from this.destinationRoot(): Yeoman UI never changes the working folder.',
        },
        {
          selector: 'MemberExpression[property.name="cwd"][object.property.name="env"]',
          message: 'Generators resolve folders from this.destinationRoot(): Yeoman UI never changes the working folder.',
        },
      ],
    },
  },
  {
    // Tests: an expected text or pattern reads best on one line, next to what produced it; JSON read
    // back from disk and yeoman-test's loosely typed API are `any` there.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@stylistic/max-len': ['error', { code: 240, ignoreUrls: true, ignorePattern: '^\\s*(//|\\*)' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Generated data lists: one long line of values is how they are regenerated (scripts/).
    files: ['generators/lib/python/confusables.ts', 'generators/lib/python/stdlib-modules.ts'],
    rules: { '@stylistic/max-len': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
