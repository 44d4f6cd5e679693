"""Property tests: arbitrary text and answers never crash and never re-ask."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseassist.intake.engine import IntakeSession
from caseassist.intake.facts import FACTS
from caseassist.intake.read import extract

WORDS = [
    "she",
    "he",
    "is",
    "not",
    "hungry",
    "years",
    "old",
    "24",
    "twenty",
    "speaks",
    "Nepali",
    "from",
    "Honduras",
    "her",
    "son",
    "two",
    "children",
    "with",
    "no",
    "maybe",
    "police",
    "wants",
    "passport",
    "officer",
    "Daniels",
    "nurse",
    "injured",
    "pregnant",
    "habla",
    "español",
    "tiene",
    "hijos",
    "años",
    "elle",
    "parle",
    "français",
    "enfants",
    "ans",
    "pas",
    "faim",
    ",",
    ".",
    "and",
    "y",
    "et",
    "prefer not to say",
    "don't know",
    "yes",
    "sí",
    "oui",
    "nowhere to sleep",
    "bed",
    "tonight",
    "a",
    "woman",
    "man",
    "boy",
    "Guatemala",
    "ID",
]
phrases = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)
texts = st.one_of(st.text(max_size=300), phrases)
answers = st.one_of(
    texts,
    st.booleans(),
    st.integers(min_value=-5, max_value=200),
    st.sampled_from(
        ["yes", "no", "unsure", "undecided", "ask_each_time", "ne", "es", "NP", "female"]
    ),
    st.lists(st.sampled_from(["en", "es", "ne", "zz"]), max_size=3),
    st.just("DECLINE"),
    st.just("DONT_KNOW"),
    st.just("SKIP"),
)
FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(texts)
def test_extraction_never_crashes_and_values_are_valid(text):
    ex = extract(text)
    for fid in ex.values:
        assert fid in FACTS


@FAST
@given(texts, st.lists(answers, min_size=1, max_size=60), st.integers(0, 40))
def test_no_fact_asked_twice_whatever_the_answers(note, replies, pause_at):
    s = IntakeSession(staff_languages=("en",))
    s.apply_referral(note)
    asked_ids: list[str] = []
    asked_again: set[str] = set()
    asked_facts: set[str] = set(s.referral_ids)
    for i in range(120):
        if i == pause_at:
            s = IntakeSession.from_dict(json.loads(json.dumps(s.to_dict())))
        q = s.next_question()
        if q is None:
            break
        reply = replies[i % len(replies)]
        if reply == "SKIP" and i < 60:
            s.skip()
            continue
        if q.id in asked_ids:  # only the one follow-up of a doubt about safety (doubts)
            assert q.id in s.confirmed and q.id not in asked_again
            asked_again.add(q.id)
        else:
            asked_ids.append(q.id)
        assert not set(q.facts) & asked_facts
        for f in q.facts:
            assert f not in s.facts
        if reply == "DECLINE":
            s.decline()
        elif reply == "DONT_KNOW" or reply == "SKIP":
            s.dont_know()
        else:
            try:
                s.answer(reply)
            except ValueError:
                s.dont_know()
        if s.confirming == q.id:
            continue  # a doubt: put once more, its facts still open
        for f in q.facts:
            assert f in s.facts  # every fact the question set out to establish is settled
        asked_facts |= set(s.facts)
    assert s.next_question() is None
    json.dumps(s.to_dict())


_FOLD_CHARS = st.one_of(
    st.characters(max_codepoint=0x2100),
    st.sampled_from(["'", "n't", "don't", "d'", "qu'", "I'm", " ", "  ", "\t", "\u00a0", "cannot"]),
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FOLD_CHARS, max_size=30).map("".join))
def test_folding_reads_as_a_table_per_character_and_a_regex_over_the_whole_text(text):
    """`fold` replaces each distinct character at once and reads apostrophes word by word
    (for speed); the result is what the plain per-character form gives."""
    import re

    from caseassist.intake import text as t
    from caseassist.intake.read.names import _plain_letters

    plain = t.strip_accents(text.translate(t._PLAIN).casefold())
    if text.translate(t._LATIN).isascii():
        assert t.strip_accents(text) == text.translate(t._LATIN)
    if "'" in plain:
        plain = t._NT.sub(
            lambda m: {"ca": "can", "wo": "will"}.get(m.group(1), m.group(1)) + " not", plain
        )
        plain = t._CONTRACTION.sub(lambda m: m.group(1) + " " + t._CONTRACTIONS[m.group(2)], plain)
        plain = t._ELISION.sub(r"\1' ", plain)
    plain = re.sub(r"[ \t\u00a0]+", " ", plain.replace("cannot", "can not"))
    assert t.fold.__wrapped__(text) == plain
    assert t.translate_rare(text, _plain_letters()) == text.translate(_plain_letters())


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=0x3100), max_size=20))
def test_no_token_is_blank(text):
    """`tokens` keeps every regex token as it is: none of them is ever whitespace."""
    from caseassist.intake.read.segment import tokens

    assert all(t.strip() for t in tokens(text))
