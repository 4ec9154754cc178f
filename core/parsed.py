"""TOML files read once per content: the parsed tables are kept in the user's cache folder.

The rule pack and the text tables are about 180 kB of TOML that every start parses again (about
50 ms of a command that decides one case). Their parsed form is kept as JSON under the digest
of the text and of this module's format (``content_key``), so a changed file (a new pack, an
edited text) is parsed again, and an unreadable or damaged cache file is ignored. The caller
validates what it gets as before: only the parsing is skipped. JSON, not pickle: reading the
cache runs no code whatever the file holds. The settings file is read the same way: a start
that finds every file in the cache does not import tomllib at all.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

APP_NAME = "tender-desk"  # as core.paths.APP_NAME; this layer does not import core.paths
CACHE_ENV = "TENDER_DESK_CACHE"  # a folder to use instead of the user's cache folder
FORMAT = "1"  # changed whenever the encoding below changes

# TOML has dates and times, JSON has not: they are kept as strings behind a mark, and a
# string that starts with the mark gets a mark of its own.
_MARK = "\x00"
_KINDS = {"D": date.fromisoformat, "T": datetime.fromisoformat, "t": time.fromisoformat}


def content_key(data: bytes) -> str:
    """The name a content is kept under in the cache: its BLAKE2b digest.

    From CPython's own ``_blake2`` module: ``hashlib`` loads OpenSSL, about 11 million
    instructions of every start (1 % of the window's, bench/README.md), and its SHA-256 hashes
    the start's 200 kB of TOML at half BLAKE2b's speed on a processor without SHA
    instructions. ``hashlib.blake2b`` is the same function where ``_blake2`` is missing."""
    try:
        from _blake2 import blake2b
    except ImportError:  # another Python than CPython
        from hashlib import blake2b
    return blake2b(data).hexdigest()


def cache_dir() -> Path:
    """Where the parsed files are kept."""
    folder = os.environ.get(CACHE_ENV)
    if folder:
        return Path(folder)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "parsed"


def loads(text: str, before_parse: Callable[[str], None] | None = None) -> dict:
    """``tomllib.loads(text)``, from the cache when this text was parsed before.

    Raises ``tomllib.TOMLDecodeError`` as ``tomllib.loads`` does (nothing is kept then).
    ``before_parse(text)`` runs only when the text is parsed (not found in the cache): a check
    that guards the parser, and may raise.
    """
    digest = content_key(f"{FORMAT}\n{text}".encode("utf-8", "surrogatepass"))
    path = cache_dir() / f"{digest}.json"
    try:
        kept = path.read_bytes()
        # JSON writes the mark as \u0000: a file without it (the texts) has nothing to decode
        data = _decoded(json.loads(kept)) if b"\\u0000" in kept else json.loads(kept)
        if isinstance(data, dict):
            return data
    except Exception:  # noqa: BLE001, S110 - missing, unreadable or damaged: parse again
        pass
    if before_parse is not None:
        before_parse(text)
    data = parse(text)
    _keep(path, data)
    return data


def parse(text: str) -> dict:
    """``tomllib.loads(text)``, without the cache. tomllib is imported only here: its import
    costs more than reading a parsed file from the cache."""
    import tomllib

    return tomllib.loads(text)


def is_decode_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a ``tomllib.TOMLDecodeError`` (a ``ValueError``): the callers catch
    ``ValueError`` and ask, so that they need not import tomllib."""
    tomllib = sys.modules.get("tomllib")
    return tomllib is not None and isinstance(exc, tomllib.TOMLDecodeError)


def _encoded(value: object) -> object:
    if isinstance(value, str):
        return _MARK + "s" + value if value.startswith(_MARK) else value
    if isinstance(value, datetime):  # before date: a datetime is a date
        return _MARK + "T" + value.isoformat()
    if isinstance(value, date):
        return _MARK + "D" + value.isoformat()
    if isinstance(value, time):
        return _MARK + "t" + value.isoformat()
    if isinstance(value, dict):
        return {key: _encoded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_encoded(item) for item in value]
    return value  # bool, int, float


def _decoded(value: object) -> object:
    if isinstance(value, str):
        if value.startswith(_MARK):
            kind, rest = value[1], value[2:]
            return rest if kind == "s" else _KINDS[kind](rest)
        return value
    if isinstance(value, dict):
        return {key: _decoded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decoded(item) for item in value]
    return value


def _keep(path: Path, data: dict) -> None:
    """Write the cache file whole (a temporary file renamed); a failure only costs time."""
    import threading

    temporary = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(_encoded(data), ensure_ascii=False), "utf-8")
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
