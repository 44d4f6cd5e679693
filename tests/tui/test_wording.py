"""Every question is put to the survivor in the second person, in every language.

Staff read the `staff` wording aloud (or show the `survivor` one); a question that speaks
of "they" or "la personne" among questions that say "you" reads as talking about someone
in front of them. Words that name someone else (the children, a counsellor) are listed.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseassist.paths import resources_dir

QUESTIONS = resources_dir() / "intake" / "questions.toml"

# A third-person reference to the person being asked, per language.
THIRD_PERSON = {
    "en": r"\b(they|them|their|theirs|themselves|he|she|him|her|his|hers|himself|herself)\b"
    r"|\bthe (person|survivor|client|victim)\b",
    "es": r"\b(él|ella|ellos|ellas)\b|\bla persona\b|\b(el|la) (superviviente|víctima)\b"
    r"|\b(la|lo) (conocen?|acompaña)\b",
    "fr": r"\bla personne\b|\b(elle ou il|il ou elle)\b|\best-(elle|il)\b|\b(son|sa|ses)\b"
    r"|\b(qu'elle|qu'il)\b|\b(la|le) (survivante?|victime)\b",
    "pt": r"\b(ele|ela|eles|elas|dele|dela|deles|delas)\b|\ba pessoa\b"
    r"|\b(o|a) (sobrevivente|vítima|utente)\b",
    "ne": r"(?<![\u0900-\u097f])(उनी|उनको|उनलाई)(?![\u0900-\u097f])|त्यो व्यक्ति",
}
# Someone else, named as such: "does any of them need" (the children), counsellors in Nepali.
OTHERS = {
    "en": ["any of them"],
    "es": [],
    "fr": ["l'un d'eux"],
    "pt": [],
    "ne": [],
}
# Every wording addresses the survivor directly. (Spanish "usted" and European Portuguese's
# formal address share their verb forms with the third person, so only the pronouns above
# can tell there.)
SECOND_PERSON = {
    "en": r"\b(you|your|yours|yourself)\b",
    "fr": r"\b(vous|votre|vos)\b",
    "ne": r"तपाईं|तपाईँ|आफ्नो|आफ्ना",
}


def wordings(path: Path = QUESTIONS) -> Iterator[tuple[str, str, str, str]]:
    """(question id, staff or survivor or rest.<fact>, language, text) for every wording."""
    with path.open("rb") as fh:
        bank = tomllib.load(fh)
    for q in bank["question"]:
        for kind in ("staff", "survivor"):
            for lang, text in q.get(kind, {}).items():
                yield q["id"], kind, lang, text
        for fact, rest in q.get("rest", {}).items():
            for kind in ("staff", "survivor"):
                for lang, text in rest.get(kind, {}).items():
                    yield q["id"], f"rest.{fact}.{kind}", lang, text


def third_person(lang: str, text: str) -> list[str]:
    folded = text.casefold()
    for phrase in OTHERS.get(lang, []):
        folded = folded.replace(phrase, " ")
    return [m.group(0) for m in re.finditer(THIRD_PERSON[lang], folded)]


def test_every_language_of_the_bank_is_checked():
    assert {lang for *_rest, lang, _text in wordings()} <= set(THIRD_PERSON)


@pytest.mark.parametrize("lang", sorted(THIRD_PERSON))
def test_no_question_speaks_of_the_survivor_in_the_third_person(lang):
    found = [
        f"{qid} {kind} [{lang}]: {words} in {text!r}"
        for qid, kind, lg, text in wordings()
        if lg == lang and (words := third_person(lang, text))
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", sorted(SECOND_PERSON))
def test_every_question_speaks_to_the_survivor(lang):
    impersonal = {"q.household.children_needs"}  # asks about the children, not about "you"
    missing = [
        f"{qid} {kind}: {text!r}"
        for qid, kind, lg, text in wordings()
        if lg == lang
        and qid not in impersonal
        and not re.search(SECOND_PERSON[lang], text.casefold())
    ]
    assert not missing, "\n".join(missing)
