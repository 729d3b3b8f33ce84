// "Show audit log": a webview table of the audit records with filters by outcome and
// environment, and Export to a file.

import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { AuditLog, AuditRecord } from './auditLog';

export function showAuditLog(log: AuditLog, extensionUri: vscode.Uri): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel('destructiveGate.audit', 'Destructive Action Gate: Audit Log', vscode.ViewColumn.Active, {
    enableScripts: true,
    localResourceRoots: [extensionUri],
  });
  const nonce = randomBytes(16).toString('base64');
  panel.webview.html = html(nonce, panel.webview.cspSource);
  const send = (): void => void panel.webview.postMessage({ type: 'records', records: log.readAll().reverse() });
  panel.webview.onDidReceiveMessage(async (msg: unknown) => {
    const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
    if (type === 'ready' || type === 'refresh') send();
    if (type === 'export') await exportAuditLog(log.readAll());
  });
  return panel;
}

export async function exportAuditLog(records: readonly AuditRecord[]): Promise<void> {
  const uri = await vscode.window.showSaveDialog({ filters: { 'JSON Lines': ['jsonl'] }, saveLabel: 'Export audit log', defaultUri: vscode.Uri.file('destructive-gate-audit.jsonl') });
  if (!uri) return;
  await vscode.workspace.fs.writeFile(uri, Buffer.from(records.map((r) => JSON.stringify(r)).join('\n') + '\n'));
  void vscode.window.showInformationMessage(`Exported ${records.length} audit record(s) to ${uri.fsPath}.`);
}

export function auditFileExists(log: AuditLog): boolean {
  return fs.existsSync(log.file);
}

function html(nonce: string, csp: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${csp} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<style nonce="${nonce}">
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground)}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid var(--vscode-panel-border);padding:4px 6px;text-align:left;vertical-align:top}
th{position:sticky;top:0;background:var(--vscode-editor-background)}code{font-family:var(--vscode-editor-font-family);white-space:pre-wrap;word-break:break-all}
.env-production,.env-unknown{color:var(--vscode-errorForeground);font-weight:bold}.bar{display:flex;gap:12px;margin:8px 0;align-items:center}
</style></head><body>
<div class="bar"><label>Outcome <select id="outcome"><option value="">all</option></select></label>
<label>Environment <select id="env"><option value="">all</option></select></label>
<button id="refresh">Refresh</button><button id="export">Export…</button><span id="count"></span></div>
<table><thead><tr><th>Time</th><th>Outcome</th><th>Environment</th><th>Command</th><th>Target</th><th>Rules</th><th>Source</th><th>Folder</th></tr></thead><tbody id="rows"></tbody></table>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
let records = [];
const $ = (id) => document.getElementById(id);
const OUT = ['confirmed','cancelled','timed-out','denied','one-shot-pass','paused','allowance','allowance-granted','allowance-ended','disabled','not-gated'];
const ENV = ['production','unknown','staging','development'];
for (const o of OUT) $('outcome').add(new Option(o, o));
for (const e of ENV) $('env').add(new Option(e, e));
function cell(tr, text, cls) { const td = document.createElement('td'); if (cls) td.className = cls; const c = document.createElement('code'); c.textContent = text ?? ''; td.appendChild(c); tr.appendChild(td); }
function render() {
  const o = $('outcome').value, e = $('env').value;
  const rows = $('rows'); rows.textContent = '';
  const shown = records.filter(r => (!o || r.outcome === o) && (!e || r.environment === e));
  for (const r of shown) {
    const tr = document.createElement('tr'); tr.dataset.outcome = r.outcome;
    cell(tr, r.time); cell(tr, r.outcome); cell(tr, (r.environment ?? '').toUpperCase() + (r.evidence && r.evidence.length ? ' (' + r.evidence.join('; ') + ')' : ''), 'env-' + r.environment);
    cell(tr, r.command); cell(tr, r.target); cell(tr, (r.rules || []).join(', ')); cell(tr, r.source + (r.agent ? ' / ' + r.agent : '')); cell(tr, r.cwd);
    rows.appendChild(tr);
  }
  $('count').textContent = shown.length + ' of ' + records.length + ' record(s)';
}
$('outcome').onchange = render; $('env').onchange = render;
$('refresh').onclick = () => vscode.postMessage({ type: 'refresh' });
$('export').onclick = () => vscode.postMessage({ type: 'export' });
window.addEventListener('message', (ev) => { if (ev.data && ev.data.type === 'records') { records = ev.data.records; render(); } });
vscode.postMessage({ type: 'ready' });
</script></body></html>`;
}
