// The in-shell prefilter is a superset of what the rules gate: every must-gate case of the rule
// tables and every confirm/deny case of the shared corpora hits it, when run by the real bash,
// zsh and fish prefilter scripts with the prefilter generated from the registry.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { READER_WORDS } from '../../src/engine/parse/shell/unwrap';
import { buildShellPrefilter, encodeShellPrefilterForShells, TARGET_COMMANDS } from '../../src/engine/prefilter/shellPrefilter';
import type { RuleCases } from '../rules/ruleTable';
import { REPO, SCRIPTS_DIR } from './armedEnvironment';

const SHARED_CORPUS = path.resolve(REPO, '../shared/corpus');

type Shell = 'bash' | 'zsh' | 'fish';
const has = (sh: string): boolean => spawnSync(sh, ['--version']).status === 0;

/**
 * Each way a shell's prefilter runs: bash defines __dag_hits as a function in an interactive shell
 * and reads its body once per call for `bash -c`; zsh hashes the names in an interactive shell and
 * matches them as one pattern for `zsh -c`; fish runs with and without its qmark-noglob feature
 * (`?` in a pattern then matches only itself), and bash and zsh also with options a user's rc file
 * may set. Every way must be a superset on its own.
 */
type Mode = 'bash' | 'bash -c' | 'bash user options' | 'zsh' | 'zsh -c' | 'zsh user options' | 'fish' | 'fish qmark-noglob';
const SHELL_OF: Record<Mode, Shell> = { bash: 'bash', 'bash -c': 'bash', 'bash user options': 'bash', zsh: 'zsh', 'zsh -c': 'zsh', 'zsh user options': 'zsh', fish: 'fish', 'fish qmark-noglob': 'fish' };
const MODES = (['bash', 'bash -c', 'bash user options', 'zsh', 'zsh -c', 'zsh user options', 'fish', 'fish qmark-noglob'] as const).filter((m) => has(SHELL_OF[m]));

// `options`: settings a user's rc file may hold, which change how patterns and expansions behave.
const bashLoop = (once: string, options = ''): string[] => ['bash', '--norc', '--noprofile', '-c', `${options}__dag_pf_once=${once}; source "${SCRIPTS_DIR}/prefilter.bash"; while IFS= read -r -d '' l; do if __dag_hits "$l"; then printf 1; else printf 0; fi; done`];
// zsh's `read -d ''` costs a system call per byte: read the input at once, split at NUL.
const zshLoop = (hash: string, options = ''): string[] => ['zsh', '-f', '-c', `${options}__dag_pf_hash=${hash}; source "${SCRIPTS_DIR}/prefilter.zsh"; zmodload zsh/system; d=; while sysread -i 0 c; do d+="$c"; done; for l in "\${(@ps:\\0:)d%$'\\0'}"; do if __dag_hits "$l"; then printf 1; else printf 0; fi; done`];
const fishLoop = (features: string[]): string[] => ['fish', ...features, '--no-config', '-c', `source "${SCRIPTS_DIR}/prefilter.fish"; while read -z l; if __dag_hits "$l"; printf 1; else; printf 0; end; end`];
const LOOP: Record<Mode, string[]> = {
  bash: bashLoop('0'),
  'bash -c': bashLoop('1'),
  'bash user options': bashLoop('0', 'shopt -s nocasematch extglob failglob nullglob dotglob; set -u; '),
  zsh: zshLoop('1'),
  'zsh -c': zshLoop('0'),
  'zsh user options': zshLoop('1', 'setopt ksh_arrays sh_word_split glob_subst rc_expand_param no_unset extended_glob null_glob; '),
  fish: fishLoop([]),
  // With fish's qmark-noglob feature (a common setting) `?` in a pattern matches only itself.
  'fish qmark-noglob': fishLoop(['--features', 'qmark-noglob']),
};

