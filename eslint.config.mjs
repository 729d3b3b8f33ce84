// Lint, including the layering of ARCHITECTURE.md: only src/extension imports 'vscode',
// and the engine does no I/O (no fs, net, child_process, process state).
import tseslint from 'typescript-eslint';

const nodeIo = ['fs', 'fs/promises', 'net', 'child_process', 'http', 'https', 'os', 'worker_threads', 'dgram', 'tls', 'readline'];
const ioPatterns = nodeIo.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/node_modules/**', '.e2e/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: "Only src/extension may import 'vscode'." }] }],
    },
  },
  {
    files: ['src/extension/**/*.ts', 'test/integration/**/*.ts', 'test/e2e/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: "The engine is pure: no 'vscode'." }, ...ioPatterns.map((name) => ({ name, message: 'The engine does no I/O; gather facts in src/facts.' }))],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The engine reads no process state; take it as input.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'The engine reads no clock.' }],
    },
  },
);
