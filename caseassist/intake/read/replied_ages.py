"""In a transcript, her age as the reply to a question about it ("How old? / Fifteen.")."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.numbers import digits_for_words, to_int
from caseassist.intake.read.ages import _NOT_AGE_UNITS, _leading_number
from caseassist.intake.read.replies import clock_only
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import tokens

_DIGIT = re.compile(r"\d")


def _without_clock(toks: list[str]) -> list[str]:
    """A turn's tokens after the clock time it opens with ("[02:17] Survivor: 20",
    "[03/12 21:18] Joana (rua): escreveu 35"): the time's numbers are no reply."""
    if toks[:1] == ["["] and "]" in toks[1:12] and any(t.isdigit() for t in toks[1:4]):
        return toks[toks.index("]") + 1 :]
    at = 1 if toks[:1] == ["["] else 0
    if len(toks) > at + 2 and toks[at].isdigit() and toks[at + 1] == ":" and toks[at + 2].isdigit():
        at += 3
        return toks[at + 1 :] if toks[at : at + 1] == ["]"] else toks[at:]
    return toks


@cache
def _reply_leads() -> tuple[str, ...]:
    """`age_reply_leads`, longest first ("yo tengo" before "tengo")."""
    return tuple(sorted(lexicon.by_language("age_reply_leads"), key=len, reverse=True))


def _without_lead(words: str) -> str:
    """The reply's first four words after an "I am / I have" opening it (`age_reply_leads`:
    "Tengo 34.", "J'ai 41 ans", "Tenho 22"): the number is what she said."""
    words = words.replace("' ", " ")  # "j' ai": as the list writes it, "j ai"
    for lead in _reply_leads():
        if words == lead or words.startswith(lead + " "):
            words = words[len(lead) :].strip()
            break
    return " ".join(words.split()[:4])


def replied_age(sentences: list[str], asks: list[bool], out: Extraction) -> None:
    """In a transcript, the reply to a question about age ("How old?" / "Head of Year:
    Fifteen.", "Quer dizer-me a sua idade? / UTENTE: Trinta."): the number it opens with,
    after the speaker's label, kept only when nothing else in the note says the age. After
    a turn of two questions a bare reply may answer the other one; one that opens with "I
    am / tengo / j'ai / tenho" (`age_reply_leads`) answers the age ("¿Cómo te llamas? ¿Y
    cuántos años tienes? / Tengo dieciséis. El nombre después.")."""
    questions = lexicon.phrase_regex("age_questions")
    for k, sf in enumerate(sentences[:-1]):
        if not asks[k] or not questions.search(sf):
            continue
        after_question = bool(k and asks[k - 1])  # "¿Cómo te llamas? ¿Y cuántos años tienes?"
        j = k + 1  # "quantos anos vc tem? de onde é? / 22, sou de goiania": answered in order
        while j < len(sentences) - 1 and (asks[j] or clock_only(sentences[j])):
            j += 1  # (a chat line's clock time may stand as a sentence of its own)
        if asks[j] or _has_hedge(sentences[j]):
            continue  # "Diecisiete, creo": not said for sure
        toks = _without_clock(tokens(sentences[j]))
        if ":" in toks[:5]:
            toks = toks[toks.index(":") + 1 :]
        said = " ".join(toks[:7])
        head = _without_lead(said)
        if after_question and head == " ".join(said.replace("' ", " ").split()[:4]):
            continue  # a bare reply after two questions may answer the other; "Tengo 16" may not
        if head and not _DIGIT.search(head) and to_int(toks[0]) is None:
            head = digits_for_words(head)
        lead = _leading_number(head)
        if lead and 10 <= lead[0] <= 110 and lead[1] not in _NOT_AGE_UNITS:
            out.weak("person.age", lead[0])
