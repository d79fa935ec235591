"""Build the *fresh* audit corpus: real extractors run over web pages nobody here tuned on.

Run it in a venv of its own, outside the project (the extractors are audit tools,
never textmend's dependencies), then audit the result with the project's venv:

    python3 -m venv /tmp/fresh-x/.venv
    /tmp/fresh-x/.venv/bin/pip install trafilatura readability-lxml goose3 newspaper4k \\
        justext inscriptis html-text boilerpy3
    /tmp/fresh-x/.venv/bin/python benchmarks/fresh_corpus.py /tmp/fresh-x/pages -o /tmp/fresh-x/fresh-extracted.jsonl
    python -m benchmarks.audit /tmp/fresh-x/fresh-extracted.jsonl --split tune

PAGES is a folder of ``.html`` (or ``.html.gz``) files, one page each, in
sub-folders named after the source they came from (``newspaper4k/cnn_001.html``);
the page id is ``<source>:<file stem>``, so benchmarks/split.py's hash rule splits
the pages into tune and validate.  Every record is ``{"id", "extractor", "text"}``,
the extractor's article body as it returns it (an extractor that fails or returns
nothing for a page gives no record).  This module imports no part of textmend.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import warnings
from pathlib import Path
from typing import Callable, Iterator


def _read_html(path: Path) -> str:
    """The page's HTML as text: the bytes decoded as UTF-8, else as Windows-1252 (how a browser
    falls back for an undeclared page)."""
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _extractors() -> dict[str, Callable[[str], str]]:
    """Name -> function from HTML to article text, for every extractor that imports."""
    out: dict[str, Callable[[str], str]] = {}
    try:
        import trafilatura

        out["trafilatura"] = lambda html: trafilatura.extract(html) or ""
    except ImportError:
        pass
    try:
        import html_text
        from readability import Document

        # readability returns the article as HTML; html_text renders it as a reader would.
        out["readability"] = lambda html: html_text.extract_text(Document(html).summary())
        out["html_text"] = html_text.extract_text
    except ImportError:
        pass
    try:
        from goose3 import Goose

        goose = Goose()
        out["goose3"] = lambda html: goose.extract(raw_html=html).cleaned_text
    except ImportError:
        pass
    try:
        import newspaper

        def newspaper4k(html: str) -> str:
            article = newspaper.Article("https://example.invalid/article")
            article.download(input_html=html)
            article.parse()
            return article.text

        out["newspaper4k"] = newspaper4k
    except ImportError:
        pass
    try:
        import justext

        # Every language's stop words: the pages are in many languages and justext guesses none.
        stoplist = frozenset().union(*(justext.get_stoplist(name) for name in justext.get_stoplists()))
        out["justext"] = lambda html: "\n\n".join(
            p.text for p in justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8") if not p.is_boilerplate
        )
    except ImportError:
        pass
    try:
        from inscriptis import get_text

        out["inscriptis"] = get_text
    except ImportError:
        pass
    try:
        from boilerpy3 import extractors as bp

        article_extractor = bp.ArticleExtractor(raise_on_failure=False)
        out["boilerpy3"] = lambda html: article_extractor.get_content(html)
    except ImportError:
        pass
    return out


def pages(folder: Path) -> Iterator[tuple[str, Path]]:
    """(page id, file) of every page under ``folder``, sorted by path."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and (path.suffix == ".html" or path.name.endswith(".html.gz")):
            stem = path.name.split(".html")[0]
            yield f"{path.parent.name}:{stem}", path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", type=Path, help="folder of <source>/<page>.html files")
    ap.add_argument("-o", "--out", type=Path, required=True, help="JSON lines to write")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    extractors = _extractors()
    written = failed = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for page, path in pages(args.pages):
            html = _read_html(path)
            for name, extract in extractors.items():
                try:
                    text = extract(html) or ""
                except Exception as exc:  # an extractor's failure on one page is a missing record, not a stop
                    print(f"{page} {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                    failed += 1
                    continue
                if text.strip():
                    fh.write(json.dumps({"id": page, "extractor": name, "text": text}, ensure_ascii=False) + "\n")
                    written += 1
    print(f"{written} records from {len(extractors)} extractors ({', '.join(extractors)}); {failed} failures", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
