"""The OCDS 1.1.5 schemas vendored in ``resources/ocds`` and the validation against them.

The release schema is patched with the lots extension (v1.1.5) when it is loaded: the
extension is a JSON Merge Patch (RFC 7386), applied by :func:`merge_patch`, a dozen lines
that follow the RFC's own pseudo-code, rather than one more package to pin by hash in the
installers. The vendored files stay byte for byte as their sources publish them.

The package schema names the release schema by its URL; a ``referencing`` registry maps that
URL to the patched copy, so nothing is fetched. ``jsonschema`` is imported here only, and this
module only when an export runs (the command line and the window start without it).

Formats (``date-time``, ``uri``) are not checked: jsonschema checks them only with optional
packages the app does not ship; the export writes its dates itself, always with a time zone.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from core.paths import resources_dir

#: the OCDS version a package declares (``version``: major.minor)
VERSION = "1.1"
#: where the package schema's ``$ref`` points (the release schema's own ``id``)
RELEASE_SCHEMA_URL = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json"
#: the lots extension a package declares in ``extensions`` (the tag vendored)
LOTS_EXTENSION = (
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/"
    "v1.1.5/extension.json"
)
#: the JSON Schema keywords whose problems have their own words (``[ocds]`` of the texts);
#: the others are said with the validator's English message
WORDED = ("enum", "required", "type", "minItems", "uniqueItems")


def schema_dir() -> Path:
    return resources_dir() / "ocds"


def _load(*parts: str) -> dict:
    return json.loads((schema_dir().joinpath(*parts)).read_text(encoding="utf-8"))


def merge_patch(target: object, patch: object) -> object:
    """``patch`` applied to ``target`` as RFC 7386 says (section 2); ``target`` is not changed.

    An object patch merges key by key, a ``null`` value removes the key, anything else
    replaces the target whole (arrays included).
    """
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


@cache
def release_schema() -> dict:
    """The 1.1.5 release schema with the lots extension applied."""
    return merge_patch(_load("1.1.5", "release-schema.json"), _load("lots", "release-schema.json"))


@cache
def package_schema() -> dict:
    """The 1.1.5 release package schema, as published."""
    return _load("1.1.5", "release-package-schema.json")


@dataclass(frozen=True)
class Problem:
    """One place where a release or its package does not follow the schema."""

    path: str  # a JSON Pointer (RFC 6901) into the package: /releases/3/tender/status
    keyword: str  # the JSON Schema keyword that failed: enum, required, type…
    message: str  # the validator's own words (English)
    params: dict = field(default_factory=dict)  # what the words of ``keyword`` name


def pointer(parts: object) -> str:
    """A JSON Pointer from the steps of a path (keys and array indexes)."""
    steps = [str(p).replace("~", "~0").replace("/", "~1") for p in parts]
    return "/" + "/".join(steps) if steps else ""


def _problem(error, prefix: tuple) -> Problem:  # noqa: ANN001 - a jsonschema ValidationError
    params: dict[str, object] = {}
    if error.validator == "enum":
        params = {
            "value": json.dumps(error.instance, ensure_ascii=False, default=str),
            "choices": ", ".join(str(c) for c in error.validator_value if c is not None),
        }
    elif error.validator == "required":
        missing = [k for k in error.validator_value if k not in (error.instance or {})]
        params = {"field": ", ".join(missing)}
    elif error.validator == "type":
        kinds = error.validator_value
        params = {
            "value": json.dumps(error.instance, ensure_ascii=False, default=str),
            "kind": " / ".join(kinds) if isinstance(kinds, list) else str(kinds),
        }
    return Problem(pointer((*prefix, *error.absolute_path)), error.validator, error.message, params)


def _place(error) -> list[str]:  # noqa: ANN001 - a jsonschema ValidationError
    return [str(p) for p in error.absolute_path]


def inline(schema: object, definitions: dict, depth: int = 0) -> object:
    """``schema`` with every ``#/definitions/…`` reference replaced by its definition.

    The release schema has no recursive definition (a depth guard says so if a newer one
    had); validating against the inlined copy checks the same and spares jsonschema a
    lookup per reference, a fifth of its time.
    """
    if depth > 20:
        raise ValueError("the release schema has a recursive definition")
    if isinstance(schema, list):
        return [inline(s, definitions, depth) for s in schema]
    if not isinstance(schema, dict):
        return schema
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/definitions/"):
        return inline(definitions[ref.rsplit("/", 1)[1]], definitions, depth + 1)
    return {k: inline(v, definitions, depth) for k, v in schema.items()}


class Validator:
    """Checks releases against the patched release schema and a package's envelope against
    the package schema, offline. Building one loads jsonschema (about 0.1 s).

    The parties of a register repeat from tender to tender (a buyer, the same companies):
    a party already found valid is not checked again. Its release is checked with each party
    replaced by a stand-in that the ``parties`` array accepts as it accepts the real ones
    (an object, one per party), and two equal parties are refused here as the array's
    ``uniqueItems`` would refuse them. What is checked is the same; it is about twice as fast.
    """

    def __init__(self) -> None:
        from jsonschema import Draft4Validator
        from referencing import Registry
        from referencing.jsonschema import DRAFT4

        release = release_schema()
        registry = Registry().with_resource(RELEASE_SCHEMA_URL, DRAFT4.create_resource(release))
        definitions = release["definitions"]
        self._release = Draft4Validator(inline(release, definitions))
        self._party = Draft4Validator(inline(definitions["Organization"], definitions))
        self._package = Draft4Validator(package_schema(), registry=registry)
        self._good_parties: set[str] = set()

    def release_problems(self, release: dict, index: int) -> list[Problem]:
        """What is wrong with one release, placed at ``/releases/<index>`` of the package."""
        parties = release.get("parties")
        found: list[Problem] = []
        if isinstance(parties, list) and all(isinstance(p, dict) for p in parties):
            keys = [json.dumps(p, sort_keys=True, default=str) for p in parties]
            for k, (key, one) in enumerate(zip(keys, parties, strict=True)):
                if key in self._good_parties:
                    continue
                errors = sorted(self._party.iter_errors(one), key=_place)
                found += [_problem(e, ("releases", index, "parties", k)) for e in errors]
                if not errors:
                    self._good_parties.add(key)
            if len(set(keys)) != len(keys):
                found.append(
                    Problem(
                        pointer(("releases", index, "parties")),
                        "uniqueItems",
                        "the parties are not unique",
                    )
                )
            release = {**release, "parties": [{"id": str(k)} for k in range(len(parties))]}
        errors = sorted(self._release.iter_errors(release), key=_place)
        return [_problem(e, ("releases", index)) for e in errors] + found

    def package_problems(self, package: dict) -> list[Problem]:
        """What is wrong with a whole package (its releases are resolved through ``$ref``)."""
        errors = sorted(self._package.iter_errors(package), key=_place)
        return [_problem(e, ()) for e in errors]
