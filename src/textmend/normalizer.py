"""The normalizer contract: one kind of damage, found and explained as edits.

Every normalizer is configured by one typed, immutable, validated options
object (a frozen dataclass, in the spirit of ftfy's ``TextFixerConfig``):
:class:`Options` holds what every normalizer takes (``lang``), and a
normalizer with options of its own declares a subclass as its ``Options``.
A misspelt or unknown option is an error naming the accepted ones, and the
options show in ``repr`` and count in equality and hashing.
"""

from __future__ import annotations

import dataclasses
import typing
from abc import ABC, abstractmethod
from typing import Any, ClassVar, Literal, Sequence, Union, get_args, get_origin

from .edits import Edit, Row, RunEdit, apply_edits, edit_row

__all__ = ["Normalizer", "Options"]


@dataclasses.dataclass(frozen=True)
class Options:
    """Options every normalizer accepts.

    ``lang`` is the language of the text: any tag
    :func:`textmend.language.normalize_lang` reads (``"en"``, ``"pt-BR"``,
    ``"deu"``), kept as wordfreq's code, or ``"auto"`` (each paragraph's own
    language, identified by the :class:`~textmend.Pipeline`), or ``"und"``
    (undetermined: only the repairs that need no language).  Language-blind
    normalizers accept it too and ignore it, so one set of options configures
    a whole pipeline.

    >>> Options(lang="de-AT")
    Options(lang='de')
    >>> Options(lang=3)
    Traceback (most recent call last):
    ...
    TypeError: option lang must be str, not int
    """

    lang: str = "en"

    def __post_init__(self) -> None:
        check_option_types(self)
        from .language import normalize_lang

        object.__setattr__(self, "lang", normalize_lang(self.lang))

    @classmethod
    def option_types(cls) -> dict[str, Any]:
        """The type of each option, as :func:`check_option_types` holds the values to them:
        the annotations, resolved.  A subclass may answer ``Any`` for an option it checks itself."""
        return typing.get_type_hints(cls)

    @classmethod
    def build(cls, base: "Options | None", changes: dict[str, Any], owner: str) -> "Options":
        """Options from ``base`` (or the defaults) with ``changes`` applied.

        ``owner`` names the normalizer, for the error on an unknown option.
        Subclasses override this to accept aliases (``Mojibake`` takes ftfy's
        options one by one too).
        """
        accepted = [f.name for f in dataclasses.fields(cls)]
        unknown = sorted(k for k in changes if k not in accepted)
        if unknown:
            raise TypeError(
                f"{owner} has no option {', '.join(map(repr, unknown))}; it accepts: {', '.join(accepted)}"
            )
        if base is None:
            return cls(**changes)
        if not isinstance(base, cls):
            raise TypeError(
                f"{owner} takes its options as keywords (lang='de') or as one {cls.__qualname__}, "
                f"not {type(base).__name__}"
            )
        return dataclasses.replace(base, **changes) if changes else base

    def changed(self) -> dict[str, Any]:
        """The options that differ from their defaults, for ``repr``."""
        out = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            default = f.default if f.default is not dataclasses.MISSING else (
                f.default_factory() if f.default_factory is not dataclasses.MISSING else dataclasses.MISSING
            )
            if value != default:
                out[f.name] = value
        return out


def check_option_types(options: Any) -> None:
    """Raise ``TypeError`` where a field of the dataclass ``options`` has the wrong type.

    Understands plain classes, ``Literal[...]``, ``Optional``/unions of those and
    ``Any``; other annotations are not checked.
    """
    hints = type(options).option_types()
    for f in dataclasses.fields(options):
        hint = hints.get(f.name, Any)
        if hint is Any:
            continue  # anything fits (and the value is not read: a default built on first read stays unbuilt)
        value = getattr(options, f.name)
        if not _fits(value, hint):
            if get_origin(hint) is Literal:
                allowed = ", ".join(map(repr, get_args(hint)))
                raise ValueError(f"option {f.name} must be one of {allowed}, not {value!r}")
            raise TypeError(f"option {f.name} must be {_describe(hint)}, not {type(value).__name__}")


def _fits(value: Any, hint: Any) -> bool:
    if hint is Any:
        return True
    origin = get_origin(hint)
    if origin is Literal:
        return any(value == a and type(value) is type(a) for a in get_args(hint))
    if origin is Union or (origin is not None and type(hint).__name__ == "UnionType"):
        return any(_fits(value, a) for a in get_args(hint))
    if hint is type(None):
        return value is None
    if isinstance(hint, type):
        if hint is float:
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if hint is int:
            return isinstance(value, int) and not isinstance(value, bool)
        return isinstance(value, hint)
    return True


def _describe(hint: Any) -> str:
    args = get_args(hint)
    if args:
        return " or ".join(_describe(a) for a in args)
    return "None" if hint is type(None) else getattr(hint, "__name__", str(hint))


