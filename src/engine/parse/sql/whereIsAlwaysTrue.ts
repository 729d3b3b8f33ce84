// Is a WHERE condition a filter, or a tautology that selects every row?
// The principle: a condition is always true when it holds whatever a row contains (NULLs aside):
// constant comparisons (`1=1`, `'a'='a'`, `2>1`), `TRUE`, a non-zero number (MySQL truthiness),
// a column compared with itself (`x = x`), `LIKE '%'`, and AND/OR/NOT of those. Anything that depends
// on the data (`id = 1`, `created_at < now()`, a subquery) is a filter. Three-valued: unknown means "a filter".

import type { SqlToken } from './lexSql';

type Truth = 'true' | 'false' | 'unknown';

type Operand =
  | { kind: 'const'; value: number | string | boolean | null }
  | { kind: 'column'; name: string }
  | { kind: 'truth'; value: Truth }
  | { kind: 'other' };

const MAX_DEPTH = 40;

export function whereIsAlwaysTrue(tokens: readonly SqlToken[]): boolean {
  if (tokens.length === 0) return false;
  const parser = new Parser(tokens);
  const result = parser.orExpr(0);
  // Anything left over that we did not understand makes the reading unreliable: treat it as a filter.
  if (parser.pos !== tokens.length) return false;
  return result === 'true';
}

class Parser {
  pos = 0;
  constructor(private readonly t: readonly SqlToken[]) {}

  private peekWord(): string | undefined {
    const tok = this.t[this.pos];
    return tok?.kind === 'word' ? tok.upper : undefined;
  }

  private peekPunct(): string | undefined {
    const tok = this.t[this.pos];
    return tok?.kind === 'punct' ? tok.value : undefined;
  }

  orExpr(depth: number): Truth {
    let acc = this.andExpr(depth);
    while (this.peekWord() === 'OR' || this.peekPunct() === '||') {
      this.pos++;
      const rhs = this.andExpr(depth);
      acc = acc === 'true' || rhs === 'true' ? 'true' : acc === 'false' && rhs === 'false' ? 'false' : 'unknown';
    }
    return acc;
  }

  private andExpr(depth: number): Truth {
    let acc = this.notExpr(depth);
    while (this.peekWord() === 'AND' || this.peekPunct() === '&&') {
      this.pos++;
      const rhs = this.notExpr(depth);
      acc = acc === 'false' || rhs === 'false' ? 'false' : acc === 'true' && rhs === 'true' ? 'true' : 'unknown';
    }
    return acc;
  }

  private notExpr(depth: number): Truth {
    let negations = 0;
    while (this.peekWord() === 'NOT' || this.peekPunct() === '!') {
      this.pos++;
      negations++;
    }
    const v = this.comparison(depth);
    if (negations % 2 === 0 || v === 'unknown') return v;
    return v === 'true' ? 'false' : 'true';
  }

  private comparison(depth: number): Truth {
    const lhs = this.operand(depth);
    const op = this.peekPunct();
    if (op !== undefined && ['=', '==', '<>', '!=', '<', '>', '<=', '>=', '<=>'].includes(op)) {
      this.pos++;
      const rhs = this.operand(depth);
      return compare(lhs, op, rhs);
    }
    const w = this.peekWord();
    if (w === 'IS') {
      this.pos++;
      let negate = false;
      if (this.peekWord() === 'NOT') {
        negate = true;
        this.pos++;
      }
      const what = this.peekWord();
      if (what === 'NULL' || what === 'TRUE' || what === 'FALSE') {
        this.pos++;
        const v = isTest(lhs, what);
        return negate ? (v === 'true' ? 'false' : v === 'false' ? 'true' : 'unknown') : v;
      }
      this.pos = this.t.length + 1; // unreadable
      return 'unknown';
    }
    if (w === 'LIKE' || w === 'ILIKE') {
      this.pos++;
      const rhs = this.operand(depth);
      if (rhs.kind === 'const' && typeof rhs.value === 'string' && /^%+$/.test(rhs.value) && lhs.kind === 'const' && lhs.value !== null) return 'true';
      if (rhs.kind === 'const' && typeof rhs.value === 'string' && /^%+$/.test(rhs.value) && lhs.kind === 'column') return 'true';
      return 'unknown';
    }
    return truthOf(lhs);
  }

