// HTTPie (`http`, `https`) and xh (`xh`, `xhs`): `[METHOD] URL [ITEM...]`. Items are
// `Header:value`, `name==query`, `name=string`, `name:=json`, `name@file`, `name=@file`, `name:=@file`.
// Data items imply POST; they build a JSON object unless --form/-f. A body can also come from
// standard input or --raw.

import type { SimpleCommand } from '../../model/command';
import { parseArgs } from '../../rules/args';
import type { HttpClient, HttpRequest } from './httpRequest';
import { readFileArgument, readStdin, type BodyContext } from './requestBody';
import { readRequestUrl } from './requestUrl';

const VALUED = [
  '-a', '--auth', '-A', '--auth-type', '--session', '--session-read-only', '--proxy', '-o', '--output', '--pretty', '-s',
  '--style', '-p', '--print', '--verify', '--cert', '--cert-key', '--cert-key-pass', '--timeout', '--max-redirects',
  '--format-options', '--response-charset', '--response-mime', '--boundary', '--ssl', '--ciphers', '--default-scheme',
  '--raw', '--bearer', '--http-version', '--resolve', '--interface', '--max-time', '--unix-socket', '--path-as-is',
];

const SEPARATORS = [':=@', '=@', ':=', '==', '=', '@', ':'] as const;

/** A method word: HTTPie accepts any alphabetic word before the URL; xh takes them in any case. */
function isMethodWord(word: string): boolean {
  return /^[A-Za-z]+$/.test(word) && !/^(localhost)$/i.test(word);
}

export function readHttpie(cmd: SimpleCommand, ctx: BodyContext): HttpRequest {
  const client: HttpClient = cmd.name === 'xh' || cmd.name === 'xhs' ? 'xh' : 'httpie';
  const parsed = parseArgs(
    cmd.args.map((a) => a.value),
    { valued: VALUED },
  );
  const pos = [...parsed.positionals];
  let method: string | undefined;
  if (pos.length >= 2 && isMethodWord(pos[0] as string)) method = (pos.shift() as string).toUpperCase();
  const urlText = pos.shift();
  const headers = new Map<string, string>();
  const json: Record<string, unknown> = {};
  const form = new Map<string, string>();
  const unreadable: string[] = [];
  const asForm = parsed.options.has('-f') || parsed.options.has('--form') || parsed.options.has('--multipart');
  let dataItems = 0;
  for (const item of pos) {
    const split = splitItem(item);
    if (!split) continue;
    const { key, sep, value } = split;
    if (sep === ':') {
      headers.set(key.toLowerCase(), value);
      continue;
    }
    if (sep === '==') continue;
    dataItems++;
    let text = value;
    if (sep === '=@' || sep === ':=@' || sep === '@') {
      const read = readFileArgument(value, cmd, ctx);
      if (!read.ok) {
        unreadable.push(read.why);
        continue;
      }
      text = read.text;
    }
    if (sep === ':=' || sep === ':=@') {
      try {
        json[key] = JSON.parse(text) as unknown;
      } catch {
        json[key] = text;
      }
    } else {
      json[key] = text;
    }
    form.set(key, text);
  }
  let body: string | undefined;
  const raw = parsed.options.get('--raw');
  if (typeof raw === 'string') body = raw;
  else if (dataItems > 0 && !asForm) body = JSON.stringify(json);
  else if (dataItems === 0 && cmd.stdin !== undefined && !parsed.options.has('--ignore-stdin') && !parsed.options.has('-I')) {
    const read = readStdin(cmd, ctx);
    if (read.ok) body = read.text;
    else unreadable.push(read.why);
  }
  const hasBody = body !== undefined || dataItems > 0 || unreadable.length > 0;
  const defaultScheme = cmd.name === 'https' || cmd.name === 'xhs' ? 'https' : 'http';
  const request: HttpRequest = {
    client,
    method: method ?? (hasBody ? 'POST' : 'GET'),
    urls: urlText === undefined || urlText === '' ? [] : [readRequestUrl(urlText, defaultScheme)],
    headers,
    form: asForm ? form : new Map(),
    unreadable,
    offline: parsed.options.has('--offline'),
  };
  if (body !== undefined) request.body = body;
  return request;
}

function splitItem(item: string): { key: string; sep: string; value: string } | undefined {
  // The earliest unescaped separator wins; at one position the longest separator wins.
  let best: { index: number; sep: string } | undefined;
  for (const sep of SEPARATORS) {
    let from = 0;
    for (;;) {
      const i = item.indexOf(sep, from);
      if (i < 0) break;
      if (i > 0 && item[i - 1] === '\\') {
        from = i + 1;
        continue;
      }
      if (i > 0 && (!best || i < best.index || (i === best.index && sep.length > best.sep.length))) best = { index: i, sep };
      break;
    }
  }
  if (!best) return undefined;
  return { key: item.slice(0, best.index).replace(/\\(.)/g, '$1'), sep: best.sep, value: item.slice(best.index + best.sep.length) };
}
