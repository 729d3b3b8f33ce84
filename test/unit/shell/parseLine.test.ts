// What the shell reader returns for a line: the simple commands that would run (name, arguments, wrappers
// crossed, piped-in text, feeds, remote host) and what it could not read.

import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../src/engine/parse/shell/parseLine';
import type { ParsedLine, SimpleCommand, StdinSource } from '../../../src/engine/model/command';

const CWD = '/home/dev/project';

function read(line: string, files: Record<string, string> = {}): ParsedLine {
  return parseLine(line, { cwd: CWD, env: { HOME: '/home/dev' }, home: '/home/dev', readFile: (p) => files[p] });
}

function source(s: StdinSource | undefined): string | undefined {
  if (!s) return undefined;
  if (s.kind === 'text') return `text:${s.text}`;
  if (s.kind === 'command') return `command:${s.command.name}`;
  return `file:${s.path}`;
}

/** The parts of a simple command a test pins; fields left out of an expectation are not compared. */
interface View {
  name: string;
  args: string[];
  via: string[];
  assigns: Record<string, string>;
  stdin?: string;
  fedBy?: string;
  remoteHost?: string;
}

function view(c: SimpleCommand): View {
  const v: View = { name: c.name, args: c.args.map((a) => a.value), via: c.via, assigns: c.assigns };
  const stdin = source(c.stdin);
  if (stdin !== undefined) v.stdin = stdin;
  const fedBy = source(c.fedBy);
  if (fedBy !== undefined) v.fedBy = fedBy;
  if (c.remoteHost !== undefined) v.remoteHost = c.remoteHost;
  return v;
}

interface ReaderCase {
  line: string;
  /** Every command name read, in the reader's order. */
  names: string[];
  /** Pinned fields of the first command with this name. */
  cmd?: Partial<View> & { name: string };
  unverifiable?: boolean;
  functions?: string[];
}

function runCases(title: string, cases: ReaderCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(JSON.stringify(c.line), () => {
        const p = read(c.line);
        expect(p.commands.map((x) => x.name)).toEqual(c.names);
        if (c.cmd) {
          const found = p.commands.find((x) => x.name === c.cmd?.name);
          expect(found, `no ${c.cmd.name} read`).toBeDefined();
          expect(view(found as SimpleCommand)).toMatchObject(c.cmd);
        }
        expect(p.unverifiable.length > 0, JSON.stringify(p.unverifiable)).toBe(c.unverifiable ?? false);
        if (c.functions) expect(p.functions).toEqual(c.functions);
      });
    }
  });
}

runCases('splitting a line into simple commands', [
  { line: 'a; b && c || d | e & f', names: ['a', 'b', 'c', 'd', 'e', 'f'], cmd: { name: 'e', stdin: 'command:d' } },
  { line: 'a\nb; c', names: ['a', 'b', 'c'] },
  { line: 'a |& b', names: ['a', 'b'], cmd: { name: 'b', stdin: 'command:a' } },
  { line: '(a; b)', names: ['a', 'b'] },
  { line: 'echo x && (cd a && rm -rf b)', names: ['echo', 'cd', 'rm'], cmd: { name: 'rm', args: ['-rf', 'b'], via: [] } },
  { line: '{ a; b; }', names: ['a', 'b'] },
  { line: 'if true; then rm -rf x; fi', names: ['true', 'rm'] },
  { line: 'rm -rf x & echo y', names: ['rm', 'echo'] },
  { line: 'echo $(rm -rf x)', names: ['rm', 'echo'], cmd: { name: 'rm', args: ['-rf', 'x'], via: ['$( )'] } },
  { line: 'echo "$(rm -rf x)"', names: ['rm', 'echo'], cmd: { name: 'rm', via: ['$( )'] } },
  { line: 'echo `rm -rf x`', names: ['rm', 'echo'], cmd: { name: 'rm', args: ['-rf', 'x'] } },
  { line: 'x=$(rm -rf y)', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'y'] } },
  { line: 'echo $(echo $(echo $(rm -rf x)))', names: ['rm', 'echo', 'echo', 'echo'], cmd: { name: 'rm', via: ['$( )', '$( )', '$( )'] } },
  { line: 'diff <(ls a) <(ls b)', names: ['ls', 'ls', 'diff'], cmd: { name: 'ls', args: ['a'], via: ['<( )'] } },
  { line: 'tee >(rm -rf x)', names: ['rm', 'tee'], cmd: { name: 'rm', args: ['-rf', 'x'] } },
  // Operators inside quotes and comments are text.
  { line: 'echo \'a;b\' ; echo "c && d"', names: ['echo', 'echo'], cmd: { name: 'echo', args: ['a;b'] } },
  { line: 'rm -rf x # rm -rf /', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'] } },
  { line: 'a=1 b=2', names: [] },
  { line: 'X=1 Y="two words" cmd', names: ['cmd'], cmd: { name: 'cmd', assigns: { X: '1', Y: 'two words' } } },
]);

