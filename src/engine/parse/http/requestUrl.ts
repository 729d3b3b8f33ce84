// URLs as command-line clients accept them: scheme-less (`localhost:8001/services`) and HTTPie's
// `:9200/index` shorthand for localhost.

import type { RequestUrl } from './httpRequest';

export function readRequestUrl(text: string, defaultScheme: 'http' | 'https' = 'http'): RequestUrl {
  let full = text.trim();
  if (/^:\d*(\/|$)/.test(full)) full = `localhost${full}`;
  else if (full.startsWith(':/')) full = `localhost${full.slice(1)}`;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(full)) full = `${defaultScheme}://${full}`;
  try {
    const u = new URL(full);
    const segments = u.pathname
      .split('/')
      .filter((s) => s.length > 0)
      .map(decodeSegment);
    return { text, host: u.hostname.replace(/^\[|\]$/g, '').toLowerCase(), segments };
  } catch {
    return { text, segments: [] };
  }
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A word that is plausibly a URL (for clients whose positionals mix URLs and other things). */
export function looksLikeUrl(word: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(word) || /^:\d*(\/|$)/.test(word) || /^(localhost|[\w-]+(\.[\w-]+)+|\d{1,3}(\.\d{1,3}){3})(:\d+)?(\/|$|\?)/i.test(word);
}
