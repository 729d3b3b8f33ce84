// Volumes are where containers keep their data: removing or pruning them is the policy's container gate.
// Containers, images and networks are rebuilt from images and are disposable.

import type { SimpleCommand } from '../../model/command';
import { hasOption, parseArgs } from '../args';
import type { Hit, Rule } from '../rule';
import { consentGiven } from '../platforms/consent';
import { nameOrCount } from '../platforms/deletingVerb';
import { resourceHint } from '../platforms/evidence';
import { namesArePiped as namesPiped, pipedTarget, withoutPlaceholders } from '../platforms/pipedNames';
import { ENGINE_COMMANDS, engineHints, readEngineCommand } from './engineCommand';

const CONSENT = ['-f', '--force'];

export const volumeRemove: Rule = {
  id: 'containers/volume-rm',
  severity: 'high',
  verdict: 'confirm',
  reason: 'removing a container volume deletes the data stored in it',
  safer: 'back the volume up first (docker run --rm -v vol:/data -v "$PWD":/backup alpine tar czf /backup/vol.tgz /data)',
  tool: 'containers',
  commands: ENGINE_COMMANDS,
  argWords: ['volume'],
  match(cmd: SimpleCommand): Hit | undefined {
    const read = readEngineCommand(cmd);
    if (read === undefined || read.words[0] !== 'volume') return undefined;
    const verb = read.words[1];
    const sub = parseArgs(read.words.slice(2), { valued: ['--filter'] });
    const hints = engineHints(read.globals);
    const preAnswered = consentGiven(sub, CONSENT);
    const consent = preAnswered.length > 0 ? { preAnswered } : {};
    if (verb === 'prune') {
      return { target: hasOption(sub, '-a', '--all') ? 'all unused volumes' : 'unused volumes', reason: 'volume prune deletes every unused volume and its data', hints, ...consent };
    }
    if (verb !== 'rm' && verb !== 'remove') return undefined;
    if (hasOption(sub, '-a', '--all')) return { target: 'all volumes', hints, ...consent };
    const names = withoutPlaceholders(cmd, sub.positionals);
    const target = nameOrCount(names, 'volumes') ?? (namesPiped(cmd) ? pipedTarget('volumes') : undefined);
    if (target === undefined) return undefined;
    return { target, hints: [...hints, ...(names.length === 1 ? resourceHint(names[0], 'volume') : [])], ...consent };
  },
};

export const systemPruneVolumes: Rule = {
  id: 'containers/system-prune-volumes',
  severity: 'high',
  verdict: 'confirm',
  reason: 'system prune --volumes also deletes every unused volume and its data',
  safer: 'docker system prune without --volumes removes containers, images and networks only',
  tool: 'containers',
  commands: ENGINE_COMMANDS,
  argWords: ['prune'],
  match(cmd: SimpleCommand): Hit | undefined {
    const read = readEngineCommand(cmd);
    if (read === undefined || read.words[0] !== 'system' || read.words[1] !== 'prune') return undefined;
    const sub = parseArgs(read.words.slice(2), { valued: ['--filter'] });
    if (!hasOption(sub, '--volumes')) return undefined;
    const preAnswered = consentGiven(sub, CONSENT);
    return { target: 'unused volumes', hints: engineHints(read.globals), ...(preAnswered.length > 0 ? { preAnswered } : {}) };
  },
};

export const containerRemoveVolumes: Rule = {
  id: 'containers/rm-volumes',
  severity: 'medium',
  verdict: 'confirm',
  reason: 'rm -v also deletes the anonymous volumes attached to the container, with their data',
  safer: 'remove the container without -v; prune volumes deliberately later',
  tool: 'containers',
  commands: ENGINE_COMMANDS,
  argWords: ['rm', 'remove'],
  match(cmd: SimpleCommand): Hit | undefined {
    const read = readEngineCommand(cmd);
    if (read === undefined) return undefined;
    const rest = read.words[0] === 'rm' ? read.words.slice(1) : read.words[0] === 'container' && (read.words[1] === 'rm' || read.words[1] === 'remove') ? read.words.slice(2) : undefined;
    if (rest === undefined) return undefined;
    const sub = parseArgs(rest, { valued: ['--time', '-t', '--cidfile', '--filter'] });
    if (!hasOption(sub, '-v', '--volumes')) return undefined;
    const target = hasOption(sub, '-a', '--all') ? 'all containers' : nameOrCount(withoutPlaceholders(cmd, sub.positionals), 'containers') ?? (namesPiped(cmd) ? pipedTarget('containers') : undefined);
    if (target === undefined) return undefined;
    const preAnswered = consentGiven(sub, CONSENT);
    return { target, hints: engineHints(read.globals), ...(preAnswered.length > 0 ? { preAnswered } : {}) };
  },
};
