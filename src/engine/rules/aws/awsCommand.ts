// How the AWS CLI reads a line: global options anywhere, `<service> <operation>`, then operation
// options whose list values run until the next option (`--instance-ids i-1 i-2 i-3`).

import type { SimpleCommand } from '../../model/command';
import type { EnvHint } from '../rule';

const GLOBAL_VALUED = new Set([
  '--profile', '--region', '--output', '--endpoint-url', '--query', '--color', '--ca-bundle',
  '--cli-read-timeout', '--cli-connect-timeout', '--cli-binary-format',
]);

export interface AwsCommand {
  service: string;
  operation: string;
  /** Words after the operation that are not options (s3's high-level commands take paths). */
  positionals: string[];
  /** Operation options in line order, each with every value that followed it. */
  options: { name: string; values: string[] }[];
  profile?: string;
  /** How the profile was named: `--profile prod`, `aws-vault exec prod`. */
  profileSource?: string;
  /** --dry-run/--dryrun given last (and not `=false`), `--generate-cli-skeleton`, or `help`. */
  harmless: boolean;
}

export const AWS_COMMANDS: readonly string[] = ['aws', 'aws-vault', 'aws-sso'];

/**
 * `aws-vault exec prod -- aws ...` and `aws-sso exec -A prod aws ...` run the AWS CLI with a
 * profile's credentials: the inner command is what runs, and the profile is where it lands.
 */
function unwrapCredentialRunner(cmd: SimpleCommand): { words: string[]; profile?: string } | undefined {
  const words = cmd.args.map((a) => a.value);
  if (cmd.name === 'aws') return { words };
  const exec = words.indexOf('exec');
  const inner = words.indexOf('aws', exec + 1);
  if (exec < 0 || inner < 0) return undefined;
  const between = words.slice(exec + 1, inner).filter((w) => w !== '--');
  let profile: string | undefined;
  for (let i = 0; i < between.length; i++) {
    const w = between[i] as string;
    if (['-A', '--account', '-p', '--profile'].includes(w)) profile = between[i + 1];
    else if (!w.startsWith('-') && profile === undefined && !['-d', '--duration', '-R', '--role', '--region', '-t', '--mfa-token'].includes(between[i - 1] ?? '')) profile = w;
  }
  return { words: words.slice(inner + 1), ...(profile !== undefined ? { profile } : {}) };
}

export function readAws(cmd: SimpleCommand): AwsCommand | undefined {
  const unwrapped = unwrapCredentialRunner(cmd);
  if (unwrapped === undefined) return undefined;
  const words = unwrapped.words;
  const heads: string[] = [];
  const options: { name: string; values: string[] }[] = [];
  const positionals: string[] = [];
  let profile: string | undefined = unwrapped.profile;
  let profileSource: string | undefined = profile !== undefined ? `${cmd.name} exec ${profile}` : undefined;
  let dry = false;
  let harmless = false;
  let current: { name: string; values: string[] } | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq > 0 ? w.slice(0, eq) : w;
      const inline = eq > 0 ? w.slice(eq + 1) : undefined;
      if (GLOBAL_VALUED.has(name)) {
        const value = inline ?? words[++i];
        if (name === '--profile' && value !== undefined) {
          profile = value;
          profileSource = `--profile ${value}`;
        }
        current = undefined;
        continue;
      }
      if (name === '--dry-run' || name === '--dryrun') {
        dry = inline === undefined ? true : inline.toLowerCase() !== 'false';
        current = undefined;
        continue;
      }
      if (name === '--no-dry-run' || name === '--no-dryrun') {
        dry = false;
        current = undefined;
        continue;
      }
      if (name === '--generate-cli-skeleton') harmless = true;
      current = { name, values: inline !== undefined ? [inline] : [] };
      options.push(current);
      continue;
    }
    if (heads.length < 2) {
      if (w === 'help') harmless = true;
      heads.push(w);
      continue;
    }
    if (w === 'help' && options.length === 0 && positionals.length === 0) harmless = true;
    if (current !== undefined) current.values.push(w);
    else positionals.push(w);
  }
  const [service, operation] = heads;
  if (service === undefined || operation === undefined) return undefined;
  return { service, operation, positionals, options, ...(profile !== undefined ? { profile, profileSource: profileSource ?? profile } : {}), harmless: harmless || dry };
}

export function awsOption(aws: AwsCommand, ...names: string[]): string[] | undefined {
  for (const o of aws.options) if (names.includes(o.name)) return o.values;
  return undefined;
}

export function awsHints(aws: AwsCommand): EnvHint[] {
  return aws.profile !== undefined ? [{ kind: 'context', value: aws.profile, label: `from ${aws.profileSource ?? aws.profile}` }] : [];
}

/** `s3://my-bucket/path` → `my-bucket`. */
export function bucketOf(url: string): string | undefined {
  const m = /^s3:\/\/([^/]+)/i.exec(url);
  return m ? m[1] : undefined;
}
