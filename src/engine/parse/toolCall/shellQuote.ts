// Rebuilds shell text from an argument vector (Codex sends `["bash","-lc","..."]`, file tools
// send a path) so the shell reader sees exactly the words the tool would act on.

const PLAIN_WORD = /^[A-Za-z0-9_\/.,:=@%+-]+$/;

export function shellQuote(word: string): string {
  if (word !== '' && PLAIN_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'fish']);

/** `["bash","-lc","rm -rf x"]` → `rm -rf x`; any other vector → its quoted words joined. */
export function argvToShellText(argv: readonly string[]): string {
  const [first, flag, script, ...rest] = argv;
  const base = first?.split('/').pop();
  if (base !== undefined && SHELLS.has(base) && flag !== undefined && /^-[a-z]*c[a-z]*$/.test(flag) && script !== undefined && rest.length === 0) {
    return script;
  }
  return argv.map(shellQuote).join(' ');
}
