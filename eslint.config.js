// Lint: eslint's and typescript-eslint's recommended rules over the TypeScript sources.
// Formatting is prettier's (`npm run format`); the two do not overlap.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config({ ignores: ['dist/', 'node_modules/', 'docs/api/', 'out/'] }, js.configs.recommended, ...tseslint.configs.recommended, {
  rules: {
    // Unused names are an error, except those that start with _ (a placeholder kept on purpose).
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    // Finding control characters in input is what the readers' checks are for.
    'no-control-regex': 'off',
  },
});
