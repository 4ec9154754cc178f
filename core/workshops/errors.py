"""Why a workshop file cannot be made, opened or reset, in the user's language.

The message of each ``code`` is in the ``workshop_error`` table of
``resources/rules/texts/{nl,fr,en}.toml``; ``str(error)`` is the English one, for logs.
"""

from __future__ import annotations

from pathlib import Path

from core.errors import PortableError
from core.texts import text


class WorkshopError(PortableError):
    """A workshop file that cannot be used as asked.

    ``code``: ``missing``, ``damaged``, ``not_a_workshop``, ``newer_version``,
    ``unsafe_path``, ``too_large``, ``bad_manifest``, ``bad_exercises``, ``keys_disagree``,
    ``no_working_copy``, ``other_file``, ``bad_folder``, ``write_failed``.
    ``params``: the values the message speaks of (a member's name, a version, a size).
    """

    def __init__(self, path: Path | str, code: str, **params: object) -> None:
        self.path = Path(path)
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(f"{self.path}: {self.message('en')}")

    def message(self, lang: str) -> str:
        """What is wrong and what to do, in ``lang``."""
        return text(lang, "workshop_error", self.code, **self.params)

    def text_in(self, lang: str) -> str:
        """The file's name and the message, for the command line."""
        return f"{self.path.name}: {self.message(lang)}"
