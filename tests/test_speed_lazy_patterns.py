"""Patterns compiled on first use (``textmend._lazy``): each compiles to what the module
asked for, each module uses them only through the methods a lazy pattern answers, and a
fresh interpreter cleaning a plain paragraph leaves most of them uncompiled."""

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
from textmend._lazy import METHODS, LazyPattern

REPO = Path(__file__).resolve().parent.parent


def _modules():
    names = ["textmend." + m.name for m in pkgutil.iter_modules(textmend.__path__) if not m.ispkg]
    names += ["textmend.normalizers." + m.name for m in pkgutil.iter_modules(importlib.import_module("textmend.normalizers").__path__)]
    return [importlib.import_module(n) for n in names if not n.endswith("__main__")]


def _lazy_globals(module):
    return {name: value for name, value in vars(module).items() if isinstance(value, LazyPattern)}


def test_there_are_lazy_patterns():
    assert sum(len(_lazy_globals(m)) for m in _modules()) > 100


@pytest.mark.parametrize("module", _modules(), ids=lambda m: m.__name__)
def test_each_lazy_pattern_compiles_to_what_was_asked(module):
    for name, lazy in _lazy_globals(module).items():
        compile, args, kwargs = lazy._make
        compiled = lazy.compiled()
        expected = compile(*args, **kwargs)
        assert (compiled.pattern, compiled.flags) == (expected.pattern, expected.flags), name
        for method in METHODS:
            assert getattr(lazy, method) == getattr(compiled, method), (name, method)


@pytest.mark.parametrize("module", _modules(), ids=lambda m: m.__name__)
def test_a_lazy_pattern_is_only_called_by_name(module):
    # Passed on, stored, or read for ``.pattern``, a lazy pattern would not be a pattern.
    lazy = set(_lazy_globals(module))
    if not lazy:
        return
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
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
    for other in _modules():
        if other is not module:
            for name in lazy:
                assert getattr(other, name, None) is not getattr(module, name), f"{other.__name__} imports {name}"


_FRESH = r"""
import json, sys
import textmend
from textmend._lazy import LazyPattern
textmend.clean("The council met on Tuesday. It said the plan was done, and the city would pay for it.")
lazy = [v for m in list(sys.modules.values()) if m and m.__name__.startswith("textmend")
        for v in vars(m).values() if isinstance(v, LazyPattern)]
print(json.dumps([len(lazy), sum("_compiled" in vars(v) for v in lazy)]))
"""


def test_a_plain_paragraph_leaves_most_patterns_uncompiled():
    out = subprocess.run([sys.executable, "-c", _FRESH], capture_output=True, text=True, check=True, cwd=REPO)
    total, compiled = json.loads(out.stdout)
    assert total > 100
    assert compiled < total / 4
