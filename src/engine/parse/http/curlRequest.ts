// `curl`: -X/--request sets the method; -d/--data*/--json/-F imply POST unless -G/--get moves the
// data into the query string; -I/--head is HEAD; -T/--upload-file is PUT. Several -d join with `&`.

import type { SimpleCommand } from '../../model/command';
import { parseArgs } from '../../rules/args';
import type { HttpRequest } from './httpRequest';
import { readFileArgument, type BodyContext } from './requestBody';
import { readRequestUrl } from './requestUrl';

const DATA_OPTIONS = ['-d', '--data', '--data-ascii', '--data-binary', '--data-raw', '--data-urlencode', '--json'];
const FORM_OPTIONS = ['-F', '--form', '--form-string'];

const VALUED = [
  ...DATA_OPTIONS,
  ...FORM_OPTIONS,
  '-X', '--request', '-H', '--header', '--url', '-u', '--user', '-o', '--output', '-A', '--user-agent', '-e', '--referer',
  '-b', '--cookie', '-c', '--cookie-jar', '-x', '--proxy', '-T', '--upload-file', '-w', '--write-out', '-m', '--max-time',
  '--connect-timeout', '--retry', '--retry-delay', '--retry-max-time', '-E', '--cert', '--key', '--cacert', '--capath',
  '-K', '--config', '-D', '--dump-header', '-r', '--range', '-U', '--proxy-user', '--resolve', '--connect-to',
  '--limit-rate', '-Y', '--speed-limit', '-y', '--speed-time', '-z', '--time-cond', '-C', '--continue-at',
  '--oauth2-bearer', '--aws-sigv4', '--unix-socket', '--abstract-unix-socket', '--interface', '--max-redirs',
  '-t', '--telnet-option', '-Q', '--quote', '-P', '--ftp-port', '--cert-type', '--key-type', '--pass', '--ciphers',
  '--dns-servers', '--local-port', '--max-filesize', '--netrc-file', '--noproxy', '--proxy-header', '--trace',
  '--trace-ascii', '--variable', '--expand-data', '--expand-url', '--expand-header', '--stderr', '--output-dir',
  '--parallel-max', '--happy-eyeballs-timeout-ms', '--mail-from', '--mail-rcpt', '--request-target', '--haproxy-clientip',
];

export function readCurl(cmd: SimpleCommand, ctx: BodyContext): HttpRequest {
  const words = cmd.args.map((a) => a.value);
  const parsed = parseArgs(words, { valued: VALUED });
  const headers = new Map<string, string>();
  for (const h of [...(parsed.all.get('-H') ?? []), ...(parsed.all.get('--header') ?? [])]) {
    const colon = h.indexOf(':');
    if (colon > 0) headers.set(h.slice(0, colon).trim().toLowerCase(), h.slice(colon + 1).trim());
  }

  const parts: string[] = [];
  const unreadable: string[] = [];
  // Options in the order given: walk the words again, since the parsed map loses the order across names.
  for (const [name, values] of parsed.all) {
    if (!DATA_OPTIONS.includes(name)) continue;
    for (const value of values) {
      const raw = name === '--data-raw' || name === '--data-urlencode';
      if (!raw && value.startsWith('@')) {
        const read = readFileArgument(value.slice(1), cmd, ctx);
        if (read.ok) parts.push(name === '--data-binary' || name === '--json' ? read.text : read.text.replace(/[\r\n]/g, ''));
        else unreadable.push(read.why);
      } else if (name === '--data-urlencode') {
        parts.push(urlencodeItem(value, cmd, ctx, unreadable));
      } else {
        parts.push(value);
      }
    }
    if (name === '--json' && !headers.has('content-type')) headers.set('content-type', 'application/json');
  }

  const form = new Map<string, string>();
  for (const name of FORM_OPTIONS) {
    for (const item of parsed.all.get(name) ?? []) {
      const eq = item.indexOf('=');
      if (eq <= 0) continue;
      const key = item.slice(0, eq);
      let value = item.slice(eq + 1);
      if (name !== '--form-string' && value.startsWith('<')) {
        const read = readFileArgument(value.slice(1), cmd, ctx);
        if (!read.ok) {
          unreadable.push(read.why);
          continue;
        }
        value = read.text;
      }
      form.set(key, value);
    }
  }

  const hasData = parts.length > 0 || unreadable.length > 0 || form.size > 0;
  const toQuery = parsed.options.has('-G') || parsed.options.has('--get');
  let method = hasData && !toQuery ? 'POST' : 'GET';
  if (parsed.options.has('-I') || parsed.options.has('--head')) method = 'HEAD';
  if (parsed.options.has('-T') || parsed.options.has('--upload-file')) method = 'PUT';
  const explicit = [...(parsed.all.get('-X') ?? []), ...(parsed.all.get('--request') ?? [])].pop();
  if (explicit !== undefined && explicit !== '') method = explicit.toUpperCase();

  const urlTexts = [...(parsed.all.get('--url') ?? []), ...parsed.positionals];
  const request: HttpRequest = {
    client: 'curl',
    method,
    urls: urlTexts.filter((u) => u !== '').map((u) => readRequestUrl(u)),
    headers,
    form,
    unreadable,
    offline: false,
  };
  if (parts.length > 0 && !toQuery) request.body = parts.join('&');
  return request;
}

/** `--data-urlencode` forms: `content`, `=content`, `name=content`, `@file`, `name@file`. */
function urlencodeItem(item: string, cmd: SimpleCommand, ctx: BodyContext, unreadable: string[]): string {
  const eq = item.indexOf('=');
  const at = item.indexOf('@');
  if (at >= 0 && (eq < 0 || at < eq)) {
    const read = readFileArgument(item.slice(at + 1), cmd, ctx);
    if (!read.ok) {
      unreadable.push(read.why);
      return '';
    }
    const name = item.slice(0, at);
    return name ? `${name}=${encodeURIComponent(read.text)}` : encodeURIComponent(read.text);
  }
  if (eq === 0) return encodeURIComponent(item.slice(1));
  if (eq > 0) return `${item.slice(0, eq)}=${encodeURIComponent(item.slice(eq + 1))}`;
  return encodeURIComponent(item);
}
