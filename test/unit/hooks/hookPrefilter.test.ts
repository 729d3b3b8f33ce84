import { describe, expect, it } from 'vitest';
import { decodePrefilter, mayBeGated } from '../../../src/cli/hooks/hookPrefilter';
import { evaluate } from '../../../src/engine/evaluate';
import { buildShellPrefilter, encodeShellPrefilter } from '../../../src/engine/prefilter/shellPrefilter';

const prefilter = decodePrefilter(encodeShellPrefilter(buildShellPrefilter()));
const env = { HOME: '/home/u', PATH: '/usr/bin' };

describe('hook fast path prefilter', () => {
  it.each(['ls -la src', 'cat README.md | grep -n foo', 'echo hello > notes.txt', 'mkdir -p build/out', 'echo $HOME', 'pwd', 'echo $BASH_ENV', 'echo ${ZDOTDIR-unset}', 'ls | sort', 'du -sh src | sort -h', 'ps aux | sort -rnk 3 | head', 'sort --version-sort x', 'make 2>&1 | tee build.log', 'echo x | tee -a notes.txt /tmp/x'])('clears %s', (cmd) => {
    expect(mayBeGated(cmd, prefilter)).toBe(false);
  });

  it.each([
    'rm -rf important',
    'ls; rm -rf important',
    'echo $(rm -rf important)',
    'echo `rm -rf important`',
    '$RM -rf important',
    'FOO=1 rm -rf important',
    '/usr/bin/rm -rf important',
    '"rm" -rf important',
    'r\\m -rf important',
    "r''m -rf important",
    'echo x > .env',
    'cat x > prod.db',
    'bash -c "rm -rf important"',
    './cleanup.sh',
    'git reset --hard',
    'GIT reset --hard',
    '__dag_pf_every=0',
    'export DESTRUCTIVE_GATE_SOCKET=/tmp/other.sock',
    'unset BASH_ENV',
    "Z'DOTDIR'=/tmp zsh",
    'RM -rf important',
    'remove-item -Recurse C:\\data',
    'curl -X POST https://backboard.railway.com/graphql/v2 -d @body.json',
    'find . -delete',
    'xargs rm < list',
    'ls\trm -rf x',
    'ls\u0000rm -rf x',
    'r\\\nm -rf important',
    'rm${IFS}-rf${IFS}important',
    'x=r; ${x}m -rf important',
    'r${x}m -rf important',
    // sort writes only with its output option, in every spelling sort reads.
    'sort -o /etc/passwd x',
    'sort -o/etc/passwd x',
    'sort -roprod.db x',
    'sort -ro /etc/passwd x',
    'sort --out=prod.db x',
    'sort --output /etc/passwd x',
    // tee's files are read as `>` targets.
    'echo x | tee .env',
    'echo x | tee build.log prod.db',
    'echo x | tee -a -- .env',
    'echo x | tee $OUT',
    'make | tee build.log\nrm -rf important',
  ])('sends %s to the engine', (cmd) => {
    expect(mayBeGated(cmd, prefilter)).toBe(true);
  });

  it('never clears a command the engine gates (sample of gated lines)', () => {
    const gated = ['rm -rf important', 'git push --force origin main', 'terraform destroy', 'kubectl delete ns prod', 'psql -c "DROP TABLE users"', 'docker volume rm data', 'railway volume delete --volume v', 'aws s3 rb s3://b'];
    for (const command of gated) {
      expect(evaluate({ command, cwd: '/home/u/app', env }).verdict).not.toBe('allow');
      expect(mayBeGated(command, prefilter)).toBe(true);
    }
  });

  it('an empty or every-line prefilter clears nothing', () => {
    expect(mayBeGated('ls', decodePrefilter(''))).toBe(true);
    expect(mayBeGated('ls', decodePrefilter('@every-line rm'))).toBe(true);
  });
});
