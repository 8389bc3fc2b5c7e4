#Requires -Version 5.1
<#
.SYNOPSIS
    Removes a privacy-guard installation made by install.ps1.

.DESCRIPTION
    Reads %ProgramData%\privacy-guard\installed-files.txt and removes exactly
    what install.ps1 created: files, the registry key
    HKLM\SOFTWARE\Microsoft\Edge\NativeMessagingHosts\dk.privacyguard.host, the
    event log source, and folders (only when empty). Users' audit logs and
    policy caches under %LOCALAPPDATA%\privacy-guard are not touched.
    Idempotent: without a file list it says so and exits 0.

    For an MSI installation use "Apps & features" / msiexec /x instead.
    Not run on Windows by the project's automated tests; see installer/README.md.
#>
[CmdletBinding()]
param()

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$identity = [Security.Principal.WindowsIdentity]::GetCurrent()
$principal = New-Object Security.Principal.WindowsPrincipal($identity)
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw 'Run uninstall.ps1 from an elevated PowerShell (Run as administrator).'
}
if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {
    throw 'Run uninstall.ps1 from 64-bit PowerShell.'
}

$ListPath = Join-Path (Join-Path $env:ProgramData 'privacy-guard') 'installed-files.txt'
if (-not (Test-Path -LiteralPath $ListPath -PathType Leaf)) {
    Write-Host "privacy-guard is not installed by install.ps1 here (no $ListPath); nothing to do."
    exit 0
}

$entries = @()
foreach ($line in Get-Content -LiteralPath $ListPath -Encoding UTF8) {
    if (-not $line -or $line.StartsWith('#')) { continue }
    if ($line -notmatch '^[dfre] .') { throw "Malformed line in ${ListPath}: '$line'" }
    $entries += $line
}

$removed = 0; $kept = 0
foreach ($e in $entries) {
    $kind = $e.Substring(0, 1); $p = $e.Substring(2)
    switch ($kind) {
        'f' {
            if ($p -ne $ListPath -and (Test-Path -LiteralPath $p -PathType Leaf)) {
                Remove-Item -LiteralPath $p -Force; $removed++
            }
        }
        'r' {
            if (Test-Path -LiteralPath $p) { Remove-Item -LiteralPath $p -Recurse -Force; $removed++ }
        }
        'e' {
            if ([Diagnostics.EventLog]::SourceExists($p)) { [Diagnostics.EventLog]::DeleteEventSource($p); $removed++ }
        }
    }
}
Remove-Item -LiteralPath $ListPath -Force; $removed++

# Folders last, most recently created first, only when empty.
[array]::Reverse($entries)
foreach ($e in $entries) {
    if (-not $e.StartsWith('d ')) { continue }
    $p = $e.Substring(2)
    if (Test-Path -LiteralPath $p -PathType Container) {
        if (@(Get-ChildItem -LiteralPath $p -Force).Count -eq 0) {
            Remove-Item -LiteralPath $p -Force; $removed++
        } else {
            Write-Host "kept $p (not empty)"; $kept++
        }
    }
}

Write-Host "privacy-guard uninstalled: $removed removed, $kept kept."
