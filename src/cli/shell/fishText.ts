// The engine reads POSIX shell. A fish line differs from it in the ways that change what the
// engine believes runs: a `function NAME ... end` block defines a function (it runs nothing
// until called) and `; and` / `; or` chain commands. This rewrites only those forms, so a fish
// function definition is read as one and a call to it is judged by its body.

/** `function NAME\n BODY\nend` as `functions NAME` prints it (definitions the prefilter adds). */
const PRINTED_DEFINITION = /^function\s+([^\s;]+)[^\n]*\n([\s\S]*?)\n^end$/gm;
/** `function NAME; BODY; end` typed on one line (or over several). */
const TYPED_DEFINITION = /^\s*function\s+([^\s;]+)[^;\n]*[;\n]([\s\S]*?)[;\n]\s*end\s*$/;

export function fishAsPosix(text: string): string {
  let out = text.replace(PRINTED_DEFINITION, (_m, name: string, body: string) => `${name}() {\n${body}\n}`);
  out = out.replace(TYPED_DEFINITION, (_m, name: string, body: string) => `${name}() {\n${body}\n}`);
  return out.replace(/;\s*and\s+/g, ' && ').replace(/;\s*or\s+/g, ' || ');
}
