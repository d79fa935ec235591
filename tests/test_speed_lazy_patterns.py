"""Patterns compiled on first use (``textmend._lazy``): each compiles to what the module
asked for, each module uses them only through the methods a lazy pattern answers (so the
lazy object can stand for the pattern), a used one answers with its compiled
pattern's own methods, and a fresh interpreter cleaning a plain paragraph leaves most of them uncompiled."""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import textmend
from textmend._lazy import INSTANCES, METHODS

REPO = Path(__file__).resolve().parent.parent


def _modules():
    names = ["textmend." + m.name for m in pkgutil.iter_modules(textmend.__path__) if not m.ispkg]
    names += ["textmend.normalizers." + m.name for m in pkgutil.iter_modules(importlib.import_module("textmend.normalizers").__path__)]
    return [importlib.import_module(n) for n in names if not n.endswith("__main__")]


def _lazy_names(tree: ast.Module) -> set[str]:
    """The module-level names assigned ``LazyPattern(...)`` in a module's source."""
    return {
        node.targets[0].id
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and getattr(node.value.func, "id", None) == "LazyPattern"
        and isinstance(node.targets[0], ast.Name)
    }


def test_each_lazy_pattern_compiles_to_what_was_asked():
    _modules()
    assert len(INSTANCES) > 100
    for lazy in INSTANCES:
        compile, args, kwargs = lazy._make
        compiled = lazy.compiled()
        expected = compile(*args, **kwargs)
        assert (compiled.pattern, compiled.flags) == (expected.pattern, expected.flags), lazy
        for method in METHODS:
            assert getattr(lazy, method) == getattr(compiled, method), (lazy, method)


def test_a_used_lazy_pattern_answers_with_the_compiled_patterns_methods():
    from textmend.normalizers import quotes

    quotes.Quotes()("He said “it was done” and left, then “he came back.")
    names = _lazy_names(ast.parse(Path(quotes.__file__).read_text(encoding="utf-8")))
    used = [getattr(quotes, name) for name in names if "_compiled" in vars(getattr(quotes, name))]
    assert used
    for lazy in used:
        # Kept on the object: later calls never reach ``__getattr__`` again.
        for method in METHODS:
            assert vars(lazy)[method] == getattr(lazy.compiled(), method), (lazy, method)


@pytest.mark.parametrize("module", _modules(), ids=lambda m: m.__name__)
def test_a_lazy_pattern_is_only_called_by_name(module):
    # Passed on, stored, or read for ``.pattern``, a lazy pattern would not be a pattern.
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    lazy = _lazy_names(tree)
    if not lazy:
        return
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in lazy and isinstance(node.ctx, ast.Load):
            attribute = parents.get(node)
            call = parents.get(attribute)
            assert (
                isinstance(attribute, ast.Attribute)
                and attribute.attr in METHODS
                and isinstance(call, ast.Call)
                and call.func is attribute
            ), f"{module.__name__}.{node.id} line {node.lineno}"
        if isinstance(node, ast.Name) and node.id in lazy and isinstance(node.ctx, ast.Store):
            assert isinstance(parents.get(node), ast.Assign) and parents[node] in tree.body, node.id
    # Nor does another module import it or read it through the module.  (Read from the sources:
    # two modules' equal patterns are one object once compiled, regex caching its compiles.)
    short = module.__name__.rsplit(".", 1)[-1]
    for other in _modules():
        if other is module:
            continue
        for node in ast.walk(ast.parse(Path(other.__file__).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").rsplit(".", 1)[-1] == short:
                assert not lazy & {a.name for a in node.names}, f"{other.__name__} imports {lazy & {a.name for a in node.names}}"
            if isinstance(node, ast.Attribute) and node.attr in lazy and getattr(node.value, "id", None) == short:
                assert False, f"{other.__name__} reads {short}.{node.attr}"


_FRESH = r"""
import json, sys
import textmend
from textmend._lazy import INSTANCES
textmend.clean("The council met on Tuesday. It said the plan was done, and the city would pay for it.")
print(json.dumps([len(INSTANCES), sum("_compiled" in vars(v) for v in INSTANCES)]))
"""


def test_a_plain_paragraph_leaves_most_patterns_uncompiled():
    out = subprocess.run([sys.executable, "-c", _FRESH], capture_output=True, text=True, check=True, cwd=REPO)
    total, compiled = json.loads(out.stdout)
    assert total > 100
    assert compiled < total / 4
