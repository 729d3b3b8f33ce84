// Wrappers are unwrapped so rules see what really runs: `sudo -u x env A=b timeout 5 rm -rf y` is `rm -rf y`.
// Commands that take shell text (`bash -c`, `eval`, `ssh host '...'`, `watch`, `su -c`) have that text read
// recursively; text whose content cannot be known (a variable, a downloaded or decoded script) is unverifiable.

import { posix } from 'node:path';
import type { SimpleCommand, StdinSource, Word } from '../../model/command';
import { MAX_DEPTH, readText, readTokens, type ReaderState } from './parseLine';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'fish', 'busybox', 'rbash', 'yash', 'tcsh', 'csh', 'iex', 'Invoke-Expression', 'invoke-expression']);

interface WrapperSpec {
  /** Options that take a value. */
  valued: readonly string[];
  /** Positionals consumed by the wrapper before the wrapped command (timeout's duration, chroot's folder). */
  leading?: number;
}

const WRAPPERS: Readonly<Record<string, WrapperSpec>> = {
  sudo: { valued: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '-R', '--user', '--group', '--host', '--prompt', '--chdir', '--role', '--type', '--other-user', '--close-from', '--command-timeout'] },
  doas: { valued: ['-u', '-C'] },
  command: { valued: [] },
  builtin: { valued: [] },
  exec: { valued: ['-a'] },
  nohup: { valued: [] },
  setsid: { valued: [] },
  time: { valued: ['-f', '-o', '--format', '--output'] },
  nice: { valued: ['-n', '--adjustment'] },
  ionice: { valued: ['-c', '-n', '-p', '--class', '--classdata'] },
  stdbuf: { valued: ['-i', '-o', '-e', '--input', '--output', '--error'] },
  timeout: { valued: ['-s', '-k', '--signal', '--kill-after'], leading: 1 },
  chroot: { valued: ['--userspec', '--groups'], leading: 1 },
  flock: { valued: ['-w', '--timeout', '-E', '--conflict-exit-code'], leading: 1 },
  unbuffer: { valued: [] },
  caffeinate: { valued: ['-t', '-w'] },
  chronic: { valued: [] },
  strace: { valued: ['-o', '-e', '-p', '-s', '-E', '-u', '-a', '-P', '-I', '-b', '-O', '-S', '-X'] },
  ltrace: { valued: ['-o', '-e', '-p', '-s', '-u', '-a', '-n'] },
  torsocks: { valued: [] },
  proxychains: { valued: ['-f'] },
  proxychains4: { valued: ['-f'] },
  firejail: { valued: [] },
  catchsegv: { valued: [] },
  systemd_run: { valued: [] },
  npx: { valued: ['-p', '--package', '--cache', '--registry', '--userconfig'] },
  bunx: { valued: ['-p', '--package'] },
  uvx: { valued: ['--from', '--with', '-p', '--python', '--index-url'] },
  runuser: { valued: ['-u', '-g', '-G', '--user', '--group', '--supp-group'] },
  dotenv: { valued: ['-e', '-v', '-c'] },
  rlwrap: { valued: [] },
  winpty: { valued: [] },
  script: { valued: [] },
};

/** `pnpm dlx x`, `npm exec x`, `bundle exec x`, `poetry run x`: two-word runners. */
const RUNNERS: Readonly<Record<string, readonly string[]>> = {
  pnpm: ['dlx', 'exec'],
  yarn: ['dlx', 'exec'],
  npm: ['exec', 'x'],
  bun: ['x'],
  bundle: ['exec'],
  poetry: ['run'],
  pdm: ['run'],
  pipenv: ['run'],
  hatch: ['run'],
  uv: ['run'],
  pipx: ['run'],
  rye: ['run'],
  conda: ['run'],
  mamba: ['run'],
  nix: ['run', 'shell'],
  devbox: ['run'],
  mise: ['exec', 'x'],
  asdf: ['exec'],
  'aws-vault': ['exec'],
  op: ['run'],
  doppler: ['run'],
  infisical: ['run'],
  heroku: ['run'],
};

/** Producers that only print local files or facts; their output run as a script is like an unseen local script. */
const LOCAL_READERS = new Set(['cat', 'grep', 'egrep', 'fgrep', 'rg', 'date', 'head', 'tail', 'sort', 'uniq', 'cut', 'env', 'printenv', 'cat', 'less', 'more', 'tac', 'ls']);

