"""Dropped closing marks: recall with the harm held (issue 14, branch ``quotes17``).

Each repaired row is a real paragraph of the dev corpus's tune pages with one close lost, and
must come back exactly as the page wrote it; each left row is a twin that must stay as it is
(clean text, or a shape whose evidence is too weak).  The reason says why each holds.
"""

from __future__ import annotations

import pytest

import textmend

# bdb56ac83513635d#9 (tune), as the page writes it.
_PLUZNICK = (
    "“I think I even famously said something to my postdoc adviser, like, ‘I don’t even know that I can "
    "trust this data, you know?’” Pluznick recalled. “Olfactory receptors in the kidney? Come on.”"
)

# 3d8f3404cf975af8#16 (tune), as the page writes it.
_YORK = (
    "Both accomplished songwriters who had previously written music for the television show “Nashville,” "
    "Steenburgen’s co-writers Caitlyn Smith and Kate York came to the project with a similar appreciation for "
    "the challenge of writing character-driven chords. “It’s a totally different muscle,” York said. “You "
    "have to take yourself out of it a little bit — it’s kind of like acting, I guess.” Smith agreed: “It’s a "
    "different job altogether. If you’re just writing a song for someone else, it’s wide open and sometimes "
    "hard to figure out. And if you’re writing for yourself, you’re really digging into your own heart.” This "
    "particular task was a little bit of both. “I feel like we could get into the guts of this song because "
    "we’ve all lived a similar crazy dream story,” Smith said."
)
# fresh 6's Vulture interview (trafilatura's record, tune), as the page writes it.
_VIBE = (
    "Sometimes, or he has other executives mention that to us. They said to us a year and a half before they "
    "started developing Suicide Squad, “Will you guys put [a version of] the Suicide Squad in your show? "
    "Because we want to have it as a film at some point.” It also happened with Geoff when Geoff and Andrew "
    "[Kreisberg] and I were creating Flash. They were both really huge fans of Cisco Ramon, [also known as] "
    "Vibe, and had written a Vibe comic [in 2013] to try and bring him back. They said, “Could we please have "
    "Vibe on the show?”"
)

# Fresh 12's New York Magazine article (trafilatura's record; fresh 12 is tune material), as the page writes it.
_ANCHOR = (
    "After the debate, Trump called Ailes and screamed about Kelly. “How could you do this?” he said, according "
    "to a person briefed on the call. Ailes was caught between his friend Trump, his boss Murdoch, and his star "
    "Kelly. “Roger lost control of Megyn and Trump,” a Fox anchor said."
)
_RECORDS = (
    "In the fall of that year, Strupp had written several articles quoting anonymous Fox sources, and the network "
    "wanted to determine who was talking to him. “This was the culture. Getting phone records doesn’t make anybody "
    "blink,” one Fox executive told me."
)
_ACTORS = (
    "Fox News’s chief financial officer, Mark Kranz, is the only senior executive to have been pushed out "
    "(officially he retired), along with Laterza and a handful of assistants, contributors, and consultants. “Of "
    "course, they are trying to isolate this to just a few bad actors,” a 21st Century Fox executive told me."
)
_NAVIGATE = (
    "She managed to rebuff his sexual overtures in a way that didn’t alienate her boss. “She was able to navigate "
    "the relationship to a professional place,” a person close to Kelly told me. In fact, Kelly’s career "
    "flourished after this."
)

