"""Light value classes: ``@record`` gives a class what ``@dataclass`` would, without writing code.

``dataclasses`` writes the ``__init__``, ``__eq__``, ``__hash__``, ``__repr__`` and (frozen)
``__setattr__`` of each class as source text and compiles it: about 4 million instructions a
class, and importing ``dataclasses`` loads ``inspect``, ``ast`` and ``tokenize``. A command
that decides one procedure went through some twenty such classes before it wrote a word.
``@record`` gives every class the same few shared methods instead, which read the class's
fields at run time; creating the class costs what a plain class costs.

What it keeps of ``@dataclass``: fields from the annotations in order (the bases' first),
defaults, ``field(default_factory=..., compare=..., repr=..., hash=..., metadata=...)``,
``frozen``, ``kw_only``, ``eq`` (equal only to an instance of the very same class, on the
compared fields in order), the hash of a frozen class, ``__post_init__``, the same ``repr``, and
pickling and copying. ``fields`` and ``replace`` are this module's. What it leaves out:
``order``, ``slots``, ``InitVar``, ``ClassVar`` and ``__match_args__`` (no class here uses them).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at the start
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import dataclass_transform
else:

    def dataclass_transform(**_kwargs):  # tells a type checker what ``record`` does
        return lambda decorated: decorated


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()


class FrozenInstanceError(AttributeError):
    """A field of a frozen record was assigned or deleted."""


class Field:
    """One field of a record: its name, default (or factory) and what it takes part in."""

    __slots__ = ("name", "default", "default_factory", "compare", "repr", "hash", "kw_only")
    __slots__ += ("metadata",)

    def __init__(
        self,
        default: object = MISSING,
        default_factory: Callable[[], object] | None = None,
        compare: bool = True,
        repr: bool = True,  # noqa: A002 (the name ``dataclasses.field`` gives it)
        hash: bool | None = None,  # noqa: A002
        metadata: Mapping | None = None,
        kw_only: bool | None = None,
    ) -> None:
        if default is not MISSING and default_factory is not None:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.default = default
        self.default_factory = default_factory
        self.compare = compare
        self.repr = repr
        self.hash = compare if hash is None else hash
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    @property
    def required(self) -> bool:
        """No default and no factory: ``__init__`` must be given it."""
        return self.default is MISSING and self.default_factory is None

    def __repr__(self) -> str:
        return f"Field(name={self.name!r}, default={self.default!r})"


def field(
    *,
    default: object = MISSING,
    default_factory: Callable[[], object] | None = None,
    compare: bool = True,
    repr: bool = True,  # noqa: A002
    hash: bool | None = None,  # noqa: A002
    metadata: Mapping | None = None,
    kw_only: bool | None = None,
) -> object:
    """A field with options, as ``dataclasses.field`` takes them."""
    return Field(default, default_factory, compare, repr, hash, metadata, kw_only)


def fields(class_or_instance: object) -> tuple[Field, ...]:
    """The fields of a record class or instance, in order; TypeError for anything else."""
    try:
        return class_or_instance.__record_fields__
    except AttributeError:
        raise TypeError(f"{class_or_instance!r} is not a record") from None


def is_record(value: object) -> bool:
    """True for a record instance (not for its class)."""
    return hasattr(type(value), "__record_fields__")


def replace(obj: object, /, **changes: object) -> object:
    """A new record of the same class with ``changes``, as ``dataclasses.replace`` makes it."""
    for f in fields(obj):
        if f.name not in changes:
            changes[f.name] = obj.__dict__[f.name]
    return type(obj)(**changes)


@dataclass_transform(field_specifiers=(field, Field))
def record(
    cls: type | None = None,
    /,
    *,
    frozen: bool = False,
    kw_only: bool = False,
    eq: bool = True,
) -> object:
    """Make ``cls`` a record (see the module's text); used as ``@record`` or ``@record(...)``."""
    if cls is None:
        return lambda cls: _make(cls, frozen, kw_only, eq)
    return _make(cls, frozen, kw_only, eq)


def _make(cls: type, frozen: bool, kw_only: bool, eq: bool) -> type:
    own = cls.__dict__.get("__annotations__", {})
    found: dict[str, Field] = {}
    for base in cls.__mro__[-1:0:-1]:
        for f in base.__dict__.get("__record_fields__", ()):
            found[f.name] = f
    for name in own:
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else Field(value)
        f.name = name
        if f.kw_only is None:
            f.kw_only = kw_only
        if isinstance(value, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        found[name] = f
    every = tuple(found.values())
    positional = tuple(f for f in every if not f.kw_only)
    for before, after in zip(positional, positional[1:], strict=False):
        if not before.required and after.required:
            raise TypeError(f"non-default argument {after.name!r} follows default argument")
    cls.__record_fields__ = every
    cls.__record_positional__ = tuple(f.name for f in positional)
    cls.__record_names__ = frozenset(found)
    cls.__record_defaults__ = tuple(
        (f.name, f.default, f.default_factory) for f in every if not f.required
    )
    cls.__record_compared__ = tuple(f.name for f in every if f.compare)
    cls.__record_hashed__ = tuple(f.name for f in every if f.hash)
    cls.__record_shown__ = tuple(f.name for f in every if f.repr)
    cls.__record_post_init__ = hasattr(cls, "__post_init__")
    explicit_hash = cls.__dict__.get("__hash__", MISSING)
    if explicit_hash is None and "__eq__" in cls.__dict__:
        explicit_hash = MISSING  # the None Python sets for a class that defines __eq__ only
    _set(cls, "__init__", _init)
    _set(cls, "__repr__", _repr)
    if eq:
        _set(cls, "__eq__", _eq)
    if frozen:
        _set(cls, "__setattr__", _frozen_setattr)
        _set(cls, "__delattr__", _frozen_delattr)
    if eq and explicit_hash is MISSING:
        cls.__hash__ = _hash if frozen else None  # as dataclasses: eq without frozen is unhashable
    return cls


def _set(cls: type, name: str, method: object) -> None:
    """Give ``cls`` a method unless its body defines one (as ``dataclasses`` does)."""
    if name not in cls.__dict__:
        setattr(cls, name, method)


def _init(self: object, /, *args: object, **kwargs: object) -> None:
    cls = type(self)
    if not args and kwargs.keys() == cls.__record_names__:  # every field by name: the engines
        self.__dict__.update(kwargs)
        if cls.__record_post_init__:
            self.__post_init__()
        return
    positional = cls.__record_positional__
    if len(args) > len(positional):
        raise TypeError(
            f"{cls.__qualname__}.__init__() takes {len(positional) + 1} positional arguments "
            f"but {len(args) + 1} were given"
        )
    values = dict(zip(positional, args, strict=False))
    for name in kwargs:
        if name in values:
            raise TypeError(f"{cls.__qualname__}.__init__() got multiple values for {name!r}")
        if name not in cls.__record_names__:
            raise TypeError(f"{cls.__qualname__}.__init__() got an unexpected keyword {name!r}")
    values.update(kwargs)
    for name, default, factory in cls.__record_defaults__:
        if name not in values:
            values[name] = default if factory is None else factory()
    if len(values) < len(cls.__record_fields__):
        missing = [f.name for f in cls.__record_fields__ if f.name not in values]
        raise TypeError(f"{cls.__qualname__}.__init__() missing arguments: {', '.join(missing)}")
    self.__dict__.update(values)
    if cls.__record_post_init__:
        self.__post_init__()


def _repr(self: object) -> str:
    shown = ", ".join(f"{name}={self.__dict__[name]!r}" for name in type(self).__record_shown__)
    return f"{type(self).__qualname__}({shown})"


def _eq(self: object, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    mine, theirs, names = self.__dict__, other.__dict__, self.__record_compared__
    return [mine[name] for name in names] == [theirs[name] for name in names]


def _hash(self: object) -> int:
    return hash(tuple(self.__dict__[name] for name in type(self).__record_hashed__))


def _frozen_setattr(self: object, name: str, value: object) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: object, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")
