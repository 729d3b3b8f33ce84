import type { Rule } from '../rule';
import { parseArgs, optionValue } from '../args';

/**
 * Ansible ad-hoc commands run a module on many hosts at once: `-m shell|command|raw -a '...'` is shell text,
 * read as such; `-m file -a state=absent` deletes the path everywhere.
 */
export const ansibleAdhoc: Rule = {
  id: 'automation/ansible-adhoc',
  severity: 'high',
  verdict: 'confirm',
  reason: 'runs a destructive action on every host the pattern selects',
  tool: 'embedded',
  commands: ['ansible'],
  match(cmd, ctx) {
    const a = parseArgs(cmd.args.map((w) => w.value), { valued: ['-m', '--module-name', '-a', '--args', '-i', '--inventory', '-u', '--user', '-l', '--limit', '-e', '--extra-vars', '-f', '--forks', '-B', '-P', '-b', '--become-user', '-M', '--module-path', '-t', '--tree', '-c', '--connection', '-T', '--timeout', '--private-key', '--key-file', '--vault-password-file'] });
    const module = optionValue(a, '-m', '--module-name') ?? 'command';
    const moduleArgs = optionValue(a, '-a', '--args') ?? '';
    const hosts = a.positionals[0] ?? 'all';
    if (a.options.has('--check') || a.options.has('-C') || a.options.has('--list-hosts') || a.options.has('--syntax-check')) return undefined;
    if (module === 'shell' || module === 'command' || module === 'raw' || module === 'ansible.builtin.shell' || module === 'ansible.builtin.command') {
      const nested = ctx.nested(moduleArgs);
      const hit = nested.hits.find((h) => (h.hit.verdict ?? h.rule.verdict) !== undefined);
      if (!hit) return undefined;
      return { verdict: hit.hit.verdict ?? hit.rule.verdict, target: hit.hit.target, reason: `runs \`${moduleArgs.slice(0, 80)}\` on hosts ${hosts}: ${hit.hit.reason ?? hit.rule.reason}`, hints: [{ kind: 'host', value: hosts, label: `from ansible host pattern ${hosts}` }] };
    }
    if ((module === 'file' || module === 'ansible.builtin.file') && /\bstate=absent\b/.test(moduleArgs)) {
      const path = /\b(?:path|dest|name)=(\S+)/.exec(moduleArgs)?.[1];
      return { target: path ?? hosts, reason: `deletes ${path ?? 'files'} on every host matching ${hosts}`, hints: [{ kind: 'host', value: hosts, label: `from ansible host pattern ${hosts}` }] };
    }
    return undefined;
  },
};

export const automationRules: readonly Rule[] = [ansibleAdhoc];
