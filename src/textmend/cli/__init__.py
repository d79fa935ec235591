"""The ``textmend`` command: clean files, streams and JSONL corpora; show what changed.

``main(argv)`` runs it and returns the exit status (the console script and
``python -m textmend`` call :func:`main_entry`).  Exit status:

* 0: done (with ``--check``: nothing would change);
* 1: ``--check`` found text that would change;
* 2: usage error;
* 3: bad input (unreadable file, text that does not decode, a JSONL line that
  is not JSON or lacks the field), or output that cannot be written; what was
  written to standard output before it stays written, whole;
* 130: interrupted; 141: the reader of standard output went away (``| head``).

Input is read as bytes and decoded here, so line endings (``\\r\\n``) pass
through untouched and a decoding error can name its line.  A JSONL stream is
read line by line and cleaned in batches (in worker processes with
``--jobs``), never whole; a record that does not change is copied byte for
byte.

The package, one concern per module:

* :mod:`.args`: the argument parser and the checks made before any input is read;
* :mod:`.work`: reading inputs into items, and cleaning one item (what a worker does);
* :mod:`.jobs`: running batches of items in order, in a pool of worker processes;
* :mod:`.sinks`: where the output goes (standard output, a FIFO or device, a file replaced atomically);
* :mod:`.jsonl`: rewriting one field of a JSON line in place;
* :mod:`.reporting`: the summary and the progress bar (diffs and explanations are
  formatted by :class:`textmend.Result`, shared with the API);
* :mod:`.command`: ``main``, which ties them together.

>>> main(["--list"])  # doctest: +ELLIPSIS
invisible    ...
0
"""

from __future__ import annotations

from .command import main, main_entry

__all__ = ["main", "main_entry"]
