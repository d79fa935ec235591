"""Every normalizer textmend ships, by its stable name."""

from __future__ import annotations

import importlib
import inspect

from .normalizer import Normalizer

__all__ = ["NORMALIZERS", "build", "normalizer_class"]

#: name -> "module:Class", imported on first use so that ``import textmend``
#: stays cheap.  The default pipeline's order is :data:`textmend.api.DEFAULT_ORDER`.
NORMALIZERS: dict[str, str] = {
    "invisible": "textmend.normalizers.invisible:Invisible",
    "mojibake": "textmend.normalizers.mojibake:Mojibake",
    "whitespace": "textmend.normalizers.whitespace:Whitespace",
    "fused": "textmend.normalizers.fused:FusedTokens",
    "punctuation": "textmend.normalizers.punctuation:PunctuationSpacing",
    "quotes": "textmend.normalizers.quotes:Quotes",
    "repeats": "textmend.normalizers.repeats:RepeatedWords",
    # Opt-in (not in the default pipeline): the style of quotation marks is not damage.
    "curly": "textmend.normalizers.quote_style:Curly",
    "straight": "textmend.normalizers.quote_style:Straight",
}


def normalizer_class(name: str) -> type[Normalizer]:
    """The class registered under ``name``.

    >>> normalizer_class("whitespace").__name__
    'Whitespace'
    """
    try:
        target = NORMALIZERS[name]
    except KeyError:
        raise ValueError(f"unknown normalizer {name!r}; known: {', '.join(NORMALIZERS)}") from None
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)


def build(name: str, **options: object) -> Normalizer:
    """An instance of normalizer ``name``, given the options its class accepts.

    Options the class does not take (``lang`` for a language-blind one) are
    ignored, so one set of options can configure a whole pipeline.
    """
    cls = normalizer_class(name)
    params = inspect.signature(cls.__init__).parameters
    accepted = {k: v for k, v in options.items() if k in params}
    return cls(**accepted)
