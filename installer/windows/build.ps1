#Requires -Version 5.1
<#
.SYNOPSIS
    Builds privacy-guard for Windows x64 with MSVC and vcpkg, and a zip for
    install.ps1. The MSI is built on Linux from the MinGW-w64 cross-build
    (./dev.sh windows, wixl; installer/windows/msi/build_msi.py), where it is
    also installed, upgraded and removed under Wine by the tests.

.DESCRIPTION
    Prerequisites (a Windows 10/11 x64 build machine):
      * Visual Studio 2022 with "Desktop development with C++" (MSVC, Windows SDK)
      * CMake >= 3.22 (the one in Visual Studio is fine) and Git
      * vcpkg:  git clone https://github.com/microsoft/vcpkg C:\vcpkg
                C:\vcpkg\bootstrap-vcpkg.bat
                setx VCPKG_ROOT C:\vcpkg
        The dependencies (hyperscan, icu, protobuf, nlohmann-json, libsodium,
        gtest, benchmark) are listed in vcpkg.json at the top of the repository
        and are built by vcpkg on the first configure (this takes a long time:
        Hyperscan needs Boost and Ragel).

    Steps:
      1. cmake --preset windows            (MSVC, vcpkg toolchain, static x64 triplet)
      2. cmake --build --preset windows-release
      3. ctest --preset windows-release    (unless -SkipTests)
      4. cmake --install into build-windows\stage (bin\, share\privacy-guard\)
      5. zip: build-windows\privacy-guard-<version>-windows-x64.zip with the
         stage, install.ps1, uninstall.ps1 and the ADMX/ADML templates

    NOT run by the project's automated tests (they run on Linux). Hyperscan's
    Windows support is "experimental" upstream; see installer/README.md.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#>
[CmdletBinding()]
param(
    [switch]$SkipTests
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$Repo = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$WinDir = Join-Path $Repo 'installer\windows'
$BuildDir = Join-Path $Repo 'build-windows'
$Stage = Join-Path $BuildDir 'stage'

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    Write-Host "> $Exe $($Arguments -join ' ')"
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

if (-not $env:VCPKG_ROOT -or -not (Test-Path (Join-Path $env:VCPKG_ROOT 'scripts\buildsystems\vcpkg.cmake'))) {
    throw 'Set VCPKG_ROOT to a bootstrapped vcpkg checkout (see Get-Help build.ps1).'
}

# Version from installer/product.json (CMakeLists.txt's project() reads it too).
$Version = (Get-Content -Raw (Join-Path $Repo 'installer\product.json') | ConvertFrom-Json).version
if ($Version -notmatch '^[0-9]+\.[0-9]+\.[0-9]+$') { throw "No MAJOR.MINOR.PATCH version in installer\product.json: '$Version'" }

Push-Location $Repo
try {
    Invoke-Checked 'cmake' @('--preset', 'windows')
    Invoke-Checked 'cmake' @('--build', '--preset', 'windows-release')
    if (-not $SkipTests) { Invoke-Checked 'ctest' @('--preset', 'windows-release') }
    if (Test-Path $Stage) { Remove-Item -Recurse -Force $Stage }
    Invoke-Checked 'cmake' @('--install', $BuildDir, '--config', 'Release', '--prefix', $Stage)
} finally {
    Pop-Location
}
if (-not (Test-Path (Join-Path $Stage 'bin\privacy-guard.exe'))) { throw "Staging failed: no $Stage\bin\privacy-guard.exe" }

# --- zip for install.ps1 -------------------------------------------------------------
$ZipRoot = Join-Path $BuildDir "zip\privacy-guard-$Version"
if (Test-Path (Split-Path $ZipRoot)) { Remove-Item -Recurse -Force (Split-Path $ZipRoot) }
New-Item -ItemType Directory -Path $ZipRoot | Out-Null
Copy-Item -Recurse (Join-Path $Stage '*') $ZipRoot
Copy-Item (Join-Path $WinDir 'install.ps1'), (Join-Path $WinDir 'uninstall.ps1') $ZipRoot
Copy-Item -Recurse (Join-Path $WinDir 'policy') (Join-Path $ZipRoot 'policy')
Copy-Item (Join-Path $Repo 'installer\README.md') $ZipRoot
$Zip = Join-Path $BuildDir "privacy-guard-$Version-windows-x64.zip"
if (Test-Path $Zip) { Remove-Item -Force $Zip }
Compress-Archive -Path (Join-Path $ZipRoot '*') -DestinationPath $Zip
Write-Host "zip: $Zip"