/** Set-up idioms whose generated text is well known and harmless. */
const SETUP_IDIOMS = /^(?:ssh-agent|direnv|pyenv|rbenv|nodenv|jenv|goenv|plenv|brew|starship|zoxide|conda|mamba|micromamba|thefuck|fnm|mise|rtx|atuin|oh-my-posh|keychain|dircolors|gpg-agent|opam|luarocks|fzf|mcfly|navi|hub|nvm|volta|sdkman|rustup|pip|pipenv|poetry|register-python-argcomplete|gh|kubectl|helm|npm|pnpm|yarn|docker|minikube|kind|k3d|terraform|tofu|aws|gcloud|az|doctl|flyctl|fly|railway|supabase|ng|rustup|cargo|deno|bun|git|just|task|tailscale|glab|stern|kustomize|argocd|vault|consul|nomad|packer|eksctl|kubeadm|istioctl|velero|cilium|operator-sdk|oc|odo|skaffold|tilt|hugo|gatsby|nx|turbo|lerna|pulumi|cdk|serverless|sls|vercel|netlify|wrangler|firebase|heroku|ansible|molecule|poetry|uv|ruff|black|isort|pdm|hatch|rye)\b.*\b(?:completion|completions|init|hook|shellenv|env|-s|--sh|activate|shell)\b/;

