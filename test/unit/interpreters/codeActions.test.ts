import { describe, expect, it } from 'vitest';
import { readCodeActions, type CodeAction } from '../../../src/engine/parse/interpreters/codeActions';
import type { Language } from '../../../src/engine/parse/interpreters/codeLexer';
import { HOLE } from '../../../src/engine/parse/interpreters/codeLexer';
import { awkRuns } from '../../../src/engine/parse/interpreters/awkCommands';
import { sedRuns, sedScripts } from '../../../src/engine/parse/interpreters/sedCommands';

const table: [Language, string, CodeAction[]][] = [
  ['python', "import shutil; shutil.rmtree('/x')", [{ kind: 'delete', api: 'shutil.rmtree', target: '/x', recursive: true }]],
  ['python', "from pathlib import Path; Path('a.db').unlink()", [{ kind: 'delete', api: 'unlink', target: 'a.db', recursive: false }]],
  ['python', "os.system('rm -rf x')  # os.remove('y')", [{ kind: 'shell', api: 'os.system', text: 'rm -rf x' }]],
  ['python', "subprocess.run(['git', 'reset', '--hard'])", [{ kind: 'shell', api: 'subprocess.run', text: 'git reset --hard' }]],
  ['python', "os.system(f'rm -rf {d}')", [{ kind: 'shell', api: 'os.system', text: `rm -rf ${HOLE}` }]],
  ['python', "os.system('kill ' + pid)", [{ kind: 'shell', api: 'os.system', text: `kill ${HOLE}` }]],
  ['python', 'os.system(cmd)', [{ kind: 'shell', api: 'os.system' }]],
  ['python', "print('shutil.rmtree(\"/\")')", []],
  ['javascript', "require('fs').rmSync('/x', {recursive: true})", [{ kind: 'delete', api: 'rmSync', target: '/x', recursive: true }]],
  ['javascript', "require('child_process').spawnSync('rm', ['-rf', 'a b'])", [{ kind: 'shell', api: 'spawnSync', text: "rm -rf 'a b'" }]],
  ['javascript', 'rm -rf /', []],
  ['javascript', "// fs.rmSync('/')\nconsole.log(1)", []],
  ['ruby', 'FileUtils.rm_rf("/x")', [{ kind: 'delete', api: 'FileUtils.rm_rf', target: '/x', recursive: true }]],
  ['ruby', "system 'rm -rf y'", [{ kind: 'shell', api: 'system', text: 'rm -rf y' }]],
  ['ruby', '`git restore #{f}`', [{ kind: 'shell', api: 'backticks', text: `git restore ${HOLE}` }]],
  ['ruby', '%x(ls -la)', [{ kind: 'shell', api: 'backticks', text: 'ls -la' }]],
  ['perl', "unlink '/etc/passwd'", [{ kind: 'delete', api: 'unlink', target: '/etc/passwd', recursive: false }]],
  ['perl', 'qx{rm -rf z}', [{ kind: 'shell', api: 'backticks', text: 'rm -rf z' }]],
  ['php', "unlink('a.txt'); echo `ls`;", [{ kind: 'shell', api: 'backticks', text: 'ls' }, { kind: 'delete', api: 'unlink', target: 'a.txt', recursive: false }]],
];

describe('readCodeActions', () => {
  for (const [lang, code, want] of table) it(`${lang}: ${code}`, () => expect(readCodeActions(code, lang)).toEqual(want));
});

describe('awk and sed', () => {
  it('reads awk system(), getline and print pipes', () => {
    expect(awkRuns('BEGIN { system("rm\\x20-rf\\x20/") }')).toEqual([{ text: 'rm -rf /' }]);
    expect(awkRuns('{ system("kill " $2) }')).toEqual([{ text: `kill ${HOLE}` }]);
    expect(awkRuns('{ system($0) }')).toEqual([{ how: 'system() with a command built at run time' }]);
    expect(awkRuns('{ cmd = "date"; cmd | getline d }')).toEqual([{ text: 'date' }]);
    expect(awkRuns('$1 == "x" || $2 == "y" { print }')).toEqual([]);
    expect(awkRuns('{ print "mv x y" | "sh" }')).toEqual([{ how: 'text printed into sh (a generated script)' }]);
  });
  it('reads sed scripts and the e flag and command', () => {
    expect(sedScripts(['-n', '-e', 's/a/b/e', 'f'])).toEqual(['s/a/b/e']);
    expect(sedScripts(['s/a/b/', 'f'])).toEqual(['s/a/b/']);
    expect(sedRuns('s|x|rm -rf /|e')).toEqual([{ text: 'rm -rf /' }]);
    expect(sedRuns('s/a/b/g; 2e ls -l')).toEqual([{ text: 'ls -l' }]);
    expect(sedRuns('s/.*/rm &/e')).toEqual([{ text: `rm ${HOLE}` }]);
    expect(sedRuns('/delete/p; s/x/y/g')).toEqual([]);
  });
});
