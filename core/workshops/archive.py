"""The workshop file: a zip read and written safely.

Members (fixed names, nothing else is read): ``manifest.json``, ``exercises.json``,
``workspace.sqlite``, and optionally ``rules.toml`` and ``handout.pdf``. A file is refused
before anything is unpacked when it is not a zip or is damaged, has no workshop manifest (a
foreign zip), is of a newer format version, names a member outside itself (``../``, an
absolute path, a drive), or would unpack to more than ``MAX_UNPACKED`` bytes (a zip bomb:
the sizes the zip declares are checked first, then the bytes actually unpacked).
"""

from __future__ import annotations

import json
import shutil
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from core.names import LANGUAGES, WORKSHOP_EXTENSION
from core.workshops.errors import WorkshopError

FORMAT = "tender-desk-workshop"
VERSION = 1
EXTENSION = WORKSHOP_EXTENSION
MANIFEST, EXERCISES, WORKSPACE = "manifest.json", "exercises.json", "workspace.sqlite"
RULES, HANDOUT = "rules.toml", "handout.pdf"
REQUIRED = (MANIFEST, EXERCISES, WORKSPACE)
OPTIONAL = (RULES, HANDOUT)
#: the most a workshop may unpack to (a register of many thousand tenders is far smaller)
MAX_UNPACKED = 1 << 30
#: the manifest and the exercises are read into memory: text of at most this size each
MAX_TEXT = 16 << 20
MAX_MEMBERS = 64
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Manifest:
    """What the manifest says: the workshop's id, title per language, date, settings."""

    id: str
    title: dict[str, str]
    created: date
    language: str
    today: date | None
    rules: bool
    handout: bool

    def title_in(self, lang: str) -> str:
        """The title in ``lang``, else in English, else any."""
        return self.title.get(lang) or self.title.get("en") or next(iter(self.title.values()))

    def to_dict(self) -> dict[str, object]:
        """The manifest as written in the file."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "id": self.id,
            "title": self.title,
            "created": self.created.isoformat(),
            "settings": {
                "language": self.language,
                "today": self.today.isoformat() if self.today else "",
            },
            "rules": self.rules,
            "handout": self.handout,
        }


def read_manifest(raw: object, path: Path) -> Manifest:
    """The manifest from its JSON form (raises WorkshopError ``not_a_workshop``,
    ``newer_version`` or ``bad_manifest``)."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise WorkshopError(path, "not_a_workshop")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WorkshopError(path, "bad_manifest", what="version")
    if version > VERSION:
        raise WorkshopError(path, "newer_version", version=version, supported=VERSION)
    ident, title = raw.get("id"), raw.get("title")
    if not isinstance(ident, str) or not valid_id(ident):
        raise WorkshopError(path, "bad_manifest", what="id")
    if (
        not isinstance(title, dict)
        or not title
        or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in title.items()
        )
    ):
        raise WorkshopError(path, "bad_manifest", what="title")
    settings = raw.get("settings") if isinstance(raw.get("settings"), dict) else {}
    language = settings.get("language") or "en"
    if language not in LANGUAGES:
        raise WorkshopError(path, "bad_manifest", what="settings.language")
    try:
        created = date.fromisoformat(str(raw.get("created")))
        today = date.fromisoformat(settings["today"]) if settings.get("today") else None
    except (TypeError, ValueError):
        raise WorkshopError(path, "bad_manifest", what="created / settings.today") from None
    return Manifest(
        ident,
        dict(title),
        created,
        language,
        today,
        bool(raw.get("rules")),
        bool(raw.get("handout")),
    )


def valid_id(ident: str) -> bool:
    """A workshop id names a folder: letters, digits, ``-`` and ``_``, 1 to 64 of them."""
    return 0 < len(ident) <= 64 and all(c.isascii() and (c.isalnum() or c in "-_") for c in ident)


