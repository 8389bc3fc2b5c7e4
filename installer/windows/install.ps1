#Requires -Version 5.1
<#
.SYNOPSIS
    Installs privacy-guard for Microsoft Edge on this computer (per machine).

.DESCRIPTION
    Copies privacy-guard.exe (and any runtime DLLs next to it) to
    %ProgramFiles%\privacy-guard, the default policy and its data files to
    %ProgramData%\privacy-guard, writes the host configuration
    %ProgramData%\privacy-guard\privacy-guard.conf and the native-messaging host
    manifest, registers the manifest for Microsoft Edge under
    HKLM\SOFTWARE\Microsoft\Edge\NativeMessagingHosts\dk.privacyguard.host, and
    registers the event log source "privacy-guard" in the Application log.

    Idempotent: running it again gives the same result. Everything it creates is
    listed in %ProgramData%\privacy-guard\installed-files.txt; uninstall.ps1
    removes exactly that.

    This script has NOT been run on Windows by the project's automated tests
    (they run on Linux); see installer/README.md, "What is tested".

.PARAMETER SourceDir
    Folder with bin\privacy-guard.exe (plus DLLs, if any) and
    share\privacy-guard\default.policy and share\privacy-guard\data\ - the
    layout "cmake --install" produces (build.ps1 stages it in
    build-windows\stage). Default: build-windows\stage of the repository when it
    exists, else the folder this script is in (release zip layout).

.PARAMETER PolicyPath
    Central policy file, e.g. \\kommune.local\SYSVOL\kommune.local\privacy-guard\policy.textproto.
    Default: the installed default policy. Group policy (PolicyPath) overrides it.

.PARAMETER CacheDir
    Last-known-good policy cache. Default %LOCALAPPDATA%\privacy-guard\cache
    (expanded by the host for the signed-in user).

.PARAMETER AuditLog
    Audit log file; empty string disables it. Default
    %LOCALAPPDATA%\privacy-guard\audit.log.

.PARAMETER AuditMaxBytes
    Rotate the audit log above this size. 0 = host default (10 MiB).

.PARAMETER PolicyPublicKey
    Ed25519 public key (base64) the central policy must be signed with.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File install.ps1 -PolicyPath '\\kommune.local\SYSVOL\kommune.local\privacy-guard\policy.textproto'
#>
[CmdletBinding()]
param(
    [string]$SourceDir = '',
    [string]$PolicyPath = '',
    [string]$CacheDir = '%LOCALAPPDATA%\privacy-guard\cache',
    [string]$AuditLog = '%LOCALAPPDATA%\privacy-guard\audit.log',
    [uint64]$AuditMaxBytes = 0,
    [string]$PolicyPublicKey = ''
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# BEGIN generated from installer/product.json (identity) by installer/gen_product.py
$HostName = 'dk.privacyguard.host'
$HostDescription = 'privacy-guard: checks Copilot prompts for personal data before they are sent'
$ExtensionId = 'kpilhoggmnchpbooieklflhcmfenfhmf'
$EventSource = 'privacy-guard'
# END generated from installer/product.json (identity)
$Origin = "chrome-extension://$ExtensionId/"

# --- preconditions ------------------------------------------------------------
$identity = [Security.Principal.WindowsIdentity]::GetCurrent()
$principal = New-Object Security.Principal.WindowsPrincipal($identity)
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw 'Run install.ps1 from an elevated PowerShell (Run as administrator).'
}
if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {
    throw 'Run install.ps1 from 64-bit PowerShell (a 32-bit one would install into the 32-bit Program Files and registry view).'
}
if ($PolicyPublicKey -and $PolicyPublicKey -notmatch '^[A-Za-z0-9+/]{43}=$') {
    throw '-PolicyPublicKey must be a base64 Ed25519 public key (44 characters).'
}

if (-not $SourceDir) {
    $repoStage = Join-Path $PSScriptRoot '..\..\build-windows\stage'
    if (Test-Path (Join-Path $repoStage 'bin\privacy-guard.exe')) { $SourceDir = $repoStage } else { $SourceDir = $PSScriptRoot }
}
$SourceDir = (Resolve-Path $SourceDir).Path
$SourceExe = Join-Path $SourceDir 'bin\privacy-guard.exe'
$SourceShare = Join-Path $SourceDir 'share\privacy-guard'
if (-not (Test-Path $SourceExe -PathType Leaf)) { throw "Not found: $SourceExe (build with build.ps1, or pass -SourceDir)." }
if (-not (Test-Path (Join-Path $SourceShare 'default.policy') -PathType Leaf)) { throw "Not found: $SourceShare\default.policy" }

