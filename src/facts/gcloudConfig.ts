// gcloud's active configuration and its core/project: CLOUDSDK_ACTIVE_CONFIG_NAME, else
// ~/.config/gcloud/active_config, then configurations/config_<name> (INI). CLOUDSDK_CONFIG moves the folder.

import { join } from 'node:path';
import { readSmallFile } from './readSmallFile';

export function projectOfIni(text: string): string | undefined {
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('#') || line.startsWith(';') || line === '') continue;
    const s = /^\[(.+)\]$/.exec(line);
    if (s) {
      section = (s[1] as string).trim();
      continue;
    }
    const kv = /^([^=:]+)[=:](.*)$/.exec(line);
    if (section === 'core' && kv && (kv[1] as string).trim() === 'project') {
      const v = (kv[2] as string).trim();
      return v === '' ? undefined : v;
    }
  }
  return undefined;
}

export function gcloudConfig(env: Readonly<Record<string, string | undefined>>, home: string): { project?: string; configuration?: string; source: string } | undefined {
  const root = env['CLOUDSDK_CONFIG'] ?? join(home, '.config', 'gcloud');
  const configuration = env['CLOUDSDK_ACTIVE_CONFIG_NAME']?.trim() || readSmallFile(join(root, 'active_config'), 4096)?.trim() || undefined;
  if (configuration === undefined) return undefined;
  if (!/^[A-Za-z0-9_.-]+$/.test(configuration)) return undefined;
  const path = join(root, 'configurations', `config_${configuration}`);
  const text = readSmallFile(path);
  const project = text !== undefined ? projectOfIni(text) : undefined;
  return { configuration, ...(project ? { project } : {}), source: `gcloud configuration ${configuration} (${path})` };
}
