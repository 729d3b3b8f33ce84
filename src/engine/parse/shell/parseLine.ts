// Shell reader entry point (being written: this first version only splits words).
import type { ParsedLine } from '../../model/command';
import type { FileReader } from '../../model/input';

export interface ParseOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  readFile?: FileReader;
  depth?: number;
}

export function parseLine(line: string, _opts: ParseOptions): ParsedLine {
  const words = line.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { commands: [], unverifiable: [], functions: [] };
  const w = (v: string) => ({ value: v, raw: v, dynamic: false, glob: false, quoted: false });
  const name = (words[0] as string).split('/').pop() ?? '';
  return {
    commands: [{ name, word: w(words[0] as string), args: words.slice(1).map(w), assigns: {}, redirects: [], via: [], text: line, depth: 0 }],
    unverifiable: [],
    functions: [],
  };
}