$ProgramDir = Join-Path $env:ProgramFiles 'privacy-guard'
$DataDir = Join-Path $env:ProgramData 'privacy-guard'
$Exe = Join-Path $ProgramDir 'privacy-guard.exe'
$ManifestPath = Join-Path $ProgramDir "$HostName.json"
$ConfPath = Join-Path $DataDir 'privacy-guard.conf'
$ListPath = Join-Path $DataDir 'installed-files.txt'
$RegKey = "HKLM:\SOFTWARE\Microsoft\Edge\NativeMessagingHosts\$HostName"
if (-not $PolicyPath) { $PolicyPath = Join-Path $DataDir 'default.policy' }

# --- record keeping -----------------------------------------------------------
# Entries: "d <folder we created>", "f <file>", "r <registry key we created>",
# "e <event source we registered>".
$OldEntries = @{}
if (Test-Path $ListPath -PathType Leaf) {
    foreach ($line in Get-Content -LiteralPath $ListPath -Encoding UTF8) {
        if ($line -match '^[dfre] .') { $OldEntries[$line] = $true }
    }
}
$NewEntries = New-Object System.Collections.Generic.List[string]
function Add-Entry([string]$Kind, [string]$Path) {
    $e = "$Kind $Path"
    if (-not $NewEntries.Contains($e)) { $NewEntries.Add($e) }
}

function Confirm-Directory([string]$Path) {
    # Creates $Path and missing parents; records those it (or an earlier run) created.
    $missing = New-Object System.Collections.Generic.List[string]
    $p = $Path
    while ($p -and -not (Test-Path -LiteralPath $p -PathType Container)) {
        $missing.Insert(0, $p)
        $p = Split-Path -Parent $p
    }
    foreach ($m in $missing) {
        New-Item -ItemType Directory -Path $m | Out-Null
        Add-Entry 'd' $m
    }
    # Keep ownership of folders an earlier run created.
    $p = $Path
    while ($p) {
        if ($OldEntries.ContainsKey("d $p")) { Add-Entry 'd' $p }
        $p = Split-Path -Parent $p
    }
}

$Utf8NoBom = New-Object System.Text.UTF8Encoding($false)
function Write-TextFile([string]$Path, [string]$Text) {
    Confirm-Directory (Split-Path -Parent $Path)
    $tmp = "$Path.pg-tmp"
    [IO.File]::WriteAllText($tmp, $Text, $Utf8NoBom)
    Move-Item -LiteralPath $tmp -Destination $Path -Force
    Add-Entry 'f' $Path
}
function Copy-InstalledFile([string]$Source, [string]$Dest) {
    Confirm-Directory (Split-Path -Parent $Dest)
    Copy-Item -LiteralPath $Source -Destination $Dest -Force
    Add-Entry 'f' $Dest
}
function ConvertTo-TextprotoString([string]$s) {
    # Protobuf text format: backslash and double quote are escaped.
    return '"' + ($s -replace '\\', '\\' -replace '"', '\"') + '"'
}

# --- program ----------------------------------------------------------------------
Confirm-Directory $ProgramDir
Copy-InstalledFile $SourceExe $Exe
foreach ($dll in Get-ChildItem -LiteralPath (Join-Path $SourceDir 'bin') -Filter '*.dll' -File) {
    Copy-InstalledFile $dll.FullName (Join-Path $ProgramDir $dll.Name)
}

# --- policy and data, readable by users, writable by administrators only ---------
$dataDirExisted = Test-Path -LiteralPath $DataDir
Confirm-Directory $DataDir
# SYSTEM and Administrators: full control; Users: read. SIDs, so that it also
# works on Danish Windows ("Administratorer", "Brugere").
& icacls.exe $DataDir /inheritance:r /grant:r '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-544:(OI)(CI)F' '*S-1-5-32-545:(OI)(CI)RX' | Out-Null
if ($LASTEXITCODE -ne 0) { throw "icacls failed on $DataDir (exit $LASTEXITCODE)" }
if ($dataDirExisted -and -not $OldEntries.ContainsKey("d $DataDir")) {
    Write-Warning "$DataDir existed before; its permissions were reset to SYSTEM/Administrators full, Users read."
}

