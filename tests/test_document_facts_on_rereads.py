"""A stage the pipeline runs again reads a window; the document's facts stay the document's.

When a later stage edits a long text, the earlier stages read again only the changed
paragraphs with ``Pipeline.REREAD_CONTEXT`` characters either side.  What a stage asks
of the whole text there (does it qualify names, is a word its vocabulary) must be
answered by the document, not by the window: otherwise a paragraph's verdict depends on
whether the first pass or a reread judged it (docs/benchmarks.md, "Document facts on
rereads").  Each case is a text long enough that the reread is a window, with the
evidence more than a window away from the paragraph that needs it.
"""

from __future__ import annotations

import pytest

import textmend
from textmend import Pipeline
from textmend import pipeline as pipeline_module
from textmend.analysis import TextFacts, reading, text_facts

_FILLER = "\n\n".join(
    f"Paragraph {i} says the release went well for everyone who tried it on the weekend." for i in range(120)
)

# (the document's head, the paragraph far below it that a later stage edits, why the
# paragraph reads the same either way)
CASES = [
    (
        "The io package gives io.Reader and io.Writer. The os package gives os.File and os.Getenv. "
        "The fmt package gives fmt.Println and fmt.Sprintf.",
        "In Go 1, the call returns a bufio.Scanner and a bufio.Reader for the the caller.",
        "the text qualifies names with three packages (io, os, fmt: TextFacts.qualifiers), so `bufio.` glued "
        "to two names is a package too, kept whole; the window around the repeated `the the` (which repeats "
        "removes, so punctuation reads again) holds none of that evidence, and read alone it spaced "
        "`bufio. Scanner` (base faae378)",
    ),
    (
        "See the <b>bold</b> tag and AT&amp;T in the code sample.",
        "They wrote Q&amp;A on the the board.",
        "the document holds markup, so its entities are written as markup writes them and mojibake leaves "
        "them (the first pass keeps `AT&amp;T`); the window around `the the` holds no tag, and read alone it "
        "decoded `Q&A` (base faae378)",
    ),
    (
        ".bg country-code\n.bh country-code Telecommunications Regulatory Authority (TRA)",
        "Questions go to Register.BG\nwhich answers them for the the whole BG zone.",
        "the document lists the domain label `.bg` on a line of its own (a registry's table: prec27), so the "
        "dot in `Register.BG` opens that label and ends no sentence; the window around `the the` holds no "
        "such line, and before the label's evidence was asked of the document, the reread spaced "
        "`Register. BG` (merged main eb345e2); the paragraph writes `BG` as a word too, so read alone "
        "it is no name on an unlisted country's domain either (prec29) and is still spaced",
    ),
]


def _pipelines() -> tuple[Pipeline, Pipeline]:
    windowed = Pipeline(textmend.default_pipeline().normalizers)
    assert windowed.REREAD_CONTEXT < 3000  # the class's own: windows far smaller than the text
    whole = Pipeline(windowed.normalizers)
    whole.REREAD_CONTEXT = 10**12  # every reread reaches the whole text: the first pass's reading
    return windowed, whole


@pytest.mark.parametrize("head, paragraph, reason", CASES, ids=[c[1][:40] for c in CASES])
def test_a_reread_window_is_judged_by_the_document(head: str, paragraph: str, reason: str, monkeypatch) -> None:
    doc = f"{head}\n\n{_FILLER}\n\n{paragraph}\n"
    windows: list[object] = []
    real = pipeline_module._regions

    def regions(*args: object) -> object:
        found = real(*args)  # type: ignore[arg-type]
        windows.append(found)
        return found

    monkeypatch.setattr(pipeline_module, "_regions", regions)
    windowed, whole = _pipelines()
    cleaned = windowed(doc)
    assert any(w is not None for w in windows), "the case must make a stage read a window again"
    assert cleaned == whole(doc), reason
    # The evidence is what decides: read alone, the paragraph is judged otherwise.
    assert windowed(paragraph) != cleaned.rsplit("\n\n", 1)[1].rstrip("\n")


def test_a_window_asks_the_document_and_only_while_it_is_read() -> None:
    document = TextFacts("a.Xy " + " ".join(f"{p}.One {p}.Two" for p in ("io", "os", "fmt")) + "\nio.One x")
    window = document.text[-8:]
    with reading(window, document) as facts:
        assert text_facts(window) is facts and facts.document is document
        assert facts.qualifiers(frozenset()) == frozenset({"io", "os", "fmt"})  # the document's
        assert facts.memo("k", len) == len(document.text)  # a stage's own evidence, over the document
        assert document.memo("k", lambda text: -1) == len(document.text)  # kept once, with the document
        assert facts.line_span(2) == (0, 8)  # line facts are the window's own
    assert text_facts(window).qualifiers(frozenset()) == frozenset()  # outside the reading: its own text


def test_a_text_is_its_own_document() -> None:
    facts = TextFacts("plain text, and more")
    assert facts.document is facts
    assert TextFacts("plain text", facts).document is facts
    same = "same string"  # the document itself handed as its own window: no link
    assert TextFacts(same, TextFacts(same)).document.text is same


def _spread_damage(blocks: int) -> str:
    """``blocks`` stretches of about 10,000 characters, each with one repeated word (which
    ``repeats``, the last stage, removes: every earlier stage reads a window around it
    again) and, beside it, what asks the document's facts there: a rare compound (its
    recurrences), a dotted name (qualifiers), a quotation (the quotes' house style), a
    spaced colon (French spacing of the document)."""
    filler = " ".join(f"Line {i} tells how the season went for the club and its fans." for i in range(150))
    block = (
        "We tested the the dropzones today with an io.Reader, and she said \"it works\" : fine.\n\n"
        + filler + "\n\n"
    )
    return block * blocks


def test_rereading_windows_with_the_documents_facts_grows_linearly() -> None:
    from growth import assert_grows_linearly

    pipeline = textmend.default_pipeline()
    small, big = _spread_damage(6), _spread_damage(60)
    assert pipeline(small).count("the the") == 0
    # Each window asks the document's facts, gathered once per document: asked of the
    # whole document at each window instead, 60 windows of 600,000 characters would be
    # read a hundred times over what 6 windows of 60,000 cost.
    assert_grows_linearly(pipeline, small, big)
