; The tender desk's Windows installer. Built by installer/windows/build.py (make
; installer-windows), which passes VERSION, VERSION_NUMERIC, PAYLOAD, OUTFILE, INSTALLED_KB.
;
; Without admin rights it installs for the current user into %LOCALAPPDATA%\Programs\TenderDesk;
; run as admin it installs for all users into Program Files (the first page offers both).
; /S installs silently (IT departments); /CurrentUser or /AllUsers pick the mode; /D=FOLDER
; (last) another folder. The uninstaller removes the program only: workspaces, settings and
; backups are in the user's own folders and stay.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true

!define PRODUCT "TenderDesk"
!define APPNAME "Tender desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"
!define PROGID "TenderDesk.Workspace"
!define PYTHONW "$INSTDIR\python\pythonw.exe"
!define MAIN "$INSTDIR\app\main.py"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${PRODUCT}"
!include MultiUser.nsh
!include MUI2.nsh

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APPNAME} ${VERSION}"
!define MUI_ICON "${PAYLOAD}\tender-desk.ico"
!define MUI_UNICON "${PAYLOAD}\tender-desk.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "${PYTHONW}"
!define MUI_FINISHPAGE_RUN_PARAMETERS "$\"${MAIN}$\""
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "French"
LangString DesktopShortcut ${LANG_ENGLISH} "Desktop shortcut"
LangString DesktopShortcut ${LANG_DUTCH} "Snelkoppeling op het bureaublad"
LangString DesktopShortcut ${LANG_FRENCH} "Raccourci sur le bureau"

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APPNAME} ${VERSION} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "The tender desk project"

Function .onInit
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "!${APPNAME}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; an older version's program files are replaced, nothing else in the folder is touched
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\site"
  RMDir /r "$INSTDIR\app"
  File /r "${PAYLOAD}\*.*"
  ; compiled once here, so the first start is as fast as the next ones (and an all-users
  ; install, which users cannot write to, never compiles at start)
  DetailPrint "Compiling the Python files..."
  nsExec::ExecToLog '"$INSTDIR\python\python.exe" -m compileall -q -q "$INSTDIR\app" "$INSTDIR\site"'
  Pop $0
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "${PYTHONW}" "$\"${MAIN}$\"" "$INSTDIR\tender-desk.ico" 0

  ; the entry of Windows' "Apps" list
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "The tender desk project"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\tender-desk.ico"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\" /$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /$MultiUser.InstallMode /S"
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" ${INSTALLED_KB}

  ; workspaces (.sqlite) get "Open with > Tender desk"; another program that opens .sqlite
  ; files by default keeps doing so
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "${APPNAME} workspace"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\tender-desk.ico"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" "$\"${PYTHONW}$\" $\"${MAIN}$\" --db $\"%1$\""
  WriteRegStr SHCTX "Software\Classes\.sqlite\OpenWithProgids" "${PROGID}" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "$(DesktopShortcut)" SecDesktop
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "${PYTHONW}" "$\"${MAIN}$\"" "$INSTDIR\tender-desk.ico" 0
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  ; the program's own files only; the user's data is elsewhere and stays
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\site"
  RMDir /r "$INSTDIR\app"
  Delete "$INSTDIR\tender-desk.ico"
  Delete "$INSTDIR\tender-desk.cmd"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegValue SHCTX "Software\Classes\.sqlite\OpenWithProgids" "${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
