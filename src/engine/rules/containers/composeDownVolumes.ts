// compose down -v (and compose rm -v) deletes the project's named and anonymous volumes.
// The typed target is the compose project: -p, COMPOSE_PROJECT_NAME, or the project folder,
// which is how compose itself names it.

import type { SimpleCommand } from '../../model/command';
import { hasOption, optionValue, parseArgs } from '../args';
import type { Hit, Rule, RuleContext } from '../rule';
import { consentGiven } from '../platforms/consent';
import { cwdName, folderName } from '../platforms/deletingVerb';
import { optionHints, resourceHint } from '../platforms/evidence';
import { engineHints, readEngineCommand, subcommandIndex } from './engineCommand';

const COMPOSE_VALUED = ['-f', '--file', '-p', '--project-name', '--project-directory', '--env-file', '--profile', '--ansi', '--progress', '--parallel', '-H', '--host', '--context', '-c'];
const VERB_VALUED = ['-t', '--timeout', '--rmi'];

function projectName(words: readonly string[], cmd: SimpleCommand, ctx: RuleContext): { name: string; fromFlag: boolean } {
  const parsed = parseArgs(words, { valued: COMPOSE_VALUED });
  const flag = optionValue(parsed, '-p', '--project-name');
  if (flag !== undefined) return { name: flag, fromFlag: true };
  const variable = cmd.assigns['COMPOSE_PROJECT_NAME'] ?? ctx.input.env['COMPOSE_PROJECT_NAME'];
  if (variable !== undefined && variable !== '') return { name: variable, fromFlag: true };
  const dir = optionValue(parsed, '--project-directory');
  if (dir !== undefined) return { name: cwdName(folderName(dir)), fromFlag: false };
  const file = optionValue(parsed, '-f', '--file');
  if (file !== undefined && file.includes('/')) return { name: cwdName(file.slice(0, file.lastIndexOf('/')) || '/'), fromFlag: false };
  return { name: cwdName(ctx.cwd), fromFlag: false };
}

export const composeDownVolumes: Rule = {
  id: 'containers/compose-down-volumes',
  severity: 'high',
  verdict: 'confirm',
  reason: 'compose down -v deletes the project volumes and the data in them',
  safer: 'docker compose down (without -v) keeps the volumes',
  tool: 'containers',
  commands: ['docker', 'podman', 'nerdctl', 'docker-compose', 'podman-compose'],
  argWords: ['down', 'rm'],
  match(cmd: SimpleCommand, ctx: RuleContext): Hit | undefined {
    let words: string[];
    let hints: Hit['hints'] = [];
    if (cmd.name === 'docker-compose' || cmd.name === 'podman-compose') {
      words = cmd.args.map((a) => a.value);
    } else {
      const read = readEngineCommand(cmd);
      if (read === undefined || read.words[0] !== 'compose') return undefined;
      words = read.words.slice(1);
      hints = engineHints(read.globals);
    }
    const at = subcommandIndex(words, COMPOSE_VALUED);
    const verb = words[at];
    if (verb !== 'down' && verb !== 'rm') return undefined;
    const globals = words.slice(0, at);
    const parsed = parseArgs(globals, { valued: COMPOSE_VALUED });
    const own = parseArgs(words.slice(at + 1), { valued: VERB_VALUED });
    if (!hasOption(own, '-v', '--volumes')) return undefined;
    const project = projectName(globals, cmd, ctx);
    const preAnswered = consentGiven(own, ['-f', '--force']);
    return {
      target: project.name,
      reason: verb === 'down' ? 'compose down -v deletes the project volumes and the data in them' : 'compose rm -v deletes the anonymous volumes of the removed containers',
      hints: [
        ...hints,
        ...optionHints(parsed, 'path', '--env-file', '-f', '--file'),
        ...(project.fromFlag ? resourceHint(project.name, 'compose project') : []),
        ...optionHints(parsed, 'context', '--context', '-c'),
      ],
      ...(preAnswered.length > 0 ? { preAnswered } : {}),
    };
  },
};