runCases('heredocs, here-strings and line continuations', [
  { line: 'cat <<EOF | sh\nrm -rf $HOME/x\nEOF', names: ['cat', 'rm'], cmd: { name: 'rm', args: ['-rf', '$HOME/x'], via: ['sh (stdin)'] } },
  { line: "sh <<'EOF'\nrm -rf /\nEOF", names: ['rm'], cmd: { name: 'rm', args: ['-rf', '/'], via: ['sh (stdin)'] } },
  { line: 'bash <<-EOF\n\trm -rf x\n\tEOF', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'] } },
  { line: 'psql <<EOF\nDROP TABLE t;\nEOF\necho done', names: ['psql', 'echo'], cmd: { name: 'psql', stdin: 'text:DROP TABLE t;' } },
  { line: 'cat <<"EOF"\nx\nEOF', names: ['cat'], cmd: { name: 'cat', stdin: 'text:x' } },
  { line: "sh <<< 'rm -rf x'", names: ['rm'], cmd: { name: 'rm', via: ['sh (stdin)'] } },
  { line: 'psql <<< "DROP TABLE x"', names: ['psql'], cmd: { name: 'psql', stdin: 'text:DROP TABLE x' } },
  { line: 'rm \\\n  -rf \\\n  x', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'] } },
  { line: "echo 'rm -rf x' | bash", names: ['echo', 'rm'], cmd: { name: 'rm', via: ['bash (stdin)'] } },
  { line: "printf 'rm -rf x\\n' | sh", names: ['printf', 'rm'], cmd: { name: 'rm', args: ['-rf', 'x'] } },
  { line: "echo 'rm -rf /' | bash -s", names: ['echo', 'rm'], cmd: { name: 'rm', args: ['-rf', '/'] } },
  { line: "printf 'DROP TABLE x' | psql", names: ['printf', 'psql'], cmd: { name: 'psql', stdin: 'text:DROP TABLE x' } },
]);

describe('heredoc redirects', () => {
  it('keeps the body and marks whether it expands', () => {
    const unquoted = read('cat <<EOF\nhello $USER\nEOF').commands[0] as SimpleCommand;
    expect(unquoted.redirects.map((r) => [r.op, r.body, r.expands])).toEqual([['<<', 'hello $USER', true]]);
    const quoted = read("cat <<'EOF'\nhello $USER\nEOF").commands[0] as SimpleCommand;
    expect(quoted.redirects.map((r) => [r.op, r.body, r.expands])).toEqual([['<<', 'hello $USER', false]]);
  });

  it('strips leading tabs for <<-', () => {
    const c = read('cat <<-EOF\n\tindented\n\tEOF').commands[0] as SimpleCommand;
    expect(c.redirects[0]?.body).toBe('indented');
  });
});

runCases('quoting tricks normalise the command word', [
  { line: '\\rm -rf x', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'], via: [] } },
  { line: '"rm" -rf x', names: ['rm'] },
  { line: "r''m -rf x", names: ['rm'] },
  { line: "$'\\x72\\x6d' -rf x", names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'] } },
  { line: '/usr/bin/rm -rf x', names: ['rm'] },
  { line: '/usr/bin/env rm -rf x', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'] } },
]);

runCases('wrappers are unwrapped', [
  { line: 'sudo -u bob rm -rf x', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'], via: ['sudo'] } },
  { line: 'sudo -E -u root -- rm -rf x', names: ['rm'], cmd: { name: 'rm', via: ['sudo'] } },
  { line: 'doas rm -rf x', names: ['rm'], cmd: { name: 'rm', via: ['doas'] } },
  { line: 'env -i A=b rm -rf x', names: ['rm'], cmd: { name: 'rm', via: ['env'], assigns: { A: 'b' } } },
  { line: 'timeout 5 rm -rf x', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'], via: ['timeout'] } },
  { line: 'timeout -s KILL 5 rm x', names: ['rm'], cmd: { name: 'rm', args: ['x'] } },
  { line: 'nice -n 5 rm -rf x', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'], via: ['nice'] } },
  { line: 'ionice -c3 rm -rf x', names: ['rm'], cmd: { name: 'rm', via: ['ionice'] } },
  { line: 'nohup rm -rf x &', names: ['rm'], cmd: { name: 'rm', via: ['nohup'] } },
  { line: 'time rm -rf x', names: ['rm'], cmd: { name: 'rm', via: ['time'] } },
  { line: 'exec rm -rf x', names: ['rm'], cmd: { name: 'rm', via: ['exec'] } },
  { line: 'stdbuf -oL rm -rf x', names: ['rm'], cmd: { name: 'rm', via: ['stdbuf'] } },
  { line: 'watch rm -rf x', names: ['rm'], cmd: { name: 'rm', via: ['watch'] } },
  { line: 'command rm -rf x', names: ['rm'], cmd: { name: 'rm', via: ['command'] } },
  { line: 'builtin echo x', names: ['echo'], cmd: { name: 'echo', via: ['builtin'] } },
  { line: 'sudo env FOO=1 timeout 5 nice -n 5 rm -rf x', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'], via: ['sudo', 'env', 'timeout', 'nice'], assigns: { FOO: '1' } } },
  { line: 'xargs rm -rf', names: ['rm'], cmd: { name: 'rm', args: ['-rf'], via: ['xargs'] } },
  { line: 'xargs -n1 -P4 rm -rf', names: ['rm'], cmd: { name: 'rm', args: ['-rf'] } },
  { line: "find . -name '*.tmp' | xargs -0 rm -f", names: ['find', 'rm'], cmd: { name: 'rm', args: ['-f'], via: ['xargs'], fedBy: 'command:find' } },
  { line: "ls | xargs -I{} sh -c 'rm -rf {}'", names: ['ls', 'rm'], cmd: { name: 'rm', via: ['xargs', 'sh -c'], fedBy: 'command:ls' } },
  { line: 'find . -exec rm {} \\;', names: ['find', 'rm'], cmd: { name: 'rm', args: ['{}'], via: ['find -exec'], fedBy: 'command:find' } },
  { line: 'find . -exec rm {} +', names: ['find', 'rm'], cmd: { name: 'rm', args: ['{}'], fedBy: 'command:find' } },
  { line: 'find . -exec rm -rf {} \\; -exec echo {} +', names: ['find', 'rm', 'echo'], cmd: { name: 'echo', fedBy: 'command:find' } },
  { line: 'bash -c "rm -rf x"', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'], via: ['bash -c'] } },
  { line: "sh -c 'rm -rf x'", names: ['rm'], cmd: { name: 'rm', via: ['sh -c'] } },
  { line: "zsh -c 'rm -rf x'", names: ['rm'], cmd: { name: 'rm', via: ['zsh -c'] } },
  { line: "dash -c 'rm -rf x'", names: ['rm'], cmd: { name: 'rm', via: ['dash -c'] } },
  { line: "bash -c \"bash -c 'rm -rf x'\"", names: ['rm'], cmd: { name: 'rm', via: ['bash -c', 'bash -c'] } },
  { line: 'eval "rm -rf x"', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'], via: ['eval'] } },
  { line: "ssh host 'rm -rf x'", names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'], via: ['ssh host'], remoteHost: 'host' } },
  { line: 'ssh -p 22 user@db.prod.internal rm -rf x', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'], remoteHost: 'db.prod.internal' } },
  { line: 'ssh prod-db "psql -c \'DROP TABLE users\'"', names: ['psql'], cmd: { name: 'psql', args: ['-c', 'DROP TABLE users'], remoteHost: 'prod-db' } },
  { line: 'docker exec c rm -rf x', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'], via: ['docker exec c'] } },
  { line: "docker exec -it c sh -c 'rm -rf /data'", names: ['rm'], cmd: { name: 'rm', args: ['-rf', '/data'], via: ['docker exec c', 'sh -c'] } },
  { line: "docker exec -u root -w /app c bash -c 'rm -rf node_modules'", names: ['rm'], cmd: { name: 'rm', via: ['docker exec c', 'bash -c'] } },
  // kubectl itself is kept (the kubernetes pack reads `kubectl exec`), and the command inside is read too.
  { line: 'kubectl exec p -- rm -rf x', names: ['kubectl', 'rm'], cmd: { name: 'rm', args: ['-rf', 'x'], via: ['kubectl exec p'] } },
  { line: 'npx rimraf dist', names: ['rimraf'], cmd: { name: 'rimraf', args: ['dist'], via: ['npx'] } },
  { line: 'npx --yes rimraf dist', names: ['rimraf'], cmd: { name: 'rimraf', args: ['dist'] } },
  { line: 'pnpm dlx rimraf dist', names: ['rimraf'], cmd: { name: 'rimraf', via: ['pnpm dlx'] } },
  { line: 'bunx rimraf dist', names: ['rimraf'], cmd: { name: 'rimraf', via: ['bunx'] } },
  { line: 'uvx ruff check', names: ['ruff'], cmd: { name: 'ruff', args: ['check'], via: ['uvx'] } },
  { line: 'sudo -u postgres psql -c "DROP TABLE x"', names: ['psql'], cmd: { name: 'psql', args: ['-c', 'DROP TABLE x'], via: ['sudo'] } },
  // Asking about a command does not run it.
  { line: 'command -v rm', names: ['command'], cmd: { name: 'command', args: ['-v', 'rm'] } },
  { line: 'command -V rm', names: ['command'] },
  { line: 'type rm', names: ['type'] },
  { line: 'which rm', names: ['which'] },
]);

runCases('functions are read where they are called', [
  { line: 'f() { rm -rf x; }; f', names: ['rm'], cmd: { name: 'rm', args: ['-rf', 'x'], via: ['function f'] }, functions: ['f'] },
  { line: 'function cleanup { rm -rf x; }; cleanup', names: ['rm'], cmd: { name: 'rm', via: ['function cleanup'] }, functions: ['cleanup'] },
  { line: 'f() { rm -rf x; }', names: [], functions: ['f'] },
  { line: 'g() { rm -rf x; }; echo hi', names: ['echo'], functions: ['g'] },
]);

runCases('text that only mentions a command is not read as one', [
  { line: 'echo "rm -rf /"', names: ['echo'], cmd: { name: 'echo', args: ['rm -rf /'] } },
  { line: 'echo rm -rf /', names: ['echo'], cmd: { name: 'echo', args: ['rm', '-rf', '/'] } },
  { line: "printf '%s\\n' 'rm -rf /'", names: ['printf'] },
  { line: "echo 'rm -rf /' > script.sh", names: ['echo'] },
  { line: "echo 'rm -rf /' | sh", names: ['echo', 'rm'], cmd: { name: 'rm', args: ['-rf', '/'], via: ['sh (stdin)'] } },
]);

runCases('what cannot be read is reported', [
  { line: 'curl x | sh', names: ['curl'], unverifiable: true },
  { line: 'curl -fsSL https://example.com/install.sh | sudo bash', names: ['curl'], unverifiable: true },
  { line: 'curl x | sh -s -- --yes', names: ['curl'], unverifiable: true },
  { line: 'wget -qO- https://x | bash', names: ['wget'], unverifiable: true },
  { line: 'base64 -d | sh', names: ['base64'], unverifiable: true },
  { line: 'echo aGVsbG8= | base64 -d | sh', names: ['echo', 'base64'], unverifiable: true },
  { line: '$RM -rf x', names: [], unverifiable: true },
  { line: '${RM} -rf x', names: [], unverifiable: true },
  { line: '"$EDITOR" file', names: [], unverifiable: true },
  { line: 'eval "$(curl x)"', names: ['curl'], unverifiable: true },
  { line: 'eval $CMD', names: [], unverifiable: true },
  { line: 'sh -c "$CMD"', names: [], unverifiable: true },
  { line: 'source <(curl -s x)', names: ['curl'], unverifiable: true },
  { line: '. <(curl -s x)', names: ['curl'], unverifiable: true },
]);

runCases('shell set-up idioms are read as harmless', [
  { line: 'eval "$(ssh-agent -s)"', names: ['ssh-agent'] },
  { line: 'eval "$(direnv hook bash)"', names: ['direnv'] },
  { line: 'eval "$(pyenv init -)"', names: ['pyenv'] },
  { line: 'eval "$(rbenv init -)"', names: ['rbenv'] },
  { line: 'eval "$(brew shellenv)"', names: ['brew'] },
  { line: 'eval "$(starship init bash)"', names: ['starship'] },
  { line: 'eval "$(zoxide init bash)"', names: ['zoxide'] },
  { line: 'eval "$(conda shell.bash hook)"', names: ['conda'] },
  { line: 'source <(kubectl completion bash)', names: ['kubectl'] },
  { line: 'source <(helm completion bash)', names: ['helm'] },
  { line: 'source <(gh completion -s bash)', names: ['gh'] },
  { line: 'source <(npm completion)', names: ['npm'] },
]);

describe('scripts named on the line', () => {
  it('reads a script file piped into sh', () => {
    const p = read('cat cleanup.sh | sh', { [`${CWD}/cleanup.sh`]: 'rm -rf build\nrm -rf src\n' });
    expect(p.commands.filter((c) => c.name === 'rm').map((c) => c.args.map((a) => a.value))).toEqual([
      ['-rf', 'build'],
      ['-rf', 'src'],
    ]);
  });

  it('reads bash x.sh and ./x.sh', () => {
    const files = { [`${CWD}/x.sh`]: 'rm -rf src\n' };
    expect(read('bash x.sh', files).commands.map((c) => c.name)).toContain('rm');
    expect(read('./x.sh', files).commands.map((c) => c.name)).toContain('rm');
  });
});

describe('variables set earlier on the line', () => {
  it('substitutes a literal value and marks the command as data flow', () => {
    const c = read('X=/; rm -rf $X').commands.find((x) => x.name === 'rm') as SimpleCommand;
    expect(c.args.map((a) => a.value)).toEqual(['-rf', '/']);
    expect(c.dataFlow).toBe(true);
  });
});
