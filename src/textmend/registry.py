"""Every normalizer textmend can build, by its stable name: the built-ins and plugins.

Normalizers are found through the entry-point group ``textmend.normalizers``
(:data:`ENTRY_POINT_GROUP`): each entry maps a name to ``module:Class``.
textmend registers its own normalizers there the same way a third-party
package does, in its ``pyproject.toml``::

    [project.entry-points."textmend.normalizers"]
    shout = "my_package.shout:Shout"

:data:`DEFAULT_ORDER` is the one place that says which normalizers
:func:`textmend.clean` runs, and in which order.  Classes are imported on
first use, so ``import textmend`` stays cheap.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Iterator, MutableMapping

from .normalizer import Normalizer

__all__ = ["DEFAULT_ORDER", "ENTRY_POINT_GROUP", "NORMALIZERS", "build", "normalizer_class"]

log = logging.getLogger("textmend")

ENTRY_POINT_GROUP = "textmend.normalizers"

#: Names of the normalizers :func:`textmend.clean` runs, in order.  Debris and
#: encoding damage go first so that later stages see real characters; spacing
#: is settled before tokens are split and quotes read; repeats go last, when the
#: words are where they belong.  Other registered normalizers (``curly``,
#: ``straight``, plugins) are opt-in.
DEFAULT_ORDER: tuple[str, ...] = (
    "invisible",
    "mojibake",
    "whitespace",
    "fused",
    "punctuation",
    "quotes",
    "repeats",
)

_BUILTIN_PACKAGE = "textmend.normalizers"


class _Registry(MutableMapping[str, str]):
    """name -> ``"module:Class"``, read from the entry points on first use.

    Entries can be set and removed in a running process too (a test, a notebook):
    ``NORMALIZERS["shout"] = "my_module:Shout"``.
    """

    def __init__(self) -> None:
        self._targets: dict[str, str] | None = None

    def _load(self) -> dict[str, str]:
        if self._targets is None:
            self._targets = _discover()
        return self._targets

    def refresh(self) -> None:
        """Read the entry points again (after installing a plugin in a running process)."""
        self._targets = None
        _classes.clear()

    def __getitem__(self, name: str) -> str:
        return self._load()[name]

    def __setitem__(self, name: str, target: str) -> None:
        self._load()[name] = target
        _classes.pop(name, None)

    def __delitem__(self, name: str) -> None:
        del self._load()[name]
        _classes.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def __repr__(self) -> str:
        return f"NORMALIZERS({self._load()!r})"


def _discover() -> dict[str, str]:
    # Imported here: importlib.metadata (email, zipfile, csv...) is a tenth of a second of a
    # cold start, and the default pipeline does not need it (see ``_BUILTIN_TARGETS``).
    from importlib import metadata

    targets: dict[str, str] = {}
    for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.value):
        builtin = ep.value.startswith(_BUILTIN_PACKAGE + ".")
        if ep.name in targets and targets[ep.name] != ep.value:
            if builtin:
                log.warning("textmend: normalizer %r of %s is shadowed by textmend's own", ep.name, targets[ep.name])
            else:
                log.warning("textmend: normalizer %r is registered twice; %s is ignored", ep.name, ep.value)
                continue
        targets[ep.name] = ep.value
    if not all(name in targets for name in DEFAULT_ORDER):
        # textmend itself is not installed (its source folder is on sys.path), so its
        # entry points are not there to read: find the built-ins by their modules.
        targets.update(_builtin_targets())
    # The default pipeline's order first, then the rest by name: listings read the same everywhere.
    return {name: targets[name] for name in sorted(targets, key=_rank)}


def _rank(name: str) -> tuple[int, str]:
    return (DEFAULT_ORDER.index(name), "") if name in DEFAULT_ORDER else (len(DEFAULT_ORDER), name)


def _builtin_targets() -> dict[str, str]:
    package = importlib.import_module(_BUILTIN_PACKAGE)
    found: dict[str, str] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{_BUILTIN_PACKAGE}.{info.name}")
        for attr, obj in vars(module).items():
            if (
                isinstance(obj, type)
                and issubclass(obj, Normalizer)
                and obj.__module__ == module.__name__
                and obj.name
            ):
                found[obj.name] = f"{module.__name__}:{attr}"
    return found


#: The built-in normalizers' targets: textmend's own entry points (``pyproject.toml``) and
#: what ``_builtin_targets`` finds by their modules (a test holds the three equal).  Until
#: the registry has been read (listed, changed, refreshed), a built-in name resolves here:
#: a built-in wins over a plugin of the same name whatever the entry points say, so the
#: class is the same, and ``clean()``'s first call does not pay for reading every installed
#: distribution's metadata.  (A plugin shadowed by a built-in is still reported, when the
#: registry is read.)
_BUILTIN_TARGETS: dict[str, str] = {
    "invisible": "textmend.normalizers.invisible:Invisible",
    "mojibake": "textmend.normalizers.mojibake:Mojibake",
    "whitespace": "textmend.normalizers.whitespace:Whitespace",
    "fused": "textmend.normalizers.fused:FusedTokens",
    "punctuation": "textmend.normalizers.punctuation:PunctuationSpacing",
    "quotes": "textmend.normalizers.quotes:Quotes",
    "repeats": "textmend.normalizers.repeats:RepeatedWords",
    "curly": "textmend.normalizers.quote_style:Curly",
    "straight": "textmend.normalizers.quote_style:Straight",
}

_REGISTRY = _Registry()

#: name -> ``"module:Class"`` of every normalizer found, built-in or plugin.
NORMALIZERS: MutableMapping[str, str] = _REGISTRY

_classes: dict[str, type[Normalizer]] = {}


def normalizer_class(name: str) -> type[Normalizer]:
    """The class registered under ``name``.

    >>> normalizer_class("whitespace").__name__
    'Whitespace'
    >>> normalizer_class("nope")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: unknown normalizer 'nope'; known: invisible, mojibake, whitespace, ...
    """
    cls = _classes.get(name)
    if cls is not None:
        return cls
    try:
        target = _BUILTIN_TARGETS[name] if _REGISTRY._targets is None and name in _BUILTIN_TARGETS else NORMALIZERS[name]
    except KeyError:
        raise ValueError(f"unknown normalizer {name!r}; known: {', '.join(known_names())}") from None
    module, _, attr = target.partition(":")
    cls = getattr(importlib.import_module(module), attr)
    if not (isinstance(cls, type) and issubclass(cls, Normalizer)):
        raise TypeError(f"{target} (registered as normalizer {name!r}) is not a textmend Normalizer")
    if cls.name != name:
        raise ValueError(f"{target} is registered as {name!r} but calls itself {cls.name!r}")
    _classes[name] = cls
    return cls


def known_names() -> list[str]:
    """Every registered name: the default pipeline's order first, then the rest by name.

    >>> known_names()[:3]
    ['invisible', 'mojibake', 'whitespace']
    """
    return list(NORMALIZERS)


def build(name: str, **options: object) -> Normalizer:
    """An instance of normalizer ``name`` with ``options``.

    An option the normalizer does not take is an error naming those it does;
    ``lang`` is taken by every normalizer, so one language configures a whole
    pipeline.

    >>> build("fused", lang="de")
    FusedTokens(lang='de')
    >>> build("fused", lnag="de")
    Traceback (most recent call last):
    ...
    TypeError: fused has no option 'lnag'; it accepts: lang
    """
    return normalizer_class(name)(**options)
