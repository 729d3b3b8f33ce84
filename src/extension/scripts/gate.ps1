# Destructive Action Gate for PowerShell (best effort: pwsh cannot be installed on the project's CI
# machines, so this script is not tested there; see docs/terminal.md).
#
# Enter is bound, through PSReadLine, to a check of the whole buffer before it is accepted. A line the
# bridge (dist/cli.js shell-check) refuses is cleared and the reason printed; nothing of it runs.
# Load it from your profile:   . "<extension folder>/dist/scripts/gate.ps1"
# It needs DESTRUCTIVE_GATE_NODE and DESTRUCTIVE_GATE_CLI, which the extension sets for its terminals.

if (-not (Get-Module -Name PSReadLine)) { return }
if ($global:__DagGateLoaded) { return }
$global:__DagGateLoaded = $true

Set-PSReadLineKeyHandler -Key Enter -BriefDescription 'DestructiveGateAcceptLine' -ScriptBlock {
  $line = $null
  $cursor = $null
  [Microsoft.PowerShell.PSConsoleReadLine]::GetBufferState([ref]$line, [ref]$cursor)
  # Incomplete input (an open brace or here-string): let PSReadLine insert the newline, judge the whole unit later.
  $errors = $null
  [void][System.Management.Automation.Language.Parser]::ParseInput($line, [ref]$null, [ref]$errors)
  if ($errors | Where-Object { $_.IncompleteInput }) {
    [Microsoft.PowerShell.PSConsoleReadLine]::AcceptLine()
    return
  }
  if ([string]::IsNullOrWhiteSpace($line)) {
    [Microsoft.PowerShell.PSConsoleReadLine]::AcceptLine()
    return
  }
  $node = $env:DESTRUCTIVE_GATE_NODE
  $cli = $env:DESTRUCTIVE_GATE_CLI
  if (-not $node -or -not $cli) {
    $message = "destructive-gate: blocked: the gate's bridge is not configured in this terminal; nothing ran."
    $code = 10
  } else {
    $saved = $env:ELECTRON_RUN_AS_NODE
    $env:ELECTRON_RUN_AS_NODE = '1'
    try {
      $message = ($line | & $node $cli shell-check --shell pwsh) -join "`n"
      $code = $LASTEXITCODE
    } catch {
      $message = "destructive-gate: blocked: the gate's bridge failed ($($_.Exception.Message)); nothing ran."
      $code = 12
    } finally {
      $env:ELECTRON_RUN_AS_NODE = $saved
    }
  }
  if ($code -eq 0) {
    if ($message) { [Console]::Error.WriteLine($message) }
    [Microsoft.PowerShell.PSConsoleReadLine]::AcceptLine()
    return
  }
  # Refused (or the bridge failed): nothing of the line runs.
  [Microsoft.PowerShell.PSConsoleReadLine]::RevertLine()
  [Console]::WriteLine()
  if (-not $message) { $message = "destructive-gate: blocked: the gate's bridge failed (exit $code); nothing ran." }
  [Console]::Error.WriteLine($message)
  [Microsoft.PowerShell.PSConsoleReadLine]::InvokePrompt()
}
