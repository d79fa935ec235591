"""Regular expressions compiled when first used, not when their module is imported.

The stages hold a few hundred module-level patterns, most of which only a rare kind of
candidate wakes (a clean English paragraph asks a tenth of them); compiling them all
at import was about a fifth of ``clean()``'s cold start.  A lazy pattern costs nothing
until one of its methods is asked for; then it compiles once and keeps the compiled
pattern's bound methods in its own attributes, so every later call finds the method in
the instance's dictionary, the way a compiled pattern's own call finds it, and pays
nothing for being lazy (``__getattr__`` is not reached again).  Nothing outside the
object changes.

Only for a module-level pattern whose every use is a call of one of ``METHODS`` on its
name (``tests/test_speed_lazy_patterns.py`` holds the modules to that, and compiles
every lazy pattern, so a mistake in one is found by the tests, not at a user's first
text that needs it).
"""

from __future__ import annotations

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
    >>> "search" in vars(words)  # the compiled pattern's methods are kept on the object
    True
    >>> type(words.compiled()).__name__
    'Pattern'
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
        # Reached only until the first call: it stores every method of ``METHODS``, bound
        # to the compiled pattern, as an attribute of this object, and a stored attribute
        # is found before ``__getattr__`` is asked.
        if name not in METHODS:
            raise AttributeError(name)
        pattern = self.compiled()
        for method in METHODS:
            setattr(self, method, getattr(pattern, method))
        return getattr(pattern, name)

    def __repr__(self) -> str:
        compile, args, _ = self._make
        return f"LazyPattern({compile.__module__}.compile, {', '.join(map(repr, args))})"
