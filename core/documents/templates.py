"""The wording of a document, from an editable template per language (resources/templates).

A template is a TOML file ``{name}.{lang}.toml`` of texts and lists of texts with named
placeholders (``{body}``). It is read again for every document, so a user's edit shows in the
next one. A file that cannot be read, a text that is missing, or a placeholder the document
does not fill is a DocumentError that names the file and the text or the placeholder.
"""

from __future__ import annotations

import string
import tomllib
from pathlib import Path

from core.documents.common import DocumentError, t
from core.paths import resources_dir
from core.texts.citations import contract
from core.texts.words import fill


def template_path(name: str, lang: str) -> Path:
    """Where the template ``name`` of ``lang`` is."""
    return resources_dir() / "templates" / f"{name}.{lang}.toml"


class Template:
    """The texts of one template file, filled in the language of the document."""

    def __init__(self, path: Path, data: dict, lang: str) -> None:
        self.path = path
        self._data = data
        self._lang = lang

    def _error(self, message: str, **params: object) -> DocumentError:
        return DocumentError("template", t(self._lang, message, file=str(self.path), **params))

    def _raw(self, key: str, kind: type) -> object:
        value = self._data.get(key)
        if not isinstance(value, kind) or (kind is list and not value):
            raise self._error("template_missing", name=key)
        return value

    def _filled(self, key: str, template: object, values: dict[str, object]) -> str:
        if not isinstance(template, str):
            raise self._error("template_missing", name=key)
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        except ValueError:  # a lone brace
            raise self._error("template_broken", name=key) from None
        for field in fields:
            if field not in values:
                raise self._error("template_placeholder", name=key, placeholder=field)
        # « de le collège communal » is written « du collège communal »
        return contract(self._lang, fill(template, self._lang, **values))

    def text(self, key: str, **values: object) -> str:
        """The text ``key`` with ``values`` in its placeholders."""
        return self._filled(key, self._raw(key, str), values)

    def lines(self, key: str, **values: object) -> list[str]:
        """The list of texts ``key``, each filled with ``values``."""
        return [self._filled(key, line, values) for line in self._raw(key, list)]


def load(name: str, lang: str) -> Template:
    """The template ``name`` in ``lang``, read from its file now."""
    path = template_path(name, lang)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DocumentError(
            "template", t(lang, "template_unreadable", file=str(path), problem=str(exc))
        ) from None
    return Template(path, data, lang)