/** The environment a protected terminal's shells read the prefilter from (or the given values). */
function prefilterEnv(values = encodeShellPrefilterForShells(buildShellPrefilter())): Record<string, string> {
  return { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8', DESTRUCTIVE_GATE_PREFILTER: values.names, DESTRUCTIVE_GATE_PREFILTER_HINTS: values.hints };
}

/** Runs every line through one shell's prefilter in one process; returns the lines it let through. */
function misses(mode: Mode, lines: readonly string[], values?: { names: string; hints: string }): string[] {
  const [cmd, ...args] = LOOP[mode] as [string, ...string[]];
  const r = spawnSync(cmd, args, {
    input: lines.map((l) => l + '\0').join(''),
    env: prefilterEnv(values),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  expect(r.stderr).toBe('');
  expect(r.stdout).toHaveLength(lines.length);
  return lines.filter((_, i) => r.stdout[i] !== '1');
}

/** All modes at once (the machine has 2 cores): mode -> the lines its prefilter let through, joined. */
function missesInEveryShell(lines: readonly string[]): Promise<Record<string, string>> {
  const input = lines.map((l) => l + '\0').join('');
  const one = (shell: Mode): Promise<[string, string]> =>
    new Promise((resolve, reject) => {
      const [cmd, ...args] = LOOP[shell] as [string, ...string[]];
      const p = spawn(cmd, args, { env: prefilterEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      const timer = setTimeout(() => p.kill('SIGKILL'), 240_000);
      p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      p.on('error', reject);
      p.on('close', () => {
        clearTimeout(timer);
        if (err !== '' || out.length !== lines.length) reject(new Error(`${shell}: ${err || `${out.length} answers for ${lines.length} lines`}`));
        else resolve([shell, lines.filter((_, i) => out[i] !== '1').join('\n')]);
      });
      p.stdin.end(input);
    });
  return Promise.all(MODES.map(one)).then((pairs) => Object.fromEntries(pairs));
}

function isRuleCases(v: unknown): v is RuleCases[] {
  return Array.isArray(v) && v.every((t) => typeof t === 'object' && t !== null && 'rule' in t && 'gate' in t);
}

// The bash prefilter's state in an interactive shell is fixed when it loads: a table that grew with
// every new word a line held spread the shell's heap and made every later fork of the shell cost
// more page faults (docs/terminal.md, "What each fork pays"). Prints the gate's variables before
// and after 500 lines of new words, then the answers for a few lines.
const BASH_STATE_SCRIPT = `
source "${SCRIPTS_DIR}/prefilter.bash"
state() { declare -p \${!__dag_@}; }
before=$(state)
for ((i = 0; i < 500; i++)); do __dag_hits "ls -la src\${i} | grep word\${i} > /dev/null; cd dir\${i}-x" && echo "hit \${i}"; done
after=$(state)
[[ $before == "$after" ]] && echo same || { echo changed; diff <(echo "$before") <(echo "$after") | head -5; }
for l in 'git status' 'git push --force' 'ls | xargs rm' 'python3.12 x.py' 'echo hi > app.db' 'echo @types'; do
  __dag_hits "$l" && echo "hit: $l" || echo "pass: $l"
done
`;

describe('shell prefilter', () => {
  it('needs no every-line fallback for the built-in rules (each `*` rule has a structural entry)', () => {
    const p = buildShellPrefilter();
    expect(p.everyLineBecause).toEqual([]);
    expect(p.everyLine).toBe(false);
  });

  it.each(MODES)('lets ordinary lines through without the engine in %s, including read-only uses of gated tools', (shell) => {
    const harmless = ['ls', 'ls -la', 'cd src && ls', 'echo "$HOME" | wc -c', 'cat README.md > /dev/null', 'echo done >> log.txt', 'make -j4 2>&1', 'grep -rn TODO src | head', 'git status', 'git log --oneline | head', 'git diff HEAD~1', 'docker ps', 'docker images', 'kubectl get pods', 'kubectl -n prod describe pod web-1', 'docker-compose ps', 'make test', 'ls -la ~/projects/app/src | uniq -c | head -n 5', 'tail -n 50 logs/app.log', 'for f in *.ts; do wc -l "$f"; done', 'cat package.json | jq .version', 'ls | sort', 'du -sh src | sort -h', 'ps aux | sort -rnk 3 | head', 'sort -u names.txt', 'make 2>&1 | tee build.log', 'make check 2>&1 | tee -a /tmp/test.log out.txt'];
    expect(misses(shell, harmless)).toEqual(harmless);
  });

  it.each(MODES)('reads names of every character a rule may name in %s (c++, my:tool, a@b, clear-disk, .foo, manage.py), with their variants', (shell) => {
    const values = { names: '@redirect .foo a@b aws c++ clear-disk manage.py my:tool', hints: 'git=push,reset sort=--output,-o' };
    const gated = ['c++ x', '/usr/bin/c++ x', 'C++ x', 'my:tool run', 'a@b', 'clear-disk 1', 'clear-disk2 x', '.foo bar', 'manage.py migrate', 'x | aws-vault exec', 'AWS s3 ls', 'git push', 'git2 status', 'git-filter-repo', 'sort -o out x', 'sort --out=x y', 'echo rm[1] | c++'];
    const harmless = ['c x', 'my x', 'clear x', 'a b', 'manage x', 'git status', 'sort x', 'echo rm[1]', 'ls -la', 'echo c+ my: a@ clear-', 'x=c++'];
    expect(misses(shell, gated, values)).toEqual([]);
    expect(misses(shell, harmless, values)).toEqual(harmless);
  });

  it.skipIf(!has('fish'))("fish: universal variables named like the prefilter's tables add questions at most, and no errors", () => {
    // Any fish of the user can set universal variables; the prefilter's own state is global.
    const home = mkdtempSync(path.join(tmpdir(), 'dag-fish-uvars-'));
    mkdirSync(path.join(home, '.config/fish'), { recursive: true });
    writeFileSync(path.join(home, '.config/fish/fish_variables'), '# VERSION: 3.0\nSETUVAR __dag_hi_zzz:999\nSETUVAR __dag_hi_yyy:nonsense\nSETUVAR __dag_pf_every:0\nSETUVAR __dag_n_rm:\n');
    const lines = ['echo zzz [a', 'yyy push', 'rm -rf x', 'git status'];
    const r = spawnSync('fish', ['-c', `source "${SCRIPTS_DIR}/prefilter.fish"; for l in $argv; if __dag_hits "$l"; printf 1; else; printf 0; end; end`, ...lines], { env: { ...prefilterEnv(), HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') }, encoding: 'utf8' });
    rmSync(home, { recursive: true, force: true });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0010');
  });

  it('bash: the state does not grow with the words of the lines it reads, and reads them the same way', () => {
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', BASH_STATE_SCRIPT], { env: prefilterEnv(), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = r.stdout.trim().split('\n');
    expect(out.filter((l) => l.startsWith('hit '))).toEqual([]);
    expect(out).toContain('same');
    expect(out.slice(-6)).toEqual(['pass: git status', 'hit: git push --force', 'hit: ls | xargs rm', 'hit: python3.12 x.py', 'hit: echo hi > app.db', 'pass: echo @types']);
  });

  // zsh 5.9 keeps ~140 bytes, never freed, for every distinct key asked of an associative array
  // that does not hold it. A prefilter that looked each word of a line up in a table of names grew
  // the shell with every new word (3.9 MB over these calls with the previous script) and each
  // later fork of it paid for that. Each call is its own top-level command here, so zsh frees what
  // the call used between commands, as it does between lines at the prompt.
  it.skipIf(!has('zsh'))('zsh: the shell does not grow with the words of the lines it reads, and reads them the same way', () => {
    const calls: string[] = [];
    for (let i = 0; i < 2000; i++) calls.push(`__dag_hits 'ls -la src${i} > /dev/null; cd dir${i}-x' && echo 'hit ${i}'`, `__dag_hits 'git status --short part${i} word${i}.txt build${i}-x' && echo 'hit git ${i}'`);
    const script = [
      `__dag_pf_hash=1; source "${SCRIPTS_DIR}/prefilter.zsh"`,
      'data() { local l; while read -r l; do [[ $l == VmData:* ]] && print -r -- "data ${${l#VmData:}//[^0-9]}"; done < /proc/$$/status; }',
      'data',
      ...calls,
      'data',
      ...['git status', 'git push --force', 'ls | xargs rm', 'python3.12 x.py', 'echo hi > app.db', 'echo @types', 'mkfs.ext4 /dev/sdb1'].map((l) => `__dag_hits '${l}' && echo 'hit: ${l}' || echo 'pass: ${l}'`),
    ].join('\n');
    const r = spawnSync('zsh', ['-f', '-s'], { input: script + '\n', env: prefilterEnv(), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = r.stdout.trim().split('\n');
    expect(out.filter((l) => l.startsWith('hit '))).toEqual([]);
    const [before, after] = out.filter((l) => l.startsWith('data ')).map((l) => Number(l.slice(5)));
    expect(before).toBeGreaterThan(0);
    expect((after ?? Infinity) - (before ?? 0)).toBeLessThan(64);
    expect(out.slice(-7)).toEqual(['pass: git status', 'hit: git push --force', 'hit: ls | xargs rm', 'hit: python3.12 x.py', 'hit: echo hi > app.db', 'pass: echo @types', 'hit: mkfs.ext4 /dev/sdb1']);
  });

  it('sends on every word the engine reader unwraps (wrappers, runners, shells), as the engine fast path does', () => {
    const p = buildShellPrefilter();
    // tee: its files are read as `>` targets instead (TARGET_COMMANDS).
    const known = new Set([...p.names, ...Object.keys(p.hints), ...TARGET_COMMANDS]);
    expect(READER_WORDS.filter((w) => !known.has(w))).toEqual([]);
    for (const line of ['strace $X', 'mise exec -- $CMD', 'flock /tmp/l $CMD']) for (const mode of MODES) expect(misses(mode, [line]), `${mode}: ${line}`).toEqual([]);
  });

  it('gives git, docker and kubectl argument-word hints generated from their rules and the reader', () => {
    const p = buildShellPrefilter();
    expect(p.hints['git']).toEqual(expect.arrayContaining(['push', 'reset', 'clean', 'checkout', 'branch', 'stash', 'filter-branch']));
    expect(p.hints['docker']).toEqual(expect.arrayContaining(['exec', 'volume', 'rm', 'prune', 'down']));
    expect(p.hints['kubectl']).toEqual(expect.arrayContaining(['exec', 'delete', 'drain', 'replace']));
    expect(p.names).not.toContain('git');
    // Indirection words never carry hints: what they run is another command.
    for (const w of ['bash', 'sudo', 'ssh', 'xargs', 'env']) expect(p.hints[w]).toBeUndefined();
  });

  it('hits every must-gate case of the rule tables', { timeout: 240_000 }, async () => {
    const dir = path.join(REPO, 'test/rules');
    const lines: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.cases.ts'))) {
      const mod = (await import(path.join(dir, f))) as Record<string, unknown>;
      for (const v of Object.values(mod)) {
        if (!isRuleCases(v)) continue;
        for (const t of v) for (const c of t.gate) {
          const command: unknown = typeof c === 'string' ? c : c.command;
          // MCP tool-call cases carry no shell line.
          if (typeof command === 'string') lines.push(command);
        }
      }
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(await missesInEveryShell(lines)).toEqual(Object.fromEntries(MODES.map((m) => [m, ''])));
  });

  it.skipIf(!existsSync(SHARED_CORPUS))('hits every confirm and deny case of the shared corpora (../shared/corpus)', { timeout: 240_000 }, async () => {
    const lines: string[] = [];
    for (const f of readdirSync(SHARED_CORPUS).filter((n) => n.endsWith('.jsonl'))) {
      for (const raw of readFileSync(path.join(SHARED_CORPUS, f), 'utf8').split('\n')) {
        if (raw.trim() === '') continue;
        const c = JSON.parse(raw) as { command?: unknown; expect?: unknown };
        if (typeof c.command === 'string' && (c.expect === 'confirm' || c.expect === 'deny')) lines.push(c.command);
      }
    }
    expect(lines.length).toBeGreaterThan(1000);
    expect(await missesInEveryShell(lines)).toEqual(Object.fromEntries(MODES.map((m) => [m, ''])));
  });
});
