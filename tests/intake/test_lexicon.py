"""The lexicon: CLDR names current, word lists and rules well formed."""

from __future__ import annotations

import json

from caseassist.intake import build_lexicon, lexicon, statement_rules
from caseassist.intake.facts import FACTS, InvalidValue, coerce


def test_cldr_names_file_is_current():
    assert json.loads(build_lexicon.render(build_lexicon.build())) == json.loads(
        build_lexicon.target().read_text(encoding="utf-8")
    )


def test_language_names_in_many_locales():
    names = lexicon.language_names()
    assert names["nepali"] == names["nepalais"] == "ne"
    assert names["espanol"] == names["spanish"] == names["espagnol"] == "es"
    assert names["creole haitien"] == names["haitian creole"] == "ht"


def test_country_names_and_demonyms():
    assert lexicon.country_names()["haiti"] == "HT"
    dem = lexicon.demonyms()
    assert dem["hondurena"] == dem["honduran"] == "HN"
    assert dem["ivoirienne"] == "CI"


def test_every_rule_names_a_fact_and_a_valid_value():
    for rule in statement_rules.rules():
        assert rule.fact in FACTS
        coerce(rule.fact, rule.value)
        if rule.negated is not None:
            coerce(rule.fact, rule.negated)


def test_coerce_rejects_wrong_types():
    for fid, bad in [
        ("person.age", "x"),
        ("person.age", True),
        ("person.gender", "other"),
        ("person.preferred_language", "zz-not"),
        ("person.country_of_origin", "XX"),
    ]:
        try:
            coerce(fid, bad)
        except InvalidValue:
            continue
        raise AssertionError(f"{fid} accepted {bad!r}")
    assert coerce("person.preferred_language", "pt_br") == "pt-BR"


def test_a_rule_is_skipped_by_its_needles_only_where_it_cannot_match():
    """Every match of every statement pattern in the corpus notes holds one string of
    each of the pattern's needle sets (the first: its start), so sifting clauses by them
    never loses a statement."""
    from pathlib import Path

    from caseassist.intake.corpus import load_items
    from caseassist.intake.read.segment import clauses, ffold, sentences

    texts = [it.text for it in load_items(Path(__file__).parent / "corpus")]
    parts = [c for t in texts[::4] for s in sentences(ffold(t)) for c in clauses(s)]
    checked = 0
    for rule in statement_rules.rules():
        for pat, need in zip(rule.patterns, rule.needles, strict=True):
            for part in parts:
                m = pat.search(part)
                if m and need:
                    checked += 1
                    for needle_set in need:
                        assert any(n in m.group() for n in needle_set), pat.pattern
                    if lexicon.heads(pat.pattern):
                        assert any(part.startswith(n, m.start()) for n in need[0])
    assert checked > 30


def test_heads_are_read_from_the_pattern_text():
    assert lexicon.heads(r"\b(?P<cue>needs?|asked for)\b food") == {"need", "asked for"}
    assert lexicon.heads(r"\bnot (eaten|fed)\b") == {"not "}
    assert lexicon.heads(r"\b(a )?meal") is None  # an optional start tells nothing


def test_needles_are_every_piece_a_match_must_hold():
    assert lexicon.needles(r"\b(?P<cue>a|ai)\b (pas )?(tres |un peu )?faim\b") == (("faim",),)
    assert lexicon.needles(r"\bnot (eaten|fed)\b") == (("not ",), ("eaten", "fed"))
    assert lexicon.needles(r"^[-*\u2022 ]*(to )?(go|return) (back )?home") == (
        ("go", "return"),
        ("home",),
    )
    assert lexicon.needles(r"\d{1,2} ?(weeks|semanas) (of )?gestation") == (
        ("semanas", "weeks"),
        ("gestation",),
    )
    assert lexicon.needles(r"(a|b)|cat") == ()  # a top-level choice: no piece is needed


def test_fold_writes_ligatures_out():
    from caseassist.intake.text import fold

    assert fold("Sœur, CŒUR, Æsir") == "soeur, coeur, aesir"
