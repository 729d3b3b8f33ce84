// Reading a command's options the way its CLI would: short flags cluster (`-rf`),
// long flags take `=value` or the next word, `--` ends options. Each rule says which
// options take a value so positionals are not mistaken for option values.

import type { SimpleCommand } from '../model/command';

export interface ArgSpec {
  /** Options that take a value, with their dashes: `-n`, `--namespace`, `-chdir` (single-dash long form). */
  valued?: readonly string[];
  /** Treat `-word` as a long option (terraform, find, go-style CLIs) instead of a cluster of short flags. */
  singleDashLong?: boolean;
}

export interface ParsedArgs {
  /** Every option seen, by its name with dashes, value `true` for flags; repeated options keep the last value. */
  options: Map<string, string | true>;
  /** All values of repeated options, in order. */
  all: Map<string, string[]>;
  positionals: string[];
  /** Positionals' indices into cmd.args, for word metadata (dynamic, glob). */
  positionalIndex: number[];
}

export function parseArgs(words: readonly string[], spec: ArgSpec = {}): ParsedArgs {
  const valued = new Set(spec.valued ?? []);
  const options = new Map<string, string | true>();
  const all = new Map<string, string[]>();
  const positionals: string[] = [];
  const positionalIndex: number[] = [];
  const put = (name: string, value: string | true): void => {
    options.set(name, value);
    const list = all.get(name);
    const text = value === true ? '' : value;
    if (list) list.push(text);
    else all.set(name, [text]);
  };
  let endOfOptions = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (endOfOptions || w === '-' || !w.startsWith('-')) {
      positionals.push(w);
      positionalIndex.push(i);
      continue;
    }
    if (w === '--') {
      endOfOptions = true;
      continue;
    }
    if (w.startsWith('--') || spec.singleDashLong) {
      const eq = w.indexOf('=');
      if (eq > 0) {
        put(w.slice(0, eq), w.slice(eq + 1));
      } else if (valued.has(w) && i + 1 < words.length) {
        put(w, words[++i] as string);
      } else {
        put(w, true);
      }
      continue;
    }
    // A cluster of short flags: -rf, -n5, -nvalue
    for (let j = 1; j < w.length; j++) {
      const flag = `-${w[j]}`;
      if (valued.has(flag)) {
        const rest = w.slice(j + 1);
        if (rest.length > 0) put(flag, rest.startsWith('=') ? rest.slice(1) : rest);
        else if (i + 1 < words.length) put(flag, words[++i] as string);
        else put(flag, true);
        break;
      }
      put(flag, true);
    }
  }
  return { options, all, positionals, positionalIndex };
}

export function argValues(cmd: SimpleCommand): string[] {
  return cmd.args.map((a) => a.value);
}

/** True when any of the names was given (as a flag or with a value). */
export function hasOption(parsed: ParsedArgs, ...names: string[]): boolean {
  return names.some((n) => parsed.options.has(n));
}

/** The value of the first named option that was given with a value. */
export function optionValue(parsed: ParsedArgs, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = parsed.options.get(n);
    if (typeof v === 'string') return v;
  }
  return undefined;
}

/** Consent flags an agent can use to pre-answer a tool's own prompt. They never lower a verdict. */
export const CONSENT_FLAGS: readonly string[] = [
  '-y',
  '--yes',
  '-f',
  '--force',
  '--confirm',
  '-auto-approve',
  '--auto-approve',
  '--non-interactive',
  '--skip-confirmation',
  '--no-confirm',
  '--noinput',
  '--no-input',
  '-q',
  '--quiet',
  '--accept-data-loss',
  '--force-reset',
];

export function preAnswered(parsed: ParsedArgs, extra: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const name of [...CONSENT_FLAGS, ...extra]) {
    const v = parsed.options.get(name);
    if (v === undefined) continue;
    found.push(v === true ? name : `${name} ${v}`);
  }
  return found;
}
