; VRAMScope's Windows installer (Inno Setup 6): a per-user install that needs no admin rights,
; a Start menu entry, an optional desktop shortcut and an uninstaller in "Apps & features".
; It packs the one-folder build (dist\vramscope\). Built by packaging/build.py on Windows:
;   python packaging\build.py onedir installer --self-check
; which runs, with the values of this build:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\vramscope /DIconFile=build\icons\app.ico
;        /DOutputDir=dist packaging\windows\vramscope.iss

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\vramscope"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\app.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "VRAMScope"
; the windowed program; vramscope-cli.exe (console) serves the command line and --self-check
#define AppExe "vramscope.exe"

[Setup]
; Never change AppId: Windows finds earlier installs (upgrades, uninstall) by it.
AppId={{B2CE7C85-542E-4AA0-BB43-B4AB76F8E454}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=VRAMScope contributors
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt: {autopf} becomes %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x86_64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build. Qt's DLLs stay separate files under {app}\_internal\PySide6\, as
; the LGPL asks (see _internal\resources\licenses\README.txt).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; settings and the user's own models live in %LOCALAPPDATA%\VRAMScope and are kept on purpose
Type: filesandordirs; Name: "{app}\_internal"
