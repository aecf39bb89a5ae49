; Inno Setup script: the Windows installer of the one-folder bundle (pyinstaller packaging\mdt-desktop.spec).
; Installs for the current user only, without administrator rights, into %LOCALAPPDATA%\Programs\mdt-desktop; adds
; Start-menu entries in Thai and English; opens .mdt database files with mdt-desktop; puts mdt (the command line)
; on the user's PATH, and takes it off again when uninstalled. Built by .github/workflows/windows-bundle.yml:
;   python packaging\make_icon.py build\mdt-desktop.ico
;   iscc /DAppVersion=0.1.0 /DBundle=dist\mdt-desktop /DOutputDir=installer /DSetupIcon=build\mdt-desktop.ico
;        packaging\windows\mdt-desktop.iss
; This cannot be built or tried on the project's Linux machines; the workflow builds it and smoke-tests the bundle.
; The script is UTF-8 without a byte-order mark (the Thai names), which Inno Setup reads as such from 6.3 on.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed: it reads this UTF-8 script's Thai names correctly
#endif

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Bundle
  #define Bundle "..\..\dist\mdt-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\installer"
#endif

[Setup]
AppId={{6C1F4B8E-3D2A-4E57-9B1C-5A7D2E9F0B34}
AppName=mdt-desktop
AppVersion={#AppVersion}
AppPublisher=mdt-desktop developers
DefaultDirName={localappdata}\Programs\mdt-desktop
DefaultGroupName=mdt-desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ChangesAssociations=yes
ChangesEnvironment=yes
OutputDir={#OutputDir}
OutputBaseFilename=mdt-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\mdt-desktop.exe
#ifdef SetupIcon
SetupIconFile={#SetupIcon}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Thai first, as the program is; the English entry starts it in English.
Name: "{userprograms}\บันทึกการประชุมทีมสหวิชาชีพ"; Filename: "{app}\mdt-desktop.exe"; Comment: "บันทึกรายงานการประชุม งานที่มอบหมาย และรายกรณีของทีมสหวิชาชีพ"
Name: "{userprograms}\mdt-desktop (English)"; Filename: "{app}\mdt-desktop.exe"; Parameters: "--language en"; Comment: "Minutes, actions and cases of multidisciplinary teams"

[Registry]
; The database file type, for this user only (HKCU): a double click opens it in mdt-desktop.
Root: HKCU; Subkey: "Software\Classes\.mdt"; ValueType: string; ValueName: ""; ValueData: "mdt-desktop.database"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\mdt-desktop.database"; ValueType: string; ValueName: ""; ValueData: "ฐานข้อมูล mdt-desktop (mdt-desktop database)"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\mdt-desktop.database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\mdt-desktop.exe,0"
Root: HKCU; Subkey: "Software\Classes\mdt-desktop.database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\mdt-desktop.exe"" ""%1"""
; mdt on the user's PATH.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\mdt-desktop.exe"; Description: "เปิด mdt-desktop / Start mdt-desktop"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

// Uninstalling takes the program's folder off the user's PATH again, with the separator before it (or after it,
// when it came first), and leaves the rest of the PATH as it was.
procedure RemoveFromPath(Folder: string);
var
  Current: string;
  Found: Integer;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    exit;
  Found := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';');
  if Found = 0 then
    exit;
  // Found is where the folder starts in Current (the search text has one more character in front).
  if Found > 1 then
    Delete(Current, Found - 1, Length(Folder) + 1)
  else
    Delete(Current, 1, Length(Folder) + 1);
  RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
