// gsutil rb, rm -r and rsync -d delete buckets and object trees; a single-object rm is targeted.

import type { SimpleCommand } from '../../model/command';
import { hasOption, parseArgs } from '../args';
import type { Hit, Rule } from '../rule';
import { resourceHint } from '../platforms/evidence';

const GLOBAL_VALUED = ['-o', '-h', '-u', '-i'];

function bucket(url: string): string {
  const m = /^gs:\/\/([^/]+)/i.exec(url);
  return m ? (m[1] as string) : url;
}

export const gsutilDelete: Rule = {
  id: 'gcp/gsutil-delete',
  severity: 'high',
  verdict: 'confirm',
  reason: 'this deletes a Cloud Storage bucket or every object under a prefix',
  safer: 'gsutil ls the prefix first, and enable object versioning',
  tool: 'gcp',
  commands: ['gsutil'],
  match(cmd: SimpleCommand): Hit | undefined {
    const words = cmd.args.map((a) => a.value);
    let i = 0;
    while (i < words.length && (words[i] as string).startsWith('-')) i += GLOBAL_VALUED.includes(words[i] as string) ? 2 : 1;
    const verb = words[i];
    const sub = parseArgs(words.slice(i + 1), { valued: ['-p', '-x', '-c'] });
    const urls = sub.positionals.filter((p) => p.toLowerCase().startsWith('gs://'));
    let url: string | undefined;
    let reason = '';
    if (verb === 'rb') {
      url = urls[0];
      reason = 'gsutil rb deletes the bucket';
    } else if ((verb === 'rm' || verb === 'del' || verb === 'delete' || verb === 'remove') && (hasOption(sub, '-r', '-R') || urls.some((u) => u.endsWith('/**')))) {
      url = urls[0];
      reason = 'gsutil rm -r deletes every object under the prefix';
    } else if (verb === 'rsync' && hasOption(sub, '-d')) {
      url = urls[urls.length - 1];
      reason = 'gsutil rsync -d deletes destination objects missing from the source';
    }
    if (url === undefined) return undefined;
    const name = bucket(url);
    return { target: name, reason, hints: resourceHint(name, 'bucket') };
  },
};
