// A request as an HTTP client on the command line would send it: method, URLs, headers and body,
// read from the client's own options. Header values are kept for reading only (Content-Type):
// they may hold tokens, so nothing here is ever shown to the user.

export type HttpClient = 'curl' | 'wget' | 'httpie' | 'xh';

export interface RequestUrl {
  /** The URL as written on the line. */
  text: string;
  /** Lower-case host, when the URL could be read. */
  host?: string;
  /** Decoded, non-empty path segments. */
  segments: string[];
}

export interface HttpRequest {
  client: HttpClient;
  /** Upper-case method, as the client would send it. */
  method: string;
  urls: RequestUrl[];
  /** Header names in lower case; values only for reading the content type. */
  headers: ReadonlyMap<string, string>;
  /** The body as sent, when there is one and it could be read. */
  body?: string;
  /** Form fields (`-F name=value`, HTTPie `name=value` with `--form`). */
  form: ReadonlyMap<string, string>;
  /** Body parts that could not be read (a missing `@file`, stdin from a command, a substitution). */
  unreadable: string[];
  /** Nothing is sent (`--offline`). */
  offline: boolean;
}

export const HTTP_CLIENTS: readonly string[] = ['curl', 'wget', 'http', 'https', 'xh', 'xhs'];
