"""Regular expressions compiled when first used, not when their module is imported.

The stages hold a few hundred module-level patterns, most of which only a rare kind of
candidate wakes (a clean English paragraph asks a tenth of them); compiling them all
at import was about a fifth of ``clean()``'s cold start.  A lazy pattern costs nothing
until one of its methods is asked for; then it compiles once and puts the compiled
pattern in its place: the module global that named it (found in the globals of the code
that asked) now names the compiled pattern, so every later call is the compiled pattern's
own, at no cost (a call through the lazy object itself was about a tenth of a microsecond
slower, and the hot patterns are called per token).  A reference held elsewhere still
answers, through the lazy object.

Only for a module-level pattern whose every use is a call of one of ``METHODS`` on its
name (``tests/test_speed_lazy_patterns.py`` holds the modules to that, and compiles
every lazy pattern, so a mistake in one is found by the tests, not at a user's first
text that needs it).
"""

from __future__ import annotations

import sys
from typing import Any, Callable

#: The methods a lazy pattern answers (everything the stages call on a module pattern).
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

#: Every lazy pattern made, compiled or not (for the tests, which compile them all).
INSTANCES: list[LazyPattern] = []


class LazyPattern:
    """``compile(*args, **kwargs)``, done the first time a method is asked for.

    >>> import regex
    >>> words = LazyPattern(regex.compile, r"\\w+")
    >>> kept = [words]  # a reference elsewhere, which keeps the lazy object
    >>> "_compiled" in vars(words)  # nothing compiled yet
    False
    >>> words.findall("two words"), words.search("x y").group()
    (['two', 'words'], 'x')
    >>> type(words).__name__, words is kept[0].compiled()  # the name now holds the compiled pattern
    ('Pattern', True)
    >>> kept[0].search("x y").group()  # and the lazy object answers as well
    'x'
    """

    def __init__(self, compile: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._make = (compile, args, kwargs)
        INSTANCES.append(self)

    def compiled(self) -> Any:
        """The compiled pattern (compiled now if it was not yet)."""
        pattern = self.__dict__.get("_compiled")
        if pattern is None:
            compile, args, kwargs = self._make
            pattern = compile(*args, **kwargs)
            self._compiled = pattern
        return pattern

    def __getattr__(self, name: str) -> Any:
        # Reached for every attribute (the instance's dict holds only ``_make`` and
        # ``_compiled``); the module's name is replaced at the first call, so this runs once
        # per pattern on the stages' paths.
        if name not in METHODS:
            raise AttributeError(name)
        pattern = self.compiled()
        scope = sys._getframe(1).f_globals
        for key in [key for key, value in scope.items() if value is self]:
            scope[key] = pattern
        return getattr(pattern, name)

    def __repr__(self) -> str:
        compile, args, _ = self._make
        return f"LazyPattern({compile.__module__}.compile, {', '.join(map(repr, args))})"
