// Builds the .vsix with @vscode/vsce from the already-built dist/ (npm run package runs the build first).
// Everything is bundled, so no node_modules are shipped (--no-dependencies).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const out = process.env.VSIX_OUT ?? `${pkg.name}-${pkg.version}.vsix`;
const vsce = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
console.log(`packaged ${out}`);
