// Reading kubeconfig text: the `current-context:` key, written by kubectl as a top-level scalar.
// Pure, so the engine can read a kubeconfig named on the line (through the caller's file reader)
// and src/facts can read the one KUBECONFIG points at, with the same code.

export function currentContextOf(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const m = /^current-context:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    let value = (m[1] as string).replace(/\s+#.*$/, '');
    if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) value = value.slice(1, -1);
    return value === '' || value === 'null' || value === '~' ? undefined : value;
  }
  return undefined;
}
