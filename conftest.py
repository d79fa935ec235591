"""Collection rules for the whole repository (tests/ and the doctests in src/)."""

import importlib.util

# textmend.dask's doctests need the `dask` extra; without it, skip that module
# rather than fail (`pip install -e ".[test]"` brings it in).
collect_ignore = []
if importlib.util.find_spec("dask") is None or importlib.util.find_spec("pandas") is None:
    collect_ignore.append("src/textmend/dask.py")
