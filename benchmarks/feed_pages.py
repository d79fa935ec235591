"""Pages of saved feeds' long posts, as the feed corpora read them (chardet's, Horde_Feed's, Planet Debian's).

``benchmarks/rebuild_corpora.sh`` writes one page per long post of a saved RSS or Atom feed: the
post's longest body (``content:encoded`` or Atom's content over a summary or description), kept
when it holds 500 characters of text or more (shorter ones are headlines and summaries) and when
no other feed of the same set already gave it.  Each builder chooses its feeds, decodes them and
picks its share of the posts (a hash's residue); this module is what they have in common, so the
corpora 23-35 that read feeds keep one page layout.  Standard library only: the rebuild runs it
with any Python 3 before the extractors' venv exists.

>>> import xml.etree.ElementTree as ET
>>> root = ET.fromstring("<rss><channel><title>Blog</title><link>https://b.example/</link>"
...                      "<item><title>Post</title><description>" + "word " * 120 + "</description></item>"
...                      "</channel></rss>")
>>> seen, counts = set(), {"posts": 0, "short": 0, "repeated": 0}
>>> [(n, len(plain(body))) for n, item, body in long_posts(root, seen, counts)]
[(0, 599)]
>>> counts
{'posts': 1, 'short': 0, 'repeated': 0}
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

# The dates a post may carry, first found first taken (RSS, Dublin Core, Atom 0.3 and 1.0).
DATES = ("pubDate", "date", "issued", "published", "updated", "modified", "created")
LONG_POST = 500  # characters of text a post's body holds at least


def local(tag: object) -> str:
    """An element's tag without its namespace (a comment's or processing instruction's: empty)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(e: ET.Element, *names: str) -> list[ET.Element]:
    return [c for c in e if local(c.tag) in names]


def first_text(e: ET.Element, *names: str) -> str:
    return next((t for t in ("".join(c.itertext()).strip() for c in children(e, *names)) if t), "")


def first_link(e: ET.Element) -> str:
    return next(((c.get("href") or (c.text or "")).strip() for c in children(e, "link")), "")


def body_html(c: ET.Element) -> str:
    """An item's body as HTML: RSS's description and content:encoded are HTML; Atom's content says its type."""
    typ, atom = (c.get("type") or "").lower(), local(c.tag) in ("content", "summary")
    if atom and c.get("mode") == "base64":
        return base64.b64decode("".join(c.itertext())).decode("utf-8", "replace")
    if atom and ("xhtml" in typ or len(c)):
        for x in c.iter():
            if isinstance(x.tag, str):
                x.tag = local(x.tag)
        return html.escape(c.text or "") + "".join(ET.tostring(x, encoding="unicode", method="html") for x in c)
    if atom and typ in ("text", "text/plain"):
        return "<p>" + html.escape(c.text or "") + "</p>"
    return c.text or ""


def plain(h: str) -> str:
    """The text of an HTML fragment, tags and runs of white space read as one space."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", " ", h))).strip()


def channel_of(root: ET.Element) -> tuple[str, str]:
    """The feed's title and address (RSS's channel, or the Atom feed itself)."""
    channel = next((c for c in root.iter() if local(c.tag) == "channel"), root)
    return first_text(channel, "title"), first_link(channel)


def long_posts(root: ET.Element, seen: set[str], counts: dict[str, int]) -> Iterator[tuple[int, ET.Element, str]]:
    """``(n, item, body)`` for each long post of a feed not already ``seen`` (its text's SHA-1),
    ``n`` its place among the feed's items; ``counts`` tallies posts, short ones and repeats."""
    for n, item in enumerate(e for e in root.iter() if local(e.tag) in ("item", "entry")):
        counts["posts"] += 1
        body = max((body_html(c) for c in children(item, "encoded", "content", "description", "summary")),
                   key=lambda b: len(plain(b)), default="")
        if len(plain(body)) < LONG_POST:  # a headline or a summary, not a post
            counts["short"] += 1
            continue
        key = hashlib.sha1(plain(body).encode()).hexdigest()
        if key in seen:  # the same post in another feed of the set, or another save of the same feed
            counts["repeated"] += 1
            continue
        seen.add(key)
        yield n, item, body


def post_page(item: ET.Element, body: str, feed_title: str, feed_link: str, dates: tuple[str, ...] = DATES) -> str:
    """The page of one post: title | feed, the feed's name, the post's title, date and body as the feed has it."""
    title, date = first_text(item, "title"), first_text(item, *dates)
    e = html.escape
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{e(title)} | {e(feed_title)}</title></head>\n<body>\n"
            f"<header><p><a href=\"{e(feed_link)}\">{e(feed_title)}</a></p></header>\n<article>\n"
            f"<h1><a href=\"{e(first_link(item))}\">{e(title)}</a></h1>\n"
            + (f"<p class=\"date\">{e(date)}</p>\n" if date else "")
            + f"<div class=\"entry\">\n{body}\n</div>\n</article>\n</body></html>\n")