REPAIRED = [
    (
        _ANCHOR.replace("Trump,” a Fox", "Trump, a Fox"),
        _ANCHOR,
        "`, a Fox anchor said.`: after the comma that ends the speech, a speaker described (a determiner and "
        "words with a capital among them) and a verb of saying that ends the sentence",
    ),
    (
        _RECORDS.replace("blink,” one", "blink, one"),
        _RECORDS,
        "`, one Fox executive told me.`: the same, the verb's listener after it",
    ),
    (
        _ACTORS.replace("actors,” a 21st", "actors, a 21st"),
        _ACTORS,
        "`, a 21st Century Fox executive told me.`: a description of five words, a common noun last",
    ),
    (
        _YORK.replace("I guess.” Smith", "I guess. Smith"),
        _YORK,
        "`Smith agreed: “`: the writer's sentence introducing the next quotation; speech in double marks "
        "holds no double-marked quotation, so the first one ended before it, after its one sentence",
    ),
    (
        _YORK.replace("I guess.” Smith agreed:", "I guess. She added,").replace("“It’s a different", "“It’s a different"),
        _YORK.replace("Smith agreed:", "She added,"),
        "the same with a pronoun, another verb of saying and a comma",
    ),
    (
        _PLUZNICK.replace("?’” Pluznick", "?’ Pluznick"),
        _PLUZNICK,
        "`I even famously said`: the speaker is the first verb's subject, so that verb is the speech's own "
        "(as `I said` is) and the later clause, after the question that ends the speech, attributes it",
    ),
    (
        _PLUZNICK.replace("?’” Pluznick", "?’ Pluznick").replace("I even famously said", "I even said"),
        _PLUZNICK.replace("I even famously said", "I even said"),
        "one adverb between the speaker and the verb, the same reading",
    ),
]

LEFT = [
    (_PLUZNICK, "the page's own text: the quotation is closed, nothing to do"),
    (_ANCHOR, "the page's own text"),
    (
        "“Roger lost control of Megyn and Trump, a Fox anchor said the network would survive.",
        "`said the network would survive`: the verb takes a clause of its own, reported speech in the writer's "
        "words; where the quotation ends is not shown",
    ),
    (
        _NAVIGATE.replace("place,” a person", "place, a person"),
        "`, a person close to Kelly told me.`: a description ending in a name is left, as `a beaming Olsen` is "
        "(tests/test_quotes_more_tune.py): the words before a named speaker may be the speech's own",
    ),
    (
        "“We won, and a few people who had doubted us said nothing.",
        "`a few people who had doubted us said nothing`: a relative clause is no description of a speaker, "
        "and the verb takes an object, so it ends no attribution; the verb belongs to the speech",
    ),
    (_YORK, "the page's own text"),
    (_VIBE, "the page's own text"),
    (
        _VIBE.replace("at some point.” It", "at some point. It"),
        "`They said, “` introduces the next quotation, but the open one runs on for sentences of narrative "
        "(`They were both really huge fans …`, no I, we or you in the last): its close may stand after "
        "any of them, so none is put in",
    ),
    (
        _YORK.replace("“You have to take", "the job is “to take").replace("I guess.” Smith", "I guess. Smith"),
        "a phrase opened mid-sentence (`the job is “to take`) may end after any word: no close from the next "
        "quotation's introduction",
    ),
    (
        _PLUZNICK.replace("?’” Pluznick", "?’ Pluznick").replace("I think I even famously said", "I think the dean even said"),
        "`the dean even said`: someone else's verb inside the quotation; where the speech ends is not shown",
    ),
    (
        _PLUZNICK.replace("?’” Pluznick", "?’ Pluznick").replace("I think I even famously said", "I think he even said"),
        "`he even said`: the verb's subject is not the speaker (a pronoun of the third person)",
    ),
]


@pytest.mark.parametrize("damaged, original, reason", REPAIRED, ids=[r[2][:40] for r in REPAIRED])
def test_repaired(damaged: str, original: str, reason: str) -> None:
    assert textmend.clean(damaged) == original, reason


@pytest.mark.parametrize("text, reason", LEFT, ids=[r[1][:40] for r in LEFT])
def test_left(text: str, reason: str) -> None:
    assert textmend.clean(text) == text, reason


EVIDENCE = [
    (_ANCHOR.replace("Trump,” a Fox", "Trump, a Fox"), "a Fox anchor said"),
    (_PLUZNICK.replace("?’” Pluznick", "?’ Pluznick"), "Pluznick recalled"),
    (_YORK.replace("I guess.” Smith", "I guess. Smith"), "Smith agreed:"),
]


@pytest.mark.parametrize("damaged, evidence", EVIDENCE, ids=[e for _, e in EVIDENCE])
def test_the_close_reports_its_evidence(damaged: str, evidence: str) -> None:
    """The inserted mark names what it closes before (issue 14: every inserted mark reports its evidence)."""
    result = textmend.mend(damaged)
    (edit,) = [e for e in result.edits if e.normalizer == "quotes"]
    assert edit.new == "\u201d" and evidence in edit.reason, edit.reason
