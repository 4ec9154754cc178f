#!/usr/bin/env bash
# make installer-test: installs the two packages in dist/ on this machine and runs them.
#
# Both: the installed app's `--version`, `--smoke-test`, `decide advance`, `import` of an .xlsx
# register (openpyxl), `export-ocds` of it (checked against the OCDS schema: jsonschema and its
# metaschemas), `demo-data` + `export-pdf` (reportlab, the bundled fonts); a module or data
# file the package lacks fails one of them.
# Linux: installs the .deb (apt-get, root or sudo), runs those with a fresh home folder and
# without any Python environment, times the first window against a bare PySide6 window frozen
# the same way under Xvfb (installer/measure_start.py; it must come within 2x: checked last),
# removes the package and checks the user's workspace is still there.
# Windows, under Wine (64-bit, a throwaway prefix in build/wine): installs the setup silently
# for the current user, checks the files, the shortcuts, the "Apps" entry and the version, runs
# those commands (the smoke test needs Qt, and Qt 6 needs icuuc.dll, which Windows 10 1903+ has
# and Wine 8 lacks: that case is reported, not failed), then uninstalls silently and checks the
# user's data is still there.
# XVFB_DISPLAY picks the Xvfb display number (default 99); FIRST_WINDOW_RUNS the number of
# interleaved rounds of the first-window timing (default 7; the medians are compared).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
version="$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
deb="dist/tender-desk_${version}_amd64.deb"
setup="dist/TenderDesk-Setup-${version}.exe"
scratch="$(mktemp -d)"
xvfb_pid=""
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
if [[ $(id -u) -eq 0 ]]; then sudo=""; else sudo="sudo"; fi
fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }
started=$SECONDS

# an .xlsx register to import, written with openpyxl by the Linux build environment
sheet="$scratch/register.xlsx"
build/linux/venv/bin/python -m installer.sample_import "$sheet"

