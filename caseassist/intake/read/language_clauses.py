"""What the clause around a language verb says besides the language: that it is set in
her childhood ("grew up speaking Twi"), that no interpreter was needed ("no hizo falta
intérprete"), that a form value opens with a yes ("Interpreter: yes (Dari)"), or that
the language noun is a place's ("the official language"), or that a denied verb takes up
the language before it ("studied English but does not speak it"). Moved out of `languages.py` as it is, to keep that module under 400 lines."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_words import (
    _NEGATORS,
    _SPOKEN_VERBS,
    _STOP,
    _UNDERSTAND,
    _phrase_at,
)
from caseassist.intake.read.segment import tokens


def _in_childhood(before: list[str], after: list[str]) -> bool:
    """A language verb's clause set in her childhood ("grew up speaking", "de pequeña
    hablaba", "quand elle était petite", "em criança falava": `language_childhood`)."""
    cut = next((k for k, t in enumerate(after) if t in _STOP), len(after))
    return bool(lexicon.phrase_regex("language_childhood").search(" ".join(before + after[:cut])))


def _forgotten(after: list[str]) -> bool:
    """The sentence goes on to say she has lost the language named ("spoke Farsi as a
    child but no longer remembers any of it", "ya no lo recuerda", "l'avoir oublié",
    "já não se lembra": `language_forgotten`): not one she speaks now."""
    return bool(lexicon.phrase_regex("language_forgotten").search(" ".join(after)))


def _interpreter_waived(sent_folded: str) -> bool:
    """The sentence says no interpreter was needed ("so we did not need an interpreter",
    "no hizo falta intérprete", "pas besoin d'interprète", "não foi preciso intérprete")."""
    noun = lexicon.phrase_regex("interpreter_nouns").search(sent_folded)
    if noun is None:
        return False
    if lexicon.phrase_regex("interpreter_no_need").search(sent_folded):
        return True
    return bool(set(tokens(sent_folded[: noun.start()])[-6:]) & _NEGATORS.all())


def _past_yes(toks: list[str], i: int) -> int:
    """The place after a yes word that opens a form value ("Interpreter: yes (Dari)")."""
    j = i + (toks[i : i + 1] == [":"])
    if toks[j : j + 1] and toks[j] in lexicon.word_sets().yes:
        return j + 1
    return i


_OF_PLACES = lexicon.Words(set(), "language_of_places")


def of_a_place(before: list[str], toks: list[str], start: int) -> bool:
    """A language noun said of a place (`language_of_places` just before or after it:
    "the official language", "la langue officielle", "la lengua del país")."""
    return any(
        _phrase_at(before, k, _OF_PLACES, 2) for k in range(max(0, len(before) - 2), len(before))
    ) or bool(_phrase_at(toks, start, _OF_PLACES, 2))


_IT = lexicon.Words(set(), "language_object_pronouns")
_IT_REACH = 12
"""How far back the language a pronoun takes up may stand."""


def denied_before(verb: str, before: list[str], after: list[str], weight: str) -> str | None:
    """The language a denied language verb takes up with a pronoun ("studied English at
    school but does not speak it", "el inglés lo estudió pero no lo habla", "ne le parle
    pas", "não o fala"): the nearest one named before it in the sentence. Only a verb of
    speaking ("speaks Arabic but does not read it" denies no language)."""
    its = _IT.all()
    if (
        weight != lw.NEG
        or verb not in _SPOKEN_VERBS
        or not (set(after[:1]) | set(before[-1:])) & its
    ):
        return None
    for k in range(len(before) - 1, max(-1, len(before) - _IT_REACH - 1), -1):
        if hit := _lang_at(before, k):
            if not _UNDERSTAND.all().isdisjoint(before[max(0, k - 3) :]):
                return None  # "understands Spanish but does not speak it": understood
            return hit[0]
    return None


def a_course(toks: list[str], i: int, n: int) -> bool:
    """The language at toks[i:i+n] names what a course teaches, not one she speaks
    (`language_course_leads` right before it: "un cours de français d'abord", "clases de
    español primero", "aulas de português"; `language_course_ends` right after it:
    "English classes first"): no level word beside it weighs her speaking it."""
    leads, ends = _course_words()
    if any(toks[max(0, i - len(lt)) : i] == lt for lt in leads):
        return True
    return toks[i + n : i + n + 1] != [] and toks[i + n] in ends


@cache
def _course_words() -> tuple[tuple[list[str], ...], frozenset[str]]:
    """The course leads as token lists, and the course ends (built once)."""
    words = lexicon.words()
    leads = tuple(lt for w in words.get("language_course_leads", ()) if (lt := tokens(w)))
    return leads, frozenset(words.get("language_course_ends", ()))