export function isSetupIdiom(text: string): boolean {
  const t = text.trim();
  if (/^(?:[\w./-]+\/)?(?:ssh-agent)(?:\s+-[sc])?$/.test(t)) return true;
  if (/^dircolors\b/.test(t)) return true;
  return SETUP_IDIOMS.test(t) && !/[;&|`]/.test(t.replace(/\|\s*(?:source|\.)\b/, ''));
}

function word(value: string): Word {
  return { value, raw: value, dynamic: false, glob: false, quoted: false };
}

/** Index of the first positional (the wrapped command) after a wrapper's options. */
function skipOptions(args: readonly Word[], spec: WrapperSpec): number {
  let i = 0;
  let leading = spec.leading ?? 0;
  while (i < args.length) {
    const a = (args[i] as Word).value;
    if (a === '--') return i + 1 + leading;
    if (a.startsWith('-') && a.length > 1 && !(args[i] as Word).quoted) {
      if (a.startsWith('--')) {
        if (!a.includes('=') && spec.valued.includes(a)) i++;
      } else if (spec.valued.includes(a.slice(0, 2)) && a.length === 2) {
        i++;
      }
      i++;
      continue;
    }
    if (leading > 0) {
      leading--;
      i++;
      continue;
    }
    return i;
  }
  return i;
}

function push(state: ReaderState, cmd: SimpleCommand): SimpleCommand {
  state.out.push(cmd);
  return cmd;
}

function withWords(base: SimpleCommand, words: Word[], via: string, extra: Partial<SimpleCommand> = {}): SimpleCommand {
  return {
    ...base,
    word: words[0] ?? word(''),
    args: words.slice(1),
    via: [...base.via, via],
    depth: base.depth + 1,
    ...extra,
  };
}

export function basename(value: string): string {
  const slash = Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\'));
  return slash >= 0 ? value.slice(slash + 1) : value;
}

/** `git.exe` → `git`; `RM` → `rm` (case-insensitive file systems), flagged as not certain. */
function normaliseName(name: string): { name: string; folded: boolean } {
  let n = name;
  let folded = false;
  if (/\.exe$/i.test(n)) n = n.slice(0, -4);
  if (/[A-Z]/.test(n) && !/[a-z]/.test(n) && n.length > 1) {
    n = n.toLowerCase();
    folded = true;
  } else if (n !== name) {
    // A `.exe` name is a Windows program: its case does not matter.
    n = n.toLowerCase();
  }
  return { name: n, folded };
}

/** Resolves `$(which rm)`, `` `command -v rm` `` as the command word. */
function whichWord(w: Word): string | undefined {
  const m = /^(?:\$\(|`)\s*(?:which|command\s+-v|type\s+-p)\s+([\w.+-]+)\s*(?:\)|`)$/.exec(w.value);
  return m ? m[1] : undefined;
}

function readScript(path: string, base: SimpleCommand, state: ReaderState, via: string): boolean {
  const reader = state.opts.readFile;
  if (!reader || path === '' || path.includes('$')) return false;
  let abs = path;
  if (abs.startsWith('~/')) abs = state.opts.home + abs.slice(1);
  if (!abs.startsWith('/')) abs = posix.join(state.opts.cwd, abs);
  const text = reader(abs);
  if (text === undefined) return false;
  readText(text, state, base.depth + 1, [...base.via, via], base.remoteHost);
  return true;
}

/** Runs `text` (from stdin, a `-c` string, eval) as shell, or reports why it cannot be read. */
function readShellInput(src: StdinSource | undefined, base: SimpleCommand, state: ReaderState, via: string): void {
  if (!src) return;
  if (src.kind === 'text') {
    const saved = state.dataFlow;
    if (src.dataFlow || base.dataFlow) state.dataFlow = true;
    readText(src.text, state, base.depth + 1, [...base.via, via], base.remoteHost);
    state.dataFlow = saved;
    return;
  }
  if (src.kind === 'file') {
    readScript(src.path, base, state, via);
    return;
  }
  const producer = src.command;
  if (producer.name === '(compound)') {
    state.unverifiable.push({ part: base.text, reason: 'the output of a compound command is run as a script' });
    return;
  }
  const p = producer.name;
  // Local readers print files we cannot see: like `bash x.sh` of an unseen script, judged by what the line shows.
  const generated = producer.stdin?.kind === 'command' && !LOCAL_READERS.has(producer.stdin.command.name);
  if (LOCAL_READERS.has(p) && !producer.fedBy && !generated) return;
  const what = p === 'curl' || p === 'wget' || p === 'fetch' || p === 'http' || p === 'xh' ? 'a downloaded script' : p === 'base64' || p === 'xxd' || p === 'openssl' || p === 'gunzip' || p === 'zcat' || p === 'rev' || p === 'tr' ? 'a decoded script' : `the output of ${p || 'a command'}`;
  if (isSetupIdiom(producer.text)) return;
  state.unverifiable.push({ part: `${producer.text} | ${base.text}`, reason: `${what} is run by ${base.name}` });
}

export function unwrap(base: SimpleCommand, state: ReaderState, depth: number): SimpleCommand | 'compound' | undefined {
  if (depth > MAX_DEPTH) {
    state.unverifiable.push({ part: base.text.slice(0, 120), reason: `wrapped more than ${MAX_DEPTH} levels deep` });
    return undefined;
  }
  const w = base.word;
  // PowerShell assignments (`$m = New-Object ...`, `$env:X=0`) run nothing by themselves.
  if (/^\$[\w:]+(?:=|$)/.test(w.value) && (base.args[0]?.value === '=' || /^\$[\w:]+=/.test(w.value) || base.args[0]?.value.startsWith('='))) return undefined;
  if (w.dynamic) {
    const which = whichWord(w);
    if (which) return unwrap({ ...base, word: word(which) }, state, depth);
    // `$(...)` already read its inner commands; what it prints is then run as a command.
    // A literal path with a variable inside (`/tmp/run_$$`) names a program; a word that *is* an expansion does not.
    if (/^(?:\$|`)/.test(w.value) || /\$\(|`/.test(w.value)) {
      state.unverifiable.push({ part: base.text, reason: `the command word ${w.value} is only known at run time` });
      return undefined;
    }
  }
  if (base.fedBy && (w.value === '{}' || /^\{\d*\}$/.test(w.value))) {
    state.unverifiable.push({ part: base.text, reason: 'the command itself comes from the input xargs or parallel reads' });
    return undefined;
  }
  const normal = normaliseName(basename(w.value));
  const name = normal.name;
  const cmd: SimpleCommand = { ...base, name };
  if (normal.folded) cmd.dataFlow = true;
  // A call of a function defined earlier on the line: its body runs (once is enough to read it).
  const body = state.functions.get(w.value);
  if (body && !w.value.includes('/') && !state.external.has(cmd.word)) {
    if (state.readFunctions.has(w.value) || state.calledFunctions.has(w.value)) return 'compound';
    state.calledFunctions.add(w.value);
    readTokens(body, cmd.text, state, depth + 1, [...cmd.via, `function ${w.value}`], cmd.remoteHost);
    state.calledFunctions.delete(w.value);
    state.readFunctions.add(w.value);
    return 'compound';
  }
  const args = cmd.args;
  const values = args.map((a) => a.value);

  // Plain wrappers: skip their options and re-read the wrapped command.
  const spec = WRAPPERS[name];
  const describesOnly = name === 'command' && values.slice(0, values.indexOf('--') >= 0 ? values.indexOf('--') : values.length).some((v) => /^-[a-zA-Z]*[vV]/.test(v));
  if (describesOnly) return push(state, cmd);
  if (name === 'busybox' && values[0] !== undefined && !SHELLS.has(values[0]) && !values[0].startsWith('-')) {
    return unwrap(withWords(cmd, args, 'busybox'), state, depth + 1);
  }
  if (spec && !(name === 'sudo' && (values.includes('-e') || values.includes('-l') || values.includes('-v') || values.includes('-k')) && !values.some((v) => !v.startsWith('-')))) {
    const start = skipOptions(args, spec);
    if (start >= args.length) return push(state, cmd);
    let inner = args.slice(start);
    if (inner[0]?.value === '!' && !inner[0].quoted) inner = inner.slice(1);
    if (inner.length === 0) return push(state, cmd);
    if ((name === 'sudo' && values.slice(0, start).includes('-e')) || (name === 'flock' && values.slice(0, start).some((v) => v === '-c' || v === '--command'))) return push(state, cmd);
    const wrapped = withWords(cmd, inner, name);
    // Only the shell's own keywords and builtins can call a shell function; programs (sudo, env, /usr/bin/time) cannot.
    const keyword = (name === 'time' && Object.keys(cmd.assigns).length === 0 && !cmd.word.quoted) || name === 'command' || name === 'builtin';
    if (!keyword) state.external.add(wrapped.word);
    return unwrap(wrapped, state, depth + 1);
  }
  if (name === 'command' || name === 'sudoedit') return push(state, cmd);

  const runner = RUNNERS[name];
  if (runner && values[0] !== undefined && runner.includes(values[0])) {
    // `aws-vault exec PROFILE -- cmd`: the profile is a positional of the runner.
    const rest = name === 'aws-vault' ? args.slice(values[2] === '--' ? 3 : 2) : args.slice(1);
    const start = skipOptions(rest, { valued: ['-p', '--package', '-c', '--from', '--with', '--python', '--env', '-e', '-n', '--name'] });
    if (start < rest.length) return unwrap(withWords(cmd, rest.slice(start), `${name} ${values[0]}`), state, depth + 1);
    return push(state, cmd);
  }
  if (name === 'npx' || name === 'pnpx') {
    const c = values.indexOf('-c');
    if (c >= 0 && values[c + 1] !== undefined) {
      readText(values[c + 1] as string, state, depth + 1, [...cmd.via, 'npx -c'], cmd.remoteHost);
      return 'compound';
    }
  }

  if (name === 'env') {
    const assigns = { ...cmd.assigns };
    let i = 0;
    while (i < args.length) {
      const a = values[i] as string;
      if (a === '-u' || a === '--unset' || a === '-C' || a === '--chdir' || a === '-P') {
        i += 2;
        continue;
      }
      if (a === '-S' || a === '--split-string' || a.startsWith('-S') || a.startsWith('--split-string=')) {
        // -S splits its string into arguments and env goes on reading options from them.
        const str = a === '-S' || a === '--split-string' ? values[i + 1] ?? '' : a.startsWith('-S') ? a.slice(2) : a.slice(a.indexOf('=') + 1);
        const split = str.trim().split(/\s+/).filter((x) => x.length > 0).map((v) => word(v));
        const rest = args.slice(a === '-S' || a === '--split-string' ? i + 2 : i + 1);
        return unwrap(withWords(cmd, [word('env'), ...split, ...rest], 'env -S', { assigns }), state, depth + 1);
      }
      if (a.startsWith('-')) {
        i++;
        continue;
      }
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(a);
      if (m) {
        assigns[m[1] as string] = m[2] as string;
        i++;
        continue;
      }
      break;
    }
    if (i >= args.length) return push(state, cmd);
    return unwrap(withWords(cmd, args.slice(i), 'env', { assigns }), state, depth + 1);
  }

  if (SHELLS.has(name)) return unwrapShell(cmd, state, depth);
  if (name === 'eval') return unwrapEval(cmd, state, depth);
  if (name === 'source' || name === '.') return unwrapSource(cmd, state, depth);
  if (name === 'ssh' || name === 'autossh' || name === 'mosh') return unwrapSsh(cmd, state, depth);
  if (name === 'su') {
    const c = values.findIndex((v) => v === '-c' || v === '--command');
    if (c >= 0 && values[c + 1] !== undefined) {
      readShellString(args[c + 1] as Word, cmd, state, depth, 'su -c');
      return 'compound';
    }
    return push(state, cmd);
  }
  if (name === 'watch') {
    const start = skipOptions(args, { valued: ['-n', '--interval', '-d', '--differences', '-q', '--equexit'] });
    const rest = args.slice(start);
    if (rest.length === 0) return push(state, cmd);
    if (values.slice(0, start).some((v) => v === '-x' || v === '--exec') || (rest.length > 1 && !/\s/.test((rest[0] as Word).value))) return unwrap(withWords(cmd, rest, 'watch'), state, depth + 1);
    readText(rest.map((a) => a.value).join(' '), state, depth + 1, [...cmd.via, 'watch'], cmd.remoteHost);
    return 'compound';
  }
  if (name === 'xargs' || name === 'parallel') return unwrapXargs(cmd, state, depth);
  if ((name === 'docker' || name === 'podman' || name === 'nerdctl') && (values[0] === 'exec' || ((values[0] === 'compose' || values[0] === 'container') && values[1] === 'exec'))) {
    const off = values[0] === 'exec' ? 1 : 2;
    const rest = args.slice(off);
    const start = skipOptions(rest, { valued: ['-e', '--env', '-u', '--user', '-w', '--workdir', '--env-file', '--detach-keys', '--index'] });
    const target = rest[start];
    const inner = rest.slice(start + 1);
    if (target && inner.length > 0) return unwrap(withWords(cmd, inner, `${name} exec ${target.value}`, { remoteHost: target.value, remoteKind: 'container' }), state, depth + 1);
    return push(state, cmd);
  }
  if ((name === 'docker-compose' || name === 'podman-compose') && values[0] === 'exec') {
    const rest = args.slice(1);
    const start = skipOptions(rest, { valued: ['-e', '--env', '-u', '--user', '-w', '--workdir', '--index'] });
    const target = rest[start];
    const inner = rest.slice(start + 1);
    if (target && inner.length > 0) return unwrap(withWords(cmd, inner, `${name} exec ${target.value}`), state, depth + 1);
    return push(state, cmd);
  }
  if ((name === 'kubectl' || name === 'oc') && values[0] === 'exec') {
    const dd = values.indexOf('--');
    push(state, cmd);
    if (dd >= 0 && dd + 1 < values.length) {
      const opts = args.slice(1, dd);
      const pod = opts[skipOptions(opts, { valued: ['-n', '--namespace', '-c', '--container', '--context', '--cluster', '--kubeconfig', '-f', '--filename', '--pod-running-timeout', '-s', '--server', '--user', '--as', '--token'] })]?.value ?? 'pod';
      return unwrap(withWords(cmd, args.slice(dd + 1), `${name} exec ${pod}`, { remoteHost: pod, remoteKind: 'kubectl' }), state, depth + 1);
    }
    return cmd;
  }
  if (name === 'find') return unwrapFind(cmd, state, depth);
  // A script run by path: read it when it is a file the caller can see.
  if (w.value.includes('/') && !w.value.startsWith('/usr/') && !w.value.startsWith('/bin/') && !w.value.startsWith('/sbin/') && /\.(?:sh|bash|zsh)$|^\.\//.test(w.value)) {
    if (readScript(w.value, cmd, state, `script ${w.value}`)) return 'compound';
  }
  return push(state, cmd);
}

/** Reads a `-c` string; a string that is itself one expansion (`"$CMD"`, `"$(curl ...)"`) cannot be read. */
function readShellString(text: Word, cmd: SimpleCommand, state: ReaderState, depth: number, via: string): void {
  if (text.dynamic && /^(?:\$\{?[A-Za-z_@*][A-Za-z0-9_]*\}?|\$\(.*\)|`.*`)$/s.test(text.value.trim())) {
    state.unverifiable.push({ part: cmd.text, reason: `${via} runs ${text.value.slice(0, 60)}, only known at run time` });
    return;
  }
  const saved = state.inheritFed;
  const functions = state.functions;
  if (cmd.fedBy) state.inheritFed = cmd.fedBy;
  // A new shell process does not see the functions of this one.
  state.functions = new Map();
  readText(text.value, state, depth + 1, [...cmd.via, via], cmd.remoteHost);
  state.functions = functions;
  state.inheritFed = saved;
}

function unwrapShell(cmd: SimpleCommand, state: ReaderState, depth: number): SimpleCommand | 'compound' | undefined {
  const args = cmd.args;
  let i = 0;
  let dashC = false;
  let dashS = false;
  while (i < args.length) {
    const a = (args[i] as Word).value;
    if (a === '--') {
      i++;
      break;
    }
    if (/^[-+][A-Za-z]+$/.test(a) && a !== '-' ) {
      if (a.startsWith('-') && a.includes('c')) dashC = true;
      if (a.startsWith('-') && a.includes('s')) dashS = true;
      if (a === '-o' || a === '+o' || a === '-O' || a === '+O') i++;
      i++;
      continue;
    }
    if (a.startsWith('--')) {
      if (a === '--rcfile' || a === '--init-file') i++;
      if (a === '--command') dashC = true;
      i++;
      continue;
    }
    break;
  }
  const first = args[i];
  const via = `${cmd.name} -c`;
  if (cmd.name === 'busybox' && first && SHELLS.has(first.value)) {
    return unwrapShell(withWords(cmd, args.slice(i), 'busybox'), state, depth + 1);
  }
  if (dashC) {
    const fed = cmd.fedBy;
    if (!first || (fed && /^\{\d*\}$/.test(first.value))) {
      if (!fed) return push(state, cmd);
      if (fed.kind === 'text' && first) {
        // `xargs -I{} bash -c {}`: the input is the script.
        readShellInput({ ...fed, dataFlow: true }, cmd, state, `${via} (xargs input)`);
      } else {
        // `xargs bash -c`: the input lines become the script; read what is visible, and still ask.
        if (fed.kind === 'text') readShellInput(fed, cmd, state, `${via} (xargs input)`);
        state.unverifiable.push({ part: cmd.text, reason: `${via} runs the input xargs or parallel reads as a script` });
      }
      return 'compound';
    }
    readShellString(first, cmd, state, depth, via);
    return 'compound';
  }
  if (first && first.value.startsWith('<(') && first.value.endsWith(')')) {
    // `bash <(curl ...)`: the shell runs another command's output, like `curl ... | bash`.
    return unwrapSource({ ...cmd, name: 'source', args: [first] }, state, depth);
  }
  if (first && (first.value === '/dev/stdin' || first.value === '-')) {
    readShellInput(cmd.stdin, cmd, state, `${cmd.name} /dev/stdin`);
    return 'compound';
  }
  if (first && !dashS) {
    if (first.dynamic) return push(state, cmd);
    if (readScript(first.value, cmd, state, `${cmd.name} ${first.value}`)) return 'compound';
    return push(state, cmd);
  }
  // No script named: the shell reads its standard input.
  if (cmd.stdin?.kind === 'command' && isSetupIdiom(cmd.stdin.command.text)) return cmd.stdin.command;
  if (cmd.stdin) {
    readShellInput(cmd.stdin, cmd, state, `${cmd.name} (stdin)`);
    return 'compound';
  }
  return push(state, cmd);
}

function unwrapEval(cmd: SimpleCommand, state: ReaderState, depth: number): SimpleCommand | 'compound' | undefined {
  const text = cmd.args.map((a) => a.value).join(' ');
  if (cmd.args.some((a) => a.dynamic)) {
    const inner = /^\$\((.*)\)$/s.exec(text.trim()) ?? /^`(.*)`$/s.exec(text.trim());
    if (inner && isSetupIdiom(inner[1] as string)) return 'compound';
    state.unverifiable.push({ part: cmd.text, reason: `eval runs text generated at run time (${text.slice(0, 60)})` });
    return undefined;
  }
  readText(text, state, depth + 1, [...cmd.via, 'eval'], cmd.remoteHost);
  return 'compound';
}

function unwrapSource(cmd: SimpleCommand, state: ReaderState, _depth: number): SimpleCommand | 'compound' | undefined {
  const first = cmd.args[0];
  if (!first) {
    if (cmd.stdin) readShellInput(cmd.stdin, cmd, state, `${cmd.name} (stdin)`);
    return 'compound';
  }
  const v = first.value;
  if (v.startsWith('<(') && v.endsWith(')')) {
    const inner = v.slice(2, -1).trim();
    if (isSetupIdiom(inner)) return 'compound';
    // Output of a local reader (`source <(grep = config.sh)`) is like an unseen local script.
    if (LOCAL_READERS.has(inner.split(/\s+/)[0] ?? '') && !inner.includes('|')) return 'compound';
    const innerCmds = state.out.slice(-20).reverse().find((c) => inner.startsWith(c.word.value) || c.text === inner);
    if (innerCmds && (innerCmds.name === 'echo' || innerCmds.name === 'printf')) {
      const src: StdinSource | undefined = innerCmds.args.some((a) => a.dynamic) ? undefined : { kind: 'text', text: innerCmds.args.map((a) => a.value).join(' '), from: innerCmds.name };
      if (src) {
        readShellInput(src, cmd, state, `${cmd.name} <( )`);
        return 'compound';
      }
    }
    state.unverifiable.push({ part: cmd.text, reason: `${cmd.name} runs the output of ${inner.slice(0, 60)}` });
    return undefined;
  }
  if (v === '/dev/stdin' || v === '-') {
    readShellInput(cmd.stdin, cmd, state, `${cmd.name} /dev/stdin`);
    return 'compound';
  }
  if (first.dynamic) return push(state, cmd);
  if (readScript(v, cmd, state, `${cmd.name} ${v}`)) return 'compound';
  return push(state, cmd);
}

const SSH_VALUED = ['-b', '-c', '-D', '-E', '-e', '-F', '-I', '-i', '-J', '-L', '-l', '-m', '-O', '-o', '-p', '-Q', '-R', '-S', '-W', '-w', '-B'];

function unwrapSsh(cmd: SimpleCommand, state: ReaderState, depth: number): SimpleCommand | 'compound' | undefined {
  const args = cmd.args;
  let i = 0;
  while (i < args.length) {
    const a = (args[i] as Word).value;
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('-') && a.length > 1) {
      if (SSH_VALUED.includes(a)) i++;
      i++;
      continue;
    }
    break;
  }
  const host = args[i];
  // OpenSSH ends its own options at `--` after the host too.
  const rest = args.slice(i + 1)[0]?.value === '--' ? args.slice(i + 2) : args.slice(i + 1);
  if (!host) return push(state, cmd);
  const hostName = host.value.replace(/^[^@]*@/, '');
  if (rest.length === 0) {
    // `ssh host < script.sh` / heredoc: the remote shell reads stdin.
    if (cmd.stdin && cmd.stdin.kind !== 'command') {
      readShellInput(cmd.stdin, { ...cmd, remoteHost: hostName }, state, `ssh ${hostName}`);
      return 'compound';
    }
    return push(state, cmd);
  }
  if (rest.some((a) => a.dynamic && /^\$\(|^`/.test(a.value))) {
    state.unverifiable.push({ part: cmd.text, reason: 'the remote command is generated at run time' });
  }
  readText(rest.map((a) => a.value).join(' '), state, depth + 1, [...cmd.via, `ssh ${hostName}`], hostName);
  return 'compound';
}

