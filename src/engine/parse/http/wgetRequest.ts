// `wget`: GET unless --method is given; --post-data/--post-file are POST, --body-data/--body-file
// carry the body of a --method request.

import type { SimpleCommand } from '../../model/command';
import { parseArgs } from '../../rules/args';
import type { HttpRequest } from './httpRequest';
import { readFileArgument, type BodyContext } from './requestBody';
import { readRequestUrl } from './requestUrl';

const VALUED = [
  '-O', '--output-document', '-o', '--output-file', '-a', '--append-output', '-P', '--directory-prefix', '-U', '--user-agent',
  '--header', '--method', '--body-data', '--body-file', '--post-data', '--post-file', '-t', '--tries', '-T', '--timeout',
  '--limit-rate', '--user', '--password', '--http-user', '--http-password', '-i', '--input-file', '-e', '--execute',
  '-w', '--wait', '-l', '--level', '-A', '--accept', '-R', '--reject', '-D', '--domains', '-Q', '--quota', '--referer',
  '--load-cookies', '--save-cookies', '-B', '--base', '--bind-address', '--ca-certificate', '--certificate',
  '--private-key', '-X', '--exclude-directories', '-I', '--include-directories', '--restrict-file-names', '-Y',
];

export function readWget(cmd: SimpleCommand, ctx: BodyContext): HttpRequest {
  const parsed = parseArgs(
    cmd.args.map((a) => a.value),
    { valued: VALUED },
  );
  const headers = new Map<string, string>();
  for (const h of parsed.all.get('--header') ?? []) {
    const colon = h.indexOf(':');
    if (colon > 0) headers.set(h.slice(0, colon).trim().toLowerCase(), h.slice(colon + 1).trim());
  }
  const unreadable: string[] = [];
  let body: string | undefined;
  let method = 'GET';
  const post = parsed.options.get('--post-data') ?? parsed.options.get('--body-data');
  const postFile = parsed.options.get('--post-file') ?? parsed.options.get('--body-file');
  if (typeof post === 'string') body = post;
  else if (typeof postFile === 'string') {
    const read = readFileArgument(postFile, cmd, ctx);
    if (read.ok) body = read.text;
    else unreadable.push(read.why);
  }
  if (parsed.options.has('--post-data') || parsed.options.has('--post-file')) method = 'POST';
  const explicit = parsed.options.get('--method');
  if (typeof explicit === 'string' && explicit !== '') method = explicit.toUpperCase();
  const request: HttpRequest = {
    client: 'wget',
    method,
    urls: parsed.positionals.filter((u) => u !== '').map((u) => readRequestUrl(u)),
    headers,
    form: new Map(),
    unreadable,
    offline: parsed.options.has('--spider') && method === 'GET',
  };
  if (body !== undefined) request.body = body;
  return request;
}