Copy-InstalledFile (Join-Path $SourceShare 'default.policy') (Join-Path $DataDir 'default.policy')
$SourceData = Join-Path $SourceShare 'data'
if (Test-Path -LiteralPath $SourceData -PathType Container) {
    $base = (Resolve-Path -LiteralPath $SourceData).Path.TrimEnd('\') + '\'
    foreach ($f in Get-ChildItem -LiteralPath $SourceData -Recurse -File | Sort-Object FullName) {
        $rel = $f.FullName.Substring($base.Length)
        Copy-InstalledFile $f.FullName (Join-Path (Join-Path $DataDir 'data') $rel)
    }
}

# --- host configuration -----------------------------------------------------------
$conf = @(
    '# privacy-guard host configuration (HostConfig, protobuf text format).'
    '# Written by installer\windows\install.ps1; running it again overwrites this file.'
    '# Group policy (HKLM\SOFTWARE\Policies\privacy-guard) overrides these values.'
    '# Backslashes in strings are doubled; %VARIABLES% are expanded by the host.'
    "allowed_origins: $(ConvertTo-TextprotoString $Origin)"
    "policy_path: $(ConvertTo-TextprotoString $PolicyPath)"
    "cache_dir: $(ConvertTo-TextprotoString $CacheDir)"
    "audit_log: $(ConvertTo-TextprotoString $AuditLog)"
)
if ($AuditMaxBytes -gt 0) { $conf += "audit_max_bytes: $AuditMaxBytes" }
if ($PolicyPublicKey) { $conf += "policy_public_key: $(ConvertTo-TextprotoString $PolicyPublicKey)" }
Write-TextFile $ConfPath (($conf -join "`r`n") + "`r`n")

# --- native-messaging host manifest and registration --------------------------------
$manifest = [ordered]@{
    name            = $HostName
    description     = $HostDescription
    path            = $Exe
    type            = 'stdio'
    allowed_origins = @($Origin)
}
Write-TextFile $ManifestPath (($manifest | ConvertTo-Json -Depth 4) + "`r`n")

if (-not (Test-Path -LiteralPath $RegKey)) {
    New-Item -Path $RegKey -Force | Out-Null
    Add-Entry 'r' $RegKey
} elseif ($OldEntries.ContainsKey("r $RegKey")) {
    Add-Entry 'r' $RegKey
}
Set-Item -LiteralPath $RegKey -Value $ManifestPath   # the key's default value

# --- event log source ---------------------------------------------------------------
if (-not [Diagnostics.EventLog]::SourceExists($EventSource)) {
    # .NET registers its generic EventLogMessages.dll as message file, so the
    # host's messages show in Event Viewer without a message DLL of our own.
    [Diagnostics.EventLog]::CreateEventSource($EventSource, 'Application')
    Add-Entry 'e' $EventSource
} elseif ($OldEntries.ContainsKey("e $EventSource")) {
    Add-Entry 'e' $EventSource
}

# --- forget what an earlier run installed and this one did not ------------------------
foreach ($e in $OldEntries.Keys) {
    if ($NewEntries.Contains($e) -or $e -eq "f $ListPath") { continue }
    $p = $e.Substring(2)
    if ($e.StartsWith('f ') -and (Test-Path -LiteralPath $p -PathType Leaf)) {
        Remove-Item -LiteralPath $p -Force
        Write-Host "removed (no longer installed): $p"
    }
}

Add-Entry 'f' $ListPath
$header = @('# privacy-guard: created by install.ps1; uninstall.ps1 removes these.',
            '# d = folder (removed when empty), f = file, r = registry key, e = event log source.')
Write-TextFile $ListPath ((($header + $NewEntries) -join "`r`n") + "`r`n")

# --- check and summary ---------------------------------------------------------------
$check = 'skipped (policy not reachable from here)'
$expanded = [Environment]::ExpandEnvironmentVariables($PolicyPath)
if (Test-Path -LiteralPath $expanded -PathType Leaf) {
    $out = & $Exe policy check $expanded 2>&1
    if ($LASTEXITCODE -eq 0) { $check = 'ok' } else {
        $check = "FAILED (exit $LASTEXITCODE)"
        $out | ForEach-Object { Write-Warning "$_" }
    }
}

Write-Host 'privacy-guard installed.'
Write-Host "  executable:     $Exe"
Write-Host "  host manifest:  $ManifestPath"
Write-Host "  registry:       $RegKey = $ManifestPath"
Write-Host "  host config:    $ConfPath"
Write-Host "  policy_path:    $PolicyPath (policy check: $check)"
Write-Host "  event source:   $EventSource (Application log)"
Write-Host "  file list:      $ListPath ($($NewEntries.Count) entries)"
Write-Host 'Next: force-install the extension and allow the host with Edge policies (installer\README.md).'