def _safe_name(name: str) -> bool:
    """A member name that stays inside the folder it is unpacked to."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    parts = PurePosixPath(name).parts
    return ".." not in parts and not (parts and ":" in parts[0])


def _open_zip(path: Path) -> zipfile.ZipFile:
    """The zip, its names and declared sizes checked (nothing unpacked yet)."""
    if not path.is_file():
        raise WorkshopError(path, "missing")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        raise WorkshopError(path, "damaged") from None
    except OSError as exc:
        raise WorkshopError(path, "damaged", why=exc.strerror or exc) from None
    infos = archive.infolist()
    bad = next((i.filename for i in infos if not _safe_name(i.filename)), None)
    if bad is not None:
        archive.close()
        raise WorkshopError(path, "unsafe_path", name=bad)
    if MANIFEST not in archive.namelist():
        archive.close()
        raise WorkshopError(path, "not_a_workshop")
    if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_UNPACKED:
        archive.close()
        raise WorkshopError(path, "too_large", limit=f"{MAX_UNPACKED >> 20} MB")
    return archive


def _read_text(archive: zipfile.ZipFile, name: str, path: Path) -> object:
    """A JSON member, at most MAX_TEXT bytes unpacked."""
    try:
        with archive.open(name) as member:
            data = member.read(MAX_TEXT + 1)
    except KeyError:
        raise WorkshopError(path, "damaged", why=f"{name} is missing") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
        raise WorkshopError(path, "damaged", why=name) from None
    if len(data) > MAX_TEXT:
        raise WorkshopError(path, "too_large", limit=f"{MAX_TEXT >> 20} MB ({name})")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise WorkshopError(path, "damaged", why=name) from None


def inspect(path: Path) -> tuple[Manifest, object]:
    """The manifest and the exercises' JSON of a workshop file, which is only read."""
    path = Path(path)
    with _open_zip(path) as archive:
        manifest = read_manifest(_read_text(archive, MANIFEST, path), path)
        missing = [n for n in REQUIRED if n not in archive.namelist()]
        if missing:
            raise WorkshopError(path, "damaged", why=f"{', '.join(missing)} is missing")
        return manifest, _read_text(archive, EXERCISES, path)


def rules_text(path: Path) -> bytes | None:
    """The workshop's own rule pack as written in the file, or None when it has none."""
    with _open_zip(Path(path)) as archive:
        if RULES not in archive.namelist():
            return None
        try:
            with archive.open(RULES) as member:
                data = member.read(MAX_TEXT + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
            raise WorkshopError(path, "damaged", why=RULES) from None
    if len(data) > MAX_TEXT:
        raise WorkshopError(path, "too_large", limit=f"{MAX_TEXT >> 20} MB ({RULES})")
    return data


def unpack(path: Path, dest: Path) -> Manifest:
    """Unpack the members a workshop has into the folder ``dest`` (made; it must not exist)."""
    path = Path(path)
    manifest, _ = inspect(path)
    dest.mkdir(parents=True)
    left = MAX_UNPACKED
    with _open_zip(path) as archive:
        for name in (*REQUIRED, *OPTIONAL):
            if name not in archive.namelist():
                continue
            try:
                with archive.open(name) as member, (dest / name).open("wb") as out:
                    while chunk := member.read(_CHUNK):
                        left -= len(chunk)
                        if left < 0:
                            raise WorkshopError(path, "too_large", limit=f"{MAX_UNPACKED >> 20} MB")
                        out.write(chunk)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
                raise WorkshopError(path, "damaged", why=name) from None
    return manifest


def pack(out: Path, manifest: Manifest, exercises: object, members: dict[str, Path]) -> None:
    """Write a workshop file: the manifest, the exercises, and the member files named (by
    their name in the zip). Written beside ``out`` and renamed: never half a file."""
    part = out.with_name(f".{out.name}.part")
    try:
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest.to_dict(), ensure_ascii=False, indent=2))
            archive.writestr(EXERCISES, json.dumps(exercises, ensure_ascii=False, indent=2))
            for name, source in members.items():
                with source.open("rb") as src, archive.open(name, "w") as dst:
                    shutil.copyfileobj(src, dst, _CHUNK)
        part.replace(out)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise WorkshopError(out, "write_failed", why=exc.strerror or exc) from None
