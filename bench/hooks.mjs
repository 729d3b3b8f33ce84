// Hook round trip and MCP proxy overhead, measured in one run on this machine.
//
// 1. Hook: process start to answer for a harmless Claude Code PreToolUse call (`ls -la src`),
//    p50 over N runs, interleaved with a bare `node -e 0` start and cc-safety-net's own Claude
//    Code hook (bench/package.json), so all three see the same machine load.
//    Targets (issue 5): ≤ 1.3 × `node -e 0`, and faster than cc-safety-net.
// 2. MCP proxy: ping-pong round trips against a small echo server, direct and through
//    `cli.js mcp-proxy`; the overhead per relayed message is the difference of the p50s
//    (target ≤ 0.2 ms).
//
// Usage: npm run build && node bench/hooks.mjs [--runs 200] [--messages 2000]

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtCli = join(root, 'dist', 'cli.js');
const ccsn = join(root, 'bench', 'node_modules', 'cc-safety-net', 'dist', 'bin', 'cc-safety-net.js');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const RUNS = opt('--runs', 200);
const MESSAGES = opt('--messages', 2000);

if (!existsSync(builtCli)) throw new Error('dist/cli.js is missing: run `npm run build` first');

const p = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x) => Math.round(x * 100) / 100;

// A registry folder with no windows: a harmless call must never need one.
const scratch = mkdtempSync(join(tmpdir(), 'dag-bench-'));
// A private copy: a rebuild (which empties dist/) during the run must not break it.
const cli = join(scratch, 'cli.js');
const hookEntry = join(scratch, 'hook.js');
copyFileSync(builtCli, cli);
copyFileSync(join(root, 'dist', 'hook.js'), hookEntry);
const env = { PATH: process.env.PATH, HOME: scratch, DESTRUCTIVE_GATE_REGISTRY_DIR: join(scratch, 'windows') };
const payload = JSON.stringify({ session_id: 's', transcript_path: '/tmp/t.jsonl', cwd: scratch, permission_mode: 'default', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls -la src', description: 'list' }, tool_use_id: 'toolu_1' });

function timeRun(argv, input) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { input, env, encoding: 'utf8' });
  const t = Number(process.hrtime.bigint() - t0) / 1e6;
  return { t, r };
}

// The prefilter the extension writes beside the launcher; the lean entry reads it from $HOME.
mkdirSync(join(scratch, '.destructive-gate', 'bin'), { recursive: true });
const w = spawnSync(process.execPath, [cli, 'hook', '--write-prefilter', join(scratch, '.destructive-gate', 'bin', 'hook-prefilter.json')]);
if (w.status !== 0) throw new Error('could not write the hook prefilter');

const subjects = [
  { name: 'node -e 0', argv: ['-e', '0'], input: '' },
  { name: 'gate hook (dist/hook.js, installed)', argv: [hookEntry, 'hook', '--agent', 'claude-code'], input: payload, expect: { status: 0, stdout: '' } },
];
if (existsSync(ccsn)) subjects.push({ name: 'cc-safety-net hook --claude-code', argv: [ccsn, 'hook', '--claude-code'], input: payload, expect: { status: 0 } });
else console.warn('cc-safety-net is not installed: run `npm install` in bench/ to compare with it');
// For reference: the same call through the full cli (what runs when the prefilter cannot clear a call).
subjects.push({ name: 'gate hook (dist/cli.js, full engine)', argv: [cli, 'hook', '--agent', 'claude-code'], input: payload, expect: { status: 0, stdout: '' } });

