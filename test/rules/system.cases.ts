// Per rule id: lines the system pack must gate (account data, Windows and PowerShell deletes)
// and look-alikes it must let through (listing, -WhatIf dry runs, disposable folders).

import type { RuleCases } from './ruleTable';

export const systemCases: RuleCases[] = [
  {
    rule: 'system/account-data-remove',
    gate: [
      { command: 'crontab -r', target: 'crontab' },
      { command: 'crontab -ri', target: 'crontab' },
      { command: 'crontab -u bob -r', target: 'crontab of bob' },
      { command: 'sudo crontab -r -u bob', target: 'crontab of bob' },
      { command: 'userdel -r bob', target: 'bob' },
      { command: 'sudo userdel --remove bob', target: 'bob' },
      { command: 'deluser --remove-home bob', target: 'bob' },
      { command: 'trash-empty', target: 'trash' },
      { command: 'osascript -e \'tell application "Finder" to empty trash\'', target: 'trash' },
      { command: 'Clear-RecycleBin -Force', target: 'trash' },
    ],
    allow: ['crontab -l', 'crontab -e', 'userdel bob', 'deluser bob', 'useradd bob', 'Clear-RecycleBin -WhatIf', 'osascript -e \'display notification "hi"\''],
  },
  {
    rule: 'system/windows-delete',
    gate: [
      // Backslashed paths: the verdict is pinned here; the typed target is in the report (backslashes are lost).
      'rd /s /q C:\\src',
      'rmdir /s /q C:\\data',
      'del /s /q C:\\src\\*.*',
      'Remove-Item -Recurse -Force C:\\src',
      // Quoted and forward-slash paths keep their spelling.
      { command: 'rd /s /q "C:\\src"', target: 'C:\\src' },
      { command: 'rd /S /Q src', target: 'src' },
      { command: 'Remove-Item -Recurse -Force "C:\\Users\\me\\project"', target: 'C:\\Users\\me\\project' },
      { command: 'Remove-Item -Recurse -Force src', target: 'src' },
      { command: 'Remove-Item src -Recurse', target: 'src' },
      { command: 'ri -r -fo src', target: 'src' },
      { command: 'del /s /q build.txt', target: 'build.txt' },
      // cmd.exe commands ignore -WhatIf.
      { command: 'rd /s /q src -WhatIf', target: 'src' },
      { command: 'robocopy "C:\\empty" "C:\\src" /MIR', target: 'C:\\src' },
      { command: 'Clear-Content app.log', target: 'app.log' },
      { command: 'vssadmin delete shadows /all', target: 'shadow copies' },
      { command: 'wmic shadowcopy delete', target: 'shadow copies' },
      { command: 'wsl --unregister Ubuntu', target: 'Ubuntu' },
      { command: 'format D:', verdict: 'deny', target: 'D:' },
      { command: 'Format-Volume -DriveLetter D', verdict: 'deny', target: 'D' },
      { command: 'Clear-Disk -Number 1 -RemoveData', verdict: 'deny', target: '1' },
    ],
    allow: [
      'Remove-Item -Recurse -Force C:\\src -WhatIf',
      'Remove-Item -Recurse -Force src -whatif',
      'rd /s /q node_modules',
      'Remove-Item -Recurse -Force node_modules',
      'rd src',
      'del file.txt',
      'Remove-Item file.txt',
      'Remove-Item -Recurse HKCU:\\Software\\X',
      'robocopy C:\\a C:\\b /E',
      'vssadmin list shadows',
      'wsl --list',
      'Get-ChildItem -Recurse',
    ],
  },
];
