// Program code handed to an interpreter that calls a file-deleting API (`shutil.rmtree`,
// `fs.rmSync`, `FileUtils.rm_rf`, Perl `unlink`): the gate cannot follow what the code computes,
// so the call is asked about, naming the path when it is a literal.

import { readCodeActions } from '../../parse/interpreters/codeActions';
import { INTERPRETER_COMMANDS, interpreterSource } from '../../parse/interpreters/interpreterSource';
import type { Hit, Rule } from '../rule';

export const deleteApi: Rule = {
  id: 'interpreters/delete-api',
  severity: 'high',
  verdict: 'confirm',
  reason: 'cannot verify: interpreter code calls a file-deleting API',
  safer: 'delete with rm from the terminal, where the gate can read the paths',
  tool: 'filesystem',
  commands: INTERPRETER_COMMANDS,
  match(cmd) {
    const src = interpreterSource(cmd);
    if (!src) return undefined;
    const hits: Hit[] = [];
    for (const a of readCodeActions(src.code, src.language)) {
      if (a.kind !== 'delete') continue;
      const target = a.target ?? a.api;
      hits.push({ target, reason: `cannot verify: ${src.language} code calls ${a.api}${a.target !== undefined ? ` on ${a.target}` : ' on a path computed when it runs'}${a.recursive ? ' (recursive)' : ''}` });
    }
    return hits.length > 0 ? hits : undefined;
  },
};
