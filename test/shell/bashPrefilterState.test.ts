// The bash prefilter's state in an interactive shell is fixed when it loads: a table that grew with
// every new word a line held spread the shell's heap and made every later fork of the shell cost
// more page faults (docs/terminal.md, "What each fork pays"). Lines with new words must leave the
// gate's variables exactly as they were, and still be read the same way.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildShellPrefilter, encodeShellPrefilterForShells } from '../../src/engine/prefilter/shellPrefilter';
import { SCRIPTS_DIR } from './armedEnvironment';

const values = encodeShellPrefilterForShells(buildShellPrefilter());
const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8', DESTRUCTIVE_GATE_PREFILTER: values.names, DESTRUCTIVE_GATE_PREFILTER_HINTS: values.hints };

// Prints the gate's variables before and after 500 lines of new words, then the answers for a few lines.
const SCRIPT = `
source "${path.join(SCRIPTS_DIR, 'prefilter.bash')}"
state() { declare -p \${!__dag_@}; }
before=$(state)
for ((i = 0; i < 500; i++)); do __dag_hits "ls -la src\${i} | grep word\${i} > /dev/null; cd dir\${i}-x" && echo "hit \${i}"; done
after=$(state)
[[ $before == "$after" ]] && echo same || { echo changed; diff <(echo "$before") <(echo "$after") | head -5; }
for l in 'git status' 'git push --force' 'ls | xargs rm' 'python3.12 x.py' 'echo hi > app.db' 'echo @types'; do
  __dag_hits "$l" && echo "hit: $l" || echo "pass: $l"
done
`;

describe('bash prefilter state', () => {
  it('does not grow with the words of the lines it reads, and reads them the same way', () => {
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', SCRIPT], { env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = r.stdout.trim().split('\n');
    expect(out.filter((l) => l.startsWith('hit '))).toEqual([]);
    expect(out).toContain('same');
    expect(out.slice(-6)).toEqual(['pass: git status', 'hit: git push --force', 'hit: ls | xargs rm', 'hit: python3.12 x.py', 'hit: echo hi > app.db', 'pass: echo @types']);
  });
});
