import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'jsonc-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan, type FilePlan } from '../../../src/cli/install/filePlan';
import { backupRoot, detectAgents, hookHealth, installContext, planInstall, planRemove } from '../../../src/cli/install/hookInstaller';
import { HOOK_TARGETS } from '../../../src/cli/install/hookTargets';
import { launcherPaths } from '../../../src/cli/install/launcher';

const RUNTIME = { cli: '/opt/ext/dist/cli.js', runtime: '/usr/bin/node' };
let home: string;

function write(rel: string, text: string): string {
  const p = path.join(home, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
}

function read(rel: string): string | undefined {
  try {
    return fs.readFileSync(path.join(home, rel), 'utf8');
  } catch {
    return undefined;
  }
}

function install(): FilePlan {
  const ctx = installContext(home, 'linux');
  const plan = planInstall(ctx, detectAgents(ctx), RUNTIME);
  applyPlan(plan, backupRoot(home), new Date('2026-01-01T00:00:00Z'));
  return plan;
}

function remove(): FilePlan {
  const plan = planRemove(installContext(home, 'linux'));
  applyPlan(plan, backupRoot(home), new Date('2026-01-02T00:00:00Z'));
  return plan;
}

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'dag-home-'));
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

const CURSOR_EXISTING = `// my hooks
{
  "version": 1,
  "hooks": {
    // audit every shell call
    "beforeShellExecution": [
      { "command": "./hooks/audit.sh" }
    ],
    "afterFileEdit": [{ "command": "./hooks/format.sh" }]
  }
}
`;

const CLAUDE_EXISTING = `{
  "model": "opus",
  "hooks": {
    "PreToolUse": [
      { "matcher": "Edit", "hooks": [{ "type": "command", "command": "lint.sh" }] }
    ]
  }
}
`;

