"""The quotes normalizer: the dropped-close rules' harm on more tune material (issue 14, branch quotes9).

Every paragraph here is written for the test; each says which evidence it carries or lacks,
and beside each change stands the twin the rule must still repair (or still leave), so a
rule that closes without the evidence, or ignores it, fails.
"""

import gzip
import json
from pathlib import Path

from benchmarks.quotes_extracted import corpus_split, drop_sites, paragraphs
from benchmarks.split import split_of


def test_a_corpus_argument_may_pick_its_own_half() -> None:
    # `PATH@all` takes both halves of a corpus whatever --split says; a bare path follows --split,
    # and an `@` that names no half is part of the path.
    assert corpus_split("/c/f9.jsonl@all", "tune") == ("/c/f9.jsonl", "all")
    assert corpus_split("/c/f9.jsonl@validate", "tune") == ("/c/f9.jsonl", "validate")
    assert corpus_split("/c/f8.jsonl", "validate") == ("/c/f8.jsonl", "validate")
    assert corpus_split("/c/me@home.jsonl", "tune") == ("/c/me@home.jsonl", "tune")


def test_the_benchmark_reads_gzip_records_and_one_document_a_line(tmp_path: Path) -> None:
    quoted = '"We will be there on time," the mayor said on Monday at the hall.'
    other = '"They never came back to the town," she said, and left the room at once.'
    # Two pages, one of each half, so `@all` and the split both have something to keep or drop.
    pages = ["page-a", "page-b", "page-c", "page-d", "page-e", "page-f"]
    tune = next(p for p in pages if split_of(p) == "tune")
    validate = next(p for p in pages if split_of(p) == "validate")
    records = tmp_path / "records.jsonl.gz"
    with gzip.open(records, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": tune, "extractor": "x", "text": quoted}) + "\n")
        f.write(json.dumps({"id": validate, "extractor": "x", "text": other}) + "\n")
    assert [p for _, p in paragraphs([str(records)], "tune")] == [quoted]
    assert [p for _, p in paragraphs([f"{records}@all"], "tune")] == [quoted, other]
    assert [p for _, p in paragraphs([str(records)], "validate")] == [other]
    lines = tmp_path / "news.cor"
    lines.write_text(quoted + "\n" + other + "\n", encoding="utf-8")
    assert {p for _, p in paragraphs([f"{lines}@all"], "tune", lines=True)} == {quoted, other}
    # (each close of a straight pair is a site the benchmark drops)
    assert drop_sites(quoted) == [quoted.index('," ') + 1]


def test_a_quotation_reopened_after_its_attribution_is_not_closed_sentences_later() -> None:
    import textmend

    # `“…,” Jones said. “…` reopens the speech its attribution introduced; run on past a
    # sentence's end to a second `Jones said`, its lost close may be at that sentence's end
    # and the clause may attribute the writer's paraphrase: left open.
    for speech in ("The plan is simple. The city has the money for it. The work will start in May", "The plan is simple. The work will start in May"):
        broken = f"“We are ready for this,” Jones said. “{speech}, Jones said on Monday."
        assert textmend.clean(broken) == broken, speech
    # The twins that are still closed: the reopened speech one sentence long, and a long
    # speech whose opening follows no attribution.
    short = "“We are ready for this,” Jones said. “The work will start in May, Jones said on Monday."
    assert textmend.clean(short) == short.replace("May, Jones", "May,” Jones")
    unattributed = "Jones spoke on Monday. “The plan is simple. The city has the money for it. The work will start in May, Jones said."
    assert textmend.clean(unattributed) == unattributed.replace("May, Jones", "May,” Jones")


def test_a_description_after_the_speechs_comma_is_no_lost_close() -> None:
    import textmend

    # `…tonight, longtime team trainer Mark Olsen said`: the comma may end the speech and the
    # words after it describe the speaker (nouns, adjectives, a name: no function word), so a
    # lost `,”` before the name is one reading of two: left.
    for description in ("longtime team trainer Mark Olsen", "a beaming Olsen", "club director of player development Mark Olsen"):
        broken = f"“We were glad to see the whole team back on the ice tonight, {description} said."
        assert textmend.clean(broken) == broken, description
    # The twins still closed with the comma a lost `,”` took: the words after the comma hold a
    # conjunction and a pronoun, or a pronoun in a contraction (speech), and a name with no comma
    # before it at all.
    for speech in ("and we played well tonight", "it’s been a long season"):
        twin = f"“We were glad to see the whole team back, {speech} Olsen said."
        assert textmend.clean(twin) == twin.replace(" Olsen said", ",” Olsen said"), speech
    plain = "“We were glad to see the whole team back on the ice tonight Mark Olsen said."
    assert textmend.clean(plain) == plain.replace(" Mark Olsen", ",” Mark Olsen")


def test_a_stop_outside_a_close_puts_a_phrases_comma_outside_too() -> None:
    import textmend

    # `"Blue Road"` is quoted and closed elsewhere, so the open `"Blue Road, and` closes after
    # it; the text puts a stop outside a close (`"Night Train".`, logical punctuation) though its
    # speech keeps the comma inside (`night," he said`, that usage's too): the comma goes outside.
    broken = '"It was a fine night," he said. The band played "Blue Road" first. She sang in "Blue Road, and in "Night Train".'
    assert textmend.clean(broken) == broken.replace('"Blue Road, and', '"Blue Road", and')
    # The twin: every stop and comma inside its close (American usage): the comma goes inside.
    twin = '"It was a fine night," he said. The band played "Blue Road" first. She sang in "Blue Road, and in "Night Train."'
    assert textmend.clean(twin) == twin.replace('"Blue Road, and', '"Blue Road," and')


def test_a_verb_with_a_colon_and_an_opening_mark_introduces_the_next_quotation() -> None:
    import textmend

    # `…, he said: "No."`: the colon and the opening mark after the verb say that the clause
    # introduces the next quotation, so it is no evidence that the open one ends before it.
    broken = '"I called him again and told him the risk was real. Asked if he had called the park that morning, he said: "No."'
    assert textmend.clean(broken) == broken
    # The twins still closed: the same clause ending its sentence, or going on after the verb.
    for clause in ('he said. "No one listened."', "he said on Monday."):
        twin = '"I called him again and told him the risk was real, ' + clause
        assert textmend.clean(twin) == twin.replace("real, he", 'real," he'), clause


def test_a_verb_of_saying_with_a_clause_of_its_own_ends_no_quotation() -> None:
    import textmend

    # `Tom Hale says modifications to his boat have been worth it`: after the verb, a subject and
    # a finite auxiliary: reported speech in the writer's words, so no quotation ends before it.
    broken = '"We will race again next year. Blue Star skipper Tom Hale says modifications to his boat have been worth the cost.'
    assert textmend.clean(broken) == broken
    # The twins still closed: the clause ends at the verb, or goes on with `as` (no subject's
    # start: a function word) and the circumstances of the saying.
    for clause in ("Tom Hale says.", "Tom Hale says as the crowd was leaving the dock."):
        twin = '"We will race again next year, ' + clause
        assert textmend.clean(twin) == twin.replace("year, ", 'year," '), clause
