// Starts and stops throwaway code-server instances for the integration and end-to-end tests.
// Every instance has its own HOME, TMPDIR, XDG folders, user data and extensions, so nothing
// leaks into the developer's real profile, and it is stopped by killing its process group.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';

export function installCodeServer() {
  const r = spawnSync('bash', ['scripts/e2e/install-code-server.sh'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error('code-server install failed');
  return r.stdout.trim().split('\n').pop();
}

export async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'terminal.integrated.defaultProfile.linux': 'bash',
  'terminal.integrated.gpuAcceleration': 'off',
  'terminal.integrated.enablePersistentSessions': false,
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

export function instanceEnv(inst, extra = {}) {
  return {
    ...process.env,
    HOME: `${inst}/home`,
    TMPDIR: `${inst}/tmp`,
    XDG_CONFIG_HOME: `${inst}/xdg/config`,
    XDG_DATA_HOME: `${inst}/xdg/data`,
    XDG_CACHE_HOME: `${inst}/xdg/cache`,
    XDG_RUNTIME_DIR: `${inst}/xdg/runtime`,
    SHELL: '/bin/bash',
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

/** Creates an instance folder; `userSettings` are merged over the quiet defaults. */
/**
 * Where an instance lives. The policy treats everything under /tmp as disposable (`rm -rf /tmp/x` passes), so a
 * workspace there would make the gate's own end-to-end checks meaningless: a clone under /tmp puts its instances
 * under ~/.cache instead.
 */
function instancePath(requested) {
  const tmp = [os.tmpdir(), '/tmp', '/private/tmp'].map((d) => path.resolve(d) + path.sep);
  const underTmp = (p) => tmp.some((t) => (path.resolve(p) + path.sep).startsWith(t));
  if (!underTmp(requested)) return requested;
  const home = os.homedir();
  return underTmp(home) ? requested : path.join(home, '.cache', 'dag-e2e', path.basename(requested));
}

export function makeInstance(requested, userSettings = {}) {
  const inst = instancePath(requested);
  fs.rmSync(inst, { recursive: true, force: true });
  for (const d of ['home', 'tmp', 'xdg/config', 'xdg/data', 'xdg/cache', 'xdg/runtime', 'user-data/User', 'extensions', 'ws']) fs.mkdirSync(path.join(inst, d), { recursive: true, mode: 0o700 });
  fs.chmodSync(path.join(inst, 'xdg/runtime'), 0o700);
  fs.writeFileSync(path.join(inst, 'user-data/User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...userSettings }, null, 2));
  return inst;
}

export function installVsix(prefix, inst, vsix) {
  const r = spawnSync(process.execPath, [`${prefix}/cs/node_modules/code-server/out/node/entry.js`, '--user-data-dir', `${inst}/user-data`, '--extensions-dir', `${inst}/extensions`, '--install-extension', vsix], {
    env: instanceEnv(inst),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`install-extension failed: ${r.stdout}\n${r.stderr}`);
}

export async function startCodeServer(prefix, inst, port, extraEnv = {}) {
  const log = fs.openSync(`${inst}/code-server.log`, 'w');
  const child = spawn(
    process.execPath,
    [
      `${prefix}/cs/node_modules/code-server/out/node/entry.js`,
      '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', `${inst}/config.yaml`,
      '--user-data-dir', `${inst}/user-data`, '--extensions-dir', `${inst}/extensions`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened',
    ],
    { env: instanceEnv(inst, extraEnv), detached: true, stdio: ['ignore', log, log] },
  );
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 600; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return { pid: child.pid, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`code-server did not start:\n${fs.readFileSync(`${inst}/code-server.log`, 'utf8')}`);
}

export async function launchChromium(playwright, profileDir) {
  return playwright.chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-breakpad', '--disable-crash-reporter'],
  });
}

export async function waitForFile(file, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${file}`);
}