  private operand(depth: number): Operand {
    const tok = this.t[this.pos];
    if (tok === undefined) return { kind: 'other' };
    if (tok.kind === 'punct' && tok.value === '(') {
      if (depth >= MAX_DEPTH) {
        this.pos = this.t.length + 1;
        return { kind: 'other' };
      }
      this.pos++;
      // A subquery depends on data.
      if (this.peekWord() === 'SELECT' || this.peekWord() === 'WITH') {
        this.skipToClose();
        return { kind: 'other' };
      }
      const v = this.orExpr(depth + 1);
      if (this.peekPunct() !== ')') {
        this.pos = this.t.length + 1;
        return { kind: 'other' };
      }
      this.pos++;
      return { kind: 'truth', value: v };
    }
    if (tok.kind === 'number') {
      this.pos++;
      const num = Number(tok.value);
      return Number.isFinite(num) ? { kind: 'const', value: num } : { kind: 'other' };
    }
    if (tok.kind === 'string') {
      this.pos++;
      return { kind: 'const', value: tok.value };
    }
    if (tok.kind === 'punct' && tok.value === '-' && this.t[this.pos + 1]?.kind === 'number') {
      this.pos += 2;
      const num = -Number(this.t[this.pos - 1]?.value);
      return Number.isFinite(num) ? { kind: 'const', value: num } : { kind: 'other' };
    }
    if (tok.kind === 'word' || tok.kind === 'ident') {
      if (tok.kind === 'word') {
        if (tok.upper === 'TRUE') return this.consumed({ kind: 'const', value: true });
        if (tok.upper === 'FALSE') return this.consumed({ kind: 'const', value: false });
        if (tok.upper === 'NULL') return this.consumed({ kind: 'const', value: null });
        if (['AND', 'OR', 'NOT', 'IS', 'LIKE', 'ILIKE', 'IN', 'BETWEEN', 'EXISTS', 'SELECT', 'CASE'].includes(tok.upper)) {
          this.pos = this.t.length + 1;
          return { kind: 'other' };
        }
      }
      // A (possibly qualified) column reference; a following `(` makes it a function call, which we do not evaluate.
      const parts = [tok.value];
      this.pos++;
      while (this.peekPunct() === '.' && (this.t[this.pos + 1]?.kind === 'word' || this.t[this.pos + 1]?.kind === 'ident')) {
        parts.push(this.t[this.pos + 1]?.value ?? '');
        this.pos += 2;
      }
      if (this.peekPunct() === '(') {
        this.skipCall();
        return { kind: 'other' };
      }
      return { kind: 'column', name: parts.join('.').toLowerCase() };
    }
    this.pos++;
    return { kind: 'other' };
  }

  private consumed(op: Operand): Operand {
    this.pos++;
    return op;
  }

  private skipCall(): void {
    this.pos++;
    this.skipToClose();
  }

  /** Called just after an opening parenthesis: moves past its matching close. */
  private skipToClose(): void {
    let depth = 1;
    while (this.pos < this.t.length && depth > 0) {
      const tok = this.t[this.pos];
      if (tok?.kind === 'punct' && tok.value === '(') depth++;
      else if (tok?.kind === 'punct' && tok.value === ')') depth--;
      this.pos++;
    }
  }
}

function truthOf(o: Operand): Truth {
  if (o.kind === 'truth') return o.value;
  if (o.kind !== 'const') return 'unknown';
  if (o.value === null) return 'false';
  if (typeof o.value === 'boolean') return o.value ? 'true' : 'false';
  if (typeof o.value === 'number') return o.value !== 0 ? 'true' : 'false';
  // MySQL casts a string to a number: '1' is true, 'abc' is 0.
  const num = Number.parseFloat(o.value);
  return Number.isFinite(num) && num !== 0 ? 'true' : 'false';
}

function isTest(o: Operand, what: 'NULL' | 'TRUE' | 'FALSE'): Truth {
  if (o.kind === 'const') {
    if (what === 'NULL') return o.value === null ? 'true' : 'false';
    const t = truthOf(o);
    return what === 'TRUE' ? t : t === 'true' ? 'false' : t === 'false' ? 'true' : 'unknown';
  }
  if (o.kind === 'truth') {
    if (what === 'NULL') return 'unknown';
    return what === 'TRUE' ? o.value : o.value === 'true' ? 'false' : o.value === 'false' ? 'true' : 'unknown';
  }
  return 'unknown';
}

function compare(lhs: Operand, op: string, rhs: Operand): Truth {
  // A column compared with itself holds for every row where it is not NULL: not a filter anyone means.
  if (lhs.kind === 'column' && rhs.kind === 'column' && lhs.name === rhs.name) {
    return op === '=' || op === '==' || op === '<=' || op === '>=' || op === '<=>' ? 'true' : 'false';
  }
  const a = constOf(lhs);
  const b = constOf(rhs);
  if (a === undefined || b === undefined) return 'unknown';
  if (a === null || b === null) return op === '<=>' ? (a === b ? 'true' : 'false') : 'false';
  let x: number | string = typeof a === 'boolean' ? Number(a) : a;
  let y: number | string = typeof b === 'boolean' ? Number(b) : b;
  if (typeof x !== typeof y) {
    x = typeof x === 'string' ? Number.parseFloat(x) || 0 : x;
    y = typeof y === 'string' ? Number.parseFloat(y) || 0 : y;
  }
  switch (op) {
    case '=':
    case '==':
    case '<=>':
      return x === y ? 'true' : 'false';
    case '<>':
    case '!=':
      return x !== y ? 'true' : 'false';
    case '<':
      return x < y ? 'true' : 'false';
    case '>':
      return x > y ? 'true' : 'false';
    case '<=':
      return x <= y ? 'true' : 'false';
    case '>=':
      return x >= y ? 'true' : 'false';
    default:
      return 'unknown';
  }
}

function constOf(o: Operand): number | string | boolean | null | undefined {
  if (o.kind === 'const') return o.value;
  if (o.kind === 'truth' && o.value !== 'unknown') return o.value === 'true';
  return undefined;
}
