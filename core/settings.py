"""The user's settings: declared once here, typed, with defaults; kept in a TOML file.

Each setting is one field of ``Settings``: its type, its default, how a stored or typed value
is read (a bad one is refused with the reason) and how it is written. The file lives in the
user's configuration folder; ``--config PATH`` or ``TENDER_DESK_CONFIG`` names another (tests
and trainers). A missing file gives the defaults; a damaged or unreadable one gives the
defaults and a message, never a crash. Keys this version does not know are ignored.

Window state (geometry) is not a setting: the GUI keeps it in its own store.
"""

from __future__ import annotations

import json
import locale
import os
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path

from core import parsed
from core.dates import parse_date
from core.errors import ValidationError
from core.names import LANGUAGES, UNREGISTERED_OCID_PREFIX
from core.paths import PathError, default_workspace_path, user_config_dir, user_path
from core.record import field, fields, record, replace

CONFIG_ENV = "TENDER_DESK_CONFIG"
FILE_NAME = "settings.toml"

LocaleLookup = Callable[[], str | None]


class SettingError(ValidationError):
    """A value a setting refuses: the setting's name (``key``, also ``field``), a code with its
    words in the texts' ``error`` table (``core.texts.error_text``), the English reason.

    Codes: ``unknown_setting``, ``not_text``, ``not_a_language``, ``folder``, ``bad_path``,
    ``bad_date``, ``impossible_date``, ``has_time``, ``not_an_ocid_prefix``, ``not_a_role``; for
    the file as a whole (key ``settings_file``): ``settings_unreadable``, ``settings_damaged``,
    ``settings_bad_path``.
    """

    def __init__(
        self, key: str, code: str, reason: str, params: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(key, code, reason, params)
        self.key = key
        self.reason = reason


# -- the system's language -----------------------------------------------------------------
def python_locale() -> str | None:
    """The locale name Python sees (``nl_BE``, ``Dutch_Belgium``), or None."""
    name = locale.getlocale()[0]
    return name or os.environ.get("LC_ALL") or os.environ.get("LANG") or None


def language_of(locale_name: str | None) -> str:
    """The app language for a locale name: nl or fr when the system speaks it, else en."""
    first = re.split(r"[_.@\-]", (locale_name or "").strip().lower(), maxsplit=1)[0]
    if first in ("nl", "dutch", "flemish"):
        return "nl"
    if first in ("fr", "french"):
        return "fr"
    return "en"


def _system_language() -> str:
    return language_of(python_locale())


# -- reading one value ----------------------------------------------------------------------
def _text(key: str, raw: object) -> str:
    if not isinstance(raw, str):
        raise SettingError(key, "not_text", f"expected text, got {raw!r}")  # words: {field}
    return raw.strip()


def _path(key: str, raw: object, base: Path) -> Path | None:
    """A file path (relative ones are taken from ``base``); None for empty text."""
    if isinstance(raw, Path):
        raw = str(raw)
    cleaned = _text(key, raw)
    if not cleaned:
        return None
    try:
        path = user_path(cleaned, base)
    except PathError as exc:
        raise SettingError(key, "bad_path", exc.reason, {"typed": cleaned}) from None
    if path.is_dir():
        raise SettingError(
            key, "folder", f"{path} is a folder; name a file in it", {"path": str(path)}
        )
    return path


def _one_of(name: str, code: str, raw: object, value: str, choices) -> str:
    """``value`` when it is one of ``choices``; else the setting is refused, naming them."""
    if value not in choices:
        raise SettingError(
            name,
            code,
            f"{raw!r} is not one of {', '.join(choices)}",
            {"typed": value, "choices": ", ".join(choices)},
        )
    return value


def _read_language(raw: object, base: Path) -> str:
    return _one_of("language", "not_a_language", raw, _text("language", raw).lower(), LANGUAGES)


def _read_workspace(raw: object, base: Path) -> Path:
    return _path("default_workspace", raw, base) or default_workspace_path()


def _read_rule_pack(raw: object, base: Path) -> Path | None:
    return _path("rule_pack", raw, base)


#: an ocid prefix as the Open Contracting Partnership gives them: ``ocds-`` and 6 characters
OCID_PREFIX = re.compile(r"ocds-[a-z0-9]{6}")


def _read_ocid_prefix(raw: object, base: Path) -> str:
    value = _text("ocid_prefix", raw).lower()
    if not value:
        return UNREGISTERED_OCID_PREFIX
    if not OCID_PREFIX.fullmatch(value):
        raise SettingError(
            "ocid_prefix",
            "not_an_ocid_prefix",
            f"{value!r} is not an OCDS prefix like ocds-213czf",
            {"typed": value},
        )
    return value


def _read_role(raw: object, base: Path) -> str | None:
    value = _text("role", raw).lower()
    if not value:
        return None
    from core.roles import ROLES  # read only when a role is set

    return _one_of("role", "not_a_role", raw, value, ROLES)


def _read_today(raw: object, base: Path) -> date | None:
    if isinstance(raw, datetime):
        raise SettingError(
            "today",
            "has_time",
            f"{raw.isoformat()} has a time; give a date like 2026-03-01",
            {"typed": raw.isoformat()},
        )
    if isinstance(raw, date):
        return raw
    cleaned = _text("today", raw)
    if not cleaned:
        return None
    try:
        return parse_date(cleaned, "today")
    except ValidationError as exc:
        raise SettingError("today", exc.code, exc.message, exc.params) from None


def _read_signatory_name(raw: object, base: Path) -> str:
    return _text("signatory_name", raw)


def _read_signatory_function(raw: object, base: Path) -> str:
    return _text("signatory_function", raw)


# -- writing one value ----------------------------------------------------------------------
def _write_text(value: str) -> str:
    return value


def _write_optional_path(value: Path | None) -> str:
    return str(value) if value else ""


def _write_workspace(value: Path) -> str:
    return "" if value == default_workspace_path() else str(value)


def _write_ocid_prefix(value: str) -> str:
    return "" if value == UNREGISTERED_OCID_PREFIX else value


def _write_optional_text(value: str | None) -> str:
    return value or ""


def _write_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _option(read, write, comment: str) -> dict:
    return {"read": read, "write": write, "comment": comment}


@record(frozen=True)
class Settings:
    """The user's settings. Every field has a default; ``with_value`` reads a new value."""

    language: str = field(
        default_factory=_system_language,
        metadata=_option(_read_language, _write_text, "nl, fr or en"),
    )
    default_workspace: Path = field(
        default_factory=default_workspace_path,
        metadata=_option(
            _read_workspace,
            _write_workspace,
            "the workspace opened without --db; empty: the user's data folder",
        ),
    )
    rule_pack: Path | None = field(
        default=None,
        metadata=_option(
            _read_rule_pack, _write_optional_path, "a rule pack file; empty: the bundled pack"
        ),
    )
    today: date | None = field(
        default=None,
        metadata=_option(
            _read_today,
            _write_date,
            "the date the rules use, like 2026-03-01 (training); empty: the real date",
        ),
    )

    signatory_name: str = field(
        default="",
        metadata=_option(
            _read_signatory_name,
            _write_text,
            "who signs the letters of an organisation that names no signatory; empty: none",
        ),
    )
    signatory_function: str = field(
        default="",
        metadata=_option(_read_signatory_function, _write_text, "the function of that signatory"),
    )
    ocid_prefix: str = field(
        default=UNREGISTERED_OCID_PREFIX,
        metadata=_option(
            _read_ocid_prefix,
            _write_ocid_prefix,
            "the prefix of the ocids of the OCDS export, registered with the Open Contracting "
            f"Partnership; {UNREGISTERED_OCID_PREFIX} (the default) is not registered",
        ),
    )
    role: str | None = field(
        default=None,
        metadata=_option(
            _read_role,
            _write_optional_text,
            "buyer, company or training: what the window shows first; empty: asked at the start",
        ),
    )

    def with_value(self, key: str, raw: object, base: Path | None = None) -> Settings:
        """These settings with one value changed; a bad value raises ``SettingError``.

        Relative paths are taken from ``base`` (the settings file's folder when reading it).
        """
        option = _OPTIONS.get(key)
        if option is None:
            raise SettingError(key, "unknown_setting", "no such setting")
        return replace(self, **{key: option["read"](raw, base or Path.cwd())})

    def rules_date(self, real_today: date) -> date:
        """The date the rules use: the one set for training, else the real one."""
        return self.today or real_today

    def to_toml(self, as_written: Mapping[str, str] | None = None) -> str:
        """The settings as the text of a settings file, each with what it means.

        ``as_written`` gives, for some settings, the text to write instead of the value's own
        spelling (``save`` passes what the file already said for values that did not change).
        """
        as_written = as_written or {}
        lines = ["# Tender desk settings. An empty value means the default.", ""]
        for f in fields(self):
            meta = f.metadata
            value = as_written.get(f.name, meta["write"](getattr(self, f.name)))
            lines.append(f"# {meta['comment']}")
            lines.append(f"{f.name} = {_toml_string(value)}")
            lines.append("")
        return "\n".join(lines)


_OPTIONS: dict[str, Mapping] = {f.name: f.metadata for f in fields(Settings)}


def _toml_string(value: str) -> str:
    """A TOML basic string: every escape JSON writes with ASCII output is valid TOML."""
    return json.dumps(value, ensure_ascii=True)


def defaults(system_locale: LocaleLookup = python_locale) -> Settings:
    """The settings of a new user; the language follows ``system_locale()``."""
    return Settings(language=language_of(system_locale()))


# -- the file -------------------------------------------------------------------------------
def config_path(given: str | Path | None = None, environ: Mapping[str, str] = os.environ) -> Path:
    """The settings file: ``--config``, else ``$TENDER_DESK_CONFIG``, else the user's one."""
    chosen = given or environ.get(CONFIG_ENV)
    if chosen:
        try:
            return user_path(chosen)
        except PathError:
            return Path(chosen)  # ``load`` says why it cannot be read
    return user_config_dir() / FILE_NAME


@record(frozen=True)
class Loaded:
    """The settings read from a file and what could not be used (empty when all was fine)."""

    settings: Settings
    problems: tuple[str, ...] = ()
    #: the same problems, for a screen to say in its language (``core.texts.error_text``)
    errors: tuple[SettingError, ...] = ()


def load(path: Path, system_locale: LocaleLookup = python_locale) -> Loaded:
    """Read a settings file; a missing one gives the defaults, a bad one defaults and why."""
    start = defaults(system_locale)
    try:
        user_path(path)
        # utf-8-sig: a file saved by Notepad starts with a byte order mark
        raw = path.read_text(encoding="utf-8-sig")
    except PathError as exc:
        return _file_problem(
            start, path, "settings_bad_path", f"cannot be used: {exc.reason}", exc.reason
        )
    except FileNotFoundError:
        return Loaded(start)
    except (OSError, UnicodeDecodeError) as exc:
        return _file_problem(start, path, "settings_unreadable", "could not be read", exc)
    try:
        data = parsed.loads(raw)  # from the cache of parsed files when read before
    except ValueError as exc:
        if not parsed.is_decode_error(exc):
            raise
        return _file_problem(start, path, "settings_damaged", "is damaged", exc)
    settings, problems, errors = start, [], []
    for key, value in data.items():
        if key not in _OPTIONS:
            continue  # written by another version of the app, or a typo: not ours to judge
        try:
            settings = settings.with_value(key, value, path.parent)
        except SettingError as exc:
            problems.append(f"{path}: {exc}; the default is used.")
            errors.append(exc)
    return Loaded(settings, tuple(problems), tuple(errors))


def _file_problem(start: Settings, path: Path, code: str, what: str, why: object) -> Loaded:
    """The defaults, and why the settings file as a whole could not be used."""
    words = {
        "settings_bad_path": f"{what}.",
        "settings_unreadable": f"{what} ({why}).",
        "settings_damaged": f"{what} ({why}).",
    }[code]
    message = f"The settings file {path} {words}"
    error = SettingError("settings_file", code, message, {"path": str(path)})
    return Loaded(start, (message,), (error,))


def save(settings: Settings, path: Path) -> None:
    """Write the settings atomically: the old file stays whole until the new one is on disk.

    A value that did not change is written as the file already had it: a trainer's hand-out
    keeps its relative paths (``demo.sqlite`` stays relative to the file's folder, so the folder
    can still be copied as a whole). The file keeps its permissions (``write_atomic``).
    Raises ``OSError`` when the file cannot be written (the old file is then unchanged).
    """
    from core.store.files import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, settings.to_toml(_unchanged_as_written(settings, path)).encode("utf-8"))


def _unchanged_as_written(settings: Settings, path: Path) -> dict[str, str]:
    """The texts the file at ``path`` gives for the settings whose value ``settings`` keeps."""
    try:
        data = parsed.parse(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return {}
    except ValueError as exc:
        if not parsed.is_decode_error(exc):
            raise
        return {}
    kept = {}
    for key, raw in data.items():
        if key not in _OPTIONS or not isinstance(raw, str):
            continue
        try:
            read = _OPTIONS[key]["read"](raw, path.parent)
        except SettingError:
            continue
        if read == getattr(settings, key):
            kept[key] = raw
    return kept
