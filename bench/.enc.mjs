import { buildSync } from 'esbuild';
buildSync({ entryPoints: ['/work/main/src/engine/prefilter/shellPrefilter.ts'], outfile: '/tmp/pf.cjs', bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
const m = await import('/tmp/pf.cjs');
const p = m.buildShellPrefilter();
const v = m.encodeShellPrefilterForShells(p);
import { writeFileSync } from 'node:fs'; writeFileSync('/tmp/pf-names.txt', v.names); writeFileSync('/tmp/pf-hints.txt', v.hints); writeFileSync('/tmp/pf.txt', m.encodeShellPrefilter(p));
console.log(p.everyLineBecause, v.names.length, v.hints.length, v.names.slice(0,60));
