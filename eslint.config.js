import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Only the Electron glue may import electron; everything else must run under plain Node or in the browser. */
const noElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron: pass what you need in as an argument.' }],
      patterns: [{ group: ['electron/*'], message: 'Only electron/main and electron/preload may import electron.' }],
    },
  ],
};

/** The UI and the shared contract run in the renderer: nothing of the main process, the core or Node may reach them. */
const noMainProcess = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'electron', message: 'The renderer and shared/ never import electron.' }],
      patterns: [
        { group: ['electron/*'], message: 'The renderer and shared/ never import electron.' },
        {
          group: ['**/electron/**', '**/electron'],
          message: 'renderer/ and shared/ may not import anything under electron/: move what both sides need into shared/.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      
    },
  },
  {
    files: ['electron/core/**', 'electron/web/**', 'electron/cli/**', 'bench/**', 'test/**'],
    rules: noElectron,
  },
  {
    files: ['shared/**', 'renderer/**'],
    rules: noMainProcess,
  },
);
