"""Clean news paragraphs must pass through the default pipeline byte for byte."""

from corpus import known_flaws, paragraphs

import textmend


def test_clean_paragraphs_are_unchanged():
    flawed = known_flaws()
    changed = []
    for doc_id, k, para in paragraphs():
        key = f"{doc_id}#{k}"
        if key in flawed:
            continue
        r = textmend.mend(para)
        if r.changed:
            changed.append(f"{key}: {r.explain()}")
    assert not changed, "\n".join(changed[:20])


def test_the_whole_corpus_changes_little():
    # The brief's ceiling: at most 1 clean paragraph in 300 changed.  Paragraphs with a
    # hand-checked real flaw (known_flaws.tsv) are not clean: repairing them is the job.
    flawed = known_flaws()
    paras = paragraphs()
    changed = sum(textmend.clean(p) != p for d, k, p in paras if f"{d}#{k}" not in flawed)
    assert changed <= len(paras) / 300, f"{changed} of {len(paras)} clean paragraphs changed"