const XARGS_VALUED = ['-I', '-J', '-R', '-S', '--process-slot-var', '-L', '-l', '-n', '-P', '-d', '-a', '-s', '-E', '-e', '--max-args', '--max-procs', '--delimiter', '--arg-file', '--max-lines', '--eof'];
const PARALLEL_VALUED = ['-j', '--jobs', '-S', '--sshlogin', '--sshloginfile', '--slf', '--results', '--res', '--joblog', '--env', '-a', '--arg-file', '--colsep', '-C', '-d', '--delimiter', '-E', '-I', '--tmpdir', '--workdir', '--wd', '--delay', '--timeout', '--retries', '-n', '-N', '-L', '-P', '--halt', '--memfree', '--load', '--nice', '--tag-string', '--tagstring', '--basefile', '--bf', '--return', '--transferfile', '--tf', '--max-args', '--max-replace-args', '--jobslot-var', '--seqreplace', '--termseq', '--limit', '--onall-sep', '--rpl', '--plus-rpl', '--sqlmaster', '--sqlworker', '--sql'];
const PLACEHOLDER = /\{(?:\d*|\.|\/|\/\/|\/\.|#|%)\}/g;

function skipRunnerOptions(args: readonly Word[], valued: readonly string[]): { index: number; replace?: string } {
  let i = 0;
  let replace: string | undefined;
  while (i < args.length) {
    const a = (args[i] as Word).value;
    if (a === '--') return { index: i + 1, ...(replace !== undefined ? { replace } : {}) };
    if (a === ':::' || a === '::::' || !a.startsWith('-') || a.length === 1) break;
    if (a === '-I' || a === '-J') replace = (args[i + 1] as Word | undefined)?.value ?? '{}';
    else if (a === '--replace') replace = '{}';
    else if (a.startsWith('-i') && !a.startsWith('--')) replace = a.length > 2 ? a.slice(2) : '{}';
    else if (a.startsWith('--replace=')) replace = a.slice('--replace='.length);
    else if (/^-I./.test(a)) replace = a.slice(2);
    if (valued.includes(a)) i++;
    i++;
  }
  return { index: i, ...(replace !== undefined ? { replace } : {}) };
}

function unwrapXargs(cmd: SimpleCommand, state: ReaderState, depth: number): SimpleCommand | 'compound' | undefined {
  const isParallel = cmd.name === 'parallel';
  const { index, replace } = skipRunnerOptions(cmd.args, isParallel ? PARALLEL_VALUED : XARGS_VALUED);
  let inner = cmd.args.slice(index);
  const sep = inner.findIndex((a) => a.value === ':::' || a.value === ':::+' || a.value === '::::');
  if (isParallel && sep >= 0) {
    // `parallel cmd ::: a b`: one job per literal argument, substituted into {} or appended.
    const literals = inner.slice(sep + 1).filter((a) => !a.value.startsWith(':::'));
    inner = inner.slice(0, sep);
    for (const lit of literals.slice(0, 32)) {
      if (inner.length === 0) {
        readText(lit.value, state, depth + 1, [...cmd.via, 'parallel :::'], cmd.remoteHost);
        continue;
      }
      const hasSlot = inner.some((w) => PLACEHOLDER.test(w.value));
      PLACEHOLDER.lastIndex = 0;
      const words = hasSlot ? inner.map((w) => (/\{[^}]*\}/.test(w.value) ? { ...w, value: w.value.replace(PLACEHOLDER, lit.value) } : w)) : [...inner, lit];
      const job = withWords(cmd, words, 'parallel', { redirects: [] });
      delete job.stdin;
      delete job.fedBy;
      unwrap(job, state, depth + 1);
    }
    return 'compound';
  }
  const fed: StdinSource | undefined = cmd.stdin && isParallel && cmd.stdin.kind === 'text' ? { ...cmd.stdin, dataFlow: true } : cmd.stdin;
  if (inner.length === 0) {
    if (isParallel && fed) readShellInput(fed, { ...cmd, dataFlow: true }, state, 'parallel (stdin)');
    return isParallel ? 'compound' : push(state, cmd);
  }
  const wrapped = withWords(cmd, inner, cmd.name, { redirects: [] });
  delete wrapped.stdin;
  // With a replace string, input only lands where the string appears.
  const lands = replace === undefined || inner.some((w) => w.value.includes(replace));
  if (fed && lands) wrapped.fedBy = fed;
  else delete wrapped.fedBy;
  if (isParallel) wrapped.dataFlow = true;
  return unwrap(wrapped, state, depth + 1);
}

function unwrapFind(cmd: SimpleCommand, state: ReaderState, depth: number): SimpleCommand {
  push(state, cmd);
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const a = (args[i] as Word).value;
    if (a !== '-exec' && a !== '-execdir' && a !== '-ok' && a !== '-okdir') continue;
    let j = i + 1;
    while (j < args.length && (args[j] as Word).value !== ';' && (args[j] as Word).value !== '+') j++;
    const inner = args.slice(i + 1, j);
    if (inner.length > 0) {
      const wrapped = withWords(cmd, inner, `find ${a}`, { redirects: [] });
      delete wrapped.stdin;
      wrapped.fedBy = { kind: 'command', command: cmd };
      unwrap(wrapped, state, depth + 1);
    }
    i = j;
  }
  return cmd;
}

