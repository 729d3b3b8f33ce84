// evaluate() never throws, always answers with a well-formed Decision, and does not let a catastrophic
// command through because the line around it is huge, deep, broken or junk. Inputs are kept small enough
// for the file to run in seconds; speed is the benchmarks' business, not asserted here.

import { describe, expect, it } from 'vitest';
import { evaluate, MAX_INPUT_CHARS } from '../../../src/engine/evaluate';
import type { Decision } from '../../../src/engine/model/decision';

function judge(command: string): Decision {
  let d: Decision | undefined;
  expect(() => {
    d = evaluate({ command, cwd: '/home/dev/project', env: { HOME: '/home/dev' } });
  }).not.toThrow();
  const decision = d as Decision;
  expect(['allow', 'confirm', 'deny']).toContain(decision.verdict);
  expect(Array.isArray(decision.findings)).toBe(true);
  expect(Array.isArray(decision.unverifiable)).toBe(true);
  expect(Array.isArray(decision.trace)).toBe(true);
  if (decision.verdict !== 'allow') expect(typeof decision.target).toBe('string');
  return decision;
}

/** A small linear congruential generator: the same junk on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function junk(length: number, range: number, seed: number): string {
  const next = seeded(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(next() * range));
  return out;
}

describe('empty and junk input', () => {
  it('allows an empty line and whitespace', () => {
    expect(judge('').verdict).toBe('allow');
    expect(judge('   \t\n  \n').verdict).toBe('allow');
  });

  it('answers for random bytes read as a string', () => {
    for (const seed of [1, 42, 1234]) judge(junk(4000, 256, seed));
  });

  it('answers for random UTF-16 code units, lone surrogates included', () => {
    for (const seed of [7, 99]) judge(junk(4000, 0x10000, seed));
  });

  it('still reads a command next to invalid surrogates', () => {
    expect(judge('\uDC00\uD800; rm -rf /').verdict).toBe('deny');
    expect(judge('rm -rf \uD800 x\uDFFF').verdict).not.toBe('allow');
  });

  it('answers for NUL bytes and control characters around a command', () => {
    expect(judge('\u0000\u0001\u0002 ; rm -rf ~').verdict).toBe('deny');
  });
});

describe('a 1 MB line', () => {
  // Long harmless words keep the token count (and the run time) modest.
  const words = ('echo ' + 'x'.repeat(2000) + '; ').repeat(500).slice(0, 999_000);

  it('allows harmless words', () => {
    expect(judge(words).verdict).toBe('allow');
  });

  it('still denies rm -rf / at the end', () => {
    const d = judge(words + '; rm -rf /');
    expect(d.verdict).toBe('deny');
    expect(d.target).toBe('/');
  });

  it('reads a very long line statement by statement, so a deny at its end is found', () => {
    expect(judge('x'.repeat(MAX_INPUT_CHARS + 10) + '; rm -rf /').verdict).toBe('deny');
  });

  it('does not allow one statement longer than it reads', () => {
    const d = judge('rm -rf ' + 'a'.repeat(MAX_INPUT_CHARS + 10));
    expect(d.verdict).not.toBe('allow');
    expect(d.unverifiable.length).toBeGreaterThan(0);
  });

  it('keeps statements that move the folder (cd) when it skips harmless ones', () => {
    expect(judge('echo ' + 'w '.repeat(60_000) + '; cd / ; ' + 'echo '.repeat(20_000) + '; rm -rf *').verdict).toBe('deny');
  });

  it('does not allow a line with more commands than it reads', () => {
    expect(judge('a; '.repeat(20_000) + 'rm -rf /').verdict).not.toBe('allow');
    expect(judge('a | '.repeat(20_000) + 'rm -rf /').verdict).not.toBe('allow');
  });
});

describe('deep nesting', () => {
  const N = 1000;

  it('does not allow rm -rf / inside 1,000 nested $( )', () => {
    expect(judge('$('.repeat(N) + 'rm -rf /' + ')'.repeat(N)).verdict).not.toBe('allow');
    expect(judge('echo ' + '$('.repeat(N) + 'rm -rf /' + ')'.repeat(N)).verdict).not.toBe('allow');
    expect(judge('$( '.repeat(N) + 'rm -rf /' + ' )'.repeat(N)).verdict).not.toBe('allow');
  });

  it('does not allow rm -rf / inside 1,000 unclosed $(', () => {
    expect(judge('$('.repeat(N) + 'rm -rf /').verdict).not.toBe('allow');
  });

  it('denies rm -rf / inside 1,000 nested subshells', () => {
    expect(judge('( '.repeat(N) + 'rm -rf /' + ' )'.repeat(N)).verdict).toBe('deny');
  });

  it('answers for 1,000 unspaced ( and for 1,000 unclosed (', () => {
    // `((...))` is arithmetic in bash and zsh; the verdict is not pinned here (see the test report).
    judge('('.repeat(N) + 'rm -rf /' + ')'.repeat(N));
    judge('('.repeat(N) + 'rm -rf /');
  });

  it('answers for 1,000 naive bash -c " prefixes', () => {
    judge('bash -c "'.repeat(N) + 'rm -rf /' + '"'.repeat(N));
    judge("bash -c '".repeat(N) + 'rm -rf /' + "'".repeat(N));
  });

  it('reads properly quoted bash -c nesting, and gates it when too deep to read', () => {
    let line = 'rm -rf /';
    for (let i = 0; i < 4; i++) line = `bash -c ${JSON.stringify(line)}`;
    expect(judge(line).verdict).toBe('deny');
    for (let i = 4; i < 14; i++) line = `bash -c ${JSON.stringify(line)}`;
    expect(judge(line).verdict).not.toBe('allow');
  });

  it('does not allow 1,000 stacked wrappers around rm -rf /', () => {
    expect(judge('sudo '.repeat(N) + 'rm -rf /').verdict).not.toBe('allow');
    expect(judge('eval '.repeat(N) + 'rm -rf /').verdict).not.toBe('allow');
    expect(judge('xargs '.repeat(N) + 'rm -rf /').verdict).not.toBe('allow');
    expect(judge('<('.repeat(N) + 'rm -rf /' + ')'.repeat(N)).verdict).not.toBe('allow');
  });

  it('answers for 1,000 backticks, braces and arithmetic', () => {
    judge('`'.repeat(N) + 'rm -rf /');
    judge('{'.repeat(N) + 'a,b' + '}'.repeat(N));
    judge('echo ' + '{a,b}'.repeat(30));
    judge('$(('.repeat(N) + '1' + '))'.repeat(N));
  });
});

describe('broken syntax', () => {
  it('still denies rm -rf / with unbalanced quotes and substitutions', () => {
    expect(judge('rm -rf "/').verdict).toBe('deny');
    expect(judge("rm -rf '/").verdict).toBe('deny');
    expect(judge('echo $(rm -rf /').verdict).toBe('deny');
    expect(judge('sh <<EOF\nrm -rf /\n').verdict).toBe('deny');
  });

  it('does not allow an unclosed ${ in a recursive rm', () => {
    expect(judge('rm -rf ${HOME').verdict).not.toBe('allow');
  });

  it('answers for runs of backslashes, quotes and heredoc openers', () => {
    judge('\\'.repeat(100_000));
    judge('"\''.repeat(50_000));
    judge('cat <<A\n'.repeat(2000));
    judge('"'.repeat(10_001));
  });
});
