// Bundles the extension and the command-line entry into dist/.
// dist/cli.js must run with no node_modules beside it (the editor's own Node runs it
// from the installed extension folder), so everything is bundled and nothing is external.
import { build } from 'esbuild';
import { existsSync, rmSync, mkdirSync, cpSync } from 'node:fs';

const watch = process.argv.includes('--watch');
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: 'linked',
  legalComments: 'none',
  // jsonc-parser's `main` is a UMD build whose inner require()s esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

const builds = [
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // The lean entry agents' hooks start; it loads dist/cli.js only when the engine must read a call.
  build({ ...common, entryPoints: ['src/cli/hookMain.ts'], outfile: 'dist/hook.js' }),
];
if (existsSync('src/extension/extension.ts')) {
  builds.push(build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }));
}
await Promise.all(builds);
// Compiled zsh files (*.zwc) are written beside the scripts by the shells themselves; one copied
// from src with a fresh time stamp would be read instead of the newer script it was compiled from.
if (existsSync('src/extension/scripts')) cpSync('src/extension/scripts', 'dist/scripts', { recursive: true, filter: (f) => !f.endsWith('.zwc') });
if (watch) console.log('built');
