// The HTTP request a command-line client would send, read once per simple command.

import type { SimpleCommand } from '../../model/command';
import { readCurl } from './curlRequest';
import type { HttpRequest } from './httpRequest';
import { readHttpie } from './httpieRequest';
import type { BodyContext } from './requestBody';
import { readWget } from './wgetRequest';

// Several rules read the same request; the command object is fresh per evaluation, so a weak
// map keyed by it shares the reading without outliving the evaluation.
const readings = new WeakMap<SimpleCommand, HttpRequest | null>();

export function readHttpRequest(cmd: SimpleCommand, ctx: BodyContext): HttpRequest | undefined {
  const cached = readings.get(cmd);
  if (cached !== undefined) return cached ?? undefined;
  const request = readUncached(cmd, ctx);
  readings.set(cmd, request ?? null);
  return request;
}

function readUncached(cmd: SimpleCommand, ctx: BodyContext): HttpRequest | undefined {
  switch (cmd.name) {
    case 'curl':
    case 'curl.exe':
      return readCurl(cmd, ctx);
    case 'wget':
    case 'wget2':
      return readWget(cmd, ctx);
    case 'http':
    case 'https':
    case 'xh':
    case 'xhs':
      return readHttpie(cmd, ctx);
    default:
      return undefined;
  }
}
