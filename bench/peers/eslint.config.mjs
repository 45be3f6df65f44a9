// The ESLint 9 flat config bench/run.mjs times against ai-audit: the security plugins' recommended rules, with the
// typescript-eslint parser for TypeScript. Reads only what it is given on the command line.
import security from 'eslint-plugin-security';
import sdl from '@microsoft/eslint-plugin-sdl';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

const sdlRules = Object.fromEntries(Object.keys(sdl.rules ?? {}).map((name) => [`@microsoft/sdl/${name}`, 'error']));

export default [
  {
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { security, '@microsoft/sdl': sdl, 'no-unsanitized': noUnsanitized },
    rules: { ...security.configs.recommended.rules, ...sdlRules, 'no-unsanitized/method': 'error', 'no-unsanitized/property': 'error' },
  },
  { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tseslint.parser } },
];