/**
 * Every command word the reader itself treats specially (wrappers, runners, shells, text-running builtins):
 * a line naming none of these, and no rule's command, cannot hide anything for the rules to find.
 */
export const READER_WORDS: readonly string[] = [
  ...Object.keys(WRAPPERS),
  ...Object.keys(RUNNERS),
  ...SHELLS,
  'eval', 'source', '.', 'ssh', 'autossh', 'mosh', 'su', 'watch', 'xargs', 'parallel', 'docker', 'podman', 'nerdctl',
  'docker-compose', 'podman-compose', 'kubectl', 'oc', 'find', 'pnpx', 'sudoedit', 'out-string', 'yes',
  // Read by rules that look at every command (filesystem/overwrite-protected-file).
  'tee', 'sort',
];

/**
 * Reader words that unwrap only behind one of these arguments (`docker exec`, `kubectl exec`):
 * with the rules' own argWords they let the terminal prefilter pass `docker ps` and
 * `kubectl get pods` without starting a process. Kept beside the unwrapping code it describes.
 */
export const READER_ARG_WORDS: Readonly<Record<string, readonly string[]>> = {
  docker: ['exec'],
  podman: ['exec'],
  nerdctl: ['exec'],
  'docker-compose': ['exec'],
  'podman-compose': ['exec'],
  kubectl: ['exec'],
  oc: ['exec'],
};
