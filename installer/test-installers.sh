#!/usr/bin/env bash
# make installer-test: installs the two packages in dist/ on this machine and runs them.
#
# Linux: installs the .deb (apt-get, root or sudo), runs `tender-desk --smoke-test` with a fresh
# home folder and without any Python environment, times the first window against a bare
# PySide6 window under Xvfb (it must come within 2x: checked last), removes the package and checks the
# user's workspace is still there.
# Windows, under Wine (64-bit, a throwaway prefix in build/wine): installs the setup silently
# for the current user, checks the files, the "Apps" entry and the version, runs the installed
# app's smoke test (Qt 6 needs icuuc.dll, which Windows 10 1903+ has and Wine 8 lacks: that
# case is reported, not failed), `scenarios`, `decide` and `demo-data` + `export-pdf`, then
# uninstalls silently and checks the user's data is still there.
# XVFB_DISPLAY picks the Xvfb display number (default 99); FIRST_WINDOW_RUNS the number of
# interleaved runs of the first-window timing (default 7; the medians are compared).
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

# ---------------------------------------------------------------- Linux
step "install $deb"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
[[ "$(readlink -f /usr/bin/tender-desk)" == /opt/tender-desk/tender-desk ]] || fail "no /usr/bin/tender-desk"
[[ -f /usr/share/applications/tender-desk.desktop ]] || fail "no desktop entry"
home="$scratch/home"
mkdir -p "$home"
bare_env=(env -i "HOME=$home" "PATH=/usr/bin:/bin" "XDG_RUNTIME_DIR=$scratch" "LANG=C.UTF-8")
out="$("${bare_env[@]}" tender-desk --version)"
[[ "$out" == "tender-desk $version" ]] || fail "--version printed '$out'"
out="$("${bare_env[@]}" QT_QPA_PLATFORM=offscreen tender-desk --smoke-test)"
echo "tender-desk --smoke-test: $out"
[[ "$out" == *"smoke ok"* ]] || fail "smoke test"
workspace="$home/.local/share/tender-desk/workspace.sqlite"
[[ -f "$workspace" ]] || fail "the smoke test made no workspace at $workspace"

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
# milliseconds from the start of the command to a visible window of its process
first_window_ms() {
    local start end pid
    start=$(date +%s%N)
    "$@" >"$scratch/window.log" 2>&1 &
    pid=$!
    until DISPLAY="$display" xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || fail "$* ended before showing a window: $(cat "$scratch/window.log")"
        sleep 0.01
    done
    end=$(date +%s%N)
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo $(((end - start) / 1000000))
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
bare_py="build/linux/venv/bin/python"
bare_code='from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([]); w = QWidget(); w.setWindowTitle("bare"); w.show(); app.exec()'
# the app is started as its menu entry starts it
read -r -a launch <<<"$(sed -n 's/^Exec=//p' /usr/share/applications/tender-desk.desktop)"
app_runs=() bare_runs=()
for _ in $(seq "${FIRST_WINDOW_RUNS:-7}"); do
    bare_runs+=("$(first_window_ms env DISPLAY="$display" QT_QPA_PLATFORM=xcb "$bare_py" -c "$bare_code")")
    app_runs+=("$(first_window_ms "${bare_env[@]}" DISPLAY="$display" QT_QPA_PLATFORM=xcb "${launch[@]}")")
done
app_ms=$(median "${app_runs[@]}") bare_ms=$(median "${bare_runs[@]}")
echo "first window: app ${app_runs[*]} ms (median $app_ms), bare PySide6 ${bare_runs[*]} ms (median $bare_ms)"
python3 -c "print(f'ratio {$app_ms / $bare_ms:.2f} (at most 2)')"
# checked at the end, so the other checks still run and say what they find
slow_start=""
((app_ms <= 2 * bare_ms)) || slow_start="the first window took more than twice a bare PySide6 window"
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

app() { "$wine" cmd /c "$winpath\\tender-desk.cmd" "$@" </dev/null 2>&1 | tr -d '\r'; }
out="$(app --version)"
echo "tender-desk --version: $out"
[[ "$out" == "tender-desk $version" ]] || fail "--version under Wine"
out="$(QT_QPA_PLATFORM=offscreen WINEDEBUG=err+module app --smoke-test || true)"
if [[ "$out" == *"smoke ok"* ]]; then
    echo "tender-desk --smoke-test: smoke ok"
elif [[ "$out" == *"icuuc.dll"* ]]; then
    echo "tender-desk --smoke-test: Qt 6 cannot load under this Wine:"
    grep -m1 "icuuc.dll" <<<"$out" | sed 's/^[0-9a-f]*:err:module:import_dll /  /'
    grep -m1 "smoke failed" <<<"$out" | sed 's/^/  /'
else
    fail "smoke test under Wine: $out"
fi
out="$(app scenarios 'Z:'"${root//\//\\}"'\tests\scenarios\examples.json' | tail -1)"
echo "tender-desk scenarios tests/scenarios/examples.json: $out"
[[ "$out" =~ ^[0-9]+\ passed,\ 0\ failed$ ]] || fail "scenarios under Wine"
out="$(app decide advance '{"launch_date": "2025-03-01", "authority": "local", "procedure": "open", "contract_type": "services", "amount_incl_vat": "180000.00", "duration_months": 24, "contractor_size": "small"}' --lang nl || true)"
echo "tender-desk decide advance ... --lang nl:"
sed -n '1,4p' <<<"$out" | sed 's/^/  /'
[[ "$out" == *"Referentiewaarde: €"*"90.000,00"* ]] || fail "decide under Wine"
ws='Z:'"${scratch//\//\\}"'\wine.sqlite' pdf='Z:'"${scratch//\//\\}"'\pdf'
app demo-data --db "$ws" --tenders 20 | tail -1
out="$(app export-pdf --db "$ws" --all --document summary --lang fr --out "$pdf" | tail -1)"
echo "tender-desk export-pdf --all --document summary --lang fr: ${out##*%}"
[[ "$out" == *" written, 0 skipped, 0 failed"* ]] || fail "export-pdf under Wine"
for f in "$scratch"/pdf/*.pdf; do
    [[ "$(head -c 5 "$f")" == "%PDF-" ]] || fail "$f is not a PDF"
done
echo "$(ls "$scratch"/pdf/*.pdf | wc -l) PDF files written"

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
[[ -z "$slow_start" ]] || fail "$slow_start (app $app_ms ms, bare $bare_ms ms)"
echo "installer test passed"