const times = subjects.map(() => []);
for (let w = 0; w < 5; w++) for (const s of subjects) timeRun(s.argv, s.input);
for (let i = 0; i < RUNS; i++) {
  // Rotate the order each round so no subject always runs right after another.
  for (let k = 0; k < subjects.length; k++) {
    const j = (i + k) % subjects.length;
    const s = subjects[j];
    const { t, r } = timeRun(s.argv, s.input);
    if (s.expect && (r.status !== s.expect.status || (s.expect.stdout !== undefined && r.stdout !== s.expect.stdout))) {
      throw new Error(`${s.name} answered unexpectedly: exit ${r.status}, stdout ${JSON.stringify(r.stdout)}, stderr ${r.stderr}`);
    }
    times[j].push(t);
  }
}

const hook = subjects.map((s, j) => ({ name: s.name, runs: times[j].length, p50: ms(p(times[j], 0.5)), p90: ms(p(times[j], 0.9)) }));
const bare = hook[0].p50;
const ours = hook[1].p50;
const peer = existsSync(ccsn) ? hook[2]?.p50 : undefined;

// --- MCP proxy overhead ---
const echoServer = join(scratch, 'echo.js');
writeFileSync(
  echoServer,
  `let b='';process.stdin.setEncoding('utf8');process.stdin.on('data',d=>{b+=d;let n;while((n=b.indexOf('\\n'))!==-1){const l=b.slice(0,n);b=b.slice(n+1);const m=JSON.parse(l);process.stdout.write(JSON.stringify({jsonrpc:'2.0',id:m.id,result:{}})+'\\n');}});process.stdin.on('end',()=>process.exit(0));`,
);

function pingPong(argv, count) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { env, stdio: ['pipe', 'pipe', 'inherit'] });
    const rtts = [];
    let buf = '';
    let sent = 0;
    let t0 = 0n;
    const send = () => {
      t0 = process.hrtime.bigint();
      child.stdin.write(`{"jsonrpc":"2.0","id":${sent},"method":"tools/call","params":{"name":"list_projects","arguments":{"q":"x"}}}\n`);
      sent++;
    };
    child.stdout.setEncoding('utf8').on('data', (d) => {
      buf += d;
      let n;
      while ((n = buf.indexOf('\n')) !== -1) {
        buf = buf.slice(n + 1);
        rtts.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (sent < count) send();
        else child.stdin.end();
      }
    });
    child.on('error', reject);
    child.on('close', () => resolve(rtts.slice(Math.min(100, Math.floor(count / 10)))));
    send();
  });
}

const direct = await pingPong([echoServer], MESSAGES);
const proxied = await pingPong([cli, 'mcp-proxy', '--', process.execPath, echoServer], MESSAGES);
const mcp = {
  messages: MESSAGES,
  directP50: ms(p(direct, 0.5) * 1000) / 1000,
  proxiedP50: ms(p(proxied, 0.5) * 1000) / 1000,
  overheadP50Ms: Math.round((p(proxied, 0.5) - p(direct, 0.5)) * 1000) / 1000,
};

rmSync(scratch, { recursive: true, force: true });

const result = {
  machine: { node: process.version, platform: process.platform, cpus: (await import('node:os')).cpus().length },
  hookRoundTrip: hook,
  ratioToBareNode: ms(ours / bare),
  fasterThanCcSafetyNet: peer === undefined ? null : ours < peer,
  mcpProxy: mcp,
  targets: { ratioToBareNode: 1.3, mcpOverheadP50Ms: 0.2 },
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'hooks.json'), JSON.stringify(result, null, 2) + '\n');

for (const h of hook) console.log(`${h.name.padEnd(34)} p50 ${String(h.p50).padStart(7)} ms   p90 ${String(h.p90).padStart(7)} ms   (${h.runs} runs)`);
console.log(`gate hook / node -e 0: ${result.ratioToBareNode}× (target ≤ 1.3×)${peer !== undefined ? `; vs cc-safety-net: ${ms(ours / peer)}×` : ''}`);
console.log(`MCP proxy: direct p50 ${mcp.directP50} ms, proxied p50 ${mcp.proxiedP50} ms, overhead ${mcp.overheadP50Ms} ms per message (target ≤ 0.2 ms)`);
