// Codex runs hooks only with `[features] hooks = true` in ~/.codex/config.toml. This is a small,
// line-based TOML edit that leaves every other byte alone: it sets the key inside an existing
// [features] table, or appends the table, and marks what it added so removal takes out exactly that.

export const TOML_MARK = '# added by Destructive Action Gate';

export type TomlEdit = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

const HEADER = /^\s*\[\s*features\s*\]\s*(#.*)?$/;
const ANY_HEADER = /^\s*\[/;
const KEY = /^(\s*)hooks\s*=\s*([^#]*?)\s*(#.*)?$/;

export function enableCodexHooks(text: string): TomlEdit {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  if (lines.some((l) => /^\s*features\s*(=|\.)/.test(l))) {
    // An inline table or dotted keys: rewriting those safely needs a real TOML writer.
    const on = lines.some((l) => /^\s*features\s*\.\s*hooks\s*=\s*true\b/.test(l) || /^\s*features\s*=\s*\{[^}]*\bhooks\s*=\s*true\b/.test(l));
    return on ? { ok: true, text, changed: false } : { ok: false, reason: 'config.toml sets `features` inline; add `hooks = true` to it yourself' };
  }
  const h = lines.findIndex((l) => HEADER.test(l));
  if (h === -1) {
    const needsGap = text.length > 0 && !/\r?\n\s*$/.test(text) ? eol + eol : text.length > 0 ? eol : '';
    return { ok: true, text: `${text}${needsGap}[features] ${TOML_MARK}${eol}hooks = true ${TOML_MARK}${eol}`, changed: true };
  }
  let end = lines.length;
  for (let i = h + 1; i < lines.length; i++) if (ANY_HEADER.test(lines[i] as string)) { end = i; break; }
  for (let i = h + 1; i < end; i++) {
    const m = KEY.exec(lines[i] as string);
    if (!m) continue;
    if (m[2] === 'true') return { ok: true, text, changed: false };
    return { ok: false, reason: `config.toml sets [features] hooks = ${m[2] ?? ''}; set it to true yourself to let Codex run hooks` };
  }
  lines.splice(h + 1, 0, `hooks = true ${TOML_MARK}`);
  return { ok: true, text: lines.join(eol), changed: true };
}

export function disableCodexHooks(text: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === `hooks = true ${TOML_MARK}`) continue;
    if (line === `[features] ${TOML_MARK}`) {
      // Our own table: drop it only if nothing else was put in it since.
      let j = i + 1;
      while (j < lines.length && (lines[j] === `hooks = true ${TOML_MARK}` || (lines[j] as string).trim() === '') && !ANY_HEADER.test(lines[j] as string)) j++;
      if (j >= lines.length || ANY_HEADER.test(lines[j] as string)) {
        while (out.length > 0 && (out[out.length - 1] as string).trim() === '') out.pop();
        i = j - 1;
        if (j < lines.length) out.push('');
        continue;
      }
    }
    out.push(line);
  }
  let result = out.join(eol);
  if (text.endsWith(eol) && !result.endsWith(eol)) result += eol;
  return result;
}