class Normalizer(ABC):
    """A small, pure, deterministic repair for one kind of damage.

    Subclasses set a stable ``name`` and a one-line ``summary`` and implement
    :meth:`find_edits`, which returns sorted, disjoint edits against the text
    it was given (an empty list when there is nothing to do; that answer
    should come from a cheap scan).  ``removes_content`` declares that the
    normalizer may take letters or digits out (a repeated word, a control
    character); normalizers that only move spaces and punctuation leave it
    ``False``, and the property tests hold them to it.

    Options come as keywords or as one options object (``Options`` of the
    class), and read as attributes:

    >>> from textmend.normalizers.whitespace import Whitespace
    >>> Whitespace(lang="de").lang
    'de'
    >>> Whitespace(lnag="de")
    Traceback (most recent call last):
    ...
    TypeError: whitespace has no option 'lnag'; it accepts: lang, flatten_typographic

    A normalizer is also a plain ``str -> str`` function:

    >>> Whitespace()("two  spaces ")
    'two spaces'
    """

    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    removes_content: ClassVar[bool] = False
    #: True when the :class:`~textmend.Pipeline` keeps the normalizer off the lines that
    #: are bytes that never were text (:func:`textmend.analysis.never_text_line`): a stage
    #: that judges words and marks has nothing to repair there, and any edit is a guess.
    leaves_never_text: ClassVar[bool] = False
    #: True when the normalizer's repairs do not depend on the language.  A
    #: language-aware one built with ``lang="auto"`` is run by the
    #: :class:`~textmend.Pipeline` once per language found in the text, each time
    #: on that language's paragraphs, and not at all on paragraphs of unsure language.
    language_blind: ClassVar[bool] = False
    #: The options class of this normalizer: :class:`Options` or a subclass.
    Options: ClassVar[type[Options]] = Options

    def __init__(self, options: Options | None = None, /, **changes: Any) -> None:
        self.options = self.Options.build(options, changes, self.name or type(self).__name__)

    def __getattr__(self, attr: str) -> Any:
        # Only reached when normal lookup fails: options read as attributes (``n.lang``).
        options = self.__dict__.get("options")
        if options is not None and attr in getattr(type(options), "__dataclass_fields__", ()):
            return getattr(options, attr)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {attr!r}")

    @abstractmethod
    def find_edits(self, text: str) -> list[Edit]:
        """Sorted, disjoint edits that repair ``text``; ``[]`` when it is fine."""

    def may_edit(self, text: str) -> bool:
        """The cheap candidate check: ``False`` only when :meth:`find_edits` surely
        finds nothing in ``text``.

        The :class:`~textmend.Pipeline` asks it before it runs the stage, so a stage
        with no candidate in a text costs one scan, and a language-aware stage with
        none needs no language identification.  ``True`` (the default) promises
        nothing.  A ``lang="auto"`` stage answers for every language it may be built
        for.

        >>> from textmend.normalizers.whitespace import Whitespace
        >>> Whitespace().may_edit("one space"), Whitespace().may_edit("two  spaces")
        (False, True)
        """
        return True

    def find_edits_within(self, text: str, spans: Sequence[tuple[int, int]]) -> list[Edit]:
        """The edits of :meth:`find_edits` that lie inside ``spans`` (sorted, disjoint ``(start, end)``).

        The whole text stays the context (a quotation's next paragraph, the
        document's vocabulary).  This default reads the whole text and keeps the
        edits inside the spans; a normalizer can look at the spans alone instead.
        """
        kept: list[Edit] = []
        i, n = 0, len(spans)
        for e in self.find_edits(text):
            while i < n and spans[i][1] < e.end:
                i += 1
            if i < n and spans[i][0] <= e.start:
                kept.append(e)
            elif type(e) is RunEdit:
                # A dense run not wholly inside a span: the separate repairs it stands for, those
                # inside the spans kept, as the stage would have reported them one by one.
                j = i
                while j > 0 and spans[j - 1][1] > e.start:
                    j -= 1
                for part in e.separate():
                    while j < n and spans[j][1] < part.end:
                        j += 1
                    if j < n and spans[j][0] <= part.start:
                        kept.append(part)
        return kept

    def _find_rows(self, text: str) -> list[Row]:
        """:meth:`find_edits` as rows (:data:`~textmend.edits.Row`), what a
        :class:`~textmend.Pipeline` carries between its stages.  A stage that can make
        many edits (adversarial input) makes its rows without :class:`Edit` objects."""
        return [edit_row(e) for e in self.find_edits(text)]

    def _find_rows_within(self, text: str, spans: Sequence[tuple[int, int]]) -> list[Row]:
        """:meth:`find_edits_within` as rows."""
        return [edit_row(e) for e in self.find_edits_within(text, spans)]

    def __call__(self, text: str) -> str:
        return apply_edits(text, self.find_edits(text))

    def edit(self, text: str, start: int, end: int, new: str, reason: str, confidence: float = 1.0) -> Edit:
        """An :class:`Edit` of this normalizer replacing ``text[start:end]``."""
        return Edit(start, end, text[start:end], new, self.name, reason, confidence)

    def _identity(self) -> tuple[Any, ...]:
        # Options first; a normalizer that keeps other state of its own counts it too.
        state = tuple(sorted((k, v) for k, v in vars(self).items() if k != "options"))
        return (getattr(self, "options", None), state)

    def __repr__(self) -> str:
        options = getattr(self, "options", None)
        items = options.changed() if isinstance(options, Options) else {}
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in items.items())})"

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self._identity() == other._identity()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), self._identity()))