describe('hook installer on a temp home', () => {
  it('detects only the agents whose user folders exist', () => {
    fs.mkdirSync(path.join(home, '.cursor'));
    fs.mkdirSync(path.join(home, '.gemini'));
    expect(detectAgents(installContext(home, 'linux')).map((t) => t.id)).toEqual(['cursor', 'gemini']);
  });

  it('merges into Cursor and Claude files, keeping the user\'s hooks and comments, with exact entries', () => {
    write('.cursor/hooks.json', CURSOR_EXISTING);
    write('.claude/settings.json', CLAUDE_EXISTING);
    install();
    const cursor = read('.cursor/hooks.json') as string;
    expect(cursor).toContain('// my hooks');
    expect(cursor).toContain('// audit every shell call');
    const cmd = `${launcherPaths(home, 'linux').script} hook --agent cursor`;
    expect(parse(cursor)).toEqual({
      version: 1,
      hooks: {
        beforeShellExecution: [{ command: './hooks/audit.sh' }, { command: cmd, type: 'command', timeout: 300, failClosed: true }],
        afterFileEdit: [{ command: './hooks/format.sh' }],
        beforeMCPExecution: [{ command: cmd, type: 'command', timeout: 300, failClosed: true }],
        preToolUse: [{ command: cmd, type: 'command', timeout: 300, failClosed: true, matcher: 'Delete' }],
      },
    });
    expect(parse(read('.claude/settings.json') as string)).toEqual({
      model: 'opus',
      hooks: {
        PreToolUse: [
          { matcher: 'Edit', hooks: [{ type: 'command', command: 'lint.sh' }] },
          { matcher: 'Bash|mcp__.*|run_in_terminal|Shell', hooks: [{ type: 'command', command: `${launcherPaths(home, 'linux').script} hook --agent claude-code`, timeout: 300 }] },
        ],
      },
    });
  });

  it('writes the launcher and its configuration', () => {
    fs.mkdirSync(path.join(home, '.cursor'));
    install();
    const l = launcherPaths(home, 'linux');
    expect(fs.statSync(l.script).mode & 0o777).toBe(0o755);
    expect(fs.readFileSync(l.config, 'utf8')).toBe(`# Written by Destructive Action Gate on every editor start. Do not edit.\nDAG_CLI=${RUNTIME.cli}\nDAG_RUNTIME=${RUNTIME.runtime}\n`);
  });

  it('is idempotent: a second install plans no change', () => {
    write('.cursor/hooks.json', CURSOR_EXISTING);
    write('.claude/settings.json', CLAUDE_EXISTING);
    fs.mkdirSync(path.join(home, '.codex'));
    fs.mkdirSync(path.join(home, '.gemini'));
    fs.mkdirSync(path.join(home, '.codeium/windsurf'), { recursive: true });
    fs.mkdirSync(path.join(home, 'Documents/Cline'), { recursive: true });
    fs.mkdirSync(path.join(home, '.copilot'));
    install();
    const ctx = installContext(home, 'linux');
    const again = planInstall(ctx, detectAgents(ctx), RUNTIME);
    expect(again.changes).toEqual([]);
    expect(again.problems).toEqual([]);
  });

  it('removes exactly what it added: user files come back byte for byte, created files are deleted', () => {
    write('.cursor/hooks.json', CURSOR_EXISTING);
    write('.claude/settings.json', CLAUDE_EXISTING);
    write('.codex/config.toml', 'model = "o3"\n\n[features]\nweb_search = true\n');
    fs.mkdirSync(path.join(home, '.gemini'));
    fs.mkdirSync(path.join(home, '.codeium/windsurf'), { recursive: true });
    fs.mkdirSync(path.join(home, 'Documents/Cline'), { recursive: true });
    fs.mkdirSync(path.join(home, '.copilot'));
    install();
    expect(read('.codex/config.toml')).toBe('model = "o3"\n\n[features]\nhooks = true # added by Destructive Action Gate\nweb_search = true\n');
    remove();
    expect(read('.cursor/hooks.json')).toBe(CURSOR_EXISTING);
    expect(read('.claude/settings.json')).toBe(CLAUDE_EXISTING);
    expect(read('.codex/config.toml')).toBe('model = "o3"\n\n[features]\nweb_search = true\n');
    expect(read('.codex/hooks.json')).toBeUndefined();
    expect(read('.codeium/windsurf/hooks.json')).toBeUndefined();
    expect(read('Documents/Cline/Hooks/PreToolUse')).toBeUndefined();
    expect(read('.copilot/hooks/destructive-gate.json')).toBeUndefined();
  });

  it('adds a [features] table to a Codex config that has none, and removes it again', () => {
    write('.codex/config.toml', 'model = "o3"\n');
    install();
    expect(read('.codex/config.toml')).toBe('model = "o3"\n\n[features] # added by Destructive Action Gate\nhooks = true # added by Destructive Action Gate\n');
    remove();
    expect(read('.codex/config.toml')).toBe('model = "o3"\n');
  });

  it('keeps a backup of every file it changes', () => {
    write('.cursor/hooks.json', CURSOR_EXISTING);
    install();
    const dir = path.join(backupRoot(home), '2026-01-01T00-00-00-000Z');
    const name = path.join(home, '.cursor/hooks.json').replace(/[\\/]/g, '__');
    expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe(CURSOR_EXISTING);
  });

  it('refuses to touch a file it cannot parse, and says so', () => {
    write('.cursor/hooks.json', '{ "hooks": [ oops');
    const ctx = installContext(home, 'linux');
    const plan = planInstall(ctx, detectAgents(ctx), RUNTIME);
    expect(plan.changes.map((c) => c.owner)).toEqual(['launcher', 'launcher']);
    expect(plan.problems.map((p) => p.owner)).toEqual(['Cursor']);
  });

  it('never overwrites someone else\'s Cline PreToolUse script', () => {
    write('Documents/Cline/Hooks/PreToolUse', '#!/bin/sh\necho mine\n');
    const ctx = installContext(home, 'linux');
    const plan = planInstall(ctx, detectAgents(ctx), RUNTIME);
    expect(plan.problems.map((p) => p.owner)).toEqual(['Cline']);
    expect(plan.changes.some((c) => c.path.endsWith('PreToolUse'))).toBe(false);
  });

  it('refuses to apply a plan when the file changed after the preview', () => {
    write('.cursor/hooks.json', CURSOR_EXISTING);
    const ctx = installContext(home, 'linux');
    const plan = planInstall(ctx, detectAgents(ctx), RUNTIME);
    write('.cursor/hooks.json', '{}');
    expect(() => applyPlan(plan, backupRoot(home))).toThrow(/changed since the preview/);
    expect(read('.cursor/hooks.json')).toBe('{}');
  });

  it('reports a later edit that removed our entries as degraded', () => {
    write('.cursor/hooks.json', CURSOR_EXISTING);
    install();
    const ctx = installContext(home, 'linux');
    expect(hookHealth(ctx, ['cursor']).map((h) => h.state)).toEqual(['installed']);
    write('.cursor/hooks.json', CURSOR_EXISTING);
    expect(hookHealth(ctx, ['cursor']).map((h) => h.state)).toEqual(['missing']);
  });

  it('replaces an older entry of ours in place instead of adding a second one', () => {
    write('.cursor/hooks.json', `{"version":1,"hooks":{"beforeShellExecution":[{"command":"/old/.destructive-gate/bin/dag-hook hook --agent cursor"}]}}`);
    install();
    const v = parse(read('.cursor/hooks.json') as string) as { hooks: { beforeShellExecution: { command: string }[] } };
    expect(v.hooks.beforeShellExecution.map((e) => e.command)).toEqual([`${launcherPaths(home, 'linux').script} hook --agent cursor`]);
  });

  it('has one target per supported agent family', () => {
    expect(HOOK_TARGETS.map((t) => t.id)).toEqual(['cursor', 'claude-code', 'copilot', 'gemini', 'codex', 'windsurf', 'cline']);
  });
});
