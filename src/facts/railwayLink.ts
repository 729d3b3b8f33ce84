// Railway's folder link: ~/.railway/config.json maps absolute folders to linked projects; the CLI
// uses the nearest ancestor of the working folder. The file also holds tokens, which are never read out.

import { dirname, join, resolve } from 'node:path';
import { readSmallFile } from './readSmallFile';

export interface RailwayFact {
  project?: string;
  environment?: string;
  source: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

export function railwayLink(cwd: string, env: Readonly<Record<string, string | undefined>>, home: string): RailwayFact | undefined {
  const flavour = env['RAILWAY_ENV'];
  const file = flavour === 'staging' ? 'config-staging.json' : flavour === 'dev' || flavour === 'develop' ? 'config-dev.json' : 'config.json';
  const path = join(home, '.railway', file);
  const text = readSmallFile(path);
  if (text === undefined) return undefined;
  let projects: unknown;
  try {
    const parsed: unknown = JSON.parse(text);
    projects = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['projects'] : undefined;
  } catch {
    return undefined;
  }
  if (typeof projects !== 'object' || projects === null) return undefined;
  const links = projects as Record<string, unknown>;
  let dir = resolve(cwd);
  for (;;) {
    const link = links[dir];
    if (typeof link === 'object' && link !== null) {
      const l = link as Record<string, unknown>;
      const project = str(l['name']) ?? str(l['project']);
      const environment = str(l['environmentName']) ?? str(l['environment']);
      return { ...(project ? { project } : {}), ...(environment ? { environment } : {}), source: `Railway link for ${dir} in ${path}` };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
