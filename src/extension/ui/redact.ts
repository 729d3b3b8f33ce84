// Secrets never reach the dialog or the audit log: tokens, passwords in URLs, Authorization
// headers, and the values of variables and flags whose name says they are secret.

const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH)/i;

const PATTERNS: readonly [RegExp, string | ((...m: string[]) => string)][] = [
  // scheme://user:password@host
  [/([a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]+:)([^\s@'"]+)(@)/gi, (_m, a = '', _p, c = '') => `${a}***${c}`],
  // Authorization / Proxy-Authorization / X-Api-Key style headers
  [/((?:proxy-)?authorization\s*:\s*)(?:(bearer|basic|token|bot)\s+)?([^\s'"\\]+)/gi, (_m, a = '', scheme, _v) => `${a}${scheme ? `${scheme} ` : ''}***`],
  [/((?:x-[a-z-]*(?:api-?key|token|secret)|api-?key|private-token|cookie)\s*:\s*)([^'"\\]+?)(?=['"\\]|$)/gim, (_m, a = '') => `${a}***`],
  // NAME=value where NAME looks secret (assignments, env prefixes, query strings)
  [/\b([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|[^\s&;'"]+)/g, (m, name = '') => (SECRET_NAME.test(name) ? `${name}=***` : m)],
  // --token x, --password=x, -p<secret> for mysql-style clients is left alone (ambiguous)
  [/(--?[A-Za-z-]*(?:token|secret|password|passwd|api-?key|access-?key)[A-Za-z-]*)(=|\s+)("[^"]*"|'[^']*'|\S+)/gi, (_m, flag = '', sep = '') => `${flag}${sep}***`],
  // Well-known token shapes anywhere
  [/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9_-]{20,}|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{5,})\b/g, '***'],
  // "token": "..." inside JSON bodies
  [/("(?:[A-Za-z_]*(?:token|secret|password|apiKey|api_key)[A-Za-z_]*)"\s*:\s*")([^"]*)(")/gi, (_m, a = '', _v, c = '') => `${a}***${c}`],
];

export function redact(text: string): string {
  let out = text;
  for (const [re, rep] of PATTERNS) out = typeof rep === 'string' ? out.replace(re, rep) : out.replace(re, rep as (...m: string[]) => string);
  return out;
}
