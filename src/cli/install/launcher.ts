// The hook command every agent runs is a small launcher in a per-user folder, not a path into the
// extension: extension updates move the extension folder, and a machine may have no system Node.
// The launcher reads where the current cli and the editor's runtime are from a key=value file the
// extension rewrites on every start, falls back to the newest installed copy of the extension and
// to a `node` on PATH, and refuses the call (in the agent's terms) when it can find neither.

import * as path from 'node:path';

export const STATE_DIR_NAME = '.destructive-gate';
/** Every hook command contains this, which is how our entries are told apart from the user's. */
export const HOOK_MARKER = 'destructive-gate';

export interface LauncherPaths {
  dir: string;
  script: string;
  config: string;
}

export function launcherPaths(home: string, platform: NodeJS.Platform = process.platform): LauncherPaths {
  const dir = path.join(home, STATE_DIR_NAME, 'bin');
  return {
    dir,
    script: path.join(dir, platform === 'win32' ? 'dag-hook.cmd' : 'dag-hook'),
    config: path.join(dir, 'launcher.conf'),
  };
}

export interface RuntimeInfo {
  /** Absolute path of dist/cli.js in the running extension. */
  cli: string;
  /** The editor's executable (Electron, run as Node) or a Node binary. */
  runtime: string;
}

export function launcherConfigText(info: RuntimeInfo): string {
  // Values are read literally by the launcher (never sourced), so no quoting is needed or wanted.
  return `# Written by Destructive Action Gate on every editor start. Do not edit.\nDAG_CLI=${info.cli}\nDAG_RUNTIME=${info.runtime}\n`;
}

/** Extension folders searched when the recorded cli has gone (an update removed the old copy). */
const EXTENSION_ROOTS = ['.vscode/extensions', '.cursor/extensions', '.vscode-server/extensions', '.cursor-server/extensions', '.windsurf/extensions', '.vscode-insiders/extensions', '.local/share/code-server/extensions'];
const EXTENSION_GLOB = 'destructive-action-gate.destructive-action-gate-*';

function denyLines(indent: string): string {
  // What each agent reads as a refusal when the gate itself cannot start.
  const msg = 'Destructive Action Gate could not start (the extension or its runtime was not found); the action was refused. Do not retry it another way; ask the user to open the editor.';
  return [
    `${indent}case "$DAG_AGENT" in`,
    `${indent}  cursor) printf '%s\\n' '{"permission":"deny","user_message":"${msg}","agent_message":"${msg}"}'; exit 0 ;;`,
    `${indent}  cline) printf '%s\\n' '{"cancel":true,"errorMessage":"${msg}"}'; exit 0 ;;`,
    `${indent}  *) printf '%s\\n' '${msg}' >&2; exit 2 ;;`,
    `${indent}esac`,
  ].join('\n');
}

export function posixLauncherScript(): string {
  return `#!/bin/sh
# Destructive Action Gate: stable hook launcher (agents run this; it survives extension updates).
# Reads ./launcher.conf (written by the extension), finds the editor's runtime, runs the bundled cli.
DAG_DIR=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
DAG_AGENT=""
prev=""
for a in "$@"; do
  if [ "$prev" = "--agent" ]; then DAG_AGENT=$a; fi
  prev=$a
done
DAG_CLI=""
DAG_RUNTIME=""
if [ -r "$DAG_DIR/launcher.conf" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      DAG_CLI=*) DAG_CLI=\${line#DAG_CLI=} ;;
      DAG_RUNTIME=*) DAG_RUNTIME=\${line#DAG_RUNTIME=} ;;
    esac
  done < "$DAG_DIR/launcher.conf"
fi
if [ ! -f "$DAG_CLI" ]; then
  DAG_CLI=""
  for root in ${EXTENSION_ROOTS.map((r) => `"$HOME/${r}"`).join(' ')}; do
    for c in "$root"/${EXTENSION_GLOB}/dist/cli.js; do
      if [ -f "$c" ]; then DAG_CLI=$c; fi
    done
  done
fi
if [ -z "$DAG_RUNTIME" ] || [ ! -x "$DAG_RUNTIME" ]; then
  DAG_RUNTIME=$(command -v node 2>/dev/null)
fi
if [ -z "$DAG_CLI" ] || [ -z "$DAG_RUNTIME" ]; then
${denyLines('  ')}
fi
# Hooks start the lean entry beside the cli; it loads the cli only when the engine must read a call.
DAG_ENTRY=$DAG_CLI
if [ "$1" = "hook" ] && [ -f "\${DAG_CLI%/*}/hook.js" ]; then DAG_ENTRY=\${DAG_CLI%/*}/hook.js; fi
ELECTRON_RUN_AS_NODE=1 exec "$DAG_RUNTIME" "$DAG_ENTRY" "$@"
`;
}

export function windowsLauncherScript(): string {
  return `@echo off\r
rem Destructive Action Gate: stable hook launcher (agents run this; it survives extension updates).\r
setlocal\r
set "DAG_CLI="\r
set "DAG_RUNTIME="\r
if exist "%~dp0launcher.conf" for /f "usebackq eol=# tokens=1,* delims==" %%a in ("%~dp0launcher.conf") do set "%%a=%%b"\r
if not exist "%DAG_CLI%" set "DAG_CLI="\r
if "%DAG_RUNTIME%"=="" for %%n in (node.exe) do set "DAG_RUNTIME=%%~$PATH:n"\r
if "%DAG_CLI%"=="" goto refuse\r
if "%DAG_RUNTIME%"=="" goto refuse\r
set "DAG_ENTRY=%DAG_CLI%"\r
if "%~1"=="hook" for %%d in ("%DAG_CLI%") do if exist "%%~dpdhook.js" set "DAG_ENTRY=%%~dpdhook.js"\r
set ELECTRON_RUN_AS_NODE=1\r
"%DAG_RUNTIME%" "%DAG_ENTRY%" %*\r
exit /b %ERRORLEVEL%\r
:refuse\r
echo Destructive Action Gate could not start (the extension or its runtime was not found); the action was refused. 1>&2\r
exit /b 2\r
`;
}

function quoteForShell(p: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') return `"${p}"`;
  return /^[A-Za-z0-9_\/.,:=@%+-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

/** The command line an agent's hook entry runs. */
export function hookCommand(home: string, agent: string, platform: NodeJS.Platform = process.platform): string {
  return `${quoteForShell(launcherPaths(home, platform).script, platform)} hook --agent ${agent}`;
}
