// A user regex runs against every command line the gate sees, so it must not be able to hang
// the gate. JavaScript's engine backtracks; the classic catastrophic shapes are a quantified
// group that itself contains an unbounded quantifier or an alternation ((a+)+, (a|aa)*, (.*)*),
// and backreferences. Those are refused; lines are also cut to a bounded length before matching.

export const MAX_USER_REGEX_CHARS = 500;

export type RegexCheck = { ok: true; regex: RegExp } | { ok: false; reason: string };

interface Group {
  /** The group contains an unbounded quantifier or an alternation. */
  risky: boolean;
}

export function checkUserRegex(pattern: string, flags = ''): RegexCheck {
  if (pattern.length > MAX_USER_REGEX_CHARS) return { ok: false, reason: `longer than ${MAX_USER_REGEX_CHARS} characters` };
  if (/[^imsu]/.test(flags)) return { ok: false, reason: `flags '${flags}' are not allowed (use i, m, s or u)` };
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, flags);
  } catch (err) {
    return { ok: false, reason: `not a valid regular expression: ${err instanceof Error ? err.message : String(err)}` };
  }
  const stack: Group[] = [{ risky: false }];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) return { ok: false, reason: 'backreferences are not allowed (they can make matching exponential)' };
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    const top = stack[stack.length - 1];
    if (ch === '(') {
      stack.push({ risky: false });
      continue;
    }
    if (ch === '|' && top) top.risky = true;
    if ((ch === '*' || ch === '+' || (ch === '{' && /^\{\d+,\d*\}/.test(pattern.slice(i)) && !/^\{\d+,\d+\}/.test(pattern.slice(i)))) && top) top.risky = true;
    if (ch === ')') {
      const closed = stack.pop();
      if (!closed || stack.length === 0) return { ok: false, reason: 'unbalanced parentheses' };
      const after = pattern.slice(i + 1);
      const quantified = /^(\*|\+|\?|\{\d+(,\d*)?\})/.test(after);
      const unbounded = /^(\*|\+|\{\d+,\})/.test(after);
      if (closed.risky && quantified && (unbounded || /^\{\d+,(\d{2,})\}/.test(after))) {
        return { ok: false, reason: 'a repeated group contains a repetition or an alternation (catastrophic backtracking, e.g. (a+)+); rewrite it without nesting' };
      }
      const parent = stack[stack.length - 1];
      if (parent && (closed.risky || unbounded)) parent.risky = true;
    }
  }
  return { ok: true, regex };
}
