"""Write the language identifier's word tables as package data.

    python tools/build_langid_tables.py

The identifier (src/textmend/language.py) votes with the frequent words of every
wordfreq language of a script.  Building that table from wordfreq's lists costs about
half a second of CPU for Latin, most of a first ``clean()``; loading it precomputed
costs a fraction.  This script builds each shared script's table with
``language.build_vocabulary`` (the same code the library falls back on) and stores it
with a fingerprint of the wordfreq lists it came from, so a table made from another
wordfreq release is ignored rather than trusted.  Rerun it after upgrading wordfreq or
changing the vocabulary's settings; tests/test_language_tables.py fails until then.
"""

from __future__ import annotations

import gzip
import pickle
import sys

from textmend import language


def write_table(script: str) -> int:
    """Build and store the table of ``script``; the number of words in it."""
    vocabulary = language.build_vocabulary(script)
    path = language.table_path(script)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Read in place (language._WordTable): the words sorted in one string, each word's row
    # number in an array, and the distinct rows once (162k Latin words have 26k distinct
    # rows): loading makes no dict and no tuple per word (99 -> 34 ms of a cold start's CPU).
    payload = language.table_payload(vocabulary)
    # mtime=0: the same wordfreq gives the same bytes, so the file only shows in a diff when it changed.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        pickle.dump(payload, fh, protocol=4)
    return len(vocabulary.bonus)


def main() -> int:
    for script in language._SHARED_SCRIPTS:
        words = write_table(script)
        print(f"{language.table_path(script)}: {words} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
