// `redis-cli FLUSHALL|FLUSHDB` (and the valkey/keydb clients): the command is the first positional after the
// client's options, or each line of what is piped or redirected into it.

import { resolvePath } from '../../resolve/paths';
import { parseArgs } from '../args';
import type { Hit, Rule } from '../rule';
import { HintList } from './databaseHints';

const VALUED = ['-h', '-p', '-s', '-a', '-u', '-n', '-r', '-i', '-d', '-D', '--user', '--pass', '--cacert', '--cacertdir', '--cert', '--key', '--sni', '--tls-ciphers', '--tls-ciphersuites', '--rdb', '--functions-rdb', '--pipe-timeout', '--eval', '--pattern', '--count', '--quoted-pattern', '--memkeys-samples', '-e'];
const FLUSH = new Set(['FLUSHALL', 'FLUSHDB']);

export const redisFlushRule: Rule = {
  id: 'databases/redis-flush',
  severity: 'critical',
  verdict: 'confirm',
  reason: 'FLUSHALL / FLUSHDB deletes every key',
  safer: 'delete the keys you mean with SCAN --pattern and UNLINK, after a BGSAVE',
  tool: 'sql',
  commands: ['redis-cli', 'valkey-cli', 'keydb-cli'],
  match(cmd, ctx): Hit | undefined {
    const parsed = parseArgs(
      cmd.args.map((a) => a.value),
      { valued: VALUED },
    );
    const hints = new HintList();
    const hostFlag = parsed.all.get('-h')?.[0];
    hints.host(hostFlag, '-h');
    const url = hints.connection(parsed.all.get('-u')?.[0], '-u');
    const host = hostFlag ?? url?.host ?? 'localhost';
    const dbNumber = parsed.all.get('-n')?.[0];
    const commands: string[][] = [];
    if (parsed.positionals.length > 0) commands.push(parsed.positionals);
    else {
      let text: string | undefined;
      if (cmd.stdin?.kind === 'text') text = cmd.stdin.text;
      else if (cmd.stdin?.kind === 'file') {
        const abs = resolvePath(cmd.stdin.path, { cwd: ctx.cwd, home: ctx.home, env: ctx.input.env });
        text = abs === undefined ? undefined : ctx.input.readFile?.(abs);
      }
      for (const line of (text ?? '').split(/\r?\n/).slice(0, 100_000)) {
        const words = line.trim().split(/\s+/).filter((w) => w.length > 0);
        if (words.length > 0) commands.push(words);
      }
    }
    const flushes = commands.map((w) => (w[0] ?? '').toUpperCase()).filter((c) => FLUSH.has(c));
    if (flushes.length === 0) return undefined;
    const all = flushes.includes('FLUSHALL');
    const reason = all ? `FLUSHALL deletes every key of every database on ${host}` : `FLUSHDB deletes every key of database ${dbNumber ?? '0'} on ${host}`;
    return { target: host, reason, hints: hints.hints };
  },
};
