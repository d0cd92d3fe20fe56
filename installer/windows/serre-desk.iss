; Inno Setup 6 script: dist\serre-desk-VERSION-setup.exe from the bundle in dist\serre-desk.
; Built by scripts/build-installer (Git Bash) in the workflow .github/workflows/windows.yml:
;   ISCC /DAppVersion=X.Y.Z installer\windows\serre-desk.iss
; Not tested on this project's machines (Linux only).
; Per-machine install in Program Files; Start-menu entry, optional desktop shortcut; Italian and
; English pages; a newer version installs over the older one (same AppId). The uninstaller
; removes the program only: each user's data folder (%LOCALAPPDATA%\serre-desk) stays.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z
#endif

[Setup]
AppId={{6A0F3C52-8E0B-4D5B-9F3A-5E2D7C1B9A40}
AppName=Serre Desk
AppVersion={#AppVersion}
AppVerName=Serre Desk {#AppVersion}
AppPublisher=Kilowatt
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Serre Desk
DefaultGroupName=Serre Desk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\build\icons\app.ico
UninstallDisplayIcon={app}\serre-desk.exe
UninstallDisplayName=Serre Desk
OutputDir=..\..\dist
OutputBaseFilename=serre-desk-{#AppVersion}-setup
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; An open desk is closed before its files are replaced, and started again afterwards.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Upgrade in place: the previous version's libraries go, so none of them lingers beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\serre-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Serre Desk"; Filename: "{app}\serre-desk.exe"
Name: "{autodesktop}\Serre Desk"; Filename: "{app}\serre-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\serre-desk.exe"; Description: "{cm:LaunchProgram,Serre Desk}"; Flags: nowait postinstall skipifsilent