# the Qt-free commands, and the import of the sheet, on the installed app: run with the
# function named in $1, which takes the app's arguments; $2 turns a path of this machine into
# one the app sees
# the last line of an output, after the progress bars (stderr, unbuffered, comes first)
last_line() { grep -v '^[[:space:]]*$' <<<"${1##*%}" | tail -1 || true; }
check_commands() {
    local app="$1" path="$2" out last ws pdf json
    # each command's whole output (a traceback, say) is shown when its check fails
    out="$("$app" decide advance '{"launch_date": "2025-03-01", "authority": "local", "procedure": "open", "contract_type": "services", "amount_incl_vat": "180000.00", "duration_months": 24, "contractor_size": "small"}' --lang nl 2>&1 || true)"
    echo "tender-desk decide advance ... --lang nl:"
    sed -n '1,4p' <<<"$out" | sed 's/^/  /'
    [[ "$out" == *"Referentiewaarde: €"*"90.000,00"* ]] || fail "decide: $out"
    ws="$("$path" "$scratch/$app.sqlite")"
    out="$("$app" demo-data --db "$ws" --tenders 20 2>&1 || true)" last="$(last_line "$out")"
    echo "tender-desk demo-data --tenders 20: $last"
    [[ "$last" == "added 20 tenders"* ]] || fail "demo-data: $out"
    out="$("$app" import "$("$path" "$sheet")" --db "$ws" --lang nl 2>&1 || true)"
    last="$(last_line "$out")"
    echo "tender-desk import register.xlsx: $last"
    [[ "$last" == "3 opdrachten ingevoerd,"* ]] || fail "import of an .xlsx file: $out"
    json="$scratch/$app.json"
    out="$("$app" export-ocds --db "$ws" --out "$("$path" "$json")" --lang en 2>&1 || true)"
    last="$(last_line "$out")"
    echo "tender-desk export-ocds: ${last/"$("$path" "$json")"/FILE}"
    [[ "$last" == "23 tenders written to "*"checked against the schema)." ]] || fail "export-ocds: $out"
    grep -q '"ocid":"[^"]*-XL-3"' "$json" || fail "export-ocds wrote no release of tender XL-3"
    pdf="$scratch/$app-pdf"
    out="$("$app" export-pdf --db "$ws" --all --document summary --lang fr --out "$("$path" "$pdf")" 2>&1 || true)"
    last="$(last_line "$out")"
    echo "tender-desk export-pdf --all --document summary --lang fr: $last"
    [[ "$last" == *" written, 0 skipped, 0 failed"* ]] || fail "export-pdf: $out"
    for f in "$pdf"/*.pdf; do
        [[ "$(head -c 5 "$f")" == "%PDF-" ]] || fail "$f is not a PDF"
    done
    echo "$(ls "$pdf"/*.pdf | wc -l) PDF files written"
}

# ---------------------------------------------------------------- Linux
step "install $deb"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
[[ "$(readlink -f /usr/bin/tender-desk)" == /opt/tender-desk/tender-desk ]] || fail "no /usr/bin/tender-desk"
[[ -f /usr/share/applications/tender-desk.desktop ]] || fail "no desktop entry"
echo "installed: $(du -sm /opt/tender-desk | cut -f1) MB in /opt/tender-desk"
home="$scratch/home"
mkdir -p "$home"
bare_env=(env -i "HOME=$home" "PATH=/usr/bin:/bin" "XDG_RUNTIME_DIR=$scratch" "LANG=C.UTF-8")
out="$("${bare_env[@]}" tender-desk --version 2>&1 || true)"
[[ "$out" == "tender-desk $version" ]] || fail "--version printed '$out'"
out="$("${bare_env[@]}" QT_QPA_PLATFORM=offscreen tender-desk --smoke-test 2>&1 || true)"
echo "tender-desk --smoke-test: $out"
[[ "$out" == *"smoke ok"* ]] || fail "smoke test: $out"
workspace="$home/.local/share/tender-desk/workspace.sqlite"
[[ -f "$workspace" ]] || fail "the smoke test made no workspace at $workspace"
linux() { "${bare_env[@]}" tender-desk "$@"; }
same() { echo "$1"; }
check_commands linux same

step "first window under Xvfb: the installed app against a bare PySide6 window"
display=":${XVFB_DISPLAY:-99}"
# -noreset: by default the server resets when its last client leaves (each timed run ends
# its process), and a client that connects during the reset is refused
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    DISPLAY="$display" xdotool getdisplaygeometry >/dev/null 2>&1 && break
    kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb $display did not start (display in use? set XVFB_DISPLAY)"
    sleep 0.1
done
# the app is started as its menu entry starts it
read -r -a launch <<<"$(sed -n 's/^Exec=//p' /usr/share/applications/tender-desk.desktop)"
[[ "${launch[*]}" == tender-desk ]] || fail "the menu entry starts '${launch[*]}', not what is timed"
# checked at the end, so the other checks still run and say what they find
slow_start=""
DISPLAY="$display" python3 installer/measure_start.py --rounds "${FIRST_WINDOW_RUNS:-7}" \
    || slow_start="the first window took more than twice a bare PySide6 window"
kill "$xvfb_pid" && xvfb_pid=""

step "remove the package"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq tender-desk >/dev/null
[[ ! -e /opt/tender-desk && ! -e /usr/bin/tender-desk ]] || fail "files left after removal"
[[ -f "$workspace" ]] || fail "removing the package removed the user's workspace"
echo "removed; the user's workspace is still there"
linux_done=$SECONDS

# ---------------------------------------------------------------- Windows, under Wine
wine="$(dpkg -L wine64 | grep -m1 '/wine64$')"
# no menu entries on this machine; the prefix's desktop and documents stay inside it
export WINEPREFIX="$root/build/wine" WINEDEBUG=-all WINEDLLOVERRIDES="winemenubuilder.exe=d"
rm -rf "$WINEPREFIX"
step "Wine: a new prefix ($("$wine" --version))"
"$wine" wineboot --init >/dev/null 2>&1
find "$WINEPREFIX/drive_c/users" -maxdepth 2 -type l | while read -r link; do
    rm "$link" && mkdir "$link"
done
if [[ ! -e "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" ]]; then
    # Wine 8 lacks it, Windows 10 has it; rpds (jsonschema's) needs it: see installer/wine/
    shim="$scratch/shim"
    mkdir "$shim"
    x86_64-w64-mingw32-as -o "$shim/prng.o" installer/wine/bcryptprimitives.s
    x86_64-w64-mingw32-dlltool -d installer/wine/advapi32.def -l "$shim/libadvapi32.a"
    x86_64-w64-mingw32-ld --dll --dynamicbase -e DllMain -o "$shim/bcryptprimitives.dll" \
        "$shim/prng.o" installer/wine/bcryptprimitives.def "$shim/libadvapi32.a"
    cp "$shim/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
    echo "bcryptprimitives.dll (ProcessPrng, a Windows 10 system DLL) added to the prefix"
fi
step "Wine: $setup /S /CurrentUser"
"$wine" "$setup" /S /CurrentUser
local_app="$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData/Local"
[[ -d "$local_app" ]] || local_app="$(find "$WINEPREFIX/drive_c/users" -maxdepth 3 -path '*/AppData/Local' | head -1)"
installed="$local_app/Programs/TenderDesk"
for f in python/pythonw.exe app/main.py uninstall.exe tender-desk.cmd; do
    [[ -f "$installed/$f" ]] || fail "$f was not installed"
done
winpath="$("$wine" winepath -w "$installed" 2>/dev/null | tr -d '\r')"
echo "installed into $winpath: $(du -sm "$installed" | cut -f1) MB"
shortcuts="$(find "$WINEPREFIX/drive_c/users" -name 'Tender desk.lnk' | wc -l)"
((shortcuts == 2)) || fail "expected a Start-menu and a desktop shortcut, found $shortcuts"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\TenderDesk'
"$wine" reg query "$key" /v DisplayVersion 2>/dev/null | tr -d '\r' | grep -q "$version" \
    || fail "no Apps entry with version $version"
echo "Apps entry: Tender desk $version; Start-menu and desktop shortcuts"

windows() { "$wine" cmd /c "$winpath\\tender-desk.cmd" "$@" </dev/null 2>&1 | tr -d '\r'; }
drive_z() { echo 'Z:'"${1//\//\\}"; }
out="$(windows --version || true)"
echo "tender-desk --version: $out"
[[ "$out" == "tender-desk $version" ]] || fail "--version under Wine: $out"
out="$(QT_QPA_PLATFORM=offscreen WINEDEBUG=err+module windows --smoke-test || true)"
if [[ "$out" == *"smoke ok"* ]]; then
    echo "tender-desk --smoke-test: smoke ok"
elif [[ "$out" == *"icuuc.dll"* ]]; then
    echo "tender-desk --smoke-test: Qt 6 cannot load under this Wine:"
    grep -m1 "icuuc.dll" <<<"$out" | sed 's/^[0-9a-f]*:err:module:import_dll /  /'
    grep -m1 "smoke failed" <<<"$out" | sed 's/^/  /'
else
    fail "smoke test under Wine: $out"
fi
out="$(windows scenarios "$(drive_z "$root/tests/scenarios/examples.json")" || true)"
out="$(last_line "$out")"
echo "tender-desk scenarios tests/scenarios/examples.json: $out"
[[ "$out" =~ ^[0-9]+\ passed,\ 0\ failed$ ]] || fail "scenarios under Wine"
check_commands windows drive_z

step "Wine: uninstall.exe /S"
user_data="$local_app/tender-desk/workspace.sqlite"
[[ -f "$user_data" ]] || fail "the installed app made no workspace at $user_data"
"$wine" "$installed/uninstall.exe" /CurrentUser /S "_?=$winpath"
for f in python site app tender-desk.cmd; do
    [[ ! -e "$installed/$f" ]] || fail "$f left after uninstalling"
done
if "$wine" reg query "$key" >/dev/null 2>&1; then fail "Apps entry left after uninstalling"; fi
[[ -z "$(find "$WINEPREFIX/drive_c/users" -name 'Tender desk.lnk')" ]] || fail "shortcuts left"
[[ -f "$user_data" ]] || fail "uninstalling removed the user's workspace"
echo "uninstalled; the user's workspace is still there"

echo "time: Linux $((linux_done - started)) s, Wine $((SECONDS - linux_done)) s"
[[ -z "$slow_start" ]] || fail "$slow_start"
echo "installer test passed"
